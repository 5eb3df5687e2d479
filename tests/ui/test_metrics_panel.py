"""The Network metrics dock and the graph sized or coloured by a metric."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from aspdesk.analysis.metrics import compute_metrics
from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.commands import AddEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType, Relationship
from aspdesk.domain.views import ViewState
from aspdesk.graph.panel.panel import GraphPanel
from aspdesk.graph.styling.metric_style import MAX_SIZE, MIN_SIZE, RAMP
from aspdesk.store.opening import open_map
from aspdesk.store.repository import MapStore
from aspdesk.ui.metrics.model import COLUMNS, ID_ROLE, VALUE_ROLE
from aspdesk.ui.metrics.panel import MetricsPanel
from aspdesk.ui.window.main_window import MainWindow
from tests.benchmarks.generate import generate_map

from .conftest import make_window

pytestmark = pytest.mark.gui


def _panel(qtbot: QtBot, window: MainWindow) -> MetricsPanel:
    panel = window.analysis.metrics
    assert panel is not None
    qtbot.waitUntil(lambda: panel.metrics is not None)
    return panel


def _column(panel: MetricsPanel, code: str, role: int = VALUE_ROLE) -> list[object]:
    model, column = panel.model, COLUMNS.index(code)
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _note(panel: MetricsPanel) -> str:
    """The note, read the same before and after the English plural forms are filled in."""
    return panel.note_text().replace("(s)", "s")


def _ids(panel: MetricsPanel) -> list[int]:
    return [int(i) for i in _column(panel, "name", ID_ROLE)]


def test_the_table_shows_every_actor_with_its_figures(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    store = window.document.store
    expected = compute_metrics(store.actors(), store.relationships())
    assert panel.model.rowCount() == 21
    betweenness = dict(zip(_ids(panel), _column(panel, "betweenness"), strict=True))
    assert betweenness == pytest.approx(expected.by_actor("betweenness"))
    names = {a.id: a.display_name for a in store.actors()}
    assert dict(zip(_ids(panel), _column(panel, "name"), strict=True)) == names
    assert panel.model.headerData(COLUMNS.index("betweenness"), Qt.Orientation.Horizontal) == (
        "Betweenness"
    )
    tip = panel.model.headerData(
        COLUMNS.index("betweenness"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "shortest path" in tip
    assert "for the 21 actors and 47 ties shown" in _note(panel)
    assert "estimated" not in _note(panel)


def test_columns_sort_as_numbers(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    panel.view.sortByColumn(COLUMNS.index("degree"), Qt.SortOrder.DescendingOrder)
    ties = _column(panel, "degree")
    assert ties == sorted(ties, reverse=True)
    shown = _column(panel, "degree", Qt.ItemDataRole.DisplayRole)
    assert shown[0] == "11"  # as text, "9" would come before "11"
    panel.view.sortByColumn(COLUMNS.index("betweenness"), Qt.SortOrder.AscendingOrder)
    values = _column(panel, "betweenness")
    assert values == sorted(values)
    panel.view.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    names = [str(n).casefold() for n in _column(panel, "name")]
    assert names == sorted(names)


def test_the_table_follows_and_drives_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    selection = window.document.selection
    panel.view.selectRow(3)
    chosen = panel.model.actor_id(3)
    assert selection.selected == (Ref(EntityType.ACTOR, chosen),)
    assert window.graph.canvas.selected_nodes() == [
        window.graph.canvas.data.index_of(Ref(EntityType.ACTOR, chosen))
    ]

    other = panel.model.actor_id(15)
    selection.select([Ref(EntityType.ACTOR, other), Ref(EntityType.ACTOR, chosen)])
    rows = panel.view.selectionModel().selectedRows()
    assert {int(r.data(ID_ROLE)) for r in rows} == {chosen, other}
    assert int(panel.view.selectionModel().currentIndex().data(ID_ROLE)) == other

    # Sorting keeps the selected actors selected, wherever their rows go.
    panel.view.sortByColumn(COLUMNS.index("betweenness"), Qt.SortOrder.DescendingOrder)
    rows = panel.view.selectionModel().selectedRows()
    assert {int(r.data(ID_ROLE)) for r in rows} == {chosen, other}
    assert set(selection.selected) == {Ref(EntityType.ACTOR, chosen), Ref(EntityType.ACTOR, other)}

    panel.view.selectionModel().select(
        panel.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert selection.selected_of(EntityType.ACTOR) == [panel.model.actor_id(0)]


def test_a_filter_changes_the_rows(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    companies = [a.id for a in window.document.store.actors() if a.kind == "company"]
    before = panel.metrics
    window.graph.set_filter(GraphFilter(kinds=frozenset({"company"})))
    qtbot.waitUntil(lambda: panel.metrics is not before)
    assert sorted(_ids(panel)) == sorted(companies)
    shown = window.graph.canvas.data.visible.relationships
    assert f"for the {len(companies)} actors and {len(shown)} ties shown" in _note(panel)


def test_an_edit_brings_new_figures(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    lone = next(a for a in window.document.store.actors() if a.short_name == "Aapa Puurakenne")
    hub = next(a for a in window.document.store.actors() if a.short_name == "Tekes")
    before = dict(zip(_ids(panel), _column(panel, "degree"), strict=True))[lone.id]
    tie = Relationship(source_id=lone.id, target_id=hub.id, type="collaboration")
    window.document.push(AddEntity(window.document, tie, "Add"))
    qtbot.waitUntil(
        lambda: dict(zip(_ids(panel), _column(panel, "degree"), strict=True))[lone.id] == before + 1
    )


def test_size_by_a_metric(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    graph, canvas = window.graph, window.graph.canvas
    before = canvas.data.sizes.copy()
    graph.size_by.action_for("betweenness").trigger()
    assert canvas.options.size_by == "betweenness"
    assert panel.metrics is not None
    values = panel.metrics.by_actor("betweenness")
    ids = [ref.id for ref in canvas.data.refs]
    top = max(ids, key=values.__getitem__)
    bottom = min(ids, key=values.__getitem__)
    sizes = canvas.data.sizes
    assert ids[int(np.argmax(sizes))] == top
    assert sizes.max() == pytest.approx(MAX_SIZE)
    assert sizes[ids.index(bottom)] == pytest.approx(MIN_SIZE)
    assert not np.allclose(before, sizes)
    order = sorted(ids, key=values.__getitem__)
    assert list(sizes[[ids.index(a) for a in order]]) == sorted(sizes)
    notes = canvas.legend.entries_text()
    assert "Size: betweenness" in notes
    assert "Size: number of ties" not in notes

    graph.size_by.action_for("ties").trigger()
    assert "Size: number of ties" in canvas.legend.entries_text()
    assert np.allclose(canvas.data.sizes, before)


def test_colour_by_a_metric(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    graph, canvas = window.graph, window.graph.canvas
    graph.colour_by.action_for("betweenness").trigger()
    assert panel.metrics is not None
    labels = [e.label for e in canvas.data.legend_nodes if e.label.startswith("Betweenness")]
    assert labels[0] == "Betweenness 0.00–0.05"
    assert len(labels) == len(RAMP)
    top = max(panel.metrics.actor_ids, key=panel.metrics.by_actor("betweenness").__getitem__)
    assert labels[-1] == "Betweenness 0.25–0.30"  # the largest is 0.29
    assert set(canvas.data.colours) <= set(RAMP)
    assert canvas.data.colours[canvas.data.index_of(Ref(EntityType.ACTOR, top))] == RAMP[-1]
    kinds = [e for e in canvas.data.legend_nodes if not e.label.startswith("Betweenness")]
    assert kinds and all(e.colour == "#FFFFFF" for e in kinds), "kinds keep their shapes only"

    graph.colour_by.action_for("degree").trigger()
    labels = [e.label for e in canvas.data.legend_nodes if e.label.startswith("Ties")]
    assert labels[0].startswith("Ties 2") and labels[-1].endswith("11")


def test_saved_views_keep_the_size(qtbot: QtBot, window: MainWindow) -> None:
    _panel(qtbot, window)
    graph = window.graph
    graph.size_by.action_for("eigenvector").trigger()
    graph.colour_by.action_for("closeness").trigger()
    state = graph.view_state(positions=False)
    assert (state.size_by, state.colour_by) == ("eigenvector", "closeness")
    assert ViewState.from_dict(state.to_dict()) == state
    graph.apply_view_state(ViewState())
    assert graph.size_by.current() == "ties"
    graph.apply_view_state(state)
    assert graph.size_by.current() == "eigenvector"
    assert graph.canvas.options.colour_by == "closeness"
    assert graph.canvas.legend.entries_text()[-2:][0] == "Size: eigenvector centrality"


@pytest.mark.slow
def test_a_large_map_computes_in_the_background_and_can_be_cancelled(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = generate_map(tmp_path / "large.aspmap", actors=1200, relationships=3000, clusters=4)
    window = make_window(qtbot, open_map(path, tmp_path / "backups"), tmp_path)
    panel = window.analysis.metrics
    assert panel is not None
    # Past the debounce: behind the Tables tab, nothing is computed.
    qtbot.waitUntil(lambda: not panel.compute_pending(), timeout=5000)
    assert panel.metrics is None and panel.task is None

    panel.compute()
    task = panel.task
    assert task is not None and isinstance(task.dialog, QProgressDialog)
    task.cancel()  # as the dialog's Cancel button does
    # The task reports from its worker thread; the panel hears it on the window's.
    qtbot.waitUntil(lambda: panel.task is None, timeout=10_000)
    assert panel.metrics is None and panel.model.rowCount() == 0
    assert window.graph.metrics is None
    assert "cancelled" in _note(panel)

    with qtbot.waitSignal(panel.computed, timeout=30_000):
        panel.compute()
        assert panel.task is not None
    assert panel.model.rowCount() == 1200
    assert window.graph.metrics is panel.metrics


@pytest.mark.slow
def test_a_large_map_computes_when_the_dock_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    path = generate_map(tmp_path / "large.aspmap", actors=1100, relationships=2500, clusters=3)
    window = make_window(qtbot, open_map(path, tmp_path / "backups"), tmp_path)
    panel = window.analysis.metrics
    assert panel is not None
    qtbot.waitUntil(lambda: not panel.compute_pending(), timeout=5000)
    assert panel.metrics is None
    with qtbot.waitSignal(panel.computed, timeout=30_000):
        window.analysis.metrics_dock.raise_()
    assert panel.model.rowCount() == 1100
    ids = {a.id for a in window.document.store.actors() if isinstance(a, Actor)}
    assert set(_ids(panel)) == ids


def test_the_note_says_when_betweenness_is_estimated(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    panel.exact_limit, panel.samples = 10, 8  # as a map over 5,000 actors would be
    with qtbot.waitSignal(panel.computed):
        panel.compute()
    assert panel.metrics is not None and panel.metrics.approximate == {"betweenness"}
    assert "Betweenness is estimated from the paths of 8 of the 21 actors" in _note(panel)


def test_a_graph_panel_alone_computes_its_own_figures(qtbot: QtBot, sample_store: MapStore) -> None:
    # As in a workshop window, where no metrics dock provides them.
    panel = GraphPanel(Document(sample_store, "en"))
    qtbot.addWidget(panel)
    panel.size_by.action_for("betweenness").trigger()
    assert panel.metrics is not None and len(panel.metrics.actor_ids) == 21
    panel.set_filter(GraphFilter(kinds=frozenset({"company"})))
    visible = panel.canvas.data.visible.actors
    assert len(visible) == 8 and set(panel.metrics.actor_ids) == visible
    assert panel.canvas.options.metrics is panel.metrics
    assert "Size: betweenness" in panel.canvas.legend.entries_text()
