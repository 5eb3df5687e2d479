"""What a file that is not a map seems to be, from its first bytes.

Read as plain bytes (never handed to SQLite, a zip reader or an XML parser), so a hostile
file costs one read of :data:`SNIFF_BYTES`. The answer is a marked template of the
``store`` context ("an Excel workbook") and, for the kinds aspdesk can import, the ending
the file needs for that (".xlsx"): a workbook renamed to .aspmap is told to be one, not
"choose a file ending in .aspmap".

The map's own ending, :data:`MAP_SUFFIX`, lives here rather than in
:mod:`aspdesk.store.mapfile` so that the command line and the dialogs can name it without
importing SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP

MAP_SUFFIX = ".aspmap"
SNIFF_BYTES = 8192

EMPTY = QT_TRANSLATE_NOOP("store", "an empty file")
WORKBOOK = QT_TRANSLATE_NOOP("store", "an Excel workbook")
ZIP = QT_TRANSLATE_NOOP("store", "a zip file")
OLD_OFFICE = QT_TRANSLATE_NOOP("store", "an old Excel (.xls) or other Office file")
SQLITE = QT_TRANSLATE_NOOP("store", "a database of another program")
PDF = QT_TRANSLATE_NOOP("store", "a PDF document")
PICTURE = QT_TRANSLATE_NOOP("store", "a picture")
GRAPHML = QT_TRANSLATE_NOOP("store", "a GraphML graph")
GEXF = QT_TRANSLATE_NOOP("store", "a GEXF graph")
WEB_PAGE = QT_TRANSLATE_NOOP("store", "a web page")
XML = QT_TRANSLATE_NOOP("store", "an XML file")
JSON_BACKUP = QT_TRANSLATE_NOOP("store", "an aspdesk JSON backup")
JSON = QT_TRANSLATE_NOOP("store", "a JSON file")
TABLE = QT_TRANSLATE_NOOP("store", "a CSV or text table")
TEXT = QT_TRANSLATE_NOOP("store", "a text file")

_SQLITE_HEADER = b"SQLite format 3\x00"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@record
class FileKind:
    """What a file seems to be: a marked ``description`` ("" when unknown) and the
    ``suffix`` aspdesk imports it under ("" when it cannot import it)."""

    description: str = ""
    suffix: str = ""


def _text(head: bytes) -> str | None:
    """``head`` as text, or None when it looks binary."""
    for bom in _BOMS:
        if head.startswith(bom):
            encoding = "utf-8-sig" if bom == _BOMS[0] else "utf-16"
            return head.decode(encoding, errors="replace")
    if b"\x00" in head:
        return None
    return head.decode("utf-8", errors="replace")


def _of_text(text: str) -> FileKind:
    start = text.lstrip()
    lower = start[:SNIFF_BYTES].casefold()
    if start.startswith("<"):
        if "<graphml" in lower:
            return FileKind(GRAPHML, ".graphml")
        if "<gexf" in lower:
            return FileKind(GEXF, ".gexf")
        if "<html" in lower or "<!doctype html" in lower:
            return FileKind(WEB_PAGE)
        return FileKind(XML)
    if start.startswith(("{", "[")):
        if '"aspdesk-map"' in start:
            return FileKind(JSON_BACKUP, ".json")
        return FileKind(JSON)
    first = start.splitlines()[0] if start else ""
    if any(separator in first for separator in (";", ",", "\t")):
        return FileKind(TABLE, ".csv")
    return FileKind(TEXT)


def sniff(path: Path) -> FileKind:
    """What the file at ``path`` seems to be (an unknown kind when it cannot be read)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return FileKind()
    if not head:
        return FileKind(EMPTY)
    if head.startswith(_SQLITE_HEADER):
        return FileKind(SQLITE)
    if head.startswith(b"PK\x03\x04"):
        # An Office Open XML workbook names its parts near the start of the zip.
        if b"xl/" in head or b"[Content_Types].xml" in head:
            return FileKind(WORKBOOK, ".xlsx")
        return FileKind(ZIP)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return FileKind(OLD_OFFICE)
    if head.startswith(b"%PDF"):
        return FileKind(PDF)
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return FileKind(PICTURE)
    text = _text(head)
    return _of_text(text) if text is not None else FileKind()
