"""A team map in the main window: File > Open team map…, the title, a viewer's banner,
Open recent, a password asked for and kept, Save a copy as, and ``aspdesk ADDRESS``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity
from aspdesk.app.document import Document
from aspdesk.app.settings import Settings
from aspdesk.domain.entities import Actor
from aspdesk.store.opening import open_map
from aspdesk.store.team.address import TeamAddress
from aspdesk.ui.files import passwords
from aspdesk.ui.files.team_dialog import TeamMapDialog, TeamMapRequest
from aspdesk.ui.window.launch import open_team_start
from aspdesk.ui.window.main_window import MainWindow
from tests.postgres import PASSWORD, USERS, TeamMapDatabase
from tests.ui.conftest import ScriptedDialogs, make_window


class TeamDialogs(ScriptedDialogs):
    """Answers the Open team map dialog from a list and records what it was shown."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.team_requests: list[TeamMapRequest | None] = []
        self.team_asked: list[tuple[bool, TeamAddress | None, str]] = []

    def team_map(
        self, can_remember: bool, address: TeamAddress | None, message: str
    ) -> TeamMapRequest | None:
        self.team_asked.append((can_remember, address, message))
        return self.team_requests.pop(0)


class MemoryKeyring:
    """A keyring backend of keyring's own kind, keeping passwords in memory."""

    def __new__(cls) -> Any:
        from keyring.backend import KeyringBackend

        class Backend(KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def __init__(self) -> None:
                super().__init__()
                self.kept: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.kept.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.kept[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                self.kept.pop((service, username), None)

        return Backend()


@pytest.fixture
def memory_keyring() -> Any:
    import keyring

    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _window(qtbot: QtBot, store: Any, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, store, tmp_path)
    window.dialogs = TeamDialogs(window)
    window.map_files.services.dialogs = window.dialogs
    return window


def test_open_team_map_shows_it_with_database_and_server_in_the_title(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    named = team_map.open("editor")
    named.set_map_name("Lapin klusterit")
    named.close()
    window = _window(qtbot, store, tmp_path)
    dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.team_requests = [TeamMapRequest(team_map.address("editor"), "", False)]
    window.map_files.open_team_action.trigger()
    document = window.document
    assert document.team_address is not None
    assert window.windowTitle() == f"Lapin klusterit — {team_map.name} @ localhost — aspdesk"
    assert not window.banner.isVisible()
    assert document.push(AddEntity(document, Actor(name="Lapin liitto"), "Add"))
    assert [a.name for a in document.store.actors()] == ["Lapin liitto"]
    recent = window.settings.recent_entries
    assert recent[0] == team_map.address("editor") or str(recent[0]) == str(
        team_map.address("editor")
    )
    # Open recent offers the team map beside the file once another map is shown.
    window.map_files.open(tmp_path / "test.aspmap", create=False)
    window.map_files.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.map_files.recent_menu.actions()]
    assert f"{team_map.name} @ localhost" in labels
    team_action = next(a for a in window.map_files.recent_menu.actions() if "@" in a.text())
    team_action.trigger()
    assert window.document.team_address is not None


def test_a_viewer_gets_the_read_only_banner(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    window = _window(qtbot, store, tmp_path)
    dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.team_requests = [TeamMapRequest(team_map.address("viewer"), "", False)]
    window.map_files.open_team_action.trigger()
    assert window.banner.isVisible()
    assert "viewer's role" in window.banner.label.text()
    assert not window.importer.action.isEnabled()
    assert all(not form.isEnabled() for form in window.forms.values())
    assert window.map_files.copy_action.isEnabled()


def test_restore_from_backup_on_a_team_map_says_whose_backups_they_are(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    window = _window(qtbot, store, tmp_path)
    dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.team_requests = [TeamMapRequest(team_map.address("editor"), "", False)]
    window.map_files.open_team_action.trigger()
    window.map_files.restore_backup()
    assert dialogs.offered_backups == []
    assert len(dialogs.errors) == 1 and "server's admin" in dialogs.errors[0]


def test_a_password_is_asked_again_with_the_reason_and_kept_in_the_keyring(
    qtbot: QtBot,
    store: Any,
    tmp_path: Path,
    team_map: TeamMapDatabase,
    memory_keyring: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    window = _window(qtbot, store, tmp_path)
    dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
    address = team_map.address("password")
    dialogs.team_requests = [
        TeamMapRequest(address, "", True),
        TeamMapRequest(address, PASSWORD, True),
    ]
    window.map_files.open_team_action.trigger()
    assert [asked[0] for asked in dialogs.team_asked] == [True, True]  # a working keyring
    assert "asks for a password" in dialogs.team_asked[1][2]
    assert window.document.team_address is not None
    assert memory_keyring.kept == {(passwords.SERVICE, str(address)): PASSWORD}
    settings_text = (
        (tmp_path / "settings.ini").read_text() if (tmp_path / "settings.ini").exists() else ""
    )
    window.settings.sync()
    assert PASSWORD not in (tmp_path / "settings.ini").read_text() + settings_text
    # From Open recent, the kept password opens the map without asking.
    window.map_files.open(tmp_path / "test.aspmap", create=False)
    assert window.map_files.team.open(address)
    assert len(dialogs.team_asked) == 2


def test_the_dialog_offers_no_tick_without_a_working_keyring(qtbot: QtBot) -> None:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not passwords.keyring_usable()
        assert passwords.kept_password(TeamAddress("dbname=x")) == ""
    finally:
        keyring.set_keyring(before)
    dialog = TeamMapDialog(None, can_remember=False)
    qtbot.addWidget(dialog)
    assert dialog.remember.isHidden()
    dialog.server.setText("db.example.fi:5433")
    dialog.database.setText("kartta")
    dialog.user.setText("alice")
    dialog.password.setText("pw")
    dialog._on_buttons_accepted()
    assert dialog.request == TeamMapRequest(
        TeamAddress.parse("postgresql://alice@db.example.fi:5433/kartta")[0], "pw", False
    )
    service = TeamMapDialog(None, can_remember=True, address=TeamAddress("service=lappi"))
    qtbot.addWidget(service)
    assert service.server.text() == "service=lappi" and not service.remember.isHidden()


def test_save_a_copy_of_a_team_map_from_the_window(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    window = _window(qtbot, store, tmp_path)
    dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.team_requests = [TeamMapRequest(team_map.address("viewer"), "", False)]
    editor = team_map.open("editor")
    editor.insert(Actor(name="GTK", kind="research"))
    editor.close()
    window.map_files.open_team_action.trigger()
    dialogs.paths = [tmp_path / "kopio.aspmap"]
    window.map_files.copy_action.trigger()
    assert dialogs.errors == []
    copy = open_map(tmp_path / "kopio.aspmap", tmp_path / "backups")
    try:
        assert [a.name for a in copy.actors()] == ["GTK"]
    finally:
        copy.close()


def test_save_a_copy_while_the_server_is_away_writes_what_the_window_holds(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    window = _window(qtbot, store, tmp_path)
    dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.team_requests = [TeamMapRequest(team_map.address("editor"), "", False)]
    window.map_files.open_team_action.trigger()
    document = window.document
    assert document.push(AddEntity(document, Actor(name="Lapin liitto"), "Add"))
    team_map.server.stop("immediate")
    try:
        dialogs.paths = [tmp_path / "pelastettu.aspmap"]
        window.map_files.copy_action.trigger()
    finally:
        team_map.server.start()
    assert len(dialogs.errors) == 1 and "could not be reached" in dialogs.errors[0]
    copy = open_map(tmp_path / "pelastettu.aspmap", tmp_path / "backups")
    try:
        assert [a.name for a in copy.actors()] == ["Lapin liitto"]
    finally:
        copy.close()


def test_aspdesk_with_an_address_opens_the_team_map(
    qapp: object, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    start = open_team_start(team_map.url("editor"), settings, "en")
    assert start is not None and start.path is None
    document: Document = start.document
    try:
        assert document.team_place() == f"{team_map.name} @ localhost"
        assert str(settings.recent_entries[0]) == str(team_map.address("editor"))
        assert settings.last_map is None  # a team map is not opened by itself at start
    finally:
        document.close()
    assert USERS["editor"] in str(settings.recent_entries[0])


def test_the_recent_list_keeps_addresses_without_passwords_and_skips_spoilt_ones(
    tmp_path: Path,
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    address, password = TeamAddress.parse("postgresql://maija:salainen@db.example.fi/kartta")
    assert password == "salainen"
    settings.add_recent_map(tmp_path / "a.aspmap")
    settings.add_recent_map(address)
    settings.add_recent_map(TeamAddress.parse("postgresql://maija@db.example.fi/kartta")[0])
    settings.sync()
    assert "salainen" not in (tmp_path / "settings.ini").read_text()
    assert [str(e) for e in settings.recent_entries] == [
        "postgresql://maija@db.example.fi/kartta",
        str(tmp_path / "a.aspmap"),
    ]
    assert settings.last_map == tmp_path / "a.aspmap"
    settings._qsettings.setValue(
        "maps/recent", ["postgresql://db.example.fi/kartta?nosuch=1", str(tmp_path / "a.aspmap")]
    )
    assert settings.recent_entries == [tmp_path / "a.aspmap"]
    settings.add_recent_map(tmp_path / "b.aspmap")
    assert settings.recent_maps == [tmp_path / "b.aspmap", tmp_path / "a.aspmap"]
