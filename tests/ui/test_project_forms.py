"""Projects and project partners through the forms, tables and the related panel."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, Entity, EntityType, Project, ProjectPartner
from aspdesk.ui.forms.editors import ChoiceEditor, ClustersEditor, LineEditor
from aspdesk.ui.forms.number_editors import AmountEditor, PercentEditor
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.gui


def _type_into(qtbot: QtBot, editor: object, text: str) -> None:
    assert isinstance(editor, LineEditor)
    editor.line.setFocus()
    editor.line.selectAll()
    if text:
        qtbot.keyClicks(editor.line, text)
    else:
        qtbot.keyClick(editor.line, Qt.Key.Key_Delete)
    # Tab, not Enter: Enter in a new entity's form presses Add.
    qtbot.keyClick(editor.line, Qt.Key.Key_Tab)


def _choose(editor: object, value: object) -> None:
    assert isinstance(editor, ChoiceEditor)
    index = editor.combo.findData(value)
    assert index >= 0, value
    editor.combo.setCurrentIndex(index)
    editor.combo.activated.emit(index)


def _asp(window: MainWindow) -> Project:
    found = window.document.store.all(EntityType.PROJECT)
    (project,) = [p for p in found if isinstance(p, Project) and p.acronym == "ASP"]
    assert isinstance(project, Project)
    return project


def _outsider(window: MainWindow, project: Project) -> Actor:
    """An actor that is no partner of ``project``."""
    partners = {p.actor_id for p in _partners(window, project.id)}
    return next(a for a in window.document.store.actors() if a.id not in partners)


def _plural(count: int, noun: str) -> re.Pattern[str]:
    """ "8 projects" as the English plural forms give it; "8 project(s)" until the .qm
    files have the new texts (the translator updates them with lupdate and lrelease)."""
    if count == 1:
        return re.compile(rf"\b1 {noun}(\(s\)|(?!s))")
    return re.compile(rf"\b{count} {noun}(s\b|\(s\))")


def _partners(window: MainWindow, project_id: int | None) -> list[ProjectPartner]:
    found = window.document.store.all(EntityType.PROJECT_PARTNER)
    return [p for p in found if isinstance(p, ProjectPartner) and p.project_id == project_id]


def _select(window: MainWindow, entity: Entity) -> None:
    assert entity.id is not None
    window.document.selection.select([Ref(entity.entity_type, entity.id)])


def _stored(window: MainWindow, entity: Entity) -> Entity | None:
    return window.document.store.get(entity.entity_type, entity.id or 0)


def test_add_a_project_edit_its_budget_undo_redo(qtbot: QtBot, window: MainWindow) -> None:
    store = window.document.store
    before = len(store.all(EntityType.PROJECT))
    window.add_actions[EntityType.PROJECT].trigger()
    form = window.forms[EntityType.PROJECT]
    assert window.form_stack.currentWidget() is form and form.is_new
    _type_into(qtbot, form.editors["name"], "Arctic Cold Climate Testing")
    _type_into(qtbot, form.editors["acronym"], "ACCT")
    _choose(form.editors["programme"], "interreg_aurora")
    _choose(form.editors["status"], "submitted")
    _type_into(qtbot, form.editors["budget"], "1 250 000")
    _type_into(qtbot, form.editors["grant"], "1250000,50")
    assert "budget (1 250 000" in form.editors["grant"].error, "the grant is over the budget"
    _type_into(qtbot, form.editors["grant"], "812,500.50")
    assert not form.editors["grant"].error
    _type_into(qtbot, form.editors["start_date"], "1.9.2025")
    assert store.all(EntityType.PROJECT) == [_asp(window)], "a new project is written by Add"
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)

    (added,) = [p for p in store.all(EntityType.PROJECT) if p.id != _asp(window).id]
    assert isinstance(added, Project)
    assert (added.acronym, added.programme, added.status) == (
        "ACCT",
        "interreg_aurora",
        "submitted",
    )
    assert (added.budget, added.grant) == (1_250_000.0, 812_500.5)
    assert len(store.all(EntityType.PROJECT)) == before + 1
    assert window.undo_action.text() == "&Undo Add project “ACCT — Arctic Cold Climate Testing”"
    assert form.title.text() == "ACCT — Arctic Cold Climate Testing"
    budget = form.editors["budget"]
    assert isinstance(budget, AmountEditor)
    assert budget.line.text() == "1,250,000", "amounts are shown grouped"
    assert _plural(before + 1, "project").search(window.status_counts.text())

    _type_into(qtbot, budget, "1500000")
    assert budget.line.text() == "1,500,000"
    stored = _stored(window, added)
    assert isinstance(stored, Project) and stored.budget == 1_500_000.0
    assert window.undo_action.text() == (
        "&Undo Edit “ACCT — Arctic Cold Climate Testing”: Total budget (€)"
    )
    window.undo_action.trigger()
    stored = _stored(window, added)
    assert isinstance(stored, Project) and stored.budget == 1_250_000.0
    assert budget.line.text() == "1,250,000", "the form shows the undone value"
    window.redo_action.trigger()
    stored = _stored(window, added)
    assert isinstance(stored, Project) and stored.budget == 1_500_000.0

    _type_into(qtbot, budget, "")
    stored = _stored(window, added)
    assert isinstance(stored, Project) and stored.budget is None, "an amount may be emptied"
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _stored(window, added) is None
    assert len(store.all(EntityType.PROJECT)) == before


def test_amount_in_words_is_marked_with_how_to_write_it(qtbot: QtBot, window: MainWindow) -> None:
    project = _asp(window)
    _select(window, project)
    budget = window.forms[EntityType.PROJECT].editors["budget"]
    steps = window.document.undo_stack.count()
    _type_into(qtbot, budget, "about a million")
    assert "1,250,000" in budget.error and "1,250,000.50" in budget.error
    _type_into(qtbot, budget, "1,250.505")
    assert budget.error, "no fractions of a cent"
    _type_into(qtbot, budget, "-5")
    assert "0 or more" in budget.error
    _type_into(qtbot, budget, "9" * 400)
    assert "at most 1 000 000 000 000" in budget.error
    assert window.document.undo_stack.count() == steps
    stored = _stored(window, project)
    assert isinstance(stored, Project) and stored.budget is None


def test_pic_of_eight_digits_is_marked_and_not_written(qtbot: QtBot, window: MainWindow) -> None:
    actor = next(a for a in window.document.store.actors() if a.short_name == "GTK")
    _select(window, actor)
    form = window.forms[EntityType.ACTOR]
    pic = form.editors["pic"]
    assert isinstance(pic, LineEditor) and "999999999" in pic.line.placeholderText()
    path = window.document.store.path
    assert path is not None
    file_before = Path(path).read_bytes()
    steps = window.document.undo_stack.count()
    _type_into(qtbot, pic, "12345678")
    assert "nine digits" in pic.error
    assert pic.line.property("invalid") is True
    assert Path(path).read_bytes() == file_before, "the map file is unchanged"
    assert window.document.undo_stack.count() == steps
    _type_into(qtbot, pic, "123456789")
    assert not pic.error
    stored = _stored(window, actor)
    assert isinstance(stored, Actor) and stored.pic == "123456789"


def test_shares_over_100_are_marked_and_not_written(qtbot: QtBot, window: MainWindow) -> None:
    project = _asp(window)
    first, second, third, *_rest = _partners(window, project.id)
    form = window.forms[EntityType.PROJECT_PARTNER]
    share = form.editors["budget_share"]
    assert isinstance(share, PercentEditor)
    _select(window, first)
    _type_into(qtbot, share, "60")
    _select(window, second)
    _type_into(qtbot, share, "25,5")
    stored = _stored(window, second)
    assert isinstance(stored, ProjectPartner) and stored.budget_share == 25.5
    _select(window, third)
    steps = window.document.undo_stack.count()
    _type_into(qtbot, share, "20")
    assert "would come to 105.5 %" in share.error
    assert "already have 85.5 %" in share.error and "at most 14.5 %" in share.error
    assert window.document.undo_stack.count() == steps
    stored = _stored(window, third)
    assert isinstance(stored, ProjectPartner) and stored.budget_share is None
    _type_into(qtbot, share, "14.5")
    assert not share.error
    stored = _stored(window, third)
    assert isinstance(stored, ProjectPartner) and stored.budget_share == 14.5

    # The related panel shows the project's partners and what their shares come to.
    _select(window, project)
    related = window.related
    assert related.tabs.currentWidget() is related.partner_page
    assert related.partner_model.rowCount() == len(_partners(window, project.id))
    assert "budget shares total 100 %" in related.partner_total.text()
    assert related.title.text() == "ASP — Arctic Smartness Portfolio"


def test_a_new_partner_over_the_total_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    project = _asp(window)
    first = _partners(window, project.id)[0]
    _select(window, first)
    form = window.forms[EntityType.PROJECT_PARTNER]
    _type_into(qtbot, form.editors["budget_share"], "90")
    outsider = _outsider(window, project)
    _select(window, project)
    window.add_actions[EntityType.PROJECT_PARTNER].trigger()
    assert form.is_new and form.editors["project_id"].value() == project.id, "prefilled"
    _choose(form.editors["actor_id"], outsider.id)
    _type_into(qtbot, form.editors["budget_share"], "20")
    count = len(_partners(window, project.id))
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert "at most 10 %" in form.editors["budget_share"].error
    assert len(_partners(window, project.id)) == count
    _type_into(qtbot, form.editors["budget_share"], "10")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert len(_partners(window, project.id)) == count + 1
    assert window.undo_action.text() == (
        f"&Undo Add project partner “{outsider.display_name} in ASP”"
    )


def test_partner_from_the_actor_and_the_actors_projects(qtbot: QtBot, window: MainWindow) -> None:
    project = _asp(window)
    partner = _partners(window, project.id)[0]
    actor = window.document.store.get(EntityType.ACTOR, partner.actor_id)
    assert isinstance(actor, Actor)
    _select(window, actor)
    related = window.related
    related.tabs.setCurrentWidget(related.partner_page)
    assert related.tabs.tabText(related.tabs.currentIndex()) == "Projects"
    assert related.partner_model.rowCount() == 1
    assert related.partner_model.index(0, 0).data() == "ASP"
    window.add_actions[EntityType.PROJECT_PARTNER].trigger()
    form = window.forms[EntityType.PROJECT_PARTNER]
    assert form.editors["actor_id"].value() == actor.id, "the actor is filled in"
    _choose(form.editors["project_id"], project.id)
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert "already a partner" in form.editors["actor_id"].error


def test_moving_a_partner_into_a_full_project_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    project = _asp(window)
    first, second, *_rest = _partners(window, project.id)
    form = window.forms[EntityType.PROJECT_PARTNER]
    _select(window, first)
    _type_into(qtbot, form.editors["budget_share"], "100")
    window.add_actions[EntityType.PROJECT].trigger()
    project_form = window.forms[EntityType.PROJECT]
    _type_into(qtbot, project_form.editors["name"], "Other project")
    qtbot.mouseClick(project_form.add_button, Qt.MouseButton.LeftButton)
    other = next(p for p in window.document.store.all(EntityType.PROJECT) if p.id != project.id)
    # The second partner, with 30 % in the other project, moved into the full one.
    _select(window, second)
    _choose(form.editors["project_id"], other.id)
    _type_into(qtbot, form.editors["budget_share"], "30")
    _choose(form.editors["project_id"], project.id)
    assert "would come to 130 %" in form.editors["project_id"].error
    stored = _stored(window, second)
    assert isinstance(stored, ProjectPartner) and stored.project_id == other.id


def test_project_ending_before_it_starts_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    project = _asp(window)
    _select(window, project)
    form = window.forms[EntityType.PROJECT]
    steps = window.document.undo_stack.count()
    _type_into(qtbot, form.editors["end_date"], "1.1.2015")
    assert form.editors["end_date"].error
    # A start moved past the end is refused at the start, which is what was not written.
    _type_into(qtbot, form.editors["start_date"], "1.1.2016")
    assert "end" in form.editors["start_date"].error.casefold()
    assert window.document.undo_stack.count() == steps
    assert _stored(window, project) == project

    window.add_actions[EntityType.PROJECT].trigger()
    _type_into(qtbot, form.editors["name"], "Backwards")
    _type_into(qtbot, form.editors["start_date"], "2016-03-01")
    _type_into(qtbot, form.editors["end_date"], "2016-01-01")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.editors["end_date"].error
    assert len(window.document.store.all(EntityType.PROJECT)) == 1


def test_projects_table_sorts_budgets_as_numbers(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    store = document.store
    form = window.forms[EntityType.PROJECT]
    for name, budget in (("Nine", "900 000"), ("Ten", "1 000 000"), ("Eighty", "80 000")):
        window.add_actions[EntityType.PROJECT].trigger()
        _type_into(qtbot, form.editors["name"], name)
        _type_into(qtbot, form.editors["budget"], budget)
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert len(store.all(EntityType.PROJECT)) == 4
    window.table_tabs.setCurrentWidget(window.tables[EntityType.PROJECT])
    panel = window.tables[EntityType.PROJECT]
    model = window.models[EntityType.PROJECT]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Budget (€)")
    panel.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]
    assert shown == ["80,000", "900,000", "1,000,000", ""], "numbers, then the empty one"
    alignment = panel.proxy.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    panel.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    shown = [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]
    assert shown[1:] == ["1,000,000", "900,000", "80,000"]

    asp = _asp(window)
    row = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())].index("ASP")
    cells = {headers[c]: panel.proxy.index(row, c).data() for c in range(len(headers))}
    assert cells["Partners"] == str(len(_partners(window, asp.id)))
    assert cells["Lead partner"] == "Lapin liitto"
    assert cells["Status"] == "Closed" and cells["Programme"].startswith("European Regional")
    qtbot.keyClicks(panel.search, "Eighty")
    assert panel.proxy.rowCount() == 1
    panel.search.clear()
    panel.view.selectRow(row)
    assert document.selection.current == Ref(EntityType.PROJECT, asp.id or 0)
    assert window.form_stack.currentWidget() is form

    # A partner added elsewhere updates the count.
    window.add_actions[EntityType.PROJECT_PARTNER].trigger()
    partner_form = window.forms[EntityType.PROJECT_PARTNER]
    outsider = _outsider(window, asp)
    _choose(partner_form.editors["actor_id"], outsider.id)
    qtbot.mouseClick(partner_form.add_button, Qt.MouseButton.LeftButton)
    assert model.index(model.row_of(asp.id or 0), headers.index("Partners")).data() == str(
        len(_partners(window, asp.id))
    )


def test_deleting_a_project_takes_its_partners_and_undo_brings_them_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    project = _asp(window)
    partners = _partners(window, project.id)
    assert len(partners) == 8
    _select(window, project)
    dialogs.answers = [True]
    window.delete_action.trigger()
    ((question, details),) = dialogs.confirmations
    assert question == "Delete project “ASP — Arctic Smartness Portfolio”?"
    assert _plural(8, "project partnership").search(details)
    assert "Lapin liitto in ASP" in details
    assert window.document.store.all(EntityType.PROJECT) == []
    assert _partners(window, project.id) == []
    assert window.models[EntityType.PROJECT].rowCount() == 0
    window.undo_action.trigger()
    assert _asp(window) == project
    assert _partners(window, project.id) == partners
    assert window.models[EntityType.PROJECT].rowCount() == 1


def test_deleting_an_actor_mentions_its_partnerships(window: MainWindow) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    lapin_liitto = next(a for a in window.document.store.actors() if a.short_name == "Lapin liitto")
    _select(window, lapin_liitto)
    dialogs.answers = [False]
    window.delete_action.trigger()
    ((_question, details),) = dialogs.confirmations
    assert _plural(1, "project partnership").search(details) and "Lapin liitto in ASP" in details


def test_clusters_editor_commits_a_tuple_of_ids(qtbot: QtBot, window: MainWindow) -> None:
    project = _asp(window)
    _select(window, project)
    editor = window.forms[EntityType.PROJECT].editors["cluster_ids"]
    assert isinstance(editor, ClustersEditor)
    clusters = window.document.store.clusters()
    assert editor.list.count() == len(clusters)
    assert editor.value() == project.cluster_ids
    first = editor.list.item(0)
    first_id = first.data(Qt.ItemDataRole.UserRole)
    assert first.checkState() == Qt.CheckState.Checked
    steps = window.document.undo_stack.count()
    first.setCheckState(Qt.CheckState.Unchecked)
    stored = _stored(window, project)
    assert isinstance(stored, Project)
    assert stored.cluster_ids == tuple(c for c in project.cluster_ids if c != first_id)
    assert window.document.undo_stack.count() == steps + 1
    first.setCheckState(Qt.CheckState.Checked)
    stored = _stored(window, project)
    assert isinstance(stored, Project) and set(stored.cluster_ids) == set(project.cluster_ids)
    assert isinstance(stored.cluster_ids, tuple)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _stored(window, project) == project
    assert editor.list.item(0).checkState() == Qt.CheckState.Checked


def test_a_deleted_cluster_is_not_offered_but_stays_linked(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    project = _asp(window)
    cluster = window.document.store.clusters()[0]
    _select(window, cluster)
    dialogs.answers = [True]
    window.delete_action.trigger()
    _select(window, project)
    editor = window.forms[EntityType.PROJECT].editors["cluster_ids"]
    assert isinstance(editor, ClustersEditor)
    offered = [editor.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(4)]
    assert editor.list.count() == 4 and cluster.id not in offered
    editor.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    stored = _stored(window, project)
    assert isinstance(stored, Project) and cluster.id in stored.cluster_ids
    row = window.models[EntityType.PROJECT].row_of(project.id or 0)
    shown = window.models[EntityType.PROJECT].index(row, 10).data()
    assert cluster.display_name not in shown


def test_project_notes_hide_with_personal_data(window: MainWindow) -> None:
    form = window.forms[EntityType.PROJECT]
    assert form.layout_.isRowVisible(form.editors["notes"])
    window.privacy.action.trigger()
    assert not form.layout_.isRowVisible(form.editors["notes"])
    assert form.layout_.isRowVisible(form.editors["budget"])
    window.privacy.action.trigger()
    assert form.layout_.isRowVisible(form.editors["notes"])


def test_a_long_error_in_a_narrow_form_shows_every_line(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    project = _asp(window)
    _select(window, project)
    window.form_dock.setFloating(True)
    window.form_dock.resize(330, 900)
    QApplication.processEvents()
    budget = window.forms[EntityType.PROJECT].editors["budget"]
    _type_into(qtbot, budget, "about a million")
    QApplication.processEvents()
    label = window.forms[EntityType.PROJECT].message
    assert budget.error in label.text()
    lines = label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing()
    assert lines >= 2, "the message wraps in a narrow form"
    assert label.height() >= label.heightForWidth(label.width()), "no line is cut off"
