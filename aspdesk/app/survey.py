"""Survey rounds in an open map: making one (its questionnaires and its record), and
collecting the answers through the import's plan, preview and one undo step.

The window and the command line share these steps:

1. :func:`new_round` chooses who is asked; :func:`write_round` writes one workbook per
   member into a folder, whole or not at all, and the round is stored (:class:`AddRound`
   in the window, :func:`store_round` headless);
2. :func:`collect_files` reads the answers (a file that cannot be read is explained in the
   batch's problems, never a crash) and makes the batch and the decisions to plan with;
3. :func:`with_rounds` adds the answers and what they changed to the prepared import, so
   that :class:`~aspdesk.app.importing.ImportData` stores them and the map's changes in
   one transaction, undone as one step.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTranslator

from aspdesk.app.commands import StoreCommand
from aspdesk.app.document import Document
from aspdesk.domain.data_files import as_file, resource
from aspdesk.domain.entities import EntityType
from aspdesk.domain.survey import Change, SurveyRound
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.atomic import atomic_folder
from aspdesk.io.errors import DataFileError, Progress, no_progress
from aspdesk.io.importing.problems import Problem
from aspdesk.io.merging.plan import ImportPlan, Outcome
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.io.survey.answers import FilledQuestionnaire, read_questionnaire
from aspdesk.io.survey.collect import Collected, collect
from aspdesk.io.survey.questionnaire import file_names, members, questionnaires
from aspdesk.io.survey.workbook import write_questionnaire
from aspdesk.store.repository import MapStore

if TYPE_CHECKING:
    from aspdesk.app.importing import PreparedImport  # the import's step, with the importer

Translate = Callable[[str, str], str]
ROUND_LANGUAGES = ("fi", "en", "sv")
FOLDER_TAKEN = QT_TRANSLATE_NOOP(
    "survey",
    "The folder already holds {name}, perhaps an answer to an earlier round, which the new "
    "questionnaire would replace. Choose an empty folder.",
)
DAYS_TO_ANSWER = 21


def translator_for(language: str) -> Translate | None:
    """The translate function of ``language`` (None for English, or for a language whose
    translation cannot be read: its questionnaires are then in English)."""
    if language == "en":
        return None
    translator = QTranslator()
    try:
        with as_file(resource("translations", f"aspdesk_{language}.qm")) as path:
            if not path.exists() or not translator.load(str(path)):
                return None
    except (FileNotFoundError, OSError):
        return None

    def translate(context: str, text: str, t: QTranslator = translator) -> str:
        return t.translate(context, text) or text

    return translate


def new_round(
    snapshot: MapSnapshot, cluster_id: int, language: str, today: date, next_id: int
) -> SurveyRound:
    """A round asking every member actor of the cluster, due in three weeks."""
    cluster = next(c for c in snapshot.clusters if c.id == cluster_id)
    asked = tuple(a.id for a in members(snapshot, cluster_id) if a.id is not None)
    return SurveyRound(
        id=next_id,
        token=secrets.token_hex(16),
        cluster_id=cluster_id,
        cluster_name=cluster.name,
        created_on=today,
        due=today + timedelta(days=DAYS_TO_ANSWER),
        language=language,
        asked=asked,
    )


def write_round(
    snapshot: MapSnapshot, survey_round: SurveyRound, folder: Path, progress: Progress = no_progress
) -> list[Path]:
    """Write the round's questionnaires into ``folder`` (made if missing); all are written
    or, on an error, none. Raises :class:`DataFileError`."""
    language = survey_round.language
    translate = translator_for(language)
    questions = questionnaires(snapshot, survey_round)
    names = file_names(questions)
    folder = Path(folder)
    # A folder of an earlier round may hold its returned answers under these very names.
    taken = sorted(name for name in names.values() if (folder / name).exists())
    if taken:
        raise DataFileError(FOLDER_TAKEN, str(folder), context="survey", name=taken[0])
    written: list[Path] = []
    with atomic_folder(folder) as temporary:
        for index, question in enumerate(questions):
            progress(index, len(questions))
            assert question.actor.id is not None
            name = names[question.actor.id]
            write_questionnaire(temporary / name, question, language, translate)
            written.append(folder / name)
    return written


def store_round(store: MapStore, survey_round: SurveyRound, summary: str = "") -> None:
    """Keep a new round in the map without undo (the command line), recorded in the change
    log under ``summary``."""
    with store.changes.step(summary):
        store.apply(rounds=[survey_round])


class AddRound(StoreCommand):
    """A new survey round as one undo step. Undo forgets the round (its workbooks stay on
    disk, and answers to it are then explained as belonging to an unknown round)."""

    def __init__(self, document: Document, survey_round: SurveyRound, text: str) -> None:
        super().__init__(document, text)
        self.survey_round = survey_round

    def do(self) -> None:
        self.document.store.apply(rounds=[self.survey_round])
        self.document.surveys_changed.emit()

    def revert(self) -> None:
        assert self.survey_round.id is not None
        # Refused when someone else collected answers into the round since it was made.
        rounds = (self.survey_round,)
        self.document.store.apply(round_deletes=[self.survey_round.id], expected_rounds=rounds)
        self.document.surveys_changed.emit()


def answer_files(paths: Iterable[Path]) -> list[Path]:
    """The workbooks among ``paths``, a folder standing for the workbooks in it."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.iterdir() if p.suffix.lower() == ".xlsx" and p.is_file())
            )
        else:
            found.append(path)
    return found


