"""Where the graph's view looks: fit (the whole graph or a saved view's region), zoom to
nodes, centre on one.

A fit is the exported image's (:func:`aspdesk.graph.export.page.fit_graph`): the nodes, and
the labels the canvas would show, fill the view with the labels inside it. The legend
stands beside the view (:mod:`aspdesk.graph.legend.panel`), so a fit needs no room for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt

from aspdesk.graph.canvas.label_choice import resting_labels
from aspdesk.graph.export.page import GraphPicture, PageFonts, fit_graph

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas


FIT_MARGIN = 12.0  # pixels between the view's edge and the outermost node or label


def _picture(canvas: GraphCanvas, region: QRectF | None) -> GraphPicture:
    """What a fit needs of the canvas: nodes, their pixel sizes, labels and their font."""
    data = canvas.data
    font = canvas.labels.font
    picture = GraphPicture(
        title="",
        theme=canvas.theme,
        positions=data.positions,
        sizes=canvas.node_sizes(data),
        colours=[],
        shapes=[],
        dimmed=data.dimmed,
        labels=data.labels,
        label_order=[],
        always=0,
        edges=[],
        legend_nodes=[],
        legend_lines=[],
        legend_notes=[],
        fonts=PageFonts(font, font, font, font),
        region=region,
        clear=canvas.symbols.clear,
        widths=canvas.labels.widths(),
    )
    picture.label_order, picture.always = resting_labels(canvas, picture.on_page())
    return picture


def fit_rect(
    canvas: GraphCanvas, region: QRectF | None = None, size: QSizeF | None = None
) -> QRectF | None:
    """The view rectangle (layout units) that shows the nodes inside ``region`` (None:
    all) as big as they fit, with their labels, in a view of ``size`` pixels (None: the
    view's own); None when the view is too small to tell or there is nothing to show."""
    if size is None:
        size = QSizeF(canvas.box.width(), canvas.box.height())
    width, height = size.width(), size.height()
    if width < 50 or height < 50:
        return None
    picture = _picture(canvas, region)
    if not picture.on_page().any():
        return region  # nothing there (now): the region as it is
    scale, _placed, box = fit_graph(picture, width - 2 * FIT_MARGIN, height - 2 * FIT_MARGIN)
    centre = box.center()
    return QRectF(
        (centre.x() - width / 2) / scale,
        (centre.y() - height / 2) / scale,
        width / scale,
        height / scale,
    )


def fit(canvas: GraphCanvas, region: QRectF | None = None) -> bool:
    """Show the nodes inside ``region`` (None: the whole graph) filling the view, labels
    inside; False when the view is too small to tell or there is nothing to show."""
    rect = fit_rect(canvas, region)
    if rect is None:
        return False
    canvas.box.setRange(rect, padding=0)
    return True


def graph_scale(canvas: GraphCanvas) -> Callable[[QRectF], float]:
    """How big the whole graph is drawn (pixels per layout unit) in a room of a given
    size: for the rule that puts the legend where the graph is drawn bigger."""
    picture = _picture(canvas, None)
    shown = bool(picture.on_page().any())

    def scale_in(room: QRectF) -> float:
        if not shown:
            return room.width() * room.height()  # no graph: the larger room
        width = max(room.width() - 2 * FIT_MARGIN, 20.0)
        height = max(room.height() - 2 * FIT_MARGIN, 20.0)
        return fit_graph(picture, width, height)[0]

    return scale_in


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
    """Whether a node on show lies under the legend (it stands beside the view, so this
    says whether that still holds)."""
    legend = canvas.legend
    if not legend.isVisible():
        return False
    viewport = canvas.view.viewport()
    corner = viewport.mapFrom(canvas, legend.geometry().topLeft())
    area = QRectF(QPointF(corner), QSizeF(legend.size()))
    points = canvas.data.positions[np.isfinite(canvas.data.positions).all(axis=1)]
    transform = canvas.box.childGroup.sceneTransform()
    return any(
        area.contains(QPointF(canvas.view.mapFromScene(transform.map(QPointF(x, y)))))
        for x, y in points.tolist()
    )


def key_step(canvas: GraphCanvas, key: int) -> Callable[[], None] | None:
    """What a key does to the view: pan, zoom, fit, or cancel a connection; None when it
    is not one of those."""
    steps: dict[int, Callable[[], None]] = {
        Qt.Key.Key_Plus: lambda: canvas.zoom(0.8),
        Qt.Key.Key_Equal: lambda: canvas.zoom(0.8),
        Qt.Key.Key_Minus: lambda: canvas.zoom(1.25),
        Qt.Key.Key_Left: lambda: canvas.pan(-0.1, 0),
        Qt.Key.Key_Right: lambda: canvas.pan(0.1, 0),
        Qt.Key.Key_Up: lambda: canvas.pan(0, -0.1),
        Qt.Key.Key_Down: lambda: canvas.pan(0, 0.1),
        Qt.Key.Key_Home: canvas.fit,
        Qt.Key.Key_Escape: canvas.cancel_connect,
    }
    return steps.get(key)
