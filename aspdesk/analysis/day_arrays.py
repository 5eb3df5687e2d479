"""The network on a day, worked out over arrays: how a :class:`~aspdesk.analysis.timeline.Timeline`
answers a time slider's step.

:func:`~aspdesk.analysis.timeline.network_on` reads every entity of the map in Python at
each call, and the timeline's state behind it is moved by replaying the changes one by one
in Python: at 10,000 actors, 30,000 ties and 100,000 changes a year's step cost 150 ms.
Here each timed type keeps one row per id it ever had (now or in the change log), with
the few values the rules read, as columns of one integer matrix: whether the map held it,
whether it is of its type's class, its start and end days as ordinals, and the two ends a
membership or tie names, as rows of the actor and cluster arrays. It is kept once as the
map has it now and once as the map had it at a point of the change log.

The change log is turned once into entries, each the column of a row a change sets, with
the value before and after. Most changes set no column (an edit of notes, a strength, a
move). Moving to another point takes the entries in between: going forward, the last one
of each cell gives its value; going back, the first one's value before. A column matters
only while its row is held, and every change that holds a row or lets it go (made,
removed, and their undoing) sets all its columns, so an entry of a row not held then,
which the replay in Python skips, changes nothing that is read.

The rules are :mod:`aspdesk.analysis.timeline`'s, as ``network_on`` states them; the
timeline's property test holds the two to the same answers on random histories.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import numpy as np
from numpy.typing import NDArray

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

NO_START = 0  # before every day (date.min is ordinal 1)
NO_END = 10**8  # after every day (date.max is ordinal 3,652,059)
HELD, FITS, START, END, HAS_START, HAS_END, FIRST, SECOND = range(8)
_COLUMNS = 8
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
# The fields the rules read, and the columns a change of each sets.
_FIELDS = {
    "since": (START, HAS_START),
    "start_date": (START, HAS_START),
    "until": (END, HAS_END),
    "end_date": (END, HAS_END),
    "actor_id": (FIRST,),
    "source_id": (FIRST,),
    "cluster_id": (SECOND,),
    "target_id": (SECOND,),
}


def _span(entity: object) -> tuple[date | None, date | None, int, int]:
    """The entity's start and end days, and the ids its two ends name (-1: none)."""
    if isinstance(entity, Membership):
        return entity.since, entity.until, entity.actor_id, entity.cluster_id
    if isinstance(entity, Relationship):
        return entity.start_date, entity.end_date, entity.source_id, entity.target_id
    if isinstance(entity, Cluster | Project):
        return entity.start_date, entity.end_date, -1, -1
    return None, None, -1, -1


def _day(value: object, empty: int) -> int:
    return value.toordinal() if isinstance(value, date) else empty


class _Type:
    """One timed type: its ids, the row of each, and where its rows start in the matrix."""

    def __init__(self, entity_type: EntityType, ids: Iterable[int], offset: int) -> None:
        self.entity_type = entity_type
        self.cls = _CLASSES[entity_type]
        self.ids = np.array(sorted(set(ids)), dtype=np.int64)
        self.row = {entity_id: row for row, entity_id in enumerate(self.ids.tolist())}
        self.rows = slice(offset, offset + len(self.ids))


