"""Reading actors from a coordinator's XLSX or CSV file: candidate actors and a problem list.

This is the reading half of spreadsheet import: no map, no merging. Column headers are
matched to actor fields by :func:`guess_columns` (Finnish or English, our own export
headers included); each non-empty row becomes a candidate :class:`Actor`, checked with
the same validation as the actor form, and every problem is reported at the row and
column the user sees in the spreadsheet program (the header is row 1).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

from aspdesk.domain.entities import Actor, changed, parse_tags
from aspdesk.domain.kind_words import WordMatcher
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP, VALIDATION_CONTEXT
from aspdesk.domain.validation import validate_actor
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.errors import DataFileError, Progress, no_progress
from aspdesk.io.importing.business_ids import read_business_id
from aspdesk.io.importing.cell_text import cell_text, cell_texts
from aspdesk.io.importing.csv_table import read_csv
from aspdesk.io.importing.problems import Problem, Problems
from aspdesk.io.importing.reading import EMPTY
from aspdesk.io.importing.suffixes import CSV_SUFFIXES, XLSX_SUFFIXES
from aspdesk.io.importing.text_encoding import TextEncoding
from aspdesk.io.importing.xlsx_reading import ZIP_MAGIC, Row, Workbook, head, open_workbook
from aspdesk.io.sheets import ACTORS, IO_CONTEXT, restore_text

Translate = Callable[[str, str], str]

ACTOR_SHEET_NAMES = ("actors", "toimijat", "aktörer")

NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "io", "No column for the actor's name was found. Name one column Nimi or Name."
)
NAME_MISSING = QT_TRANSLATE_NOOP("io", "The name is missing.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("io", "“{value}” is not a kind of actor that this map knows.")
UNKNOWN_SIZE_CLASS = QT_TRANSLATE_NOOP("io", "“{value}” is not a size class that this map knows.")
BAD_ID = QT_TRANSLATE_NOOP("io", "“{value}” is not an ID. An ID is a whole number from 1 up.")
UNKNOWN_SUFFIX = QT_TRANSLATE_NOOP(
    "io", "aspdesk cannot import {suffix} files. Save the table as .xlsx or .csv first."
)
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "io",
    "This is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook "
    "(.xlsx), then import that.",
)
WORKBOOK_NOT_CSV = QT_TRANSLATE_NOOP(
    "io",
    "This file is an Excel workbook or another packed file, not CSV text. "
    "If it is a workbook, give it a name ending in .xlsx.",
)
UNCALCULATED = QT_TRANSLATE_NOOP(
    "io",
    "This cell holds a formula whose value was never stored in the file. Open the file in "
    "your spreadsheet program, let it recalculate and save it, or paste the values over the "
    "formulas.",
)
NO_SHEETS = QT_TRANSLATE_NOOP("io", "The workbook has no sheets.")


# --- headers ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)  # a column of countries repeats a few words
def _key(text: str) -> str:
    """``text`` for matching: lower case, without diacritics, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


# Finnish, Swedish and English names people give the columns, and the Finnish headers of
# our own export (the "io" context of aspdesk_fi.ts); the English export headers come from
# ACTORS, and the Swedish export headers are the Swedish names here.
_HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "tunnus"),
    "name": (
        "nimi", "name", "organisaatio", "organisation", "organization", "toimija",
        "namn", "aktör",
    ),
    "name_sv": (
        "name in swedish", "swedish name", "nimi ruotsiksi", "ruotsinkielinen nimi",
        "namn på svenska", "svenskt namn", "namn svenska",
    ),
    "name_en": (
        "name in english", "english name", "nimi englanniksi", "englanninkielinen nimi",
        "namn på engelska", "engelskt namn", "namn engelska",
    ),
    "short_name": (
        "lyhenne", "short name", "abbreviation", "lyhyt nimi", "kortnamn", "förkortning",
    ),
    "kind": ("tyyppi", "kind", "type", "toimijatyyppi", "actor type", "typ", "aktörstyp"),
    "description": ("kuvaus", "description", "beskrivning"),
    "business_id": (
        "y-tunnus", "ytunnus", "business id", "business-id", "vat", "fo-nummer", "fo nummer",
    ),
    "pic": (
        "pic", "pic-koodi", "participant identification code", "osallistujatunnus", "pic-kod",
    ),
    "municipality": (
        "kunta", "kotikunta", "municipality", "region", "kunta tai alue", "paikkakunta",
        "sijainti", "kommun", "hemkommun", "kommun eller region", "ort",
    ),
    "country": ("maa", "country", "land"),
    "website": (
        "verkkosivu", "verkkosivut", "verkkosivusto", "www", "website", "url", "webbplats",
        "webbsida", "hemsida",
    ),
    "email": ("sähköposti", "email", "e-mail", "e-post"),
    "phone": ("puhelin", "phone", "tel", "puhelinnumero", "telefon", "telefonnummer"),
    "size_class": ("kokoluokka", "koko", "size", "size class", "storleksklass", "storlek"),
    "sector": ("toimiala", "sector", "industry", "bransch"),
    "tags": ("tunnisteet", "tags", "taggar"),
    "notes": ("muistiinpanot", "notes", "lisätiedot", "anteckningar", "tilläggsuppgifter"),
}  # fmt: skip

