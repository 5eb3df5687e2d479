"""Writing the network report (PDF or HTML) with the graph's picture in it.

The words come from :mod:`aspdesk.app.report_html`; this module adds the picture (drawn
as the image export draws it, legend beside the graph) and lays the HTML out: as a
self-contained ``.html`` file with the picture as a data URL, or onto A4 pages with
QTextDocument and QPdfWriter. No external program is run. The file is written through
:mod:`aspdesk.io.atomic`, so a failed report leaves no half file.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter

from aspdesk.analysis.health_rules import HealthRules
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.html_pdf import html_pdf
from aspdesk.app.report_html import gather, report_html
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.graph.canvas import GraphCanvas
from aspdesk.graph.image_export import Page, capture, render_qimage
from aspdesk.io.atomic import write_bytes_atomically
from aspdesk.io.errors import DataFileError
from aspdesk.io.image_options import ImageOptions

Translate = Callable[[str, str], str]
REPORT_SUFFIXES = (".pdf", ".html", ".htm")
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
) -> None:
    """Write the report of the canvas's map to ``path`` (.pdf or .html)."""
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise DataFileError(UNKNOWN_REPORT_TYPE, str(path), suffix=suffix or "-")
    document = canvas.document
    data = gather(
        snapshot_of(document.store), document.language, translate, today or date.today(), rules
    )
    shown = canvas.data
    legend = [(SHAPE_SYMBOLS.get(e.shape, "●"), e.colour, e.label) for e in shown.legend_nodes] + [
        (DASH_SYMBOLS.get(e.dash, "━━━"), e.colour, e.label) for e in shown.legend_lines
    ]
    data = replace(data, legend=legend)
    picture = graph_picture(canvas, document.language)
    if suffix == ".pdf":
        write_bytes_atomically(path, _pdf(report_html(data, translate, image="graph.png"), picture))
    else:
        html = report_html(data, translate, image=_data_url(picture))
        write_bytes_atomically(path, html.encode("utf-8"))


def _data_url(picture: QImage) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(picture)
    data = bytes(buffer.data().data())
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def _pdf(html: str, picture: QImage) -> bytes:
    """The HTML laid out on A4 portrait pages, the picture as the resource graph.png."""
    return html_pdf(html, title="aspdesk report", images={"graph.png": picture})
