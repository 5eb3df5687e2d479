"""Reading an aspdesk XLSX export back as candidates for a map, with the file's own ids.

An export (perhaps edited in a spreadsheet program since) is told from a coordinator's
plain actor table by its sheet titles and the ID column of its actor sheet, in English or
in any language the app has a translation for, so a file exported in Finnish imports on an
English desktop. Columns are found by header in any order: a moved or deleted column costs
only its own information. Each row becomes a candidate keyed by its ID (or by its place
when the user added it without one); a cell that cannot be read, a reference to an ID that
is not in the file or a rule the forms enforce is a problem at the row and column the
user sees, and blocks that row instead of failing the whole file. How each kind of cell
is read is in :mod:`aspdesk.io.importing.workbook_cells`.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from aspdesk.domain.entities import (
    ENTITY_CLASSES,
    Entity,
    EntityType,
    Membership,
    ProjectPartner,
)
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP, VALIDATION_CONTEXT
from aspdesk.domain.validation import MULTILINE_FIELDS, validate
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io import json_backup_messages as backup_messages
from aspdesk.io.errors import Progress, no_progress
from aspdesk.io.exporting.spreadsheet_export import _sheet_title
from aspdesk.io.importing import spreadsheet_import as table
from aspdesk.io.importing.batch import (
    BOOKKEEPING,
    END_FIELDS,
    END_TYPES,
    Candidate,
    ImportBatch,
    entity_key,
)
from aspdesk.io.importing.business_ids import read_business_id
from aspdesk.io.importing.cell_text import cell_text
from aspdesk.io.importing.problems import Problem
from aspdesk.io.importing.workbook_cells import (
    PARSERS,
    BadCell,
    Parse,
    code_parser,
    fold,
    is_empty,
    parse_long_text,
)
from aspdesk.io.importing.xlsx_reading import Row, Workbook, open_workbook
from aspdesk.io.sheets import (
    ACTORS,
    IO_CONTEXT,
    SHEETS,
    CellKind,
    Column,
    Sheet,
    Translate,
)

EMPTY_CELL = QT_TRANSLATE_NOOP("io", "This cell cannot be empty.")
DUPLICATE_ROW_ID = QT_TRANSLATE_NOOP(
    "io", "The ID {id} is already used on an earlier row, so this row was left out."
)

_NO_SUCH = {
    EntityType.ACTOR: backup_messages.NO_SUCH_ACTOR,
    EntityType.CLUSTER: backup_messages.NO_SUCH_CLUSTER,
    EntityType.PROJECT: backup_messages.NO_SUCH_PROJECT,
}
# Entities that are nothing without a name: a row without one is left out.
_NAMED = frozenset({EntityType.ACTOR, EntityType.CLUSTER, EntityType.CONTACT, EntityType.PROJECT})
# A membership can be told from an earlier one only when these cells were read.
_MEMBERSHIP_KEY = frozenset({"actor_id", "cluster_id", "role"})
# ... and a partner counts towards its project's shares when these were.
_PARTNER_KEY = frozenset({"project_id", "actor_id", "budget_share"})
PROGRESS_ROWS = 500


def read_workbook(
    path: Path,
    *,
    known_codes: Mapping[Vocabulary, Collection[str]],
    translations: Sequence[Translate] = (),
    progress: Progress = no_progress,
) -> ImportBatch | None:
    """Every table of the aspdesk workbook at ``path`` as candidates, with the problems found.

    Returns None when the workbook is not an aspdesk export (the caller then reads it as a
    plain actor table). Titles and headers are recognised in English and as each function
    of ``translations`` translates them (context "io"). Codes must be among
    ``known_codes``. Raises :class:`DataFileError` when the file is not a readable workbook.
    """
    with open_workbook(Path(path), progress) as workbook:
        return workbook_batch(
            workbook, known_codes=known_codes, translations=translations, progress=progress
        )


def workbook_batch(
    workbook: Workbook,
    *,
    known_codes: Mapping[Vocabulary, Collection[str]],
    translations: Sequence[Translate] = (),
    progress: Progress = no_progress,
) -> ImportBatch | None:
    """:func:`read_workbook` of a workbook already open."""
    languages: tuple[Translate | None, ...] = (None, *translations)
    found = _find_sheets(workbook, languages)
    if found is None:
        return None
    batch = ImportBatch(workbook.file, name=workbook.name)
    batch.keeps_ids = True
    reading = _Reading(batch, known_codes, languages, progress=progress)
    return _read_sheets(workbook, found, reading)


# --- which sheet is which ---------------------------------------------------------------


def _in(translate: Translate | None, text: str) -> str:
    """``text`` in one language: English for None; a missing translation is English too."""
    return (translate(IO_CONTEXT, text) if translate is not None else text) or text


@record
class _Found:
    """A sheet of the layout, the title of the worksheet that holds it and the language of
    that title."""

    sheet: Sheet[Any]
    title: str
    language: Translate | None


def _find_sheets(
    workbook: Workbook, languages: tuple[Translate | None, ...]
) -> list[_Found] | None:
    """The sheets of the layout in the workbook, or None when it is not an aspdesk export."""
    free = list(workbook.titles)
    if len(free) < 2:
        # Two are needed (below). Said first, so that an actor list of one sheet never
        # asks ``languages``, whose catalogues are loaded (with Qt) when first asked.
        return None
    found: list[_Found] = []
    for sheet in SHEETS:
        match = _match_title(sheet, free, languages)
        if match is not None:
            free.remove(match.title)
            found.append(match)
    if len(found) < 2 or found[0].sheet is not ACTORS:
        return None
    header = workbook.header(found[0].title)
    ids = {fold(_in(language, ACTORS.columns[0].header)) for language in languages}
    if not header or fold(cell_text(header[0])) not in ids:
        return None
    return found


def _match_title(
    sheet: Sheet[Any], titles: Sequence[str], languages: tuple[Translate | None, ...]
) -> _Found | None:
    for language in languages:
        title = _in(language, sheet.title)
        names = {fold(title), fold(_sheet_title(title))}
        for each in titles:
            if fold(each) in names:
                return _Found(sheet, each, language)
    return None


# --- rows -------------------------------------------------------------------------------


@record
class _Field:
    """An imported column of the file: where it is, its header there and how to read it."""

    name: str
    index: int
    header: str
    parse: Parse
    required: bool  # an empty cell is a problem, not "no information"


@dataclass
class _Reading:
    """The batch so far, the ids each sheet kept and what every sheet is read with."""

    batch: ImportBatch
    known_codes: Mapping[Vocabulary, Collection[str]]
    languages: tuple[Translate | None, ...]
    ids: dict[EntityType, set[int]] = field(default_factory=dict)
    progress: Progress = no_progress
    rows: int = 0  # read so far, in all sheets


class _SheetReader:
    """Turns the rows of one sheet into candidates and problems."""

    def __init__(self, found: _Found, headers: Sequence[str], reading: _Reading) -> None:
        self.sheet, self.title, self.reading = found.sheet, found.title, reading
        self.entity_type = found.sheet.entity_type
        self.fields = _fields(found.sheet, headers, reading)
        self.order = {f.name: f.index for f in self.fields}
        # A column missing from the file is named in the language of the sheet's title.
        self.headers = {
            c.field: _in(found.language, c.header) for c in found.sheet.columns if c.field
        } | {f.name: f.header for f in self.fields}
        self.ends = END_FIELDS[self.entity_type]
        self.ids = reading.ids.setdefault(self.entity_type, set())
        self.roles: set[tuple[int, int, str]] = set()
        self.partners: dict[int, list[Entity]] = {}  # of each project, so far

    def problem(
        self, row: int, name: str, message: str, context: str = IO_CONTEXT, **values: str
    ) -> Problem:
        column = self.headers.get(name, "")
        file = self.reading.batch.file
        return Problem(file, message, values, context, self.title, row, column, field=name)

    def read(self, rows: Iterable[Row]) -> None:
        """Read every row after the header; empty rows between others count as skipped."""
        batch = self.reading.batch
        pending = 0  # empty rows at the end are the sheet's formatting, not skipped data
        reading = self.reading
        for number, cells, uncalculated in rows:
            reading.rows += 1
            if reading.rows % PROGRESS_ROWS == 0:
                reading.progress(reading.rows, 0)
            if not uncalculated and all(is_empty(cell) for cell in cells):
                pending += 1
                continue
            batch.skipped += pending
            pending = 0
            candidate, problems = self.read_row(number, cells, uncalculated)
            found = sorted(problems.values(), key=lambda p: self.order.get(p.field, math.inf))
            before = len(batch.problems)
            batch.problems += found
            if found and len(batch.problems) - before == len(found):
                candidate = replace(candidate, problems=tuple(found))
            batch.section(self.entity_type).append(candidate)

    def read_row(
        self, number: int, cells: Sequence[object], uncalculated: frozenset[int] = frozenset()
    ) -> tuple[Candidate, dict[str, Problem]]:
        """The candidate of one row and its problems by field.

        A row with problems is a blocked candidate, so that it is counted and listed with
        the rows that are not imported; one without an ID, or whose ID is bad or taken,
        is keyed by its place, so that nothing refers to it. ``uncalculated`` are the indexes
        of cells holding a formula with no stored value.
        """
        values: dict[str, Any] = {}
        problems: dict[str, Problem] = {}
        notes: list[Problem] = []
        width = len(cells)
        for column in self.fields:
            cell = cells[column.index] if column.index < width else None
            if column.index in uncalculated:
                problems[column.name] = self.problem(number, column.name, table.UNCALCULATED)
            elif is_empty(cell):
                if column.required:
                    problems[column.name] = self.problem(number, column.name, EMPTY_CELL)
                continue
            try:
                values[column.name] = column.parse(cell)
            except BadCell as bad:
                problems[column.name] = self.problem(
                    number, column.name, bad.message, value=bad.value
                )
                continue
            if column.name == "business_id" and values[column.name]:
                read = read_business_id(values[column.name])
                values[column.name] = read.value
                if read.note is not None:
                    notes.append(self.problem(number, column.name, read.note[0], **read.note[1]))
                if read.problem is not None:
                    message, params = read.problem
                    problems[column.name] = self.problem(number, column.name, message, **params)
        entity_id: int | None = values.pop("id", None)
        ends = {name: values.pop(name, None) for name in self.ends}
        keys = tuple(self.end_key(number, name, ends[name], problems) for name in self.ends)
        clusters = self.cluster_keys(number, values.get("cluster_ids", ()), problems)
        entity = ENTITY_CLASSES[self.entity_type](**values, id=entity_id, **_no_ends(self.ends))
        # A row keeps its ID unless the ID is bad or taken: what refers to it then hears
        # that it has errors, not that there is no such row.
        keep = "id" not in problems
        if keep and entity_id in self.ids:
            problems["id"] = self.problem(number, "id", DUPLICATE_ROW_ID, id=str(entity_id))
            keep = False
        if self.entity_type in _NAMED and "name" not in problems and not values.get("name"):
            problems["name"] = self.problem(number, "name", table.NAME_MISSING)
        self.validate(number, replace(entity, **ends) if ends else entity, problems)
        if entity_id is None or not keep:
            key = f"row {self.sheet.key} {number}"
        else:
            key = entity_key(self.entity_type, entity_id)
            self.ids.add(entity_id)
        provided = frozenset(values).difference(BOOKKEEPING, problems)
        blocked = bool(problems)
        candidate = Candidate(
            key,
            entity,
            provided,
            keys,
            blocked,
            self.title,
            number,
            cluster_keys=clusters,
            notes=tuple(notes),
        )
        return candidate, problems

    def end_key(
        self, number: int, name: str, end_id: int | None, problems: dict[str, Problem]
    ) -> str:
        """The key of what ``name`` refers to; "" for none and for one with a problem."""
        if name in problems:
            return ""
        if end_id is None:
            if name != "coordinator_id":
                problems[name] = self.problem(number, name, EMPTY_CELL)
            return ""
        end_type = END_TYPES[name]
        if end_id not in self.reading.ids.get(end_type, ()):
            problems[name] = self.problem(number, name, _NO_SUCH[end_type], id=str(end_id))
            return ""
        return entity_key(end_type, end_id)

    def cluster_keys(
        self, number: int, cluster_ids: tuple[int, ...], problems: dict[str, Problem]
    ) -> tuple[str, ...]:
        """The keys of a project's clusters; one that is not in the file is a problem."""
        known = self.reading.ids.get(EntityType.CLUSTER, set())
        missing = next((c for c in cluster_ids if c not in known), None)
        if missing is not None:
            problems["cluster_ids"] = self.problem(
                number, "cluster_ids", backup_messages.NO_SUCH_CLUSTER, id=str(missing)
            )
            return ()
        return tuple(entity_key(EntityType.CLUSTER, c) for c in cluster_ids)

    def validate(self, number: int, entity: Any, problems: dict[str, Problem]) -> None:
        """The checks of the forms, on ``entity`` with the file's ids as its ends.

        With the real ends the checks find a tie from an actor to itself; an end that is
        empty or wrong has its problem already, and each cell gets one problem at most.
        """
        # A partner is checked against the earlier partners of its project in the sheet:
        # shares over 100 % in all, or an actor twice.
        siblings = (
            self.partners.setdefault(entity.project_id, [])
            if isinstance(entity, ProjectPartner) and entity.project_id
            else []
        )
        for error in validate(entity, self.reading.known_codes, siblings):
            if error.field not in problems:
                problems[error.field] = self.problem(
                    number, error.field, error.message, VALIDATION_CONTEXT, **dict(error.params)
                )
        if isinstance(entity, Membership) and not problems.keys() & _MEMBERSHIP_KEY:
            role = (entity.actor_id, entity.cluster_id, entity.role)
            if role in self.roles:
                problems[""] = self.problem(number, "", backup_messages.DUPLICATE_MEMBERSHIP)
            self.roles.add(role)
        if not problems.keys() & _PARTNER_KEY:
            siblings.append(entity)


