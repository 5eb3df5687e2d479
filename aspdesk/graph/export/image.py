"""Images of the graph: PNG, SVG and PDF files, and a picture for the clipboard.

An export runs in two steps. :func:`capture` copies what each page shows from a canvas
(the window's, or one built for the command line), on the window's thread, since it reads
the canvas and a page may first put the canvas into its own state. :func:`render_bytes`
then lays out and paints the pages with QPainter onto a QImage, a QSvgGenerator or a
QPdfWriter, which is safe on any thread, and the file is written through
:mod:`aspdesk.io.atomic`, as every export is: a failed export (a full disk) never leaves
half a file behind, and its message says why.

pyqtgraph's own exporters are not used: its SVGExporter crashes on a GraphItem under Qt
6.11, and rendering the scene would put the canvas's pixel-sized labels and arrowheads at
the window's size into a page of any other size. See :mod:`aspdesk.graph.export.page` for
how a page is laid out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from aspdesk.domain.records import record
from aspdesk.graph.canvas.dress import dressed_edges
from aspdesk.graph.canvas.label_choice import resting_labels
from aspdesk.graph.export.page import (
    GraphPicture,
    PageLayout,
    lay_out,
    page_fonts,
    paint_page,
)
from aspdesk.graph.export.png_file import png_bytes
from aspdesk.graph.styling.themes import THEMES, saved_key
from aspdesk.io.atomic import write_bytes_atomically
from aspdesk.io.errors import DataFileError, Progress
from aspdesk.io.exporting.image_options import MAX_WIDTH_PX, TOO_BIG, ImageOptions

if TYPE_CHECKING:
    from aspdesk.domain.views import ViewState
    from aspdesk.graph.canvas.canvas import GraphCanvas
    from aspdesk.graph.panel.panel import GraphPanel

VIRTUAL_WIDTH = 1600.0  # the virtual screen of a page fitted to its drawing
SCREEN_DPI = 96.0  # virtual pixels per inch
LABEL_PX = 13.0  # label height on the virtual screen, as a desktop's 10 pt
PAGE_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}  # landscape
PDF_DPI = 600  # PDF device units per inch; the drawing is vectors at any value


@record
class Page:
    """One page of an export: its heading and how to put the canvas into its state.

    ``prepare`` (for example: show a saved view) runs on the canvas just before the page
    is captured; None draws the canvas as it is. Undoing what it changed on a canvas that
    the user sees is the caller's business.
    """

    title: str = ""
    prepare: Callable[[GraphCanvas], None] | None = None


# -- capturing ------------------------------------------------------------------------------


def export_font_family() -> str:
    """The family the desktop's font resolves to (a name an SVG viewer can look up,
    unlike an alias such as "Sans Serif")."""
    return QFontInfo(QFont()).family()


def capture(
    canvas: GraphCanvas,
    pages: Sequence[Page],
    options: ImageOptions,
    *,
    region: QRectF | None = None,
    view_size: QSizeF | None = None,
) -> list[GraphPicture]:
    """What each page shows, copied from ``canvas`` (window's thread).

    ``region`` (layout units) and ``view_size`` (pixels) draw that part of the graph at
    the scale the window shows it, for "copy image"; without them a page shows the whole
    graph, fitted.
    """
    theme = THEMES[options.theme]
    seen = saved_key(canvas.theme) == theme.key  # the window's look, light or dark
    if canvas.label_px and seen:
        label_px = canvas.label_px
    elif region is not None and seen:
        # an image of the view shows the labels the screen shows, so they are as wide
        label_px = float(QFontInfo(canvas.labels.font).pixelSize())
    else:
        label_px = LABEL_PX * (1.25 if theme.node_scale > 1 else 1.0)
    fonts = page_fonts(label_px, export_font_family())
    pictures = []
    for page in pages:
        if page.prepare is not None:
            page.prepare(canvas)
        data = canvas.data
        picture = GraphPicture(
            title=page.title,
            theme=theme,
            positions=data.positions.copy(),
            sizes=data.sizes * theme.node_scale,
            colours=list(data.colours),
            shapes=list(data.shapes),
            dimmed=data.dimmed.copy(),
            labels=list(data.labels),
            label_order=[],
            always=0,
            edges=dressed_edges(theme, data.edges),
            legend_nodes=list(data.legend_nodes) if options.legend else [],
            legend_lines=list(data.legend_lines) if options.legend else [],
            legend_notes=list(canvas.legend.notes) if options.legend else [],
            fonts=fonts,
            region=region,
            view_size=view_size,
            segments=dict(data.segments),
        )
        # symbols shrink on a page as they do on screen, measured at the page's own sizes
        picture.clear = canvas.symbols.clear_of(picture.positions, picture.sizes)
        picture.label_order, picture.always = resting_labels(canvas, picture.on_page())
        pictures.append(picture)
    return pictures


# -- pages and their sizes ------------------------------------------------------------------


def page_size(options: ImageOptions) -> tuple[QSizeF, bool]:
    """The virtual screen of a page and whether its height follows the drawing."""
    if options.page_size in PAGE_MM:
        width_mm, height_mm = PAGE_MM[options.page_size]
        per_mm = SCREEN_DPI / 25.4
        return QSizeF(width_mm * per_mm, height_mm * per_mm), False
    width = VIRTUAL_WIDTH
    if options.format == "png" and options.dpi is None:
        width = min(float(options.width_px), VIRTUAL_WIDTH)  # a small PNG is a small screen
    return QSizeF(width, width), True


def png_scale(options: ImageOptions, layout: PageLayout) -> float:
    """Output pixels per virtual pixel of a PNG."""
    if options.dpi is not None:
        scale = options.dpi / SCREEN_DPI
        width = round(layout.size.width() * scale)
        if width > MAX_WIDTH_PX:
            raise DataFileError(TOO_BIG, dpi=round(options.dpi), width=width, most=MAX_WIDTH_PX)
        return scale
    return options.width_px / layout.size.width()


def _footer(options: ImageOptions) -> tuple[str, str]:
    return options.source.strip(), options.date_text()


def layout_of(picture: GraphPicture, options: ImageOptions) -> PageLayout:
    """Where everything goes on ``picture``'s page."""
    size, fitted = page_size(options)
    return lay_out(picture, size, fitted=fitted, footer=_footer(options))


# -- painting into each format --------------------------------------------------------------


def render_qimage(
    picture: GraphPicture, options: ImageOptions, scale: float | None = None
) -> QImage:
    """The page as a picture; ``scale`` (output pixels per virtual pixel) overrides the
    options' width or resolution."""
    layout = layout_of(picture, options)
    if scale is None:
        scale = png_scale(options, layout)
    size = QSize(round(layout.size.width() * scale), round(layout.size.height() * scale))
    transparent = options.transparent and options.format == "png"
    # An opaque page has no alpha channel to write: its PNG is smaller and written faster.
    image = QImage(
        size,
        QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32,
    )
    # The page's last row and column may be covered only in part: under them lies the
    # background, not black.
    image.fill(0 if transparent else QColor(picture.theme.background))
    dots_per_metre = round(SCREEN_DPI * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(scale, scale)
        paint_page(painter, picture, layout, transparent=transparent, footer=_footer(options))
    finally:
        painter.end()
    return image


def _png(picture: GraphPicture, options: ImageOptions) -> bytes:
    return png_bytes(render_qimage(picture, options))


def _svg(picture: GraphPicture, options: ImageOptions) -> bytes:
    layout = layout_of(picture, options)
    width, height = layout.size.width(), layout.size.height()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(round(SCREEN_DPI))
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, round(width), round(height)))
    generator.setTitle(picture.title or "aspdesk")
    generator.setDescription("aspdesk")
    painter = QPainter(generator)
    try:
        paint_page(
            painter, picture, layout, transparent=options.transparent, footer=_footer(options)
        )
    finally:
        painter.end()
    return _tidy_svg(bytes(buffer.data().data()).decode("utf-8"), width, height).encode("utf-8")


