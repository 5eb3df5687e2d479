"""Reading and writing entities through MapStore."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    EntityType,
    Membership,
    Relationship,
)
from aspdesk.domain.views import SavedView, ViewState
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary
from aspdesk.store.errors import ConflictError
from aspdesk.store.mapfile import MAP_ID_KEY
from aspdesk.store.opening import open_map
from aspdesk.store.repository import MapStore
from aspdesk.store.sample import write_sample
from aspdesk.store.schema import MapInfo, ViewRow

# Each test using the store fixture runs on a map file and on a team map (PostgreSQL).
pytestmark = pytest.mark.both_backends


def _small_map(store: MapStore) -> dict[str, int]:
    a = store.insert(Actor(name="Lapin liitto", kind="authority", tags=("ASP", "region")))
    b = store.insert(Actor(name="GTK", kind="research"))
    c = store.insert(Cluster(name="Arctic security", coordinator_id=a.id))
    m = store.insert(Membership(actor_id=a.id, cluster_id=c.id, role="coordinator"))
    r = store.insert(Relationship(source_id=a.id, target_id=b.id, type="funding", directed=True))
    p = store.insert(Contact(actor_id=a.id, name="Kristiina Jokelainen"))
    ids = {"a": a.id, "b": b.id, "c": c.id, "m": m.id, "r": r.id, "p": p.id}
    assert all(isinstance(v, int) for v in ids.values())
    return ids  # type: ignore[return-value]


def test_new_map_has_every_builtin_term(store: MapStore) -> None:
    for vocabulary, terms in BUILTIN_TERMS.items():
        assert [t.code for t in store.terms(vocabulary)] == [t.code for t in terms]
    assert store.terms(Vocabulary.ACTOR_KIND)[0].label("fi") == "Yritys"


def test_missing_builtin_terms_are_added_and_a_whole_map_only_read(
    store: MapStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening for editing adds the built-in terms a map lacks, keeping labels changed in
    the map; a map that has them all is only read (no write transaction each opening)."""
    kinds = store.terms(Vocabulary.ACTOR_KIND)
    with store.engine.begin() as connection:  # as another program (or an old map) left it
        connection.exec_driver_sql(f"DELETE FROM actor_kinds WHERE code = '{kinds[-1].code}'")
        connection.exec_driver_sql(
            f"UPDATE actor_kinds SET label_en = 'Firm', label_fi = 'Firma' "
            f"WHERE code = '{kinds[0].code}'"
        )
    assert len(store.terms(Vocabulary.ACTOR_KIND)) == len(kinds) - 1
    store.ensure_builtin_terms()
    again = store.terms(Vocabulary.ACTOR_KIND)
    assert [t.code for t in again] == [t.code for t in kinds]
    assert (again[0].label_en, again[0].label_fi) == ("Firm", "Firma")

    def no_write() -> None:
        raise AssertionError("a map with every built-in term was written")

    monkeypatch.setattr(store, "_write", no_write)
    store.ensure_builtin_terms()


def test_insert_and_read_back_every_field(store: MapStore) -> None:
    actor = Actor(
        name="Digipolis",
        short_name="Digi",
        kind="development",
        description="Kemi-Tornio development company.\nSecond line.",
        business_id="2331972-7",
        municipality="Kemi",
        country="FI",
        website="https://www.digipolis.fi",
        email="info@digipolis.fi",
        phone="+358 40 123 4567",
        size_class="small",
        sector="Development",
        tags=("ASP", "Kemi"),
        notes="Ä ö å 😀 \u200f",
    )
    stored = store.insert(actor)
    assert stored.id is not None and stored.created_at is not None
    assert stored.created_at.tzinfo is not None
    read = store.get(EntityType.ACTOR, stored.id)
    assert read == stored
    assert isinstance(read, Actor) and read.tags == ("ASP", "Kemi")


def test_update_changes_only_given_fields_and_touches_updated_at(store: MapStore) -> None:
    ids = _small_map(store)
    before = store.get(EntityType.ACTOR, ids["b"])
    after = store.update(EntityType.ACTOR, ids["b"], {"email": "gtk@gtk.fi"})
    assert isinstance(before, Actor) and isinstance(after, Actor)
    assert after.email == "gtk@gtk.fi" and after.name == before.name
    assert after.updated_at is not None and before.updated_at is not None
    assert after.updated_at >= before.updated_at
    with pytest.raises(ValueError):
        store.update(EntityType.ACTOR, ids["b"], {"id": 99})


def test_delete_actor_takes_dependents_and_restore_puts_all_back(store: MapStore) -> None:
    ids = _small_map(store)
    before = {t: store.all(t) for t in EntityType}
    removal = store.delete(EntityType.ACTOR, ids["a"])
    kinds = [e.entity_type for e in removal.entities]
    assert kinds == [
        EntityType.ACTOR,
        EntityType.CONTACT,
        EntityType.MEMBERSHIP,
        EntityType.RELATIONSHIP,
    ]
    assert removal.uncoordinated == (ids["c"],)
    cluster = store.get(EntityType.CLUSTER, ids["c"])
    assert isinstance(cluster, Cluster) and cluster.coordinator_id is None
    assert store.counts()[EntityType.RELATIONSHIP] == 0
    store.restore(removal)
    assert {t: store.all(t) for t in EntityType} == before


def test_deleted_ids_are_never_reused(store: MapStore) -> None:
    first = store.insert(Actor(name="First"))
    assert first.id is not None
    store.delete(EntityType.ACTOR, first.id)
    second = store.insert(Actor(name="Second"))
    assert second.id != first.id


