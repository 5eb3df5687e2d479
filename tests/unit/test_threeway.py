"""The three-way plan of an offline copy sent back, from the copy's log after its base:
what changed only offline, on both sides, deletions either way, additions, and the log's
own twists (a delete undone, something added then removed, a move)."""

from __future__ import annotations

from datetime import UTC, datetime

from aspdesk.domain.change_values import POSITION
from aspdesk.domain.changes import Change
from aspdesk.domain.entities import Actor, EntityType, Membership, Relationship
from aspdesk.io.importing.batch import from_snapshot
from aspdesk.io.merging.planner import Decisions, Outcome, plan_import
from aspdesk.io.merging.threeway import base_from_changes, type_key
from aspdesk.io.snapshot import MapSnapshot

NEXT = {t: 100 for t in EntityType}
AT = datetime(2026, 1, 5, tzinfo=UTC)
A = EntityType.ACTOR.value

LAPLAND = Actor(id=1, name="Lapin liitto", municipality="Rovaniemi", x=0.0, y=0.0)
GTK = Actor(id=2, name="GTK", kind="research")
GONE = Actor(id=3, name="Poistuva Oy")
TIE = Relationship(id=1, source_id=1, target_id=3, type="funding")
BASE = MapSnapshot(name="Lappi", actors=(LAPLAND, GTK, GONE), relationships=(TIE,))


def _change(
    set_id: int, subject: str, entity_id: int, field: str | None, old: object, new: object
) -> Change:
    return Change(set_id, AT, "alice", subject, entity_id, field, old, new)


def test_fields_changed_offline_on_both_sides_and_only_on_the_server() -> None:
    copy = MapSnapshot(
        name="Lappi",
        actors=(
            Actor(id=1, name="Lapin liitto", municipality="Kemi", website="https://l.fi"),
            GTK,
            GONE,
        ),
        relationships=(TIE,),
    )
    server = MapSnapshot(
        name="Lappi",
        actors=(
            Actor(id=1, name="Lapin liitto", municipality="Tornio", email="i@l.fi"),
            Actor(id=2, name="GTK", kind="research", notes="server"),
            GONE,
        ),
        relationships=(TIE,),
    )
    base = base_from_changes(
        [
            _change(9, A, 1, "municipality", "Rovaniemi", "Kemi"),
            _change(9, A, 1, "website", "", "https://l.fi"),
        ]
    )
    plan = plan_import(from_snapshot("c", copy), server, NEXT, Decisions(), base)
    first = next(i for i in plan.items if i.existing is not None and i.existing.id == 1)
    assert first.outcome is Outcome.CONFLICT
    assert first.conflicts == {"municipality": ("Tornio", "Kemi")}
    assert first.changes == {"website": "https://l.fi"}
    assert plan.counts()[Outcome.UNCHANGED] == 3  # GTK (server's note stays), GONE, the tie
    taken = plan_import(
        from_snapshot("c", copy), server, NEXT, Decisions(take_file_always=True), base
    )
    assert taken.updates[0][1] == {"website": "https://l.fi", "municipality": "Kemi"}


def test_the_same_value_on_both_sides_is_no_conflict_and_a_move_is_sent() -> None:
    copy = MapSnapshot(
        name="Lappi", actors=(Actor(id=1, name="Lapin liitto", municipality="Kemi", x=5.0, y=6.0),)
    )
    server = MapSnapshot(
        name="Lappi", actors=(Actor(id=1, name="Lapin liitto", municipality="Kemi", x=0.0, y=0.0),)
    )
    base = base_from_changes(
        [
            _change(9, A, 1, "municipality", "Rovaniemi", "Kemi"),
            _change(10, A, 1, POSITION, (0.0, 0.0), (5.0, 6.0)),
        ]
    )
    plan = plan_import(from_snapshot("c", copy), server, NEXT, Decisions(), base)
    assert plan.updates[0][1] == {"x": 5.0, "y": 6.0}


