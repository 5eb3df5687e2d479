"""The network on a day, worked out over arrays: how a :class:`~aspdesk.analysis.timeline.Timeline`
answers a time slider's step.

:func:`~aspdesk.analysis.timeline.network_on` reads every entity of the map in Python at
each call: 60 ms at 10,000 actors and 30,000 ties, over half of what a slider's step may
cost. Here each timed type keeps one row per id it ever had (now or in the change log),
with the few values the rules read (the two ends a membership or tie names, as rows of
the actor and cluster arrays, and the start and end days as ordinals), once as the map
has them now and once as the timeline's state has them on the day it stands at. The
timeline tells which rows its last move touched (:meth:`DayArrays.refresh`), so a step
costs what changed in it plus a few array operations on every row.

The rules are :mod:`aspdesk.analysis.timeline`'s, as ``network_on`` states them; the
timeline's property test holds the two to the same answers on random histories.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

import numpy as np
from numpy.typing import NDArray

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Entity,
    EntityType,
    Membership,
    Project,
    Relationship,
)

NO_START = 0  # before every day (date.min is ordinal 1)
NO_END = 10**8  # after every day (date.max is ordinal 3,652,059)
_CLASSES: dict[EntityType, type] = {
    EntityType.ACTOR: Actor,
    EntityType.CLUSTER: Cluster,
    EntityType.MEMBERSHIP: Membership,
    EntityType.RELATIONSHIP: Relationship,
    EntityType.PROJECT: Project,
}
# What each type's two ends are rows of (memberships name an actor and a cluster).
_ENDS = {
    EntityType.MEMBERSHIP: (EntityType.ACTOR, EntityType.CLUSTER),
    EntityType.RELATIONSHIP: (EntityType.ACTOR, EntityType.ACTOR),
}


_NO_SPAN: tuple[None, None, int, int] = (None, None, -1, -1)


def _span(entity: Entity | None) -> tuple[date | None, date | None, int, int]:
    """The entity's start and end days, and the ids its two ends name (-1: none)."""
    if isinstance(entity, Membership):
        return entity.since, entity.until, entity.actor_id, entity.cluster_id
    if isinstance(entity, Relationship):
        return entity.start_date, entity.end_date, entity.source_id, entity.target_id
    if isinstance(entity, Cluster | Project):
        return entity.start_date, entity.end_date, -1, -1
    return _NO_SPAN


class _Side:
    """One type's values on one side (now, or the timeline's state): a row per id."""

    def __init__(self, count: int) -> None:
        self.held = np.zeros(count, dtype=np.bool_)  # the side has an entity of this id
        self.fits = np.zeros(count, dtype=np.bool_)  # and it is of the type's class
        self.first = np.zeros(count, dtype=np.int64)  # ends: rows of the types in _ENDS
        self.second = np.zeros(count, dtype=np.int64)
        self.start = np.full(count, NO_START, dtype=np.int64)
        self.end = np.full(count, NO_END, dtype=np.int64)
        self.dated = np.zeros(count, dtype=np.bool_)  # it has a start or an end day
        self.has_start = np.zeros(count, dtype=np.bool_)


class _Type:
    """One timed type: its ids, the row of each, and its values now and in the state."""

    def __init__(self, entity_type: EntityType, ids: Iterable[int]) -> None:
        self.entity_type = entity_type
        self.cls = _CLASSES[entity_type]
        self.ids = np.array(sorted(set(ids)), dtype=np.int64)
        self.row = {entity_id: row for row, entity_id in enumerate(self.ids.tolist())}
        self.now = _Side(len(self.ids))
        self.past = _Side(len(self.ids))


