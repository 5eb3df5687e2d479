"""A consortium saved as a project, or a project updated to it: one undo step each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aspdesk.analysis.consortium.builder import load_programmes
from aspdesk.analysis.consortium.rules import (
    PROGRAMME_OF_RULES,
    project_programme,
    rules_for_project,
)
from aspdesk.app.commands import AddEntity
from aspdesk.app.document import Document
from aspdesk.app.project_commands import SaveConsortium, UpdateConsortium, project_partners
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType, Project, ProjectPartner
from aspdesk.domain.vocabulary import Vocabulary, builtin_codes
from aspdesk.store.repository import MapStore

# Each test using the store fixture runs on a map file and on a team map (PostgreSQL).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def document(store: MapStore, qapp: object) -> Iterator[Document]:
    doc = Document(store, "en")
    yield doc
    doc.undo_stack.clear()


def _actors(document: Document, *names: str) -> list[int]:
    ids = []
    for name in names:
        command = AddEntity(document, Actor(name=name), "add")
        assert document.push(command)
        assert command.entity.id is not None
        ids.append(command.entity.id)
    return ids


def _projects(store: MapStore) -> tuple[list[object], list[object]]:
    return store.all(EntityType.PROJECT), store.all(EntityType.PROJECT_PARTNER)


def test_save_undo_redo(document: Document) -> None:
    a, b, c = _actors(document, "A", "B", "C")
    store = document.store
    changed: list[tuple[str, list[int]]] = []
    document.entities_changed.connect(lambda t, ids: changed.append((t, list(ids))))
    command = SaveConsortium(
        document,
        Project(name="Arctic", acronym="ARC", programme="horizon_europe", status="idea"),
        [
            ProjectPartner(actor_id=a, role="coordinator"),
            ProjectPartner(actor_id=b, role="partner"),
            ProjectPartner(actor_id=c, role="associated", budget_share=5.0),
        ],
        "Save the consortium",
    )
    assert document.push(command)
    assert document.undo_stack.count() == 4, "three actors, then one step for the project"
    (project,), partners = _projects(store)
    assert isinstance(project, Project)
    assert (project.name, project.status, project.programme) == (
        "Arctic",
        "preparation",
        "horizon_europe",
    )
    assert command.ref == Ref(EntityType.PROJECT, project.id or 0)
    assert [(p.project_id, p.actor_id, p.role) for p in partners] == [  # type: ignore[attr-defined]
        (project.id, a, "coordinator"),
        (project.id, b, "partner"),
        (project.id, c, "associated"),
    ]
    assert document.index.get(EntityType.PROJECT, project.id) == project
    assert changed[0] == ("project", [project.id])
    assert changed[1][0] == "project_partner" and len(changed[1][1]) == 3
    before = (project, partners)

    document.selection.select([command.ref])
    document.undo_stack.undo()
    assert _projects(store) == ([], [])
    assert document.index.count(EntityType.PROJECT_PARTNER) == 0
    assert document.selection.selected == (), "an undone project is no longer selected"
    assert len(store.all(EntityType.ACTOR)) == 3, "the actors stay"

    document.undo_stack.redo()
    assert _projects(store) == ([before[0]], before[1]), "back under the same ids"
    assert document.index.get(EntityType.PROJECT, project.id) == project


def _partners(document: Document, project_id: int) -> list[ProjectPartner]:
    stored = [
        p
        for p in document.store.all(EntityType.PROJECT_PARTNER)
        if isinstance(p, ProjectPartner) and p.project_id == project_id
    ]
    assert stored == project_partners(document, project_id), "the index follows the file"
    return stored


def test_update_adds_removes_and_changes_roles_in_one_undo_step(document: Document) -> None:
    a, b, c, d, e = _actors(document, "A", "B", "C", "D", "E")
    save = SaveConsortium(
        document,
        Project(name="Arctic"),
        [
            ProjectPartner(actor_id=a, role="coordinator", budget_share=40.0),
            ProjectPartner(actor_id=b, role="partner", budget_share=30.0),
            ProjectPartner(actor_id=c, role="partner", budget_share=20.0),
            ProjectPartner(actor_id=d, role="subcontractor"),
        ],
        "save",
    )
    assert document.push(save)
    project_id = save.ref.id
    before = _partners(document, project_id)
    steps = document.undo_stack.count()
    changed: list[tuple[str, list[int]]] = []
    document.entities_changed.connect(lambda t, ids: changed.append((t, list(ids))))
    partner_c = next(p for p in before if p.actor_id == c)
    document.selection.select([Ref(EntityType.PROJECT_PARTNER, partner_c.id or 0)])

    # B becomes the coordinator and A a partner, C leaves, D stays as it is, E joins.
    command = UpdateConsortium(
        document,
        project_id,
        [(b, "coordinator"), (a, "partner"), (d, "subcontractor"), (e, "associated")],
        "Update the partners",
    )
    assert not command.changes_nothing
    assert document.push(command)
    assert document.undo_stack.count() == steps + 1, "one undo step"
    after = _partners(document, project_id)
    assert {p.actor_id: (p.role, p.budget_share) for p in after} == {
        a: ("partner", 40.0),
        b: ("coordinator", 30.0),
        d: ("subcontractor", None),
        e: ("associated", None),
    }, "the shares of partners who stay are kept; a newcomer has none"
    kept = {p.actor_id: p.id for p in before}
    assert {p.actor_id: p.id for p in after if p.actor_id != e} == {
        actor: kept[actor] for actor in (a, b, d)
    }, "partners who stay keep their rows"
    (new,) = [p for p in after if p.actor_id == e]
    assert (new.id or 0) > max(p.id or 0 for p in before)
    assert changed and {t for t, _ids in changed} == {"project_partner"}
    assert document.selection.selected == (), "a partner that left is no longer selected"

    document.undo_stack.undo()
    assert _partners(document, project_id) == before, "exactly the previous partners"
    assert document.index.get(EntityType.PROJECT_PARTNER, new.id) is None

    document.undo_stack.redo()
    assert _partners(document, project_id) == after, "the same change under the same ids"


def test_an_update_that_changes_nothing_says_so(document: Document) -> None:
    a, b = _actors(document, "A", "B")
    save = SaveConsortium(
        document,
        Project(name="Arctic"),
        [ProjectPartner(actor_id=a, role="coordinator"), ProjectPartner(actor_id=b)],
        "save",
    )
    assert document.push(save)
    same = UpdateConsortium(
        document, save.ref.id, [(b, "partner"), (a, "coordinator"), (a, "partner")], "update"
    )
    assert same.changes_nothing, "order does not matter; an actor's first role counts"


def test_a_refused_update_changes_nothing(document: Document) -> None:
    a, b = _actors(document, "A", "B")
    save = SaveConsortium(
        document,
        Project(name="Arctic"),
        [ProjectPartner(actor_id=a, role="coordinator"), ProjectPartner(actor_id=b)],
        "save",
    )
    assert document.push(save)
    before = _partners(document, save.ref.id)
    steps = document.undo_stack.count()
    command = UpdateConsortium(document, save.ref.id, [(a, "partner"), (999, "partner")], "u")
    assert not document.push(command), "actor 999 is not in the map"
    assert _partners(document, save.ref.id) == before, "all or nothing"
    assert document.undo_stack.count() == steps


def test_ids_are_never_reused_after_an_undo(document: Document) -> None:
    (a,) = _actors(document, "A")
    first = SaveConsortium(document, Project(name="One"), [ProjectPartner(actor_id=a)], "save")
    assert document.push(first)
    first_id = first.ref.id
    document.undo_stack.undo()
    second = SaveConsortium(document, Project(name="Two"), [ProjectPartner(actor_id=a)], "save")
    assert document.push(second)
    assert second.ref.id > first_id, "AUTOINCREMENT: an undone project's id stays unused"


def test_a_refused_save_stores_nothing(document: Document) -> None:
    (a,) = _actors(document, "A")
    failures: list[str] = []
    document.edit_failed.connect(failures.append)
    command = SaveConsortium(
        document,
        Project(name="Broken"),
        [ProjectPartner(actor_id=a), ProjectPartner(actor_id=999)],
        "save",
    )
    assert not document.push(command)
    assert failures and "not in the map" in failures[0]
    assert _projects(document.store) == ([], []), "all or nothing"
    assert document.undo_stack.count() == 1, "only the actor's step"


def test_every_rule_file_stands_for_a_known_programme_code() -> None:
    codes = builtin_codes(Vocabulary.PROGRAMME)
    programmes = load_programmes()
    assert set(PROGRAMME_OF_RULES) == set(programmes)
    assert {project_programme(i) for i in programmes} == codes
    assert project_programme("horizon_europe") == "horizon_europe"
    assert project_programme("erdf_finland") == "erdf"
    assert project_programme("interreg_baltic_sea_region") == "interreg_bsr"
    assert project_programme("my_own_call") == "other"


def test_a_project_finds_the_rules_of_its_programme() -> None:
    ids = [*load_programmes(), "my_own_call"]
    assert rules_for_project("erdf", ids) == "erdf_finland"
    assert rules_for_project("erasmus_plus", ids) == "erasmus_cooperation_partnerships"
    assert rules_for_project("other", ["my_own_call", *ids]) == "other"
    assert rules_for_project("other", ["my_own_call"]) == "my_own_call"
    assert rules_for_project("life", []) is None


def test_the_index_knows_each_projects_partners_after_every_change(document: Document) -> None:
    first, second = _actors(document, "Lapin liitto", "GTK")
    save = SaveConsortium(
        document,
        Project(name="Hanke"),
        [ProjectPartner(actor_id=first, role="coordinator")],
        "save",
    )
    assert document.push(save)
    project_id = save.project.id or 0
    assert [p.actor_id for p in document.index.partners_of(project_id)] == [first]
    add = AddEntity(document, ProjectPartner(project_id=project_id, actor_id=second), "add")
    assert document.push(add)
    assert [p.actor_id for p in document.index.partners_of(project_id)] == [first, second]
    document.undo_stack.undo()
    assert [p.actor_id for p in document.index.partners_of(project_id)] == [first]
    document.undo_stack.undo()
    assert document.index.partners_of(project_id) == []
    assert document.index.partners_of(None) == []
