"""View > Language: the language is chosen in the window and kept for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from aspdesk.app.settings import Settings
from aspdesk.store.repository import MapStore
from aspdesk.ui.window.launch import start_language
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs, make_window

pytestmark = pytest.mark.gui


def _language_menu(window: MainWindow) -> dict[str, QAction]:
    menus = [a.menu() for a in window.view_menu.actions() if a.menu() is not None]
    assert len(menus) == 1
    return {str(a.data()): a for a in menus[0].actions() if not a.isSeparator()}


def test_the_view_menu_offers_every_language_by_its_own_name(window: MainWindow) -> None:
    actions = _language_menu(window)
    assert [a.text() for a in actions.values()] == [
        "&System language",
        "English",
        "Suomi",
        "Svenska",
    ]
    assert actions[""].isChecked()


@pytest.mark.parametrize("language", ["fi"], indirect=True)
def test_choosing_svenska_keeps_it_for_the_next_start(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path, language: str
) -> None:
    window = make_window(qtbot, sample_store, tmp_path, language)
    assert isinstance(window.dialogs, ScriptedDialogs)
    actions = _language_menu(window)
    assert window.view_menu.title() == "&Näytä"
    actions["sv"].trigger()
    assert window.settings.language == "sv"
    assert window.dialogs.errors == [
        "Kieleksi vaihtuu Svenska, kun aspdesk käynnistetään seuraavan kerran."
    ]
    again = Settings(tmp_path / "settings.ini")
    assert start_language(None, again) == "sv"
    assert start_language("en", again) == "en", "--lang wins for one run"
    actions[""].trigger()
    assert Settings(tmp_path / "settings.ini").language == ""


def test_a_language_aspdesk_does_not_speak_is_not_kept(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.language = "de"
    assert settings.language == ""
    settings.language = "sv"
    assert Settings(tmp_path / "settings.ini").language == "sv"
