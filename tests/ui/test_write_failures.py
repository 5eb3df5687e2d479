"""Writes that fail (a full disk, an I/O error): the edit is refused with a message, the map
stays as it was, and the undo history never claims a step the file did not take. An undo
or redo that fails keeps the whole history, at the step where the file is, so that it
can be tried again once there is room (the disk is a real small tmpfs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity, RenameMap
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.graph_commands import MoveNodes
from aspdesk.app.paths import AppPaths
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.store.backups import make_backup
from aspdesk.store.opening import open_map
from aspdesk.ui.window.main_window import MainWindow
from tests.disk import SmallDisk

from .conftest import ScriptedDialogs, make_window

pytestmark = pytest.mark.gui


def _fill_the_disk(window: MainWindow) -> None:
    """Cap the map at its present size, as a full disk would (SQLITE_FULL)."""
    engine = window.document.store.engine
    engine.dispose()

    def cap(connection: Any, _record: Any) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", cap)


def test_a_full_disk_refuses_the_edit_and_keeps_the_map(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    path = document.store.path
    assert path is not None
    before = snapshot_of(document.store)
    steps = document.undo_stack.count()
    _fill_the_disk(window)

    big = Actor(name="Suuri Oy", description="Lappi " * 200_000)
    assert not document.push(AddEntity(document, big, "Add"))

    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    (message,) = dialogs.errors
    assert "full" in message
    assert document.undo_stack.count() == steps
    assert snapshot_of(document.store) == before


@pytest.fixture
def window_on_small_disk(
    qtbot: QtBot, sample_file: Path, small_disk: SmallDisk, tmp_path: Path
) -> Iterator[MainWindow]:
    """The main window on a copy of the sample map that lives on a small disk."""
    copy = small_disk.path / "kartta.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    store = open_map(copy, tmp_path / "backups")
    window = make_window(qtbot, store, tmp_path)
    yield window
    window.document.close()


def _state(window: MainWindow) -> tuple[int, int, str, str, bool, bool]:
    """Where the history stands, as the Edit menu shows it."""
    stack, actions = window.document.undo_stack, window.undo_actions
    return (
        stack.count(),
        stack.index(),
        actions.undo.text(),
        actions.redo.text(),
        actions.undo.isEnabled(),
        actions.redo.isEnabled(),
    )


def test_an_undo_on_a_full_disk_keeps_the_history_where_the_map_is(
    window_on_small_disk: MainWindow, small_disk: SmallDisk
) -> None:
    window = window_on_small_disk
    document = window.document
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    path = Path(str(document.store.path))
    actor = document.store.actors()[0]
    assert actor.id is not None
    # As the actor form makes it: redo then restores the edit's time too.
    old = {"municipality": actor.municipality, "updated_at": actor.updated_at}
    new = {"municipality": "Utsjoki"}
    assert document.push(RenameMap(document, document.map_name(), "Lappi", "Rename map"))
    assert document.push(EditEntity(document, EntityType.ACTOR, actor.id, old, new, "Edit"))
    edited, history, file = snapshot_of(document.store), _state(window), path.read_bytes()
    assert history[2:] == ("&Undo Edit", "&Redo", True, False)

    small_disk.fill()
    window.undo_action.trigger()
    (message,) = dialogs.errors
    assert message.startswith("The map could not be changed: the disk is full")
    assert message.endswith(
        "Nothing was undone: the map is as it was, and Undo can be tried again."
    )
    assert _state(window) == history, "every step kept, the index where the file is"
    assert snapshot_of(document.store) == edited and path.read_bytes() == file
    assert small_disk.files() == {path.name, path.name + ".lock"}, "no journal beside the map"

    small_disk.make_room()  # the user frees some space and tries again
    window.undo_action.trigger()
    assert document.store.get(EntityType.ACTOR, actor.id) == actor
    assert _state(window)[1:] == (1, "&Undo Rename map", "&Redo Edit", True, True)

    dialogs.errors.clear()
    small_disk.fill()
    undone, history = snapshot_of(document.store), _state(window)
    window.redo_action.trigger()
    (message,) = dialogs.errors
    assert message.endswith(
        "Nothing was redone: the map is as it was, and Redo can be tried again."
    )
    assert _state(window) == history
    assert snapshot_of(document.store) == undone

    small_disk.make_room()
    window.redo_action.trigger()
    assert snapshot_of(document.store) == edited
    assert _state(window)[1:] == (2, "&Undo Edit", "&Redo", True, False)
    assert len(dialogs.errors) == 1


def test_a_layout_undone_on_a_full_disk_moves_no_node(
    window_on_small_disk: MainWindow, small_disk: SmallDisk
) -> None:
    document = window_on_small_disk.document
    actor = document.store.actors()[0]
    cluster = document.store.clusters()[0]
    assert actor.id is not None and cluster.id is not None
    refs = {Ref(EntityType.ACTOR, actor.id): (actor.x, actor.y)}
    refs[Ref(EntityType.CLUSTER, cluster.id)] = (cluster.x, cluster.y)
    moved = {ref: (5.0, 7.0) for ref in refs}
    assert document.push(MoveNodes(document, refs, moved, "Layout"))
    before = snapshot_of(document.store)

    small_disk.fill()
    document.undo_stack.undo()
    assert snapshot_of(document.store) == before
    assert document.undo_stack.index() == document.undo_stack.count()

    small_disk.make_room()
    document.undo_stack.undo()
    assert document.store.get(EntityType.ACTOR, actor.id) == actor
    assert document.store.get(EntityType.CLUSTER, cluster.id) == cluster


def test_a_restore_undone_on_a_full_disk_keeps_the_copy_and_its_views(
    window_on_small_disk: MainWindow, small_disk: SmallDisk
) -> None:
    window = window_on_small_disk
    document = window.document
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    path = Path(str(document.store.path))
    dialogs.texts = ["Klusterit"]
    window.views_panel.add_view()
    make_backup(path, AppPaths.for_user().backup_dir)
    actor = document.store.actors()[0]
    assert actor.id is not None
    assert document.push(DeleteEntity(document, Ref(EntityType.ACTOR, actor.id), "Delete"))
    window.views_panel.delete_current()
    changed = snapshot_of(document.store)
    dialogs.choices = [0]
    window.map_files.restore_action.trigger()
    restored = snapshot_of(document.store)
    assert [v.name for v in restored.views] == ["Klusterit"] and actor in restored.actors

    small_disk.fill()
    window.undo_action.trigger()
    assert "Nothing was undone" in dialogs.errors[-1]
    assert snapshot_of(document.store) == restored, "not a part of the undo was written"
    assert window.undo_action.text().startswith("&Undo Restore the copy of")

    small_disk.make_room()
    window.undo_action.trigger()
    assert snapshot_of(document.store) == changed
