"""Offline copies and copies to a server in the main window: File > Take a copy offline…
on a team map opens the copy with its note, File > Send changes to the team map… shows the
three-way preview (the conflict listed, nothing overwritten unasked) and leaves the window
on the team map, and File > Copy this map to a server… makes a map file a team map (onto an
empty one only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.team import open_team_document
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.io.merging.planner import Outcome
from aspdesk.ui.files.team_dialog import TeamMapRequest
from aspdesk.ui.importing.preview import CHOICE, DETAILS, RESULT
from aspdesk.ui.window.main_window import MainWindow
from tests.postgres import PASSWORD, PASSWORD_USER, TeamMapDatabase
from tests.ui.test_team_map_window import TeamDialogs, _window


class CopyDialogs(TeamDialogs):
    """The team map dialog answered from a list, as Copy this map to a server asks it."""

    def team_map(
        self, can_remember: bool, address: Any, message: str, copying: bool = False
    ) -> TeamMapRequest | None:
        self.copying = copying
        return super().team_map(can_remember, address, message)


def copying_window(qtbot: QtBot, store: Any, tmp_path: Path) -> tuple[MainWindow, CopyDialogs]:
    """A window on ``store`` with one actor added (unsaved history to copy), whose team map
    dialog is answered from a list."""
    window = _window(qtbot, store, tmp_path)
    dialogs = CopyDialogs(window)
    window.dialogs = dialogs
    window.map_files.services.dialogs = dialogs
    document = window.document
    assert document.push(AddEntity(document, Actor(name="Lapin liitto"), "Add"))
    return window, dialogs


def _edit(document: Document, actor_id: int, **new: object) -> None:
    old = document.store.get(EntityType.ACTOR, actor_id)
    before = {name: getattr(old, name) for name in new}
    assert document.push(EditEntity(document, EntityType.ACTOR, actor_id, before, new, "edit"))


def _menu_state(window: MainWindow) -> tuple[bool, bool]:
    offline = window.map_files.offline
    offline.update_actions()
    return offline.take_action.isVisible(), offline.send_action.isVisible()


def _team_window(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> tuple[MainWindow, TeamDialogs, int]:
    window = _window(qtbot, store, tmp_path)
    dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.team_requests = [TeamMapRequest(team_map.address("editor"), "", False)]
    window.map_files.open_team_action.trigger()
    document = window.document
    document.store.set_map_name("Lapin klusterit")
    command = AddEntity(document, Actor(name="Lapin liitto", municipality="Rovaniemi"), "Add")
    assert document.push(command)
    return window, dialogs, int(command.entity.id or 0)


def test_take_a_copy_offline_edit_and_send_it_back(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    window, dialogs, actor = _team_window(qtbot, store, tmp_path, team_map)
    assert _menu_state(window) == (True, False)
    # A place that cannot be written: said so, nothing left there, the team map stays.
    (tmp_path / "a-file").write_text("x")
    dialogs.paths = [tmp_path / "a-file" / "offline.aspmap"]
    window.map_files.offline.take_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10000)
    assert "a-file" in dialogs.errors[-1]
    assert window.document.team_address is not None
    copy_path = tmp_path / "offline.aspmap"
    dialogs.paths = [copy_path]
    window.map_files.offline.take_action.trigger()
    qtbot.waitUntil(lambda: window.document.path == copy_path.resolve(), timeout=10000)
    qtbot.waitUntil(lambda: any("An offline copy of" in e for e in dialogs.errors))
    note = next(e for e in dialogs.errors if "An offline copy of" in e)
    assert "Lapin klusterit" in note and "password" not in note
    assert _menu_state(window) == (False, True)
    assert window.map_files.offline.send_action.isEnabled()
    # Both sides change the same field of the same actor, and one field each.
    copy = window.document
    _edit(copy, actor, municipality="Kemi", website="https://lapinliitto.fi")
    other = open_team_document(team_map.address("editor"), "", "en")
    try:
        _edit(other, actor, municipality="Tornio", email="info@lapinliitto.fi")
    finally:
        other.close()
    offline = window.map_files.offline
    assert offline.send_action.isEnabled()
    offline.send_action.trigger()
    dialog = offline.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.import_button.text() == "Send"
    model = dialog.preview.model
    rows = [model.item(row) for row in range(model.rowCount())]
    conflicts = [i for i, item in enumerate(rows) if item.outcome is Outcome.CONFLICT]
    assert len(conflicts) == 1
    details = model.index(conflicts[0], DETAILS).data()
    assert "team map “Tornio”, copy “Kemi”" in details
    assert model.index(conflicts[0], CHOICE).data() == "Use the copy's values"
    assert dialog.preview.take_all.text() == "Take the copy's values in every conflict"
    assert model.index(conflicts[0], RESULT).data().startswith("Conflict")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.document.team_address is not None)
    team = window.document
    sent = team.store.get(EntityType.ACTOR, actor)
    assert isinstance(sent, Actor)
    assert (sent.municipality, sent.email, sent.website) == (
        "Tornio",
        "info@lapinliitto.fi",
        "https://lapinliitto.fi",
    )
    assert "1 conflicts kept" in window.statusBar().currentMessage()
    # One undo step on the team map takes the send back.
    assert team.undo_stack.undoText() == "Send changes from offline.aspmap"
    team.undo_stack.undo()
    back = team.store.get(EntityType.ACTOR, actor)
    assert isinstance(back, Actor) and back.website == ""
    team.undo_stack.redo()
    # The copy again, with nothing new in it: nothing to send, said so.
    window.map_files.open(copy_path, create=False)
    assert not offline.send_changes()
    assert "already has every change of this copy" in dialogs.errors[-1]
    assert window.document.path == copy_path.resolve()


@pytest.fixture
def password_user_owns(team_map: TeamMapDatabase) -> Iterator[None]:
    """The user with a password a member of aspdesk_owner, as a copy to a server needs."""
    team_map.server.execute(f"GRANT aspdesk_owner TO {PASSWORD_USER}")
    try:
        yield
    finally:
        team_map.server.execute(f"REVOKE aspdesk_owner FROM {PASSWORD_USER}")


@pytest.mark.usefixtures("password_user_owns")
def test_copy_this_map_to_a_server_then_onto_a_map_refused(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    window, dialogs = copying_window(qtbot, store, tmp_path)
    to_server = window.map_files.to_server
    to_server.update_action()
    assert to_server.action.isVisible() and _menu_state(window) == (False, False)
    # The server wants a password: the dialog comes back saying so, as Open team map does.
    dialogs.team_requests = [
        TeamMapRequest(team_map.address("password"), "", False),
        TeamMapRequest(team_map.address("password"), PASSWORD, False),
    ]
    to_server.action.trigger()
    qtbot.waitUntil(lambda: window.document.team_address is not None, timeout=10000)
    assert dialogs.copying
    assert "password" in dialogs.team_asked[1][2]
    assert [a.name for a in window.document.store.actors()] == ["Lapin liitto"]
    assert window.windowTitle().startswith("Test map — ")
    to_server.update_action()
    assert not to_server.action.isVisible()
    # A file map onto the team map that now holds one: refused, nothing written.
    window.map_files.open(tmp_path / "other.aspmap", create=True)
    other = window.document
    assert other.push(AddEntity(other, Actor(name="GTK"), "Add"))
    dialogs.team_requests = [TeamMapRequest(team_map.address("owner"), "", False)]
    to_server.action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10000)
    assert "already holds a map" in dialogs.errors[-1]
    assert window.document is other
    held = team_map.open("viewer")
    try:
        assert [a.name for a in held.actors()] == ["Lapin liitto"]
    finally:
        held.close()
