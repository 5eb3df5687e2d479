"""Deleting asks first, names what goes with it, and can be undone."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs

pytestmark = [pytest.mark.gui, pytest.mark.both_backends]


def _select_actor(window: MainWindow, short_name: str) -> int:
    actor = next(a for a in window.document.store.actors() if a.short_name == short_name)
    assert actor.id is not None
    window.document.selection.select([Ref(EntityType.ACTOR, actor.id)])
    return actor.id


def test_confirmation_lists_the_dependents(window: MainWindow) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    actor_id = _select_actor(window, "Digipolis")
    store = window.document.store
    memberships = len(store.memberships(actor_id=actor_id))
    ties = [r for r in store.relationships() if actor_id in (r.source_id, r.target_id)]
    dialogs.answers = [False]
    window.delete_action.trigger()
    ((question, details),) = dialogs.confirmations
    assert question == "Delete actor “Digipolis”?"
    assert f"{memberships} memberships" in details
    assert f"{len(ties)} relationships" in details
    assert "will have no coordinator" in details
    assert "Industry & circular" in details
    assert store.get(EntityType.ACTOR, actor_id) is not None, "cancel deletes nothing"


def test_confirmed_delete_removes_all_and_undo_restores(qtbot: QtBot, window: MainWindow) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    store = window.document.store
    before = {t: store.all(t) for t in EntityType}
    actor_id = _select_actor(window, "Lapin liitto")
    dialogs.answers = [True]
    window.delete_action.trigger()
    assert store.get(EntityType.ACTOR, actor_id) is None
    assert store.contacts(actor_id) == []
    assert window.form_stack.currentWidget() is window.empty_form
    assert window.undo_action.text() == "&Undo Delete actor “Lapin liitto”"
    window.undo_action.trigger()
    assert {t: store.all(t) for t in EntityType} == before


def test_deleting_several_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    store = window.document.store
    before = {t: store.all(t) for t in EntityType}
    refs = [Ref(EntityType.ACTOR, a.id or 0) for a in store.actors()[:3]]
    cluster = store.clusters()[0]
    refs.append(Ref(EntityType.CLUSTER, cluster.id or 0))
    window.document.selection.select(refs)
    dialogs.answers = [True]
    steps = window.document.undo_stack.count()
    window.delete_action.trigger()
    assert dialogs.confirmations[0][0] == "Delete these 4 items?"
    assert store.counts()[EntityType.ACTOR] == 18
    assert window.document.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert {t: store.all(t) for t in EntityType} == before


def test_nothing_selected_asks_nothing(window: MainWindow) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    window.document.selection.clear()
    window.delete_action.trigger()
    assert dialogs.confirmations == []