def _tidy_svg(svg: str, width: float, height: float) -> str:
    """Size the drawing in pixels and give its fonts a generic fallback.

    Qt writes the size in millimetres, which some renderers (resvg) refuse, and names
    only the one font family, so a viewer without it would fall back to a serif.
    """
    svg = re.sub(
        r'width="[0-9.]+mm" height="[0-9.]+mm"',
        f'width="{round(width)}" height="{round(height)}"',
        svg,
        count=1,
    )
    return re.sub(
        r'font-family="([^"]*)"',
        lambda m: f'font-family="{m.group(1)}, sans-serif"',
        svg,
    )


def _pdf_page_size(layout: PageLayout, options: ImageOptions) -> QPageSize:
    if options.page_size == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    if options.page_size == "A3":
        return QPageSize(QPageSize.PageSizeId.A3)
    points = QSizeF(layout.size.width() * 72 / SCREEN_DPI, layout.size.height() * 72 / SCREEN_DPI)
    return QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)


def _pdf(pictures: Sequence[GraphPicture], options: ImageOptions) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator("aspdesk")
    writer.setTitle(pictures[0].title if pictures else "aspdesk")
    layouts = [layout_of(picture, options) for picture in pictures]
    painter: QPainter | None = None
    try:
        for number, (picture, layout) in enumerate(zip(pictures, layouts, strict=True)):
            size = _pdf_page_size(layout, options)
            orientation = (
                QPageLayout.Orientation.Portrait
                if options.page_size == "fit"
                else QPageLayout.Orientation.Landscape
            )
            writer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
            if number:
                writer.newPage()
            if painter is None:
                painter = QPainter(writer)
            painter.resetTransform()
            scale = PDF_DPI / SCREEN_DPI
            painter.scale(scale, scale)
            # An A4 or A3 page is laid out at its own size; this centres it if the
            # printer's rounding leaves a fraction of a pixel over.
            spare = QSizeF(writer.width() / scale, writer.height() / scale) - layout.size
            painter.translate(QPointF(max(spare.width(), 0) / 2, max(spare.height(), 0) / 2))
            paint_page(painter, picture, layout, transparent=False, footer=_footer(options))
    finally:
        if painter is not None:
            painter.end()
    return bytes(buffer.data().data())


