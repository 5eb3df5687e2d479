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
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from aspdesk.analysis.layout.label_places import place_label_boxes
from aspdesk.app.on_screen import device_width
from aspdesk.graph.canvas.see_through import Layer, Lines, paint_line_groups
from aspdesk.graph.scene.edges import EdgeGroup
from aspdesk.graph.styling.style import DASHES

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


class EdgeLayer(pg.GraphicsObject):
    """The ties and role lines: one item that paints every edge style, so that
    see-through styles share their layers (:mod:`aspdesk.graph.canvas.see_through`) as
    they do in an image of the graph."""

    def __init__(self, parent: pg.ViewBox) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-10)
        parent.addItem(self, ignoreBounds=True)
        self._groups: list[EdgeGroup] = []
        self._lines: list[Lines] = []
        self._layer = Layer()
        self._bounds = QRectF()
        self._padded: QRectF | None = None
        self._antialias = True
        self._plain = False
        self.pixel_ratio = 1.0  # of the screen: the pens are cosmetic (set by dress())

    def set_groups(self, groups: Sequence[EdgeGroup], positions: NDArray[np.float64]) -> None:
        """Draw ``groups`` (replacing what was drawn) at ``positions``; faded ones under."""
        former = self._lines
        self._groups = sorted(groups, key=lambda g: not g.dimmed)
        self._lines = [Lines(self._pen(g), np.zeros(0), np.zeros(0)) for g in self._groups]
        self.move(positions)
        # The lines a step of the time slider leaves as they were keep their paths, made
        # again otherwise at every step (a tenth of its repaint at 10,000 actors).
        for index, lines in enumerate(self._lines):
            for kept in former:
                if kept.pen == lines.pen and kept.same_lines(lines):
                    self._lines[index] = kept
                    break

    def _pen(self, group: EdgeGroup) -> QPen:
        if self._plain:
            pen = QPen(_colour(group), device_width(1.0, self.pixel_ratio))
            pen.setCosmetic(True)
            return pen
        return edge_pen(group, self.pixel_ratio)

    def move(self, positions: NDArray[np.float64], moved: NDArray[np.int64] | None = None) -> None:
        """Redraw the edges for nodes at ``positions`` (only groups touching ``moved``)."""
        for index, group in enumerate(self._groups):
            if moved is not None and not (
                np.isin(group.sources, moved).any() or np.isin(group.targets, moved).any()
            ):
                continue
            start, end = edge_endpoints(positions, group)
            self._lines[index] = Lines.joining(self._lines[index].pen, start, end)
        self.prepareGeometryChange()
        self._bounds = _bounds(self._lines)
        self._padded = None
        self.update()

    def set_detail(self, *, antialias: bool, plain: bool) -> None:
        """How finely to draw: ``plain`` lines are 1 px and solid (no dashes, no widths),
        which is what keeps a pan or a drag fluid on a big map."""
        self._antialias, self._plain = antialias, plain
        for lines, group in zip(self._lines, self._groups, strict=True):
            lines.pen = self._pen(group)
        self.prepareGeometryChange()
        self._padded = None
        self.update()

    def drawn(self) -> list[tuple[EdgeGroup, QPen]]:
        """Each group in the order it is painted, with the pen it is painted with."""
        return [(g, lines.pen) for g, lines in zip(self._groups, self._lines, strict=True)]

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's
        # the pens are cosmetic: their pixels reach further in layout units when zoomed out
        self.prepareGeometryChange()
        self._padded = None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        if self._padded is None:
            widest = max((lines.pen.widthF() for lines in self._lines), default=1.0)
            pixel = max(self.pixelWidth(), self.pixelHeight())
            reach = pixel * (widest + 2)
            self._padded = self._bounds.adjusted(-reach, -reach, reach, reach)
        return self._padded

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._antialias)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        paint_line_groups(painter, self._lines, self._layer)


def _bounds(groups: Sequence[Lines]) -> QRectF:
    """The layout units the lines of ``groups`` span."""
    finite = [
        (lines.xs[np.isfinite(lines.xs)], lines.ys[np.isfinite(lines.ys)]) for lines in groups
    ]
    xs = np.concatenate([x for x, _ in finite]) if finite else np.zeros(0)
    ys = np.concatenate([y for _, y in finite]) if finite else np.zeros(0)
    if not len(xs) or not len(ys):
        return QRectF()
    return QRectF(xs.min(), ys.min(), xs.max() - xs.min(), ys.max() - ys.min())


def _device_points(transform: QTransform, points: NDArray[np.float64]) -> NDArray[np.float64]:
    x, y = points[:, 0], points[:, 1]
    return np.column_stack(
        [
            transform.m11() * x + transform.m21() * y + transform.m31(),
            transform.m12() * x + transform.m22() * y + transform.m32(),
        ]
    )


