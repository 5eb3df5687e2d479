"""The graph: selection in step with the tables, dragging, connecting, filters, legend."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.commands import AddEntity
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType, Relationship
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.store.opening import open_map
from aspdesk.store.repository import MapStore
from aspdesk.store.team.location import TeamServer
from aspdesk.store.team.opening import open_team_map
from aspdesk.ui.window.main_window import MainWindow

from .conftest import make_window
from .graph_helpers import click, drag, empty_point, node_point

pytestmark = [pytest.mark.gui, pytest.mark.both_backends]


def _canvas(window: MainWindow) -> GraphCanvas:
    window.resize(1500, 950)
    QApplication.processEvents()
    canvas = window.graph.canvas
    canvas.fit()
    QApplication.processEvents()
    return canvas


def _node_of(canvas: GraphCanvas, short_name: str) -> int:
    for n, ref in enumerate(canvas.data.refs):
        actor = canvas.document.index.get(ref.type, ref.id)
        if isinstance(actor, Actor) and actor.short_name == short_name:
            return n
    raise AssertionError(short_name)


def test_every_actor_is_drawn_and_placed(window: MainWindow) -> None:
    canvas = _canvas(window)
    assert len(canvas.data.refs) == 21
    assert np.isfinite(canvas.data.positions).all()
    stored = [a for a in window.document.store.actors()]
    assert all(a.x is not None and a.y is not None for a in stored), "first placement is saved"


def test_clicking_a_node_selects_it_in_table_and_form(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _canvas(window)
    node = _node_of(canvas, "GTK")
    click(canvas, node_point(canvas, node))
    ref = canvas.data.refs[node]
    assert window.document.selection.selected == (ref,)
    assert window.forms[EntityType.ACTOR].editors["name"].value() == "Geologian tutkimuskeskus"
    rows = window.tables[EntityType.ACTOR].view.selectionModel().selectedRows()
    assert [r.data() for r in rows] == ["Geologian tutkimuskeskus"]

    other = _node_of(canvas, "Luke")
    click(canvas, node_point(canvas, other), Qt.KeyboardModifier.ControlModifier)
    assert set(window.document.selection.selected) == {ref, canvas.data.refs[other]}
    click(canvas, empty_point(canvas))
    assert window.document.selection.selected == ()


def test_table_selection_shows_on_the_graph(window: MainWindow) -> None:
    canvas = _canvas(window)
    panel = window.tables[EntityType.ACTOR]
    panel.view.selectRow(0)
    (selected,) = canvas.selected_nodes()
    assert canvas.data.refs[selected] == window.document.selection.current


def _reopened(store: MapStore, tmp_path: Path) -> MapStore:
    """The map of ``store`` opened again: its file, or its team map on the server."""
    if isinstance(store.file, TeamServer):
        return open_team_map(store.file.address)
    assert store.path is not None
    return open_map(store.path, tmp_path / "backups")


def test_drag_moves_saves_undoes_and_reopens(qtbot: QtBot, store: MapStore, tmp_path: Path) -> None:
    document_store = store
    a = document_store.insert(Actor(name="Alpha", x=0.0, y=0.0))
    document_store.insert(Actor(name="Beta", x=4.0, y=3.0))
    window = make_window(qtbot, document_store, tmp_path)
    canvas = _canvas(window)
    node = canvas.data.index_of(Ref(EntityType.ACTOR, a.id or 0))
    start = node_point(canvas, node)
    drag(canvas, start, start + QPoint(120, 60))
    moved = document_store.get(EntityType.ACTOR, a.id or 0)
    assert isinstance(moved, Actor) and moved.x is not None and moved.x > 0.5
    assert window.undo_action.text().startswith("&Undo Move 1 node")
    window.undo_action.trigger()
    back = document_store.get(EntityType.ACTOR, a.id or 0)
    assert isinstance(back, Actor) and (back.x, back.y) == (0.0, 0.0)
    window.redo_action.trigger()
    window.close()
    reopened = _reopened(document_store, tmp_path)
    try:
        again = reopened.get(EntityType.ACTOR, a.id or 0)
        assert isinstance(again, Actor) and again.x == moved.x and again.y == moved.y
    finally:
        reopened.close()


def test_dragging_a_selection_moves_all_of_it(window: MainWindow) -> None:
    canvas = _canvas(window)
    nodes = [_node_of(canvas, "GTK"), _node_of(canvas, "Luke")]
    window.document.selection.select([canvas.data.refs[n] for n in nodes])
    before = canvas.data.positions[nodes].copy()
    start = node_point(canvas, nodes[0])
    drag(canvas, start, start + QPoint(80, 0))
    shift = canvas.data.positions[nodes] - before
    assert shift[0, 0] > 0 and np.allclose(shift[0], shift[1])
    assert window.document.undo_stack.count() == 1


def test_shift_drag_connects_two_actors(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _canvas(window)
    panel = window.graph
    asked: list[QPoint] = []
    panel.choose_relation_type = lambda where: asked.append(where) or "funding"
    source, target = _node_of(canvas, "UK cluster org."), _node_of(canvas, "Kuura Design")
    count = len(window.document.store.relationships())
    drag(
        canvas,
        node_point(canvas, source),
        node_point(canvas, target),
        Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked
    ties = window.document.store.relationships()
    assert len(ties) == count + 1
    new = ties[-1]
    assert (new.source_id, new.target_id, new.type) == (
        canvas.data.refs[source].id,
        canvas.data.refs[target].id,
        "funding",
    )
    window.undo_action.trigger()
    assert len(window.document.store.relationships()) == count


def test_filters_hide_exactly_and_say_how_many(window: MainWindow) -> None:
    canvas = _canvas(window)
    window.graph.set_filter(GraphFilter(kinds=frozenset({"research", "authority"})))
    kinds = {canvas.document.index.get(r.type, r.id).kind for r in canvas.data.refs}  # type: ignore[union-attr]
    assert kinds == {"research", "authority"}
    assert "of 21 actors" in window.status_filter.text()
    window.graph.set_filter(GraphFilter(types=frozenset({"funding"})))
    assert len(canvas.data.refs) == 21
    assert {g.colour for g in canvas.data.edges} == {"#E69F00"}
    window.graph.set_filter(GraphFilter())
    assert window.status_filter.text() == ""


def test_legend_lists_exactly_what_is_shown(window: MainWindow) -> None:
    canvas = _canvas(window)
    document = window.document
    shown_kinds = {a.kind for a in document.store.actors()}
    shown_types = {r.type for r in document.store.relationships()}
    expected = [
        t.label("en") for t in document.terms(Vocabulary.ACTOR_KIND) if t.code in shown_kinds
    ]
    expected += [
        t.label("en") for t in document.terms(Vocabulary.RELATION_TYPE) if t.code in shown_types
    ]
    assert canvas.legend.entries_text()[: len(expected)] == expected
    assert "Third-sector organisation" not in canvas.legend.entries_text()
    window.graph.set_filter(GraphFilter(kinds=frozenset({"company"})))
    assert "Authority" not in canvas.legend.entries_text()


def test_markup_names_are_labelled_as_typed(qtbot: QtBot, store: MapStore, tmp_path: Path) -> None:
    store.insert(Actor(name="<i>x</i>", x=0.0, y=0.0))
    window = make_window(qtbot, store, tmp_path)
    canvas = _canvas(window)
    assert canvas.data.labels == ["<i>x</i>"]
    from aspdesk.graph.canvas.tooltips import node_tooltip

    assert "&lt;i&gt;x&lt;/i&gt;" in node_tooltip(window.document, canvas.data.refs[0])


def test_clusters_as_hubs_show_roles(window: MainWindow) -> None:
    canvas = _canvas(window)
    window.graph.hubs.setChecked(True)
    hubs = [r for r in canvas.data.refs if r.type is EntityType.CLUSTER]
    assert len(hubs) == 5
    assert "Coordinator" in canvas.legend.entries_text()
    assert "Cluster" in canvas.legend.entries_text()


def test_focus_dims_or_hides_the_rest(window: MainWindow) -> None:
    canvas = _canvas(window)
    node = _node_of(canvas, "Tekes")
    window.document.selection.select([canvas.data.refs[node]])
    window.graph.set_focus_depth(1)
    dimmed = canvas.data.dimmed
    assert not dimmed[_node_of(canvas, "Tekes")] and dimmed.any()
    window.graph.hide_rest.setChecked(True)
    assert 1 < len(canvas.data.refs) < 21


def test_layout_is_one_undo_step(window: MainWindow) -> None:
    canvas = _canvas(window)
    window.graph.layouts.animate = False
    before = canvas.data.positions.copy()
    window.graph.run_layout("circle", "Circle")
    after = canvas.data.positions.copy()
    assert not np.allclose(before, after)
    assert window.undo_action.text() == "&Undo Layout: Circle"
    window.undo_action.trigger()
    QApplication.processEvents()  # the graph redraws once per turn of the event loop
    assert np.allclose(canvas.data.positions, before)


def test_search_highlights_and_enter_selects(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _canvas(window)
    qtbot.keyClicks(window.graph.search, "lapin")
    assert len(canvas.highlighted) >= 4
    qtbot.keyClick(window.graph.search, Qt.Key.Key_Return)
    current = window.document.selection.current
    assert current is not None and canvas.data.index_of(current) in canvas.highlighted


def test_add_actor_here_places_it_there(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _canvas(window)
    window.graph.add_actor_requested.emit(3.5, -2.0)
    form = window.forms[EntityType.ACTOR]
    form.editors["name"].line.setText("Uusi Toimija Oy")  # type: ignore[attr-defined]
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    (actor,) = [a for a in window.document.store.actors() if a.name == "Uusi Toimija Oy"]
    assert (actor.x, actor.y) == (3.5, -2.0)
    QApplication.processEvents()
    assert canvas.data.index_of(Ref(EntityType.ACTOR, actor.id or 0)) >= 0


def test_hide_from_the_node_menu(window: MainWindow) -> None:
    canvas = _canvas(window)
    node = _node_of(canvas, "Tekes")
    menu = window.graph.node_menu(node)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "Edit",
        "Connect to…",
        "Focus on neighbourhood",
        "Hide",
        "Pin in place",
        "Delete…",
    ]
    next(a for a in menu.actions() if a.text() == "Hide").trigger()
    assert len(canvas.data.refs) == 20
    assert "Show 1 hidden actor" in [
        a.text() for a in window.graph.empty_menu(canvas.box.viewRect().center()).actions()
    ]


def test_the_picture_has_the_kind_colours(window: MainWindow) -> None:
    canvas = _canvas(window)
    image = canvas.view.grab().toImage()
    found = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            found.add(image.pixelColor(x, y).name())
    assert QColor("#0072B2").name() in found, "companies are drawn blue, not as black blots"
    assert QColor("#E69F00").name() in found


def test_new_relationship_redraws(window: MainWindow) -> None:
    canvas = _canvas(window)
    document = window.document
    ids = [a.id for a in document.store.actors()]
    edges = sum(len(g.sources) for g in canvas.data.edges)
    document.push(AddEntity(document, Relationship(source_id=ids[0], target_id=ids[1]), "add"))
    canvas.rebuild()
    assert sum(len(g.sources) for g in canvas.data.edges) == edges + 1


def test_keyboard_zooms_pans_and_fits(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _canvas(window)
    canvas.view.setFocus()
    start = canvas.box.viewRect()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Plus)
    zoomed = canvas.box.viewRect()
    assert zoomed.width() < start.width() * 0.9
    qtbot.keyClick(canvas.view, Qt.Key.Key_Right)
    assert canvas.box.viewRect().center().x() > zoomed.center().x()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Home)
    assert abs(canvas.box.viewRect().width() - start.width()) < start.width() * 0.05


def test_date_filter_on_a_crafted_map(qtbot: QtBot, store: MapStore, tmp_path: Path) -> None:
    from datetime import date

    a = store.insert(Actor(name="A", x=0.0, y=0.0))
    b = store.insert(Actor(name="B", x=3.0, y=0.0))
    c = store.insert(Actor(name="C", x=0.0, y=3.0))
    ends = {"ended": date(2016, 2, 29), "open": None, "on the day": date(2016, 3, 1)}
    store.insert(Relationship(source_id=a.id or 0, target_id=b.id or 0, end_date=ends["ended"]))
    store.insert(
        Relationship(source_id=a.id or 0, target_id=c.id or 0, start_date=date(2015, 1, 1))
    )
    store.insert(
        Relationship(
            source_id=b.id or 0,
            target_id=c.id or 0,
            start_date=date(2016, 3, 1),
            end_date=ends["on the day"],
        )
    )
    store.insert(
        Relationship(
            source_id=c.id or 0, target_id=b.id or 0, type="funding", start_date=date(2016, 3, 2)
        )
    )
    window = make_window(qtbot, store, tmp_path)
    canvas = _canvas(window)
    assert sum(len(g.sources) for g in canvas.data.edges) == 4
    window.graph.set_filter(GraphFilter(as_of=date(2016, 3, 1)))
    shown = sorted(canvas.data.visible.relationships)
    assert shown == [2, 3], "ties active on 1.3.2016: open-ended and the one-day tie"
    assert sum(len(g.sources) for g in canvas.data.edges) == 2
    assert "2 of 4 relationships" in window.status_filter.text()


def test_several_ties_between_one_pair_are_drawn_apart(
    qtbot: QtBot, store: MapStore, tmp_path: Path
) -> None:
    from aspdesk.graph.canvas.layers import edge_endpoints

    a = store.insert(Actor(name="A", x=0.0, y=0.0))
    b = store.insert(Actor(name="B", x=4.0, y=0.0))
    for kind in ("funding", "collaboration"):
        store.insert(Relationship(source_id=a.id or 0, target_id=b.id or 0, type=kind))
    store.insert(Relationship(source_id=b.id or 0, target_id=a.id or 0, type="competition"))
    window = make_window(qtbot, store, tmp_path)
    canvas = _canvas(window)
    lines = []
    for group in canvas.data.edges:
        start, end = edge_endpoints(canvas.data.positions, group)
        lines += [
            frozenset({tuple(np.round(s, 6)), tuple(np.round(e, 6))})
            for s, e in zip(start, end, strict=True)
        ]
    assert len(lines) == 3 and len(set(lines)) == 3, "no tie hides another"


def test_double_click_opens_the_form(qtbot: QtBot, window: MainWindow) -> None:
    from .graph_helpers import double_click

    canvas = _canvas(window)
    window.form_dock.hide()
    node = _node_of(canvas, "Luke")
    with qtbot.waitSignal(canvas.form_requested):
        double_click(canvas, node_point(canvas, node))
    assert window.form_dock.isVisible()
    assert window.forms[EntityType.ACTOR].editors["name"].value() == "Luonnonvarakeskus"


def test_hover_tooltip_names_kind_clusters_and_roles(window: MainWindow) -> None:
    from aspdesk.graph.canvas.tooltips import node_tooltip

    canvas = _canvas(window)
    node = _node_of(canvas, "Lapin AMK")
    text = node_tooltip(window.document, canvas.data.refs[node])
    assert "Lapin ammattikorkeakoulu" in text
    assert "Research or education organisation" in text
    assert "Security: " in text and "Coordinator" in text


def test_a_map_that_cannot_be_written_still_gets_a_picture(
    qtbot: QtBot, store: MapStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aspdesk.store.errors import StoreError

    store.insert(Actor(name="A"))
    store.insert(Actor(name="B"))

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StoreError("attempt to write a readonly database")

    monkeypatch.setattr(store, "set_positions", refuse)
    window = make_window(qtbot, store, tmp_path)
    canvas = _canvas(window)
    assert np.isfinite(canvas.data.positions).all()
    assert all(a.x is None for a in store.actors())


def test_a_search_for_a_hidden_actor_says_so_and_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    graph = window.graph
    research = GraphFilter(kinds=frozenset({"research"}))
    graph.set_filter(research)
    qtbot.keyClicks(graph.search, "Marjatila")
    hint = graph.search_hint
    assert hint.isVisible()
    assert hint.label.text() == "Lapin Marjatila is hidden by the filter."
    farm = next(a for a in window.document.store.actors() if a.short_name == "Lapin Marjatila")
    assert farm.id not in graph.canvas.data.visible.actors

    qtbot.mouseClick(hint.button, Qt.MouseButton.LeftButton)
    assert farm.id in graph.canvas.data.visible.actors
    assert graph.canvas.options.graph_filter == GraphFilter(
        kinds=frozenset({"research", "company"})
    )
    assert window.document.selection.current == Ref(EntityType.ACTOR, farm.id or 0)
    assert hint.label.text() == "The filter now shows Lapin Marjatila too."
    assert window.document.undo_stack.count() == 0, "the view's filter is no edit of the map"

    qtbot.mouseClick(hint.button, Qt.MouseButton.LeftButton)  # "Put the filter back"
    assert graph.canvas.options.graph_filter == research and not hint.isVisible()

    graph.search.clear()
    qtbot.keyClicks(graph.search, "Lapin")  # some found on show: nothing to say
    assert not hint.isVisible()


def test_the_canvas_builds_its_picture_once_at_construction(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aspdesk.graph.canvas import canvas as canvas_module

    builds: list[object] = []
    real = canvas_module.build_graph_data

    def counted(*args: object, **kwargs: object) -> object:
        builds.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(canvas_module, "build_graph_data", counted)
    window = make_window(qtbot, sample_store, tmp_path)
    canvas = _canvas(window)
    assert len(builds) == 1, "one build of the graph's data when the canvas is made"
    first = canvas.data
    canvas.rebuild()
    again = canvas.data
    assert again.refs == first.refs and again.colours == first.colours
    assert np.array_equal(again.positions, first.positions)