def collect_files(
    paths: Sequence[Path],
    current: MapSnapshot,
    rounds: Sequence[SurveyRound],
    today: date,
    *,
    translate: Translate | None = None,
    language: str = "en",
    name: str = "",
    progress: Progress = no_progress,
) -> Collected:
    """Read the answers in ``paths`` and make their import; unreadable files are listed
    among the batch's problems."""
    filled: list[FilledQuestionnaire] = []
    failed: list[Problem] = []
    for index, path in enumerate(paths):
        progress(index, len(paths))
        try:
            filled.append(read_questionnaire(path, progress=no_progress))
        except DataFileError as error:
            failed.append(Problem(path.name, error.template, _texts(error.values), error.context))
    translations = {
        language_code: found
        for language_code in ROUND_LANGUAGES
        if (found := translator_for(language_code)) is not None
    }
    collected = collect(
        filled,
        current,
        rounds,
        today,
        translations=translations,
        translate=translate,
        language=language,
        name=name,
    )
    collected.batch.problems.extend(failed)
    return collected


def _texts(values: dict[str, object]) -> dict[str, str]:
    return {key: str(value) for key, value in values.items()}


def with_rounds(
    prepared: PreparedImport,
    plan: ImportPlan,
    collected: Collected,
    rounds: Sequence[SurveyRound],
) -> PreparedImport:
    """``prepared`` with the answers and what they changed recorded in their rounds."""
    by_id = {r.id: r for r in rounds if r.id is not None}
    round_of = {
        answer.actor_id: round_id
        for round_id, answers in collected.answers.items()
        for answer in answers
    }
    changes: dict[int, list[Change]] = {}
    for item in plan.items:
        action = collected.actions.get((item.entity_type, item.candidate.key))
        if action is None or item.outcome is Outcome.ERROR or item.entity is None:
            continue
        written = item.outcome is Outcome.NEW or bool(item.changes)
        if not written or item.entity.id is None:
            continue
        round_id = round_of.get(action[1][0]) if action[1] else None
        if round_id is None:
            continue
        change = Change(str(item.entity_type.value), item.entity.id, action[0], action[1])
        changes.setdefault(round_id, []).append(change)
    before, after = [], []
    for round_id, answers in collected.answers.items():
        old = by_id[round_id]
        before.append(old)
        after.append(old.with_collected(answers, tuple(changes.get(round_id, ()))))
    return replace(prepared, rounds=tuple(after), rounds_before=tuple(before))


def change_counts(survey_round: SurveyRound) -> dict[EntityType, int]:
    """How many of each kind of entity the round changed."""
    found: dict[EntityType, int] = {}
    for change in survey_round.changes:
        entity_type = EntityType(change.entity_type)
        found[entity_type] = found.get(entity_type, 0) + 1
    return found