class _PixelLayer(pg.GraphicsObject):
    """A layer that paints in pixels around nodes, over the whole view.

    Its bounds are the view's: labels and arrowheads stand out beyond the nodes by pixels,
    not layout units, and a repaint covers only an item's bounds, so bounds that followed
    the nodes left pieces of labels on screen after a step of the time slider or a zoom
    had moved the nodes' extent in (tests/ui/test_dense_map.py measures it). Only what is
    on screen is painted, so the view's bounds cost nothing more."""

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

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's
        super().viewTransformChanged()  # forgets the view's bounds it kept
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        view = self.viewRect()
        return self._bounds if view is None else QRectF(view).united(self._bounds)


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
) -> list[tuple[QColor, NDArray[np.float64]]]:
    """The arrowheads of the directed ties in ``groups`` in pixels: for each group its
    colour and its heads' corners, (k, 3, 2) as tip, left and right.

    ``transform`` maps layout units to pixels; heads whose tip is far outside ``viewport``
    are left out. Heads sit at the rim of the target node (``sizes`` are pixel diameters),
    so they have the same size whatever the zoom; an image export calls this too, which is
    why it is not buried in :meth:`ArrowLayer.paint`.
    """
    heads: list[tuple[QColor, NDArray[np.float64]]] = []
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
        heads.append((_colour(group), np.stack([tip, left, right], axis=1)))
    return heads


def paint_arrow_heads(
    painter: QPainter, heads: Sequence[tuple[QColor, NDArray[np.float64]]]
) -> None:
    """Fill arrowheads from :func:`arrow_heads` in the painter's current coordinates.

    Each head is a convex polygon of its own: Qt's raster engine fills one with its quick
    scanline rasterizer, but a path of many heads as a complex shape over all its area.
    2,380 heads on a 1600 x 1000 view took 45-50 ms as one path per group, 33-50 ms in
    paths of 4-16 heads, and 15-18 ms one by one (the graph benchmark's 2,000-actor map,
    whose frame at rest they had made 60-80 ms). Heads that overlap both show, where one
    path, filled odd-even, left a hole."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    for colour, corners in heads:
        painter.setBrush(QBrush(colour))
        for (x0, y0), (x1, y1), (x2, y2) in corners.tolist():
            painter.drawConvexPolygon([QPointF(x0, y0), QPointF(x1, y1), QPointF(x2, y2)])


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
        self._widths: NDArray[np.float64] = np.zeros(0)  # measured texts, NaN: not yet
        self._widths_font = ""
        # Widths by text, kept over new data: a step of the time slider gives the same
        # labels again, and measuring them again was a fifth of its repaint.
        self._by_text: dict[str, float] = {}
        self._moves = 0  # counts moves and new data, for the placing kept (see place)
        self._placed_for: tuple[object, ...] | None = None
        self._placing: list[tuple[int, QRectF]] = []

    def set_data(
        self,
        labels: Sequence[str],
        positions: NDArray[np.float64],
        sizes: NDArray[np.float64],
        dimmed: NDArray[np.bool_],
    ) -> None:
        """Label nodes at ``positions``, whose symbols are drawn ``sizes`` across."""
        labels = list(labels)
        if labels != self.labels:  # a step of the time slider gives the same ones again
            known = self._by_text
            self._widths = np.fromiter(
                (known.get(text, np.nan) for text in labels), np.float64, len(labels)
            )
        self.labels = labels
        self.sizes = sizes
        self.dimmed = dimmed
        self.move(positions)

    def widths(self) -> NDArray[np.float64]:
        """The texts' widths measured so far in this font (NaN: not yet)."""
        if self._widths_font != self.font.key() or len(self._widths) != len(self.labels):
            self._widths = np.full(len(self.labels), np.nan)
            self._widths_font = self.font.key()
            self._by_text = {}
        return self._widths

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

    def move(self, positions: NDArray[np.float64]) -> None:
        """Follow nodes that moved (in place or not): the labels are placed again."""
        self._moves += 1
        super().move(positions)

    def place(self, transform: QTransform, viewport: QRectF) -> list[tuple[int, QRectF]]:
        """The labels to draw with the nodes mapped to pixels by ``transform`` and the
        pixels of ``viewport`` on screen, and their boxes.

        Placed again only when the view, the nodes or the labels chosen changed: a repaint
        at rest (a tooltip, the selection's halo, a window over ours) keeps the last
        placing, which takes tens of milliseconds on 10,000 nodes and is not needed."""
        visible = self.on_screen(transform, viewport)
        chosen = list(self.choose(visible))
        if not chosen:
            return []
        key = (
            (transform.m11(), transform.m12(), transform.m21(), transform.m22()),
            (transform.dx(), transform.dy()),
            viewport.getRect(),
            self._moves,
            self.always,
            self.font.key(),
            np.asarray(chosen, dtype=np.int64).tobytes(),
            np.asarray(self.sizes, dtype=np.float64).tobytes(),
        )
        if key != self._placed_for:
            self._placed_for, self._placing = key, self._place(transform, chosen)
        return self._placing

    def _place(self, transform: QTransform, chosen: list[int]) -> list[tuple[int, QRectF]]:
        # every symbol, on screen or near it, keeps labels off; unplaced nodes are far away
        discs = _device_points(transform, np.nan_to_num(self.positions, nan=-1e9))
        widths = self.widths()
        picked = np.asarray(chosen, dtype=np.int64)
        unmeasured = picked[np.isnan(widths[picked])].tolist()
        placed = place_labels(
            discs[chosen],
            chosen,
            self.labels,
            self.sizes,
            QFontMetricsF(self.font),
            self.always,
            discs=discs,
            widths=widths,
        )
        for node in unmeasured:
            if not np.isnan(widths[node]):
                self._by_text[self.labels[node]] = float(widths[node])
        return placed

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.placed = []
        if not self.enabled or not self.labels:
            return
        placed = self.place(painter.transform(), QRectF(painter.viewport()))
        if not placed:
            return
        self.placed = placed
        painter.save()
        painter.resetTransform()
        paint_labels(
            painter, placed, self.labels, self.dimmed, self.font, self.text_colour, self.backing
        )
        painter.restore()


