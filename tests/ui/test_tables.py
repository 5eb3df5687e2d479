"""Tables: search, sorting, plain text, selection in step with the form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from aspdesk.app.collation import name_key
from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.store.repository import MapStore
from aspdesk.ui.tables.models import ID_ROLE, EntityTableModel
from aspdesk.ui.tables.overview import RoleCoverageModel
from aspdesk.ui.window.main_window import MainWindow

from .conftest import make_window

# Tests on an empty map (the store fixture) run on a map file and on a team map too.
pytestmark = [pytest.mark.gui, pytest.mark.both_backends]


def _shown_names(window: MainWindow) -> list[str]:
    proxy = window.tables[EntityType.ACTOR].proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_search_filters_as_one_types(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.tables[EntityType.ACTOR]
    total = panel.proxy.rowCount()
    assert total == 21
    qtbot.keyClicks(panel.search, "lapin")
    names = _shown_names(window)
    assert names and len(names) < total
    assert all(
        "lapin"
        in " ".join(
            panel.proxy.index(r, c).data() or "" for c in range(panel.proxy.columnCount())
        ).casefold()
        for r in range(panel.proxy.rowCount())
    )
    assert "Lapin yliopisto" in names and "Digipolis" not in names
    panel.search.clear()
    assert panel.proxy.rowCount() == total


def test_search_finds_by_any_column(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.tables[EntityType.ACTOR]
    # QTest cannot type ä (it aborts on non-ASCII keys); a prefix is as good a search.
    qtbot.keyClicks(panel.search, "Sodankyl")
    assert _shown_names(window) == ["Kairan Kaivospalvelu Oy (example)"]


def test_search_folds_case_as_python_does_and_follows_edits(
    qtbot: QtBot, window: MainWindow
) -> None:
    """ "strasse" finds "Straße" (full case folding, not Qt's simple one), and a row whose
    text changes under a search is kept or dropped by its new text."""
    document = window.document
    added = AddEntity(document, Actor(name="Große Straße GmbH", municipality="Köln"), "add")
    document.push(added)
    panel = window.tables[EntityType.ACTOR]
    panel.proxy.set_search("GROSSE STRASSE")
    assert _shown_names(window) == ["Große Straße GmbH"]
    panel.proxy.set_search("köln")
    assert _shown_names(window) == ["Große Straße GmbH"]
    assert added.entity.id is not None
    old, new = {"municipality": "Köln"}, {"municipality": "Berlin"}
    document.push(EditEntity(document, EntityType.ACTOR, added.entity.id, old, new, "edit"))
    assert _shown_names(window) == []
    panel.proxy.set_search("")
    assert panel.proxy.rowCount() == document.index.count(EntityType.ACTOR)


def test_sorting_by_name_is_case_insensitive(window: MainWindow) -> None:
    names = _shown_names(window)
    assert names == sorted(names, key=name_key)
    window.tables[EntityType.ACTOR].view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _shown_names(window) == sorted(names, key=name_key, reverse=True)


def test_markup_in_names_is_shown_as_typed(qtbot: QtBot, store: MapStore, tmp_path: Path) -> None:
    window = make_window(qtbot, store, tmp_path)
    document = window.document
    command = AddEntity(document, Actor(name="<b>Oy</b>", short_name="<i>x</i>"), "add")
    document.push(command)
    document.selection.select([command.ref])
    model = window.models[EntityType.ACTOR]
    assert model.index(0, 0).data() == "<b>Oy</b>"
    form = window.forms[EntityType.ACTOR]
    assert form.title.text() == "<i>x</i>"
    assert form.title.textFormat() == Qt.TextFormat.PlainText


def test_table_selection_fills_the_form_and_back(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.tables[EntityType.ACTOR]
    row = _shown_names(window).index("Digipolis")
    panel.view.selectRow(row)
    current = window.document.selection.current
    assert current is not None and current.type is EntityType.ACTOR
    form = window.forms[EntityType.ACTOR]
    assert window.form_stack.currentWidget() is form
    assert form.editors["name"].value() == "Digipolis"
    assert window.membership_model.rowCount() > 0
    assert window.related_title.text() == "Digipolis"

    luke = next(a for a in window.document.store.actors() if a.short_name == "Luke")
    window.document.selection.select([Ref(EntityType.ACTOR, luke.id or 0)])
    selected = panel.view.selectionModel().selectedRows()
    assert [i.data() for i in selected] == ["Luonnonvarakeskus"]
    assert form.editors["name"].value() == "Luonnonvarakeskus"


def test_multi_selection_reaches_the_document(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.tables[EntityType.ACTOR]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    panel.view.selectRow(0)
    panel.view.selectionModel().select(panel.proxy.index(1, 0), flags)
    panel.view.selectionModel().select(panel.proxy.index(2, 0), flags)
    assert len(window.document.selection.selected_of(EntityType.ACTOR)) == 3


def test_cluster_selection_shows_its_memberships(qtbot: QtBot, window: MainWindow) -> None:
    cluster = next(c for c in window.document.store.clusters() if c.name == "Arctic security")
    window.document.selection.select([Ref(EntityType.CLUSTER, cluster.id or 0)])
    expected = len(window.document.store.memberships(cluster_id=cluster.id))
    assert window.membership_model.rowCount() == expected > 0
    assert window.contact_model.rowCount() == 0
    assert window.forms[EntityType.CLUSTER].editors["name"].value() == "Arctic security"


def test_item_models_pass_the_model_tester(qtmodeltester: object, window: MainWindow) -> None:
    document = window.document
    for entity_type in EntityType:
        qtmodeltester.check(EntityTableModel(document, entity_type))  # type: ignore[attr-defined]
    qtmodeltester.check(RoleCoverageModel(document))  # type: ignore[attr-defined]


def test_overview_names_the_missing_roles(window: MainWindow) -> None:
    model = window.overview.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert len(rows) == 5
    security = rows["Security"]
    missing = model.index(security, 3).data()
    assert "Third-sector partner" in missing
    members = {
        m.actor_id
        for c in window.document.store.clusters()
        if c.short_name == "Security"
        for m in window.document.store.memberships(cluster_id=c.id)
    }
    assert model.index(security, 1).data() == str(len(members))


def test_status_bar_counts_follow_edits(qtbot: QtBot, window: MainWindow) -> None:
    assert window.status_counts.text().startswith("21 actor")
    window.document.push(AddEntity(window.document, Actor(name="Another"), "add"))
    assert window.status_counts.text().startswith("22 actors")


def _column(window: MainWindow, entity_type: EntityType, column: int) -> list[str]:
    proxy = window.tables[entity_type].proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_new_and_renamed_rows_take_their_sorted_place(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    command = AddEntity(document, Actor(name="Aakkosten Alku Oy"), "add")
    document.push(command)
    assert _shown_names(window)[0] == "Aakkosten Alku Oy"
    document.push(
        EditEntity(
            document,
            EntityType.ACTOR,
            command.ref.id,
            {"name": "Aakkosten Alku Oy"},
            {"name": "Öljy Oy"},
            "rename",
        )
    )
    names = _shown_names(window)
    assert names[-1] == "Öljy Oy" and names == sorted(names, key=name_key)


def test_sorting_by_a_number_column(window: MainWindow) -> None:
    view = window.tables[EntityType.RELATIONSHIP].view
    view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    strengths = [int(s) for s in _column(window, EntityType.RELATIONSHIP, 4)]
    assert strengths == sorted(strengths, reverse=True) and len(set(strengths)) > 1


def test_selection_survives_sorting(window: MainWindow) -> None:
    panel = window.tables[EntityType.ACTOR]
    panel.view.selectRow(3)
    chosen = window.document.selection.current
    assert chosen is not None
    panel.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    rows = panel.view.selectionModel().selectedRows()
    assert [int(i.data(ID_ROLE)) for i in rows] == [chosen.id]
    assert window.document.selection.current == chosen


def test_ampersands_in_names_are_shown_not_taken_as_accelerators(window: MainWindow) -> None:
    document = window.document
    cluster = next(c for c in document.store.clusters() if c.short_name == "Industry & circular")
    document.selection.select([Ref(EntityType.CLUSTER, cluster.id or 0)])
    assert window.related_title.text() == "Industry & circular"
    document.push(
        EditEntity(
            document,
            EntityType.CLUSTER,
            cluster.id or 0,
            {"theme": cluster.theme},
            {"theme": "Circularity"},
            "Edit “Industry & circular”: Theme",
        )
    )
    assert window.undo_action.text() == "&Undo Edit “Industry && circular”: Theme"
    assert window.undo_action.toolTip() == "Undo Edit “Industry & circular”: Theme"
    assert window.undo_action.iconText() == "Undo"


def test_names_sort_the_finnish_way_in_tables_and_pickers(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    import random

    from tests.unit.test_collation import FINNISH_ORDER

    window = empty_window
    document = window.document
    shuffled = FINNISH_ORDER[:]
    random.Random(5).shuffle(shuffled)
    for name in shuffled:
        document.push(AddEntity(document, Actor(name=name), f"Add {name}"))
    assert _shown_names(window) == FINNISH_ORDER
    window.tables[EntityType.ACTOR].view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _shown_names(window) == FINNISH_ORDER[::-1]

    window.add_actions[EntityType.MEMBERSHIP].trigger()
    combo = window.forms[EntityType.MEMBERSHIP].editors["actor_id"].combo  # type: ignore[attr-defined]
    assert [combo.itemText(i) for i in range(combo.count())] == FINNISH_ORDER
