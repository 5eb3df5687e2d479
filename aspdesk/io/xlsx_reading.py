"""Opening an XLSX workbook for import: checked first, read row by row, damage reported.

Both workbook readers (a coordinator's actor table and aspdesk's own export) open files
through :func:`open_workbook`, which runs the zip check of :mod:`aspdesk.io.xlsx_preflight`,
then lets openpyxl read the file through a handle that calls ``progress`` on every read, so
Cancel works while openpyxl loads shared strings and styles, not only between rows.

openpyxl raises whatever its parsing meets in a damaged file (fuzzing found ``TypeError``,
``IndexError``, ``AttributeError`` as well as zip and XML errors), so every exception out of
openpyxl becomes a :class:`DataFileError` saying the workbook is damaged, with the sheet and
row when known. Only openpyxl's own calls are guarded this way, never aspdesk's code.

A formula cell whose value was never stored (a file written by a program that does not
calculate) reads as empty; :meth:`Workbook.rows` marks such cells so that readers can say so
instead of treating them as empty.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from openpyxl import load_workbook

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import Cancelled, DataFileError, Progress
from aspdesk.io.import_limits import TableBudget
from aspdesk.io.reading import EMPTY, NOT_A_FILE, NOT_FOUND, UNREADABLE
from aspdesk.io.xlsx_preflight import DAMAGED, NOT_A_WORKBOOK, Preflight, check_workbook, damage

DAMAGED_AT = QT_TRANSLATE_NOOP(
    "io",
    "The workbook is damaged: the sheet “{sheet}” cannot be read from row {row} on. Open it "
    "in your spreadsheet program and save it again, or export it again.",
)
ZIP_MAGIC = b"PK\x03\x04"
# What is let through untouched: the user's Cancel, our own messages, and a lack of
# memory (which is not damage, and which the limits are there to prevent).
_OURS = (Cancelled, DataFileError, MemoryError)
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
    """A file that lets the user cancel between the reads openpyxl makes."""

    def __init__(self, path: Path, progress: Progress) -> None:
        super().__init__(path, "rb")
        self._progress = progress

    def read(self, size: int | None = -1) -> bytes:
        self._progress(0, 0)
        return super().read(-1 if size is None else size)


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
        self._values: Any = None
        self._formulas: Any = None  # the workbook read again for its formulas, if needed

    def open(self) -> None:
        """Let openpyxl read the workbook (all but the sheets' rows)."""
        self._values = self._load(data_only=True)
        self.titles = self._guard(lambda: list(self._values.sheetnames))
        self.name = self._guard(lambda: str(self._values.properties.title or ""))

    def _load(self, *, data_only: bool) -> Any:
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
        except Exception as error:  # whatever openpyxl meets in a damaged file; see above
            found = damage(error, self.file)
            if sheet and found.template == DAMAGED:
                found = DataFileError(DAMAGED_AT, self.file, sheet=sheet, row=row)
            raise found from error

    def header(self, title: str) -> tuple[object, ...] | None:
        """The first row of the sheet ``title``; None when the sheet has no rows."""
        rows = self._rows(self._values, title, None)
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
        values = self._rows(self._values, title, width)
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

    def _rows(self, book: Any, title: str, width: int | None) -> _Rows:
        def start() -> _Rows:
            sheet = book[title]
            # Some programs write a wrong sheet size; read every cell there is.
            sheet.reset_dimensions()
            rows: _Rows = sheet.iter_rows(max_col=width, values_only=True)
            return rows

        return self._guard(start, title, 1)

    def close(self) -> None:
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
