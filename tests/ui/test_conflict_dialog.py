"""The window's question when an edit met another user's change on a team map: what it
shows, its answers, and the form showing the value kept after either."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import DeleteEntity, EditEntity, RenameMap
from aspdesk.app.conflicts import EditConflict
from aspdesk.app.locales import moment_text
from aspdesk.app.selection import Ref
from aspdesk.app.team import open_team_document
from aspdesk.domain.changes import VIEW
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.views import ViewState
from aspdesk.store.stale import StaleEditError, StaleField
from aspdesk.ui.forms.editors import LineEditor
from aspdesk.ui.window.conflict_dialog import ConflictDialog
from aspdesk.ui.window.main_window import MainWindow
from tests.postgres import USERS, TeamMapDatabase
from tests.ui.conftest import ScriptedDialogs, make_window

A = EntityType.ACTOR


class ConflictDialogs(ScriptedDialogs):
    """Answers the conflict question from a list and records what it was asked."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.conflict_answers: list[bool] = []
        self.conflicts: list[EditConflict] = []

    def conflict(self, conflict: EditConflict) -> bool:
        self.conflicts.append(conflict)
        return self.conflict_answers.pop(0)


def _conflict(*, deleting: bool = False, language: str = "en") -> EditConflict:
    at = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
    fields = (
        StaleField("municipality", "Rovaniemi", "Kemi", None if deleting else "Tornio", "olga", at),
        StaleField("email", "", "info@<b>x</b>.fi", None if deleting else "a@x.fi", "", at),
    )
    error = StaleEditError(A, 1, "Lapin liitto", fields, deleting=deleting)
    return EditConflict(error, None, language)


def _texts(dialog: ConflictDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_the_dialog_names_the_thing_the_fields_who_and_both_values(qtbot: QtBot) -> None:
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert any("“Lapin liitto” was changed by someone else" in t for t in texts)
    assert "Municipality or region" in texts and "Email" in texts
    at = moment_text(datetime(2026, 5, 4, 9, 30, tzinfo=UTC), "en")
    assert f"olga changed it at {at}" in texts and "2026" in at
    assert any(t.startswith("Someone changed it at") for t in texts)  # no author in the log
    assert {"Kemi", "Tornio", "info@<b>x</b>.fi", "a@x.fi"} <= set(texts)
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.keep_button.text() == "Keep theirs" and dialog.keep_button.isDefault()
    assert dialog.mine_button.text() == "Use mine"

    QTimer.singleShot(0, dialog.mine_button.click)
    assert dialog.use_mine()
    QTimer.singleShot(0, dialog.keep_button.click)
    assert not dialog.use_mine()


def test_the_time_is_written_as_the_window_language_writes_it(qtbot: QtBot) -> None:
    dialog = ConflictDialog(_conflict(language="fi"))
    qtbot.addWidget(dialog)
    assert any("4.5.2026" in text for text in _texts(dialog))  # not 2026-05-04


def test_the_delete_dialog_offers_keep_it_or_delete_anyway(qtbot: QtBot) -> None:
    dialog = ConflictDialog(_conflict(deleting=True))
    qtbot.addWidget(dialog)
    tie = StaleField("relationship", None, "GTK – Lapin liitto", None, "olga", None)
    with_tie = StaleEditError(A, 1, "Lapin liitto", (tie,), deleting=True)
    tie_dialog = ConflictDialog(EditConflict(with_tie, None))
    qtbot.addWidget(tie_dialog)
    assert {"tie", "GTK – Lapin liitto"} <= set(_texts(tie_dialog))
    assert (dialog.keep_button.text(), dialog.mine_button.text()) == ("Keep it", "Delete anyway")
    assert "Your value" not in _texts(dialog)
    assert any("so it was not deleted" in t for t in _texts(dialog))
    QTimer.singleShot(0, dialog.mine_button.click)
    assert dialog.use_mine()


@pytest.fixture
def team_window(qtbot: QtBot, team_map: TeamMapDatabase, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, team_map.open("editor"), tmp_path)
    window.dialogs = ConflictDialogs(window)
    return window


def _type_into(qtbot: QtBot, editor: LineEditor, text: str) -> None:
    editor.line.setFocus()
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, text)
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)


