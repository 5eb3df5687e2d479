"""Every item model of the window stays a sound Qt model while its rows come and go.

Each model gets a tester of its own (pytest-qt's ``ModelTester``, which runs Qt's
``QAbstractItemModelTester``), attached before the edits and kept until the test ends: it
checks the model again on every signal the model sends (rows inserted and removed, data
and layout changed, resets), and a fault is a Qt warning that fails the test. The
``qtmodeltester`` fixture keeps only the last model it was given, so a test checking
several models with it leaves all but one unwatched.

The item views of Qt's own widgets (the views list, the backups and cells tables, the
rules tree) use Qt's models and are not checked here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType, Membership
from aspdesk.io.merging.plan import Outcome
from aspdesk.ui.consortium.window import ConsortiumWindow
from aspdesk.ui.importing.preview import CHOICE, OUTCOME_ROLE
from aspdesk.ui.window.main_window import MainWindow

from .. import problem_files
from .consortium_helpers import actor_named
from .test_import import _open_dialog

pytestmark = pytest.mark.gui

Attach = Callable[[QAbstractItemModel], None]


@pytest.fixture
def attach(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[Attach]:
    """Attach a model tester to a model for the rest of the test."""
    testers: list[ModelTester] = []

    def attach(model: QAbstractItemModel) -> None:
        tester = ModelTester(request.config)
        tester.check(model)
        testers.append(tester)

    yield attach
    testers.clear()


def _names(model: QAbstractItemModel) -> list[str]:
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_table_models_stay_sound_through_edits_undo_and_redo(
    qtbot: QtBot, window: MainWindow, attach: Attach
) -> None:
    document = window.document
    undo = document.undo_stack
    for panel in window.tables.values():
        attach(panel.model)
        attach(panel.proxy)
    for panel in (window.related.membership_panel, window.related.contact_panel):
        attach(panel.model)
        attach(panel.proxy)
    attach(window.related.partner_model)
    attach(window.overview.model)

    actors = window.tables[EntityType.ACTOR]
    count = actors.model.rowCount()

    # A new actor is a row inserted where the sort puts it; undo removes it, redo puts
    # it back.
    add = AddEntity(document, Actor(name="Aaaa Oy", kind="company"), "Add")
    assert document.push(add)
    assert actors.model.rowCount() == count + 1
    assert _names(actors.model)[0] == "Aaaa Oy"
    undo.undo()
    assert actors.model.rowCount() == count and "Aaaa Oy" not in _names(actors.model)
    undo.redo()
    assert _names(actors.model)[0] == "Aaaa Oy"

    # Renamed, it moves to the end (a layout change); searched, the proxy filters.
    new_id = add.ref.id
    rename = EditEntity(
        document, EntityType.ACTOR, new_id, {"name": "Aaaa Oy"}, {"name": "Zzzz Oy"}, "Rename"
    )
    assert document.push(rename)
    assert _names(actors.model)[-1] == "Zzzz Oy"
    actors.proxy.set_search("zzzz")
    assert _names(actors.proxy) == ["Zzzz Oy"]
    undo.undo()
    assert actors.proxy.rowCount() == 0
    undo.redo()
    assert _names(actors.proxy) == ["Zzzz Oy"]
    actors.proxy.set_search("")

    # A cluster chosen: its memberships; one added and taken away again.
    cluster = next(c for c in document.store.clusters() if c.name == "Arctic security")
    assert cluster.id is not None
    document.selection.select([Ref(EntityType.CLUSTER, cluster.id)])
    members = window.membership_model.rowCount()
    assert members > 0
    join = Membership(actor_id=new_id, cluster_id=cluster.id, role="member_company")
    assert document.push(AddEntity(document, join, "Join"))
    assert window.membership_model.rowCount() == members + 1
    undo.undo()
    assert window.membership_model.rowCount() == members

    # An actor with ties and memberships deleted: rows go from several tables at once,
    # and undo brings them all back.
    hub = next(a for a in document.store.actors() if a.short_name == "Tekes")
    ties = window.tables[EntityType.RELATIONSHIP].model.rowCount()
    assert document.push(DeleteEntity(document, Ref(EntityType.ACTOR, hub.id or 0), "Delete"))
    assert window.tables[EntityType.RELATIONSHIP].model.rowCount() < ties
    undo.undo()
    assert window.tables[EntityType.RELATIONSHIP].model.rowCount() == ties
    assert actors.model.rowCount() == count + 1

    # Sorting the other way round moves every row.
    actors.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(actors.proxy)[0] == "Zzzz Oy"


def test_the_metrics_model_stays_sound_as_figures_come_and_go(
    qtbot: QtBot, window: MainWindow, attach: Attach
) -> None:
    panel = window.analysis.metrics
    assert panel is not None
    attach(panel.model)
    qtbot.waitUntil(lambda: panel.metrics is not None)
    document = window.document
    count = panel.model.rowCount()
    assert count > 0

    add = AddEntity(document, Actor(name="Aaaa Oy", kind="company"), "Add")
    assert document.push(add)
    qtbot.waitUntil(lambda: panel.model.rowCount() == count + 1)
    panel.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    rename = EditEntity(
        document, EntityType.ACTOR, add.ref.id, {"name": "Aaaa Oy"}, {"name": "Zzzz Oy"}, "Rename"
    )
    assert document.push(rename)
    qtbot.waitUntil(lambda: "Zzzz Oy" in _names(panel.model))
    document.undo_stack.undo()
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.model.rowCount() == count)
    qtbot.waitUntil(lambda: not panel.compute_pending())


def test_the_consortium_model_stays_sound_as_partners_come_and_go(
    qtbot: QtBot, window: MainWindow, builder: ConsortiumWindow, attach: Attach
) -> None:
    attach(builder.model)
    document = window.document
    builder.picker.choose("horizon_europe")
    names = ("Lapin yliopisto", "UK cluster org.", "Spanish cluster org.", "Digipolis")
    for name in names:
        assert builder.add_actor(actor_named(document, name).id or 0)
    assert builder.model.rowCount() == 4
    assert builder.model.set_role(3, "associated")
    assert builder.model.remove_rows([1, 3]) == 2
    assert _names(builder.model) == ["Lapin yliopisto", "Spanish cluster org."]

    # The map takes an actor away: its row goes; undone, it can be added again.
    spain = actor_named(document, "Spanish cluster org.")
    assert document.push(DeleteEntity(document, Ref(EntityType.ACTOR, spain.id or 0), "Delete"))
    qtbot.waitUntil(lambda: builder.model.rowCount() == 1)
    document.undo_stack.undo()
    assert builder.add_actor(spain.id or 0)
    assert builder.model.rowCount() == 2


def test_the_import_preview_models_stay_sound_as_rows_are_planned_again(
    qtbot: QtBot, window: MainWindow, attach: Attach, tmp_path: Path
) -> None:
    path = problem_files.coordinators_table(tmp_path / "toimijat.xlsx")
    dialog = _open_dialog(qtbot, window, path)
    preview = dialog.preview
    attach(preview.model)
    attach(preview.proxy)
    dialog.next_button.click()
    plan = dialog.plan
    assert plan is not None
    rows = preview.model.rowCount()
    assert rows > 0

    # Only the errors shown, one imported without its bad field: the plan is made again
    # and that row leaves the filtered table.
    preview.proxy.show_only(Outcome.ERROR.value)
    errors = preview.proxy.rowCount()
    assert 0 < errors < rows
    droppable = next(n for n, item in enumerate(plan.items) if item.droppable)
    model = preview.model
    model.setData(
        model.index(droppable, CHOICE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.plan is not plan
    assert model.index(droppable, 0).data(OUTCOME_ROLE) == Outcome.NEW.value
    assert preview.proxy.rowCount() == errors - 1
    preview.proxy.show_only("")
    assert preview.proxy.rowCount() == model.rowCount() == rows
    dialog.reject()


def test_a_table_makes_only_the_cells_it_shows_sorts_or_searches(window: MainWindow) -> None:
    """A big map's window opens without making every cell of every table (at 10,000 actors
    that was 5 s): rows are made with their sort column's cell only, a cell on demand."""
    model = window.models[EntityType.RELATIONSHIP]
    assert model.rowCount() > 20
    rows = model._rows  # noqa: SLF001 - what is made is the point
    made = [[cell is not None for cell in row.cells] for row in rows]
    assert all(flags == [n == model.sort_column for n in range(len(flags))] for flags in made)
    shown = model.index(3, 2).data()
    assert shown and rows[3].cells[2] == shown
    panel = window.tables[EntityType.RELATIONSHIP]
    panel.proxy.set_search(shown[:4])
    assert panel.proxy.rowCount() >= 1
    assert all(row.search is not None for row in rows)  # the search read every row


def test_a_form_fills_its_lists_when_first_shown(window: MainWindow) -> None:
    form = window.forms[EntityType.RELATIONSHIP]
    source = form.editors["source_id"]
    assert source.combo.count() == 0  # not filled while nobody looks at it
    ref = Ref(EntityType.RELATIONSHIP, window.models[EntityType.RELATIONSHIP]._rows[0].entity.id)  # noqa: SLF001
    window.document.selection.select([ref], ref)
    assert source.combo.count() == len(window.document.index.all(EntityType.ACTOR))
