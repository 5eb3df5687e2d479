"""Giving nodes that have never been placed a position: next to what they are tied to, or in
free space in the part of the map in view (see :mod:`aspdesk.analysis.layout.placing`); and
bringing nodes that came in (an import) into the view.

Placing a node for the first time is not an edit the user made, so it is not an undo step:
the position is kept in the map (so the picture is the same next time) by
:meth:`Document.place_first <aspdesk.app.document.Document.place_first>`, which
refreshes the index without telling the tables, which do not show positions. On a team map
every open window places a new node as it first draws it; only the first place saved
counts, and a window that came later draws the node there, so it never jumps.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QFontMetricsF

from aspdesk.analysis.layout.overlap import node_boxes, remove_overlaps
from aspdesk.analysis.layout.placing import ONE_BY_ONE, Box, Clearance, place_new
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType
from aspdesk.graph.canvas.layers import place_labels
from aspdesk.graph.layouts.room import measure
from aspdesk.graph.scene.data import GraphData
from aspdesk.graph.styling import style

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas


def graph_edges(data: GraphData) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """All drawn edges as an (m, 2) index array, with widths as weights."""
    if not data.edges:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0)
    pairs = np.concatenate([np.column_stack([g.sources, g.targets]) for g in data.edges])
    weights = np.concatenate([np.full(len(g.sources), g.width) for g in data.edges])
    return pairs.astype(np.int64), weights


def place_new_nodes(canvas: GraphCanvas, data: GraphData, seed: int = 0) -> None:
    """Place the nodes of ``data`` that have no position, keeping every other node still:
    with room for their symbols and labels at the zoom the canvas shows, and those tied to
    nothing placed inside the view."""
    from aspdesk.graph.canvas.label_choice import LABEL_ALL_BELOW

    unplaced = np.asarray(np.isnan(data.positions).any(axis=1), dtype=np.bool_)
    if not unplaced.any():
        return
    document = canvas.document
    edges, weights = graph_edges(data)
    if unplaced.all():  # nothing drawn yet: a fresh force layout, fitted once shown
        data.positions[:] = place_new(data.positions, edges, weights=weights, seed=seed)
        if len(data.refs) <= LABEL_ALL_BELOW:
            # every label shows on a map this small: room for them at the scale the shapes
            # are built at (a fit on a window's canvas zooms in further)
            room = measure(canvas, data, range(len(data.refs)))
            boxes, gap = room.at(room.scale)
            data.positions[:] = remove_overlaps(data.positions, boxes, gap=gap, seed=seed)
        _save(document, data, unplaced)
        return
    # labels as the canvas will show them: all, on a small map; else those of the new
    # nodes, which are the ones looked at (a big batch of them is laid out, not labelled)
    few = int(unplaced.sum()) <= ONE_BY_ONE
    labelled = (
        range(len(data.refs))
        if len(data.refs) <= LABEL_ALL_BELOW
        else (np.flatnonzero(unplaced) if few else ())
    )
    room = measure(canvas, data, labelled)
    scale = _view_scale(canvas)
    showing = scale > 0 and _in_view(canvas, data.positions[~unplaced])
    # the view not on the map yet (its first fit follows): as the layouts space nodes
    boxes, gap = room.at(scale if showing else room.scale)
    area = _inside_view(canvas, boxes[unplaced]) if showing else None
    data.positions[:] = place_new(
        data.positions, edges, boxes=boxes, gap=gap, area=area, weights=weights, seed=seed
    )
    _save(document, data, unplaced)


def _save(document: Document, data: GraphData, unplaced: NDArray[np.bool_]) -> None:
    """Keep the first positions in the map, without an undo step, and draw each node where
    the map keeps it: where another window placed it first, if one did (a team map)."""
    by_type: dict[EntityType, dict[int, tuple[float | None, float | None]]] = {}
    nodes: dict[Ref, int] = {}
    for node in np.flatnonzero(unplaced):
        ref = data.refs[node]
        x, y = data.positions[node]
        by_type.setdefault(ref.type, {})[ref.id] = (float(x), float(y))
        nodes[ref] = int(node)
    # A map that cannot be written (read-only, say) still gets a readable picture; the
    # positions then last only as long as the window.
    for entity_type, positions in by_type.items():
        stored = document.place_first(entity_type, positions)
        for entity_id, (x, y) in stored.items():
            if x is not None and y is not None:  # only this node: nothing else moves
                data.positions[nodes[Ref(entity_type, entity_id)]] = (x, y)


def clearance(canvas: GraphCanvas, names: Sequence[str]) -> Clearance:
    """What the canvas shows, in map units at its zoom, for placing new actors called
    ``names``: the boxes of the actors drawn and of the new ones (a symbol of the median
    size, a label), the gap, and the part of the map in view."""
    data = canvas.data
    room = measure(canvas)
    scale = _view_scale(canvas)
    showing = scale > 0 and _in_view(canvas, data.positions)
    boxes, gap = room.at(scale if showing else room.scale)
    actors = {
        ref.id: _box(boxes[n]) for n, ref in enumerate(data.refs) if ref.type is EntityType.ACTOR
    }
    size = float(np.median(canvas.node_sizes(data))) if len(data.refs) else style.node_size(0)
    metrics = QFontMetricsF(canvas.labels.font)
    sizes = np.full(len(names), size)
    new: dict[str, Box] = {}
    for n, name in enumerate(names):
        ((_, label),) = place_labels(np.zeros((1, 2)), [n], names, sizes, metrics, 1)
        box = node_boxes([size], [(label.left(), label.top(), label.right(), label.bottom())])
        new[name] = _box(box[0] / (scale if showing else room.scale))
    area = _inside_view(canvas, np.array(list(new.values()))) if showing and new else None
    return Clearance(actors, new, gap, area)


def _inside_view(canvas: GraphCanvas, boxes: NDArray[np.float64]) -> Box | None:
    """Where nodes with ``boxes`` (map units) may stand for the boxes to be in view."""
    view = canvas.box.viewRect()
    area = (
        view.left() - float(boxes[:, 0].min()),
        view.top() - float(boxes[:, 1].min()),
        view.right() - float(boxes[:, 2].max()),
        view.bottom() - float(boxes[:, 3].max()),
    )
    return area if area[0] <= area[2] and area[1] <= area[3] else None


def _box(row: NDArray[np.float64]) -> Box:
    return (float(row[0]), float(row[1]), float(row[2]), float(row[3]))


def _view_scale(canvas: GraphCanvas) -> float:
    """Pixels per map unit the canvas shows now (0 when it has no real view yet)."""
    box, view = canvas.box, canvas.box.viewRect()
    return float(box.width() / view.width()) if box.width() >= 100 and view.width() > 0 else 0.0


def _in_view(canvas: GraphCanvas, positions: NDArray[np.float64]) -> bool:
    """Whether the view shows some of ``positions`` (it may not be on the map yet)."""
    view = canvas.box.viewRect()
    placed = positions[np.isfinite(positions).all(axis=1)]
    low, high = (view.left(), view.top()), (view.right(), view.bottom())
    return bool(((placed >= low) & (placed <= high)).all(axis=1).any())


class Reveal(QObject):
    """Brings nodes into the canvas's view once the canvas has drawn them: an edit (an
    import) is drawn when the event loop next turns, so the nodes are not there yet."""

    def __init__(self, canvas: GraphCanvas, refs: Sequence[Ref]) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.refs = list(refs)
        canvas.data_rebuilt.connect(self._on_canvas_data_rebuilt)

    def _on_canvas_data_rebuilt(self) -> None:
        self.canvas.data_rebuilt.disconnect(self._on_canvas_data_rebuilt)
        found = (self.canvas.data.index_of(ref) for ref in self.refs)
        bring_into_view(self.canvas, [n for n in found if n >= 0])
        self.deleteLater()


def bring_into_view(canvas: GraphCanvas, nodes: Sequence[int]) -> None:
    """Widen or move the view just enough to show ``nodes`` with their labels, keeping what
    it showed where it can (it zooms out, never in)."""
    if not nodes:
        return
    box = canvas.box
    view = box.viewRect()
    scale = box.width() / view.width() if view.width() > 0 else 0.0
    if box.width() < 100 or scale <= 0:
        canvas.fit()
        return
    room = measure(canvas, canvas.data, nodes)
    boxes = room.boxes[nodes] / scale
    points = canvas.data.positions[nodes]
    low = (points + boxes[:, :2]).min(axis=0)
    high = (points + boxes[:, 2:]).max(axis=0)
    wanted = QRectF(float(low[0]), float(low[1]), float(high[0] - low[0]), float(high[1] - low[1]))
    if view.contains(wanted):
        return
    box.setRange(view.united(wanted), padding=0.05)
