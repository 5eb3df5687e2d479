"""HTML laid out on A4 pages as a PDF, by QTextDocument and QPdfWriter.

The network report (:mod:`aspdesk.graph.report`) and the partner table
(:mod:`aspdesk.app.partner_export`) print this way, so the PDF says what the HTML says.
Qt's rich text knows a subset of HTML 4 and CSS 2; callers escape every text from the map.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument


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
    writer.setResolution(96)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter
        )
    )
    writer.setTitle(title)
    writer.setCreator("aspdesk")
    text = QTextDocument()
    for name, picture in (images or {}).items():
        text.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), picture)
    text.setHtml(html)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    text.setPageSize(QSizeF(area.width(), area.height()))
    text.print_(writer)
    del writer  # the PDF is complete only once the writer is gone
    buffer.close()
    return bytes(data.data())
