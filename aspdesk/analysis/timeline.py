"""The network on a past date, and what changed between two dates.

Two kinds of time meet here. Memberships, ties, clusters and projects carry the dates of
what happened in the world (a member since 2016, a tie that ended in 2019); the change
log (:mod:`aspdesk.domain.changes`) records when the map itself was edited. A map is often
entered years after the facts, so dates win where there are dates, and the log answers
the rest:

- ``rewind`` turns the map as it is now back into the map as it was in the file at a
  moment, by undoing the changes made after it (field values, things made since, things
  removed since);
- an entity the map got later but that carries a start date on or before the day is a
  *back-dated* record: it counts as known on that day, with the values it has now, and so
  do the actors and the cluster it names;
- of what is known on the day, a membership, tie, cluster or project is on the network
  when its dates cover the day (open ends always do); an actor is on it when it has a
  membership or tie on the day, or when none of its memberships and ties has a date at
  all (an undated actor is there as long as the map knew it).

A day is a UTC calendar day: a change made on ``day`` (by its UTC time) is part of the
network on ``day``. :class:`Timeline` answers many days from one map and its log, moving
between them by only the changes in between (a time slider).
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from aspdesk.analysis.day_arrays import DayArrays
from aspdesk.domain.change_values import POSITION
from aspdesk.domain.changes import Change
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Entity,
    EntityType,
    Membership,
    Project,
    Relationship,
    changed,
)
from aspdesk.domain.records import record

# The types whose past the timeline follows (contacts and project partners have no part
# in the network's picture).
TIMED_TYPES = (
    EntityType.ACTOR,
    EntityType.CLUSTER,
    EntityType.MEMBERSHIP,
    EntityType.RELATIONSHIP,
    EntityType.PROJECT,
)


@dataclass
class MapState:
    """The entities of the timed types, by type and id, as the map held them at a moment."""

    entities: dict[EntityType, dict[int, Entity]] = field(default_factory=dict)

    @classmethod
    def of(cls, entities: Iterable[Entity]) -> MapState:
        """The state holding ``entities`` (those of other types are left out)."""
        state = cls({entity_type: {} for entity_type in TIMED_TYPES})
        for entity in entities:
            group = state.entities.get(entity.entity_type)
            if group is not None and entity.id is not None:
                group[entity.id] = entity
        return state

    def copy(self) -> MapState:
        """A copy whose groups can change without changing this one."""
        return MapState({t: dict(group) for t, group in self.entities.items()})

    def group(self, entity_type: EntityType) -> dict[int, Entity]:
        """The entities of one type by id."""
        return self.entities.setdefault(entity_type, {})


_LAST_ID = float("inf")  # after every id of a day, for a bisection by (start, id)


def day_end(day: date) -> datetime:
    """The first moment after ``day`` (UTC): changes before it are part of that day."""
    return datetime.combine(day + timedelta(days=1), time(), tzinfo=UTC)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _set_field(entity: Entity, name: str, value: object) -> Entity:
    if name == POSITION:
        x, y = value if isinstance(value, tuple | list) else (None, None)
        return changed(entity, x=x, y=y)
    if name not in entity.__dict__:
        return entity  # a field an older or newer schema had: nothing to show of it
    return changed(entity, **{name: value})


def undo_change(state: MapState, change: Change) -> None:
    """Take ``change`` back out of ``state`` (in place)."""
    entity_type = change.entity_type
    if entity_type not in TIMED_TYPES or entity_type is None:
        return
    group = state.group(entity_type)
    if change.made:
        group.pop(change.entity_id, None)
    elif change.removed:
        group[change.entity_id] = change.old
    elif change.field is not None and change.entity_id in group:
        group[change.entity_id] = _set_field(group[change.entity_id], change.field, change.old)


def redo_change(state: MapState, change: Change) -> None:
    """Make ``change`` again in ``state`` (in place)."""
    entity_type = change.entity_type
    if entity_type not in TIMED_TYPES or entity_type is None:
        return
    group = state.group(entity_type)
    if change.made:
        group[change.entity_id] = change.new
    elif change.removed:
        group.pop(change.entity_id, None)
    elif change.field is not None and change.entity_id in group:
        group[change.entity_id] = _set_field(group[change.entity_id], change.field, change.new)


def rewind(state: MapState, changes_after: Sequence[Change]) -> MapState:
    """The map before ``changes_after`` (every change made after the moment, oldest first)."""
    past = state.copy()
    for change in reversed(changes_after):
        undo_change(past, change)
    return past


@record
class Network:
    """The ids on the network on one day, and the entities they name (values of that day)."""

    day: date
    actors: frozenset[int]
    clusters: frozenset[int]
    memberships: frozenset[int]
    relationships: frozenset[int]
    projects: frozenset[int]
    entities: Mapping[EntityType, Mapping[int, Entity]]

    def get(self, entity_type: EntityType, entity_id: int) -> Entity | None:
        """The entity as it was on the day (``None`` when it was not known)."""
        return self.entities.get(entity_type, {}).get(entity_id)


def _start(entity: Entity) -> date | None:
    if isinstance(entity, Membership):
        return entity.since
    if isinstance(entity, Relationship | Cluster | Project):
        return entity.start_date
    return None


def _period_covers(entity: Cluster | Project, day: date) -> bool:
    return (entity.start_date is None or entity.start_date <= day) and (
        entity.end_date is None or day <= entity.end_date
    )


# The entities of a map with a start date, by type, as (start, id, entity) by start.
Starts = dict[EntityType, list[tuple[date, int, Entity]]]
START_TYPES = (
    EntityType.CLUSTER,
    EntityType.MEMBERSHIP,
    EntityType.RELATIONSHIP,
    EntityType.PROJECT,
)


def starts_of(state: MapState) -> Starts:
    """The entities of ``state`` that have a start date, in the order of their starts."""
    found: Starts = {}
    for entity_type in START_TYPES:
        dated = []
        for entity_id, entity in state.group(entity_type).items():
            start = _start(entity)
            if start is not None:
                dated.append((start, entity_id, entity))
        found[entity_type] = sorted(dated, key=lambda row: (row[0], row[1]))
    return found


def network_on(past: MapState, now: MapState, day: date, starts: Starts | None = None) -> Network:
    """The network on ``day``: ``past`` is the map as the file held it at the end of the day
    (:func:`rewind`), ``now`` the map as it is (``starts``: :func:`starts_of` it, when
    known); see the module's rules."""
    # Every entity is looked at once or twice per call, which a time slider makes for
    # each step: the loops read the fields straight (no helpers per entity) and test the
    # cheap condition first; a test holds them to the rules as first written.
    known: dict[EntityType, dict[int, Entity]] = {t: dict(past.group(t)) for t in TIMED_TYPES}
    starts = starts if starts is not None else starts_of(now)
    for entity_type in START_TYPES:
        group, dated = known[entity_type], starts[entity_type]
        # Back-dated records: what the map has now with a start on or before the day.
        for _start_day, entity_id, entity in dated[: bisect_right(dated, (day, _LAST_ID))]:
            if entity_id not in group:
                group[entity_id] = entity
    actors, actors_now = known[EntityType.ACTOR], now.group(EntityType.ACTOR)
    known_clusters, clusters_now = known[EntityType.CLUSTER], now.group(EntityType.CLUSTER)
    memberships = [m for m in known[EntityType.MEMBERSHIP].values() if isinstance(m, Membership)]
    ties = [r for r in known[EntityType.RELATIONSHIP].values() if isinstance(r, Relationship)]
    # An actor or cluster the map got later comes with the back-dated records naming it.
    for m in memberships:
        if m.actor_id not in actors and m.actor_id in actors_now:
            actors[m.actor_id] = actors_now[m.actor_id]
        if m.cluster_id not in known_clusters and m.cluster_id in clusters_now:
            known_clusters[m.cluster_id] = clusters_now[m.cluster_id]
    for r in ties:
        for actor_id in (r.source_id, r.target_id):
            if actor_id not in actors and actor_id in actors_now:
                actors[actor_id] = actors_now[actor_id]

    clusters = frozenset(
        i for i, c in known_clusters.items() if isinstance(c, Cluster) and _period_covers(c, day)
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
    for m in memberships:
        since, until = m.since, m.until
        if since is not None or until is not None:
            dated_actors.add(m.actor_id)
        if (
            (since is None or since <= day)
            and (until is None or day <= until)
            and m.cluster_id in clusters
        ):
            active_memberships.append(m)
            active_actors.add(m.actor_id)
    for r in ties:
        begins, ends = r.start_date, r.end_date
        if begins is not None or ends is not None:
            dated_actors.add(r.source_id)
            dated_actors.add(r.target_id)
        if (begins is None or begins <= day) and (ends is None or day <= ends):
            active_ties.append(r)
            active_actors.add(r.source_id)
            active_actors.add(r.target_id)
    present = frozenset(
        i
        for i, actor in actors.items()
        if (i in active_actors or i not in dated_actors) and isinstance(actor, Actor)
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


class DayEntities(Mapping[EntityType, Mapping[int, Entity]]):
    """The entities known on a day by type, read from the timeline when first asked: a
    slider's step wants the ids only, and the values cost most of a year's step."""

    def __init__(
        self, timeline: Timeline, day: date, from_now: Mapping[EntityType, Sequence[int]]
    ) -> None:
        self._timeline, self._day, self._from_now = timeline, day, from_now
        self._known: dict[EntityType, dict[int, Entity]] | None = None

    def _read(self) -> dict[EntityType, dict[int, Entity]]:
        if self._known is None:
            self._known = self._timeline.entities_on(self._day, self._from_now)
        return self._known

    def __getitem__(self, entity_type: EntityType) -> Mapping[int, Entity]:
        return self._read()[entity_type]

    def __iter__(self) -> Iterator[EntityType]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


class Timeline:
    """The network on any day, from the map as it is and its change log.

    Built once; it keeps the last point of the log it went to and moves from there by the
    changes between the two days only, so a slider's step costs what changed in the step,
    not the whole log. :meth:`on` answers the ids from arrays
    (:mod:`aspdesk.analysis.day_arrays`), and the entities' values of the day only when
    asked (a slider's step never asks; outcomes and then and now do).
    """

    def __init__(self, now: Iterable[Entity], changes: Iterable[Change]) -> None:
        self.now = MapState.of(now)
        self.changes = sorted(changes, key=lambda c: (c.set_id, _utc(c.at)))
        self._ends = [_utc(c.at) for c in self.changes]
        self._state = self.now.copy()
        self._position = len(self.changes)  # changes[:position] are in _state
        self._arrays = DayArrays(self.now.entities, self.changes)

    def first_day(self) -> date | None:
        """The earliest day anything in the map or its log is dated (``None``: nothing)."""
        days = [_utc(c.at).date() for c in self.changes[:1]]
        for entity_type in (EntityType.MEMBERSHIP, EntityType.RELATIONSHIP, EntityType.CLUSTER):
            for entity in self.now.group(entity_type).values():
                start = _start(entity)
                if start is not None:
                    days.append(start)
        return min(days) if days else None

    def _point(self, day: date) -> int:
        """How many changes of the log were made by the end of ``day``."""
        return bisect_right(self._ends, day_end(day) - timedelta(microseconds=1))

    def state_on(self, day: date) -> MapState:
        """The map as the file held it at the end of ``day`` (shared: do not change it)."""
        target = self._point(day)
        # A year's step makes some 10,000 entity copies that live on: the collector would
        # walk the whole heap for them, a quarter of the step.
        collecting = gc.isenabled()
        gc.disable()
        try:
            while self._position > target:
                self._position -= 1
                undo_change(self._state, self.changes[self._position])
            while self._position < target:
                redo_change(self._state, self.changes[self._position])
                self._position += 1
        finally:
            if collecting:
                gc.enable()
        return self._state

    def entities_on(
        self, day: date, from_now: Mapping[EntityType, Sequence[int]]
    ) -> dict[EntityType, dict[int, Entity]]:
        """The entities known on ``day`` with the values of that day: what the file held,
        and the ids of ``from_now`` as the map has them now (see :meth:`on`)."""
        state = self.state_on(day)
        known = {t: dict(state.group(t)) for t in TIMED_TYPES}
        for entity_type, extra in from_now.items():
            group, now = known[entity_type], self.now.group(entity_type)
            for entity_id in extra:
                group[entity_id] = now[entity_id]
        return known

    def on(self, day: date) -> Network:
        """The network on ``day``: :func:`network_on`'s answer."""
        self._arrays.move_to(self._point(day))
        ids, from_now = self._arrays.network(day)
        known = DayEntities(self, day, {t: extra.tolist() for t, extra in from_now.items()})
        return Network(
            day=day,
            actors=ids[EntityType.ACTOR],
            clusters=ids[EntityType.CLUSTER],
            memberships=ids[EntityType.MEMBERSHIP],
            relationships=ids[EntityType.RELATIONSHIP],
            projects=ids[EntityType.PROJECT],
            entities=known,
        )


@record
class Comparison:
    """What changed on the network between two days: new, ended and kept ids by type."""

    then: Network
    now: Network

    def new(self, entity_type: EntityType) -> frozenset[int]:
        """Ids on the network on the later day and not on the earlier one."""
        return _ids(self.now, entity_type) - _ids(self.then, entity_type)

    def ended(self, entity_type: EntityType) -> frozenset[int]:
        """Ids on the network on the earlier day and no longer on the later one."""
        return _ids(self.then, entity_type) - _ids(self.now, entity_type)

    def kept(self, entity_type: EntityType) -> frozenset[int]:
        """Ids on the network on both days."""
        return _ids(self.then, entity_type) & _ids(self.now, entity_type)

    def entity(self, entity_type: EntityType, entity_id: int) -> Entity | None:
        """The entity as the later day knew it, else as the earlier day did."""
        return self.now.get(entity_type, entity_id) or self.then.get(entity_type, entity_id)


def _ids(network: Network, entity_type: EntityType) -> frozenset[int]:
    return {
        EntityType.ACTOR: network.actors,
        EntityType.CLUSTER: network.clusters,
        EntityType.MEMBERSHIP: network.memberships,
        EntityType.RELATIONSHIP: network.relationships,
        EntityType.PROJECT: network.projects,
    }.get(entity_type, frozenset())


def compare(timeline: Timeline, then: date, now: date) -> Comparison:
    """The network on ``then`` against the network on ``now`` (``then`` before ``now``)."""
    if now < then:
        raise ValueError(f"the later day {now} comes before the earlier day {then}")
    return Comparison(timeline.on(then), timeline.on(now))
