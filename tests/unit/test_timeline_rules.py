"""``network_on`` (aspdesk.analysis.timeline) against its rules as first written.

The time slider asks for the network on a day at every step, so ``network_on`` reads its
entities' fields straight in as few loops as it can. Here the first, rule-by-rule
version is kept as the reference, and the two must agree on the same random histories
the timeline's property test draws, on every day.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from aspdesk.analysis.network_view import membership_is_active, relationship_is_active
from aspdesk.analysis.timeline import (
    TIMED_TYPES,
    MapState,
    Network,
    _period_covers,
    _start,
    day_end,
    network_on,
    redo_change,
)
from aspdesk.domain.changes import Change
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Entity,
    EntityType,
    Membership,
    Project,
    Relationship,
)

from .test_timeline import DAYS, T0, _histories, _now


def _ends(entity: Entity) -> tuple[int, ...]:
    if isinstance(entity, Membership):
        return (entity.actor_id,)
    if isinstance(entity, Relationship):
        return (entity.source_id, entity.target_id)
    return ()


def _dated(entity: Entity) -> bool:
    if isinstance(entity, Membership):
        return entity.since is not None or entity.until is not None
    if isinstance(entity, Relationship):
        return entity.start_date is not None or entity.end_date is not None
    return False


def _network_by_the_rules(past: MapState, now: MapState, day: date) -> Network:
    """network_on as first written, rule by rule: the reference the faster one is held to."""
    known: dict[EntityType, dict[int, Entity]] = {t: dict(past.group(t)) for t in TIMED_TYPES}
    for entity_type in (EntityType.CLUSTER, EntityType.MEMBERSHIP, EntityType.RELATIONSHIP):
        group = known[entity_type]
        for entity_id, entity in now.group(entity_type).items():
            start = _start(entity)
            if entity_id not in group and start is not None and start <= day:
                group[entity_id] = entity
    for entity_id, entity in now.group(EntityType.PROJECT).items():
        start = _start(entity)
        if entity_id not in known[EntityType.PROJECT] and start is not None and start <= day:
            known[EntityType.PROJECT][entity_id] = entity
    actors = known[EntityType.ACTOR]
    # An actor or cluster the map got later comes with the back-dated records naming it.
    for entity_type in (EntityType.MEMBERSHIP, EntityType.RELATIONSHIP):
        for entity in known[entity_type].values():
            for actor_id in _ends(entity):
                if actor_id not in actors and actor_id in now.group(EntityType.ACTOR):
                    actors[actor_id] = now.group(EntityType.ACTOR)[actor_id]
    known_clusters, clusters_now = known[EntityType.CLUSTER], now.group(EntityType.CLUSTER)
    for entity in known[EntityType.MEMBERSHIP].values():
        assert isinstance(entity, Membership)
        if entity.cluster_id not in known_clusters and entity.cluster_id in clusters_now:
            known_clusters[entity.cluster_id] = clusters_now[entity.cluster_id]

    clusters = frozenset(
        i
        for i, c in known[EntityType.CLUSTER].items()
        if isinstance(c, Cluster) and _period_covers(c, day)
    )
    projects = frozenset(
        i
        for i, p in known[EntityType.PROJECT].items()
        if isinstance(p, Project) and _period_covers(p, day)
    )
    dated_actors: set[int] = set()
    active_actors: set[int] = set()
    active_memberships: list[Membership] = []
    active_ties: list[Relationship] = []
    for entity in known[EntityType.MEMBERSHIP].values():
        assert isinstance(entity, Membership)
        if _dated(entity):
            dated_actors.add(entity.actor_id)
        if membership_is_active(entity, day) and entity.cluster_id in clusters:
            active_memberships.append(entity)
            active_actors.add(entity.actor_id)
    for entity in known[EntityType.RELATIONSHIP].values():
        assert isinstance(entity, Relationship)
        if _dated(entity):
            dated_actors.update(_ends(entity))
        if relationship_is_active(entity, day):
            active_ties.append(entity)
            active_actors.update(_ends(entity))
    present = frozenset(
        i
        for i in actors
        if isinstance(actors[i], Actor) and (i in active_actors or i not in dated_actors)
    )
    return Network(
        day=day,
        actors=present,
        clusters=clusters,
        memberships=frozenset(
            m.id for m in active_memberships if m.id is not None and m.actor_id in present
        ),
        relationships=frozenset(
            r.id
            for r in active_ties
            if r.id is not None and r.source_id in present and r.target_id in present
        ),
        projects=projects,
        entities=known,
    )


@settings(max_examples=150, deadline=None)
@given(_histories(), st.lists(st.integers(min_value=-2, max_value=DAYS + 4), min_size=1))
def test_network_on_keeps_the_rules(log: list[Change], offsets: list[int]) -> None:
    now = _now(log)
    for offset in offsets:
        day: date = T0.date() + timedelta(days=offset)
        past = MapState.of([])
        for change in log:
            if change.at < day_end(day):
                redo_change(past, change)
        got = network_on(past, now, day)
        expected = _network_by_the_rules(past, now, day)
        assert got == expected