IMPORTED_FIELDS = tuple(_HEADER_SYNONYMS)


def _header_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, synonyms in _HEADER_SYNONYMS.items():
        for synonym in synonyms:
            table[_key(synonym)] = name
    for column in ACTORS.columns:
        if column.field in _HEADER_SYNONYMS:
            table[_key(column.header)] = column.field
    return table


_HEADERS = _header_table()


def guess_columns(headers: Sequence[str]) -> dict[int, str]:
    """The actor field each header names, by column index; unknown headers are left out.

    Matching ignores case, spaces, punctuation and diacritics. When two columns name the
    same field, the first one is used.
    """
    columns: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = _HEADERS.get(_key(restore_text(header.strip())))
        if name is not None and name not in columns.values():
            columns[index] = name
    return columns


# --- codes ------------------------------------------------------------------------------

_COUNTRY_NAMES = {
    _key(name): code
    for code, names in {
        "FI": ("Suomi", "Finland"),
        "SE": ("Ruotsi", "Sweden", "Sverige"),
        "NO": ("Norja", "Norway", "Norge"),
        "DK": ("Tanska", "Denmark"),
        "EE": ("Viro", "Estonia"),
        "RU": ("Venäjä", "Russia"),
        "DE": ("Saksa", "Germany"),
    }.items()
    for name in names
}


# The fields whose cell is read as something else than its stripped text.
_CONVERTED = frozenset({"id", "kind", "size_class", "tags", "business_id", "pic", "country"})
_BLANK_ACTOR = Actor()  # what a row's fields are laid over (see _RowReader.read)

# --- the result -------------------------------------------------------------------------


@dataclass
class ActorImport:
    """What a file holds: candidate actors by source row, and what is wrong with them."""

    actors: list[tuple[int, Actor]] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)
    ignored_columns: list[str] = field(default_factory=list)
    skipped_empty_rows: int = 0
    rows_with_problems: set[int] = field(default_factory=set)
    columns: dict[str, str] = field(default_factory=dict)  # header -> actor field
    provided: dict[int, frozenset[str]] = field(default_factory=dict)  # row -> filled fields
    file: str = ""
    sheet: str = ""
    headers: list[str] = field(default_factory=list)
    samples: list[list[str]] = field(default_factory=list)  # the first rows, as text
    encoding: TextEncoding | None = None  # of a CSV file
    # What was read differently from how the cell has it (a business ID in its standard
    # form), by row: said in the preview, never a problem.
    notes: dict[int, tuple[Problem, ...]] = field(default_factory=dict)
    # The problems of each row with errors, when the problem list kept all of them, and
    # the row's cells as text: what the preview mends (see :func:`mend_cell`).
    row_problems: dict[int, tuple[Problem, ...]] = field(default_factory=dict)
    row_texts: dict[int, dict[str, str]] = field(default_factory=dict)
    uncalculated: dict[int, frozenset[str]] = field(default_factory=dict)
    reader: _RowReader | None = field(default=None, repr=False, compare=False)