@pytest.mark.parametrize("use_mine", [False, True])
def test_a_form_edit_meeting_a_change_asks_and_shows_what_was_kept(
    qtbot: QtBot, team_window: MainWindow, team_map: TeamMapDatabase, use_mine: bool
) -> None:
    window = team_window
    dialogs = window.dialogs
    assert isinstance(dialogs, ConflictDialogs)
    document = window.document
    actor = document.store.insert(Actor(name="Lapin liitto", municipality="Rovaniemi"))
    document.notify([actor])
    document.selection.select([Ref(A, actor.id or 0)])
    form = window.forms[A]
    municipality = form.editors["municipality"]
    assert isinstance(municipality, LineEditor)
    assert municipality.line.text() == "Rovaniemi"

    other = open_team_document(team_map.address("owner"), "", "en")
    try:
        seen = {"municipality": "Rovaniemi"}
        assert other.push(EditEntity(other, A, actor.id or 0, seen, {"municipality": "Kemi"}, "E"))
    finally:
        other.close()

    dialogs.conflict_answers.append(use_mine)
    _type_into(qtbot, municipality, "Tornio")
    (asked,) = dialogs.conflicts
    assert asked.fields[0].author == USERS["owner"] and asked.fields[0].theirs == "Kemi"
    kept = "Tornio" if use_mine else "Kemi"
    stored = document.store.get(A, actor.id or 0)
    assert stored is not None and stored.municipality == kept  # type: ignore[attr-defined]
    assert municipality.line.text() == kept
    assert not dialogs.errors
    assert document.undo_stack.count() == (1 if use_mine else 0)


def test_a_delete_meeting_a_change_asks_keep_it_or_delete_anyway(
    team_window: MainWindow, team_map: TeamMapDatabase
) -> None:
    window = team_window
    dialogs = window.dialogs
    assert isinstance(dialogs, ConflictDialogs)
    document = window.document
    actor = document.store.insert(Actor(name="Sodankylän kunta"))
    document.notify([actor])
    other = team_map.open("owner")
    try:
        other.update(A, actor.id or 0, {"email": "kunta@sodankyla.fi"}, {"email": ""})
    finally:
        other.close()
    dialogs.conflict_answers += [False, True]
    assert not document.push(DeleteEntity(document, Ref(A, actor.id or 0), "Delete"))
    assert dialogs.conflicts[-1].deleting
    assert document.store.get(A, actor.id or 0) is not None  # kept
    assert document.index.get(A, actor.id or 0).email == "kunta@sodankyla.fi"  # type: ignore[union-attr]
    other = team_map.open("owner")
    try:
        seen = {"email": "kunta@sodankyla.fi"}
        other.update(A, actor.id or 0, {"email": "info@sodankyla.fi"}, seen)
    finally:
        other.close()
    assert not document.push(DeleteEntity(document, Ref(A, actor.id or 0), "Delete"))
    assert document.store.get(A, actor.id or 0) is None  # "Delete anyway"
    assert window.document.undo_stack.count() == 1  # the delete, which can be undone


@pytest.mark.parametrize("use_mine", [False, True])
def test_renaming_a_map_someone_renamed_meanwhile_asks_whose_name(
    qtbot: QtBot, team_window: MainWindow, team_map: TeamMapDatabase, use_mine: bool
) -> None:
    window = team_window
    dialogs = window.dialogs
    assert isinstance(dialogs, ConflictDialogs)
    seen = window.document.map_name()

    def typed_while_another_renames(title: str, label: str, value: str) -> str:
        assert value == seen
        other = open_team_document(team_map.address("owner"), "", "en")
        try:
            assert other.push(RenameMap(other, seen, "Lapin kartta", "Rename"))
        finally:
            other.close()
        return "Kemin kartta"

    # File > Rename map: while its question is open, another editor renames the map.
    dialogs.text = typed_while_another_renames  # type: ignore[method-assign]
    dialogs.conflict_answers.append(use_mine)
    window.map_files.rename_map()
    (asked,) = dialogs.conflicts
    dialog = ConflictDialog(asked)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert any(t.startswith(f"“{seen}” was changed by someone else") for t in texts), texts
    assert {"map name", "Lapin kartta", "Kemin kartta"} <= set(texts)
    assert any(t.startswith(f"{USERS['owner']} changed it at") for t in texts)
    kept = "Kemin kartta" if use_mine else "Lapin kartta"
    assert window.document.map_name() == kept
    assert kept in window.windowTitle()
    assert window.document.undo_stack.count() == (1 if use_mine else 0)
    assert not dialogs.errors


def test_a_view_conflict_shows_what_the_view_shows_in_words(qtbot: QtBot) -> None:
    at = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
    state = StaleField("state", ViewState(), ViewState(focus_depth=2), ViewState(), "olga", at)
    error = StaleEditError(VIEW, 3, "Klusterit", (state,), deleting=True)
    dialog = ConflictDialog(EditConflict(error, None, "en"))
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert any("“Klusterit” was changed by someone else" in t for t in texts)
    assert {"what the view shows", "the graph’s filters, look and zoom"} <= set(texts)
    assert dialog.mine_button.text() == "Delete anyway"
