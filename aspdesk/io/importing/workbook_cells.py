"""Reading the cells of an aspdesk workbook: each column's kind of value, and what is wrong.

A parser takes a cell as openpyxl gives it (text, number, date, yes/no) and returns the
field's value, or raises :class:`BadCell` with the problem's text (marked in the "io"
context) for the row and column the user sees.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from datetime import date, datetime

from aspdesk.domain.dates import parse_date
from aspdesk.domain.entities import parse_tags
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io import json_backup as backup
from aspdesk.io import json_backup_messages as backup_messages
from aspdesk.io.importing import spreadsheet_import as table
from aspdesk.io.importing.cell_text import cell_text
from aspdesk.io.sheets import CellKind, restore_text

UNKNOWN_ROLE = QT_TRANSLATE_NOOP("io", "“{value}” is not a role that this map knows.")
UNKNOWN_TYPE = QT_TRANSLATE_NOOP("io", "“{value}” is not a relationship type that this map knows.")
UNKNOWN_PROGRAMME = QT_TRANSLATE_NOOP(
    "io", "“{value}” is not a funding programme that this map knows."
)
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("io", "“{value}” is not a project status that this map knows.")
NOT_IDS = QT_TRANSLATE_NOOP(
    "io",
    "“{value}” is not a list of IDs. Write whole numbers from 1 up, separated by semicolons, "
    "such as 1; 4.",
)
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "io", "“{value}” is not a date. Write a date as 30.6.2015 or 2015-06-30."
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP("io", "“{value}” is not a number.")
NOT_YES_OR_NO = QT_TRANSLATE_NOOP("io", "“{value}” is not yes or no.")

_UNKNOWN_CODE = {
    Vocabulary.ACTOR_KIND: table.UNKNOWN_KIND,
    Vocabulary.SIZE_CLASS: table.UNKNOWN_SIZE_CLASS,
    Vocabulary.CLUSTER_ROLE: UNKNOWN_ROLE,
    Vocabulary.RELATION_TYPE: UNKNOWN_TYPE,
    Vocabulary.PROGRAMME: UNKNOWN_PROGRAMME,
    Vocabulary.PROJECT_STATUS: UNKNOWN_STATUS,
    Vocabulary.PARTNER_ROLE: UNKNOWN_ROLE,
}
# Spreadsheet programs write TRUE/FALSE cells; people type words, in English, Finnish or
# Swedish.
_TRUE = frozenset({"true", "1", "yes", "kyllä", "tosi", "ja", "sant"})
_FALSE = frozenset({"false", "0", "no", "ei", "epätosi", "nej", "falskt"})


def fold(text: str) -> str:
    """``text`` as compared: trimmed, case folded."""
    return text.strip().casefold()


class BadCell(Exception):
    """A cell that does not hold what its column says; ``message`` is the problem's text."""

    def __init__(self, message: str, cell: object) -> None:
        super().__init__(message)
        self.message = message
        self.value = backup._shown(cell_text(cell))


Parse = Callable[[object], object]


def _whole(cell: object) -> int | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() else None
    return table._whole_number(cell.strip()) if isinstance(cell, str) else None


def _parse_id(cell: object) -> int:
    number = _whole(cell)
    if number is None or not 1 <= number <= backup._MAX_INT:
        raise BadCell(table.BAD_ID, cell)
    return number


def _parse_integer(cell: object) -> int:
    number = _whole(cell)
    if number is None or abs(number) > backup._MAX_INT:
        raise BadCell(backup_messages.EXPECTED_INTEGER, cell)
    return number


def _parse_number(cell: object) -> float:
    # As text, so that "12,5" (typed with a Finnish decimal comma) reads too; a number's
    # text gives the same float back.
    try:
        number = float(cell_text(cell).replace(",", "."))
    except ValueError:
        number = math.nan
    if isinstance(cell, bool) or not math.isfinite(number):
        raise BadCell(NOT_A_NUMBER, cell)
    return number


def _parse_boolean(cell: object) -> bool:
    if isinstance(cell, bool):
        return cell
    text = cell_text(cell).casefold()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise BadCell(NOT_YES_OR_NO, cell)


def _parse_date(cell: object) -> date:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    try:
        parsed = parse_date(cell_text(cell)) if isinstance(cell, str) else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise BadCell(NOT_A_DATE, cell)
    return parsed


def parse_long_text(cell: object) -> str:
    # Line breaks and indentation are part of a note; only the formula guard comes off.
    return restore_text(cell) if isinstance(cell, str) else cell_text(cell)


def _parse_tags(cell: object) -> tuple[str, ...]:
    return parse_tags(cell_text(cell))


def _parse_ids(cell: object) -> tuple[int, ...]:
    # "1; 4" as written, or "1, 4" as people type; a lone id may be a number cell.
    parts = [part.strip() for part in cell_text(cell).replace(",", ";").split(";")]
    numbers = [_whole(part) for part in parts if part]
    if not all(n is not None and 1 <= n <= backup._MAX_INT for n in numbers):
        raise BadCell(NOT_IDS, cell)
    return tuple(dict.fromkeys(n for n in numbers if n is not None))


def code_parser(vocabulary: Vocabulary, codes: Collection[str]) -> Parse:
    by_fold = {fold(code): code for code in codes}
    message = _UNKNOWN_CODE[vocabulary]

    def parse(cell: object) -> str:
        text = cell_text(cell)
        code = text if text in codes else by_fold.get(fold(text))
        if code is None:
            raise BadCell(message, cell)
        return code

    return parse


PARSERS: dict[CellKind, Parse] = {
    CellKind.ID: _parse_id,
    CellKind.REFERENCE: _parse_id,
    CellKind.TEXT: cell_text,
    CellKind.TAGS: _parse_tags,
    CellKind.REFERENCES: _parse_ids,
    CellKind.INTEGER: _parse_integer,
    CellKind.NUMBER: _parse_number,
    CellKind.BOOLEAN: _parse_boolean,
    CellKind.DATE: _parse_date,
}


def is_empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())
