"""A map whose file is replaced or deleted while it is open: the next edit is refused with
the reason, nothing goes into the file now at that path, the window turns read-only, and
File > Save a copy as still saves everything the window holds.

Before, the store reconnected by path for each transaction: a map replaced by a sync tool
took edits meant for the old one (on a different actor), and a deleted map came back as an
empty file that "Save a copy as" then copied without a word.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.store.opening import Purpose, open_map
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.gui

GONE = "was moved, replaced or deleted by another program"


def _edit(window: MainWindow, name: str) -> bool:
    document = window.document
    return document.push(AddEntity(document, Actor(name=name), "Add"))


def _saved_copy(window: MainWindow, tmp_path: Path) -> Path:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    target = tmp_path / "pelastettu.aspmap"
    dialogs.paths = [target]
    window.map_files.copy_action.trigger()
    return target


def _names(path: Path, tmp_path: Path) -> set[str]:
    store = open_map(path, tmp_path / "backups", purpose=Purpose.READ)
    try:
        return {a.name for a in store.actors()}
    finally:
        store.close()


def test_a_replaced_map_takes_no_edit_meant_for_the_old_one(
    qtbot: QtBot, window: MainWindow, sample_file: Path, tmp_path: Path
) -> None:
    path = window.document.store.path
    assert path is not None
    assert _edit(window, "Ennen vaihtoa Oy")
    # A sync tool puts another version of the map in its place (a new file, renamed in).
    incoming = tmp_path / "incoming.aspmap"
    shutil.copy(sample_file, incoming)
    os.replace(incoming, path)
    replaced = path.read_bytes()

    assert not _edit(window, "Vaihdon jälkeen Oy")
    council = window.document.index.get(EntityType.ACTOR, 1)
    assert isinstance(council, Actor)
    assert not window.document.push(
        EditEntity(
            window.document, EntityType.ACTOR, 1, {"notes": council.notes}, {"notes": "x"}, "Edit"
        )
    )
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert GONE in dialogs.errors[0]
    assert path.read_bytes() == replaced, "nothing was written into the file now there"
    assert window.banner.isVisible() and GONE in window.banner.label.text()
    assert not window.add_actions[next(iter(window.add_actions))].isEnabled()

    copy = _saved_copy(window, tmp_path)
    names = _names(copy, tmp_path)
    assert "Ennen vaihtoa Oy" in names and "Vaihdon jälkeen Oy" not in names
    assert len(names) == 22


def test_a_deleted_map_does_not_come_back_empty_and_is_saved_whole(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = window.document.store.path
    assert path is not None
    assert _edit(window, "Ennen poistoa Oy")
    views_before = len(window.document.index.views)
    path.unlink()

    assert not _edit(window, "Poiston jälkeen Oy")
    assert not path.exists(), "a deleted map must not come back as an empty file"
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert GONE in dialogs.errors[0]

    copy = _saved_copy(window, tmp_path)
    assert "written from what this window holds" in dialogs.errors[-1]
    assert "Ennen poistoa Oy" in _names(copy, tmp_path)
    assert len(_names(copy, tmp_path)) == 22
    store = open_map(copy, tmp_path / "backups", purpose=Purpose.READ)
    try:
        assert len(store.views.all()) == views_before
        assert len(store.relationships()) == len(window.document.index.all(EntityType.RELATIONSHIP))
    finally:
        store.close()
