"""New ids for an import on a team map, taken from the server as it commits.

An import numbers its new rows beforehand (:meth:`MapStore.next_ids`: its plan links a new
tie to a new actor by those ids). On a map file that is safe: one writer holds the lock.
On a team map two coordinators may import at once and plan the same ids, and a plain add
by a third draws from the same sequences meanwhile. So, in the import's own transaction,
:func:`drawn_ids` takes as many ids as it needs from each table's sequence (``nextval``:
never handed to anyone else, committed or not) and :func:`renumbered` moves the planned
ids onto them, every reference among the new rows and in the import's updates with them,
in the planned order. The caller (the import's command) keeps the renumbered rows, so its
undo and redo name the rows it really wrote.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, func, select, text

from aspdesk.domain.entities import Entity, EntityType, changed
from aspdesk.store.dialects import is_sqlite, issued_ids
from aspdesk.store.tables import ENTITY_TABLES

A, C, P = EntityType.ACTOR, EntityType.CLUSTER, EntityType.PROJECT
# The fields of each kind of entity that hold another entity's id, and its kind.
REFERENCES: dict[EntityType, dict[str, EntityType]] = {
    EntityType.CONTACT: {"actor_id": A},
    EntityType.CLUSTER: {"coordinator_id": A},
    EntityType.MEMBERSHIP: {"actor_id": A, "cluster_id": C},
    EntityType.RELATIONSHIP: {"source_id": A, "target_id": A},
    EntityType.PROJECT_PARTNER: {"project_id": P, "actor_id": A},
}
Ids = dict[EntityType, dict[int, int]]
Update = tuple[EntityType, int, Mapping[str, Any]]


def unused_ids(connection: Connection) -> dict[EntityType, int]:
    """The first id of each kind of entity that has never been used in the map.

    Ids are never given twice (not even after a delete: AUTOINCREMENT on SQLite, a
    sequence on PostgreSQL), so the next id is past both the largest id and the largest
    ever issued (:func:`~aspdesk.store.dialects.issued_ids`).
    """
    sequence = issued_ids(connection)
    found: dict[EntityType, int] = {}
    for entity_type, table in ENTITY_TABLES.items():
        largest = connection.scalar(select(func.max(table.c.id))) or 0
        found[entity_type] = max(largest, sequence.get(table.name, 0)) + 1
    return found


def drawn_ids(connection: Connection, inserts: Sequence[Entity]) -> Ids:
    """Planned id -> an id drawn from the server's sequence, per kind (none on a file)."""
    if is_sqlite(connection):
        return {}
    planned: dict[EntityType, list[int]] = {}
    for entity in inserts:
        if entity.id is not None:
            planned.setdefault(entity.entity_type, []).append(entity.id)
    return {
        entity_type: dict(zip(sorted(ids), _drawn(connection, entity_type, len(ids)), strict=True))
        for entity_type, ids in planned.items()
    }


def _drawn(connection: Connection, entity_type: EntityType, count: int) -> list[int]:
    """``count`` ids drawn from the server's sequence of ``entity_type``'s table, in order."""
    drawn = connection.scalars(
        text(
            "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)"
        ),
        {"table": ENTITY_TABLES[entity_type].name, "count": count},  # the schema is on the path
    ).all()
    return sorted(drawn)


def numbered(connection: Connection, entities: Sequence[Entity]) -> list[Entity]:
    """``entities``, those without an id given the map's next ids of their kind in order.

    On a team map the ids are drawn from the server's sequences, as a plain add draws
    them; on a file they follow every id the map has used (:func:`unused_ids`) and every
    id the others of ``entities`` carry (one writer holds the file's lock).
    """
    wanting = Counter(entity.entity_type for entity in entities if entity.id is None)
    if not wanting:
        return list(entities)
    given: dict[EntityType, set[int]] = {kind: set() for kind in wanting}
    for entity in entities:
        if entity.id is not None and entity.entity_type in given:
            given[entity.entity_type].add(entity.id)
    fresh: dict[EntityType, Iterator[int]] = {}
    first = unused_ids(connection) if is_sqlite(connection) else {}
    for kind, count in wanting.items():
        if kind in first:
            start = max([first[kind], *(i + 1 for i in given[kind])])
            fresh[kind] = iter(range(start, start + count))
        else:  # as many more as the ids given, which the sequence may not have passed yet
            drawn = _drawn(connection, kind, count + len(given[kind]))
            fresh[kind] = iter([i for i in drawn if i not in given[kind]])
    return [
        entity if entity.id is not None else changed(entity, id=next(fresh[entity.entity_type]))
        for entity in entities
    ]


def renumbered(
    ids: Ids, inserts: Sequence[Entity], updates: Sequence[Update]
) -> tuple[list[Entity], list[Update]]:
    """``inserts`` and ``updates`` with the planned ids in ``ids`` replaced by the drawn."""
    if not ids:
        return list(inserts), list(updates)

    def moved(entity_type: EntityType, values: Mapping[str, Any]) -> dict[str, Any]:
        changed: dict[str, Any] = {}
        for name, kind in REFERENCES.get(entity_type, {}).items():
            value = values.get(name)
            if value is not None and value in ids.get(kind, {}):
                changed[name] = ids[kind][value]
        return changed

    new_inserts: list[Entity] = []
    for entity in inserts:
        values = {name: getattr(entity, name) for name in REFERENCES.get(entity.entity_type, {})}
        changes = moved(entity.entity_type, values)
        if entity.id is not None and entity.id in ids.get(entity.entity_type, {}):
            changes["id"] = ids[entity.entity_type][entity.id]
        new_inserts.append(replace(entity, **changes) if changes else entity)
    new_updates: list[Update] = [(t, i, {**v, **moved(t, v)}) for t, i, v in updates]
    return new_inserts, new_updates
