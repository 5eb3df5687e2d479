"""The canvas's drawing layers: edges, arrowheads and labels.

Edges are one ``PlotCurveItem`` per style (colour, dash, width) with ``connect="pairs"``, so
painting them never loops in Python. Arrowheads and labels have a fixed size on screen,
whatever the zoom, so they are painted in device (pixel) coordinates: their positions are
computed with numpy from the view transform at paint time, and only on-screen ones are drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from aspdesk.app.on_screen import device_width
from aspdesk.graph.scene_data import EdgeGroup
from aspdesk.graph.style import DASHES

PARALLEL_SPACING = 0.09  # sideways distance between parallel ties, in layout units
DIM_ALPHA = 40


def edge_endpoints(
    positions: NDArray[np.float64], group: EdgeGroup
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Start and end points of a group's edges, shifted sideways by their parallel slot."""
    start = positions[group.sources]
    end = positions[group.targets]
    if group.slots.size and np.any(group.slots):
        direction = end - start
        length = np.hypot(direction[:, 0], direction[:, 1])
        length[length == 0] = 1.0
        normal = np.column_stack([-direction[:, 1], direction[:, 0]]) / length[:, None]
        shift = normal * (group.slots * PARALLEL_SPACING)[:, None]
        start = start + shift
        end = end + shift
    return start, end


def _colour(group: EdgeGroup) -> QColor:
    colour = QColor(group.colour)
    colour.setAlpha(DIM_ALPHA if group.dimmed else group.alpha)
    return colour


def edge_pen(group: EdgeGroup, ratio: float = 1.0) -> QPen:
    """The pen of a group's lines: its colour, width and dash, the same at every zoom,
    on a screen of device pixel ratio ``ratio``."""
    qcolour = _colour(group)
    dash, width = group.dash, group.width
    pen = QPen(qcolour, device_width(width, ratio))
    pen.setCosmetic(True)
    pen.setStyle(DASHES.get(dash, Qt.PenStyle.SolidLine))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


class EdgeLayer:
    """One curve item per edge style, inside a view box."""

    def __init__(self, parent: pg.ViewBox) -> None:
        self._parent = parent
        self._curves: list[pg.PlotCurveItem] = []
        self._groups: list[EdgeGroup] = []
        self.pixel_ratio = 1.0  # of the screen: the pens are cosmetic (set by dress())

    def set_groups(self, groups: Sequence[EdgeGroup], positions: NDArray[np.float64]) -> None:
        """Draw ``groups`` (replacing what was drawn) at ``positions``."""
        while len(self._curves) < len(groups):
            curve = pg.PlotCurveItem(connect="pairs", antialias=True)
            curve.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            curve.setZValue(-10)
            self._parent.addItem(curve, ignoreBounds=True)
            self._curves.append(curve)
        for curve in self._curves[len(groups) :]:
            curve.setData([], [])
            curve.hide()
        self._groups = list(groups)
        for curve, group in zip(self._curves, self._groups, strict=False):
            curve.setPen(edge_pen(group, self.pixel_ratio))
            curve.setZValue(-20 if group.dimmed else -10)
            curve.show()
        self.move(positions)

    def move(self, positions: NDArray[np.float64], moved: NDArray[np.int64] | None = None) -> None:
        """Redraw the edges for nodes at ``positions`` (only groups touching ``moved``)."""
        for curve, group in zip(self._curves, self._groups, strict=False):
            if moved is not None and not (
                np.isin(group.sources, moved).any() or np.isin(group.targets, moved).any()
            ):
                continue
            start, end = edge_endpoints(positions, group)
            xs = np.empty(2 * len(start))
            ys = np.empty(2 * len(start))
            xs[0::2], xs[1::2] = start[:, 0], end[:, 0]
            ys[0::2], ys[1::2] = start[:, 1], end[:, 1]
            curve.setData(xs, ys, connect="pairs")

    def set_detail(self, *, antialias: bool, plain: bool) -> None:
        """How finely to draw: ``plain`` lines are 1 px and solid (no dashes, no widths),
        which is what keeps a pan or a drag fluid on a big map."""
        for curve, group in zip(self._curves, self._groups, strict=False):
            curve.opts["antialias"] = antialias
            if plain:
                pen = QPen(_colour(group), device_width(1.0, self.pixel_ratio))
                pen.setCosmetic(True)
                curve.setPen(pen)
            else:
                curve.setPen(edge_pen(group, self.pixel_ratio))
            curve.update()


def _device_points(transform: QTransform, points: NDArray[np.float64]) -> NDArray[np.float64]:
    x, y = points[:, 0], points[:, 1]
    return np.column_stack(
        [
            transform.m11() * x + transform.m21() * y + transform.m31(),
            transform.m12() * x + transform.m22() * y + transform.m32(),
        ]
    )