def render_bytes(pictures: Sequence[GraphPicture], options: ImageOptions) -> bytes:
    """The file's bytes in ``options.format`` (any thread).

    A PDF has one page per picture; PNG and SVG hold one picture, the first.
    """
    options.check()
    if not pictures:
        raise ValueError("nothing to draw")
    if options.format == "pdf":
        return _pdf(pictures, options)
    if options.format == "svg":
        return _svg(pictures[0], options)
    return _png(pictures[0], options)


def export_image(
    canvas: GraphCanvas, pages: Sequence[Page], options: ImageOptions, path: Path
) -> None:
    """Draw ``pages`` of ``canvas`` into the image file ``path`` (window's thread)."""
    options.check()
    write_bytes_atomically(path, render_bytes(capture(canvas, pages, options), options))


def view_image(canvas: GraphCanvas, *, theme: str | None = None, scale: float = 1.0) -> QImage:
    """What the window's graph shows now, at its size times ``scale``, legend beside it."""
    options = ImageOptions(theme=theme or saved_key(canvas.theme))
    view = canvas.box.viewRect()
    size = QSizeF(canvas.box.width(), canvas.box.height())
    pictures = capture(canvas, [Page()], options, region=view, view_size=size)
    return render_qimage(pictures[0], options, scale)


def write_pictures(
    pictures: Sequence[GraphPicture], options: ImageOptions, path: Path, progress: Progress
) -> None:
    """Draw ``pictures`` into ``path`` (any thread); ``progress`` may cancel before the
    drawing and before the file is written."""
    progress(0, 2)
    data = render_bytes(pictures, options)
    progress(1, 2)
    write_bytes_atomically(path, data)
    progress(2, 2)


def _drawing(
    pictures: Sequence[GraphPicture], options: ImageOptions, path: Path
) -> Callable[[Progress], None]:
    """What draws ``pictures`` into ``path`` off the window's thread. An SVG is drawn here,
    on the window's thread, and only written there: ending a QSvgGenerator's painter
    connects a text stream to its device, a call PySide makes holding Python's lock, and
    the window's thread disconnecting a signal meanwhile waited for that lock while holding
    Qt's, and the window froze (seen once in a test run under load)."""
    if options.format != "svg":
        return partial(write_pictures, pictures, options, path)
    data = render_bytes(pictures, options)

    def write(progress: Progress) -> None:
        progress(1, 2)
        write_bytes_atomically(path, data)
        progress(2, 2)

    return write


def show_state(panel: GraphPanel, state: ViewState, _canvas: GraphCanvas) -> None:
    """Put ``panel`` into a saved view's ``state``: a page's own state, as a
    :class:`Page` takes it."""
    panel.apply_view_state(state)


def prepare_images(
    canvas: GraphCanvas,
    panel: GraphPanel | None,
    path: Path,
    options: ImageOptions,
    title: str,
    all_views: bool = False,
) -> Callable[[Progress], None]:
    """Copy the graph of ``canvas`` now (window's thread); the call returned draws and
    writes the file, on any thread. With ``all_views`` (and a ``panel`` to show them) each
    saved view is a page of its own, and the graph is put back as it was afterwards."""
    options.check()
    views = canvas.document.saved_views() if all_views and panel else []
    if not views or panel is None:
        pictures = capture(canvas, [Page(title)], options)
        return _drawing(pictures, options, path)
    before = panel.view_state()
    pages = [
        Page(
            f"{title} – {view.name}" if title else view.name,
            partial(show_state, panel, view.state),
        )
        for view in views
    ]
    try:
        pictures = capture(canvas, pages, options)
    finally:
        panel.apply_view_state(before)
    return _drawing(pictures, options, path)
