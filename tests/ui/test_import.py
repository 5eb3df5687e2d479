"""File > Import: a coordinator's own spreadsheet through the column page and the preview."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aspdesk.domain.entities import Actor, EntityType
from aspdesk.io.merging.planner import Outcome
from aspdesk.store.repository import MapStore
from aspdesk.ui.importing.dialog import ImportDialog
from aspdesk.ui.importing.preview import CHOICE, DETAILS
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.main_window import MainWindow

from .. import hostile_files
from .conftest import ScriptedDialogs, make_window
from .status_bar import status_said

pytestmark = [pytest.mark.gui, pytest.mark.both_backends]

HEADERS = ["Organisaatio", "Y-tunnus", "Sijaintikunta", "Tyyppi", "Sähköposti", "Yhteyshenkilö"]
ROWS = [
    # the sample map has Lapin yliopisto without a business ID or email: filled in
    ["LAPIN YLIOPISTO", "0245904-2", "Rovaniemi", "yliopisto", "info@ulapland.fi", "Matti"],
    [None] * 6,
    ["Arctic Hub Oy", "1234567-0", "Kemi", "Oy", "", "Liisa"],  # a bad check digit
    ["Tornion Panimo Oy", "2233445-8", "Tornio", "yritys", "info@panimo.fi", ""],
    ["Sodankylän Luontomatkat Ky", "", "Sodankylä", "yritys", "", ""],
]


def _workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Kumppanit"
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


def _start_import(window: MainWindow, path: Path) -> BackgroundTask:
    """File > Import… of ``path``: the task that reads it, started."""
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.paths = [path]
    window.importer.action.trigger()
    task = window.importer.task
    assert task is not None
    return task


def _open_dialog(qtbot: QtBot, window: MainWindow, path: Path) -> ImportDialog:
    task = _start_import(window, path)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    dialog = window.importer.dialog
    assert dialog is not None
    return dialog


def _reread(qtbot: QtBot, window: MainWindow, dialog: ImportDialog) -> None:
    dialog.next_button.click()
    task = window.importer.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass


def _press_import(qtbot: QtBot, window: MainWindow, dialog: ImportDialog) -> None:
    dialog.import_button.click()
    task = window.importer.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass


def _actors(window: MainWindow) -> dict[str, Actor]:
    store = window.document.store
    return {a.name: a for a in store.actors()}


def test_a_coordinators_workbook_imports_through_columns_and_preview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = _actors(window)
    path = _workbook(tmp_path / "kumppanit.xlsx")
    dialog = _open_dialog(qtbot, window, path)

    # Columns: guessed from the Finnish headers; "Sijaintikunta" is not known, so choose it.
    assert dialog.pages.currentWidget() is dialog.columns
    assert dialog.columns.mapping() == {
        "Organisaatio": "name",
        "Y-tunnus": "business_id",
        "Sijaintikunta": "",
        "Tyyppi": "kind",
        "Sähköposti": "email",
        "Yhteyshenkilö": "",
    }
    _header, box = dialog.columns.boxes[2]
    box.setCurrentIndex(box.findData("municipality"))
    _reread(qtbot, window, dialog)
    assert dialog.pages.currentWidget() is dialog.preview
    plan = dialog.plan
    assert plan is not None
    assert [item.outcome for item in plan.items] == [
        Outcome.UPDATED,
        Outcome.ERROR,
        Outcome.NEW,
        Outcome.NEW,
    ]
    problems = dialog.preview.problems.table
    assert problems.rowCount() == 1
    assert problems.item(0, 0).text() == "Kumppanit, row 4, column Y-tunnus"
    assert "check digit" in problems.item(0, 1).text()
    # a row with an error stops the import until the user skips such rows
    assert not dialog.import_button.isEnabled()
    dialog.preview.skip_errors.setChecked(True)
    assert dialog.import_button.isEnabled()

    _press_import(qtbot, window, dialog)

    after = _actors(window)
    assert set(after) - set(before) == {"Tornion Panimo Oy", "Sodankylän Luontomatkat Ky"}
    university = after["Lapin yliopisto"]
    assert (university.business_id, university.email) == ("0245904-2", "info@ulapland.fi")
    assert after["Tornion Panimo Oy"].municipality == "Tornio"
    assert all(after[n].x is not None for n in ("Tornion Panimo Oy", "Sodankylän Luontomatkat Ky"))
    selected = window.document.selection.selected_of(EntityType.ACTOR)
    assert sorted(selected) == sorted(
        after[n].id for n in ("Tornion Panimo Oy", "Sodankylän Luontomatkat Ky")
    )

    # one undo step takes all of it back, and redo brings it again
    stack = window.document.undo_stack
    assert stack.undoText() == "Import kumppanit.xlsx"
    stack.undo()
    assert _actors(window) == before
    stack.redo()
    assert set(_actors(window)) == set(after)

    # the chosen column is remembered: the next import starts with it
    dialog = _open_dialog(qtbot, window, path)
    assert dialog.columns.mapping()["Sijaintikunta"] == "municipality"
    assert dialog.plan is not None
    assert dialog.plan.counts(EntityType.ACTOR)[Outcome.UNCHANGED] == 3
    dialog.reject()


def test_conflicts_and_near_matches_are_decided_in_the_preview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "muutokset.csv"
    path.write_text(
        "Nimi;Kunta\nLapin liitto;Kemi\nLapin ammattikorkeakoulu Oy;Rovaniemi\n"
        "Lapin Yliopsto;Tornio\n",
        encoding="utf-8",
    )
    council = _actors(window)["Lapin liitto"]
    university = _actors(window)["Lapin yliopisto"]
    dialog = _open_dialog(qtbot, window, path)
    dialog.next_button.click()
    plan = dialog.plan
    assert plan is not None
    outcomes = [item.outcome for item in plan.items]
    assert outcomes[0] is Outcome.CONFLICT
    near = plan.items[2]
    assert near.outcome is Outcome.NEW
    assert [s.id for s in near.suggestions] == [university.id]

    model = dialog.preview.model
    model.setData(
        model.index(0, CHOICE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    plan = dialog.plan
    assert plan.items[0].changes == {"municipality": "Kemi"}
    # "Lapin Yliopsto" is a typo: say it is the university, and it is no longer new
    model.setData(model.index(2, CHOICE), university.id, Qt.ItemDataRole.EditRole)
    plan = dialog.plan
    assert plan.items[2].existing == university
    assert plan.items[2].outcome is Outcome.CONFLICT  # Tornio against Rovaniemi
    assert plan.items[0].changes == {"municipality": "Kemi"}  # the earlier choice stays
    dialog.reject()
    assert _actors(window)["Lapin liitto"] == council


KIND_LABELS = {
    "en": ("Authority", "Other"),
    "fi": ("Viranomainen", "Muu"),
    "sv": ("Myndighet", "Övrig"),
}


def test_the_preview_names_a_kind_by_its_label_in_the_window_s_language(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path, language: str
) -> None:
    window = make_window(qtbot, sample_store, tmp_path, language)
    path = tmp_path / "tyypit.csv"
    path.write_text("Nimi;Toimijatyyppi\nLapin liitto;Muu\n", encoding="utf-8")
    dialog = _open_dialog(qtbot, window, path)
    dialog.next_button.click()
    assert dialog.plan is not None and dialog.plan.items[0].outcome is Outcome.CONFLICT
    model = dialog.preview.model
    details = model.data(model.index(0, DETAILS))
    old, new = KIND_LABELS[language]
    assert old in details and new in details
    assert "authority" not in details and "other" not in details
    if language == "en":
        assert details == "Kind: map “Authority”, file “Other”"
    dialog.reject()


def test_a_bad_file_is_reported_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "kumppanit.xlsx"
    path.write_text("this is not a workbook", encoding="utf-8")
    before = _actors(window)
    task = _start_import(window, path)
    with qtbot.waitSignal(task.failed, timeout=60_000):
        pass
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    (message,) = dialogs.errors
    assert "not an Excel workbook" in message
    assert _actors(window) == before
    assert window.document.undo_stack.count() == 0


def test_cancelling_a_long_read_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "iso.csv"
    lines = ["Nimi,Kunta"] + [f"Yritys {n} Oy,Kemi" for n in range(3000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = _actors(window)
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.paths = [path]
    window.importer.action.trigger()
    task = window.importer.task
    assert task is not None
    said = status_said(window)
    task.cancel()  # as the progress dialog's Cancel button does
    with qtbot.waitSignal(task.cancelled, timeout=60_000):
        pass
    assert window.importer.dialog is None
    assert _actors(window) == before
    assert any("cancelled" in text for text in said), said


def test_a_template_workbook_is_recognised_by_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _open_dialog(qtbot, window, _workbook(tmp_path / "kumppanit.xlsx"))
    template = tmp_path / "pohja.xlsx"
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.paths = [template]
    dialog.columns.template_button.click()
    dialog.reject()

    workbook = openpyxl.load_workbook(template)
    assert workbook.sheetnames == ["Actors", "Codes"]
    sheet = workbook["Actors"]
    sheet.append(["Napapiirin Kahvila Oy", "NK", "company"])
    workbook.save(template)
    dialog = _open_dialog(qtbot, window, template)
    assert dialog.columns.mapping()["Name"] == "name"
    assert set(dialog.columns.mapping().values()) - {""} >= {"name", "kind", "business_id"}
    dialog.next_button.click()
    assert dialog.plan is not None and [i.outcome for i in dialog.plan.items] == [Outcome.NEW]
    dialog.reject()


def test_a_gephi_file_goes_straight_to_the_preview_and_imports_its_ties(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "verkko.gexf"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes>
      <node id="0" label="Lapin liitto"/>
      <node id="1" label="Revontuli Robotics Oy"><viz:position x="120.0" y="-40.0"/></node>
    </nodes>
    <edges><edge id="0" source="0" target="1" weight="4"/></edges>
  </graph>
</gexf>""",
        encoding="utf-8",
    )
    ties = len(window.document.store.relationships())
    dialog = _open_dialog(qtbot, window, path)
    assert dialog.pages.currentWidget() is dialog.preview
    assert not dialog.back_button.isVisible()
    _press_import(qtbot, window, dialog)
    actors = _actors(window)
    robot = actors["Revontuli Robotics Oy"]
    assert robot.x is not None
    (tie,) = [
        r for r in window.document.store.relationships() if robot.id in (r.source_id, r.target_id)
    ]
    assert {tie.source_id, tie.target_id} == {robot.id, actors["Lapin liitto"].id}
    assert tie.strength == 4
    assert len(window.document.store.relationships()) == ties + 1


