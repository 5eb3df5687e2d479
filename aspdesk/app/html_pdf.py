"""HTML laid out on A4 pages as a PDF, by QTextDocument and QPdfWriter.

The network report (:mod:`aspdesk.graph.export.report`) and the partner table
(:mod:`aspdesk.app.partner_export`) print this way, so the PDF says what the HTML says.
Qt's rich text knows a subset of HTML 4 and CSS 2; callers escape every text from the map.
:func:`laid_out` gives the document as it is paginated for the PDF, so that a caller can
measure a section (how many pages it takes, where lines break) before writing.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

RESOLUTION = 96  # px per inch of the laid-out page: CSS pixels, as the HTML sizes are


def page_layout(*, landscape: bool = False, margin_mm: float = 18.0) -> QPageLayout:
    """An A4 page with equal margins."""
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter
    )


def laid_out(
    html: str,
    *,
    landscape: bool = False,
    margin_mm: float = 18.0,
    images: Mapping[str, QImage] | None = None,
) -> QTextDocument:
    """``html`` as a document paginated onto A4 pages (at :data:`RESOLUTION`)."""
    text = QTextDocument()
    for name, picture in (images or {}).items():
        text.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), picture)
    text.setHtml(html)
    area = page_layout(landscape=landscape, margin_mm=margin_mm).paintRectPixels(RESOLUTION)
    text.setPageSize(QSizeF(area.width(), area.height()))
    return text


def html_pdf(
    html: str,
    *,
    title: str,
    landscape: bool = False,
    margin_mm: float = 18.0,
    images: Mapping[str, QImage] | None = None,
) -> bytes:
    """``html`` on A4 pages, as the bytes of a PDF file.

    ``images`` are pictures the HTML names in ``<img src=...>``, by that name.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(landscape=landscape, margin_mm=margin_mm))
    writer.setTitle(title)
    writer.setCreator("aspdesk")
    text = laid_out(html, landscape=landscape, margin_mm=margin_mm, images=images)
    text.print_(writer)
    del writer  # the PDF is complete only once the writer is gone
    buffer.close()
    return bytes(data.data())


def broken_words(text: QTextDocument) -> list[str]:
    """Lines of ``text`` that end inside a word without a hyphen, as "end|start" pairs.

    A line may end after a space, a hyphen or a soft hyphen (which Qt then shows as a
    hyphen); a break between two letters or digits cuts a word ("Developme|nt").
    """
    text.pageCount()  # lays the document out: until then its blocks have no lines
    found = []
    lines = 0
    block = text.begin()
    while block.isValid():
        layout = block.layout()
        content = block.text()
        lines += layout.lineCount()
        for n in range(layout.lineCount() - 1):
            line = layout.lineAt(n)
            end = line.textStart() + line.textLength()
            if 0 < end < len(content) and content[end - 1].isalnum() and content[end].isalnum():
                found.append(f"{content[line.textStart() : end]}|{content[end:]}")
        block = block.next()
    if text.toPlainText().strip() and not lines:
        raise RuntimeError("the document was not laid out")  # a check that cannot fail
    return found