def test_deletes_and_additions_and_the_logs_own_twists() -> None:
    new = Actor(id=7, name="Offline Oy")
    copy = MapSnapshot(
        name="Lappi",
        actors=(LAPLAND, GTK, new),
        memberships=(),
        relationships=(Relationship(id=5, source_id=7, target_id=1, type="funding"),),
    )
    server = BASE
    changes = [
        _change(9, A, 3, None, GONE, None),  # GONE deleted, with its tie
        _change(9, EntityType.RELATIONSHIP.value, 1, None, TIE, None),
        _change(10, A, 2, None, GTK, None),  # GTK deleted, then the delete undone
        _change(11, A, 2, None, None, GTK),
        _change(12, A, 8, None, None, Actor(id=8, name="Hetken Oy")),  # made, then undone
        _change(13, A, 8, None, Actor(id=8, name="Hetken Oy"), None),
        _change(14, A, 7, None, None, new),
        _change(14, A, 7, "municipality", "", "Inari"),  # a change of the new one: no base
        _change(15, EntityType.RELATIONSHIP.value, 5, None, None, copy.relationships[0]),
        _change(16, "map", 0, "name", "Lappi", "Lappi 2"),  # the map's own: not sent
    ]
    base = base_from_changes(changes)
    assert set(base.removed) == {(EntityType.ACTOR, 3), (EntityType.RELATIONSHIP, 1)}
    assert base.made == frozenset({(EntityType.ACTOR, 7), (EntityType.RELATIONSHIP, 5)})
    plan = plan_import(from_snapshot("c", copy), server, NEXT, Decisions(), base)
    assert plan.counts()[Outcome.DELETED] == 2
    assert [(e.entity_type, e.id) for e in plan.deletes] == [
        (EntityType.RELATIONSHIP, 1),
        (EntityType.ACTOR, 3),
    ]
    added = {(e.entity_type, e.id): e for e in plan.inserts}
    assert set(added) == {(EntityType.ACTOR, 100), (EntityType.RELATIONSHIP, 100)}
    tie = added[(EntityType.RELATIONSHIP, 100)]
    assert isinstance(tie, Relationship) and (tie.source_id, tie.target_id) == (100, 1)
    # Sent once, the ids are the server's: the next plan changes those, adds nothing.
    ids = {type_key(EntityType.ACTOR, 7): 100, type_key(EntityType.RELATIONSHIP, 5): 100}
    later = base_from_changes([_change(20, A, 7, "notes", "", "uusi")], ids)
    sent = MapSnapshot(
        name="Lappi",
        actors=(LAPLAND, GTK, Actor(id=100, name="Offline Oy")),
        relationships=(Relationship(id=100, source_id=100, target_id=1, type="funding"),),
    )
    copy_after = MapSnapshot(
        name="Lappi",
        actors=(LAPLAND, GTK, Actor(id=7, name="Offline Oy", notes="uusi")),
        relationships=copy.relationships,
    )
    again = plan_import(from_snapshot("c", copy_after), sent, NEXT, Decisions(), later)
    assert again.inserts == [] and [(e.id, c) for e, c in again.updates] == [
        (100, {"notes": "uusi"})
    ]


