"""Rows in an open transaction: what the repository's writes are made of.

Each function works on a connection in a transaction the caller
(:class:`~aspdesk.store.repository.MapStore`) has begun, so that a command of many steps is
still one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import IntegrityError

from aspdesk.domain.entities import Actor, Entity, EntityType
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.store.convert import entity_maker
from aspdesk.store.dialects import unique_violation_table
from aspdesk.store.tables import ENTITY_TABLES, TERM_TABLES

E = TypeVar("E", bound=Entity)
_CHUNK = 500  # ids per IN list: under every database's parameter limit

_DUPLICATE_MEMBERSHIP = QT_TRANSLATE_NOOP(
    "store", "the actor already has this role in this cluster"
)
_DUPLICATE_PARTNER = QT_TRANSLATE_NOOP("store", "the actor is already a partner in this project")
MISSING_REFERENCE = QT_TRANSLATE_NOOP(
    "store", "it refers to an actor, cluster or code that is not in the map"
)


def term_rows(connection: Connection, vocabulary: Vocabulary) -> list[Term]:
    """The terms of ``vocabulary`` as stored, in display order, read by a statement written
    out: an ORM select is compiled on its first use, and a window's start read seven term
    tables twice (for the built-in terms, then the Document), 14 compilations."""
    table = TERM_TABLES[vocabulary].name
    rows = connection.exec_driver_sql(
        f"SELECT code, label_en, label_fi, position FROM {table} ORDER BY position"
    )
    return [Term(code, label_en, label_fi, position) for code, label_en, label_fi, position in rows]


def add_terms(connection: Connection, vocabulary: Vocabulary, terms: Iterable[Term]) -> None:
    """Add the terms whose codes the map lacks; terms already there keep their labels."""
    table = TERM_TABLES[vocabulary]
    present = set(connection.scalars(select(table.c.code)))
    added = []
    for term in terms:
        if term.code not in present:
            present.add(term.code)
            added.append(
                {
                    "code": term.code,
                    "label_en": term.label_en,
                    "label_fi": term.label_fi,
                    "position": term.position,
                }
            )
    if added:  # at once, before rows that use the codes
        connection.execute(insert(table), added)


def delete_rows(connection: Connection, deletes: Sequence[tuple[EntityType, int]]) -> None:
    """Delete exactly these rows, in this order."""
    for entity_type, entity_id in deletes:
        table = ENTITY_TABLES[entity_type]
        connection.execute(delete(table).where(table.c.id == entity_id))


def runs(entities: Sequence[Entity]) -> Iterator[tuple[EntityType, list[Entity]]]:
    """``entities`` in runs of one type, order kept."""
    run: list[Entity] = []
    for entity in entities:
        if run and entity.entity_type is not run[0].entity_type:
            yield run[0].entity_type, run
            run = []
        run.append(entity)
    if run:
        yield run[0].entity_type, run


def times(entity: Entity, values: Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(entity, Actor):
        return {"created_at": values["created_at"], "updated_at": values["updated_at"]}
    return {}


def rows_where(connection: Connection, entity_type: EntityType, condition: Any) -> list[Entity]:
    """The entities of ``entity_type`` whose rows meet ``condition``, in id order."""
    names, make = entity_maker(entity_type)
    table = ENTITY_TABLES[entity_type]
    query = select(*(table.c[name] for name in names)).where(condition).order_by(table.c.id)
    return [make(row) for row in connection.execute(query)]


def typed(entities: list[Entity], cls: type[E]) -> list[E]:
    return [e for e in entities if isinstance(e, cls)]


def describe_integrity(error: IntegrityError) -> str:
    table = unique_violation_table(error.orig)
    if table == "memberships":
        return _DUPLICATE_MEMBERSHIP
    if table == "project_partners":
        return _DUPLICATE_PARTNER
    return MISSING_REFERENCE


def columns_of(
    connection: Connection, table: Any, ids: Iterable[int], names: Sequence[str]
) -> dict[int, tuple[Any, ...]]:
    """The values of the columns ``names`` of the rows ``ids`` of ``table``, by id (rows
    that are not there left out)."""
    wanted = list(ids)
    found: dict[int, tuple[Any, ...]] = {}
    query = select(table.c.id, *(table.c[name] for name in names))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in connection.execute(query.where(table.c.id.in_(chunk))):
            found[row[0]] = tuple(row[1:])
    return found


def entities_of(
    connection: Connection, keys: Iterable[tuple[EntityType, int]]
) -> dict[tuple[EntityType, int], Entity]:
    """The entities ``keys`` names that are there, read in a few statements."""
    by_type: dict[EntityType, list[int]] = {}
    for entity_type, entity_id in keys:
        by_type.setdefault(entity_type, []).append(entity_id)
    found: dict[tuple[EntityType, int], Entity] = {}
    for entity_type, ids in by_type.items():
        names, make = entity_maker(entity_type)
        table = ENTITY_TABLES[entity_type]
        query = select(*(table.c[name] for name in names))
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for row in connection.execute(query.where(table.c.id.in_(chunk))):
                entity = make(row)
                found[entity_type, entity.id or 0] = entity
    return found
