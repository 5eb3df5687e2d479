"""Map > Consortium builder…: build a consortium on the sample map, check, save, export."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from aspdesk.analysis.consortium import CHECK_THE_CALL
from aspdesk.app.commands import DeleteEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, Contact, EntityType, Project, ProjectPartner
from aspdesk.store.opening import create_map
from aspdesk.ui.consortium_actions import ConsortiumActions
from aspdesk.ui.consortium_dialogs import NEW, ProjectNames
from aspdesk.ui.consortium_model import ROLE
from aspdesk.ui.consortium_window import ConsortiumWindow
from aspdesk.ui.main_window import MainWindow
from aspdesk.ui.programme_editor import ProgrammesDialog
from aspdesk.ui.programme_file_editor import ProgrammeFileDialog
from tests.ui.consortium_helpers import actor_named, scripted

pytestmark = pytest.mark.gui

FINNISH = ("Lapin yliopisto", "Lapin ammattikorkeakoulu", "Digipolis")


@pytest.fixture
def actions(window: MainWindow) -> ConsortiumActions:
    return window.consortium


def _rules(builder: ConsortiumWindow) -> dict[str, tuple[bool, str]]:
    return builder.rules.texts()


def _pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    return " ".join(" ".join(pages).split())


def test_build_a_horizon_consortium_take_suggestions_save_and_export(
    qtbot: QtBot, window: MainWindow, builder: ConsortiumWindow, tmp_path: Path
) -> None:
    document = window.document
    dialogs = scripted(builder)
    assert builder.isVisible() and not builder.isModal()
    assert builder.picker.choose("horizon_europe")
    assert builder.picker.combo.currentText() == "Horizon Europe: collaborative projects"
    assert "were last checked against their sources on 2026-11-27" in (
        builder.picker.checked_label.text()
    )
    assert builder.picker.call_text.text() == CHECK_THE_CALL
    assert builder.picker.call_warning.isVisible()

    # Three ways in: typed with completion, the map's selection, and the search again.
    builder.completer.setCompletionPrefix("yliop")  # matches anywhere, any case
    assert builder.completer.completionCount() == 1
    assert builder.completer.currentCompletion() == "Lapin yliopisto · Finland"
    builder.search.setText(builder.completer.currentCompletion())
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    assert builder.search.text() == ""
    amk = actor_named(document, "Lapin ammattikorkeakoulu")
    document.selection.select([Ref(EntityType.ACTOR, amk.id or 0)])
    qtbot.mouseClick(builder.add_selected_button, Qt.MouseButton.LeftButton)
    builder.search.setText("digipol")
    builder.search.returnPressed.emit()
    names = [builder.model.index(r, 0).data() for r in range(builder.model.rowCount())]
    assert names == ["Lapin yliopisto", "Lapin AMK", "Digipolis"]
    assert builder.model.index(0, ROLE).data() == "Coordinator or lead partner"
    assert builder.model.index(1, ROLE).data() == "Partner"

    met, text = _rules(builder)["three_countries"]
    assert not met
    assert text.startswith("Not met: The three are each established in a different EU member")
    assert "Different countries among the partners that count here: 1 (Finland); at least 3" in text
    assert _rules(builder)["three_entities"][0]
    assert "The consortium does not meet 2 of the 4 rules" in builder.verdict.text()

    # The top suggestion fills the country gap: an organisation from abroad, with reasons.
    suggestions = builder.suggestions_view.items()
    rule, top, top_text = suggestions[0]
    assert rule == "three_countries"
    abroad = document.index.get(EntityType.ACTOR, top)
    assert isinstance(abroad, Actor) and abroad.country in ("GB", "ES")
    assert "Would add" in top_text and "Tied to" in top_text
    assert builder.suggestions_view.current_actor_id() == top, "the best one is picked"
    qtbot.mouseClick(builder.take_button, Qt.MouseButton.LeftButton)
    assert builder.model.row_of(top) == 3
    met, text = _rules(builder)["three_countries"]
    assert not met and ": 2 (" in text, "three countries are needed: one more"
    # The next suggestion is the other country; taking it meets the rule.
    rule, second, _text = builder.suggestions_view.items()[0]
    other = document.index.get(EntityType.ACTOR, second)
    assert rule == "three_countries" and isinstance(other, Actor)
    assert {other.country, abroad.country} == {"GB", "ES"}
    builder.add_suggestion()
    met, text = _rules(builder)["three_countries"]
    assert met and text.startswith("Met: ") and ": 3 (" in text
    assert all(r != "three_countries" for r, _a, _t in builder.suggestions_view.items())

    # Save as a project in preparation, selected in the map; undo takes it back.
    dialogs.names = [ProjectNames("Arctic Circular Value Chains", "ARCVAL", "HORIZON-CL6-2027")]
    before = document.undo_stack.count()
    qtbot.mouseClick(builder.save_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == before + 1
    (project,) = [
        p
        for p in document.index.all(EntityType.PROJECT)
        if isinstance(p, Project) and p.acronym == "ARCVAL"
    ]
    assert (project.status, project.programme, project.call_id) == (
        "preparation",
        "horizon_europe",
        "HORIZON-CL6-2027",
    )
    partners = [
        p
        for p in document.index.all(EntityType.PROJECT_PARTNER)
        if isinstance(p, ProjectPartner) and p.project_id == project.id
    ]
    assert len(partners) == 5
    uni = actor_named(document, "Lapin yliopisto")
    assert {p.actor_id: p.role for p in partners}[uni.id or 0] == "coordinator"
    assert document.selection.current == Ref(EntityType.PROJECT, project.id or 0)
    assert "Saved as the project “Arctic Circular Value Chains”" in builder.status.text()
    document.undo_stack.undo()
    assert document.index.get(EntityType.PROJECT, project.id) is None
    assert document.index.count(EntityType.PROJECT_PARTNER) == 8, "the sample project's"
    document.undo_stack.redo()
    assert document.index.get(EntityType.PROJECT, project.id) == project

    # Export the partner table as XLSX and as PDF.
    dialogs.paths = [tmp_path / "arcval.xlsx", tmp_path / "arcval.pdf"]
    qtbot.mouseClick(builder.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(builder.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    sheet = load_workbook(tmp_path / "arcval.xlsx").active
    rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Arctic Circular Value Chains (ARCVAL)"
    assert rows[1][0] == "Programme: Horizon Europe: collaborative projects"
    organisations = [r[0] for r in rows[5:10]]
    assert organisations[0] == "Lapin yliopisto", "the coordinator first"
    assert set(organisations) == {*FINNISH, abroad.name, other.name}
    assert {r[2] for r in rows[5:10]} == {"FI", "GB", "ES"}
    assert rows[-1][0] == CHECK_THE_CALL
    text = _pdf_text(tmp_path / "arcval.pdf")
    for name in organisations:
        assert name in text
    assert "Coordinator or lead partner" in text and "United Kingdom (GB)" in text
    assert CHECK_THE_CALL in text


def test_roles_count_and_the_rules_follow_the_map(
    qtbot: QtBot, window: MainWindow, builder: ConsortiumWindow
) -> None:
    document = window.document
    builder.picker.choose("horizon_europe")
    uni, uk, es = (
        actor_named(document, name)
        for name in ("Lapin yliopisto", "UK cluster org.", "Spanish cluster org.")
    )
    for actor in (uni, uk, es):
        builder.add_actor(actor.id or 0)
    assert _rules(builder)["three_countries"][0]
    # An associated partner is not a beneficiary: the rule is no longer met.
    assert builder.model.setData(builder.model.index(2, ROLE), "associated")
    met, text = _rules(builder)["three_countries"]
    assert not met and "Not counted here because of their role" in text
    builder.model.setData(builder.model.index(2, ROLE), "partner")
    assert _rules(builder)["three_countries"][0]
    # An edit of the actor in the main window shows at once (after a short pause).
    command = EditEntity(
        document, EntityType.ACTOR, uk.id or 0, {"country": "GB"}, {"country": "FI"}, "edit"
    )
    assert document.push(command)
    qtbot.waitUntil(lambda: not _rules(builder)["three_countries"][0])
    assert "United Kingdom" not in builder.model.index(1, 1).data()
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: _rules(builder)["three_countries"][0])
    # A deleted actor leaves the consortium.
    assert document.push(DeleteEntity(document, Ref(EntityType.ACTOR, es.id or 0), "delete"))
    qtbot.waitUntil(lambda: builder.model.rowCount() == 2)
    assert builder.model.row_of(es.id or 0) == -1


def test_adding_twice_or_nothing_says_why(builder: ConsortiumWindow, window: MainWindow) -> None:
    document = window.document
    uni = actor_named(document, "Lapin yliopisto")
    assert builder.add_actor(uni.id or 0)
    assert not builder.add_actor(uni.id or 0)
    assert builder.status.text() == "Lapin yliopisto is already in the consortium."
    document.selection.clear()
    builder.add_selected()
    assert builder.status.text() == "Select actors or a project on the graph or in a table first."
    builder.search.setText("Nobody at all")
    builder.add_typed()
    assert builder.status.text() == "No actor of the map is called “Nobody at all”."
    builder.search.setText("Lapin")
    builder.add_typed()
    assert "pick one from the list" in builder.status.text()
    assert builder.model.rowCount() == 1
    builder.table.selectRow(0)
    builder.remove_chosen()
    assert builder.model.rowCount() == 0
    assert not builder.save_button.isEnabled() and not builder.export_button.isEnabled()


def test_names_are_shown_as_typed(
    qtbot: QtBot, window: MainWindow, builder: ConsortiumWindow
) -> None:
    document = window.document
    odd = actor_named(document, "Digipolis")
    markup = "<b>Digi</b>&amp;"
    document.push(
        EditEntity(
            document,
            EntityType.ACTOR,
            odd.id or 0,
            {"name": odd.name, "short_name": odd.short_name},
            {"name": markup, "short_name": ""},
            "rename",
        )
    )
    builder.add_actor(odd.id or 0)
    assert builder.model.index(0, 0).data() == markup
    assert any(markup in text for _met, text in _rules(builder).values())


def test_hidden_personal_data_leaves_contacts_out_of_the_table(
    window: MainWindow, builder: ConsortiumWindow, tmp_path: Path
) -> None:
    document = window.document
    liitto = actor_named(document, "Lapin liitto")
    people = [c for c in document.index.all(EntityType.CONTACT) if isinstance(c, Contact)]
    person = next(c for c in people if c.actor_id == liitto.id)
    builder.add_actor(liitto.id or 0)
    dialogs = scripted(builder)
    dialogs.paths = [tmp_path / "open.xlsx", tmp_path / "workshop.xlsx", tmp_path / "w.pdf"]
    builder.output.export_partner_table()
    document.set_hide_personal(True)
    builder.output.export_partner_table()
    builder.output.export_partner_table()
    shown = " ".join(
        str(v)
        for r in load_workbook(tmp_path / "open.xlsx").active.iter_rows(values_only=True)
        for v in r
        if v
    )
    hidden = " ".join(
        str(v)
        for r in load_workbook(tmp_path / "workshop.xlsx").active.iter_rows(values_only=True)
        for v in r
        if v
    )
    assert person.name in shown
    assert person.name not in hidden and "Contact" not in hidden.split()
    assert "personal data is hidden" in hidden
    assert person.name not in _pdf_text(tmp_path / "w.pdf")


def test_a_consortium_starts_from_a_project(window: MainWindow, builder: ConsortiumWindow) -> None:
    dialogs = scripted(builder)
    builder.add_actor(actor_named(window.document, "Digipolis").id or 0)
    dialogs.choices = [0, 0]
    dialogs.answers = [False, True]
    builder.load_button.click()
    assert dialogs.questions[0].startswith("The consortium in the builder has 1 partner")
    assert builder.model.rowCount() == 1, "kept: the user said no"
    builder.load_button.click()
    assert any("Arctic Smartness Portfolio" in item for item in dialogs.offered_choices[0])
    assert builder.picker.programme_id() == "erdf_finland"
    assert builder.model.rowCount() == 8
    assert builder.model.index(0, 0).data() == "Lapin liitto", "the coordinator first"
    assert builder.model.index(0, ROLE).data(Qt.ItemDataRole.EditRole) == "coordinator"
    # Saving offers to update the project; as a new one, its names are suggested.
    dialogs.save_choices = [NEW]
    dialogs.names = [None]
    builder.output.save_as_project()
    assert dialogs.offered_projects == ["Arctic Smartness Portfolio"]
    assert dialogs.offered_names[0].name == "Arctic Smartness Portfolio"


def test_programmes_are_copied_added_and_broken_files_named(
    qtbot: QtBot, builder: ConsortiumWindow, actions: ConsortiumActions
) -> None:
    folder = actions.programmes_folder
    dialogs = scripted(builder)
    edited: list[Path] = []

    def script(dialog: QDialog) -> None:
        if isinstance(dialog, ProgrammeFileDialog):
            edited.append(dialog.path)
            assert dialog.save()  # unchanged: the copy, or the new programme as it starts
            return
        assert isinstance(dialog, ProgrammesDialog)
        dialog.select("horizon_europe")
        dialog.edit()
        dialogs.texts = ["Pohjoisen kumppanuus"]
        dialog.new_programme()

    dialogs.on_run = script
    builder.picker.programmes_button.click()
    copy = folder / "horizon_europe.json"
    new = folder / "pohjoisen_kumppanuus.json"
    assert edited == [copy, new]
    assert new.exists()
    data = json.loads(copy.read_text(encoding="utf-8"))
    assert data["id"] == "horizon_europe" and "_comment" in data
    assert builder.picker.programme_id() == "horizon_europe"
    assert "Rules from your file" in builder.picker.checked_label.text()
    assert builder.picker.choose("pohjoisen_kumppanuus")
    assert builder.picker.combo.currentText() == "Pohjoisen kumppanuus"

    # A broken file is named with its field; the others stay available.
    data["checked"] = "2026-13-01"
    copy.write_text(json.dumps(data), encoding="utf-8")
    seen: list[str] = []
    dialogs.on_run = lambda dialog: seen.append(dialog.problems_text.toPlainText())  # type: ignore[attr-defined]
    builder.picker.programmes_button.click()
    assert str(copy) in seen[0] and "The field checked must be a date" in seen[0]
    assert builder.picker.problems_label.isVisible()
    assert builder.picker.choose("horizon_europe"), "the shipped programme is back"
    assert "Rules from your file" not in builder.picker.checked_label.text()


def test_the_action_opens_one_builder_and_follows_a_new_map(
    qtbot: QtBot, window: MainWindow, actions: ConsortiumActions, tmp_path: Path
) -> None:
    assert actions.action.shortcut() == QKeySequence("Ctrl+Shift+B")
    assert actions.action in window.map_menu.actions()
    keys = [
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    ]
    assert keys.count("Ctrl+Shift+B") == 1, "no other action of the window uses it"
    actions.action.trigger()
    builder = actions.builder
    assert builder is not None and builder.isVisible()
    builder.add_actor(actor_named(window.document, "Digipolis").id or 0)
    actions.action.trigger()
    assert actions.builder is builder and builder.model.rowCount() == 1
    other = Document(create_map(tmp_path / "other.aspmap", "Other map"), "en")
    window.replace_document(other)
    assert builder.document is other
    assert builder.model.rowCount() == 0
    assert builder.windowTitle() == "Consortium builder — Other map"
    builder.close()


def test_the_model_is_a_sound_qt_model(
    qtmodeltester: object, builder: ConsortiumWindow, window: MainWindow
) -> None:
    for name in FINNISH:
        builder.add_actor(actor_named(window.document, name).id or 0)
    qtmodeltester.check(builder.model)  # type: ignore[attr-defined]


def test_undo_works_in_the_builder_and_a_closed_builder_catches_up(
    qtbot: QtBot, window: MainWindow, builder: ConsortiumWindow, actions: ConsortiumActions
) -> None:
    document = window.document
    builder.picker.choose("horizon_europe")
    uk = actor_named(document, "UK cluster org.")
    builder.add_actor(uk.id or 0)
    scripted(builder).names = [ProjectNames("Solo")]
    builder.output.save_as_project()
    undo = next(
        a for a in builder.actions() if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    )
    undo.trigger()
    assert not any(
        isinstance(p, Project) and p.name == "Solo" for p in document.index.all(EntityType.PROJECT)
    )
    assert builder.model.rowCount() == 1, "the consortium stays for another try"

    builder.close()
    document.push(
        EditEntity(document, EntityType.ACTOR, uk.id or 0, {"country": "GB"}, {"country": "NO"}, "")
    )
    assert builder.check_pending()
    qtbot.waitUntil(lambda: not builder.check_pending(), timeout=5000)  # an open one would check
    assert "United Kingdom" in _rules(builder)["three_countries"][1], "not checked while closed"
    actions.open_builder()
    assert "Norway" in _rules(builder)["three_countries"][1]


def test_a_selected_project_brings_its_partners_in_their_roles(
    builder: ConsortiumWindow, window: MainWindow
) -> None:
    document = window.document
    (asp,) = [p for p in document.index.all(EntityType.PROJECT) if isinstance(p, Project)]
    uni = actor_named(document, "Lapin yliopisto")
    gb = actor_named(document, "UK cluster organisation (example)")
    # Already in as coordinator: the project's coordinator then comes in as a partner.
    assert builder.add_actor(gb.id or 0)
    document.selection.select([Ref(EntityType.PROJECT, asp.id or 0)])
    builder.add_selected()
    members = dict(builder.model.members)
    assert len(members) == 9, "the UK organisation and ASP's eight partners"
    assert members[gb.id or 0] == "coordinator"
    assert members[actor_named(document, "Lapin liitto").id or 0] == "partner"
    assert members[uni.id or 0] == "partner"
    assert list(members.values()).count("coordinator") == 1
    assert builder.status.text() == "Added 8 actors to the consortium."