def test_a_delete_meeting_a_change_and_a_change_meeting_a_delete() -> None:
    copy = MapSnapshot(
        name="Lappi", actors=(Actor(id=1, name="Lapin liitto", municipality="Kemi"), GTK)
    )
    server = MapSnapshot(
        name="Lappi",
        actors=(
            Actor(id=2, name="GTK", kind="research"),
            Actor(id=3, name="Poistuva Oy", notes="x"),
        ),
        memberships=(Membership(id=4, actor_id=3, cluster_id=1, role="member"),),
    )
    base = base_from_changes(
        [
            _change(9, A, 1, "municipality", "Rovaniemi", "Kemi"),
            _change(10, A, 3, None, GONE, None),
        ]
    )
    plan = plan_import(from_snapshot("c", copy), server, NEXT, Decisions(), base)
    by = {i.candidate.key: i for i in plan.items}
    gone_there = by["a1"]
    assert gone_there.outcome is Outcome.CONFLICT and gone_there.reason
    assert gone_there.conflicts == {"municipality": (None, "Kemi")}
    kept = by["removed actor:3"]
    assert kept.outcome is Outcome.CONFLICT and kept.conflicts == {"notes": ("x", None)}
    assert plan.writes == 0  # nothing unless the user takes the copy's side
    taken = plan_import(
        from_snapshot("c", copy), server, NEXT, Decisions(take_file_always=True), base
    )
    assert [(e.entity_type, e.id) for e in taken.deletes] == [
        (EntityType.MEMBERSHIP, 4),  # what the server added to it goes with it
        (EntityType.ACTOR, 3),
    ]
    back = [e for e in taken.inserts if isinstance(e, Actor)]
    assert [(a.id, a.municipality) for a in back] == [(100, "Kemi")]


def test_what_refers_to_something_deleted_on_the_server() -> None:
    copy = MapSnapshot(
        name="Lappi",
        actors=(LAPLAND, GTK, GONE),
        relationships=(TIE, Relationship(id=6, source_id=2, target_id=3, type="funding")),
    )
    server = MapSnapshot(name="Lappi", actors=(LAPLAND, GTK))  # GONE went, with its tie
    new_tie = [_change(9, EntityType.RELATIONSHIP.value, 6, None, None, copy.relationships[1])]
    unchanged = plan_import(
        from_snapshot("c", copy),
        server,
        NEXT,
        Decisions(),
        base_from_changes(new_tie[:0]),
    )
    assert unchanged.items and all(i.outcome is Outcome.UNCHANGED for i in unchanged.items)
    assert unchanged.ready and unchanged.writes == 0
    added = plan_import(
        from_snapshot("c", copy), server, NEXT, Decisions(), base_from_changes(new_tie)
    )
    refused = [i for i in added.items if i.outcome is Outcome.ERROR]
    assert [i.candidate.entity.id for i in refused] == [6]
    assert "deleted on the team map" in refused[0].reason
    assert not added.ready


def test_an_edit_undone_offline_is_no_change_and_a_move_there_no_reason_to_keep() -> None:
    copy = MapSnapshot(name="Lappi", actors=(LAPLAND, GTK))
    server = MapSnapshot(
        name="Lappi",
        actors=(
            Actor(id=1, name="Lapin liitto", municipality="Tornio", x=0.0, y=0.0),
            GTK,
            Actor(id=3, name="Poistuva Oy", x=4.0, y=4.0),
        ),
    )
    base = base_from_changes(
        [
            _change(9, A, 1, "municipality", "Rovaniemi", "Kemi"),
            _change(10, A, 1, "municipality", "Kemi", "Rovaniemi"),  # undone
            _change(11, A, 3, None, GONE, None),
        ]
    )
    plan = plan_import(from_snapshot("c", copy), server, NEXT, Decisions(), base)
    assert plan.counts()[Outcome.CONFLICT] == 0
    assert plan.updates == [] and [(e.entity_type, e.id) for e in plan.deletes] == [
        (EntityType.ACTOR, 3)
    ]


def test_an_actor_renamed_offline_is_the_same_actor_by_its_id() -> None:
    copy = MapSnapshot(name="Lappi", actors=(Actor(id=1, name="Regional Council of Lapland"),))
    server = MapSnapshot(name="Lappi", actors=(LAPLAND,))
    base = base_from_changes([_change(9, A, 1, "name", "Lapin liitto", copy.actors[0].name)])
    plan = plan_import(from_snapshot("c", copy), server, NEXT, Decisions(), base)
    assert plan.inserts == []
    assert [(e.id, c) for e, c in plan.updates] == [(1, {"name": "Regional Council of Lapland"})]
