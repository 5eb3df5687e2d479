"""What a delete takes with it: the things that depend on an entity, and how to restore them."""

from __future__ import annotations

from sqlalchemy import Connection, or_, select

from aspdesk.domain.entities import Entity, EntityType
from aspdesk.domain.records import record
from aspdesk.store.rows import rows_where
from aspdesk.store.tables import clusters, contacts, memberships, project_partners, relationships


@record
class Removal:
    """Everything a delete took away, enough to put it all back.

    ``entities`` are in restore order (the deleted entity first). ``uncoordinated`` lists
    the clusters that lost their coordinator because the deleted actor was it.
    """

    entities: tuple[Entity, ...]
    uncoordinated: tuple[int, ...] = ()


def dependents_of(connection: Connection, entity_type: EntityType, entity_id: int) -> Removal:
    """What deleting the entity would take with it (the entity itself not included)."""
    found: list[Entity] = []
    uncoordinated: tuple[int, ...] = ()
    if entity_type is EntityType.ACTOR:
        found += rows_where(connection, EntityType.CONTACT, contacts.c.actor_id == entity_id)
        found += rows_where(connection, EntityType.MEMBERSHIP, memberships.c.actor_id == entity_id)
        found += rows_where(
            connection,
            EntityType.RELATIONSHIP,
            or_(relationships.c.source_id == entity_id, relationships.c.target_id == entity_id),
        )
        found += rows_where(
            connection, EntityType.PROJECT_PARTNER, project_partners.c.actor_id == entity_id
        )
        uncoordinated = tuple(
            connection.scalars(select(clusters.c.id).where(clusters.c.coordinator_id == entity_id))
        )
    elif entity_type is EntityType.CLUSTER:
        found += rows_where(
            connection, EntityType.MEMBERSHIP, memberships.c.cluster_id == entity_id
        )
    elif entity_type is EntityType.PROJECT:
        found += rows_where(
            connection, EntityType.PROJECT_PARTNER, project_partners.c.project_id == entity_id
        )
    return Removal(tuple(found), uncoordinated)