def _no_ends(ends: Sequence[str]) -> dict[str, Any]:
    """The end fields of a candidate: its ends are keys, so the ids are left unset."""
    return {name: None if name == "coordinator_id" else 0 for name in ends}


def _fields(sheet: Sheet[Any], headers: Sequence[str], reading: _Reading) -> list[_Field]:
    """The imported columns of the sheet, by header; the first of two equal headers wins."""
    by_name: dict[str, Column[Any]] = {}
    # Imported columns first, so that a helper column's header never hides one.
    for each in sorted(sheet.columns, key=lambda c: c.read_only):
        for language in reading.languages:
            by_name.setdefault(fold(_in(language, each.header)), each)
    default = ENTITY_CLASSES[sheet.entity_type]()
    chosen: dict[str, _Field] = {}
    for index, header in enumerate(headers):
        column = by_name.get(fold(header))
        name = column.field if column is not None else None
        if column is None or name is None or name in chosen:
            continue
        if column.vocabulary is not None:
            codes = reading.known_codes.get(column.vocabulary, ())
            parse = code_parser(column.vocabulary, codes)
        elif column.kind is CellKind.TEXT and name in MULTILINE_FIELDS:
            parse = parse_long_text
        else:
            parse = PARSERS[column.kind]
        required = column.vocabulary is not None and getattr(default, name) != ""
        chosen[name] = _Field(name, index, header, parse, required)
    return list(chosen.values())


def _read_sheets(workbook: Workbook, found: Sequence[_Found], reading: _Reading) -> ImportBatch:
    # SHEETS puts actors and clusters before what refers to them, so ids are known in time.
    for each in found:
        header = workbook.header(each.title)
        if header is not None:
            headers = table.named_columns([cell_text(cell) for cell in header])
            rows = workbook.rows(each.title, len(headers))
            _SheetReader(each, headers, reading).read(rows)
    return reading.batch


__all__ = ["read_workbook", "workbook_batch"]