@record
class _Table:
    """The raw rows of one sheet or CSV file, each with its row number."""

    file: str
    sheet: str
    headers: list[str]
    rows: Iterator[Row]
    encoding: TextEncoding | None = None


class _RowReader:
    """Turns the cells of one row into a candidate actor and its problems."""

    def __init__(
        self,
        table: _Table,
        columns: dict[int, str],
        known_codes: Mapping[Vocabulary, Collection[str]],
        terms: Mapping[Vocabulary, Sequence[Term]],
    ) -> None:
        self.table = table
        self.columns = columns
        self.headers = {name: table.headers[index] for index, name in columns.items()}
        # The fields read other than as their text, in the order of the columns (the
        # order their problems are told in).
        self.converted = tuple(name for name in columns.values() if name in _CONVERTED)
        # The codes validate() would look up for an actor on every row, looked up once.
        self.known_kinds = known_codes.get(Vocabulary.ACTOR_KIND, frozenset())
        self.known_sizes = known_codes.get(Vocabulary.SIZE_CLASS, frozenset())
        # The words of kinds and sizes are data: aspdesk/domain/kind_words.json.
        self.kinds = WordMatcher.of(
            Vocabulary.ACTOR_KIND,
            known_codes.get(Vocabulary.ACTOR_KIND, ()),
            terms.get(Vocabulary.ACTOR_KIND, ()),
        )
        self.sizes = WordMatcher.of(
            Vocabulary.SIZE_CLASS,
            known_codes.get(Vocabulary.SIZE_CLASS, ()),
            terms.get(Vocabulary.SIZE_CLASS, ()),
        )

    def problem(
        self, row: int, name: str, message: str, context: str = IO_CONTEXT, **values: str
    ) -> Problem:
        return Problem(
            self.table.file,
            message,
            values,
            context,
            sheet=self.table.sheet,
            row=row,
            column=self.headers.get(name, ""),
            field=name,
        )

    def read(
        self, row: int, texts: Mapping[str, str], uncalculated: Collection[str] = ()
    ) -> tuple[Actor, dict[str, Problem], list[Problem]]:
        """The actor of one row, its problems by field (at most one per field) and notes
        on what was read differently from the cell (a business ID in standard form).

        ``uncalculated`` are the fields whose cell holds a formula with no stored value.
        """
        problems = (
            {name: self.problem(row, name, UNCALCULATED) for name in uncalculated}
            if uncalculated
            else {}
        )
        notes: list[Problem] = []
        values: dict[str, Any] = dict(texts)  # most fields are their text
        for name in self.converted:
            text = values.pop(name, None)
            if text is None or name in problems:
                continue
            if name == "id":
                if text:
                    number = _whole_number(text)
                    if number is None or number < 1:
                        problems[name] = self.problem(row, name, BAD_ID, value=text)
                    else:
                        values[name] = number
            elif name == "kind":
                if text:
                    kind = self.kinds.code(text)
                    values[name] = text if kind is None else kind
                    if kind is None:
                        problems[name] = self.problem(row, name, UNKNOWN_KIND, value=text)
            elif name == "size_class":
                size = self.sizes.code(text) if text else ""
                values[name] = text if size is None else size
                if size is None:
                    problems[name] = self.problem(row, name, UNKNOWN_SIZE_CLASS, value=text)
            elif name == "tags":
                values[name] = parse_tags(text.replace(";", ","))
            elif name == "business_id":
                cell = read_business_id(text) if text else None
                values[name] = cell.value if cell is not None else ""
                if cell is not None and cell.note is not None:
                    notes.append(self.problem(row, name, cell.note[0], **cell.note[1]))
                if cell is not None and cell.problem is not None:
                    problems[name] = self.problem(row, name, cell.problem[0], **cell.problem[1])
            elif name == "pic":
                # Written in groups ("999 999 999") as often as not.
                values[name] = "".join(text.split())
            elif name == "country":
                if text:
                    values[name] = _COUNTRY_NAMES.get(_key(text), text.upper())
        for name in uncalculated:  # a formula's field has no value to take
            values.pop(name, None)
        # The blank actor with the row's fields: a frozen dataclass's __init__ sets each of
        # its 24 fields through object.__setattr__ (a seventh of reading a row).
        actor = changed(_BLANK_ACTOR, **values)
        if not actor.name.strip() and "name" not in problems:
            problems["name"] = self.problem(row, "name", NAME_MISSING)
        for error in validate_actor(actor, self.known_kinds, self.known_sizes):
            if error.field not in problems:
                problems[error.field] = self.problem(
                    row, error.field, error.message, VALIDATION_CONTEXT, **dict(error.params)
                )
        return actor, problems, notes


