"""Node spots on the canvas: the scatter that leaves clicks to the view box, and the pie
segments of actors in several clusters drawn over their nodes."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtGui import QBrush, QPen

from aspdesk.graph.styling.shapes import segment_symbol


class PassiveScatter(pg.ScatterPlotItem):
    """Spots that leave every click to the view box, which finds nodes itself."""

    def mouseClickEvent(self, ev: object) -> None:  # noqa: N802 - pyqtgraph override
        ev.ignore()  # type: ignore[attr-defined]


class SegmentSpots(PassiveScatter):
    """One spot per segment, over the node it splits (see :mod:`aspdesk.graph.styling.shapes`).

    Only nodes in several clusters have segments, and only while colours show clusters;
    otherwise this draws nothing, so it costs nothing per frame.
    """

    def __init__(self) -> None:
        super().__init__(pxMode=True)
        self.owners: NDArray[np.int64] = np.zeros(0, dtype=np.int64)

    def set_segments(
        self,
        segments: Mapping[int, tuple[str, ...]],
        positions: NDArray[np.float64],
        sizes: NDArray[np.float64],
        shapes: list[str],
        faded: NDArray[np.bool_],
        brush: Callable[[str, bool], QBrush],
        pens: tuple[QPen, QPen],
    ) -> None:
        """Draw ``segments`` (node -> colours) over nodes at ``positions``; ``brush``
        gives the fill of a colour, faded or not, ``pens`` the outline and faded one."""
        owners: list[int] = []
        symbols: list[str] = []
        brushes: list[QBrush] = []
        for node, colours in sorted(segments.items()):
            for index, colour in enumerate(colours):
                owners.append(node)
                symbols.append(segment_symbol(shapes[node], len(colours), index))
                brushes.append(brush(colour, bool(faded[node])))
        self.owners = np.array(owners, dtype=np.int64)
        if not owners:
            self.setData([])
            return
        self.setData(
            pos=positions[self.owners],
            size=sizes[self.owners],
            symbol=symbols,
            brush=brushes,
            pen=[pens[1] if faded[n] else pens[0] for n in owners],
        )

    def move(self, positions: NDArray[np.float64]) -> None:
        """Follow nodes that moved."""
        if len(self.owners):
            move_spots(self, positions[self.owners])

    def resize(self, sizes: NDArray[np.float64]) -> None:
        """Follow nodes drawn at new ``sizes``."""
        if len(self.owners):
            self.setSize(sizes[self.owners])


def move_spots(scatter: pg.ScatterPlotItem, points: NDArray[np.float64]) -> None:
    """Put ``scatter``'s spots at ``points`` (one per spot), without building them again:
    a drag moves nodes many times a second."""
    data = scatter.data
    data["x"] = points[:, 0]
    data["y"] = points[:, 1]
    scatter.prepareGeometryChange()
    scatter.bounds = [None, None]
    scatter.invalidate()
    scatter.informViewBoundsChanged()
