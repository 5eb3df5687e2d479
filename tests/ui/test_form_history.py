"""The History part of the actor, cluster, tie and project forms (issue 16): who changed
what when, as the form shows values, and putting a past value back as a new step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import DeleteEntity, EditEntity
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, Cluster, EntityType
from aspdesk.ui.forms.editors import ChoiceEditor, LineEditor
from aspdesk.ui.forms.entity_form import EntityForm
from aspdesk.ui.window.main_window import MainWindow

from ..postgres import USERS
from .conftest import ScriptedDialogs

pytestmark = [pytest.mark.gui, pytest.mark.both_backends]


def _lines(form: EntityForm) -> list[tuple[str, list[str]]]:
    assert form.history is not None
    return form.history.entries


def _restore(qtbot: QtBot, form: EntityForm, text: str) -> None:
    """Press the Restore button beside the change listed as ``text...``."""
    assert form.history is not None
    panel = form.history
    listed = [line for _heading, lines in panel.entries for line in lines]
    assert len(listed) == len(panel._changes)
    index = next((n for n, line in enumerate(listed) if line.startswith(text)), None)
    assert index is not None, f"no change {text!r} in {panel.entries}"
    button = panel.restore_buttons[index]
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open_history(qtbot: QtBot, form: EntityForm) -> None:
    assert form.tabs is not None
    form.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: form.history is not None and form.history.isVisible())


def _edit_line(qtbot: QtBot, form: EntityForm, name: str, text: str) -> None:
    editor = form.editors[name]
    assert isinstance(editor, LineEditor)
    editor.line.setFocus()
    editor.line.setText(text)  # keyClicks types only ASCII
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)


def test_an_actors_history_and_a_value_put_back(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    store = document.store
    actor = next(a for a in store.actors() if a.kind == "company")
    assert isinstance(actor, Actor)
    document.selection.select([Ref(EntityType.ACTOR, actor.id or 0)])
    form = window.forms[EntityType.ACTOR]
    _edit_line(qtbot, form, "municipality", "Kemijärvi")
    kind = form.editors["kind"]
    assert isinstance(kind, ChoiceEditor)
    kind.combo.setCurrentIndex(kind.combo.findData("research"))
    kind.combo.activated.emit(kind.combo.currentIndex())
    assert store.get(EntityType.ACTOR, actor.id or 0).kind == "research"  # type: ignore[union-attr]

    _open_history(qtbot, form)
    lines = _lines(form)
    user = store.changes.author
    (newest, (kind_line,)), (_older, (place_line,)) = lines[0], lines[1]
    assert user in newest and f"Edit “{actor.display_name}”: Kind" in newest
    assert kind_line == "Kind: Company → Research or education organisation", "labels, not codes"
    assert place_line == f"Municipality or region: {actor.municipality or '—'} → Kemijärvi"
    assert lines[-1][0].endswith("History starts here"), "the sample map's log starts"
    _restore(qtbot, form, "Municipality or region")
    restored = store.get(EntityType.ACTOR, actor.id or 0)
    assert restored is not None and restored.municipality == actor.municipality
    assert form.editors["municipality"].value() == actor.municipality, "the form shows it"
    newest_text, (line,) = _lines(form)[0]
    assert "Restore" in newest_text and line.endswith(f"Kemijärvi → {actor.municipality or '—'}")

    window.undo_action.trigger()
    assert store.get(EntityType.ACTOR, actor.id or 0).municipality == "Kemijärvi"  # type: ignore[union-attr]
    assert _lines(form)[0][0].split("\n")[1].startswith("Undo: Restore")


def test_a_value_naming_a_deleted_actor_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    store = document.store
    cluster = next(c for c in store.clusters() if c.coordinator_id)
    assert isinstance(cluster, Cluster)
    coordinator = store.get(EntityType.ACTOR, cluster.coordinator_id or 0)
    assert coordinator is not None
    other = next(a for a in store.actors() if a.id != coordinator.id)
    document.selection.select([Ref(EntityType.CLUSTER, cluster.id or 0)])
    form = window.forms[EntityType.CLUSTER]
    editor = form.editors["coordinator_id"]
    assert isinstance(editor, ChoiceEditor)
    editor.combo.setCurrentIndex(editor.combo.findData(other.id))
    editor.combo.activated.emit(editor.combo.currentIndex())
    assert document.push(
        DeleteEntity(document, Ref(EntityType.ACTOR, coordinator.id or 0), "Delete")
    )
    document.selection.select([Ref(EntityType.CLUSTER, cluster.id or 0)])
    _open_history(qtbot, form)
    (line,) = [n for _h, lines in _lines(form) for n in lines if n.startswith("Coordinator")]
    assert line == f"Coordinator: (no longer in the map) → {other.name}"
    sets = document.latest_change_set()
    _restore(qtbot, form, "Coordinator")
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert dialogs.errors and "no longer in the map" in dialogs.errors[-1]
    assert document.latest_change_set() == sets
    assert store.get(EntityType.CLUSTER, cluster.id or 0).coordinator_id == other.id  # type: ignore[union-attr]


@pytest.mark.parametrize("backend", ["postgresql"])
def test_another_users_change_shows_in_the_history_as_it_comes(
    qtbot: QtBot, window: MainWindow, backend: str
) -> None:
    """On a team map, the History tab open on an actor lists a change another user
    makes in another process's window (here another Document), with their name, within
    a second and without the form being opened again."""
    from psycopg.conninfo import make_conninfo

    from aspdesk.app.team import open_team_document
    from aspdesk.store.team.address import TeamAddress

    document = window.document
    address = document.team_address
    assert address is not None
    actor = next(a for a in document.store.actors() if a.kind == "company")
    ref = Ref(EntityType.ACTOR, actor.id or 0)
    document.selection.select([ref], current=ref)
    form = window.forms[EntityType.ACTOR]
    _open_history(qtbot, form)
    before = _lines(form)
    assert USERS["owner"] not in before[0][0]
    owners = TeamAddress.parse(make_conninfo(address.conninfo, user=USERS["owner"]))[0]
    other = open_team_document(owners, "", "en")
    try:
        old = {"municipality": actor.municipality}
        change = {"municipality": "Pello"}
        assert other.push(EditEntity(other, EntityType.ACTOR, actor.id or 0, old, change, "Move"))
        qtbot.waitUntil(lambda: _lines(form) != before, timeout=1000)
    finally:
        other.close()
    heading, (line,) = _lines(form)[0]
    assert USERS["owner"] in heading and "Move" in heading
    assert line == f"Municipality or region: {actor.municipality or '—'} → Pello"
    assert _lines(form)[1:] == before, "the older entries stay as they were"
    assert form.editors["municipality"].value() == "Pello", "the form shows the new value"


def test_which_forms_have_a_history(window: MainWindow) -> None:
    with_history = {t for t, form in window.forms.items() if form.history is not None}
    assert with_history == {
        EntityType.ACTOR,
        EntityType.CLUSTER,
        EntityType.RELATIONSHIP,
        EntityType.PROJECT,
    }


def test_a_new_entity_has_no_history_to_show(qtbot: QtBot, window: MainWindow) -> None:
    window.add_actions[EntityType.ACTOR].trigger()
    form = window.forms[EntityType.ACTOR]
    assert form.tabs is not None
    assert not form.tabs.isTabEnabled(1)
    assert form.tabs.currentIndex() == 0


def test_the_history_in_finnish(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """Step names, field labels and undo marks in the window's language."""
    document = window.document
    tie = document.store.relationships()[0]
    document.selection.select([Ref(EntityType.RELATIONSHIP, tie.id or 0)])
    form = window.forms[EntityType.RELATIONSHIP]
    form.editors["notes"].set_value("Yhteinen hanke")
    form.editors["notes"].committed.emit("notes")
    window.undo_action.trigger()
    _open_history(qtbot, form)
    newest, (line,) = _lines(form)[0]
    step = newest.split("\n")[1]
    marks = {"en": "Undo: ", "fi": "Kumottu: ", "sv": "Ångrat: "}
    assert step.startswith(marks[language])
    label = form.specs["notes"].translated_label()
    assert line == f"{label}: Yhteinen hanke → —"
