"""Where the graph's view looks: fit (the whole graph or a saved view's region), zoom to
nodes, centre on one.

A fit is the exported image's (:func:`aspdesk.graph.export.page.fit_graph`): the nodes, and
the labels the canvas would show, fill the view with the labels inside it. The legend
stands beside the view (:mod:`aspdesk.graph.legend.panel`), so a fit needs no room for it.

The functions take what they use (the picture a fit lays out, the view box, the node
positions), not the canvas: the canvas makes the picture (``GraphCanvas.fit_picture``)
and calls them, so this module does not import the canvas back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from aspdesk.graph.export.page import GraphPicture, PageFonts, fit_graph
from aspdesk.graph.scene.data import GraphData
from aspdesk.graph.styling.themes import Theme

FIT_MARGIN = 12.0  # pixels between the view's edge and the outermost node or label
# fit_graph, or one that keeps what it found (aspdesk.graph.canvas.arranging.Fits)
FitGraph = Callable[[GraphPicture, float, float], tuple[float, list[tuple[int, QRectF]], QRectF]]


class Steerable(Protocol):
    """What the view's keys move: the canvas, as far as they need it."""

    def zoom(self, factor: float) -> None: ...

    def pan(self, dx: float, dy: float) -> None: ...

    def fit(self) -> None: ...

    def cancel_connect(self) -> None: ...


# What a key does to the view.
VIEW_KEYS: dict[int, Callable[[Steerable], None]] = {
    Qt.Key.Key_Plus: lambda view: view.zoom(0.8),
    Qt.Key.Key_Equal: lambda view: view.zoom(0.8),
    Qt.Key.Key_Minus: lambda view: view.zoom(1.25),
    Qt.Key.Key_Left: lambda view: view.pan(-0.1, 0),
    Qt.Key.Key_Right: lambda view: view.pan(0.1, 0),
    Qt.Key.Key_Up: lambda view: view.pan(0, -0.1),
    Qt.Key.Key_Down: lambda view: view.pan(0, 0.1),
    Qt.Key.Key_Home: lambda view: view.fit(),
    Qt.Key.Key_Escape: lambda view: view.cancel_connect(),
}


def fit_picture(
    theme: Theme,
    data: GraphData,
    sizes: NDArray[np.float64],
    font: QFont,
    widths: NDArray[np.float64],
    clear: float,
    region: QRectF | None,
) -> GraphPicture:
    """What a fit lays out: ``data``'s nodes in ``region`` (None: all) at ``sizes``
    pixels, standing clear from ``clear`` pixels per unit, labelled in ``font`` (texts of
    ``widths``); the caller sets which labels show (``label_order``, ``always``)."""
    return GraphPicture(
        title="",
        theme=theme,
        positions=data.positions,
        sizes=sizes,
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
        clear=clear,
        widths=widths,
    )


def fit_rect(picture: GraphPicture, size: QSizeF, fit: FitGraph = fit_graph) -> QRectF | None:
    """The view rectangle (layout units) that shows ``picture``'s nodes inside its region
    as big as they fit, with their labels, in a view of ``size`` pixels; None when the
    view is too small to tell. ``fit`` fits (one that keeps what it found will do)."""
    width, height = size.width(), size.height()
    if width < 50 or height < 50:
        return None
    if not picture.on_page().any():
        return picture.region  # nothing there (now): the region as it is
    scale, _placed, box = fit(picture, width - 2 * FIT_MARGIN, height - 2 * FIT_MARGIN)
    centre = box.center()
    return QRectF(
        (centre.x() - width / 2) / scale,
        (centre.y() - height / 2) / scale,
        width / scale,
        height / scale,
    )


def graph_scale(picture: GraphPicture, fit: FitGraph = fit_graph) -> Callable[[QRectF], float]:
    """How big the whole graph (``picture``) is drawn (pixels per layout unit) in a room of
    a given size: for the rule that puts the legend where the graph is drawn bigger."""
    shown = bool(picture.on_page().any())

    def scale_in(room: QRectF) -> float:
        if not shown:
            return room.width() * room.height()  # no graph: the larger room
        width = max(room.width() - 2 * FIT_MARGIN, 20.0)
        height = max(room.height() - 2 * FIT_MARGIN, 20.0)
        return fit(picture, width, height)[0]

    return scale_in


def graph_scale_bound(picture: GraphPicture) -> Callable[[QRectF], float]:
    """The most :func:`graph_scale` can say of ``picture`` in a room, found without
    fitting: the nodes' span filling the room, the limit ``fit_graph`` starts from (labels
    and symbols only take room from it), for the legend's rule to skip a side that cannot
    win."""
    nodes = np.flatnonzero(picture.on_page())
    if not len(nodes):
        return lambda room: room.width() * room.height()  # as graph_scale: no graph
    points = picture.positions[nodes]
    spans = np.maximum(points.max(axis=0) - points.min(axis=0), 1.0)

    def bound_in(room: QRectF) -> float:
        width = max(room.width() - 2 * FIT_MARGIN, 20.0)
        height = max(room.height() - 2 * FIT_MARGIN, 20.0)
        return float(min(width / spans[0], height / spans[1]))

    return bound_in


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


def covers_nodes(
    widget: QWidget, view: pg.GraphicsView, box: pg.ViewBox, positions: NDArray[np.float64]
) -> bool:
    """Whether a node at ``positions`` (drawn in ``box`` of ``view``) lies under
    ``widget`` (the legend, a sibling of the view: it stands beside the view, so this says
    whether that still holds)."""
    if not widget.isVisible():
        return False
    viewport = view.viewport()
    corner = viewport.mapFrom(widget.parentWidget(), widget.geometry().topLeft())
    area = QRectF(QPointF(corner), QSizeF(widget.size()))
    points = positions[np.isfinite(positions).all(axis=1)]
    transform = box.childGroup.sceneTransform()
    return any(
        area.contains(QPointF(view.mapFromScene(transform.map(QPointF(x, y)))))
        for x, y in points.tolist()
    )
