"""Reading a filled questionnaire back: whose answer it is, to which round, and what it says.

Sheets are found by the kind in their hidden cell A1 and columns by the hidden codes in row
2, so a renamed sheet still reads; a sheet or column that is gone is a changed layout,
explained rather than guessed around. Cells are read as text; what they mean (an answer
word, a kind of tie, a role) is left to :mod:`aspdesk.io.survey.collect`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError, Progress, no_progress
from aspdesk.io.importing.xlsx_reading import Workbook, open_workbook
from aspdesk.io.sheets import restore_text
from aspdesk.io.survey.questionnaire import FORMAT_VERSION, ID_SHEET, MARKER
from aspdesk.io.survey.workbook import COLUMNS, FIRST_ROW

NOT_AN_ANSWER = QT_TRANSLATE_NOOP(
    "survey", "This workbook is not a questionnaire of an aspdesk survey round."
)
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "survey", "This questionnaire was made by a newer aspdesk (format {version}). Update aspdesk."
)
SHEET_MISSING = QT_TRANSLATE_NOOP(
    "survey",
    "The sheet “{sheet}” of the questionnaire is missing or its layout was changed, so the "
    "answer cannot be read safely. Ask for the answers again on a fresh questionnaire.",
)
COLUMN_MISSING = QT_TRANSLATE_NOOP(
    "survey",
    "The columns of the sheet “{sheet}” were changed (a column was removed or moved away), "
    "so the answer cannot be read safely. Ask for the answers again on a fresh questionnaire.",
)


@record
class Cell:
    """One answered row's text by column code, and where it is."""

    code: str  # the row's code: a field name, "m12", "r5" or "new"
    values: dict[str, str]
    sheet: str
    row: int


@dataclass
class FilledQuestionnaire:
    """What one returned workbook says, as text, with the round and the actor it is for."""

    file: str
    token: str
    actor_id: int
    language: str
    sheets: dict[str, list[Cell]] = field(default_factory=dict)  # kind -> answered rows


def is_questionnaire(workbook: Workbook) -> bool:
    """Whether an open workbook is a survey questionnaire (it has the identifier sheet)."""
    if ID_SHEET not in workbook.titles:
        return False
    first = workbook.header(ID_SHEET)
    return first is not None and len(first) > 0 and _text(first[0]) == MARKER


def read_questionnaire(path: Path, progress: Progress = no_progress) -> FilledQuestionnaire:
    """The answers in the workbook at ``path``; raises :class:`DataFileError` when it is no
    questionnaire, is damaged, or its layout was changed."""
    with open_workbook(path, progress) as workbook:
        return read_open_questionnaire(workbook)


def read_open_questionnaire(workbook: Workbook) -> FilledQuestionnaire:
    """The answers in an open questionnaire workbook."""
    file = workbook.file
    if not is_questionnaire(workbook):
        raise DataFileError(NOT_AN_ANSWER, file, context="survey")
    identity = {"": ""}
    first = workbook.header(ID_SHEET) or ()
    identity[MARKER] = _text(first[1]) if len(first) > 1 else ""
    for row in workbook.rows(ID_SHEET, 2):
        identity[_text(row.cells[0])] = _text(row.cells[1] if len(row.cells) > 1 else None)
    if identity[MARKER] != FORMAT_VERSION:
        raise DataFileError(NEWER_FORMAT, file, context="survey", version=identity[MARKER])
    try:
        actor_id = int(identity.get("actor", ""))
    except ValueError:
        raise DataFileError(NOT_AN_ANSWER, file, context="survey") from None
    token = identity.get("round", "")
    if not token:
        raise DataFileError(NOT_AN_ANSWER, file, context="survey")
    filled = FilledQuestionnaire(file, token, actor_id, identity.get("language", "en"))
    kinds = _sheets_by_kind(workbook)
    for kind, columns in COLUMNS.items():
        title = kinds.get(kind)
        if title is None:
            raise DataFileError(SHEET_MISSING, file, context="survey", sheet=kind)
        filled.sheets[kind] = _answered_rows(workbook, title, columns)
    return filled


def _sheets_by_kind(workbook: Workbook) -> dict[str, str]:
    found: dict[str, str] = {}
    for title in workbook.titles:
        if title == ID_SHEET:
            continue
        first = workbook.header(title)
        marker = _text(first[0]) if first else ""
        if marker.startswith(f"{MARKER}:"):
            found.setdefault(marker.split(":", 1)[1], title)
    return found


def _answered_rows(workbook: Workbook, title: str, columns: tuple[str, ...]) -> list[Cell]:
    rows = iter(workbook.rows(title, len(columns) + 1))
    codes = next(rows, None)
    found_codes = [_text(c) for c in codes.cells] if codes is not None else []
    places: dict[str, int] = {}
    for code in columns:
        if code not in found_codes:
            raise DataFileError(COLUMN_MISSING, workbook.file, context="survey", sheet=title)
        places[code] = found_codes.index(code)
    answered: list[Cell] = []
    for row in rows:
        if row.number < FIRST_ROW:
            continue
        cells = row.cells
        code = _text(cells[0]) if cells else ""
        if not code:
            continue
        values = {
            name: _text(cells[index]) if index < len(cells) else ""
            for name, index in places.items()
        }
        answered.append(Cell(code, values, title, row.number))
    return answered


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return restore_text(str(cell)).strip() if isinstance(cell, str) else str(cell).strip()
