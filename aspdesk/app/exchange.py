"""Between an open map and a :class:`~aspdesk.io.snapshot.MapSnapshot`."""

from __future__ import annotations

from aspdesk.domain.entities import Actor, Cluster, Contact, EntityType, Membership, Relationship
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.repository import MapStore


def snapshot_of(store: MapStore) -> MapSnapshot:
    """Everything in ``store``, read once."""
    return MapSnapshot(
        name=store.map_name(),
        terms={v: tuple(store.terms(v)) for v in Vocabulary},
        actors=tuple(e for e in store.all(EntityType.ACTOR) if isinstance(e, Actor)),
        clusters=tuple(e for e in store.all(EntityType.CLUSTER) if isinstance(e, Cluster)),
        contacts=tuple(e for e in store.all(EntityType.CONTACT) if isinstance(e, Contact)),
        memberships=tuple(
            e for e in store.all(EntityType.MEMBERSHIP) if isinstance(e, Membership)
        ),
        relationships=tuple(
            e for e in store.all(EntityType.RELATIONSHIP) if isinstance(e, Relationship)
        ),
    )
