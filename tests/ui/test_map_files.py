"""File menu: new map, open, open recent, save a copy, rename; and refused files."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.domain.entities import EntityType
from aspdesk.store.opening import open_map
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.gui


def _dialogs(window: MainWindow) -> ScriptedDialogs:
    assert isinstance(window.dialogs, ScriptedDialogs)
    return window.dialogs


def test_new_map_replaces_the_open_one(window: MainWindow, tmp_path: Path) -> None:
    old_path = window.document.store.path
    path = tmp_path / "fresh.aspmap"
    _dialogs(window).paths = [path]
    window.map_files.new_action.trigger()
    assert window.document.store.path == path.resolve()
    assert window.windowTitle() == "fresh — aspdesk"
    assert window.models[EntityType.ACTOR].rowCount() == 0
    assert window.status_counts.text().startswith("0 actors")
    assert window.settings.recent_maps[0] == path.resolve()
    assert old_path is not None and old_path.exists()
    assert not window.undo_action.isEnabled()


def test_opening_a_file_that_is_not_a_map_keeps_the_current_one(
    window: MainWindow, tmp_path: Path
) -> None:
    before = window.document
    bogus = tmp_path / "partners.aspmap"
    bogus.write_text("name;municipality\nGTK;Rovaniemi\n", encoding="utf-8")
    _dialogs(window).paths = [bogus]
    window.map_files.open_action.trigger()
    assert window.document is before
    (message,) = _dialogs(window).errors
    assert "is not an aspdesk map" in message and str(bogus.resolve()) in message
    assert "it seems to be a CSV or text table" in message
    assert "ending in .aspmap" not in message
    assert bogus.read_text(encoding="utf-8").startswith("name;municipality")


def _partners_workbook(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nimi", "Kunta", "Tyyppi"])
    sheet.append(["Tornion Panimo Oy", "Tornio", "yritys"])
    sheet.append(["Áillohaš-musiikki Oy", "Enontekiö", "yritys"])
    workbook.save(path)
    return path


def test_opening_a_workbook_imports_it_into_a_new_map(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.document.store.path
    data = _partners_workbook(tmp_path / "kumppanit.xlsx")
    content = data.read_bytes()
    new_map = tmp_path / "maps" / "kumppanit.aspmap"
    dialogs = _dialogs(window)
    dialogs.paths = [data, new_map]  # File > Open, then where the new map goes
    dialogs.answers = [True]  # "Import into a new map…"
    window.map_files.open_action.trigger()
    (question, _details), *_ = dialogs.confirmations
    assert question == "kumppanit.xlsx is an Excel workbook, not an aspdesk map."
    assert window.document.store.path == new_map.resolve(), "the new map is shown"
    assert window.document.store.path != before
    task = window.importer.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    dialog = window.importer.dialog
    assert dialog is not None, "the usual import dialog, into the new map"
    if dialog.pages.currentWidget() is dialog.columns:
        dialog.next_button.click()  # the columns as guessed
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.preview, timeout=60_000)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=60_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(window.document.store.actors()) == 2, timeout=60_000)
    names = {a.name for a in window.document.store.actors()}
    assert names == {"Tornion Panimo Oy", "Áillohaš-musiikki Oy"}
    assert data.read_bytes() == content, "the workbook is left as it was"
    assert dialogs.errors == []


def test_declining_the_import_keeps_the_map_and_makes_none(
    window: MainWindow, tmp_path: Path
) -> None:
    before = window.document
    data = _partners_workbook(tmp_path / "kumppanit.xlsx")
    dialogs = _dialogs(window)
    dialogs.paths = [data]
    dialogs.answers = [False]
    window.map_files.open_action.trigger()
    assert window.document is before and window.importer.task is None
    assert [p.name for p in tmp_path.rglob("kumppanit*")] == ["kumppanit.xlsx"]


def test_open_recent_lists_other_maps(window: MainWindow, tmp_path: Path) -> None:
    first = window.document.store.path
    assert first is not None
    window.settings.add_recent_map(first)
    other = tmp_path / "other.aspmap"
    _dialogs(window).paths = [other]
    window.map_files.new_action.trigger()
    menu = window.map_files.recent_menu
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.isEnabled()]
    assert [a.text() for a in actions] == [first.name]
    actions[0].trigger()
    assert window.document.store.path == first
    assert window.models[EntityType.ACTOR].rowCount() == 21


def test_save_a_copy_writes_a_complete_map(window: MainWindow, tmp_path: Path) -> None:
    copy = tmp_path / "copies" / "for-partners.aspmap"
    copy.parent.mkdir()
    _dialogs(window).paths = [copy]
    window.map_files.copy_action.trigger()
    store = open_map(copy, tmp_path / "backups")
    try:
        assert store.counts() == window.document.store.counts()
    finally:
        store.close()
    assert window.document.store.path != copy.resolve()


def test_save_a_copy_over_the_open_map_is_refused(window: MainWindow) -> None:
    path = window.document.store.path
    assert path is not None
    before = path.read_bytes()
    _dialogs(window).paths = [path]
    window.map_files.copy_action.trigger()
    assert _dialogs(window).errors == ["Choose a file other than the open map."]
    assert path.read_bytes() == before


def test_rename_is_shown_and_undoable(qtbot: QtBot, window: MainWindow) -> None:
    _dialogs(window).texts = ["ASP workshop 2026"]
    window.map_files.rename_action.trigger()
    assert window.windowTitle() == "ASP workshop 2026 — aspdesk"
    window.undo_action.trigger()
    assert window.windowTitle() == "Arctic Smartness Portfolio 2015 — aspdesk"
