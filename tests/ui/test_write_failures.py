"""Writes that fail (a full disk, an I/O error): the edit is refused with a message, the map
stays as it was, and the undo history never claims a step the file did not take."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.exchange import snapshot_of
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.store.errors import StoreError
from aspdesk.ui.main_window import MainWindow

from .conftest import ScriptedDialogs

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


def test_a_failed_undo_clears_the_history_to_match_the_map(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = window.document
    actor = document.store.actors()[0]
    assert actor.id is not None
    old, new = {"municipality": actor.municipality}, {"municipality": "Utsjoki"}
    assert document.push(EditEntity(document, EntityType.ACTOR, actor.id, old, new, "Edit"))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise StoreError("disk I/O error")

    monkeypatch.setattr(document.store, "update", broken)
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: document.undo_stack.count() == 0, timeout=2000)
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert any("undo history was cleared" in m for m in dialogs.errors)
    monkeypatch.undo()
    # the file kept the edit, and no remaining step says otherwise
    stored = document.store.get(EntityType.ACTOR, actor.id)
    assert isinstance(stored, Actor) and stored.municipality == "Utsjoki"
    assert not document.undo_stack.canUndo() and not document.undo_stack.canRedo()
    assert Path(str(document.store.path)).exists()
