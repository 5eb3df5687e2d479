"""Dragging nodes on the canvas: the picture follows the mouse, the map changes on release.

As orange-canvas does, only the drawing moves while the mouse does; on release one
``MoveNodes`` undo step writes every moved node. A drag on a node that is not selected
selects it first; a drag on a selected node moves the whole selection. On a read-only
map a drag selects and moves nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QPointF

from aspdesk.app.graph_commands import MoveNodes

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas


class NodeDrag(QObject):
    """The drag under way on one canvas, if any."""

    def __init__(self, canvas: GraphCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.moving: NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self.origin = np.zeros((0, 2))
        self.start_pos = QPointF()

    def start(self, node: int, data_pos: QPointF) -> None:
        """The mouse grabbed ``node`` at ``data_pos`` (layout units)."""
        canvas = self.canvas
        canvas.interaction_step()
        selected = canvas.selected_nodes()
        if node not in selected:
            canvas.document.selection.select([canvas.data.refs[node]])
            selected = [node]
        if canvas.document.read_only:
            return
        self.moving = np.array(selected, dtype=np.int64)
        self.origin = canvas.data.positions[self.moving].copy()
        self.start_pos = data_pos

    def drag(self, data_pos: QPointF) -> None:
        """The mouse is at ``data_pos``: the grabbed nodes follow it."""
        if not len(self.moving):
            return
        canvas = self.canvas
        canvas.interaction_step()
        delta = np.array([data_pos.x() - self.start_pos.x(), data_pos.y() - self.start_pos.y()])
        canvas.data.positions[self.moving] = self.origin + delta
        canvas.move_drawing(self.moving)

    def finish(self, data_pos: QPointF) -> None:
        """The mouse let go at ``data_pos``: one undo step for every node moved."""
        if not len(self.moving):
            return
        self.drag(data_pos)
        canvas = self.canvas
        moving, self.moving = self.moving, np.zeros(0, dtype=np.int64)
        refs = [canvas.data.refs[n] for n in moving]
        old = {r: (float(x), float(y)) for r, (x, y) in zip(refs, self.origin, strict=True)}
        new = {
            r: (float(x), float(y))
            for r, (x, y) in zip(refs, canvas.data.positions[moving], strict=True)
        }
        if old == new:
            return
        text = self.tr("Move %n node(s)", "", len(refs))
        canvas.document.push(MoveNodes(canvas.document, old, new, text))