def named_columns(header: list[str]) -> list[str]:
    """``header`` up to its last named column: the cells past it are nobody's, and a
    formatted cell far to the right must not make every row that wide."""
    while header and not header[-1]:
        header.pop()
    return header


def _whole_number(text: str) -> int | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


# --- files ------------------------------------------------------------------------------


def read_actor_rows(
    path: Path,
    *,
    known_codes: Mapping[Vocabulary, Collection[str]],
    terms: Mapping[Vocabulary, Sequence[Term]],
    columns: Mapping[str, str] | None = None,
    progress: Progress = no_progress,
    encoding: str | None = None,
) -> ActorImport:
    """The candidate actors of the XLSX or CSV file at ``path`` and the problems found.

    An XLSX file is read from its sheet named Actors, Toimijat or Aktörer, else its first
    sheet.
    ``columns`` (header -> actor field, as a user chose them) replaces the guess from the
    headers; a header it leaves out is ignored. A CSV file is read in ``encoding`` (None:
    found from the file). Every row with data is returned, those with problems too.
    Raises :class:`DataFileError` when the file cannot be read, is not what its name says,
    or has no column for the name.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise DataFileError(OLD_EXCEL, path.name)
    if suffix not in XLSX_SUFFIXES + CSV_SUFFIXES:
        raise DataFileError(UNKNOWN_SUFFIX, path.name, suffix=suffix or "(none)")
    start = head(path)
    if suffix in XLSX_SUFFIXES:
        with open_workbook(path, progress) as workbook:
            return workbook_actors(
                workbook, known_codes=known_codes, terms=terms, columns=columns, progress=progress
            )
    if start.startswith(ZIP_MAGIC):
        raise DataFileError(WORKBOOK_NOT_CSV, path.name)
    read = read_csv(path, encoding)
    rows = (Row(number, cells) for number, cells in read.rows)
    header = [cell_text(cell) for cell in read.header]
    table = _Table(path.name, "", header, rows, read.encoding)
    return _read_table(table, known_codes, terms, columns, progress)


def workbook_actors(
    workbook: Workbook,
    *,
    known_codes: Mapping[Vocabulary, Collection[str]],
    terms: Mapping[Vocabulary, Sequence[Term]],
    columns: Mapping[str, str] | None = None,
    progress: Progress = no_progress,
) -> ActorImport:
    """:func:`read_actor_rows` of a workbook already open."""
    if not workbook.titles:
        raise DataFileError(NO_SHEETS, workbook.file)
    titles = workbook.titles
    title = next((t for t in titles if t.strip().casefold() in ACTOR_SHEET_NAMES), titles[0])
    first = workbook.header(title)
    if first is None:
        raise DataFileError(EMPTY, workbook.file)
    header = named_columns([cell_text(cell) for cell in first])
    table = _Table(workbook.file, title, header, workbook.rows(title, len(header)))
    return _read_table(table, known_codes, terms, columns, progress)


_SAMPLE_ROWS = 5
PROGRESS_ROWS = 500


def _chosen_columns(headers: Sequence[str], chosen: Mapping[str, str]) -> dict[int, str]:
    """Column index -> field from a user's choice by header; each field once, first wins."""
    columns: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = chosen.get(header)
        if name in IMPORTED_FIELDS and name not in columns.values():
            columns[index] = name
    return columns


