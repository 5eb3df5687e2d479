"""Creating and editing an actor through the form, with undo and inline validation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.ui.forms.editors import ChoiceEditor, LineEditor
from aspdesk.ui.window.main_window import MainWindow

# Tests on an empty map (the store fixture) run on a map file and on a team map too.
pytestmark = [pytest.mark.gui, pytest.mark.both_backends]


def _type_into(
    qtbot: QtBot, editor: LineEditor, text: str, key: Qt.Key = Qt.Key.Key_Return
) -> None:
    editor.line.setFocus()
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, text)
    qtbot.keyClick(editor.line, key)


def _actors_named(window: MainWindow, name: str) -> list[Actor]:
    return [a for a in window.document.store.actors() if a.name == name]


def test_create_edit_undo_redo_an_actor(qtbot: QtBot, empty_window: MainWindow) -> None:
    window = empty_window
    window.add_actions[EntityType.ACTOR].trigger()
    form = window.forms[EntityType.ACTOR]
    assert window.form_stack.currentWidget() is form and form.is_new
    name = form.editors["name"]
    assert isinstance(name, LineEditor)
    _type_into(qtbot, name, "Lapin liitto", Qt.Key.Key_Tab)
    assert window.document.store.actors() == [], "a new actor is written only by Add"
    kind = form.editors["kind"]
    assert isinstance(kind, ChoiceEditor)
    kind.combo.setCurrentIndex(kind.combo.findData("authority"))
    municipality = form.editors["municipality"]
    _type_into(qtbot, municipality, "Rovaniemi", Qt.Key.Key_Tab)  # type: ignore[arg-type]
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)

    (actor,) = _actors_named(window, "Lapin liitto")
    assert actor.kind == "authority" and actor.municipality == "Rovaniemi"
    assert window.document.selection.current == Ref(EntityType.ACTOR, actor.id or 0)
    assert window.models[EntityType.ACTOR].rowCount() == 1
    assert window.undo_action.text() == "&Undo Add actor “Lapin liitto”"

    _type_into(qtbot, name, "Regional Council of Lapland")
    assert _actors_named(window, "Regional Council of Lapland")
    assert window.undo_action.text().endswith("Edit “Lapin liitto”: Name")

    window.undo_action.trigger()
    assert _actors_named(window, "Lapin liitto")
    assert name.line.text() == "Lapin liitto", "the form shows the undone value"
    window.redo_action.trigger()
    assert _actors_named(window, "Regional Council of Lapland")
    assert name.line.text() == "Regional Council of Lapland"

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.store.actors() == []
    assert window.form_stack.currentWidget() is window.empty_form


def test_invalid_email_is_marked_and_not_committed(qtbot: QtBot, window: MainWindow) -> None:
    gtk = next(a for a in window.document.store.actors() if a.short_name == "GTK")
    window.document.selection.select([Ref(EntityType.ACTOR, gtk.id or 0)])
    form = window.forms[EntityType.ACTOR]
    email = form.editors["email"]
    assert isinstance(email, LineEditor)
    steps = window.document.undo_stack.count()
    _type_into(qtbot, email, "gtk at gtk.fi")
    assert email.error, "the field says what is wrong"
    assert email.error in form.message.text() and form.message.isVisible()
    assert email.line.property("invalid") is True
    stored = window.document.store.get(EntityType.ACTOR, gtk.id or 0)
    assert isinstance(stored, Actor) and stored.email == gtk.email
    assert window.document.undo_stack.count() == steps

    qtbot.keyClick(email.line, Qt.Key.Key_Escape)
    assert email.line.text() == gtk.email and not email.error
    _type_into(qtbot, email, "info@gtk.fi")
    assert not email.error and email.line.property("invalid") is False
    stored = window.document.store.get(EntityType.ACTOR, gtk.id or 0)
    assert isinstance(stored, Actor) and stored.email == "info@gtk.fi"


def test_new_actor_without_name_is_not_added(qtbot: QtBot, empty_window: MainWindow) -> None:
    window = empty_window
    window.add_actions[EntityType.ACTOR].trigger()
    form = window.forms[EntityType.ACTOR]
    _type_into(qtbot, form.editors["business_id"], "1234567-8")  # type: ignore[arg-type]
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.editors["name"].error
    assert form.editors["business_id"].error
    assert window.document.store.actors() == []
    assert window.document.undo_stack.count() == 0


def test_bad_date_is_marked(qtbot: QtBot, window: MainWindow) -> None:
    cluster = window.document.store.clusters()[0]
    window.document.selection.select([Ref(EntityType.CLUSTER, cluster.id or 0)])
    form = window.forms[EntityType.CLUSTER]
    end = form.editors["end_date"]
    assert isinstance(end, LineEditor)
    _type_into(qtbot, end, "31.2.2016")
    assert "1.3.2016" in end.error
    _type_into(qtbot, end, "1.1.2014")
    assert end.error, "an end before the start is refused"
    assert window.document.store.clusters()[0].end_date is None


def test_enter_in_a_field_adds_the_new_actor(qtbot: QtBot, empty_window: MainWindow) -> None:
    window = empty_window
    window.add_actions[EntityType.ACTOR].trigger()
    form = window.forms[EntityType.ACTOR]
    name = form.editors["name"]
    assert isinstance(name, LineEditor)
    name.line.setFocus()
    qtbot.keyClicks(name.line, "Lapin Marjatila Oy")
    qtbot.keyClick(name.line, Qt.Key.Key_Return)
    assert [a.name for a in window.document.store.actors()] == ["Lapin Marjatila Oy"]
    assert window.document.undo_stack.count() == 1
    assert not form.is_new and not form.add_button.isVisible()


def _field_tops(form: object) -> dict[str, int]:
    from PySide6.QtCore import QPoint

    editors = form.editors  # type: ignore[attr-defined]
    return {name: editor.mapTo(form, QPoint(0, 0)).y() for name, editor in editors.items()}


@pytest.mark.parametrize("new", [False, True])
def test_a_message_does_not_move_the_fields(qtbot: QtBot, window: MainWindow, new: bool) -> None:
    from PySide6.QtWidgets import QApplication

    form = window.forms[EntityType.ACTOR]
    if new:
        window.add_actions[EntityType.ACTOR].trigger()
    else:
        gtk = next(a for a in window.document.store.actors() if a.short_name == "GTK")
        window.document.selection.select([Ref(EntityType.ACTOR, gtk.id or 0)])
    window.form_dock.setFloating(True)
    window.form_dock.resize(330, 900)
    QApplication.processEvents()
    before = _field_tops(form)
    business_id = form.editors["business_id"]
    assert isinstance(business_id, LineEditor)
    _type_into(qtbot, business_id, "123")
    QApplication.processEvents()
    assert business_id.error, "the value is refused"
    assert _field_tops(form) == before, "no field moved"
    label = form.message
    assert business_id.error in label.text()
    assert label.height() >= label.heightForWidth(label.width()), "no line is cut off"
