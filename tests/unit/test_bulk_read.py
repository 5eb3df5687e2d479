"""Reading every entity of a type from plain rows (``MapStore.all``) gives exactly the
entities the ORM gives, one row at a time, for the sample map and for a generated map with
every entity type and odd values in every kind of column."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Entity,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.store.convert import from_row
from aspdesk.store.opening import open_map
from aspdesk.store.repository import MapStore
from aspdesk.store.schema import ROW_CLASSES
from tests.benchmarks.generate import generate_map

ODD = "\u200fשלום Áltá Čáhci Đuoddara Ŋuorra 🦌🏔️ 👩🏽‍🔬 'quote\" <b>x</b> \\ " + "pitkä " * 300


def _orm_read(store: MapStore, entity_type: EntityType) -> list[Entity]:
    """Every entity of a type as the ORM reads it, row object by row object."""
    row_class = ROW_CLASSES[entity_type]
    with Session(store.engine) as session:  # the path the fast read replaces
        rows = session.scalars(select(row_class).order_by(row_class.id)).all()  # type: ignore[attr-defined]
        return [from_row(entity_type, row) for row in rows]


def _assert_same(store: MapStore) -> None:
    for entity_type in EntityType:
        fast, orm = store.all(entity_type), _orm_read(store, entity_type)
        assert fast == orm, entity_type
        # equal values of equal types: True is not 1, a date is not a datetime
        for a, b in zip(fast, orm, strict=True):
            assert [type(v) for v in vars(a).values()] == [type(v) for v in vars(b).values()]


def test_the_sample_map_reads_the_same(sample_store: MapStore) -> None:
    assert len(sample_store.all(EntityType.ACTOR)) > 10
    _assert_same(sample_store)


def _add_odd_entities(store: MapStore) -> None:
    """One of each entity with odd text and every optional column both set and empty."""
    actor = store.insert(
        Actor(
            name=ODD[:300],
            short_name="🦌",
            description=ODD,
            size_class="micro",
            tags=("🦌 poro", "\u200f‏תג", "", "a,b"),
            notes=ODD,
            x=-1.5e-300,
            y=1e300,
            pinned=True,
        )
    )
    other = store.insert(Actor(name="Empty", tags=(), size_class=""))
    assert actor.id is not None and other.id is not None
    store.insert(Contact(actor_id=actor.id, name=ODD[:300], title="", email="a@b.fi"))
    cluster = store.insert(
        Cluster(
            name=ODD[:300],
            coordinator_id=actor.id,
            start_date=date(1, 1, 1),
            end_date=date(9999, 12, 31),
            x=0.0,
            y=-0.0,
            pinned=True,
        )
    )
    assert cluster.id is not None
    store.insert(
        Membership(
            actor_id=actor.id,
            cluster_id=cluster.id,
            role="coordinator",
            since=date(2020, 2, 29),
            notes=ODD,
        )
    )
    store.insert(
        Relationship(
            source_id=actor.id,
            target_id=other.id,
            directed=True,
            strength=5,
            end_date=date(2030, 1, 1),
            last_verified=date(2024, 6, 1),
            source_info=ODD[:500],
        )
    )
    project = store.insert(
        Project(name=ODD[:300], cluster_ids=(cluster.id, 999), budget=0.1, grant=None)
    )
    assert project.id is not None
    store.insert(ProjectPartner(project_id=project.id, actor_id=actor.id, budget_share=None))


def _write_odd_cells(store: MapStore) -> None:
    """Cells the app does not write itself but a map may hold: JSON null and empty arrays,
    naive and offset times, booleans as integers."""
    with store.engine.begin() as connection:
        for statement in (
            "UPDATE actors SET tags = 'null', created_at = '2024-01-02 03:04:05' WHERE id = 1",
            "UPDATE actors SET tags = '[]', updated_at = '2024-01-02 03:04:05.123456' WHERE id = 2",
            "UPDATE actors SET pinned = 1, size_class = NULL WHERE id = 3",
            "UPDATE projects SET cluster_ids = 'null' WHERE id = 1",
            "UPDATE projects SET cluster_ids = '[]' WHERE id = 2",
            "UPDATE relationships SET directed = 0 WHERE id = 1",
        ):
            connection.execute(text(statement))


def test_a_generated_map_with_odd_values_reads_the_same(tmp_path: Path) -> None:
    path = generate_map(tmp_path / "odd.aspmap", 300, 900, clusters=5, projects=6)
    store = open_map(path, tmp_path / "backups")
    try:
        _add_odd_entities(store)
        _write_odd_cells(store)
        for entity_type in EntityType:
            assert store.all(entity_type), f"the map holds a {entity_type}"
        _assert_same(store)
        first = store.all(EntityType.ACTOR)[0]
        assert isinstance(first, Actor)
        assert first.tags == ()
        assert first.created_at == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    finally:
        store.close()
