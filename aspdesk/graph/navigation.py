"""Where the graph's view looks: fit, zoom to nodes, centre on one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

if TYPE_CHECKING:
    from aspdesk.graph.canvas import GraphCanvas


def fit(canvas: GraphCanvas) -> None:
    """Show the whole graph, clear of the legend, with room for labels on the right."""
    points = canvas.data.positions[np.isfinite(canvas.data.positions).all(axis=1)]
    if not len(points):
        return
    width, height = canvas.box.width(), canvas.box.height()
    if width < 100 or height < 100:
        canvas.box.autoRange(padding=0.08)
        return
    low, high = points.min(axis=0), points.max(axis=0)
    span = np.maximum(high - low, 1.0)
    right = _label_room(canvas, high[0] - 0.1 * span[0], width, right=True)
    # A label at the left edge may sit left of its node: keep it off the legend too.
    left_room = _label_room(canvas, low[0] + 0.1 * span[0], width, right=False) - 100
    edge = QFontMetricsF(canvas.labels.font).height() + 20
    # Keep the legend clear: beside the graph or above it, whichever leaves it bigger.
    legend_w = canvas.legend.width() + 20 if canvas.legend.isVisible() else 0.0
    legend_h = canvas.legend.height() + 20 if canvas.legend.isVisible() else 0.0
    choices = [
        (30 + legend_w + max(left_room, 0.0), right, edge, edge),
        (30 + max(left_room, 0.0), right, edge + legend_h, edge),
    ]
    best = -1.0
    for left, right, top, bottom in choices:
        fits = min((width - left - right) / span[0], (height - top - bottom) / span[1])
        if fits > best:
            best, margins = fits, (left, right, top, bottom)
    left, right, top, bottom = margins
    scale = max(best, 1e-6)
    spare_x = (width - left - right) - span[0] * scale
    spare_y = (height - top - bottom) - span[1] * scale
    x0 = low[0] - (left + spare_x / 2) / scale
    y0 = low[1] - (top + spare_y / 2) / scale
    canvas.box.setRange(QRectF(x0, y0, width / scale, height / scale), padding=0)


def _label_room(canvas: GraphCanvas, near: float, width: float, *, right: bool) -> float:
    """Room beside the graph for the labels of the nodes near its right (or left) edge."""
    data = canvas.data
    xs = data.positions[:, 0]
    beyond = xs >= near if right else xs <= near
    near_edge = np.flatnonzero(np.isfinite(data.positions).all(axis=1) & beyond)
    labels = [data.labels[n] for n in near_edge]
    metrics = QFontMetricsF(canvas.labels.font)
    longest = max((metrics.horizontalAdvance(t) for t in labels), default=0.0)
    widest_node = float(canvas.node_sizes(data).max()) if len(data.sizes) else 0.0
    return float(min(max(130.0, longest + widest_node / 2 + 24), width / 3))


def zoom_to(box: pg.ViewBox, positions: NDArray[np.float64], nodes: Sequence[int]) -> None:
    """Show ``nodes``, not too close (at least four units across)."""
    if not nodes:
        return
    points = positions[list(nodes)]
    low, high = points.min(axis=0), points.max(axis=0)
    span = max(float((high - low).max()), 4.0)
    centre = (low + high) / 2
    box.setRange(QRectF(centre[0] - span / 2, centre[1] - span / 2, span, span), padding=0.2)


def centre_on(box: pg.ViewBox, point: NDArray[np.float64]) -> None:
    """Move the view so that ``point`` is in the middle, keeping the zoom."""
    x, y = float(point[0]), float(point[1])
    rect = box.viewRect()
    box.setRange(
        QRectF(x - rect.width() / 2, y - rect.height() / 2, rect.width(), rect.height()),
        padding=0,
    )


def legend_covers_nodes(canvas: GraphCanvas) -> bool:
    """Whether a node on show lies under the legend (which sits over the graph)."""
    legend = canvas.legend
    if not legend.isVisible():
        return False
    area = legend.mapRectToParent(legend.boundingRect())
    points = canvas.data.positions[np.isfinite(canvas.data.positions).all(axis=1)]
    box = canvas.box
    return any(area.contains(box.mapFromView(QPointF(float(x), float(y)))) for x, y in points)