def _read_table(
    table: _Table,
    known_codes: Mapping[Vocabulary, Collection[str]],
    terms: Mapping[Vocabulary, Sequence[Term]],
    chosen: Mapping[str, str] | None = None,
    progress: Progress = no_progress,
) -> ActorImport:
    if chosen is None:
        columns = guess_columns(table.headers)
    else:
        columns = _chosen_columns(table.headers, chosen)
    if "name" not in columns.values():
        raise DataFileError(NO_NAME_COLUMN, table.file)
    result = ActorImport(
        ignored_columns=[h for i, h in enumerate(table.headers) if h and i not in columns],
        columns={table.headers[i]: name for i, name in columns.items()},
        file=table.file,
        sheet=table.sheet,
        headers=list(table.headers),
        encoding=table.encoding,
    )
    reader = _RowReader(table, columns, known_codes, terms)
    result.reader = reader
    picks = list(columns.items())
    names = [name for _, name in picks]
    # A row's texts of the columns read, taken at once where the row reaches the last.
    taken = itemgetter(*columns) if len(columns) > 1 else lambda texts: (texts[picks[0][0]],)
    reach = max(columns) + 1
    for row, cells, formulas in table.rows:
        if row % PROGRESS_ROWS == 0:
            progress(row, 0)
        texts = cell_texts(cells)
        if not any(texts) and not formulas:
            result.skipped_empty_rows += 1
            continue
        width = len(texts)
        if len(result.samples) < _SAMPLE_ROWS:
            result.samples.append(texts)
        if width >= reach:
            row_texts = dict(zip(names, taken(texts), strict=True))
        else:
            row_texts = {name: texts[i] if i < width else "" for i, name in picks}
        result.provided[row] = frozenset(compress(row_texts, row_texts.values()))
        uncalculated = [name for i, name in picks if i in formulas] if formulas else ()
        actor, problems, notes = reader.read(row, row_texts, uncalculated)
        if problems or notes:  # few rows have any
            _keep(result, row, list(problems.values()), notes)
        if problems:
            result.rows_with_problems.add(row)
            if row in result.row_problems:
                result.row_texts[row] = row_texts
                result.uncalculated[row] = frozenset(uncalculated)
        result.actors.append((row, actor))
    return result


def _keep(
    result: ActorImport, row: int, problems: Sequence[Problem], notes: Sequence[Problem]
) -> None:
    """Add a row's problems and notes to ``result``; the row's own list holds its problems
    only when the file's list kept every one of them."""
    before = len(result.problems)
    result.problems.extend(problems)
    if problems and len(result.problems) - before == len(problems):
        result.row_problems[row] = tuple(problems)
    if notes:
        result.notes[row] = tuple(notes)


def mend_cell(table: ActorImport, row: int, name: str, text: str) -> ActorImport:
    """``table`` with the cell of field ``name`` on ``row`` read as ``text`` instead.

    Only a row with errors whose problems were all kept can be mended (a file with more
    problems than the list keeps has its first rows mendable). The row is read again with
    the same checks as the file's rows, so its problems and notes are new; the other rows
    are shared, not read again. Raises KeyError for a cell that cannot be mended.
    """
    texts = table.row_texts.get(row)
    if table.reader is None or texts is None or name not in texts:
        raise KeyError((row, name))
    texts = {**texts, name: text.strip()}
    uncalculated = table.uncalculated.get(row, frozenset()) - {name}
    actor, problems, notes = table.reader.read(row, texts, uncalculated)
    # Problems stay in the order of the rows, as the file gives them.
    others = [p for p in table.problems if p.row != row]
    at = next((i for i, p in enumerate(others) if p.row > row), len(others))
    kept = Problems(others[:at], table.problems.left_out)
    mended = replace(
        table,
        actors=[(r, actor if r == row else a) for r, a in table.actors],
        problems=kept,
        rows_with_problems=table.rows_with_problems - {row},
        provided={**table.provided, row: frozenset(n for n, t in texts.items() if t)},
        notes={r: n for r, n in table.notes.items() if r != row},
        row_problems={r: p for r, p in table.row_problems.items() if r != row},
        row_texts={**table.row_texts, row: texts},
        uncalculated={**table.uncalculated, row: frozenset(uncalculated)},
    )
    _keep(mended, row, list(problems.values()), notes)
    if problems:
        mended.rows_with_problems.add(row)
    kept.extend(others[at:])
    return mended


__all__ = [
    "ActorImport",
    "IMPORTED_FIELDS",
    "Problem",
    "guess_columns",
    "mend_cell",
    "read_actor_rows",
    "workbook_actors",
]