def test_a_csv_file_names_its_encoding_and_another_can_be_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "kumppanit.csv"
    # Excel's CSV on a Finnish Windows: Windows-1252. Read that way it is right; the user
    # tries DOS 850 (the list offers it) and sees the letters change in the preview.
    path.write_bytes("Nimi;Kunta\nSäätiö Pohjoinen;Kemi\n".encode("cp1252"))
    dialog = _open_dialog(qtbot, window, path)

    bar = dialog.encoding
    assert bar.isVisibleTo(dialog)
    assert bar.box.currentText() == "Windows-1252 (Western European)"
    assert bar.note.text() == (
        "The file is not UTF-8 (line 2 is not). If letters look wrong, choose another encoding."
    )
    assert _preview_names(dialog) == ["Säätiö Pohjoinen"]

    bar.box.setCurrentIndex(bar.box.findData("cp850"))
    bar.box.activated.emit(bar.box.currentIndex())  # as a click on the list does
    task = window.importer.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass

    assert bar.box.currentData() == "cp850"
    assert bar.note.text() == "As chosen."
    assert _preview_names(dialog) == [
        "S\u00e4\u00e4ti\u00f6 Pohjoinen".encode("cp1252").decode("cp850")
    ]
    dialog.reject()


def test_the_encoding_list_is_hidden_for_a_workbook(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _open_dialog(qtbot, window, _workbook(tmp_path / "kumppanit.xlsx"))
    assert not dialog.encoding.isVisibleTo(dialog)
    dialog.reject()


def _preview_names(dialog: ImportDialog) -> list[str]:
    plan = dialog.plan
    assert plan is not None
    return [str(getattr(item.candidate.entity, "name", "")) for item in plan.items]


def test_cancel_while_a_workbook_loads_stops_it_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # One row and 900,000 shared strings: seconds of loading before any row is read.
    path = hostile_files.shared_strings(tmp_path, 900_000)
    before = _actors(window)
    task = _start_import(window, path)
    task.progressed.connect(task.cancel)  # Cancel at the first sign of progress

    with qtbot.waitSignal(task.cancelled, timeout=60_000):
        pass

    assert window.importer.dialog is None
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs) and dialogs.errors == []
    assert _actors(window) == before
    assert window.document.undo_stack.count() == 0


def test_thousands_of_problems_list_the_first_thousand(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "virheet.csv"
    rows = "".join(f"Yritys {n} Oy;123456{n % 10}-{n % 7}\n" for n in range(2_500))
    path.write_text("Nimi;Y-tunnus\n" + rows, encoding="utf-8")  # bad check digits, mostly
    dialog = _open_dialog(qtbot, window, path)
    dialog.next_button.click()

    plan = dialog.plan
    assert plan is not None and len(plan.batch.problems) > 2_000
    assert dialog.preview.problems.table.rowCount() == 1_000
    assert dialog.preview.problems.label.text() == (
        f"{len(plan.batch.problems)} problems in the file; the first 1000 are listed:"
    )
    dialog.reject()
