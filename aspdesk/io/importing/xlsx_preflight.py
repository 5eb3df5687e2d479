"""Checking an XLSX workbook's zip before calamine or openpyxl reads it: sizes, parts, rows.

Both readers trust the file: they read the zip's whole directory, parse most parts whole,
keep every shared string in memory and read each sheet to its end. A 10 MB zip that
unpacks to gigabytes, or a small sheet of a million rows, would run for minutes and
exhaust memory. So, before either reader sees the file:

1. the zip's end record must announce a directory of at most ``MAX_DIRECTORY_BYTES``
   (zipfile reads exactly that much), then at most ``MAX_PARTS`` parts;
2. each part openpyxl would read must declare an unpacked size within its limit: sheets
   and the shared strings, which openpyxl streams, ``MAX_SHEET_PART_BYTES``; every other
   part it reads, which it parses whole, ``MAX_WHOLE_PART_BYTES``; in all
   ``MAX_UNPACKED_BYTES``. zipfile never returns more than a part's declared size, so
   these are real bounds;
3. the streamed parts are unpacked once, a megabyte at a time, counting their rows, rows
   with data, cells, shared strings and formulas as tags, without building anything
   (:mod:`~aspdesk.io.importing.xlsx_tags`).

Which part is which is read from the package as openpyxl reads it (content types and the
relationship files), so a huge part cannot pass as a sheet and then be parsed whole.
calamine finds its parts by fixed names instead (``xl/workbook.xml``, its relationships,
``xl/sharedStrings.xml``, ``xl/styles.xml``) and a sheet's part as ``xl/`` and the
relationship's target, so those names are checked too: a package that tells the two
readers different parts cannot slip an unchecked one past. Such a package, and one with a
part in UTF-16 (which calamine reads as empty, without an error), is read with openpyxl
alone, so that it gives the rows it gave before calamine.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import field
from pathlib import Path
from typing import IO, NamedTuple
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import Cancelled, DataFileError, Progress
from aspdesk.io.importing.limits import (
    EXCEL_ROWS,
    MAX_CELLS,
    MAX_DIRECTORY_BYTES,
    MAX_PARTS,
    MAX_ROWS,
    MAX_SHARED_STRINGS,
    MAX_SHEET_PART_BYTES,
    MAX_UNPACKED_BYTES,
    MAX_WHOLE_PART_BYTES,
    MB,
    TOO_MANY_CELLS,
    TOO_MANY_ROWS,
    TOO_MANY_SHEET_ROWS,
    shown,
)
from aspdesk.io.importing.reading import UNREADABLE
from aspdesk.io.importing.xlsx_tags import TagCounts

TOO_MANY_PARTS = QT_TRANSLATE_NOOP(
    "io",
    "The workbook is made of more than {limit} parts (a workbook has a few dozen), so it was "
    "not read.",
)
PART_TOO_LARGE = QT_TRANSLATE_NOOP(
    "io",
    "The part {part} of the workbook unpacks to {size} MB, more than the {limit} MB aspdesk "
    "reads from one part, so the file was not read.",
)
UNPACKS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "io",
    "The workbook unpacks to {size} MB, more than the {limit} MB aspdesk reads, so it was not "
    "read. A small file that unpacks to a huge one can be made to exhaust a computer.",
)
TOO_MANY_STRINGS = QT_TRANSLATE_NOOP(
    "io",
    "The workbook holds more than {limit} different texts, far more than any map, so it was "
    "not read.",
)
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "io",
    "This file is not an Excel workbook (.xlsx), although its name ends in {suffix}. "
    "It may be damaged, or it is another kind of file.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "io",
    "The workbook is damaged and cannot be read. Open it in your spreadsheet program and save "
    "it again, or export it again.",
)

_END_RECORD = b"PK\x05\x06"
_END_RECORD_64 = b"PK\x06\x06"
_LOCATOR_64 = b"PK\x06\x07"
_END_SIZE, _LOCATOR_SIZE, _RECORD_64_SIZE = 22, 20, 56
_CHUNK = MB
CONTENT_TYPES = "[Content_Types].xml"
# Parts openpyxl reads by these names, whatever the package says.
_FIXED_PARTS = frozenset(
    {CONTENT_TYPES, "docProps/core.xml", "docProps/custom.xml", "xl/theme/theme1.xml"}
    | {"xl/styles.xml", "xl/workbook.xml"}
)
_CALAMINE_WORKBOOK = "xl/workbook.xml"
_CALAMINE_STRINGS = "xl/sharedStrings.xml"
_CORE_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_WORKBOOK_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
)
_SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@record
class Preflight:
    """What the check learnt: the title of each sheet's part, the sheets with formulas or
    with values that are not plain numbers (see :mod:`aspdesk.io.importing.xlsx_reading`),
    the grid each sheet spans, the workbook's title, and whether calamine reads the same
    parts as openpyxl, in an encoding it reads."""

    titles: dict[str, str] = field(default_factory=dict)  # part name -> sheet title
    with_formulas: set[str] = field(default_factory=set)  # sheet titles (or part names)
    with_odd_values: set[str] = field(default_factory=set)  # sheet titles (or part names)
    grids: dict[str, int] = field(default_factory=dict)  # title -> rows x columns it spans
    title: str = ""  # the document's title, from its properties
    calamine_reads: bool = True  # False: calamine would read other parts, or misread one


def check_workbook(path: Path, handle: IO[bytes], progress: Progress) -> Preflight:
    """Refuse the workbook in ``handle`` (the file at ``path``) if reading it is unbounded.

    Raises :class:`DataFileError` with the limit and the sheet or part at fault, or
    :class:`~aspdesk.io.errors.Cancelled` from ``progress``.
    """
    name = path.name
    try:
        _check_directory(handle, name)
        handle.seek(0)
        archive = zipfile.ZipFile(handle)
    except (Cancelled, DataFileError, MemoryError):
        raise
    except Exception as error:
        # Not a zip at all, one cut short, or a directory zipfile cannot read (a version
        # of zip from the future): nothing says it was ever a workbook.
        if isinstance(error, OSError) and error.errno is not None:
            raise damage(error, name) from error
        raise DataFileError(NOT_A_WORKBOOK, name, suffix=path.suffix.lower()) from error
    try:
        with archive:
            return _Check(archive, path, progress).run()
    except (Cancelled, DataFileError, MemoryError):
        raise
    except Exception as error:
        # zipfile and the XML parser raise what they meet in a damaged file: bad headers
        # and checksums, offsets past any file, compression or encryption they cannot
        # read, encodings that do not exist, nesting too deep. Only their calls are here.
        raise damage(error, name) from error


def damage(error: BaseException, name: str) -> DataFileError:
    """What to say of ``error`` met while reading the workbook ``name``: that it is
    damaged, unless the disk itself failed."""
    if isinstance(error, OSError) and error.errno is not None:
        return DataFileError(UNREADABLE, name, reason=error.strerror or str(error))
    return DataFileError(DAMAGED, name)


def _check_directory(handle: IO[bytes], name: str) -> None:
    """Refuse a zip whose directory is larger than we let zipfile read.

    The end record is found as zipfile finds it (the last one in the file's tail), and a
    ZIP64 record right before it wins, as it does for zipfile.
    """
    size = handle.seek(0, io.SEEK_END)
    tail_at = max(0, size - _END_SIZE - 65_535)  # the end record and the longest comment
    handle.seek(tail_at)
    tail = handle.read()
    at = tail.rfind(_END_RECORD)
    if at < 0 or len(tail) < at + _END_SIZE:
        raise ValueError("no end record")
    parts, directory = struct.unpack("<10xHL6x", tail[at : at + _END_SIZE])
    locator_at = tail_at + at - _LOCATOR_SIZE
    if locator_at >= _RECORD_64_SIZE:
        handle.seek(locator_at - _RECORD_64_SIZE)
        record = handle.read(_RECORD_64_SIZE + _LOCATOR_SIZE)
        if record[_RECORD_64_SIZE:].startswith(_LOCATOR_64):
            if not record.startswith(_END_RECORD_64):
                raise ValueError("ZIP64 end record not found")
            parts, directory = struct.unpack("<32xQQ8x", record[:_RECORD_64_SIZE])
    if directory > MAX_DIRECTORY_BYTES or parts > MAX_PARTS:
        raise DataFileError(TOO_MANY_PARTS, name, limit=shown(MAX_PARTS))


class _Relation(NamedTuple):
    id: str
    type: str
    target: str  # the part it leads to, as a name in the zip
    written: str  # the part as calamine takes it: "xl/" and the target as written


class _Check:
    """One pass over the parts of an open archive."""

    def __init__(self, archive: zipfile.ZipFile, path: Path, progress: Progress) -> None:
        self.archive = archive
        self.name = path.name
        self.suffix = path.suffix.lower()
        self.progress = progress
        self.sizes: dict[str, int] = {}
        self.utf8 = True  # every streamed part in UTF-8 (or ASCII)
        for info in archive.infolist():  # a name given twice counts at its largest
            self.sizes[info.filename] = max(info.file_size, self.sizes.get(info.filename, 0))

    def run(self) -> Preflight:
        if len(self.archive.infolist()) > MAX_PARTS:
            raise DataFileError(TOO_MANY_PARTS, self.name, limit=shown(MAX_PARTS))
        overrides = self._content_types()
        relations = {part: self._relations(part) for part in self.sizes if part.endswith(".rels")}
        workbook = next(
            (part for part, kind in overrides if kind in _WORKBOOK_TYPES), "xl/workbook.xml"
        )
        if CONTENT_TYPES not in self.sizes or workbook not in self.sizes:
            raise DataFileError(NOT_A_WORKBOOK, self.name, suffix=self.suffix)
        strings = next((part for part, kind in overrides if kind == _SHARED_STRINGS_TYPE), "")
        sheets = relations.get(_relations_of(workbook), [])
        charts = [each.target for each in sheets if "chartsheet" in each.type]
        whole = set(_FIXED_PARTS) | {workbook} | set(relations) | _closure(charts, relations)
        streamed = {each.target for each in sheets if "chartsheet" not in each.type}
        streamed |= {strings, _CALAMINE_STRINGS} | set(self._calamine_sheets(relations))
        streamed -= whole
        read = [part for part in self.sizes if part in whole or part in streamed]
        for part in read:
            self._within(part, MAX_SHEET_PART_BYTES if part in streamed else MAX_WHOLE_PART_BYTES)
        total = sum(self.sizes[part] for part in read)
        if total > MAX_UNPACKED_BYTES:
            raise DataFileError(
                UNPACKS_TOO_LARGE,
                self.name,
                size=shown(total // MB),
                limit=shown(MAX_UNPACKED_BYTES // MB),
            )
        titles = self._calamine_sheets(relations) | self._titles(workbook, sheets)
        # The shared strings first: both readers read them before any sheet.
        first = {strings, _CALAMINE_STRINGS}
        order = sorted(streamed & set(self.sizes), key=lambda part: (part not in first, part))
        with_formulas, with_odd_values, grids = self._count(order, titles)
        same = workbook == _CALAMINE_WORKBOOK and all(
            each.written == each.target for each in sheets
        )
        same = same and strings == (_CALAMINE_STRINGS if _CALAMINE_STRINGS in self.sizes else "")
        return Preflight(
            titles, with_formulas, with_odd_values, grids, self._title(), same and self.utf8
        )

    def _within(self, part: str, limit: int) -> None:
        size = self.sizes.get(part, 0)
        if size > limit:
            raise DataFileError(
                PART_TOO_LARGE,
                self.name,
                part=part,
                size=shown(size // MB),
                limit=shown(limit // MB),
            )

    def _tree(self, part: str) -> Element | None:
        """The XML of a part parsed whole (safely, and only when it is small enough)."""
        if part not in self.sizes:
            return None
        self._within(part, MAX_WHOLE_PART_BYTES)
        root: Element = SafeET.fromstring(self.archive.read(part))
        return root

    def _content_types(self) -> list[tuple[str, str]]:
        """(part, content type) of each override, in the order of the file."""
        root = self._tree(CONTENT_TYPES)
        return [
            (element.get("PartName", "").lstrip("/"), element.get("ContentType", ""))
            for element in (root if root is not None else ())
            if _local(element.tag) == "Override"
        ]

    def _relations(self, part: str) -> list[_Relation]:
        """The internal relationships of the .rels ``part``, their targets resolved as
        openpyxl resolves them (from the folder of the part they belong to)."""
        root = self._tree(part)
        parent = posixpath.split(posixpath.dirname(part))[0]
        found = []
        for element in root if root is not None else ():
            target = written = element.get("Target", "")
            if _local(element.tag) != "Relationship" or element.get("TargetMode") == "External":
                continue
            if target.startswith("/"):
                target = target[1:]
            else:
                target = posixpath.normpath(posixpath.join(parent, target))
            written = written[1:] if written.startswith("/xl/") else written
            written = written if written.startswith("xl/") else f"xl/{written}"
            relation = _Relation(element.get("Id", ""), element.get("Type", ""), target, written)
            found.append(relation)
        return found

    def _titles(
        self, workbook: str, relations: list[_Relation], calamine: bool = False
    ) -> dict[str, str]:
        """The title of each sheet's part, for messages; with ``calamine``, the parts as
        calamine names them (``xl/`` and the target as written)."""
        root = self._tree(workbook)
        targets = {each.id: each.written if calamine else each.target for each in relations}
        titles = {}
        for element in root.iter() if root is not None else ():
            target = targets.get(element.get(f"{{{_RELATIONSHIPS_NS}}}id", ""))
            if _local(element.tag) == "sheet" and target:
                titles[target] = element.get("name", "")
        return titles

    def _calamine_sheets(self, relations: dict[str, list[_Relation]]) -> dict[str, str]:
        """The part calamine reads for each sheet, with its title."""
        found = relations.get(_relations_of(_CALAMINE_WORKBOOK), [])
        return self._titles(_CALAMINE_WORKBOOK, found, calamine=True)

    def _title(self) -> str:
        root = self._tree("docProps/core.xml")
        element = root.find(_CORE_TITLE) if root is not None else None
        return (element.text or "") if element is not None else ""

    def _count(
        self, parts: list[str], titles: dict[str, str]
    ) -> tuple[set[str], set[str], dict[str, int]]:
        """Unpack the streamed parts once, refusing at the first limit passed; the titles
        of the sheets that hold formulas, of those with values that are not plain numbers,
        and the grid each sheet spans."""
        total = sum(self.sizes[part] for part in parts)
        done = cells = 0
        with_formulas, with_odd_values = set(), set()
        grids: dict[str, int] = {}
        for part in parts:
            title = titles.get(part, part)
            counts = TagCounts()
            done_in_part = 0
            with self.archive.open(part) as stream:
                while chunk := stream.read(_CHUNK):
                    if not done_in_part:
                        self.utf8 = self.utf8 and _ascii_start(chunk)
                    done_in_part += len(chunk)
                    done += len(chunk)
                    self.progress(done, total)
                    counts.add(chunk)
                    self._refuse_past_limits(counts, cells, title)
            cells += counts.cells
            if counts.formulas:
                with_formulas.add(title)
            if counts.odd_values:
                with_odd_values.add(title)
            grids[title] = max(grids.get(title, 0), counts.grid())
        return with_formulas, with_odd_values, grids

    def _refuse_past_limits(self, counts: TagCounts, cells: int, title: str) -> None:
        if counts.strings > MAX_SHARED_STRINGS:
            raise DataFileError(TOO_MANY_STRINGS, self.name, limit=shown(MAX_SHARED_STRINGS))
        if counts.rows > EXCEL_ROWS:
            raise DataFileError(
                TOO_MANY_SHEET_ROWS, self.name, table=title, limit=shown(EXCEL_ROWS)
            )
        if counts.filled_rows > MAX_ROWS:
            raise DataFileError(TOO_MANY_ROWS, self.name, table=title, limit=shown(MAX_ROWS))
        if cells + counts.cells > MAX_CELLS:
            raise DataFileError(TOO_MANY_CELLS, self.name, limit=shown(MAX_CELLS))


def _ascii_start(data: bytes) -> bool:
    """Whether an XML part starts as UTF-8 (or ASCII) does, not as UTF-16 or UTF-32."""
    return data.removeprefix(b"\xef\xbb\xbf")[:1] in (b"<", b" ", b"\t", b"\r", b"\n")


def _relations_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _closure(starts: Iterable[str], relations: dict[str, list[_Relation]]) -> set[str]:
    """``starts`` and every part their relationships lead to, however deep."""
    found: set[str] = set()
    waiting = list(starts)
    while waiting:
        part = waiting.pop()
        if part in found:
            continue
        found.add(part)
        waiting += [each.target for each in relations.get(_relations_of(part), [])]
    return found


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