class _PixelLayer(pg.GraphicsObject):
    """A layer that paints in pixels around nodes; its bounds follow the nodes."""

    margin = 1.0  # layout units beyond the outermost nodes that painting may reach

    def __init__(self) -> None:
        super().__init__()
        self.positions: NDArray[np.float64] = np.zeros((0, 2))
        self._bounds = QRectF()

    def move(self, positions: NDArray[np.float64]) -> None:
        """Follow nodes that moved."""
        self.prepareGeometryChange()
        self.positions = positions
        finite = positions[np.isfinite(positions).all(axis=1)] if len(positions) else positions
        self._bounds = QRectF()
        if len(finite):
            low, high = finite.min(axis=0), finite.max(axis=0)
            m = self.margin
            self._bounds = QRectF(low[0], low[1], high[0] - low[0], high[1] - low[1]).adjusted(
                -m, -m, m, m
            )
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds


class ArrowLayer(_PixelLayer):
    """Arrowheads of directed ties, drawn at the edge of the target node, fixed in pixels."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity, True)
        self.groups: list[EdgeGroup] = []
        self.sizes: NDArray[np.float64] = np.zeros(0)
        self.enabled = True

    def set_data(
        self,
        groups: Sequence[EdgeGroup],
        positions: NDArray[np.float64],
        sizes: NDArray[np.float64],
    ) -> None:
        """Draw the arrows of ``groups`` for nodes at ``positions`` with pixel ``sizes``."""
        self.groups = [g for g in groups if g.directed.any()]
        self.sizes = sizes
        self.move(positions)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.enabled or not self.groups:
            return
        heads = arrow_heads(
            self.groups, self.positions, self.sizes, painter.transform(), QRectF(painter.viewport())
        )
        painter.save()
        painter.resetTransform()
        paint_arrow_heads(painter, heads)
        painter.restore()


def arrow_heads(
    groups: Sequence[EdgeGroup],
    positions: NDArray[np.float64],
    sizes: NDArray[np.float64],
    transform: QTransform,
    viewport: QRectF,
) -> list[tuple[QColor, QPainterPath]]:
    """The arrowheads of the directed ties in ``groups``, one path per group, in pixels.

    ``transform`` maps layout units to pixels; heads whose tip is far outside ``viewport``
    are left out. Heads sit at the rim of the target node (``sizes`` are pixel diameters),
    so they have the same size whatever the zoom; an image export calls this too, which is
    why it is not buried in :meth:`ArrowLayer.paint`.
    """
    heads: list[tuple[QColor, QPainterPath]] = []
    for group in groups:
        mask = group.directed
        if not mask.any():
            continue
        start, end = edge_endpoints(positions, group)
        start, end = start[mask], end[mask]
        radius = sizes[group.targets[mask]] / 2 + 1.5
        a = _device_points(transform, start)
        b = _device_points(transform, end)
        vector = b - a
        length = np.hypot(vector[:, 0], vector[:, 1])
        keep = length > radius + 4
        inside = (
            (b[:, 0] > viewport.left() - 20)
            & (b[:, 0] < viewport.right() + 20)
            & (b[:, 1] > viewport.top() - 20)
            & (b[:, 1] < viewport.bottom() + 20)
        )
        keep &= inside
        if not keep.any():
            continue
        unit = vector[keep] / length[keep, None]
        normal = np.column_stack([-unit[:, 1], unit[:, 0]])
        tip = b[keep] - unit * radius[keep, None]
        head = 7.0 + 1.5 * group.width
        base = tip - unit * head
        left = base + normal * head * 0.45
        right = base - normal * head * 0.45
        xs = np.column_stack([tip[:, 0], left[:, 0], right[:, 0], tip[:, 0]]).ravel()
        ys = np.column_stack([tip[:, 1], left[:, 1], right[:, 1], tip[:, 1]]).ravel()
        connect = np.ones(len(xs), dtype=np.int32)
        connect[3::4] = 0
        heads.append((_colour(group), pg.arrayToQPath(xs, ys, connect=connect)))
    return heads


def paint_arrow_heads(painter: QPainter, heads: Sequence[tuple[QColor, QPainterPath]]) -> None:
    """Fill arrowheads from :func:`arrow_heads` in the painter's current coordinates."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    for colour, path in heads:
        painter.setBrush(QBrush(colour))
        painter.drawPath(path)


