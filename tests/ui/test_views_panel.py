"""Saved views in the window: saving the graph as a view, showing it again, editing the list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QModelIndex, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.commands import DeleteEntity
from aspdesk.app.graph_commands import MoveNodes
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, Cluster, EntityType
from aspdesk.domain.views import SavedView
from aspdesk.graph.styling.themes import DARK, PROJECTOR
from aspdesk.graph.views.state import options_of
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs

pytestmark = [pytest.mark.gui, pytest.mark.both_backends]


def _ready(window: MainWindow) -> None:
    window.resize(1500, 950)
    QApplication.processEvents()
    window.graph.canvas.fit()
    QApplication.processEvents()


def _actor(window: MainWindow, short_name: str) -> Actor:
    for entity in window.document.index.all(EntityType.ACTOR):
        if isinstance(entity, Actor) and entity.short_name == short_name:
            return entity
    raise AssertionError(short_name)


def _drawn(window: MainWindow) -> dict[Ref, tuple[float, float]]:
    data = window.graph.canvas.data
    return {r: (float(x), float(y)) for r, (x, y) in zip(data.refs, data.positions, strict=True)}


def _dialogs(window: MainWindow) -> ScriptedDialogs:
    assert isinstance(window.dialogs, ScriptedDialogs)
    return window.dialogs


def _set_up_a_picture(window: MainWindow) -> None:
    """Filter, hubs, colours, focus on a selection, a theme, moved nodes and a camera."""
    graph, canvas, document = window.graph, window.graph.canvas, window.document
    liitto = _actor(window, "Lapin liitto")
    graph.colour_by.action_for("cluster").trigger()
    graph.hubs.setChecked(True)
    graph.set_filter(
        GraphFilter(
            kinds=frozenset({"authority", "research", "company"}),
            as_of=date(2016, 6, 1),
            hidden=frozenset({_actor(window, "GTK").id or 0}),
        )
    )
    document.selection.select([Ref(EntityType.ACTOR, liitto.id or 0)])
    graph.set_focus_depth(2)
    canvas.set_theme(PROJECTOR, 24.0)
    document.push(
        MoveNodes(
            document,
            {Ref(EntityType.ACTOR, liitto.id or 0): (liitto.x, liitto.y)},
            {Ref(EntityType.ACTOR, liitto.id or 0): (123.5, -45.25)},
            "move",
        )
    )
    QApplication.processEvents()  # the move's picture, drawn on the next turn of the loop
    # Looking at a region, as a user's zoom does (which also stops fitting the whole).
    canvas.release_fit()
    canvas.box.setRange(QRectF(100.0, -60.0, 40.0, 30.0), padding=0)
    QApplication.processEvents()


def _mess_it_up(window: MainWindow) -> None:
    """Change everything a view keeps."""
    graph, canvas, document = window.graph, window.graph.canvas, window.document
    graph.colour_by.action_for("kind").trigger()
    graph.hubs.setChecked(False)
    graph.set_filter(GraphFilter(types=frozenset({"funding"})))
    graph.set_focus_depth(0)
    document.selection.select([Ref(EntityType.ACTOR, _actor(window, "Tekes").id or 0)])
    canvas.set_theme(DARK, None)
    graph.run_layout("circle", "Circle")
    graph.layouts.finish()
    QApplication.processEvents()
    canvas.box.setRange(QRectF(-3.0, -3.0, 6.0, 6.0), padding=0)
    QApplication.processEvents()


def _save_view(window: MainWindow, name: str) -> SavedView:
    _dialogs(window).texts.append(name)
    window.views_panel.new_action.trigger()
    view = window.views_panel.current_view()
    assert view is not None and view.name == name
    return view


def _assert_shows(window: MainWindow, view: SavedView) -> None:
    graph, canvas, document = window.graph, window.graph.canvas, window.document
    state = view.state
    # The network's figures are not the view's: the metrics panel may have brought them
    # in meanwhile (its timer fires sooner or later on a busy machine).
    assert replace(canvas.options, metrics=None) == options_of(state)
    # The toolbar says the same as the picture.
    assert graph.colour_by.current() == "cluster"
    assert graph.hubs.isChecked()
    assert graph.focus_depths.checkedAction().data() == 2
    assert graph.focus_button.on and graph.focus_button.toolTip() == "Focus: 2 steps"
    assert graph.filter_button.on
    liitto = _actor(window, "Lapin liitto")
    assert document.selection.selected == (Ref(EntityType.ACTOR, liitto.id or 0),)
    assert (canvas.theme.key, canvas.label_px) == ("projector", 24.0)
    # Positions: drawn where the view has them, and the map has them there too.
    assert state.positions is not None and state.cluster_positions is not None
    drawn = _drawn(window)
    assert drawn[Ref(EntityType.ACTOR, liitto.id or 0)] == (123.5, -45.25)
    for ref, point in drawn.items():
        saved = state.positions if ref.type is EntityType.ACTOR else state.cluster_positions
        assert point == pytest.approx(saved[ref.id])
        entity = document.index.get(ref.type, ref.id)
        assert isinstance(entity, Actor | Cluster)
        assert (entity.x, entity.y) == pytest.approx(saved[ref.id])
    stored = document.store.get(EntityType.ACTOR, liitto.id or 0)
    assert isinstance(stored, Actor) and (stored.x, stored.y) == (123.5, -45.25)
    # The view shows its region, the nodes that were in the window's view, filling the
    # canvas: every one of them inside it, and they span most of its width or height.
    assert state.camera is not None and state.region is not None and not state.whole
    x, y, w, h = state.region
    inside = [
        point for point in drawn.values() if x <= point[0] <= x + w and y <= point[1] <= y + h
    ]
    assert inside, "the view was saved looking at some nodes"
    shown = canvas.box.viewRect()
    assert all(shown.contains(*point) for point in inside)
    if len(inside) > 1:
        xs, ys = [p[0] for p in inside], [p[1] for p in inside]
        spans = ((max(xs) - min(xs)) / shown.width(), (max(ys) - min(ys)) / shown.height())
        assert max(spans) >= 0.5


def test_a_saved_view_comes_back_exactly(qtbot: QtBot, window: MainWindow) -> None:
    _ready(window)
    window.graph.layouts.animate = False
    _set_up_a_picture(window)
    view = _save_view(window, "Lapin liitto and its partners")
    assert view.state.theme == "projector" and view.state.focus_depth == 2
    _mess_it_up(window)
    steps = window.document.undo_stack.count()
    rebuilds: list[None] = []
    window.graph.canvas.data_rebuilt.connect(lambda: rebuilds.append(None))
    assert window.views_panel.show_view(view.id or 0)
    QApplication.processEvents()
    _assert_shows(window, view)
    # One picture for all the controls at once (plus one for the moved nodes' news).
    assert len(rebuilds) <= 2
    assert window.document.undo_stack.count() == steps, "showing a view is not an edit"


def test_showing_a_view_glides_there(qtbot: QtBot, window: MainWindow) -> None:
    _ready(window)
    _set_up_a_picture(window)
    view = _save_view(window, "Start")
    _mess_it_up(window)
    before = _drawn(window)
    window.views_panel.list.setCurrentRow(0)
    window.views_panel.show_action.trigger()
    transition = window.graph.transition
    assert transition.running
    liitto = Ref(EntityType.ACTOR, _actor(window, "Lapin liitto").id or 0)
    assert _drawn(window)[liitto] == pytest.approx(before[liitto]), "starts where it was"
    qtbot.waitUntil(lambda: not transition.running, timeout=3000)
    _assert_shows(window, view)


def test_dragging_after_a_view_is_an_ordinary_undo_step(window: MainWindow) -> None:
    _ready(window)
    window.graph.layouts.animate = False
    _set_up_a_picture(window)
    view = _save_view(window, "Start")
    _mess_it_up(window)
    window.views_panel.show_view(view.id or 0)
    liitto = _actor(window, "Lapin liitto")
    ref = Ref(EntityType.ACTOR, liitto.id or 0)
    window.document.push(MoveNodes(window.document, {ref: (123.5, -45.25)}, {ref: (0, 0)}, "m"))
    window.views_panel.update_action.trigger()
    assert window.undo_action.text() == "&Undo Update view “Start”"
    updated = window.document.store.views.get(view.id or 0)
    assert updated is not None and updated.state.positions is not None
    assert updated.state.positions[liitto.id or 0] == (0.0, 0.0)
    window.undo_action.trigger()
    back = window.document.store.views.get(view.id or 0)
    assert back is not None and back.state == view.state


def test_the_panel_drives_undoable_commands(window: MainWindow) -> None:
    panel = window.views_panel
    assert panel.empty_note.isVisibleTo(panel) and not panel.list_row.isVisibleTo(panel)
    for name in ("Alku", "Rahoitus", "Tutkimus"):
        _save_view(window, name)
    assert [v.name for v in panel.views()] == ["Alku", "Rahoitus", "Tutkimus"]
    assert [panel.list.item(r).text() for r in range(3)] == [
        "1.  Alku",
        "2.  Rahoitus",
        "3.  Tutkimus",
    ]
    assert not panel.empty_note.isVisibleTo(panel)
    assert window.undo_action.text() == "&Undo New view “Tutkimus”"

    panel.list.setCurrentRow(2)
    panel.up_action.trigger()
    assert [v.name for v in panel.views()] == ["Alku", "Tutkimus", "Rahoitus"]
    assert panel.current_view().name == "Tutkimus"  # type: ignore[union-attr]
    panel.down_action.trigger()
    assert [v.name for v in panel.views()] == ["Alku", "Rahoitus", "Tutkimus"]
    assert not panel.down_action.isEnabled()

    _dialogs(window).texts.append("Research")
    panel.rename_action.trigger()
    assert panel.current_view().name == "Research"  # type: ignore[union-attr]
    panel.list.setCurrentRow(0)
    panel.duplicate_action.trigger()
    assert [v.name for v in panel.views()] == ["Alku", "Alku (copy)", "Rahoitus", "Research"]
    assert window.undo_action.text() == "&Undo Duplicate view “Alku”"

    panel.list.setCurrentRow(2)
    deleted = panel.current_view()
    panel.delete_action.trigger()
    assert [v.name for v in panel.views()] == ["Alku", "Alku (copy)", "Research"]
    window.undo_action.trigger()
    assert panel.views()[2] == deleted, "undo restores the view under its id and place"
    for _ in range(4):
        window.undo_action.trigger()
    assert [v.name for v in panel.views()] == ["Alku", "Rahoitus", "Tutkimus"]


def test_cancelled_name_adds_nothing(window: MainWindow) -> None:
    _dialogs(window).texts.append(None)  # type: ignore[arg-type]
    window.views_panel.new_action.trigger()
    assert window.views_panel.views() == []
    assert window.document.undo_stack.count() == 0


def test_delete_key_in_the_list_deletes_the_view_not_the_actor(window: MainWindow) -> None:
    panel = window.views_panel
    _save_view(window, "Only")
    window.document.selection.select([Ref(EntityType.ACTOR, _actor(window, "GTK").id or 0)])
    panel.list.setFocus()
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        event = QKeyEvent(kind, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(panel.list, event)
    assert panel.views() == []
    assert _dialogs(window).confirmations == [], "the actor was not offered for deletion"


def test_enter_on_a_view_shows_it(window: MainWindow) -> None:
    _ready(window)
    window.graph.layouts.animate = False
    window.graph.set_filter(GraphFilter(kinds=frozenset({"research"})))
    _save_view(window, "Research only")
    window.graph.set_filter(GraphFilter())
    panel = window.views_panel
    panel.list.setCurrentRow(0)
    shown: list[int] = []
    panel.view_shown.connect(shown.append)
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel.list, event)
    assert window.graph.canvas.options.graph_filter.kinds == frozenset({"research"})
    assert shown == [panel.views()[0].id]
    assert panel.list.item(0).font().bold(), "the view on show is marked"


def test_a_view_of_deleted_actors_still_shows(window: MainWindow) -> None:
    _ready(window)
    window.graph.layouts.animate = False
    gtk = _actor(window, "GTK")
    window.document.selection.select([Ref(EntityType.ACTOR, gtk.id or 0)])
    view = _save_view(window, "GTK")
    state = replace(view.state, positions={**(view.state.positions or {}), 99999: (1.0, 2.0)})
    window.document.store.views.set_state(view.id or 0, state)
    window.document.views_changed.emit(view.id or 0)
    window.document.push(DeleteEntity(window.document, Ref(EntityType.ACTOR, gtk.id or 0), "d"))
    QApplication.processEvents()
    assert window.views_panel.show_view(view.id or 0)
    assert window.document.selection.selected == ()
    assert np.isfinite(window.graph.canvas.data.positions).all()


def test_dragging_a_view_in_the_list_reorders_it(qtbot: QtBot, window: MainWindow) -> None:
    for name in ("Alku", "Rahoitus", "Tutkimus"):
        _save_view(window, name)
    panel = window.views_panel
    # What a drop does to the list's model: the first row goes to the end.
    assert panel.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    qtbot.waitUntil(lambda: [v.name for v in panel.views()] == ["Rahoitus", "Tutkimus", "Alku"])
    assert window.undo_action.text() == "&Undo Move view “Alku”"
    assert [panel.list.item(r).text() for r in range(3)] == [
        "1.  Rahoitus",
        "2.  Tutkimus",
        "3.  Alku",
    ]
