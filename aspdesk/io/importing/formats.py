"""Which reader takes which file, chosen by the file's extension, ending in an ImportBatch."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.errors import DataFileError, Progress, no_progress
from aspdesk.io.importing.batch import ImportBatch, from_graph, from_snapshot, from_table
from aspdesk.io.importing.graph_import import read_graph_file
from aspdesk.io.importing.problems import Translate
from aspdesk.io.importing.spreadsheet_import import read_actor_rows, workbook_actors
from aspdesk.io.importing.suffixes import CSV_SUFFIXES, GRAPH_SUFFIXES, XLSX_SUFFIXES
from aspdesk.io.importing.workbook_import import workbook_batch
from aspdesk.io.importing.xlsx_reading import open_workbook
from aspdesk.io.json_backup import read_json
from aspdesk.io.survey.answers import is_questionnaire

if TYPE_CHECKING:
    from aspdesk.io.importing.read_ahead import WorkbookAhead

IS_QUESTIONNAIRE = QT_TRANSLATE_NOOP(
    "io",
    "This workbook is a questionnaire of a survey round. Collect the answers with Map > "
    "Survey round… or “aspdesk survey MAP collect FOLDER”.",
)
CANNOT_IMPORT = QT_TRANSLATE_NOOP(
    "io",
    "aspdesk cannot import {suffix} files. Choose an .xlsx or .csv table, a .graphml or "
    ".gexf graph, or a .json map backup.",
)


class QuestionnaireFile(DataFileError):
    """The file is a survey round's questionnaire: its answers are collected, not imported
    as a table (:mod:`aspdesk.app.survey`)."""


def is_table(path: Path) -> bool:
    """Whether ``path`` is read as a spreadsheet table (and so may need its columns chosen)."""
    return path.suffix.lower() in XLSX_SUFFIXES + CSV_SUFFIXES


def read_import(
    path: Path,
    *,
    known_codes: Mapping[Vocabulary, Collection[str]],
    terms: Mapping[Vocabulary, Sequence[Term]],
    translations: Sequence[Translate] = (),
    columns: Mapping[str, str] | None = None,
    progress: Progress = no_progress,
    encoding: str | None = None,
    ahead: WorkbookAhead | None = None,
) -> ImportBatch:
    """Everything the file at ``path`` offers, whatever its format.

    An XLSX workbook exported by aspdesk (in any language of ``translations``) is read
    whole; any other workbook or CSV file is a table of actors, read with ``columns``
    (header -> field) when given, else with guessed columns. A CSV file is read in
    ``encoding`` (None: found from the file). ``ahead``: the workbook at ``path`` already
    being opened (:mod:`~aspdesk.io.importing.read_ahead`). Raises DataFileError, or
    Cancelled from ``progress``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return from_snapshot(path.name, read_json(path))
    if suffix in GRAPH_SUFFIXES:
        return from_graph(
            path.name, read_graph_file(path, known_codes=known_codes, progress=progress)
        )
    if suffix in XLSX_SUFFIXES and columns is None:
        # Opened once: the zip check and openpyxl's loading are the slow part of a small file.
        if ahead is not None and ahead.path == path:
            opened = ahead.workbook()
        else:
            opened = open_workbook(path, progress)
        with opened as workbook:
            if is_questionnaire(workbook):
                raise QuestionnaireFile(IS_QUESTIONNAIRE, path.name)
            batch = workbook_batch(
                workbook, known_codes=known_codes, translations=translations, progress=progress
            )
            if batch is not None:
                return batch
            return from_table(
                workbook_actors(workbook, known_codes=known_codes, terms=terms, progress=progress)
            )
    if suffix in XLSX_SUFFIXES + CSV_SUFFIXES or suffix == ".xls":
        table = read_actor_rows(
            path,
            known_codes=known_codes,
            terms=terms,
            columns=columns,
            progress=progress,
            encoding=encoding,
        )
        return from_table(table)
    raise DataFileError(CANNOT_IMPORT, path.name, suffix=suffix or "(none)")