class LabelLayer(_PixelLayer):
    """Node labels beside their nodes, fixed in pixels, with a light backing for contrast.

    ``choose`` gives the indexes of the nodes to label for the nodes now on screen, most
    important first, and sets :attr:`always` (the canvas decides the level of detail).
    """

    def __init__(self, choose: Callable[[NDArray[np.bool_]], Sequence[int]]) -> None:
        super().__init__()
        self.choose = choose
        self.margin = 5.0
        self.labels: list[str] = []
        self.sizes: NDArray[np.float64] = np.zeros(0)
        self.dimmed: NDArray[np.bool_] = np.zeros(0, dtype=np.bool_)
        self.font = QFont()
        self.enabled = True
        self.always = 0  # how many of the chosen labels are drawn even where they overlap
        self.text_colour = QColor("#111111")
        self.backing = QColor(255, 255, 255, 215)
        self.placed: list[tuple[int, QRectF]] = []  # the last paint's boxes, in pixels

    def set_data(
        self,
        labels: Sequence[str],
        positions: NDArray[np.float64],
        sizes: NDArray[np.float64],
        dimmed: NDArray[np.bool_],
    ) -> None:
        """Label nodes at ``positions``."""
        self.labels = list(labels)
        self.sizes = sizes
        self.dimmed = dimmed
        self.move(positions)

    def on_screen(self, transform: QTransform, viewport: QRectF) -> NDArray[np.bool_]:
        """Which nodes are inside ``viewport`` under ``transform``."""
        if not len(self.positions):
            return np.zeros(0, dtype=np.bool_)
        points = _device_points(transform, np.nan_to_num(self.positions, nan=-1e9))
        return (
            (points[:, 0] >= viewport.left())
            & (points[:, 0] <= viewport.right())
            & (points[:, 1] >= viewport.top())
            & (points[:, 1] <= viewport.bottom())
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.placed = []
        if not self.enabled or not self.labels:
            return
        transform = painter.transform()
        viewport = QRectF(painter.viewport())
        visible = self.on_screen(transform, viewport)
        chosen = list(self.choose(visible))
        if not chosen:
            return
        points = _device_points(transform, self.positions[chosen])
        placed = place_labels(
            points, chosen, self.labels, self.sizes, QFontMetricsF(self.font), self.always
        )
        self.placed = placed
        painter.save()
        painter.resetTransform()
        paint_labels(
            painter, placed, self.labels, self.dimmed, self.font, self.text_colour, self.backing
        )
        painter.restore()


def place_labels(
    points: NDArray[np.float64],
    chosen: Sequence[int],
    texts: Sequence[str],
    sizes: NDArray[np.float64],
    metrics: QFontMetricsF,
    always: int,
) -> list[tuple[int, QRectF]]:
    """Where the labels of the ``chosen`` nodes (at pixel ``points``) go: a box per label.

    Right of the node, else left, below or above it, never on the node itself; a label
    with no free place is left out, except the first ``always`` (selected, hovered, found),
    which show even if crowded. An image export places its labels with this too, to fit
    the drawing to them before it paints.
    """
    placed: list[tuple[int, QRectF]] = []
    taken: list[QRectF] = []
    height = metrics.height() + 2
    for rank, (node, (x, y)) in enumerate(zip(chosen, points, strict=True)):
        width = metrics.horizontalAdvance(texts[node])
        gap = sizes[node] / 2 + 4
        places = [
            QRectF(x + gap - 2, y - height / 2, width + 4, height),
            QRectF(x - gap - width - 2, y - height / 2, width + 4, height),
            QRectF(x - width / 2 - 2, y + gap - 2, width + 4, height),
            QRectF(x - width / 2 - 2, y - gap - height + 2, width + 4, height),
        ]
        box = next((b for b in places if not any(b.intersects(o) for o in taken)), None)
        if box is None:
            if rank >= always:
                continue
            box = places[0]
        taken.append(box)
        placed.append((node, box))
    return placed


def paint_labels(
    painter: QPainter,
    placed: Sequence[tuple[int, QRectF]],
    texts: Sequence[str],
    dimmed: NDArray[np.bool_],
    font: QFont,
    text_colour: QColor,
    backing: QColor,
) -> None:
    """Draw labels placed by :func:`place_labels`, as text on a rounded backing."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    faded_text = QColor(text_colour)
    faded_text.setAlpha(90)
    faded_backing = QColor(backing)
    faded_backing.setAlpha(90)
    for node, box in placed:
        faded = bool(dimmed[node]) if len(dimmed) > node else False
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(faded_backing if faded else backing)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(faded_text if faded else text_colour)
        baseline = box.center().y() + metrics.ascent() / 2 - metrics.descent() / 2
        painter.drawText(QPointF(box.left() + 2, baseline), texts[node])
