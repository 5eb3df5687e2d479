"""The import preview: rows with errors mended in place or imported without their bad fields,
problems that select their cells, and counts that agree with what the preview lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from aspdesk.domain.entities import Actor
from aspdesk.io.merging import Outcome
from aspdesk.ui.import_cells import VALUE
from aspdesk.ui.import_dialog import ImportDialog
from aspdesk.ui.import_preview import CHOICE, DETAILS, OUTCOME_ROLE
from aspdesk.ui.main_window import MainWindow

from .. import problem_files
from .test_import import _actors, _open_dialog, _press_import

pytestmark = pytest.mark.gui


def _preview_rows(dialog: ImportDialog) -> list[tuple[int, str]]:
    """(row in the file, outcome) of every row the preview's table has."""
    model = dialog.preview.model
    return [
        (model.item(n).candidate.row, str(model.index(n, 0).data(OUTCOME_ROLE)))
        for n in range(model.rowCount())
    ]


def _summary_errors(dialog: ImportDialog) -> int:
    match = re.search(r"Actors: new \d+, .* errors (\d+)", dialog.preview.summary.text())
    assert match is not None, dialog.preview.summary.text()
    return int(match[1])


def _click_problem(qtbot: QtBot, dialog: ImportDialog, index: int) -> None:
    table = dialog.preview.problems.table
    rect = table.visualItemRect(table.item(index, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _type_into_cell(qtbot: QtBot, dialog: ImportDialog, text: str) -> None:
    """Edit the selected cell of the row's cells as a user does: F2, type, Enter."""
    cells = dialog.preview.cells.table
    qtbot.keyClick(cells, Qt.Key.Key_F2)
    editor = cells.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _item_of_row(dialog: ImportDialog, row: int) -> int:
    model = dialog.preview.model
    return next(n for n in range(model.rowCount()) if model.item(n).candidate.row == row)


def test_the_preview_counts_what_it_lists_on_a_file_with_every_problem(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = problem_files.coordinators_table(tmp_path / "toimijat.xlsx")
    dialog = _open_dialog(qtbot, window, path)
    dialog.next_button.click()
    plan = dialog.plan
    assert plan is not None

    errors = [row for row, outcome in _preview_rows(dialog) if outcome == Outcome.ERROR.value]
    assert _summary_errors(dialog) == plan.errors == len(errors) == 8
    assert set(errors) == problem_files.TABLE_NOT_IMPORTED
    problems = dialog.preview.problems
    assert problems.table.rowCount() == problem_files.TABLE_PROBLEM_COUNT
    assert problems.label.text().startswith(f"{problem_files.TABLE_PROBLEM_COUNT} problem")
    # Every problem is on a row the preview shows as an error: the formula's row too.
    assert {p.row for p in problems.problems} == problem_files.TABLE_WITH_PROBLEMS
    assert {p.row for p in problems.problems} <= set(errors)
    # A business ID read differently is said on its row and in the summary.
    model = dialog.preview.model
    details = model.index(_item_of_row(dialog, 8), DETAILS).data()
    assert "Business ID FI02454372 read as 0245437-2." in details
    assert re.search(r"\b3 value(s|\(s\)) read in standard form", dialog.preview.summary.text())
    # The problems have room: more than four rows' height, each text whole.
    assert problems.table.viewport().height() > 4 * problems.table.rowHeight(0)
    dialog.reject()


def test_a_mended_cell_is_planned_again_and_a_row_goes_in_without_its_bad_field(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = _actors(window)
    path = problem_files.coordinators_table(tmp_path / "toimijat.xlsx")
    dialog = _open_dialog(qtbot, window, path)
    dialog.next_button.click()
    dialog.resize(1280, 900)
    plan = dialog.plan
    assert plan is not None
    preview = dialog.preview

    # Clicking the business ID problem of row 2 selects that row and its cell.
    _click_problem(qtbot, dialog, 0)
    current = preview.view.currentIndex()
    selected = preview.model.item(preview.proxy.mapToSource(current).row())
    assert selected.candidate.row == 2
    assert preview.cells.current_field() == "business_id"
    cell = preview.cells.table.currentItem()
    assert cell is not None and cell.column() == VALUE and cell.text() == "1234567-0"
    assert preview.cells.table.hasFocus()

    # The user types the right business ID: the row is read and planned again at once.
    _type_into_cell(qtbot, dialog, "1572860-0")
    qtbot.waitUntil(lambda: dialog.plan is not plan)
    plan = dialog.plan
    assert plan is not None
    row_2 = plan.items[_item_of_row(dialog, 2)]
    assert row_2.outcome is Outcome.NEW
    assert row_2.entity is not None and row_2.entity.business_id == "1572860-0"  # type: ignore[union-attr]
    assert 2 not in {p.row for p in preview.problems.problems}
    assert preview.problems.table.rowCount() == problem_files.TABLE_PROBLEM_COUNT - 1
    assert _summary_errors(dialog) == plan.errors == 7
    # The row stays shown with its cells, now without a problem.
    assert preview.cells.row == 2
    assert all(
        not preview.cells.table.item(r, 2).text() for r in range(preview.cells.table.rowCount())
    )

    # Mending the kind with a word the registers use works the same way.
    _click_problem(qtbot, dialog, 0)  # now the kind of row 3
    assert preview.cells.current_field() == "kind"
    _type_into_cell(qtbot, dialog, "yhdistykset")  # QTest types ASCII only
    qtbot.waitUntil(lambda: dialog.plan is not plan)
    plan = dialog.plan
    assert plan is not None
    assert plan.items[_item_of_row(dialog, 3)].outcome is Outcome.NEW

    # Row 5's bad email: import it without that field.
    row_5 = _item_of_row(dialog, 5)
    assert plan.items[row_5].droppable
    model = preview.model
    flags = model.flags(model.index(row_5, CHOICE))
    assert flags & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(row_5, CHOICE).data() == "Import without the bad fields"
    model.setData(
        model.index(row_5, CHOICE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    plan = dialog.plan
    assert plan is not None
    assert plan.items[row_5].outcome is Outcome.NEW
    assert plan.items[row_5].dropped == ("email",)
    assert (
        model.index(row_5, DETAILS)
        .data()
        .startswith("Imported without Email; the problems are kept in its notes.")
    )
    # A row without a name cannot go in without it.
    assert not plan.items[_item_of_row(dialog, 6)].droppable
    assert not model.flags(model.index(_item_of_row(dialog, 6), CHOICE)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )

    preview.skip_errors.setChecked(True)
    assert dialog.import_button.isEnabled()
    _press_import(qtbot, window, dialog)

    after = _actors(window)
    added = {name: after[name] for name in set(after) - set(before)}
    assert added["Arctic Hub Oy"].business_id == "1572860-0"
    assert added["Lumo ry"].kind == "third_sector"
    panimo: Actor = added["Tornion Panimo Oy"]
    assert (panimo.email, panimo.business_id) == ("", "0245437-2")
    assert "Sähköposti “info@panimo”: Enter an email address" in panimo.notes
    # One undo step takes the whole import back.
    stack = window.document.undo_stack
    assert stack.undoText() == "Import toimijat.xlsx"
    stack.undo()
    assert _actors(window) == before
    stack.redo()
    assert set(_actors(window)) == set(after)


def test_a_problem_hidden_by_the_filter_shows_its_row(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = problem_files.coordinators_table(tmp_path / "toimijat.xlsx")
    dialog = _open_dialog(qtbot, window, path)
    dialog.next_button.click()
    preview = dialog.preview
    preview.filter_box.setCurrentIndex(preview.filter_box.findData(Outcome.NEW.value))
    shown = {
        preview.model.item(preview.proxy.mapToSource(preview.proxy.index(n, 0)).row()).candidate.row
        for n in range(preview.proxy.rowCount())
    }
    assert shown and 3 not in shown
    _click_problem(qtbot, dialog, 1)  # the unknown kind of row 3, an error
    assert preview.filter_box.currentData() == ""
    current: QModelIndex = preview.view.currentIndex()
    assert preview.model.item(preview.proxy.mapToSource(current).row()).candidate.row == 3
    assert preview.cells.current_field() == "kind"
    dialog.reject()
