"""MapStore.bulk_insert: many entities in one write, many rows per statement.

It restores a map whose own file is gone (Save a copy, from what the window holds), writes
the sample map, and fills the benchmarks' generated maps.
"""

from __future__ import annotations

import pytest

from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership, Relationship
from aspdesk.store.errors import ConflictError
from aspdesk.store.repository import MapStore

pytestmark = pytest.mark.both_backends

A = EntityType.ACTOR


def test_new_rows_get_the_next_ids_never_one_used_before(store: MapStore) -> None:
    first = store.insert(Actor(name="Ensimmäinen", kind="company"))
    gone = store.insert(Actor(name="Poistettu", kind="company"))
    store.delete(A, gone.id or 0)
    made = store.bulk_insert(
        [
            Actor(name="Kemi Oy", kind="company"),
            Actor(name="Tornio Oy", kind="company", tags=("vienti",)),
            Cluster(name="Arctic design"),
        ]
    )
    ids = [entity.id for entity in made]
    assert ids[:2] == [(gone.id or 0) + 1, (gone.id or 0) + 2]
    assert ids[2] is not None
    assert [store.get(A, i or 0) for i in ids[:2]] == made[:2]
    assert made[1].tags == ("vienti",)
    # A later plain add goes on from there.
    assert store.insert(Actor(name="Rovaniemi Oy")).id == (gone.id or 0) + 3
    assert first.id is not None and first.id < (gone.id or 0)


def test_actors_come_back_with_their_times_and_the_rows_as_returned(store: MapStore) -> None:
    (actor,) = store.bulk_insert([Actor(name="Lapin liitto", kind="authority")])
    assert isinstance(actor, Actor)
    assert actor.created_at is not None and actor.updated_at is not None
    assert store.get(A, actor.id or 0) == actor


def test_ids_given_are_kept_and_new_ones_go_past_them(store: MapStore, backend: str) -> None:
    made = store.bulk_insert(
        [
            Actor(id=1, name="Ensimmäinen", kind="company"),
            Actor(name="Uusi", kind="company"),
            Cluster(id=3, name="Arctic security"),
            Membership(actor_id=1, cluster_id=3, role="member_company"),
        ]
    )
    assert made[0].id == 1 and made[2].id == 3
    # The new actor's id is one no other row has: on a file the next after those given;
    # a team map draws it from its sequence, which had not passed the id given.
    assert made[1].id == 2 if backend == "sqlite" else made[1].id not in (None, 1)
    assert sorted(store.all(A), key=lambda a: a.id or 0) == made[:2]
    assert store.get(EntityType.MEMBERSHIP, made[3].id or 0) == made[3]
    assert store.insert(Actor(name="Seuraava")).id not in (None, 1, made[1].id)


def test_each_row_is_recorded_as_made_in_the_write_s_one_set(store: MapStore) -> None:
    before = store.changes.latest_set_id()
    with store.changes.step("Palautettu"):
        first, second = store.bulk_insert(
            [Actor(name="A", kind="company"), Actor(name="B", kind="research")]
        )
    (change_set,) = store.changes.sets_after(before)
    assert change_set.summary == "Palautettu"
    for actor in (first, second):
        ((made_in, (change,)),) = store.changes.history(A, actor.id or 0)
        assert made_in.id == change_set.id
        assert change.field is None and change.old is None
        assert change.new == actor


def test_a_row_the_map_refuses_leaves_none_of_them(store: MapStore) -> None:
    (kept,) = store.bulk_insert([Actor(name="Lapin liitto", kind="authority")])
    before = store.counts()
    log_before = store.changes.count()
    # The store's own error, which Save a copy shows as a message; never the driver's.
    with pytest.raises(ConflictError, match="not in the map"):
        store.bulk_insert(
            [
                Actor(name="Kemi Oy", kind="company"),
                Relationship(source_id=kept.id, target_id=999_999, type="cooperation"),
            ]
        )
    assert store.counts() == before
    assert store.changes.count() == log_before
