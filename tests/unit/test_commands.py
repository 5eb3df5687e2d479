"""Every command's do, undo and redo, through the Document's undo stack."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity, RenameMap
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Entity,
    EntityType,
    Membership,
    Relationship,
)
from aspdesk.store.repository import MapStore

# Every command on a map file and on a team map (PostgreSQL): the same code, both engines.
pytestmark = pytest.mark.both_backends


@pytest.fixture
def document(store: MapStore, qapp: object) -> Iterator[Document]:
    doc = Document(store, "en")
    yield doc
    doc.undo_stack.clear()


def _snapshot(store: MapStore) -> dict[EntityType, list[Entity]]:
    return {t: store.all(t) for t in EntityType}


def _add(document: Document, entity: Entity) -> Entity:
    command = AddEntity(document, entity, "add")
    assert document.push(command)
    return command.entity


@pytest.mark.parametrize(
    "make",
    [
        lambda ids: Actor(name="New actor", kind="research"),
        lambda ids: Cluster(name="New cluster", colour="#009E73"),
        lambda ids: Contact(actor_id=ids["a"], name="Person"),
        lambda ids: Membership(actor_id=ids["a"], cluster_id=ids["c"], role="funder"),
        lambda ids: Relationship(source_id=ids["b"], target_id=ids["a"], type="competition"),
    ],
    ids=["actor", "cluster", "contact", "membership", "relationship"],
)
def test_add_undo_redo(document: Document, make: object) -> None:
    store = document.store
    a = _add(document, Actor(name="A"))
    b = _add(document, Actor(name="B"))
    c = _add(document, Cluster(name="C"))
    before = _snapshot(store)
    entity = make({"a": a.id, "b": b.id, "c": c.id})  # type: ignore[operator]
    added = _add(document, entity)
    after = _snapshot(store)
    assert added.id is not None and added in after[added.entity_type]
    document.undo_stack.undo()
    assert _snapshot(store) == before
    document.undo_stack.redo()
    assert _snapshot(store) == after, "redo puts the entity back under the same id"


def test_edit_undo_redo_and_text(document: Document) -> None:
    actor = _add(document, Actor(name="Digipolis"))
    assert isinstance(actor, Actor) and actor.id is not None
    command = EditEntity(
        document,
        EntityType.ACTOR,
        actor.id,
        {"email": "", "updated_at": actor.updated_at},
        {"email": "info@digipolis.fi"},
        "Edit email of “Digipolis”",
    )
    assert document.push(command)
    assert document.undo_stack.undoText() == "Edit email of “Digipolis”"
    edited = document.store.get(EntityType.ACTOR, actor.id)
    assert isinstance(edited, Actor) and edited.email == "info@digipolis.fi"
    document.undo_stack.undo()
    assert document.store.get(EntityType.ACTOR, actor.id) == actor
    document.undo_stack.redo()
    assert document.store.get(EntityType.ACTOR, actor.id) == edited


def test_mergeable_edits_of_one_field_are_one_step(document: Document) -> None:
    a = _add(document, Actor(name="A"))
    b = _add(document, Actor(name="B"))
    r = _add(document, Relationship(source_id=a.id or 0, target_id=b.id or 0))
    assert r.id is not None
    count = document.undo_stack.count()
    for old, new in ((3, 4), (4, 5)):
        document.push(
            EditEntity(
                document,
                EntityType.RELATIONSHIP,
                r.id,
                {"strength": old},
                {"strength": new},
                "strength",
                merge=True,
            )
        )
    assert document.undo_stack.count() == count + 1
    document.undo_stack.undo()
    stored = document.store.get(EntityType.RELATIONSHIP, r.id)
    assert isinstance(stored, Relationship) and stored.strength == 3


def test_unmergeable_edits_stay_separate(document: Document) -> None:
    a = _add(document, Actor(name="A"))
    assert a.id is not None
    count = document.undo_stack.count()
    for old, new in (("A", "B"), ("B", "C")):
        document.push(
            EditEntity(document, EntityType.ACTOR, a.id, {"name": old}, {"name": new}, "n")
        )
    assert document.undo_stack.count() == count + 2


def test_delete_undo_redo_with_dependents(document: Document) -> None:
    store = document.store
    a = _add(document, Actor(name="A"))
    b = _add(document, Actor(name="B"))
    c = _add(document, Cluster(name="C", coordinator_id=a.id))
    _add(document, Membership(actor_id=a.id or 0, cluster_id=c.id or 0, role="coordinator"))
    _add(document, Relationship(source_id=b.id or 0, target_id=a.id or 0))
    _add(document, Contact(actor_id=a.id or 0, name="P"))
    before = _snapshot(store)
    document.selection.select([Ref(EntityType.ACTOR, a.id or 0)])
    assert document.push(DeleteEntity(document, Ref(EntityType.ACTOR, a.id or 0), "del"))
    assert document.selection.selected == ()
    after = _snapshot(store)
    assert [x.name for x in after[EntityType.ACTOR]] == ["B"]  # type: ignore[union-attr]
    assert after[EntityType.MEMBERSHIP] == after[EntityType.RELATIONSHIP] == []
    document.undo_stack.undo()
    assert _snapshot(store) == before
    document.undo_stack.redo()
    assert _snapshot(store) == after


def test_rename_map_undo_redo(document: Document, qtbot: QtBot) -> None:
    with qtbot.waitSignal(document.map_renamed) as signal:
        document.push(RenameMap(document, "Test map", "Lapland 2026", "rename"))
    assert signal.args == ["Lapland 2026"]
    assert document.map_name() == "Lapland 2026"
    document.undo_stack.undo()
    assert document.map_name() == "Test map"


def test_refused_edit_reports_and_leaves_stack_and_map_unchanged(
    document: Document, qtbot: QtBot
) -> None:
    a = _add(document, Actor(name="A"))
    c = _add(document, Cluster(name="C"))
    membership = Membership(actor_id=a.id or 0, cluster_id=c.id or 0, role="funder")
    _add(document, membership)
    before = _snapshot(document.store)
    count = document.undo_stack.count()
    with qtbot.waitSignal(document.edit_failed) as signal:
        ok = document.push(AddEntity(document, replace(membership), "add again"))
    assert not ok
    assert "already has this role" in signal.args[0]
    assert document.undo_stack.count() == count
    assert _snapshot(document.store) == before


def test_changes_are_announced_with_ids(document: Document, qtbot: QtBot) -> None:
    with qtbot.waitSignal(document.entities_changed) as signal:
        actor = _add(document, Actor(name="A"))
    assert signal.args == [EntityType.ACTOR.value, [actor.id]]


def test_move_nodes_is_one_step_and_keeps_updated_at(document: Document) -> None:
    from aspdesk.app.graph_commands import MoveNodes, PinNodes

    a = _add(document, Actor(name="A"))
    c = _add(document, Cluster(name="C"))
    ref_a, ref_c = Ref(EntityType.ACTOR, a.id or 0), Ref(EntityType.CLUSTER, c.id or 0)
    old = {ref_a: (None, None), ref_c: (None, None)}
    new = {ref_a: (1.5, -2.0), ref_c: (10.0, 4.25)}
    steps = document.undo_stack.count()
    assert document.push(MoveNodes(document, old, new, "Move 2 nodes"))
    assert document.undo_stack.count() == steps + 1
    moved = document.store.get(EntityType.ACTOR, a.id or 0)
    assert isinstance(moved, Actor) and (moved.x, moved.y) == (1.5, -2.0)
    assert moved.updated_at == a.updated_at, "moving a node is not an edit of the actor"
    assert document.index.get(EntityType.CLUSTER, c.id or 0) == document.store.get(
        EntityType.CLUSTER, c.id or 0
    )
    document.undo_stack.undo()
    back = document.store.get(EntityType.ACTOR, a.id or 0)
    assert isinstance(back, Actor) and (back.x, back.y) == (None, None)
    assert document.push(PinNodes(document, {ref_a: False}, {ref_a: True}, "Pin"))
    pinned = document.store.get(EntityType.ACTOR, a.id or 0)
    assert isinstance(pinned, Actor) and pinned.pinned
    document.undo_stack.undo()
    unpinned = document.store.get(EntityType.ACTOR, a.id or 0)
    assert isinstance(unpinned, Actor) and not unpinned.pinned
