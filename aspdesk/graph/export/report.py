"""Writing the network report (PDF or HTML) with the graph's picture in it.

The words come from :mod:`aspdesk.app.report_html`; this module adds the picture (drawn
as the image export draws it, legend beside the graph), finds the sizes that depend on
the laid-out page (:func:`fit_layout`: the summary and the network section one page
each, so the legend never spills onto a page of its own; membership tables no wider than
their words allow) and lays the HTML out: as a
self-contained ``.html`` file with the picture as a data URL, or onto A4 pages with
QTextDocument and QPdfWriter. No external program is run. The file is written through
:mod:`aspdesk.io.atomic`, so a failed report leaves no half file.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter

from aspdesk.analysis.health.rules import HealthRules
from aspdesk.analysis.outcomes import twelve_months_to
from aspdesk.app.html_pdf import broken_words, html_pdf, laid_out, page_layout
from aspdesk.app.report_html import (
    SECTION,
    ReportData,
    ReportLayout,
    gather,
    matrix_section,
    network_section,
    page_html,
    report_html,
    summary_page,
)
from aspdesk.app.report_legend import LegendText
from aspdesk.app.report_outcomes import gather_outcomes
from aspdesk.app.timeline_source import timeline_of
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.export.image import Page, capture, render_qimage
from aspdesk.graph.scene.data import GraphData
from aspdesk.io.atomic import write_bytes_atomically
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.image_options import ImageOptions

Translate = Callable[[str, str], str]
REPORT_SUFFIXES = (".pdf", ".html", ".htm")
IMAGE = "graph.png"  # the picture's resource name in the PDF's HTML
CHANGE_IMAGE = "then-and-now.png"  # the outcomes section's picture
# The A4 page's writing area at 96 px per inch (18 mm margins), and the smallest picture.
_AREA = page_layout().paintRectPixels(96)
PAGE_WIDTH, PAGE_HEIGHT = _AREA.width(), _AREA.height()
MIN_PICTURE_HEIGHT = 160
# Clusters side by side in one membership table, at most (about 60 px a column on A4).
MATRIX_COLUMNS = 8
# The picture is drawn as on a screen this wide (labels keep their screen size in it), so
# that at the page's width (about 650 px at 96 dpi) labels stay about 8 pt; the legend is
# text under it, so the drawing has the page's whole width.
PICTURE_WIDTH = 800
# Symbols of node shapes and line dashes for the legend as text.
SHAPE_SYMBOLS = {"o": "●", "s": "■", "d": "◆", "t": "▼", "h": "⬢", "p": "⬟", "star": "★"}
DASH_SYMBOLS = {
    "solid": "━━━",
    "dash": "╍╍╍",
    "dot": "┅┅┅",
    "dashdot": "━ ┅ ━",
    "dashdotdot": "━┅┅━",
}

UNKNOWN_REPORT_TYPE = QT_TRANSLATE_NOOP(
    "io", "A report is written as .pdf or .html; “{suffix}” is neither."
)


def graph_picture(canvas: GraphCanvas, language: str) -> QImage:
    """The whole graph as the canvas shows it, fitted, as a PNG would be (no legend)."""
    options = ImageOptions(format="png", width_px=PICTURE_WIDTH, language=language, legend=False)
    (picture,) = capture(canvas, [Page("")], options)
    return render_qimage(picture, options)


def write_report(
    canvas: GraphCanvas,
    path: Path,
    translate: Translate,
    *,
    today: date | None = None,
    rules: HealthRules | None = None,
    period: tuple[date, date] | None = None,
) -> None:
    """Write the report of the canvas's map to ``path`` (.pdf or .html); its outcomes are
    those of ``period`` (first and last day; default: the twelve months up to today)."""
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise DataFileError(UNKNOWN_REPORT_TYPE, str(path), suffix=suffix or "-")
    document = canvas.document
    today = today or date.today()
    data = gather(document.snapshot(), document.language, translate, today, rules)
    tie_labels = {
        t.code: t.label(document.language) for t in document.terms(Vocabulary.RELATION_TYPE)
    }
    period = period or twelve_months_to(today)
    section = gather_outcomes(data, timeline_of(document), period, tie_labels, translate)
    legend = legend_text(canvas.data)
    picture = graph_picture(canvas, document.language)
    change, change_legend = change_picture(canvas, section.since - timedelta(days=1), section.until)
    size = _picture_size(change, min(PAGE_HEIGHT * 3 // 5, round(PAGE_WIDTH / _ratio(change))))
    source = CHANGE_IMAGE if suffix == ".pdf" else _data_url(change)
    section = replace(section, picture=source, picture_size=size, picture_legend=change_legend)
    data = replace(data, legend=legend, outcomes=section)
    layout = fit_layout(data, translate, picture)
    if suffix == ".pdf":
        html = report_html(data, translate, image=IMAGE, layout=layout)
        write_bytes_atomically(path, _pdf(html, picture, change))
    else:
        html = report_html(data, translate, image=_data_url(picture), layout=layout)
        write_bytes_atomically(path, html.encode("utf-8"))


def legend_text(shown: GraphData) -> tuple[LegendText, ...]:
    """The legend of the picture of ``shown`` as text: a symbol in its colour and a label
    (a white sample, then and now's "full colour" actor, as a ring in black)."""
    texts: list[LegendText] = []
    for e in shown.legend_nodes:
        white = e.colour.upper() == "#FFFFFF"
        symbol = "○" if white else SHAPE_SYMBOLS.get(e.shape, "●")
        texts.append((symbol, "#000000" if white else e.colour, e.label))
    texts += [(DASH_SYMBOLS.get(e.dash, "━━━"), e.colour, e.label) for e in shown.legend_lines]
    return tuple(texts)


def change_picture(
    canvas: GraphCanvas, then: date, now: date
) -> tuple[QImage, tuple[LegendText, ...]]:
    """The graph's then and now between ``then`` and ``now`` as the window draws it (new,
    ended and kept ties and members), and its legend as text, to stand under it.

    Drawn by the window's own canvas and put back before the window paints again, its
    signals held meanwhile (the metrics would count the picture's network twice).
    """
    time = canvas.time
    shown = time.compared
    time.compared = (then, now)
    blocked = canvas.blockSignals(True)
    try:
        canvas.rebuild()
        options = ImageOptions(
            format="png", width_px=PICTURE_WIDTH, language=canvas.document.language, legend=False
        )
        (drawn,) = capture(canvas, [Page("")], options)
        return render_qimage(drawn, options), legend_text(canvas.data)
    finally:
        time.compared = shown
        canvas.rebuild()
        canvas.blockSignals(blocked)


def fit_layout(data: ReportData, translate: Translate, picture: QImage) -> ReportLayout:
    """The sizes that keep the summary and the network section on one page each, and the
    membership tables narrow enough that no word is cut."""
    images = {IMAGE: picture}
    empty = ReportLayout()

    def pages(parts: list[str]) -> int:
        return laid_out(page_html(parts), images=images).pageCount()

    # Each section is measured where it stands in the report: the network after a page
    # (a heading after a page break keeps its top margin, the document's first does not),
    # and each followed by the next section's page break (a section that ends at the foot
    # of its page can push its last margin, and so the break, onto an empty page).
    after = SECTION.format("&nbsp;")

    def summary(size: tuple[int, int] | None) -> list[str]:
        layout = replace(empty, summary_picture=size)
        return [*summary_page(data, translate, image=IMAGE, layout=layout), after]

    def network(size: tuple[int, int] | None) -> list[str]:
        layout = replace(empty, network_picture=size)
        section = network_section(data, translate, image=IMAGE, layout=layout)
        return ["<p>&nbsp;</p>", *section, after]

    return ReportLayout(
        summary_picture=_largest_picture(picture, lambda s: pages(summary(s)) == 2),
        network_picture=_largest_picture(picture, lambda s: pages(network(s)) == 3)
        or _picture_size(picture, MIN_PICTURE_HEIGHT),
        matrix_columns=_matrix_columns(data, translate),
    )


def _ratio(picture: QImage) -> float:
    return picture.width() / max(1, picture.height())


def _picture_size(picture: QImage, height: int) -> tuple[int, int]:
    """The picture at ``height`` px, no wider than the page, keeping its proportions."""
    ratio = _ratio(picture)
    width = min(PAGE_WIDTH, round(height * ratio))
    return width, max(1, round(width / ratio))


def _largest_picture(
    picture: QImage, fits: Callable[[tuple[int, int]], bool]
) -> tuple[int, int] | None:
    """The largest size of the picture for which ``fits``; None if not even the smallest."""
    low, high = MIN_PICTURE_HEIGHT, PAGE_HEIGHT
    if not fits(_picture_size(picture, low)):
        return None
    while high - low > 8:  # px: a few layouts of a page, not one per pixel
        middle = (low + high) // 2
        if fits(_picture_size(picture, middle)):
            low = middle
        else:
            high = middle
    return _picture_size(picture, low)


def _matrix_columns(data: ReportData, translate: Translate) -> int | None:
    """The most clusters one membership table takes: at most :data:`MATRIX_COLUMNS`, so
    that a column keeps room for a word or two, and fewer while a word would be cut."""
    columns = min(len(data.clusters), MATRIX_COLUMNS)
    while columns > 1:
        html = page_html(matrix_section(data, translate, columns))
        if not broken_words(laid_out(html)):
            break
        columns -= 1
    return columns if columns < len(data.clusters) else None


def _data_url(picture: QImage) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(picture)
    data = bytes(buffer.data().data())
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def _pdf(html: str, picture: QImage, change: QImage) -> bytes:
    """The HTML laid out on A4 portrait pages, the pictures as the resources graph.png and
    then-and-now.png."""
    return html_pdf(html, title="aspdesk report", images={IMAGE: picture, CHANGE_IMAGE: change})