class DayArrays:
    """The rows of a map's timed types, now and at a point of its change log."""

    def __init__(
        self, now: Mapping[EntityType, Mapping[int, Entity]], changes: Sequence[Change]
    ) -> None:
        """``changes`` in the timeline's order; the point starts after the last of them."""
        in_log: dict[EntityType, set[int]] = {t: set() for t in _CLASSES}
        for change in changes:
            if change.entity_type in in_log:
                in_log[change.entity_type].add(change.entity_id)
        self.types: dict[EntityType, _Type] = {}
        offset = 0
        for entity_type in _CLASSES:
            ids = [*now.get(entity_type, {}), *in_log[entity_type]]
            kind = self.types[entity_type] = _Type(entity_type, ids, offset)
            offset = kind.rows.stop
        self.now = np.zeros((offset, _COLUMNS), dtype=np.int64)
        self.now[:, START], self.now[:, END] = NO_START, NO_END
        self.now[:, FIRST], self.now[:, SECOND] = -1, -1
        for entity_type, kind in self.types.items():
            for entity_id, entity in now.get(entity_type, {}).items():
                self.now[kind.rows.start + kind.row[entity_id]] = self._values(kind, entity)
        self.past = self.now.copy()
        self.position = len(changes)
        self._entries(changes)

    def _values(self, kind: _Type, entity: object) -> list[int]:
        """The columns of a row holding ``entity`` (``None``: the row holds nothing)."""
        if entity is None:
            return [0, 0, NO_START, NO_END, 0, 0, -1, -1]
        if not isinstance(entity, kind.cls):
            return [1, 0, NO_START, NO_END, 0, 0, -1, -1]
        start, end, first, second = _span(entity)
        return [
            1,
            1,
            _day(start, NO_START),
            _day(end, NO_END),
            int(start is not None),
            int(end is not None),
            self._end_row(kind, 0, first),
            self._end_row(kind, 1, second),
        ]

    def _end_row(self, kind: _Type, which: int, entity_id: object) -> int:
        ends = _ENDS.get(kind.entity_type)
        if ends is None or not isinstance(entity_id, int):
            return -1
        return self.types[ends[which]].row.get(entity_id, -1)

    def _field(self, kind: _Type, field: str, value: object) -> dict[int, int]:
        """The columns a change of ``field`` to ``value`` sets."""
        columns = _FIELDS.get(field, ())
        if not columns or kind.entity_type is EntityType.ACTOR:
            return {}
        if columns[0] in (START, END):
            empty = NO_START if columns[0] == START else NO_END
            return {columns[0]: _day(value, empty), columns[1]: int(value is not None)}
        if kind.entity_type not in _ENDS:
            return {}
        return {columns[0]: self._end_row(kind, 0 if columns[0] == FIRST else 1, value)}

    def _entries(self, changes: Sequence[Change]) -> None:
        """Turn the log into entries: change index, cell, value before and after."""
        at: list[int] = []
        cell: list[int] = []
        before: list[int] = []
        after: list[int] = []
        for index, change in enumerate(changes):
            kind = self.types.get(change.entity_type)  # type: ignore[arg-type]
            if kind is None:
                continue
            row = kind.rows.start + kind.row[change.entity_id]
            if change.field is None:  # made (old None) or removed (new None): every column
                old, new = self._values(kind, change.old), self._values(kind, change.new)
                for column in range(_COLUMNS):
                    at.append(index)
                    cell.append(row * _COLUMNS + column)
                    # A row not held before or after: its other columns are never read.
                    before.append(old[column] if change.old is not None else new[column])
                    after.append(new[column] if change.new is not None else old[column])
                if change.old is None:
                    before[-_COLUMNS + HELD] = 0
                if change.new is None:
                    after[-_COLUMNS + HELD] = 0
                continue
            olds = self._field(kind, change.field, change.old)
            for column, value in self._field(kind, change.field, change.new).items():
                at.append(index)
                cell.append(row * _COLUMNS + column)
                before.append(olds[column])
                after.append(value)
        self._at = np.asarray(at, dtype=np.int64)
        self._cell = np.asarray(cell, dtype=np.int64)
        self._before = np.asarray(before, dtype=np.int64)
        self._after = np.asarray(after, dtype=np.int64)

    def move_to(self, position: int) -> None:
        """Hold the map as it was after the first ``position`` changes."""
        low, high = sorted((position, self.position))
        first, last = np.searchsorted(self._at, [low, high])
        if first < last:
            cells = self._cell[first:last]
            flat = self.past.reshape(-1)
            if position > self.position:  # forward: the last entry of each cell
                unique, index = np.unique(cells[::-1], return_index=True)
                flat[unique] = self._after[first:last][::-1][index]
            else:  # back: the first entry's value before
                unique, index = np.unique(cells, return_index=True)
                flat[unique] = self._before[first:last][index]
        self.position = position

    def network(
        self, day: date
    ) -> tuple[dict[EntityType, frozenset[int]], dict[EntityType, NDArray[np.int64]]]:
        """The ids on the network on ``day`` by type, and the ids known that day that the
        map did not hold at the point (they come from the map as it is now), by type."""
        d = day.toordinal()
        known: dict[EntityType, NDArray[np.bool_]] = {}
        sides: dict[EntityType, NDArray[np.int64]] = {}
        past_held: dict[EntityType, NDArray[np.bool_]] = {}
        for entity_type, kind in self.types.items():
            now, past = self.now[kind.rows], self.past[kind.rows]
            held = past[:, HELD] == 1
            back_dated = (now[:, HELD] == 1) & (now[:, HAS_START] == 1) & (now[:, START] <= d)
            known[entity_type] = held | back_dated
            past_held[entity_type] = held
            sides[entity_type] = np.where(held[:, None], past, now)
        actor, cluster = EntityType.ACTOR, EntityType.CLUSTER
        m, t = sides[EntityType.MEMBERSHIP], sides[EntityType.RELATIONSHIP]
        m_read = known[EntityType.MEMBERSHIP] & (m[:, FITS] == 1)
        t_read = known[EntityType.RELATIONSHIP] & (t[:, FITS] == 1)
        # An actor or cluster the point lacks comes with the records naming it.
        for named, end_type in (
            (m[m_read, FIRST], actor),
            (m[m_read, SECOND], cluster),
            (t[t_read, FIRST], actor),
            (t[t_read, SECOND], actor),
        ):
            rows = _real(named)
            now_held = self.now[self.types[end_type].rows, HELD] == 1
            known[end_type][rows] |= now_held[rows]
        a, c, p = sides[actor], sides[cluster], sides[EntityType.PROJECT]
        clusters = known[cluster] & (c[:, FITS] == 1) & _covers(c, d)
        projects = known[EntityType.PROJECT] & (p[:, FITS] == 1) & _covers(p, d)
        dated = np.zeros(len(a), dtype=np.bool_)
        active = np.zeros(len(a), dtype=np.bool_)
        m_dated = m_read & ((m[:, HAS_START] == 1) | (m[:, HAS_END] == 1))
        t_dated = t_read & ((t[:, HAS_START] == 1) | (t[:, HAS_END] == 1))
        dated[_real(m[m_dated, FIRST])] = True
        dated[_real(t[t_dated, FIRST])] = True
        dated[_real(t[t_dated, SECOND])] = True
        m_on = m_read & _covers(m, d) & _at(clusters, m[:, SECOND])
        t_on = t_read & _covers(t, d)
        active[_real(m[m_on, FIRST])] = True
        active[_real(t[t_on, FIRST])] = True
        active[_real(t[t_on, SECOND])] = True
        actors = known[actor] & (a[:, FITS] == 1) & (active | ~dated)
        m_on &= _at(actors, m[:, FIRST])
        t_on &= _at(actors, t[:, FIRST]) & _at(actors, t[:, SECOND])
        on = {
            actor: actors,
            cluster: clusters,
            EntityType.MEMBERSHIP: m_on,
            EntityType.RELATIONSHIP: t_on,
            EntityType.PROJECT: projects,
        }
        ids = {e: frozenset(self.types[e].ids[mask].tolist()) for e, mask in on.items()}
        from_now = {e: self.types[e].ids[known[e] & ~past_held[e]] for e in self.types}
        return ids, from_now


def _covers(side: NDArray[np.int64], day: int) -> NDArray[np.bool_]:
    return (side[:, START] <= day) & (day <= side[:, END])


def _real(rows: NDArray[np.int64]) -> NDArray[np.int64]:
    return rows[rows >= 0]


def _at(mask: NDArray[np.bool_], rows: NDArray[np.int64]) -> NDArray[np.bool_]:
    """``mask`` at ``rows``, False where a row is -1 (an id no side ever had)."""
    return (rows >= 0) & mask[np.maximum(rows, 0)]
