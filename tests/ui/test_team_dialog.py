"""The Open team map dialog's Encryption setting (libpq's sslmode) and a whole address
typed into Server: what the fields say is what is opened, and a certificate problem
brings the dialog back saying so, where the setting can be changed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from aspdesk.store.team.address import TeamAddress
from aspdesk.ui.files.team_dialog import SSLMODES, TeamMapDialog, TeamMapRequest
from aspdesk.ui.window.i18n import install_translators
from tests.integration.test_team_tls import tls_address
from tests.postgres import TeamMapDatabase, new_team_map
from tests.ui.test_team_map_window import TeamDialogs, _window

pytestmark = pytest.mark.gui


def _dialog(qtbot: QtBot, address: TeamAddress | None = None) -> TeamMapDialog:
    dialog = TeamMapDialog(None, can_remember=False, address=address)
    qtbot.addWidget(dialog)
    return dialog


def _accepted(dialog: TeamMapDialog) -> dict[str, str]:
    dialog._on_buttons_accepted()
    assert dialog.request is not None, dialog.problem.text()
    return dialog.request.address.params()


def test_encryption_offers_libpqs_modes_and_prefer_is_the_default(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    modes = [dialog.encryption.itemData(n) for n in range(dialog.encryption.count())]
    assert modes == ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
    assert dialog.encryption.currentData() == "prefer"
    dialog.server.setText("db.example.fi")
    dialog.database.setText("kartta")
    dialog.user.setText("maija")
    assert "sslmode" not in _accepted(dialog), "prefer is libpq's own: a service's stands"
    dialog.encryption.setCurrentIndex(dialog.encryption.findData("verify-full"))
    dialog.encryption.activated.emit(dialog.encryption.currentIndex())
    assert _accepted(dialog) == {
        "host": "db.example.fi",
        "dbname": "kartta",
        "user": "maija",
        "sslmode": "verify-full",
    }


def test_an_address_with_sslmode_fills_the_fields_and_the_setting(qtbot: QtBot) -> None:
    address = TeamAddress.parse("postgresql://maija@db.example.fi:5433/kartta?sslmode=require")[0]
    dialog = _dialog(qtbot, address)
    assert dialog.server.text() == "db.example.fi:5433"
    assert (dialog.database.text(), dialog.user.text()) == ("kartta", "maija")
    assert dialog.encryption.currentData() == "require"
    assert _accepted(dialog) == address.params()


def test_a_whole_address_in_server_keeps_edits_to_user_and_database(qtbot: QtBot) -> None:
    whole = "postgresql://maija@db.example.fi/kartta?sslmode=verify-full&sslrootcert=/k/root.crt"
    dialog = _dialog(qtbot, TeamAddress.parse(whole)[0])
    assert "sslrootcert=/k/root.crt" in dialog.server.text(), "more than the fields hold"
    assert dialog.encryption.currentData() == "verify-full"
    dialog.user.setText("liisa")
    dialog.database.setText("lappi")
    params = _accepted(dialog)
    assert params["user"] == "liisa" and params["dbname"] == "lappi", "the edits are used"
    assert params["sslrootcert"] == "/k/root.crt" and params["sslmode"] == "verify-full"
    # The user's choice of Encryption wins over the address's.
    dialog.encryption.setCurrentIndex(dialog.encryption.findData("require"))
    dialog.encryption.activated.emit(dialog.encryption.currentIndex())
    assert _accepted(dialog)["sslmode"] == "require"


def test_a_whole_address_typed_shows_its_parts_in_the_empty_fields(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.server.setText("postgresql://maija@db.example.fi/kartta?sslmode=verify-ca")
    dialog.server.editingFinished.emit()
    assert (dialog.database.text(), dialog.user.text()) == ("kartta", "maija")
    assert dialog.encryption.currentData() == "verify-ca"
    dialog.user.setText("liisa")
    assert _accepted(dialog)["user"] == "liisa"
    # Something libpq cannot read is said when Open is pressed, not while typing.
    dialog.server.setText("postgresql://[broken")
    dialog.server.editingFinished.emit()
    dialog.request = None
    dialog._on_buttons_accepted()
    assert dialog.request is None and dialog.problem.isVisibleTo(dialog)


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_each_field_has_its_own_shortcut(qtbot: QtBot, qapp: QApplication, language: str) -> None:
    installed = install_translators(qapp, language) if language != "en" else []
    try:
        dialog = _dialog(qtbot)
        labels = [w.text() for w in dialog.findChildren(QLabel) if "&" in w.text()]
        labels.append(dialog.remember.text())
        keys = [m.lower() for text in labels for m in re.findall(r"&(\w)", text)]
        assert len(labels) == 6 and len(set(keys)) == len(keys), labels
        texts = [dialog.encryption.itemText(n) for n in range(dialog.encryption.count())]
        assert [t.split(":")[0] for t in texts] == [mode for mode, _ in SSLMODES]
        if language != "en":
            assert texts != [label for _mode, label in SSLMODES], "translated"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.fixture
def untrusting(
    tls_postgres: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TeamMapDatabase]:
    """A team map on the TLS server, for a client whose default root certificate is
    missing (so verifying the server's certificate fails until the address says more)."""
    monkeypatch.setenv("PGSSLROOTCERT", str(tmp_path / "no-root.crt"))
    databases = new_team_map(tls_postgres)
    try:
        yield next(databases)
    finally:
        next(databases, None)


def test_open_team_map_says_a_certificate_problem_and_opens_once_mended(
    qtbot: QtBot, store: Any, tmp_path: Path, tls_postgres: Any, untrusting: TeamMapDatabase
) -> None:
    window = _window(qtbot, store, tmp_path)
    dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
    root = str(tls_postgres.root_certificate)
    wrong = tls_address(untrusting, "127.0.0.1", sslmode="verify-full", sslrootcert=root)
    mended = tls_address(untrusting, "127.0.0.1", sslmode="require")
    dialogs.team_requests = [TeamMapRequest(wrong, "", False), TeamMapRequest(mended, "", False)]
    window.map_files.open_team_action.trigger()
    assert len(dialogs.team_asked) == 2, "asked again, saying why"
    said = dialogs.team_asked[1][2]
    assert "certificate is made out for another name" in said and "require" in said
    assert "cannot be reached" not in said
    assert window.document.team_address == mended
    window.close()


def test_copy_to_a_server_says_a_certificate_problem_and_copies_once_mended(
    qtbot: QtBot, store: Any, tmp_path: Path, untrusting: TeamMapDatabase
) -> None:
    from tests.ui.test_team_offline_window import copying_window

    window, dialogs = copying_window(qtbot, store, tmp_path)
    # A copy to a server writes the map's history as it was: the owner's work.
    unchecked = tls_address(untrusting, "localhost", "owner", sslmode="verify-full")
    mended = tls_address(untrusting, "localhost", "owner", sslmode="require")
    dialogs.team_requests = [
        TeamMapRequest(unchecked, "", False),
        TeamMapRequest(mended, "", False),
    ]
    window.map_files.to_server.action.trigger()
    qtbot.waitUntil(lambda: window.document.team_address is not None, timeout=10000)
    said = dialogs.team_asked[1][2]
    assert "no root certificate" in said and "root.crt" in said, said
    assert "cannot be reached" not in said
    assert [a.name for a in window.document.store.actors()] == ["Lapin liitto"]
    window.close()
