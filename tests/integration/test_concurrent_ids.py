"""Two coordinators importing into one team map at once never collide on ids: each import
takes its new rows' ids from the server as it commits (aspdesk.store.ids)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject

from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.importing import ImportData, PreparedImport, commit
from aspdesk.app.offline import offline_copy, send, start_sending
from aspdesk.app.team import open_team_document
from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership, Relationship
from aspdesk.io.merging.planner import Decisions
from aspdesk.store.opening import open_map
from aspdesk.store.repository import MapStore
from aspdesk.store.team.check import check_team_map
from tests.postgres import TeamMapDatabase

A, R = EntityType.ACTOR, EntityType.RELATIONSHIP


def _planned(store: MapStore, tag: str, count: int) -> PreparedImport:
    """An import of ``count`` actors, each tied to the next, numbered as a plan numbers."""
    ids = store.next_ids()
    actors = tuple(Actor(id=ids[A] + n, name=f"{tag} {n}") for n in range(count))
    ties = tuple(
        Relationship(id=ids[R] + n, source_id=ids[A] + n, target_id=ids[A] + n + 1)
        for n in range(count - 1)
    )
    cluster = Cluster(id=ids[EntityType.CLUSTER], name=f"{tag} cluster", coordinator_id=ids[A])
    member = Membership(id=ids[EntityType.MEMBERSHIP], actor_id=ids[A] + 1, cluster_id=cluster.id)
    return PreparedImport(inserts=(*actors, *ties, cluster, member), updates=())


def _chain_of(store: MapStore, tag: str) -> bool:
    """Whether the map holds ``tag``'s actors tied in their order, and its cluster."""
    by_id = {a.id: a.name for a in store.actors()}
    mine = {a.name: a.id for a in store.actors() if a.name.startswith(f"{tag} ")}
    ties = {(by_id[t.source_id], by_id[t.target_id]) for t in store.relationships()}
    count = len(mine)
    chained = all((f"{tag} {n}", f"{tag} {n + 1}") in ties for n in range(count - 1))
    (cluster,) = [c for c in store.clusters() if c.name == f"{tag} cluster"]
    members = [by_id[m.actor_id] for m in store.memberships(cluster_id=cluster.id)]
    return chained and by_id[cluster.coordinator_id] == f"{tag} 0" and members == [f"{tag} 1"]


def test_two_stores_importing_at_once_both_commit_with_their_own_ids(
    team_map: TeamMapDatabase,
) -> None:
    stores = [team_map.open("editor"), team_map.open("owner")]
    try:
        # Both plan from the same next ids, as two windows importing at once do.
        plans = [_planned(store, tag, 150) for store, tag in zip(stores, "PQ", strict=True)]
        assert plans[0].inserts[0].id == plans[1].inserts[0].id
        start = threading.Barrier(2)
        errors: list[BaseException] = []

        def run(store: MapStore, plan: PreparedImport) -> None:
            try:
                start.wait()
                commit(store, plan, "Import")
            except BaseException as error:  # reported below, in the test's thread
                errors.append(error)

        threads = [
            threading.Thread(target=run, args=pair) for pair in zip(stores, plans, strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not errors
        assert stores[0].counts()[A] == 300 and stores[0].counts()[R] == 298
        assert _chain_of(stores[1], "P") and _chain_of(stores[1], "Q")
        # A plain add afterwards gets a fresh id too.
        assert stores[0].insert(Actor(name="after")).id not in {a.id for a in plans[0].inserts}
        with stores[0].engine.connect() as connection:
            check_team_map(connection, "the test map")  # raises on a broken map
    finally:
        for store in stores:
            store.close()


def test_an_import_command_keeps_the_ids_it_took_for_its_undo_and_redo(
    team_map: TeamMapDatabase, qapp: QObject
) -> None:
    first = open_team_document(team_map.address("editor"), "", "en")
    second = open_team_document(team_map.address("owner"), "", "en")
    try:
        planned = _planned(first.store, "P", 5)
        # Meanwhile another coordinator adds an actor: it takes the id the plan chose.
        taken = AddEntity(second, Actor(name="Lapin liitto"), "Add")
        assert second.push(taken) and taken.ref.id == planned.inserts[0].id
        command = ImportData(first, planned, "Import")
        assert first.push(command)
        assert taken.ref.id not in {e.id for e in command.added if e.entity_type is A}
        assert _chain_of(first.store, "P")
        first.undo_stack.undo()
        assert [a.name for a in first.store.actors()] == ["Lapin liitto"]
        first.undo_stack.redo()
        assert _chain_of(first.store, "P") and first.store.counts()[A] == 6
        assert first.index.get(A, command.added[0].id).name == "P 0"  # type: ignore[union-attr]
    finally:
        first.close()
        second.close()


def test_an_offline_send_records_the_ids_the_server_gave_its_new_rows(
    team_map: TeamMapDatabase, qapp: QObject, tmp_path: Path
) -> None:
    team = open_team_document(team_map.address("editor"), "", "en")
    other = open_team_document(team_map.address("owner"), "", "en")
    path = tmp_path / "offline.aspmap"
    try:
        lapland = _added(team, Actor(name="Lapin liitto"))
        offline_copy(team, path)
        copy = Document(open_map(path, tmp_path / "backups"), "en")
        try:
            new = _added(copy, Actor(name="Offline Oy"))
            sending = start_sending(copy, team)
            plan = sending.plan(Decisions())
            (planned,) = [e.id for e in plan.inserts]
            # Between the preview and Send, another coordinator adds an actor: it takes
            # the id the send planned for Offline Oy.
            assert _added(other, Actor(name="Digipolis")) == planned
            assert send(sending, plan, "Send changes")
            names = {a.name: a.id for a in team.store.actors()}
            assert set(names) == {"Lapin liitto", "Digipolis", "Offline Oy"}
            assert names["Offline Oy"] != planned
            # The copy knows its actor by the server's id: an edit of it goes there.
            edit = EditEntity(copy, A, new, {"municipality": ""}, {"municipality": "Inari"}, "E")
            assert copy.push(edit)
            later = start_sending(copy, team)
            plan = later.plan(Decisions())
            assert [(e.id, c) for e, c in plan.updates] == [
                (names["Offline Oy"], {"municipality": "Inari"})
            ]
            assert lapland not in {e.id for e, _c in plan.updates}
        finally:
            copy.close()
    finally:
        team.close()
        other.close()


def _added(document: Document, entity: Actor) -> int:
    command = AddEntity(document, entity, "Add")
    assert document.push(command)
    return command.ref.id
