"""What a delete takes with it: the things that depend on an entity, and how to restore them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from aspdesk.domain.entities import Entity, EntityType
from aspdesk.store.rows import rows_where
from aspdesk.store.schema import (
    ClusterRow,
    ContactRow,
    MembershipRow,
    ProjectPartnerRow,
    RelationshipRow,
)


@dataclass(frozen=True)
class Removal:
    """Everything a delete took away, enough to put it all back.

    ``entities`` are in restore order (the deleted entity first). ``uncoordinated`` lists
    the clusters that lost their coordinator because the deleted actor was it.
    """

    entities: tuple[Entity, ...]
    uncoordinated: tuple[int, ...] = ()


def dependents_of(session: Session, entity_type: EntityType, entity_id: int) -> Removal:
    """What deleting the entity would take with it (the entity itself not included)."""
    found: list[Entity] = []
    uncoordinated: tuple[int, ...] = ()
    if entity_type is EntityType.ACTOR:
        found += rows_where(session, EntityType.CONTACT, ContactRow.actor_id == entity_id)
        found += rows_where(session, EntityType.MEMBERSHIP, MembershipRow.actor_id == entity_id)
        found += rows_where(
            session,
            EntityType.RELATIONSHIP,
            or_(RelationshipRow.source_id == entity_id, RelationshipRow.target_id == entity_id),
        )
        found += rows_where(
            session, EntityType.PROJECT_PARTNER, ProjectPartnerRow.actor_id == entity_id
        )
        uncoordinated = tuple(
            session.scalars(select(ClusterRow.id).where(ClusterRow.coordinator_id == entity_id))
        )
    elif entity_type is EntityType.CLUSTER:
        found += rows_where(session, EntityType.MEMBERSHIP, MembershipRow.cluster_id == entity_id)
    elif entity_type is EntityType.PROJECT:
        found += rows_where(
            session, EntityType.PROJECT_PARTNER, ProjectPartnerRow.project_id == entity_id
        )
    return Removal(tuple(found), uncoordinated)
