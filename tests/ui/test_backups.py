"""Backup copies: one per opening (the last N kept), and restoring one as an undoable step."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity, DeleteEntity
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.paths import AppPaths
from aspdesk.app.restore import read_backup
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.store.backups import BEFORE_RESTORE, OPENED, list_backups, make_backup
from aspdesk.ui.window.launch import MapOpener
from aspdesk.ui.window.main_window import MainWindow

from ..maps import rename_first_actor
from .conftest import ScriptedDialogs

pytestmark = pytest.mark.gui


def test_copies_rotate_and_belong_to_their_own_map(sample_file: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "kartta.aspmap", tmp_path / "b" / "kartta.aspmap"
    for path in (first, second):
        path.parent.mkdir()
        shutil.copy(sample_file, path)
    backups = tmp_path / "backups"
    for number in range(12):
        rename_first_actor(first, f"Lapin liitto {number}")
        make_backup(first, backups, keep=10)
    make_backup(second, backups, keep=10)
    mine = list_backups(first, backups)
    assert len(mine) == 10 and all(b.reason == OPENED for b in mine)
    assert [b.made for b in mine] == sorted((b.made for b in mine), reverse=True)
    assert len(list_backups(second, backups)) == 1
    assert mine[0].size == first.stat().st_size


def test_opening_a_map_makes_a_copy(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    paths = AppPaths.for_user()
    opener = MapOpener(paths, "en", keep=3)
    for number in range(5):
        document = opener(path, False)
        document.push(AddEntity(document, Actor(name=f"Toimija {number}"), "add"))
        document.close()
    copies = list_backups(path, paths.backup_dir)
    assert len(copies) == 3
    assert [len(read_backup(c.path).actors) for c in copies] == [25, 24, 23]


def test_opening_an_unchanged_map_keeps_its_newest_copy(sample_file: Path, tmp_path: Path) -> None:
    """Ten openings of a map nothing wrote meanwhile leave its one copy of that state, and
    the copies of earlier states stay (they were pushed out by identical ones)."""
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    paths = AppPaths.for_user()
    opener = MapOpener(paths, "en", keep=3)
    opener(path, False).close()
    rename_first_actor(path, "Lapin liitto ry")
    for _ in range(10):
        opener(path, False).close()
    copies = list_backups(path, paths.backup_dir)
    assert len(copies) == 2
    assert [read_backup(c.path).actors[0].name for c in copies] == [
        "Lapin liitto ry",
        "Lapin liitto",
    ]
    rename_first_actor(path, "Lapin liitto")  # back to the first state's text, but written again
    opener(path, False).close()
    assert len(list_backups(path, paths.backup_dir)) == 3


def test_restore_replaces_the_map_and_undo_brings_it_back(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    path = document.store.path
    assert path is not None
    backup_dir = AppPaths.for_user().backup_dir
    make_backup(path, backup_dir)
    original = snapshot_of(document.store)
    # work after the copy: one actor gone (with its ties), one new
    council = next(a for a in original.actors if a.name == "Lapin liitto")
    assert council.id is not None
    document.push(DeleteEntity(document, Ref(EntityType.ACTOR, council.id), "Delete"))
    document.push(AddEntity(document, Actor(name="Uusi Oy"), "Add"))
    changed = snapshot_of(document.store)
    assert len(changed.relationships) < len(original.relationships)

    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.choices = [0]
    window.map_files.restore_action.trigger()

    assert [b.reason for b in dialogs.offered_backups] == [OPENED]
    restored = snapshot_of(document.store)
    assert restored.actors == original.actors
    assert restored.relationships == original.relationships
    assert restored.memberships == original.memberships
    assert any(b.reason == BEFORE_RESTORE for b in list_backups(path, backup_dir))
    assert document.index.get(EntityType.ACTOR, council.id) is not None

    document.undo_stack.undo()
    assert snapshot_of(document.store).actors == changed.actors
    document.undo_stack.redo()
    assert snapshot_of(document.store).actors == original.actors
    assert "Restored" in window.statusBar().currentMessage()
    assert os.path.exists(path)


def _names(window: MainWindow) -> list[str]:
    """The views the Views panel lists, as the user reads them."""
    panel = window.views_panel
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_restore_brings_back_the_saved_views_and_undo_the_views_the_map_had(
    qtbot: QtBot, window: MainWindow
) -> None:
    document, panel = window.document, window.views_panel
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    path = document.store.path
    assert path is not None
    dialogs.texts = ["Klusterit", "Hankkeet"]
    panel.add_view()
    panel.add_view()
    kept = document.store.views.all()
    make_backup(path, AppPaths.for_user().backup_dir)
    # work after the copy: one view renamed, one deleted, one new
    panel.list.setCurrentRow(0)
    dialogs.texts = ["Työpaja"]
    panel.rename_current()
    panel.list.setCurrentRow(1)
    panel.delete_current()
    dialogs.texts = ["Uusi"]
    panel.add_view()
    changed = document.store.views.all()
    assert _names(window) == ["1.  Työpaja", "2.  Uusi"]
    steps = document.undo_stack.count()

    dialogs.choices = [0]
    window.map_files.restore_action.trigger()
    assert document.store.views.all() == kept, "ids, order, names and pictures as copied"
    assert _names(window) == ["1.  Klusterit", "2.  Hankkeet"]
    assert document.undo_stack.count() == steps + 1, "one undo step with the rest"

    window.undo_action.trigger()
    assert document.store.views.all() == changed
    assert _names(window) == ["1.  Työpaja", "2.  Uusi"]
    window.redo_action.trigger()
    assert document.store.views.all() == kept
    assert dialogs.errors == []
