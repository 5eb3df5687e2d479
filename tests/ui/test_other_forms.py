"""Memberships, relationships and contacts through their forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType, Relationship
from aspdesk.ui.forms.editors import ChoiceEditor, LineEditor, SpinEditor
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs

# Tests on an empty map (the store fixture) run on a map file and on a team map too.
pytestmark = [pytest.mark.gui, pytest.mark.both_backends]


def _choose(editor: object, value: object) -> None:
    assert isinstance(editor, ChoiceEditor)
    index = editor.combo.findData(value)
    assert index >= 0, value
    editor.combo.setCurrentIndex(index)


def test_membership_for_the_selected_cluster(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    cluster = next(c for c in store.clusters() if c.short_name == "Design")
    outsider = next(a for a in store.actors() if a.short_name == "GTK")
    assert not store.memberships(actor_id=outsider.id, cluster_id=cluster.id)
    window.document.selection.select([Ref(EntityType.CLUSTER, cluster.id or 0)])
    window.add_actions[EntityType.MEMBERSHIP].trigger()
    form = window.forms[EntityType.MEMBERSHIP]
    assert form.editors["cluster_id"].value() == cluster.id, "the cluster is filled in"
    _choose(form.editors["actor_id"], outsider.id)
    _choose(form.editors["role"], "research_partner")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    (added,) = store.memberships(actor_id=outsider.id, cluster_id=cluster.id)
    assert added.role == "research_partner"
    assert window.overview.model.rowCount() == 5

    window.add_actions[EntityType.MEMBERSHIP].trigger()
    _choose(form.editors["actor_id"], outsider.id)
    _choose(form.editors["role"], "research_partner")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert dialogs.errors and "already has this role" in dialogs.errors[-1]
    assert len(store.memberships(actor_id=outsider.id, cluster_id=cluster.id)) == 1


def test_relationship_to_itself_is_refused_in_the_form(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    actor = next(a for a in store.actors() if a.short_name == "Luke")
    window.document.selection.select([Ref(EntityType.ACTOR, actor.id or 0)])
    window.add_actions[EntityType.RELATIONSHIP].trigger()
    form = window.forms[EntityType.RELATIONSHIP]
    assert form.editors["source_id"].value() == actor.id
    _choose(form.editors["target_id"], actor.id)
    count = len(store.relationships())
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert "itself" in form.editors["target_id"].error
    assert len(store.relationships()) == count


def test_strength_steps_are_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    tie = store.relationships()[0]
    window.document.selection.select([Ref(EntityType.RELATIONSHIP, tie.id or 0)])
    strength = window.forms[EntityType.RELATIONSHIP].editors["strength"]
    assert isinstance(strength, SpinEditor)
    steps = window.document.undo_stack.count()
    strength.spin.setValue(1)
    strength.spin.setValue(2)
    strength.spin.setValue(5)
    stored = store.get(EntityType.RELATIONSHIP, tie.id or 0)
    assert isinstance(stored, Relationship) and stored.strength == 5
    assert window.document.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    stored = store.get(EntityType.RELATIONSHIP, tie.id or 0)
    assert isinstance(stored, Relationship) and stored.strength == tie.strength


def test_contact_person_added_to_the_selected_actor(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    actor = next(a for a in store.actors() if a.short_name == "Digipolis")
    window.document.selection.select([Ref(EntityType.ACTOR, actor.id or 0)])
    window.add_actions[EntityType.CONTACT].trigger()
    form = window.forms[EntityType.CONTACT]
    name = form.editors["name"]
    assert isinstance(name, LineEditor)
    name.line.setText("Maija Meikäläinen")
    email = form.editors["email"]
    assert isinstance(email, LineEditor)
    email.line.setText("maija@example.fi")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    (contact,) = store.contacts(actor.id or 0)
    assert contact.name == "Maija Meikäläinen"
    window.document.selection.select([Ref(EntityType.ACTOR, actor.id or 0)])
    assert window.contact_model.rowCount() == 1


def test_new_relationship_without_actors_says_what_is_missing(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    window = empty_window
    window.add_actions[EntityType.RELATIONSHIP].trigger()
    form = window.forms[EntityType.RELATIONSHIP]
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.editors["source_id"].error and form.editors["target_id"].error
    assert window.document.store.relationships() == []
    window.add_actions[EntityType.MEMBERSHIP].trigger()
    membership_form = window.forms[EntityType.MEMBERSHIP]
    qtbot.mouseClick(membership_form.add_button, Qt.MouseButton.LeftButton)
    assert membership_form.editors["actor_id"].error
    assert membership_form.editors["cluster_id"].error


def _pick(editor: object, value: object) -> None:
    """Choose ``value`` as the user does, so the form hears of it."""
    assert isinstance(editor, ChoiceEditor)
    index = editor.combo.findData(value)
    assert index >= 0, value
    editor.combo.setCurrentIndex(index)
    editor.combo.activated.emit(index)


def test_new_membership_role_follows_the_actors_kind(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    by_short = {a.short_name: a for a in store.actors()}
    cluster = next(c for c in store.clusters() if c.short_name == "Design")
    window.document.selection.select([Ref(EntityType.CLUSTER, cluster.id or 0)])
    window.add_actions[EntityType.MEMBERSHIP].trigger()
    form = window.forms[EntityType.MEMBERSHIP]
    expected = {
        "Lapin yliopisto": "research_partner",  # a university
        "Tekes": "funder",
        "Lapin ELY-keskus": "authority",
        "Digipolis": "support_service",
        "UK cluster org.": "international_link",
        "Kuura Design": "member_company",
    }
    for short, role in expected.items():
        _pick(form.editors["actor_id"], by_short[short].id)
        assert form.editors["role"].value() == role, short

    # A role the user chose stays, whatever actor comes next.
    _pick(form.editors["role"], "coordinator")
    _pick(form.editors["actor_id"], by_short["Lapin yliopisto"].id)
    assert form.editors["role"].value() == "coordinator"

    # From an actor's context the role is proposed at once.
    luke = by_short["Luke"]
    window.document.selection.select([Ref(EntityType.ACTOR, luke.id or 0)])
    window.add_actions[EntityType.MEMBERSHIP].trigger()
    assert form.editors["actor_id"].value() == luke.id
    assert form.editors["role"].value() == "research_partner"
    _pick(form.editors["cluster_id"], cluster.id)
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    (added,) = store.memberships(actor_id=luke.id, cluster_id=cluster.id)
    assert added.role == "research_partner"


def test_enter_in_a_choice_of_a_new_relationship_adds_it(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    by_short = {a.short_name: a for a in store.actors()}
    window.add_actions[EntityType.RELATIONSHIP].trigger()
    form = window.forms[EntityType.RELATIONSHIP]
    _pick(form.editors["source_id"], by_short["Luke"].id)
    _pick(form.editors["target_id"], by_short["Kuura Design"].id)
    count = len(store.relationships())
    target = form.editors["target_id"]
    assert isinstance(target, ChoiceEditor)
    target.combo.setFocus()
    qtbot.keyClick(target.combo, Qt.Key.Key_Return)
    assert len(store.relationships()) == count + 1
    assert window.document.undo_stack.count() == 1
