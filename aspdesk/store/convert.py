"""Conversion between table rows and domain entities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime

from aspdesk.domain.entities import ENTITY_CLASSES, Entity, EntityType, field_reader
from aspdesk.store.tables import ENTITY_TABLES

# Fields held as JSON lists in the table and as tuples in the domain.
_TUPLE_FIELDS = frozenset({"tags", "cluster_ids"})

# Optional codes are "" in the domain and NULL in the table (a foreign key cannot hold "").
_NULL_WHEN_EMPTY = frozenset({"size_class"})


def _as_utc(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every time aspdesk writes is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def to_column(name: str, value: Any) -> Any:
    """The column value for the entity field ``name``."""
    if name in _NULL_WHEN_EMPTY and value == "":
        return None
    if name in _TUPLE_FIELDS:
        return list(value)
    return value


def to_columns(entity_type: EntityType, values: list[Any]) -> list[Any]:
    """``values``, an entity's field values in the order of its fields, made its columns'
    values in place (:func:`to_column` of each): the few fields it changes are found by
    position, rather than every field put through it (10,000 actors were 230,000 calls)."""
    emptied, listed = _converted_positions(entity_type)
    for index in emptied:
        if values[index] == "":
            values[index] = None
    for index in listed:
        values[index] = list(values[index])
    return values


def _converted_positions(entity_type: EntityType) -> tuple[tuple[int, ...], tuple[int, ...]]:
    known = _POSITIONS.get(entity_type)
    if known is None:
        names = field_reader(ENTITY_CLASSES[entity_type])[0]  # as field_values orders them
        emptied = tuple(i for i, name in enumerate(names) if name in _NULL_WHEN_EMPTY)
        listed = tuple(i for i, name in enumerate(names) if name in _TUPLE_FIELDS)
        known = _POSITIONS[entity_type] = (emptied, listed)
    return known


_POSITIONS: dict[EntityType, tuple[tuple[int, ...], tuple[int, ...]]] = {}


def from_row(entity_type: EntityType, row: Any) -> Entity:
    """The entity held in ``row`` (a mapped object or a Core row of the whole table)."""
    cls = ENTITY_CLASSES[entity_type]
    values: dict[str, Any] = {}
    for f in fields(cls):
        value = getattr(row, f.name)
        if f.name in _NULL_WHEN_EMPTY and value is None:
            value = ""
        elif f.name in _TUPLE_FIELDS:
            value = tuple(value or ())
        elif isinstance(value, datetime):
            value = _as_utc(value)
        values[f.name] = value
    return cls(**values)


def entity_maker(entity_type: EntityType) -> tuple[list[str], Callable[[Sequence[Any]], Entity]]:
    """The field names of ``entity_type`` in order, and what makes the entity from the
    column values in that order, converted as :func:`from_row` converts them.

    For reading many rows at once: the values come as plain rows of the table's columns
    (through the same column types as the ORM's, so dates, datetimes, booleans and JSON
    arrive converted alike), and only the fields :func:`from_row` changes are touched.
    """
    cls = ENTITY_CLASSES[entity_type]
    names = [f.name for f in fields(cls)]
    table = ENTITY_TABLES[entity_type]
    changes: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(names):
        if name in _NULL_WHEN_EMPTY:
            changes.append((index, _empty_when_null))
        elif name in _TUPLE_FIELDS:
            changes.append((index, _as_tuple))
        elif isinstance(table.c[name].type, DateTime):
            changes.append((index, _utc_when_datetime))
    # A frozen dataclass's __init__ sets each field through object.__setattr__: 30,000
    # ties took 20 ms more so. Read whole, an entity is given its fields at once instead, which
    # makes the same entity (no entity class computes anything on init, as a test holds).
    new = object.__new__

    def plain(values: Sequence[Any]) -> Entity:
        entity = new(cls)
        entity.__dict__.update(zip(names, values, strict=False))  # the query's columns: as many
        return entity

    if not changes:
        return names, plain

    def make(values: Sequence[Any]) -> Entity:
        converted = list(values)
        for index, change in changes:
            converted[index] = change(converted[index])
        return plain(converted)

    return names, make


def _empty_when_null(value: Any) -> Any:
    return "" if value is None else value


def _as_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value or ())


def _utc_when_datetime(value: Any) -> Any:
    return _as_utc(value) if isinstance(value, datetime) else value