def text_widths(
    texts: Sequence[str], nodes: Sequence[int], metrics: QFontMetricsF, known: NDArray[np.float64]
) -> NDArray[np.float64]:
    """The widths of the labels of ``nodes`` in pixels; ``known`` (one per text, NaN where
    not measured yet) keeps those measured, since measuring 10,000 texts takes 35 ms."""
    index = np.asarray(nodes, dtype=np.int64)
    missing = index[np.isnan(known[index])]
    for node in missing.tolist():
        known[node] = metrics.horizontalAdvance(texts[node])
    return known[index]


def place_labels(
    points: NDArray[np.float64],
    chosen: Sequence[int],
    texts: Sequence[str],
    sizes: NDArray[np.float64],
    metrics: QFontMetricsF,
    always: int,
    *,
    discs: NDArray[np.float64] | None = None,
    widths: NDArray[np.float64] | None = None,
) -> list[tuple[int, QRectF]]:
    """Where the labels of the ``chosen`` nodes (at pixel ``points``) go: a box per label.

    Right of the node, else left, below or above it, never on the node itself, another
    node's symbol or a label placed before (see :mod:`aspdesk.analysis.layout.label_places`); a
    label with no free place is left out, except the first ``always`` (selected, hovered,
    found), which show even if crowded. ``discs`` are every node's symbol centre in the same
    pixels (n, 2; by node, as ``sizes``, the drawn diameters); ``widths`` keeps measured
    texts (see :func:`text_widths`). The canvas, a fit and an image export place labels
    with this alike.
    """
    if not len(chosen):
        return []
    known = np.full(len(texts), np.nan) if widths is None else widths
    measured = text_widths(texts, chosen, metrics, known)
    nodes = np.asarray(chosen, dtype=np.int64)
    shown = None if discs is None else (discs, sizes / 2)
    ranks, boxes = place_label_boxes(
        points, measured, metrics.height() + 2, sizes[nodes] / 2, always, shown, nodes
    )
    return [
        (int(nodes[rank]), QRectF(x0, y0, x1 - x0, y1 - y0))
        for rank, (x0, y0, x1, y1) in zip(ranks.tolist(), boxes.tolist(), strict=True)
    ]


def paint_labels(
    painter: QPainter,
    placed: Sequence[tuple[int, QRectF]],
    texts: Sequence[str],
    dimmed: NDArray[np.bool_],
    font: QFont,
    text_colour: QColor,
    backing: QColor,
    opacity: NDArray[np.float32] | None = None,
) -> None:
    """Draw labels placed by :func:`place_labels`, as text on a rounded backing; with
    ``opacity`` (a film's frame) each at its node's."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    faded_text = QColor(text_colour)
    faded_text.setAlpha(90)
    faded_backing = QColor(backing)
    faded_backing.setAlpha(90)
    base = painter.opacity()
    for node, box in placed:
        if opacity is not None:
            if opacity[node] <= 0:
                continue
            painter.setOpacity(base * float(opacity[node]))
        faded = bool(dimmed[node]) if len(dimmed) > node else False
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(faded_backing if faded else backing)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(faded_text if faded else text_colour)
        baseline = box.center().y() + metrics.ascent() / 2 - metrics.descent() / 2
        painter.drawText(QPointF(box.left() + 2, baseline), texts[node])
    painter.setOpacity(base)
