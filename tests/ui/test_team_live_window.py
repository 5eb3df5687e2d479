"""A team map's window kept up to date with others' changes (the graph in place, the form),
and its banner while the server is away (aspdesk.app.live)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.graph_commands import MoveNodes
from aspdesk.app.selection import Ref
from aspdesk.app.team import open_team_document
from aspdesk.domain.entities import Actor, EntityType, Relationship
from aspdesk.ui.files.team_dialog import TeamMapRequest
from aspdesk.ui.window.main_window import MainWindow
from tests.postgres import TeamMapDatabase
from tests.ui.test_team_map_window import TeamDialogs, _window

WAIT_MS = 5000


def _team_window(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase, who: str = "editor"
) -> MainWindow:
    window = _window(qtbot, store, tmp_path)
    dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.team_requests = [TeamMapRequest(team_map.address(who), "", False)]
    window.map_files.open_team_action.trigger()
    assert window.document.team_address is not None
    return window


def _add(document: Document, entity: Any) -> int:
    command = AddEntity(document, entity, "Add")
    assert document.push(command)
    return command.ref.id


def _node_at(window: MainWindow, actor_id: int) -> tuple[float, float]:
    canvas = window.graph.canvas
    node = canvas.data.index_of(Ref(EntityType.ACTOR, actor_id))
    assert node >= 0
    x, y = canvas.data.positions[node]
    return float(x), float(y)


def test_the_graph_updates_a_changed_node_in_place(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    writer = open_team_document(team_map.address("editor"), "", "en")
    try:
        kemi = _add(writer, Actor(name="Kemi", kind="company", x=0, y=0))
        oulu = _add(writer, Actor(name="Oulu", kind="company", x=100, y=0))
        tornio = _add(writer, Actor(name="Tornio", kind="authority", x=0, y=100))
        _add(writer, Relationship(source_id=kemi, target_id=oulu, type="collaboration"))
        window = _team_window(qtbot, store, tmp_path, team_map)
        canvas = window.graph.canvas
        selected = Ref(EntityType.ACTOR, oulu)
        window.document.selection.select([selected], current=selected)
        before = {a: _node_at(window, a) for a in (kemi, oulu, tornio)}
        canvas.fit()  # as the window fits the map once shown
        qtbot.wait(50)
        view = canvas.box.viewRange()

        # Another editor moves one node: only that node moves here.
        with qtbot.waitSignal(canvas.data_rebuilt, timeout=WAIT_MS):
            ref = Ref(EntityType.ACTOR, tornio)
            assert writer.push(MoveNodes(writer, {ref: (0, 100)}, {ref: (40, 60)}, "Move"))
        assert _node_at(window, tornio) == (40, 60)
        assert _node_at(window, kemi) == before[kemi]
        assert _node_at(window, oulu) == before[oulu]
        assert np.allclose(canvas.box.viewRange(), view)  # the view does not jump

        # A rename shows in the picture's data and the open form, nothing moves.
        form = window.forms[EntityType.ACTOR]
        with qtbot.waitSignal(canvas.data_rebuilt, timeout=WAIT_MS):
            old = {"name": "Oulu"}
            assert writer.push(
                EditEntity(writer, EntityType.ACTOR, oulu, old, {"name": "Oulun yliopisto"}, "R")
            )
        node = canvas.data.index_of(Ref(EntityType.ACTOR, oulu))
        assert "Oulun yliopisto" in canvas.data.labels[node]
        assert {a: _node_at(window, a) for a in (kemi, oulu)} == {
            kemi: before[kemi],
            oulu: before[oulu],
        }
        assert window.document.selection.selected == (Ref(EntityType.ACTOR, oulu),)
        assert form.editors["name"].value() == "Oulun yliopisto"
        table = window.models[EntityType.ACTOR]
        shown = {table.index(row, 0).data() for row in range(table.rowCount())}
        assert "Oulun yliopisto" in shown
        assert window.document.undo_stack.count() == 0
    finally:
        writer.close()


def test_the_banner_while_the_server_is_away(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    window = _team_window(qtbot, store, tmp_path, team_map)
    document = window.document
    assert _add(document, Actor(name="Ennen", kind="company"))
    assert not window.banner.isVisible()
    running = True
    try:
        team_map.server.stop("immediate")
        running = False
        qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
        text = window.banner.label.text()
        assert text.startswith("The server cannot be reached. Your last change was saved.")
        assert not window.importer.action.isEnabled()
        assert all(not form.isEnabled() for form in window.forms.values())
        assert not window.undo_action.isEnabled(), "the step is kept, but greyed out"
        assert not document.push(AddEntity(document, Actor(name="Katkolla"), "Add"))
        dialogs: TeamDialogs = window.dialogs  # type: ignore[assignment]
        assert dialogs.errors[-1] == text  # refused with the banner's reason
        team_map.server.start()
        running = True
        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10_000)
        assert window.importer.action.isEnabled()
        assert all(form.isEnabled() for form in window.forms.values())
        assert window.undo_action.isEnabled()
        assert [a.name for a in document.store.actors()] == ["Ennen"]
        assert _add(document, Actor(name="Jälkeen", kind="company"))
    finally:
        if not running:
            team_map.server.start()


def test_a_viewers_window_receives_live_changes(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    writer = open_team_document(team_map.address("editor"), "", "en")
    try:
        window = _team_window(qtbot, store, tmp_path, team_map, who="viewer")
        assert "viewer's role" in window.banner.label.text()
        with qtbot.waitSignal(window.graph.canvas.data_rebuilt, timeout=WAIT_MS):
            kemi = _add(writer, Actor(name="Kemi", kind="company", x=5, y=5))
        assert _node_at(window, kemi) == (5, 5)
        assert "1 actor" in window.status_counts.text()
        assert "viewer's role" in window.banner.label.text()
    finally:
        writer.close()


def _typing_a_name(qtbot: QtBot, window: MainWindow, actor_id: int, typed: str) -> Any:
    """The shown window's actor form on ``actor_id``, ``typed`` into its name field and
    not committed; the field's line edit."""
    window.show()
    qtbot.waitExposed(window)
    ref = Ref(EntityType.ACTOR, actor_id)
    window.document.selection.select([ref], current=ref)
    form = window.forms[EntityType.ACTOR]
    qtbot.waitUntil(lambda: form.current_ref() == ref, timeout=WAIT_MS)
    line = form.editors["name"].line  # type: ignore[attr-defined]
    line.setFocus()
    qtbot.waitUntil(line.hasFocus, timeout=WAIT_MS)
    line.selectAll()
    qtbot.keyClicks(line, typed)
    return line


