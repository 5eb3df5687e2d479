"""The builder keeps its work: it updates the project it belongs to, and its draft survives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import DeleteEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.settings import ConsortiumDraft, Settings
from aspdesk.domain.entities import EntityType, Project, ProjectPartner
from aspdesk.store.opening import create_map, open_map
from aspdesk.store.repository import MapStore
from aspdesk.ui.consortium.dialogs import NEW, UPDATE, ProjectNames
from aspdesk.ui.consortium.model import ROLE
from aspdesk.ui.consortium.window import ConsortiumWindow
from aspdesk.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window
from tests.ui.consortium_helpers import ScriptedConsortiumDialogs, actor_named, scripted

pytestmark = pytest.mark.gui

PORTFOLIO = "Arctic Smartness Portfolio"


def _open(qtbot: QtBot, window: MainWindow) -> ConsortiumWindow:
    builder = window.consortium.open_builder()
    builder.dialogs = ScriptedConsortiumDialogs(builder)
    qtbot.waitExposed(builder)
    return builder


@pytest.fixture
def builder(qtbot: QtBot, window: MainWindow) -> Iterator[ConsortiumWindow]:
    opened = _open(qtbot, window)
    yield opened
    opened.close()


def _partners(document: Document, project_id: int) -> list[ProjectPartner]:
    return [
        p
        for p in document.store.all(EntityType.PROJECT_PARTNER)
        if isinstance(p, ProjectPartner) and p.project_id == project_id
    ]


def _portfolio(document: Document) -> Project:
    (project,) = [
        p
        for p in document.index.all(EntityType.PROJECT)
        if isinstance(p, Project) and p.name == PORTFOLIO
    ]
    return project


def test_a_loaded_project_is_updated_in_one_undo_step(
    window: MainWindow, builder: ConsortiumWindow
) -> None:
    document = window.document
    dialogs = scripted(builder)
    project = _portfolio(document)
    project_id = project.id or 0
    liitto = actor_named(document, "Lapin liitto")
    (liitto_row,) = [p for p in _partners(document, project_id) if p.actor_id == liitto.id]
    share = EditEntity(
        document,
        EntityType.PROJECT_PARTNER,
        liitto_row.id or 0,
        {"budget_share": None},
        {"budget_share": 40.0},
        "share",
    )
    assert document.push(share)
    before = _partners(document, project_id)
    dialogs.choices = [0]
    builder.load_button.click()
    assert builder.model.rowCount() == 8

    # Take one partner out, give Lapin liitto another role, and add one from abroad.
    gone = builder.model.members[-1][0]
    builder.table.selectRow(7)
    builder.remove_chosen()
    assert builder.model.setData(builder.model.index(0, ROLE), "partner")
    assert builder.model.setData(builder.model.index(1, ROLE), "coordinator")
    uk = actor_named(document, "UK cluster org.")
    builder.add_actor(uk.id or 0)

    dialogs.save_choices = [UPDATE]
    steps = document.undo_stack.count()
    builder.save_button.click()
    assert dialogs.offered_projects == [PORTFOLIO]
    assert dialogs.offered_names == [], "an update asks for no names"
    assert document.undo_stack.count() == steps + 1
    after = {p.actor_id: (p.role, p.budget_share) for p in _partners(document, project_id)}
    assert after == {a: (r, 40.0 if a == liitto.id else None) for a, r in builder.model.members}
    assert gone not in after and after[uk.id or 0] == ("partner", None)
    assert builder.status.text() == (
        f"Updated the partners of the project “{PORTFOLIO}”: 1 added, 1 taken out, "
        "2 in another role. Undo takes it back."
    )
    assert document.selection.current == Ref(EntityType.PROJECT, project_id)
    assert len(document.index.all(EntityType.PROJECT)) == 1, "no new project"

    document.undo_stack.undo()
    assert _partners(document, project_id) == before, "exactly the partners there were"

    # Saving again when nothing differs says so and adds no step.
    document.undo_stack.redo()
    dialogs.save_choices = [UPDATE]
    builder.output.save_as_project()
    assert builder.status.text() == (
        f"The project “{PORTFOLIO}” already has these partners in these roles."
    )
    assert document.undo_stack.count() == steps + 1

    # The user may still save it as a new project, which the consortium then belongs to.
    dialogs.save_choices = [NEW, UPDATE]
    dialogs.names = [ProjectNames("Arctic Smartness II", "ASP2")]
    builder.output.save_as_project()
    assert dialogs.offered_names[-1].name == PORTFOLIO
    assert len(document.index.all(EntityType.PROJECT)) == 2
    builder.output.save_as_project()
    assert dialogs.offered_projects[-1] == "Arctic Smartness II"


def test_a_project_deleted_meanwhile_is_saved_anew(
    window: MainWindow, builder: ConsortiumWindow
) -> None:
    document = window.document
    dialogs = scripted(builder)
    dialogs.choices = [0]
    builder.load_button.click()
    project = _portfolio(document)
    assert document.push(DeleteEntity(document, Ref(EntityType.PROJECT, project.id or 0), "del"))
    dialogs.names = [ProjectNames(PORTFOLIO, "ASP")]
    builder.save_button.click()
    assert dialogs.offered_projects == [], "nothing to update: no question"
    (saved,) = [p for p in document.index.all(EntityType.PROJECT) if isinstance(p, Project)]
    assert saved.id != project.id and saved.status == "preparation"
    assert len(_partners(document, saved.id or 0)) == 8
    assert builder.status.text().startswith(
        f"The project “{PORTFOLIO}” is no longer in the map, so the consortium is saved as a "
        f"new project. Saved as the project “{PORTFOLIO}” (in preparation) with 8 partner"
    )


def test_the_draft_survives_closing_aspdesk_and_loses_only_deleted_actors(
    qtbot: QtBot, window: MainWindow, sample_store: MapStore, tmp_path: Path
) -> None:
    builder = _open(qtbot, window)
    document = window.document
    scripted(builder).choices = [0]
    builder.load_button.click()  # the consortium belongs to the project
    builder.table.selectRow(7)
    builder.remove_chosen()
    uk = actor_named(document, "UK cluster org.")
    es = actor_named(document, "Spanish cluster org.")
    builder.add_actor(uk.id or 0, "associated")
    builder.add_actor(es.id or 0)
    assert builder.picker.choose("horizon_europe")
    members = builder.model.members
    project_id = _portfolio(document).id
    builder.close()
    window.close()  # closes the map and writes the settings
    path = sample_store.path
    assert path is not None
    assert path.name in (tmp_path / "settings.ini").read_text(encoding="utf-8")

    # aspdesk starts again: the same map, a new settings object on the same file.
    reopened = open_map(path, tmp_path / "backups")
    second = make_window(qtbot, reopened, tmp_path)
    try:
        assert second.settings is not window.settings
        spanish = Ref(EntityType.ACTOR, es.id or 0)
        assert second.document.push(DeleteEntity(second.document, spanish, "delete"))
        again = _open(qtbot, second)
        assert again.model.members == [m for m in members if m[0] != es.id]
        assert again.picker.programme_id() == "horizon_europe"
        assert again.output.project_id == project_id
        # (The plural forms come with the next translation files: "partner(s)" until then.)
        said = again.status.text()
        assert said.startswith("Your consortium from last time is back: 8 partner"), said
        assert " 1 actor" in said and "no longer in the map" in said and "left out" in said
        assert again.model.index(7, ROLE).data() == "Associated partner"

        # Emptying the consortium forgets the draft.
        again.table.selectAll()
        again.remove_chosen()
        key = str(path.resolve())
        assert Settings(tmp_path / "settings.ini").consortium_draft(key) is None
        again.close()
    finally:
        second.close()


def test_each_map_keeps_its_own_draft(
    qtbot: QtBot, window: MainWindow, builder: ConsortiumWindow, tmp_path: Path
) -> None:
    first = window.document.store.path
    assert first is not None
    digipolis = actor_named(window.document, "Digipolis")
    builder.add_actor(digipolis.id or 0)
    other = Document(create_map(tmp_path / "other.aspmap", "Other map"), "en")
    window.replace_document(other)
    assert builder.model.rowCount() == 0 and builder.status.text() == ""
    window.replace_document(Document(open_map(first, tmp_path / "backups"), "en"))
    assert builder.model.members == [(digipolis.id, "coordinator")]
    assert builder.status.text().startswith("Your consortium from last time is back: 1 partner")


def test_a_draft_is_read_leniently() -> None:
    assert ConsortiumDraft.from_dict({"partners": [[1, "partner"], ["x", 2], [True, "a"]]}) == (
        ConsortiumDraft("", None, ((1, "partner"),))
    )
    assert ConsortiumDraft.from_dict("nonsense") is None
    draft = ConsortiumDraft("horizon_europe", 3, ((1, "coordinator"), (2, "partner")))
    assert ConsortiumDraft.from_dict(draft.to_dict()) == draft
