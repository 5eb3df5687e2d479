"""Writing a consortium's partner table: XLSX or PDF.

The XLSX workbook is made by :mod:`aspdesk.io.exporting.partner_table`. The PDF is the same
table as HTML laid out on A4 pages (:mod:`aspdesk.app.html_pdf`), as the network report is;
every text from the map is escaped, so an organisation named ``<b>x</b>`` prints those
characters. Both files are written whole or not at all.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from aspdesk.app.html_pdf import html_pdf
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.atomic import write_bytes_atomically
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.partner_table import PartnerTable, write_partner_xlsx

PARTNER_TABLE_SUFFIXES = (".xlsx", ".pdf")
UNKNOWN_TABLE_TYPE = QT_TRANSLATE_NOOP(
    "io", "A partner table is written as .xlsx or .pdf; “{suffix}” is neither."
)


def write_partner_table(table: PartnerTable, path: Path) -> None:
    """Write ``table`` to ``path`` as the suffix says (.xlsx or .pdf).

    Raises :class:`DataFileError` for another suffix or when the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_partner_xlsx(table, path)
    elif suffix == ".pdf":
        write_bytes_atomically(path, partner_table_pdf(table))
    else:
        raise DataFileError(UNKNOWN_TABLE_TYPE, str(path), suffix=suffix or "-")


def partner_table_html(table: PartnerTable) -> str:
    """The table as the HTML subset Qt's rich text knows; every text escaped."""
    headers = table.headers(code_column=False)
    parts = [
        "<html><head><meta charset='utf-8'><style>",
        "body { font-family: sans-serif; font-size: 9pt; }",
        "h1 { font-size: 16pt; margin-bottom: 4px; }",
        "table { border-collapse: collapse; } td, th { padding: 4px 5px; }",
        "th { background: #E8E8E8; text-align: left; }",
        "</style></head><body>",
        f"<h1>{escape(table.title)}</h1>",
        f"<p style='font-size: 11pt'>{escape(table.programme)}</p>",
        f"<p>{escape(table.made)}</p>",
        "<p style='font-size: 4pt'>&nbsp;</p>",
        "<table border='1' cellspacing='0' width='100%'>",
        "<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr></thead>",
    ]
    for row in table.rows:
        cells = table.cells(row, code_column=False)
        parts.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    # Qt drops a paragraph's top margin right after a table when it prints; an empty
    # paragraph keeps the notes apart from the table.
    parts.append("</table><p style='font-size: 6pt'>&nbsp;</p>")
    for index, note in enumerate(table.notes):
        # The last note is the reminder to check the call: it must not be overlooked.
        weight = "font-weight: bold; " if index == len(table.notes) - 1 else ""
        parts.append(f"<p style='margin-top: 6px; {weight}'>{escape(note)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def partner_table_pdf(table: PartnerTable) -> bytes:
    """The table on A4 landscape pages, as the bytes of a PDF file."""
    return html_pdf(partner_table_html(table), title=table.title, landscape=True, margin_mm=15)