def test_what_is_being_typed_stays_when_another_editor_changes_the_thing(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    writer = open_team_document(team_map.address("editor"), "", "en")
    try:
        oulu = _add(writer, Actor(name="Oulu", kind="company", municipality="Oulu"))
        window = _team_window(qtbot, store, tmp_path, team_map)
        form = window.forms[EntityType.ACTOR]
        line = _typing_a_name(qtbot, window, oulu, "Oulun seudun yritys")

        # Another editor changes a field of the same actor meanwhile.
        changed = EditEntity(
            writer,
            EntityType.ACTOR,
            oulu,
            {"municipality": "Oulu"},
            {"municipality": "Kempele"},
            "M",
        )
        assert writer.push(changed)
        qtbot.waitUntil(lambda: form.editors["municipality"].value() == "Kempele", timeout=WAIT_MS)
        assert line.text() == "Oulun seudun yritys", "the typing was kept"
        assert line.hasFocus()

        qtbot.keyClick(line, Qt.Key.Key_Return)  # committed: saved over nothing of theirs
        assert window.document.index.get(EntityType.ACTOR, oulu).name == "Oulun seudun yritys"
        assert window.document.index.get(EntityType.ACTOR, oulu).municipality == "Kempele"
        qtbot.waitUntil(
            lambda: writer.index.get(EntityType.ACTOR, oulu).name != "Oulu", timeout=WAIT_MS
        )
    finally:
        writer.close()


def test_typing_over_a_field_another_editor_changed_meanwhile_asks_whose_value(
    qtbot: QtBot, store: Any, tmp_path: Path, team_map: TeamMapDatabase
) -> None:
    writer = open_team_document(team_map.address("editor"), "", "en")
    try:
        oulu = _add(writer, Actor(name="Oulu", kind="company"))
        window = _team_window(qtbot, store, tmp_path, team_map)
        asked: list[Any] = []
        window.dialogs.conflict = lambda conflict: asked.append(conflict) or False  # type: ignore[method-assign]
        line = _typing_a_name(qtbot, window, oulu, "Oulu Oy")
        renamed = EditEntity(
            writer, EntityType.ACTOR, oulu, {"name": "Oulu"}, {"name": "Oulu Ab"}, "R"
        )
        assert writer.push(renamed)
        qtbot.waitUntil(
            lambda: window.document.index.get(EntityType.ACTOR, oulu).name == "Oulu Ab",
            timeout=WAIT_MS,
        )
        assert line.text() == "Oulu Oy", "the typing was kept"

        qtbot.keyClick(line, Qt.Key.Key_Return)  # expects "Oulu": meets "Oulu Ab"
        qtbot.waitUntil(lambda: bool(asked), timeout=WAIT_MS)
        assert [f.theirs for f in asked[0].error.fields] == ["Oulu Ab"]
        assert window.document.index.get(EntityType.ACTOR, oulu).name == "Oulu Ab"
        qtbot.waitUntil(lambda: line.text() == "Oulu Ab", timeout=WAIT_MS)  # theirs kept
    finally:
        writer.close()
