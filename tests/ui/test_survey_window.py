"""Map > Survey round…: a new round from the window, its status, collecting the answers
through the import preview (from the survey window and by File > Import), and undo."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from aspdesk.io.merging.plan import Outcome
from aspdesk.ui.survey.new_round import RoundChoice
from aspdesk.ui.window.main_window import MainWindow
from tests.integration.test_survey_round import ARCTIC_DESIGN, fill_answers

from .conftest import ScriptedDialogs


def _new_round(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    survey = window.survey
    asked: list[object] = []

    def ask_round(dialog: object) -> RoundChoice:
        asked.append(dialog)
        return RoundChoice(ARCTIC_DESIGN, "en", folder)

    survey.ask_round = ask_round  # type: ignore[assignment]
    window.survey.action.trigger()
    dialog = survey.dialog
    assert dialog is not None
    assert dialog.status.text() == "No survey rounds yet."
    dialog.new_button.click()
    task = survey.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert len(asked) == 1


def test_a_round_from_the_window_and_its_answers(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "round"
    _new_round(qtbot, window, folder)
    dialog = window.survey.dialog
    assert dialog is not None
    assert len(list(folder.glob("*.xlsx"))) == 11
    assert dialog.status.text().startswith("Asked 11, answered 0, not answered 11.")
    assert dialog.waiting.count() == 11
    assert window.document.undo_stack.undoText() == "Survey round of Arctic design"

    fill_answers(folder)
    window.survey.ask_folder = lambda title, start: folder  # type: ignore[assignment]
    dialog.collect_button.click()
    task = window.importer.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    preview = window.importer.dialog
    assert preview is not None and preview.plan is not None
    assert preview.plan.errors == 1  # the two ends that disagree
    assert preview.plan.counts()[Outcome.NEW] == 3  # a new partner and two new ties
    assert not preview.import_button.isEnabled()
    preview.preview.skip_errors.setChecked(True)
    preview.import_button.click()
    task = window.importer.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert dialog.status.text().startswith("Asked 11, answered 5, not answered 6.")
    assert dialog.answered.count() == 5
    assert "added 3" in dialog.changes.text()
    window.document.undo_stack.undo()
    assert dialog.status.text().startswith("Asked 11, answered 0, not answered 11.")
    window.document.undo_stack.undo()
    assert dialog.status.text() == "No survey rounds yet."
    window.document.undo_stack.redo()  # the round comes back under its id and token
    assert dialog.status.text().startswith("Asked 11, answered 0, not answered 11.")
    window.document.undo_stack.redo()
    assert dialog.status.text().startswith("Asked 11, answered 5, not answered 6.")


def test_file_import_of_a_questionnaire_collects_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "round"
    _new_round(qtbot, window, folder)
    answered = fill_answers(folder)
    ounas = next(p for p in answered if p.name.startswith("Ounas"))
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.paths = [ounas]
    window.importer.action.trigger()
    task = window.importer.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    preview = window.importer.dialog
    assert preview is not None and preview.plan is not None
    changed = [i for i in preview.plan.items if i.changes]
    assert [i.candidate.key for i in changed] == ["r35"]
    preview.import_button.click()
    task = window.importer.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    rounds = window.document.survey_rounds()
    assert [a.actor_id for a in rounds[0].answers] == [19]


def test_new_round_dialog_labels_and_members(qtbot: QtBot, window: MainWindow) -> None:
    from aspdesk.io.survey.questionnaire import members
    from aspdesk.ui.survey.new_round import NewRoundDialog

    snapshot = window.document.snapshot()
    dialog = NewRoundDialog(
        snapshot.clusters, lambda i: len(members(snapshot, i)), "en", Path("x"), lambda p: None
    )
    qtbot.addWidget(dialog)
    dialog.cluster.setCurrentIndex(dialog.cluster.findData(ARCTIC_DESIGN))
    assert dialog.count.text() == "11 members will get a questionnaire."
    from PySide6.QtWidgets import QLabel

    labels = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    assert "&Folder:" in labels  # a mnemonic, not an ampersand on screen
    dialog.folder.setText("")
    assert dialog.choice() is None


def test_reminder_list_shows_e_mail_only_with_personal_data(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from aspdesk.app.commands import EditEntity
    from aspdesk.domain.entities import EntityType

    document = window.document
    email = {"email": "info@digipolis.fi"}
    document.push(EditEntity(document, EntityType.ACTOR, 2, {"email": ""}, email, "Edit"))
    _new_round(qtbot, window, tmp_path / "round")
    dialog = window.survey.dialog
    assert dialog is not None
    waiting = [dialog.waiting.item(i).text() for i in range(dialog.waiting.count())]
    assert "Digipolis <info@digipolis.fi>" in waiting
    document.set_hide_personal(True)
    waiting = [dialog.waiting.item(i).text() for i in range(dialog.waiting.count())]
    assert "Digipolis" in waiting and not any("@" in text for text in waiting)