class DayArrays:
    """The rows of a map's timed types, now and in a timeline's moving state."""

    def __init__(
        self,
        now: Mapping[EntityType, Mapping[int, Entity]],
        ids_in_log: Mapping[EntityType, Iterable[int]],
    ) -> None:
        self.types = {t: _Type(t, [*now.get(t, {}), *ids_in_log.get(t, ())]) for t in _CLASSES}
        for entity_type, kind in self.types.items():
            group = now.get(entity_type, {})
            rows = [kind.row[entity_id] for entity_id in group]
            for side in (kind.now, kind.past):
                self._put(kind, side, rows, list(group.values()))

    def _put(
        self, kind: _Type, side: _Side, rows: list[int], entities: list[Entity | None]
    ) -> None:
        """Set ``side``'s values at ``rows`` to those of ``entities`` (``None``: none)."""
        if not rows:
            return
        at = np.asarray(rows, dtype=np.int64)
        fits = [isinstance(entity, kind.cls) for entity in entities]
        side.held[at] = [entity is not None for entity in entities]
        side.fits[at] = fits
        spans = [_span(e) if fit else _NO_SPAN for e, fit in zip(entities, fits, strict=True)]
        starts = [span[0] for span in spans]
        ends = [span[1] for span in spans]
        side.start[at] = [NO_START if day is None else day.toordinal() for day in starts]
        side.end[at] = [NO_END if day is None else day.toordinal() for day in ends]
        side.has_start[at] = [day is not None for day in starts]
        side.dated[at] = [a is not None or b is not None for a, b in zip(starts, ends, strict=True)]
        end_types = _ENDS.get(kind.entity_type)
        if end_types is not None:
            first, second = (self.types[t].row for t in end_types)
            side.first[at] = [first.get(span[2], -1) for span in spans]
            side.second[at] = [second.get(span[3], -1) for span in spans]

    def refresh(
        self,
        state: Mapping[EntityType, Mapping[int, Entity]],
        touched: Iterable[tuple[EntityType, int]],
    ) -> None:
        """Read the rows of ``touched`` (type, id) again from the timeline's ``state``."""
        by_type: dict[EntityType, list[int]] = {}
        for entity_type, entity_id in touched:
            if entity_type in self.types:
                by_type.setdefault(entity_type, []).append(entity_id)
        for entity_type, ids in by_type.items():
            kind, group = self.types[entity_type], state.get(entity_type, {})
            rows = [kind.row[entity_id] for entity_id in ids]
            self._put(kind, kind.past, rows, [group.get(entity_id) for entity_id in ids])

    def network(
        self, day: date
    ) -> tuple[dict[EntityType, frozenset[int]], dict[EntityType, NDArray[np.int64]]]:
        """The ids on the network on ``day`` by type, and the ids known that day that the
        state does not hold (they come from the map as it is now), by type."""
        d = day.toordinal()
        known: dict[EntityType, NDArray[np.bool_]] = {}
        sides: dict[EntityType, _Side] = {}
        for entity_type, kind in self.types.items():
            now, past = kind.now, kind.past
            back_dated = now.held & now.has_start & (now.start <= d)
            known[entity_type] = past.held | back_dated
            sides[entity_type] = _merged(past, now)
        actor, cluster = EntityType.ACTOR, EntityType.CLUSTER
        m, t = sides[EntityType.MEMBERSHIP], sides[EntityType.RELATIONSHIP]
        m_read = known[EntityType.MEMBERSHIP] & m.fits
        t_read = known[EntityType.RELATIONSHIP] & t.fits
        # An actor or cluster the state lacks comes with the records naming it.
        for named, end_type in (
            (m.first[m_read], actor),
            (m.second[m_read], cluster),
            (t.first[t_read], actor),
            (t.second[t_read], actor),
        ):
            rows = _real(named)
            known[end_type][rows] |= self.types[end_type].now.held[rows]
        a, c, p = sides[actor], sides[cluster], sides[EntityType.PROJECT]
        clusters = known[cluster] & c.fits & _covers(c, d)
        projects = known[EntityType.PROJECT] & p.fits & _covers(p, d)
        dated = np.zeros(len(a.held), dtype=np.bool_)
        active = np.zeros(len(a.held), dtype=np.bool_)
        dated[_real(m.first[m_read & m.dated])] = True
        dated[_real(t.first[t_read & t.dated])] = True
        dated[_real(t.second[t_read & t.dated])] = True
        m_on = m_read & _covers(m, d) & _at(clusters, m.second)
        t_on = t_read & _covers(t, d)
        active[_real(m.first[m_on])] = True
        active[_real(t.first[t_on])] = True
        active[_real(t.second[t_on])] = True
        actors = known[actor] & a.fits & (active | ~dated)
        m_on &= _at(actors, m.first)
        t_on &= _at(actors, t.first) & _at(actors, t.second)
        on = {
            actor: actors,
            cluster: clusters,
            EntityType.MEMBERSHIP: m_on,
            EntityType.RELATIONSHIP: t_on,
            EntityType.PROJECT: projects,
        }
        ids = {e: frozenset(self.types[e].ids[mask].tolist()) for e, mask in on.items()}
        from_now = {e: self.types[e].ids[known[e] & ~self.types[e].past.held] for e in self.types}
        return ids, from_now


def _merged(past: _Side, now: _Side) -> _Side:
    """The values of the state where it holds the id, else those of now."""
    merged = _Side(0)
    held = past.held
    for name in ("fits", "first", "second", "start", "end", "dated"):
        setattr(merged, name, np.where(held, getattr(past, name), getattr(now, name)))
    merged.held = held | now.held
    return merged


def _covers(side: _Side, day: int) -> NDArray[np.bool_]:
    return (side.start <= day) & (day <= side.end)


def _real(rows: NDArray[np.int64]) -> NDArray[np.int64]:
    return rows[rows >= 0]


def _at(mask: NDArray[np.bool_], rows: NDArray[np.int64]) -> NDArray[np.bool_]:
    """``mask`` at ``rows``, False where a row is -1 (an id no side ever had)."""
    return (rows >= 0) & mask[np.maximum(rows, 0)]
