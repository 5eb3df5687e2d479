"""What the graph shows on screen, measured in the pixels of the canvas's view.

The visual checks of issue 13 assert from the drawn geometry: no node centre and no edge
midpoint under the legend or the title, the view's nodes inside the visible canvas, the
drawn graph filling most of it, the legend at most a quarter of the canvas. Everything
is mapped into the coordinates of the graph view's viewport (the free canvas), where the
legend and the title, which stand beside it, fall outside.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QWidget

from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.canvas.layers import edge_endpoints

from .graph_helpers import drawn_overlaps

LEGEND_SHARE = 0.25  # of the canvas's area, at most
FILL = 0.70  # of the free canvas's width or height, at least


def _to_viewport(canvas: GraphCanvas) -> QTransform:
    return canvas.box.childGroup.sceneTransform() * canvas.view.viewportTransform()


def _mapped(transform: QTransform, points: NDArray[np.float64]) -> NDArray[np.float64]:
    x, y = points[:, 0], points[:, 1]
    return np.column_stack(
        [
            transform.m11() * x + transform.m21() * y + transform.dx(),
            transform.m12() * x + transform.m22() * y + transform.dy(),
        ]
    )


def widget_rect(canvas: GraphCanvas, widget: QWidget) -> QRectF:
    """``widget``'s rectangle in the coordinates of the canvas's viewport."""
    viewport = canvas.view.viewport()
    top_left = viewport.mapFromGlobal(widget.mapToGlobal(QPoint(0, 0)))
    return QRectF(top_left.x(), top_left.y(), widget.width(), widget.height())


@dataclass
class Drawn:
    """The picture as drawn: pixels in the viewport's coordinates."""

    viewport: QRectF
    nodes: NDArray[np.float64]  # node centres, by node index
    midpoints: NDArray[np.float64]  # of every edge drawn
    covers: dict[str, QRectF] = field(default_factory=dict)  # legend, title
    legend_share: float = 0.0  # of the canvas's area
    canvas: GraphCanvas | None = None

    def inside(self, point: NDArray[np.float64], rect: QRectF | None = None) -> bool:
        """Whether ``point`` lies in ``rect`` (the viewport by default)."""
        area = self.viewport if rect is None else rect
        x, y = float(point[0]), float(point[1])
        return area.left() <= x <= area.right() and area.top() <= y <= area.bottom()


def drawn(canvas: GraphCanvas, title: QWidget | None = None) -> Drawn:
    """Measure what ``canvas`` shows now (``title``: a workshop's step title over it)."""
    viewport = canvas.view.viewport()
    transform = _to_viewport(canvas)
    positions = np.nan_to_num(canvas.data.positions, nan=1e9)
    nodes = _mapped(transform, positions)
    middles = []
    for group in canvas.data.edges:
        start, end = edge_endpoints(positions, group)
        middles.append(_mapped(transform, (start + end) / 2))
    covers: dict[str, QRectF] = {}
    share = 0.0
    legend = canvas.legend
    if legend.isVisible():
        covers["legend"] = widget_rect(canvas, legend)
        share = legend.width() * legend.height() / (canvas.width() * canvas.height())
    if title is not None and title.isVisible():
        covers["title"] = widget_rect(canvas, title)
    return Drawn(
        viewport=QRectF(0, 0, viewport.width(), viewport.height()),
        nodes=nodes,
        midpoints=np.concatenate(middles) if middles else np.zeros((0, 2)),
        covers=covers,
        legend_share=share,
        canvas=canvas,
    )


def painted_extent(canvas: GraphCanvas, nodes: list[int]) -> QRectF:
    """The box of what is painted for ``nodes``: their discs as drawn and the labels the
    canvas painted for them."""
    picture = drawn(canvas)
    canvas.view.grab()
    points = picture.nodes[nodes]
    radius = np.asarray(canvas.nodes.data["size"], dtype=np.float64)[nodes] / 2
    low = (points - radius[:, None]).min(axis=0)
    high = (points + radius[:, None]).max(axis=0)
    box = QRectF(low[0], low[1], high[0] - low[0], high[1] - low[1])
    wanted = set(nodes)
    for node, label in canvas.labels.placed:
        if node in wanted:
            box = box.united(label)
    return box


def problems(canvas: GraphCanvas, nodes: list[int], title: QWidget | None = None) -> list[str]:
    """What is wrong with the picture: ``nodes`` are those the view must show."""
    picture = drawn(canvas, title)
    found: list[str] = []
    labels = canvas.data.labels
    shown = [n for n in range(len(picture.nodes)) if picture.inside(picture.nodes[n])]
    for name, rect in picture.covers.items():
        under = [labels[n] for n in shown if picture.inside(picture.nodes[n], rect)]
        if under:
            found.append(f"nodes under the {name}: {under[:5]}")
        middles = [m for m in picture.midpoints if picture.inside(m) and picture.inside(m, rect)]
        if middles:
            found.append(f"{len(middles)} edge midpoints under the {name}")
        if rect.intersects(picture.viewport):
            found.append(f"the {name} overlaps the graph's view")
    outside = [labels[n] for n in nodes if not picture.inside(picture.nodes[n])]
    if outside:
        found.append(f"{len(outside)} nodes outside the canvas: {outside[:5]}")
    if picture.legend_share > LEGEND_SHARE + 1e-9:
        found.append(f"the legend takes {picture.legend_share:.0%} of the canvas")
    found += drawn_overlaps(canvas)
    if len(nodes) > 1:
        extent = painted_extent(canvas, nodes)
        view = picture.viewport
        fill = max(extent.width() / view.width(), extent.height() / view.height())
        if fill < FILL:
            found.append(f"the graph fills {fill:.0%} of the free canvas")
    return found
