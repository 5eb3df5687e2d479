"""The shared selection model."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from aspdesk.app.selection import Ref, SelectionModel
from aspdesk.domain.entities import EntityType

A1 = Ref(EntityType.ACTOR, 1)
A2 = Ref(EntityType.ACTOR, 2)
C1 = Ref(EntityType.CLUSTER, 1)


def test_select_sets_current_and_emits_once(qtbot: QtBot) -> None:
    model = SelectionModel()
    with qtbot.waitSignal(model.selection_changed):
        model.select([A1, A2])
    assert model.selected == (A1, A2) and model.current == A1
    with qtbot.assertNotEmitted(model.selection_changed):
        model.select([A1, A2])


def test_current_is_always_selected(qtbot: QtBot) -> None:
    model = SelectionModel()
    model.select([A1], current=C1)
    assert model.current == C1 and C1 in model.selected
    assert model.selected_of(EntityType.ACTOR) == [1]


def test_discard_drops_removed_and_moves_current(qtbot: QtBot) -> None:
    model = SelectionModel()
    model.select([A1, A2], current=A1)
    model.discard([A1])
    assert model.selected == (A2,) and model.current == A2
    with qtbot.assertNotEmitted(model.selection_changed):
        model.discard([C1])
    model.clear()
    assert model.selected == () and model.current is None
