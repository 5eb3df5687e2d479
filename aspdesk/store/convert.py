"""Conversion between table rows and domain entities."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime
from typing import Any, TypeAlias

from aspdesk.domain.entities import ENTITY_CLASSES, Entity, EntityType
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.store.schema import (
    ActorKindRow,
    ActorRow,
    Base,
    ClusterRoleRow,
    ClusterRow,
    ContactRow,
    MembershipRow,
    PartnerRoleRow,
    ProgrammeRow,
    ProjectPartnerRow,
    ProjectRow,
    ProjectStatusRow,
    RelationshipRow,
    RelationTypeRow,
    SizeClassRow,
)

ROW_CLASSES: dict[EntityType, type[Base]] = {
    EntityType.ACTOR: ActorRow,
    EntityType.CLUSTER: ClusterRow,
    EntityType.CONTACT: ContactRow,
    EntityType.MEMBERSHIP: MembershipRow,
    EntityType.RELATIONSHIP: RelationshipRow,
    EntityType.PROJECT: ProjectRow,
    EntityType.PROJECT_PARTNER: ProjectPartnerRow,
}

TermRow: TypeAlias = (
    ActorKindRow
    | ClusterRoleRow
    | RelationTypeRow
    | SizeClassRow
    | ProgrammeRow
    | ProjectStatusRow
    | PartnerRoleRow
)

TERM_ROWS: dict[Vocabulary, type[TermRow]] = {
    Vocabulary.ACTOR_KIND: ActorKindRow,
    Vocabulary.CLUSTER_ROLE: ClusterRoleRow,
    Vocabulary.RELATION_TYPE: RelationTypeRow,
    Vocabulary.SIZE_CLASS: SizeClassRow,
    Vocabulary.PROGRAMME: ProgrammeRow,
    Vocabulary.PROJECT_STATUS: ProjectStatusRow,
    Vocabulary.PARTNER_ROLE: PartnerRoleRow,
}

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


def from_row(entity_type: EntityType, row: Base) -> Entity:
    """The entity held in ``row``."""
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
