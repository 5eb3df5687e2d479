"""Room on the canvas for what a layout shows: no node or shown label over another.

Symbols and labels have a fixed size in pixels, so whether two overlap depends on the zoom
the canvas shows the layout at: after a layout, its fit. Here the boxes are measured as the
canvas draws them (its font, its node sizes, its own label placement) and handed, in layout
units, to the Qt-free overlap pass; moving nodes apart makes the drawing bigger, so the fit
zooms out a little and the boxes grow in units: the pass runs again at the new zoom until
the fit stays (a few rounds). A map with more nodes than the canvas has room for at this
label size (thousands of actors) cannot be readable whole; it is made readable at the zoom
where its nodes stand apart (:func:`readable_scale`), and the fit shows it all, smaller.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from aspdesk.analysis.layout.label_places import label_boxes
from aspdesk.analysis.layout.overlap import node_boxes, overlapping_pairs, remove_overlaps
from aspdesk.analysis.layout.positions import nearest_distances
from aspdesk.graph.canvas.label_choice import room_labels
from aspdesk.graph.canvas.layers import text_widths
from aspdesk.graph.scene.data import GraphData

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas

GAP_PX = 4.0
"""Clear pixels kept between any two symbols or labels."""

FILL = 0.5
"""Share of the canvas that symbols and labels may cover for a layout to be made readable
at its fit; beyond it, it is made readable where its nodes stand apart."""

_ROUNDS = 8  # passes at a finer zoom, each after the fit zoomed out
_CLOSE = 0.25  # quantile of nearest-node distances that decides where nodes stand apart


@dataclass
class Room:
    """What each node covers on the canvas, in pixels from the node (n, 4: x0, y0, x1, y1):
    its symbol and, for the nodes the canvas labels when all are on screen, its label."""

    boxes: NDArray[np.float64]
    width: float  # the canvas's size in pixels
    height: float
    symbols: NDArray[np.float64]  # the symbols' diameters in pixels

    @property
    def aspect(self) -> float:
        """The canvas's width over its height."""
        return self.width / self.height

    @property
    def scale(self) -> float:
        """Pixels per layout unit at which the biggest symbol and a gap make 1.0."""
        sizes = self.boxes[:, 2:] - self.boxes[:, :2]
        return float(np.min(sizes, axis=1).max(initial=1.0)) + GAP_PX

    def at(self, scale: float) -> tuple[NDArray[np.float64], float]:
        """The boxes and the gap in layout units at ``scale`` pixels per unit."""
        return self.boxes / scale, GAP_PX / scale

    def view(self, scale: float) -> tuple[float, float]:
        """The canvas's width and height in layout units at ``scale`` pixels per unit."""
        return self.width / scale, self.height / scale


def measure(
    canvas: GraphCanvas, data: GraphData | None = None, labelled: Iterable[int] | None = None
) -> Room:
    """The room each node takes, measured as the canvas draws it: the nodes of ``data``
    (the canvas's own by default), labelled as layouts make room for (see
    :func:`~aspdesk.graph.canvas.label_choice.room_labels`), or as ``labelled`` says."""
    if data is None:
        data = canvas.data
        labelled = room_labels(canvas)
    count = len(data.refs)
    sizes = canvas.node_sizes(data)
    labels = np.full((count, 4), np.nan)
    nodes = np.array([] if labelled is None else list(labelled), dtype=np.int64)
    if len(nodes):
        # The canvas's own first place, where a label goes when nothing else is taken:
        # beside the node, on the right (all at once: one by one took 15 ms for 70 labels).
        metrics = QFontMetricsF(canvas.labels.font)
        own = data is canvas.data  # the canvas keeps its labels' widths
        known = canvas.labels.widths() if own else np.full(count, np.nan)
        widths = text_widths(data.labels, nodes.tolist(), metrics, known)
        places = label_boxes(
            np.zeros((len(nodes), 2)), widths, metrics.height() + 2, sizes[nodes] / 2
        )
        labels[nodes] = places[:, 0]
    width, height = max(canvas.box.width(), 1.0), max(canvas.box.height(), 1.0)
    return Room(node_boxes(sizes, labels), width, height, sizes)


