"""Opening an XLSX workbook for import: checked first, read row by row, damage reported.

Both workbook readers (a coordinator's actor table and aspdesk's own export) open files
through :func:`open_workbook`, which runs the zip check of
:mod:`aspdesk.io.importing.xlsx_preflight`, then reads the cells with python-calamine
(Rust; a 10,000-row sheet in a tenth of a second, where openpyxl takes seconds). Its
values are turned into what openpyxl gives, which the readers expect: an empty cell is
None, a whole number an int, a date a datetime.

calamine cannot give two things, so a sheet that the check found to hold either is read
with openpyxl as before (slower, and rare in actor lists); so is a workbook or sheet that
calamine cannot read, since openpyxl names the row where a sheet is damaged (calamine reads
a sheet whole) and reads some files calamine refuses (a sheet in Latin-1). A package whose
relationships lead calamine to other parts than openpyxl, or with a part in UTF-16, is read
with openpyxl whole (see :mod:`~aspdesk.io.importing.xlsx_preflight`). The two things:

- whether a formula's value was stored: calamine reads a formula never calculated (a file
  written by a program that does not calculate) as empty, while :meth:`Workbook.rows` marks
  such cells so that readers can say so instead of treating them as empty;
- values that are not plain numbers: error values (#N/A, #REF!) calamine reads as empty,
  openpyxl as their text, which the readers then report rather than drop silently; a
  damaged number or date calamine reads as text, where openpyxl says the file is damaged
  at that row. ISO dates (rare; Excel writes dates as numbers) go the same way.

Neither reader's number formats, merged cells or styles are used by the import. openpyxl
still writes every workbook aspdesk saves.

Both readers raise whatever their parsing meets in a damaged file (fuzzing found
``TypeError``, ``IndexError``, ``AttributeError`` as well as zip and XML errors; calamine
raises its own errors and, for a bug of its own, a Rust panic, which is no ``Exception``),
so each of their calls is guarded: what it raises becomes a :class:`DataFileError` saying
the workbook is damaged, with the sheet and row when known. Only their calls are guarded
this way, never aspdesk's code. The handle they read through calls ``progress`` on every
read, so Cancel works while a reader loads the file, not only between rows.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import Cancelled, DataFileError, Progress
from aspdesk.io.importing.limits import MAX_CELLS, TableBudget
from aspdesk.io.importing.reading import EMPTY, NOT_A_FILE, NOT_FOUND, UNREADABLE
from aspdesk.io.importing.xlsx_preflight import (
    DAMAGED,
    NOT_A_WORKBOOK,
    Preflight,
    check_workbook,
    damage,
)
from aspdesk.io.importing.xlsx_tags import UNBOUNDED

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook

DAMAGED_AT = QT_TRANSLATE_NOOP(
    "io",
    "The workbook is damaged: the sheet “{sheet}” cannot be read from row {row} on. Open it "
    "in your spreadsheet program and save it again, or export it again.",
)
ZIP_MAGIC = b"PK\x03\x04"
# What is let through untouched: the user's Cancel, our own messages, and a lack of
# memory (which is not damage, and which the limits are there to prevent).
_OURS = (Cancelled, DataFileError, MemoryError)
# A Rust panic in calamine reaches Python as pyo3's PanicException, a BaseException.
_PANIC = "PanicException"
T = TypeVar("T")
_Rows = Generator[tuple[object, ...], None, None]
NO_FORMULAS: frozenset[int] = frozenset()


class Row(NamedTuple):
    """One row of a table as the user numbers it, its cells, and which of them (by index)
    hold a formula with no stored value."""

    number: int
    cells: Sequence[object]
    uncalculated: frozenset[int] = NO_FORMULAS


class _WatchedFile(io.FileIO):
    """A file that lets the user cancel between the reads a reader makes."""

    def __init__(self, path: Path, progress: Progress) -> None:
        super().__init__(path, "rb")
        self._progress = progress

    def read(self, size: int | None = -1) -> bytes:
        self._progress(0, 0)
        return super().read(-1 if size is None else size)


def _is_reader_error(error: BaseException) -> bool:
    return isinstance(error, Exception) or type(error).__name__ == _PANIC


def _value(cell: object) -> object:
    """A cell as calamine gives it, as openpyxl gives it."""
    kind = type(cell)
    if kind is str:
        return cell or None
    if kind is float:
        number: float = cell  # type: ignore[assignment]
        return int(number) if number.is_integer() else number
    if kind is date:
        day: date = cell  # type: ignore[assignment]
        return datetime(day.year, day.month, day.day)
    return cell


class Workbook:
    """An open workbook: its sheet titles and guarded, counted rows."""

    def __init__(self, path: Path, progress: Progress, checked: Preflight) -> None:
        self.file = path.name
        self.budget = TableBudget(path.name)
        self.titles: list[str] = []
        self.name = ""
        self._path = path
        self._progress = progress
        self._checked = checked
        self._handles: list[_WatchedFile] = []
        self._book: CalamineWorkbook | None = None
        self._sheets: dict[str, list[tuple[object, ...]] | None] = {}  # None: by openpyxl
        self._values: Any = None  # openpyxl's, for the sheets calamine cannot read
        self._formulas: Any = None  # the workbook read again for its formulas, if needed

    def open(self) -> None:
        """Let calamine read the workbook (all but the sheets' cells), or openpyxl when
        calamine cannot."""
        # The readers are imported here, not at the top: the main window starts without them.
        from python_calamine import CalamineWorkbook

        if self._checked.calamine_reads:
            handle = _WatchedFile(self._path, self._progress)
            self._handles.append(handle)
            self._book = self._calamine(lambda: CalamineWorkbook.from_filelike(handle))
        book = self._book
        if book is not None:
            self.titles = self._calamine(lambda: list(book.sheet_names)) or []
        if book is None or not self.titles:
            self._values = self._load(data_only=True)
            self.titles = self._guard(lambda: list(self._values.sheetnames))
        self.name = self._checked.title

    def _calamine(self, read: Callable[[], T]) -> T | None:
        """What calamine reads, or None when it cannot (openpyxl reads it then)."""
        try:
            return read()
        except _OURS:
            raise
        except BaseException as error:
            if not _is_reader_error(error):
                raise
            return None

    def _sheet(self, title: str) -> list[tuple[object, ...]] | None:
        """The rows of the sheet ``title`` from A1 on, as openpyxl would give them; None
        when openpyxl is to read it."""
        book = self._book
        if book is None or title in self._checked.with_formulas:
            return None
        if title in self._checked.with_odd_values:
            return None
        if self._checked.grids.get(title, UNBOUNDED) > MAX_CELLS:
            return None  # openpyxl streams it, and the limits stop it row by row
        if title not in self._sheets:
            cells = self._calamine(
                lambda: book.get_sheet_by_name(title).to_python(skip_empty_area=False)
            )
            # Text, most cells, without a call each: _value's first case, written out.
            rows = (
                None
                if cells is None
                else [
                    tuple([(c or None) if type(c) is str else _value(c) for c in row])
                    for row in cells
                ]
            )
            self._sheets[title] = rows
        return self._sheets[title]

    def _openpyxl(self) -> Any:
        if self._values is None:
            self._values = self._load(data_only=True)
        return self._values

    def _load(self, *, data_only: bool) -> Any:
        from openpyxl import load_workbook

        handle = _WatchedFile(self._path, self._progress)
        self._handles.append(handle)
        return self._guard(
            lambda: load_workbook(handle, read_only=True, data_only=data_only, keep_links=False)
        )

    def _guard(self, read: Callable[[], T], sheet: str = "", row: int = 0) -> T:
        try:
            return read()
        except _OURS:
            raise
        except BaseException as error:  # whatever a reader meets in a damaged file; see above
            if not _is_reader_error(error):
                raise
            found = damage(error, self.file)
            if sheet and found.template == DAMAGED:
                found = DataFileError(DAMAGED_AT, self.file, sheet=sheet, row=row)
            raise found from error

    def header(self, title: str) -> tuple[object, ...] | None:
        """The first row of the sheet ``title``; None when the sheet has no rows."""
        sheet = self._sheet(title)
        if sheet is not None:
            first = sheet[0] if sheet else None
            while first and first[-1] is None:  # as openpyxl: up to the row's last cell
                first = first[:-1]
            return first
        rows = self._rows(self._openpyxl(), title, None)
        try:
            return self._guard(lambda: next(rows, None), title, 1)
        finally:
            rows.close()

    def rows(self, title: str, width: int) -> Iterator[Row]:
        """The rows of the sheet ``title`` after its header, ``width`` cells each (at
        least one): the cells past the header's are nobody's.

        Rows are counted against the limits as they come; a damaged row raises
        :class:`DataFileError` naming the sheet and row.
        """
        width = max(width, 1)
        sheet = self._sheet(title)
        if sheet is not None:
            yield from self._calamine_rows(title, sheet, width)
            return
        values = self._rows(self._openpyxl(), title, width)
        formulas = None
        if title in self._checked.with_formulas:
            if self._formulas is None:
                self._formulas = self._load(data_only=False)
            formulas = self._rows(self._formulas, title, width)
        number = 1
        try:
            self._guard(lambda: next(values, None), title, 1)
            if formulas is not None:
                self._guard(lambda: next(formulas, None), title, 1)
            while True:
                number += 1
                cells = self._guard(lambda: next(values, None), title, number)
                if cells is None:
                    return
                self.budget.row(title, len(cells), len(cells) - cells.count(None))
                uncalculated = NO_FORMULAS
                if formulas is not None:
                    written = self._guard(lambda: next(formulas, ()), title, number)
                    uncalculated = frozenset(
                        i
                        for i, (cell, formula) in enumerate(zip(cells, written, strict=False))
                        if cell is None and formula is not None
                    )
                yield Row(number, cells, uncalculated)
        finally:
            values.close()
            if formulas is not None:
                formulas.close()

    def _calamine_rows(
        self, title: str, sheet: list[tuple[object, ...]], width: int
    ) -> Iterator[Row]:
        padding = (None,) * width
        for index, row in enumerate(sheet[1:], start=2):
            cells = row[:width] if len(row) >= width else row + padding[len(row) :]
            self.budget.row(title, width, width - cells.count(None))
            yield Row(index, cells)

    def _rows(self, book: Any, title: str, width: int | None) -> _Rows:
        def start() -> _Rows:
            sheet = book[title]
            # Some programs write a wrong sheet size; read every cell there is.
            sheet.reset_dimensions()
            rows: _Rows = sheet.iter_rows(max_col=width, values_only=True)
            return rows

        return self._guard(start, title, 1)

    def close(self) -> None:
        if self._book is not None:
            self._calamine(self._book.close)
        for handle in self._handles:
            handle.close()


@contextmanager
def open_workbook(path: Path, progress: Progress) -> Iterator[Workbook]:
    """The workbook at ``path``, checked and open; closed again on leaving.

    Raises :class:`DataFileError` for a file that is missing, not a workbook, damaged or
    past a limit, and lets :class:`Cancelled` through.
    """
    suffix = path.suffix.lower()
    if not head(path).startswith(ZIP_MAGIC):
        raise DataFileError(NOT_A_WORKBOOK, path.name, suffix=suffix)
    try:
        with path.open("rb") as handle:  # the check reports its own progress
            checked = check_workbook(path, handle, progress)
    except OSError as error:
        raise DataFileError(UNREADABLE, path.name, reason=error.strerror or str(error)) from error
    workbook = Workbook(path, progress, checked)
    try:
        workbook.open()
        yield workbook
    finally:
        workbook.close()


def head(path: Path) -> bytes:
    """The first bytes of ``path``; refuses a missing, unreadable or empty file."""
    try:
        with path.open("rb") as file:
            start = file.read(8)
    except FileNotFoundError as error:
        raise DataFileError(NOT_FOUND, path.name) from error
    except IsADirectoryError as error:
        raise DataFileError(NOT_A_FILE, path.name) from error
    except OSError as error:
        raise DataFileError(UNREADABLE, path.name, reason=error.strerror or str(error)) from error
    if not start:
        raise DataFileError(EMPTY, path.name)
    return start
