"""Projects on the graph: hubs joined to their partners, the network of one project,
projects in saved views, moving and placing project nodes, the legend and images."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.commands import DeleteEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import (
    Actor,
    EntityType,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.views import ViewState
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.canvas.tooltips import node_tooltip
from aspdesk.graph.export.image import Page, capture, export_image
from aspdesk.graph.panel.panel import GraphPanel
from aspdesk.graph.styling import style
from aspdesk.graph.styling.themes import DARK
from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.store.repository import MapStore
from aspdesk.ui.window.main_window import MainWindow

from .graph_helpers import click, drag, drawn_inside, drawn_overlaps, node_point

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot: QtBot, sample_store: MapStore) -> Iterator[GraphPanel]:
    """The graph panel on a private copy of the sample map, shown at a usable size."""
    widget = GraphPanel(Document(sample_store, "en"))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.canvas.fit()
    QApplication.processEvents()
    yield widget


def _asp(document: Document) -> Project:
    (project,) = [p for p in document.index.all(EntityType.PROJECT) if isinstance(p, Project)]
    return project


def _partners(document: Document, project_id: int) -> dict[int, str]:
    return {
        p.actor_id: p.role
        for p in document.index.all(EntityType.PROJECT_PARTNER)
        if isinstance(p, ProjectPartner) and p.project_id == project_id
    }


def _hub(canvas: GraphCanvas, project_id: int) -> int:
    node = canvas.data.index_of(Ref(EntityType.PROJECT, project_id))
    assert node >= 0, "the project is drawn"
    return node


def _lines_of(canvas: GraphCanvas, node: int) -> dict[int, tuple[str, str, float]]:
    """Every line drawn from ``node``: the node at its other end -> colour, dash, width."""
    found = {}
    for group in canvas.data.edges:
        for a, b in zip(group.sources.tolist(), group.targets.tolist(), strict=True):
            if node in (a, b):
                found[b if a == node else a] = (group.colour, group.dash, group.width)
    return found


def test_projects_are_off_until_turned_on(panel: GraphPanel) -> None:
    canvas = panel.canvas
    assert not panel.projects.isChecked()
    assert not [r for r in canvas.data.refs if r.type is EntityType.PROJECT]
    assert "Project" not in canvas.legend.entries_text()
    assert all(g.colour != style.PROJECT_COLOUR for g in canvas.data.edges)

    panel.projects.setChecked(True)
    project = _asp(panel.document)
    assert project.id is not None
    hubs = [r for r in canvas.data.refs if r.type is EntityType.PROJECT]
    assert hubs == [Ref(EntityType.PROJECT, project.id)]
    node = _hub(canvas, project.id)
    assert canvas.data.labels[node] == "ASP"
    assert canvas.data.shapes[node] == style.PROJECT_SHAPE
    partners = _partners(panel.document, project.id)
    assert len(partners) == 8
    lines = _lines_of(canvas, node)
    ends = {canvas.data.refs[n] for n in lines}
    assert ends == {Ref(EntityType.ACTOR, a) for a in partners}, "one line to each partner"
    coordinator = next(a for a, role in partners.items() if role == "coordinator")
    widths = {canvas.data.refs[n].id: width for n, (_c, _d, width) in lines.items()}
    assert widths[coordinator] > max(w for a, w in widths.items() if a != coordinator)
    assert {colour for colour, _d, _w in lines.values()} == {style.PROJECT_COLOUR}
    texts = canvas.legend.entries_text()
    assert "Project" in texts and "Project: coordinator or lead partner" in texts
    assert "Project: partner" in texts

    panel.projects.setChecked(False)
    assert not [r for r in canvas.data.refs if r.type is EntityType.PROJECT]
    assert "Project" not in canvas.legend.entries_text()


def test_with_clusters_as_hubs_a_project_joins_the_clusters_it_serves(panel: GraphPanel) -> None:
    canvas = panel.canvas
    panel.hubs.setChecked(True)
    panel.projects.setChecked(True)
    project = _asp(panel.document)
    lines = _lines_of(canvas, _hub(canvas, project.id or 0))
    clusters = {
        canvas.data.refs[n].id for n in lines if canvas.data.refs[n].type is EntityType.CLUSTER
    }
    assert clusters == set(project.cluster_ids)
    assert "Project: cluster it serves" in canvas.legend.entries_text()


def test_a_project_hub_is_selected_dragged_and_undone_in_one_step(panel: GraphPanel) -> None:
    canvas, document = panel.canvas, panel.document
    panel.projects.setChecked(True)
    project = _asp(document)
    ref = Ref(EntityType.PROJECT, project.id or 0)
    placed = document.store.get(EntityType.PROJECT, ref.id)
    assert isinstance(placed, Project) and placed.x is not None and placed.y is not None, (
        "a project without a position is placed, and the place is kept"
    )
    assert document.undo_stack.count() == 0, "placing is not an edit"

    canvas.fit()
    QApplication.processEvents()
    node = _hub(canvas, ref.id)
    click(canvas, node_point(canvas, node))
    assert document.selection.selected == (ref,)
    start = node_point(canvas, node)
    drag(canvas, start, start + QPoint(90, 40))
    moved = document.store.get(EntityType.PROJECT, ref.id)
    assert isinstance(moved, Project) and (moved.x, moved.y) != (placed.x, placed.y)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Move 1 node"
    document.undo_stack.undo()
    back = document.store.get(EntityType.PROJECT, ref.id)
    assert isinstance(back, Project) and (back.x, back.y) == (placed.x, placed.y)
    QApplication.processEvents()
    assert tuple(canvas.data.positions[_hub(canvas, ref.id)]) == (placed.x, placed.y)


def test_layouts_place_project_hubs(panel: GraphPanel) -> None:
    canvas = panel.canvas
    panel.projects.setChecked(True)
    panel.hubs.setChecked(True)
    panel.layouts.animate = False
    project = _asp(panel.document)
    for name in ("force", "circle", "grid", "group", "wheel"):
        panel.run_layout(name, name)
        QApplication.processEvents()
        positions = canvas.data.positions
        assert np.isfinite(positions).all(), name
        node = _hub(canvas, project.id or 0)
        others = np.delete(positions, node, axis=0)
        assert np.hypot(*(others - positions[node]).T).min() > 1e-3, f"{name}: on a node"
    assert panel.document.undo_stack.count() == 5


def _expected_network(document: Document, project_id: int) -> set[Ref]:
    partners = set(_partners(document, project_id))
    near = set(partners)
    for tie in document.index.all(EntityType.RELATIONSHIP):
        assert isinstance(tie, Relationship)
        if tie.source_id in partners or tie.target_id in partners:
            near |= {tie.source_id, tie.target_id}
    return {Ref(EntityType.ACTOR, a) for a in near} | {Ref(EntityType.PROJECT, project_id)}


def _cut_down(document: Document, project_id: int) -> None:
    """Leave the project three partners, so that its network is not the whole sample."""
    partners = sorted(
        (
            p
            for p in document.index.all(EntityType.PROJECT_PARTNER)
            if isinstance(p, ProjectPartner)
        ),
        key=lambda p: p.id or 0,
    )
    for partner in partners[3:]:
        ref = Ref(EntityType.PROJECT_PARTNER, partner.id or 0)
        document.push(DeleteEntity(document, ref, "Delete partner"))
    assert len(_partners(document, project_id)) == 3


def test_the_network_of_a_project_from_its_menu(panel: GraphPanel) -> None:
    canvas, document = panel.canvas, panel.document
    project = _asp(document)
    _cut_down(document, project.id or 0)
    panel.projects.setChecked(True)
    menu = panel.node_menu(_hub(canvas, project.id or 0))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Edit", "Show the network of this project", "Pin in place", "Delete…"]
    next(a for a in menu.actions() if a.text() == "Show the network of this project").trigger()

    expected = _expected_network(document, project.id or 0)
    assert set(canvas.data.refs) == expected
    assert len(expected) < 22, "the filter hides something on this map"
    drawn_ties = set(canvas.data.visible.relationships)
    partners = set(_partners(document, project.id or 0))
    for tie in document.index.all(EntityType.RELATIONSHIP):
        assert isinstance(tie, Relationship)
        touches = tie.source_id in partners or tie.target_id in partners
        assert (tie.id in drawn_ties) == touches
    status = canvas.status_text()
    assert status.startswith("Network of the project ASP: its partners (3) and the actors tied")
    assert f"Graph shows {len(expected) - 1} of 21 actors" in status
    assert panel.filter_button.on, "the Filter button is pressed in while a filter is on"

    # Without "Show projects" the project in the filter is still drawn, and no other.
    panel.projects.setChecked(False)
    assert set(canvas.data.refs) == expected

    # The way back: the filter's "Show everything".
    panel.filter_popup.reset()
    assert len(canvas.data.refs) == 21 and canvas.status_text() == ""
    assert not panel.filter_button.on


def test_the_filter_popup_picks_a_project(panel: GraphPanel) -> None:
    document = panel.document
    project = _asp(document)
    popup = panel.filter_popup
    popup.refresh(panel.canvas.options.graph_filter)
    assert [popup.project.itemText(i) for i in range(popup.project.count())] == [
        "(any: no project filter)",
        "ASP – Arctic Smartness Portfolio",
    ]
    popup.project.setCurrentIndex(1)
    assert panel.canvas.options.graph_filter.project == project.id
    assert panel.canvas.data.index_of(Ref(EntityType.PROJECT, project.id or 0)) >= 0
    popup.refresh(panel.canvas.options.graph_filter)
    assert popup.project.currentIndex() == 1, "the popup shows the filter in force"
    popup.project.setCurrentIndex(0)
    assert panel.canvas.options.graph_filter == GraphFilter()
    # "Show projects" is in the same popup.
    assert popup.show_projects is panel.projects and popup.show_projects.text() == "Show projects"
    popup.show_projects.setChecked(True)
    assert panel.canvas.options.show_projects
    assert panel.canvas.data.index_of(Ref(EntityType.PROJECT, project.id or 0)) >= 0
    popup.reset()
    assert popup.show_projects.isChecked(), "showing everything leaves the projects on"


def test_focus_on_a_selected_project_starts_from_its_partners(panel: GraphPanel) -> None:
    canvas, document = panel.canvas, panel.document
    project = _asp(document)
    _cut_down(document, project.id or 0)
    panel.projects.setChecked(True)
    document.selection.select([Ref(EntityType.PROJECT, project.id or 0)])
    panel.set_focus_depth(1)
    QApplication.processEvents()
    lit = {canvas.data.refs[n] for n in np.flatnonzero(~canvas.data.dimmed)}
    assert lit == _expected_network(document, project.id or 0)


def test_a_view_with_projects_round_trips(panel: GraphPanel) -> None:
    canvas, document = panel.canvas, panel.document
    project = _asp(document)
    ref = Ref(EntityType.PROJECT, project.id or 0)
    panel.projects.setChecked(True)
    panel.show_project_network(ref.id)
    document.selection.select([ref])
    state = panel.view_state()
    assert (state.show_projects, state.project, state.selected_projects) == (
        True,
        ref.id,
        (ref.id,),
    )
    assert state.project_positions is not None and ref.id in state.project_positions
    assert ViewState.from_dict(state.to_dict()) == state

    panel.filter_popup.reset()
    panel.projects.setChecked(False)
    document.selection.clear()
    assert canvas.data.index_of(ref) < 0

    panel.apply_view_state(ViewState.from_dict(state.to_dict()))
    assert panel.projects.isChecked()
    assert canvas.options.graph_filter.project == ref.id
    assert document.selection.selected == (ref,)
    assert tuple(canvas.data.positions[_hub(canvas, ref.id)]) == state.project_positions[ref.id]
    assert panel.view_state() == state

    # A view of a project that has since been deleted shows the rest, without the filter.
    document.push(DeleteEntity(document, ref, "Delete project"))
    panel.apply_view_state(state)
    assert canvas.options.graph_filter.project is None
    assert not panel.filter_button.on
    assert len([r for r in canvas.data.refs if r.type is EntityType.ACTOR]) == 21


def test_a_project_tooltip_names_programme_status_partners_and_clusters(panel: GraphPanel) -> None:
    project = _asp(panel.document)
    text = node_tooltip(panel.document, Ref(EntityType.PROJECT, project.id or 0))
    assert text.startswith("<b>Arctic Smartness Portfolio</b> (ASP)")
    assert "European Regional Development Fund" in text
    assert "Status: Closed" in text and "Partners: 8" in text
    assert "Clusters: " in text


def test_markup_in_a_project_name_stays_text(panel: GraphPanel) -> None:
    document = panel.document
    project = document.store.insert(Project(name="<b>Big</b> & bold", acronym=""))
    document.index.refresh(EntityType.PROJECT, [project.id or 0])
    text = node_tooltip(document, Ref(EntityType.PROJECT, project.id or 0))
    assert text.startswith("<b>&lt;b&gt;Big&lt;/b&gt; &amp; bold</b>")
    panel.projects.setChecked(True)
    node = _hub(panel.canvas, project.id or 0)
    assert panel.canvas.data.labels[node] == "<b>Big</b> & bold"


def test_project_lines_are_light_on_the_dark_theme(panel: GraphPanel) -> None:
    canvas = panel.canvas
    panel.projects.setChecked(True)
    canvas.set_theme(DARK)
    colours = {g.colour for g in canvas.dressed_edges(canvas.data)}
    assert style.PROJECT_COLOUR_ON_DARK in colours and style.PROJECT_COLOUR not in colours


def test_images_show_the_project_and_its_legend(panel: GraphPanel, tmp_path: Path) -> None:
    canvas = panel.canvas
    panel.projects.setChecked(True)
    (picture,) = capture(canvas, [Page("ASP")], ImageOptions())
    assert "Project" in [e.label for e in picture.legend_nodes]
    assert "ASP" in [picture.labels[n] for n in picture.label_order]
    path = tmp_path / "graph.svg"
    export_image(canvas, [Page("ASP")], ImageOptions(format="svg"), path)
    svg = path.read_text(encoding="utf-8")
    assert ">Project<" in svg and ">ASP<" in svg
    assert style.PROJECT_COLOUR.lower() in svg.lower()


def test_a_map_without_projects_draws_as_before(qtbot: QtBot, store: MapStore) -> None:
    a = store.insert(Actor(name="Alpha", x=0.0, y=0.0))
    b = store.insert(Actor(name="Beta", x=1.0, y=0.0))
    store.insert(Relationship(source_id=a.id or 0, target_id=b.id or 0))
    widget = GraphPanel(Document(store, "en"))
    qtbot.addWidget(widget)
    before = (list(widget.canvas.data.refs), widget.canvas.legend.entries_text())
    widget.projects.setChecked(True)
    assert (list(widget.canvas.data.refs), widget.canvas.legend.entries_text()) == before


def test_in_the_window_a_project_node_opens_its_form_and_names_its_network(
    window: MainWindow,
) -> None:
    window.resize(1500, 950)
    QApplication.processEvents()
    document, graph = window.document, window.graph
    project = document.store.insert(Project(name="<b>Pilot</b>", acronym=""))
    ref = Ref(EntityType.PROJECT, project.id or 0)
    document.index.refresh(EntityType.PROJECT, [ref.id])
    graph.projects.setChecked(True)
    graph.canvas.fit()
    QApplication.processEvents()
    canvas = graph.canvas
    click(canvas, node_point(canvas, _hub(canvas, ref.id)))
    assert document.selection.selected == (ref,)
    form = window.forms[EntityType.PROJECT]
    assert window.form_stack.currentWidget() is form
    assert form.entity is not None and form.entity.id == project.id

    graph.show_project_network(ref.id)
    assert window.status_filter.text().startswith("Network of the project <b>Pilot</b>: its")
    assert window.status_filter.textFormat() == Qt.TextFormat.PlainText


def test_a_new_project_hub_lands_clear_of_every_other_node(panel: GraphPanel) -> None:
    from aspdesk.app.project_commands import SaveConsortium

    document = panel.document
    panel.projects.setChecked(True)
    names = {a.name: a.id for a in document.index.all(EntityType.ACTOR)}
    chosen = ["Lapin yliopisto", "Lapin ammattikorkeakoulu", "Digipolis"]
    partners = [
        ProjectPartner(actor_id=names[n] or 0, role="coordinator" if i == 0 else "partner")
        for i, n in enumerate(chosen)
    ]
    command = SaveConsortium(document, Project(name="Uusi", acronym="NEW"), partners, "save")
    assert document.push(command)
    QApplication.processEvents()
    canvas = panel.canvas
    (new,) = [
        p.id
        for p in document.index.all(EntityType.PROJECT)
        if isinstance(p, Project) and p.acronym == "NEW"
    ]
    node = _hub(canvas, new or 0)
    label = canvas.data.labels[node]
    # as drawn: its symbol and label clear of every other node and label, and in view
    assert [o for o in drawn_overlaps(canvas) if repr(label) in o] == []
    assert drawn_inside(canvas, [node])
    stored = document.index.get(EntityType.PROJECT, new)
    assert isinstance(stored, Project) and stored.x is not None, "its place is kept"


def test_shift_drag_from_an_actor_to_a_project_adds_a_partner(
    qtbot: QtBot, panel: GraphPanel
) -> None:
    document = panel.document
    canvas = panel.canvas
    panel.projects.setChecked(True)
    project = _asp(document)
    asked: list[QPoint] = []
    panel.choose_partner_role = lambda where: asked.append(where) or "associated"
    names = {a.name: a.id for a in document.index.all(EntityType.ACTOR)}
    tekes = canvas.data.index_of(
        Ref(EntityType.ACTOR, names["Teknologian ja innovaatioiden kehittämiskeskus Tekes"] or 0)
    )
    hub = _hub(canvas, project.id or 0)
    drag(
        canvas,
        node_point(canvas, tekes),
        node_point(canvas, hub),
        Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked, "the role is asked"
    partners = _partners(document, project.id or 0)
    assert (
        partners[names["Teknologian ja innovaatioiden kehittämiskeskus Tekes"] or 0] == "associated"
    )
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert len(_partners(document, project.id or 0)) == 8

    # An actor already in the project is refused with the reason, and nothing is asked.
    failures: list[str] = []
    document.edit_failed.connect(failures.append)
    asked.clear()
    coordinator = canvas.data.index_of(Ref(EntityType.ACTOR, names["Lapin liitto"] or 0))
    drag(
        canvas,
        node_point(canvas, hub),
        node_point(canvas, coordinator),
        Qt.KeyboardModifier.ShiftModifier,
    )
    assert failures == ["This actor is already a partner in this project."]
    assert not asked and len(_partners(document, project.id or 0)) == 8


def test_turning_projects_on_keeps_the_grown_legend_off_the_nodes(panel: GraphPanel) -> None:

    panel.resize(680, 900)  # tall and narrow: the legend sits above the graph
    QApplication.processEvents()
    panel.canvas.fit()
    QApplication.processEvents()
    assert not panel.canvas.legend_covers_nodes()
    panel.projects.setChecked(True)
    QApplication.processEvents()
    assert not panel.canvas.legend_covers_nodes(), "the view fits again around the new legend"