def fit_scale(canvas: GraphCanvas, positions: NDArray[np.float64]) -> float:
    """Pixels per layout unit at which the canvas's fit would show ``positions``.

    The canvas is asked (its fit keeps room for the legend and the labels at the edges),
    and its positions and view are put back at once, before anything is painted.
    """
    data, box = canvas.data, canvas.box
    if box.width() < 100 or box.height() < 100:
        return 0.0  # no real view to fit (a hidden canvas)
    before, view = data.positions.copy(), QRectF(box.viewRect())
    data.positions[:] = positions
    try:
        canvas.fit()
        shown = box.viewRect().width()
    finally:
        data.positions[:] = before
        box.setRange(view, padding=0)
    return float(box.width() / shown) if shown > 0 else 0.0


def readable_scale(room: Room, positions: NDArray[np.float64]) -> float:
    """Pixels per unit at which most nodes stand apart: a typical symbol and gap fit
    between a node and its nearest neighbour for all but the closest quarter."""
    sizes = np.min(room.boxes[:, 2:] - room.boxes[:, :2], axis=1)
    gaps = nearest_distances(positions)
    close = float(np.quantile(gaps, _CLOSE)) if len(gaps) else 1.0
    return (float(np.median(sizes)) + GAP_PX) / max(close, 1e-6)


def make_room(
    canvas: GraphCanvas,
    positions: NDArray[np.float64],
    room: Room,
    pinned: NDArray[np.bool_],
    floor: float,
) -> NDArray[np.float64]:
    """``positions`` moved as little as it takes for nothing to overlap at the zoom the
    canvas's fit will show them at; pinned nodes stay.

    When that zoom keeps falling as the drawing grows to make room (more symbols and labels
    than the canvas holds at this size), nothing overlaps from ``floor`` pixels per unit
    up instead, and the fit shows the whole drawing smaller.
    """
    if len(positions) < 2:
        return positions
    covered = float(((room.boxes[:, 2:] - room.boxes[:, :2] + GAP_PX).prod(axis=1)).sum())
    first = fit_scale(canvas, positions)
    if first > 0 and covered < FILL * room.width * room.height:
        # Nodes move within the drawing's extent, so that the fit hardly changes (it makes
        # room for the labels at the edges); a drawing in one line gets a little room
        # across it. Nodes the pass had to take out of it are drawn back in and room is
        # made again, a few times at most.
        low, high = positions.min(axis=0), positions.max(axis=0)
        span = np.maximum(high - low, 0.25 * float((high - low).max()))
        middle = (low + high) / 2
        frame = np.concatenate([middle - span / 2, middle + span / 2])
        current, before = positions, np.inf
        for _ in range(_ROUNDS):
            boxes, gap = room.at(first)
            result = remove_overlaps(current, boxes, pinned=pinned, gap=gap, frame=frame)
            if fit_scale(canvas, result) >= first * 0.999:
                return result  # at the fit the boxes are no bigger than room was made for
            grown = float((np.ptp(result, axis=0) / np.maximum(span, 1e-9)).max())
            if grown >= before:
                break  # no nearer to fitting: too much for the canvas
            before = grown
            current = np.where(pinned[:, None], positions, middle + (result - middle) / grown)
    boxes, gap = room.at(max(first, floor))
    result = remove_overlaps(positions, boxes, pinned=pinned, gap=gap)
    return _symbols_clear(canvas, result, room, pinned)


def _symbols_clear(
    canvas: GraphCanvas, positions: NDArray[np.float64], room: Room, pinned: NDArray[np.bool_]
) -> NDArray[np.float64]:
    """``positions`` with no two symbols overlapping at full size at the fit, where the
    canvas has room for them: a map made readable at a closer zoom is then drawn with
    full-sized symbols at its fit, and they stand clear down to half that scale drawn
    smaller (see :mod:`aspdesk.analysis.layout.symbol_scale`), on a smaller screen or a projector
    whose symbols are bigger. A few rounds, since parting symbols widens the drawing and
    the fit zooms out."""
    covered = float(((room.symbols + GAP_PX) ** 2).sum())
    if covered >= FILL * room.width * room.height:
        return positions  # more symbols than the canvas holds: they shrink at the fit
    symbols = node_boxes(room.symbols)
    for _ in range(_ROUNDS):
        scale = fit_scale(canvas, positions)
        if scale <= 0 or not len(overlapping_pairs(positions, symbols / scale, GAP_PX / scale)[0]):
            break
        positions = remove_overlaps(positions, symbols / scale, pinned=pinned, gap=GAP_PX / scale)
    return positions
