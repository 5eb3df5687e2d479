"""One page of a graph image: what it shows, where each part goes, and painting it.

A page is laid out in the pixels of a *virtual screen* the size of the page (1,600 px wide
for a drawing fitted to its content, an A4 or A3 sheet at 96 px per inch) and painted with
the painter scaled onto the output: so a 3,840 px PNG or a 300 dpi page magnifies what a
monitor of that size would show, with labels of the same share of the picture, instead of
shrinking them to specks. Node sizes, line widths, arrowheads and labels keep the pixel
sizes the canvas gives them; only the distances between nodes follow the fit.

Painting uses plain values copied from the canvas (:class:`GraphPicture`) and QPainter
only, never the canvas's graphics scene, so an export can be painted off the window's
thread, and SVG and PDF get real vectors: one path per line style, one per node, labels
as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QTransform,
)

from aspdesk.analysis.layout.label_places import NODE_GAP
from aspdesk.analysis.layout.symbol_scale import symbol_factor
from aspdesk.graph.canvas.dress import outline_pens
from aspdesk.graph.canvas.layers import (
    arrow_heads,
    edge_endpoints,
    edge_pen,
    paint_arrow_heads,
    paint_labels,
    place_labels,
    text_widths,
)
from aspdesk.graph.canvas.see_through import Layer, Lines, paint_line_groups
from aspdesk.graph.export.fades import faded_edges
from aspdesk.graph.legend.drawing import legend_size, paint_legend, place_legend
from aspdesk.graph.scene.data import LegendEntry
from aspdesk.graph.scene.edges import EdgeGroup
from aspdesk.graph.styling.shapes import segment_symbol
from aspdesk.graph.styling.themes import Theme, over

MARGIN = 24.0  # page edge to anything drawn, in virtual pixels
GAP = 16.0  # between the graph, the legend, the title and the footer
MAX_ASPECT = 1.25  # a fitted drawing is at most this much taller than wide
MIN_GRAPH_HEIGHT = 160.0
FADED_NODE_ALPHA = 55  # as the canvas fills nodes outside the focus
OUTLINE_REACH = 1.5  # pixels an outline adds around a node
GUESSED_LABELS = 15  # labels a fit makes room for before it places them
FIT_ROUNDS = 12  # of placing labels and fitting again


@dataclass
class PageFonts:
    """The fonts of a page, sized in virtual pixels (never points: a PDF's points would
    be scaled a second time by the page's magnification)."""

    label: QFont
    legend: QFont
    title: QFont
    footer: QFont


def page_fonts(label_px: float, family: str) -> PageFonts:
    """Fonts for labels of ``label_px`` pixels and the title, legend and footer to match."""

    def sized(scale: float, bold: bool = False) -> QFont:
        font = QFont(family)
        font.setPixelSize(max(6, round(label_px * scale)))
        font.setBold(bold)
        return font

    return PageFonts(sized(1.0), sized(0.9), sized(1.75, bold=True), sized(0.85))


@dataclass
class GraphPicture:
    """What one page shows, copied from the canvas on the window's thread."""

    title: str
    theme: Theme
    positions: NDArray[np.float64]  # layout units; NaN rows are not drawn
    sizes: NDArray[np.float64]  # node diameters in pixels, as the theme draws them
    colours: list[str]
    shapes: list[str]
    dimmed: NDArray[np.bool_]
    labels: list[str]
    label_order: list[int]  # nodes to label, most important first
    always: int  # how many of them show even where crowded
    edges: list[EdgeGroup]  # dressed for the theme
    legend_nodes: list[LegendEntry]
    legend_lines: list[LegendEntry]
    legend_notes: list[str]
    fonts: PageFonts
    region: QRectF | None = None  # layout units to show as they are on screen; None: all
    view_size: QSizeF | None = None  # with a region: the view's size in pixels
    segments: dict[int, tuple[str, ...]] = field(default_factory=dict)  # as GraphData's
    clear: float = 0.0  # pixels per unit from which symbols stand clear; 0: never smaller
    widths: NDArray[np.float64] | None = None  # measured label texts (see text_widths)
    # A film's frame: each node's opacity and each group's edges' (0-1; None: all whole).
    opacity: NDArray[np.float32] | None = None
    edge_opacity: list[NDArray[np.float32]] | None = None

    def drawn_sizes(self, scale: float) -> NDArray[np.float64]:
        """Node diameters as drawn at ``scale`` pixels per unit: smaller where the symbols
        would not stand clear at full size, as on screen."""
        return self.sizes * symbol_factor(scale, self.clear)

    def label_widths(self) -> NDArray[np.float64]:
        """The label texts' widths measured so far (kept between the rounds of a fit)."""
        if self.widths is None or len(self.widths) != len(self.labels):
            self.widths = np.full(len(self.labels), np.nan)
        return self.widths

    def place(
        self, scale: float, to_px: tuple[float, float], order: list[int]
    ) -> list[tuple[int, QRectF]]:
        """The labels of ``order`` placed as the canvas places them, at ``scale`` and
        shifted by ``to_px``: clear of the symbols drawn (those on the page)."""
        shift = np.array(to_px)
        discs = np.where(self.on_page()[:, None], self.positions * scale + shift, -1e9)
        return place_labels(
            discs[order],
            order,
            self.labels,
            self.drawn_sizes(scale),
            QFontMetricsF(self.fonts.label),
            self.always,
            discs=discs,
            widths=self.label_widths(),
        )

    @property
    def has_legend(self) -> bool:
        """Whether there is a legend to draw."""
        return bool(self.legend_nodes or self.legend_lines)

    def placed(self) -> NDArray[np.bool_]:
        """The nodes that have a position."""
        return np.asarray(np.isfinite(self.positions).all(axis=1), dtype=np.bool_)

    def on_page(self) -> NDArray[np.bool_]:
        """The nodes drawn: placed ones, inside the region when there is one."""
        finite = self.placed()
        if self.region is None:
            return finite
        r = self.region
        p = np.nan_to_num(self.positions, nan=-1e300)
        inside = (p[:, 0] >= r.left()) & (p[:, 0] <= r.right())
        return finite & inside & (p[:, 1] >= r.top()) & (p[:, 1] <= r.bottom())


@dataclass
class PageLayout:
    """Where everything on a page goes, in virtual pixels."""

    size: QSizeF
    graph: QRectF  # the room given to the graph
    to_px: QTransform  # layout units to page pixels
    sizes: NDArray[np.float64]  # node diameters as drawn on the page, in pixels
    labels: list[tuple[int, QRectF]] = field(default_factory=list)
    title: QRectF | None = None
    legend: QRectF | None = None
    footer: QRectF | None = None
    clip: bool = False  # a region is cut at the graph's edge; a fitted graph never is


# -- fitting the graph to its room ----------------------------------------------------------


def _largest_scale(
    coords: NDArray[np.float64],
    low: NDArray[np.float64],
    high: NDArray[np.float64],
    room: float,
    limit: float,
) -> float:
    """The largest scale k <= ``limit`` at which the points ``coords * k``, each reaching
    ``low`` pixels below and ``high`` above, span no more than ``room`` pixels."""

    def span(k: float) -> float:
        return float(np.max(coords * k + high) - np.min(coords * k - low))

    if span(limit) <= room:
        return limit
    if span(0.0) > room:
        return limit * 1e-3  # even labels alone are too wide: draw small rather than not
    lo, hi = 0.0, limit
    for _ in range(48):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if span(mid) <= room else (lo, mid)
    return lo


def _reach(
    sizes: NDArray[np.float64],
    nodes: NDArray[np.int64],
    points: NDArray[np.float64],
    placed: list[tuple[int, QRectF]],
) -> NDArray[np.float64]:
    """How far each of ``nodes`` (in increasing order) reaches left, right, up and down
    (pixels), label included, with symbols drawn ``sizes`` across."""
    radius = sizes[nodes] / 2 + OUTLINE_REACH
    reach = np.column_stack([radius, radius, radius, radius])
    if placed:
        rows = np.searchsorted(nodes, [node for node, _ in placed])  # nodes are sorted
        x0, x1, y0, y1 = np.array(
            [(box.left(), box.right(), box.top(), box.bottom()) for _, box in placed]
        ).T
        x, y = points[rows, 0], points[rows, 1]
        reach[rows] = np.maximum(reach[rows], np.column_stack([x - x0, x1 - x, y - y0, y1 - y]))
    return reach


def _first_guess(
    picture: GraphPicture, nodes: NDArray[np.int64], order: list[int]
) -> NDArray[np.float64]:
    """Reach with the first labels (the hubs', the selected) to the right of their nodes,
    where they go when there is room. The rest are placed round by round: on a crowded
    map most of them are left out at the fit, and room kept for them all would shrink it."""
    radius = picture.sizes[nodes] / 2 + OUTLINE_REACH
    reach = np.column_stack([radius, radius, radius, radius])
    first = order[: max(picture.always, GUESSED_LABELS)]
    if first:
        metrics = QFontMetricsF(picture.fonts.label)
        widths = text_widths(picture.labels, first, metrics, picture.label_widths())
        rows = np.searchsorted(nodes, first)
        # the box starts 2 px past the symbol and the gap, and has 2 px of padding each side
        right = picture.sizes[first] / 2 + NODE_GAP - 2 + widths + 4
        reach[rows, 1] = np.maximum(reach[rows, 1], right)
        reach[rows, 2:] = np.maximum(reach[rows, 2:], (metrics.height() + 2) / 2)
    return reach


def fit_graph(
    picture: GraphPicture, width: float, height: float
) -> tuple[float, list[tuple[int, QRectF]], QRectF]:
    """Scale the graph into ``width`` x ``height`` pixels with every node and label inside.

    Returns the scale (pixels per layout unit), the label boxes and the bounding box of
    everything drawn, both relative to the layout origin at that scale. Labels are placed
    as the canvas places them (right, else left, below, above; crowded ones left out) and
    symbols drawn at their size for the scale, so the room they need depends on the scale:
    fit, place, widen what each node reaches, and fit again until the drawing stays inside.
    """
    nodes = np.flatnonzero(picture.on_page())
    if not len(nodes):
        return 1.0, [], QRectF()
    points = picture.positions[nodes]
    spans = np.maximum(points.max(axis=0) - points.min(axis=0), 1.0)
    # As the canvas's fit: a tiny graph is not blown up past one layout unit per room.
    limit = min(width / spans[0], height / spans[1])
    shown = set(nodes.tolist())
    order = [n for n in picture.label_order if n in shown]
    reach = _first_guess(picture, nodes, order)
    scale, placed, box = 1.0, [], QRectF()
    for _ in range(FIT_ROUNDS):
        scale = min(
            _largest_scale(points[:, 0], reach[:, 0], reach[:, 1], width, limit),
            _largest_scale(points[:, 1], reach[:, 2], reach[:, 3], height, limit),
        )
        placed = picture.place(scale, (0.0, 0.0), order)
        found = _reach(picture.drawn_sizes(scale), nodes, points * scale, placed)
        x, y = points[:, 0] * scale, points[:, 1] * scale
        left, top = float(np.min(x - found[:, 0])), float(np.min(y - found[:, 2]))
        right, bottom = float(np.max(x + found[:, 1])), float(np.max(y + found[:, 3]))
        box = QRectF(left, top, right - left, bottom - top)
        if box.width() <= width + 0.5 and box.height() <= height + 0.5:
            break
        reach = np.maximum(reach, found)  # only grows, so the scale only shrinks
    return scale, placed, box


# -- laying out a page ----------------------------------------------------------------------


def _legend_size(picture: GraphPicture) -> QSizeF:
    if not picture.has_legend:
        return QSizeF(0, 0)
    return legend_size(
        picture.fonts.legend, picture.legend_nodes, picture.legend_lines, picture.legend_notes
    )


def lay_out(
    picture: GraphPicture, page: QSizeF, *, fitted: bool, footer: tuple[str, str]
) -> PageLayout:
    """Place the title, the graph, the legend beside it and the footer on ``page``.

    ``fitted``: the page is ``page.width()`` wide and as tall as the drawing needs (up to
    :data:`MAX_ASPECT`); otherwise it is exactly ``page`` and the legend goes right of the
    graph or under it, whichever leaves the graph bigger.
    """
    width = page.width()
    top = MARGIN
    title = None
    if picture.title:
        height = QFontMetricsF(picture.fonts.title).height()
        title = QRectF(MARGIN, top, width - 2 * MARGIN, height)
        top += height + GAP
    footer_height = QFontMetricsF(picture.fonts.footer).height() if any(footer) else 0.0
    below = MARGIN + (footer_height + GAP / 2 if footer_height else 0.0)
    legend = _legend_size(picture)
    beside = legend.width() + GAP if picture.has_legend else 0.0

    if picture.region is not None and picture.view_size is not None:
        return _lay_out_region(picture, top, below, title, legend, footer_height)

    if fitted:
        room_w = max(width - 2 * MARGIN - beside, 50.0)
        room_h = max(room_w * MAX_ASPECT, legend.height())
        scale, placed, box = fit_graph(picture, room_w, room_h)
        graph = QRectF(MARGIN, top, room_w, max(box.height(), legend.height(), MIN_GRAPH_HEIGHT))
        size = QSizeF(width, graph.bottom() + below)
        legend_rect = QRectF(QPointF(graph.right() + GAP, top), legend)
    else:
        size = QSizeF(page)
        room = QRectF(MARGIN, top, width - 2 * MARGIN, page.height() - top - below)
        fits: dict[tuple[float, float], tuple[float, list[tuple[int, QRectF]], QRectF]] = {}

        def graph_scale(graph_room: QRectF) -> float:
            key = (max(graph_room.width(), 50.0), max(graph_room.height(), 50.0))
            if key not in fits:
                fits[key] = fit_graph(picture, *key)
            return fits[key][0]

        gap = GAP if picture.has_legend else 0.0
        place = place_legend(room, legend, legend, gap, graph_scale)
        graph, legend_rect = place.graph, place.legend
        graph_scale(graph)
        scale, placed, box = fits[(max(graph.width(), 50.0), max(graph.height(), 50.0))]
    dx = graph.center().x() - box.center().x()
    dy = graph.center().y() - box.center().y()
    return PageLayout(
        size=size,
        graph=graph,
        to_px=QTransform(scale, 0, 0, scale, dx, dy),
        sizes=picture.drawn_sizes(scale),
        labels=[(node, rect.translated(dx, dy)) for node, rect in placed],
        title=title,
        legend=legend_rect if picture.has_legend else None,
        footer=_footer_rect(size, footer_height),
    )


def _footer_rect(size: QSizeF, footer_height: float) -> QRectF | None:
    if not footer_height:
        return None
    return QRectF(
        MARGIN, size.height() - MARGIN - footer_height, size.width() - 2 * MARGIN, footer_height
    )


def _lay_out_region(
    picture: GraphPicture,
    top: float,
    below: float,
    title: QRectF | None,
    legend: QSizeF,
    footer_height: float,
) -> PageLayout:
    """The part of the graph the window shows, at the window's scale, cut at its edges."""
    assert picture.region is not None and picture.view_size is not None
    region, view = picture.region, picture.view_size
    graph = QRectF(QPointF(MARGIN, top), view)
    scale = min(view.width() / region.width(), view.height() / region.height())
    dx = graph.center().x() - region.center().x() * scale
    dy = graph.center().y() - region.center().y() * scale
    to_px = QTransform(scale, 0, 0, scale, dx, dy)
    on_page = picture.on_page()
    order = [n for n in picture.label_order if on_page[n]]
    placed = picture.place(scale, (dx, dy), order)
    beside = legend.width() + GAP if picture.has_legend else 0.0
    size = QSizeF(
        graph.right() + beside + MARGIN, max(graph.bottom(), top + legend.height()) + below
    )
    return PageLayout(
        size=size,
        graph=graph,
        to_px=to_px,
        sizes=picture.drawn_sizes(scale),
        labels=placed,
        title=title,
        legend=QRectF(QPointF(graph.right() + GAP, top), legend) if picture.has_legend else None,
        footer=_footer_rect(size, footer_height),
        clip=True,
    )


# -- painting -------------------------------------------------------------------------------


def _mapped(to_px: QTransform, points: NDArray[np.float64]) -> NDArray[np.float64]:
    return points * [to_px.m11(), to_px.m22()] + [to_px.dx(), to_px.dy()]


def _paint_edges(
    painter: QPainter, picture: GraphPicture, to_px: QTransform, background: QColor | None = None
) -> None:
    """Draw the ties. With ``background`` (a vector page on a solid colour) see-through
    lines are drawn in the opaque colour they show over it: Qt writes a see-through dashed
    line to PDF as one outline per dash, which made a 2,000-actor PDF five times larger."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # Beyond a region's edge a tie is drawn up to the edge, so its far end counts too.
    drawn = picture.on_page() if picture.region is None else picture.placed()
    groups: list[Lines] = []
    # Faded ties lie under the others, as on screen.
    for group in sorted(picture.edges, key=lambda g: not g.dimmed):
        keep = drawn[group.sources] & drawn[group.targets]
        if not keep.any():
            continue
        start, end = edge_endpoints(picture.positions, group)
        start, end = _mapped(to_px, start[keep]), _mapped(to_px, end[keep])
        pen = edge_pen(group)
        pen.setCosmetic(False)  # the page's magnification widens lines with everything
        if background is not None and pen.color().alpha() < 255:
            pen.setColor(over(pen.color(), background))
        groups.append(Lines.joining(pen, start, end))
    paint_line_groups(painter, groups, Layer())


def _paint_arrows(painter: QPainter, picture: GraphPicture, layout: PageLayout) -> None:
    drawn = picture.on_page() if picture.region is None else picture.placed()
    groups = []
    for group in picture.edges:
        keep = drawn[group.sources] & drawn[group.targets] & group.directed
        if keep.any():
            groups.append(replace(group, directed=keep))
    positions = np.nan_to_num(picture.positions)
    area = layout.graph.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    paint_arrow_heads(painter, arrow_heads(groups, positions, layout.sizes, layout.to_px, area))


def _paint_nodes(painter: QPainter, picture: GraphPicture, layout: PageLayout) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    outline, faded_outline = (QPen(p) for p in outline_pens(picture.theme))
    outline.setCosmetic(False)
    faded_outline.setCosmetic(False)
    brushes: dict[tuple[str, bool], QBrush] = {}

    def brush(colour: str, faded: bool) -> QBrush:
        if (colour, faded) not in brushes:
            qcolour = QColor(picture.theme.node_colour(colour))
            if faded:
                qcolour.setAlpha(FADED_NODE_ALPHA)
            brushes[(colour, faded)] = QBrush(qcolour)
        return brushes[(colour, faded)]

    base, shown = painter.opacity(), picture.opacity  # a film's frame fades nodes in and out
    nodes = np.flatnonzero(picture.on_page() & (True if shown is None else shown > 0))
    points = _mapped(layout.to_px, picture.positions[nodes])
    for node, (x, y) in zip(nodes.tolist(), points, strict=True):
        painter.setOpacity(base if shown is None else base * float(shown[node]))
        faded = bool(picture.dimmed[node])
        size = float(layout.sizes[node])
        shape = picture.shapes[node]
        to_node = QTransform(size, 0, 0, size, float(x), float(y))
        painter.setBrush(brush(picture.colours[node], faded))
        painter.setPen(faded_outline if faded else outline)
        painter.drawPath(to_node.map(Symbols.get(shape, Symbols["o"])))
        colours = picture.segments.get(node, ())
        for index, colour in enumerate(colours):
            painter.setBrush(brush(colour, faded))
            painter.drawPath(to_node.map(Symbols[segment_symbol(shape, len(colours), index)]))
    painter.setOpacity(base)


def _paint_text(
    painter: QPainter, rect: QRectF, font: QFont, colour: str, text: str, align: Qt.AlignmentFlag
) -> None:
    painter.setFont(font)
    painter.setPen(QColor(colour))
    elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)


def paint_page(
    painter: QPainter,
    picture: GraphPicture,
    layout: PageLayout,
    *,
    transparent: bool,
    footer: tuple[str, str],
) -> None:
    """Paint the page in virtual pixels (the painter's transform magnifies them)."""
    theme = picture.theme
    if picture.edge_opacity is not None:
        picture = replace(picture, edges=faded_edges(picture.edges, picture.edge_opacity))
    painter.save()
    if not transparent:
        painter.fillRect(QRectF(QPointF(0, 0), layout.size), QColor(theme.background))
    if layout.title is not None:
        _paint_text(
            painter,
            layout.title,
            picture.fonts.title,
            theme.text,
            picture.title,
            Qt.AlignmentFlag.AlignLeft,
        )
    painter.save()
    if layout.clip:
        painter.setClipRect(layout.graph)
    vector = not isinstance(painter.device(), QImage)
    solid = QColor(theme.background) if vector and not transparent else None
    _paint_edges(painter, picture, layout.to_px, solid)
    _paint_arrows(painter, picture, layout)
    _paint_nodes(painter, picture, layout)
    paint_labels(
        painter,
        layout.labels,
        picture.labels,
        picture.dimmed,
        picture.fonts.label,
        QColor(theme.text),
        QColor(*theme.label_backing),
        picture.opacity,
    )
    painter.restore()
    if layout.legend is not None:
        paint_legend(
            painter,
            layout.legend,
            theme,
            picture.fonts.legend,
            picture.legend_nodes,
            picture.legend_lines,
            picture.legend_notes,
        )
    if layout.footer is not None:
        source, date = footer
        font, colour = picture.fonts.footer, theme.muted_text
        date_width = QFontMetricsF(font).horizontalAdvance(date) + GAP if date else 0.0
        left = layout.footer.adjusted(0, 0, -date_width, 0)
        _paint_text(painter, left, font, colour, source, Qt.AlignmentFlag.AlignLeft)
        _paint_text(painter, layout.footer, font, colour, date, Qt.AlignmentFlag.AlignRight)
    painter.restore()