def test_duplicate_membership_is_a_conflict_and_changes_nothing(store: MapStore) -> None:
    ids = _small_map(store)
    with pytest.raises(ConflictError) as caught:
        store.insert(Membership(actor_id=ids["a"], cluster_id=ids["c"], role="coordinator"))
    assert "already has this role" in caught.value.text()
    assert store.counts()[EntityType.MEMBERSHIP] == 1


def test_foreign_keys_are_enforced(store: MapStore) -> None:
    with pytest.raises(ConflictError):
        store.insert(Membership(actor_id=999, cluster_id=999, role="coordinator"))
    with pytest.raises(ConflictError):
        store.insert(Actor(name="X", kind="no-such-kind"))
    assert store.counts()[EntityType.ACTOR] == 0


def test_memberships_and_contacts_by_owner(store: MapStore) -> None:
    ids = _small_map(store)
    assert [m.id for m in store.memberships(actor_id=ids["a"])] == [ids["m"]]
    assert store.memberships(actor_id=ids["b"]) == []
    assert [m.id for m in store.memberships(cluster_id=ids["c"])] == [ids["m"]]
    assert [c.name for c in store.contacts(ids["a"])] == ["Kristiina Jokelainen"]


def test_dates_round_trip(store: MapStore) -> None:
    ids = _small_map(store)
    store.update(EntityType.RELATIONSHIP, ids["r"], {"last_verified": date(2016, 3, 1)})
    relationship = store.get(EntityType.RELATIONSHIP, ids["r"])
    assert isinstance(relationship, Relationship)
    assert relationship.last_verified == date(2016, 3, 1)


def test_save_copy_is_a_complete_map(store: MapStore, tmp_path: Path) -> None:
    _small_map(store)
    copy = store.save_copy(tmp_path / "copies" / "copy.aspmap")
    reopened = open_map(copy, tmp_path / "backups")
    try:
        assert reopened.counts() == store.counts()
        assert reopened.map_name() == "Test map"
    finally:
        reopened.close()


def test_only_the_first_place_of_a_node_is_kept(store: MapStore) -> None:
    """Every window places a new node as it first draws it: the first place saved counts,
    and a later window is told where that is (aspdesk.store.positions)."""
    a = EntityType.ACTOR
    new = store.insert(Actor(name="Uusi Oy")).id or 0
    placed = store.insert(Actor(name="Vanha Oy", x=5.0, y=6.0)).id or 0
    sets = store.changes.latest_set_id()
    assert store.set_positions(a, {new: (1.0, 2.0)}, first=True) == {new: (1.0, 2.0)}
    # Another window placed the same node elsewhere, and a placed one too: both stay.
    assert store.set_positions(a, {new: (9.0, 9.0), placed: (7.0, 7.0)}, first=True) == {
        new: (1.0, 2.0),
        placed: (5.0, 6.0),
    }
    assert {(x.x, x.y) for x in store.actors()} == {(1.0, 2.0), (5.0, 6.0)}
    assert len(store.changes.sets_after(sets)) == 1, "nothing written, nothing recorded"
    # A node deleted meanwhile is left out; a move is not a first place: it is kept.
    store.delete(a, placed)
    assert store.set_positions(a, {placed: (3.0, 3.0)}, first=True) == {}
    assert store.set_positions(a, {new: (4.0, 4.0)}) == {new: (4.0, 4.0)}
    assert [(x.x, x.y) for x in store.actors()] == [(4.0, 4.0)]


def test_opening_a_map_for_the_window_loads_no_orm(tmp_path: Path) -> None:
    """Loading the ORM and its mapped classes cost every start 150-230 ms: a window's
    start and an export read the map through its tables only (aspdesk.store.tables), and
    the map's name, id and saved views come back as the ORM reads them. In a process of
    its own: a module, once loaded, stays."""
    path = tmp_path / "sample.aspmap"
    write_sample(path)
    store = open_map(path, tmp_path / "backups")
    try:
        for name in ("Kick-off", "Funders"):
            store.views.insert(SavedView(None, name, 0, ViewState()), at_end=True)
        with Session(store.engine) as session:  # what the ORM reads
            name_row, id_row = session.get(MapInfo, "name"), session.get(MapInfo, MAP_ID_KEY)
            rows = session.scalars(select(ViewRow).order_by(ViewRow.position, ViewRow.id))
            expected = (
                name_row and name_row.value,
                id_row and id_row.value,
                [(r.id, r.name, r.position) for r in rows],
            )
    finally:
        store.close()
    script = """
import sys
from pathlib import Path
from aspdesk.app.document import Document
from aspdesk.store.opening import open_map

store = open_map(Path(sys.argv[1]), Path(sys.argv[2]))
document = Document(store, "en")
views = [(v.id, v.name, v.position) for v in document.index.views]
print(repr((store.map_name(), store.map_id(), views)))
orm = ("sqlalchemy.orm", "aspdesk.store.schema")
print(sorted(name for name in orm if name in sys.modules))
document.prepare_writing()  # as the window does after its first frame
print(sorted(name for name in orm if name in sys.modules))
"""
    result = subprocess.run(
        [sys.executable, "-c", script, str(path), str(tmp_path / "backups")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    read, loaded, prepared = result.stdout.splitlines()[-3:]
    assert loaded == "[]"
    assert prepared == "['aspdesk.store.schema', 'sqlalchemy.orm']"
    assert read == repr(expected)
    assert expected[0] and expected[1] and len(expected[2]) == 2
