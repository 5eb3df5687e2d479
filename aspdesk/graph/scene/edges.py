"""The graph's edges as arrays, grouped by the pen that draws them.

Ties between actors, cluster roles (clusters as hubs) and project lines (projects as hubs)
are gathered into groups of the same kind of line, colour, dash and width: the canvas
draws one item per group, which costs far less than a pen per edge. Under focus, the
edges that leave the focus go into faint groups of their own.

Ties come by the ten thousand and are grouped as arrays, in one pass over them
(:meth:`EdgeCollector.add_ties`); the few roles and project lines one by one. Which nodes
a node is joined to is found when asked (:class:`Adjacency`), for the few nodes whose
neighbours are labelled.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import overload

import numpy as np
from numpy.typing import NDArray

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType, Membership, Relationship
from aspdesk.domain.records import record
from aspdesk.graph.scene.project_hubs import CLUSTER_LINE, HubLine
from aspdesk.graph.styling import style

# A group's key: what the line shows ("tie", "role" or "project"), its code, its width.
GroupKey = tuple[str, str, float]

STRENGTHS = 5  # a tie's strength runs from 1 to 5; its width grows with it


@dataclass
class EdgeGroup:
    """Edges drawn with one pen: same kind of line, colour, dash and width."""

    colour: str
    dash: str
    width: float
    sources: NDArray[np.int64]
    targets: NDArray[np.int64]
    slots: NDArray[np.float64]  # sideways offset in steps, for several ties between a pair
    directed: NDArray[np.bool_]
    dimmed: bool = False
    alpha: int = 255  # below 255: drawn faint (ties behind the roles of clusters as hubs)
    tie_type: str = ""  # the relationship type of a group of ties ("" for hub lines)
    # What each edge draws: "tie", "role" or "project" lines, and the id of its tie or
    # membership (0 for a project's lines), by which a day or a comparison picks edges.
    kind: str = ""
    ids: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    change: str = ""  # then and now: "new", "ended" or "kept" between its two dates


class Adjacency(Sequence[set[int]]):
    """The nodes each node of a picture is joined to, found when asked (for the few nodes
    whose neighbours are labelled): a set for each of 10,000 nodes took longer than the
    rest of a slider's step, and a tenth of a picture's first build."""

    def __init__(self, count: int, edges: list[EdgeGroup]) -> None:
        self.nodes = count
        self.edges = edges

    def __len__(self) -> int:
        return self.nodes

    @overload
    def __getitem__(self, node: int) -> set[int]: ...

    @overload
    def __getitem__(self, node: slice) -> Sequence[set[int]]: ...

    def __getitem__(self, node: int | slice) -> set[int] | Sequence[set[int]]:
        if isinstance(node, slice):
            return [self[n] for n in range(self.nodes)[node]]
        if not -self.nodes <= node < self.nodes:
            raise IndexError(node)
        node %= self.nodes
        found: set[int] = set()
        for group in self.edges:
            found.update(group.targets[group.sources == node].tolist())
            found.update(group.sources[group.targets == node].tolist())
        return found

    def __eq__(self, other: object) -> bool:
        # Equal to a list of the same sets, as the sets it stands for were.
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == self.nodes and all(self[n] == other[n] for n in range(self.nodes))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


EdgeArrays = tuple[
    NDArray[np.int64], NDArray[np.int64], NDArray[np.float64], NDArray[np.bool_], NDArray[np.int64]
]  # sources, targets, slots, directed, ids


class _Group:
    """The edges of one group in the order they came: added as arrays (ties) or one by
    one (roles, project lines)."""

    def __init__(self, colour: str, dash: str, width: float, alpha: int) -> None:
        self.colour, self.dash, self.width, self.alpha = colour, dash, width, alpha
        self.parts: list[EdgeArrays] = []
        self.rows: list[tuple[int, int, float, bool, int]] = []

    def add_arrays(self, edges: EdgeArrays) -> None:
        self._flush()
        self.parts.append(edges)

    def _flush(self) -> None:
        if self.rows:
            a, b, slot, directed, ids = zip(*self.rows, strict=True)
            self.parts.append(
                (
                    np.array(a, dtype=np.int64),
                    np.array(b, dtype=np.int64),
                    np.array(slot, dtype=np.float64),
                    np.array(directed, dtype=np.bool_),
                    np.array(ids, dtype=np.int64),
                )
            )
            self.rows = []

    def arrays(self) -> EdgeArrays:
        """Every edge of the group: sources, targets, slots, directed, ids."""
        self._flush()
        if len(self.parts) == 1:
            return self.parts[0]
        sources, targets, slots, directed, ids = (
            np.concatenate([part[column] for part in self.parts]) for column in range(5)
        )
        return sources, targets, slots, directed, ids


class EdgeCollector:
    """The edges among the nodes ``refs``, gathered by style in the order they come.

    With ``ties_step_back`` (clusters as hubs) the roles are the picture: ties stay, but
    are drawn faint.
    """

    def __init__(self, refs: Sequence[Ref], *, ties_step_back: bool) -> None:
        self.refs = refs
        self._node_of: dict[Ref, int] | None = None
        self._actor_lookup: tuple[NDArray[np.int64], IdLookup] | None = None
        self._groups: dict[GroupKey, _Group] = {}
        self._tie_alpha = 110 if ties_step_back else 255

    @property
    def node_of(self) -> dict[Ref, int]:
        """The node index of each ref (made when first asked: ties need none)."""
        if self._node_of is None:
            self._node_of = {ref: n for n, ref in enumerate(self.refs)}
        return self._node_of

    def _group(self, key: GroupKey, colour: str, dash: str) -> _Group:
        group = self._groups.get(key)
        if group is None:
            alpha = self._tie_alpha if key[0] == "tie" else 255
            group = self._groups[key] = _Group(colour, dash, key[2], alpha)
        return group

    def add(
        self,
        key: GroupKey,
        colour: str,
        dash: str,
        a: int,
        b: int,
        slot: float,
        directed: bool,
        entity_id: int = 0,
    ) -> None:
        """One edge from node ``a`` to node ``b`` into the group ``key`` (made with this
        colour and dash when it is the group's first), drawing the tie or membership
        ``entity_id``."""
        self._group(key, colour, dash).rows.append((a, b, slot, directed, entity_id))

    def add_ties(self, ties: Sequence[Relationship] | TieColumns, type_codes: list[str]) -> None:
        """The ties whose two actors are drawn: styled by type, as wide as they are strong,
        side by side when a pair has several (see :func:`tie_slots`)."""
        tie = ties if isinstance(ties, TieColumns) else TieColumns.of(ties)
        if not len(tie.ids):
            return
        slot, count = tie_slots(tie.source, tie.target, tie.ids, tie.unsaved)
        # Slots are relative to the pair read from the smaller actor id to the larger.
        step = np.where(count % 2 == 0, slot / 2, slot.astype(np.float64))
        step = np.where(tie.source > tie.target, -step, step)
        a, b = self._actor_nodes(tie.source), self._actor_nodes(tie.target)
        drawn = (a >= 0) & (b >= 0)
        # One group per type and width, in the order their first ties come.
        key = (tie.types * STRENGTHS + tie.strength - 1)[drawn]
        rows = np.flatnonzero(drawn)
        order = np.argsort(key, kind="stable")
        values, firsts, counts = np.unique(key[order], return_index=True, return_counts=True)
        for k in np.argsort(order[firsts], kind="stable").tolist():
            chosen = rows[order[firsts[k] : firsts[k] + counts[k]]]
            code = tie.type_names[int(values[k]) // STRENGTHS]
            line = style.relation_style(code, type_codes)
            key_of = ("tie", code, _strength_width(int(values[k]) % STRENGTHS + 1))
            self._group(key_of, line.colour, line.dash).add_arrays(
                (a[chosen], b[chosen], step[chosen], tie.directed[chosen], tie.ids[chosen])
            )

    def _actor_nodes(self, actor_ids: NDArray[np.int64]) -> NDArray[np.int64]:
        """The node of each of ``actor_ids``, -1 where that actor is not drawn."""
        if self._actor_lookup is None:
            actor = EntityType.ACTOR
            ids = _ints([ref.id if ref.type is actor else -1 for ref in self.refs])
            nodes = np.flatnonzero(ids >= 0)
            self._actor_lookup = nodes, id_lookup(ids[nodes])
        nodes, lookup = self._actor_lookup
        found = lookup(actor_ids)
        return np.where(found >= 0, nodes[found], -1)

    def add_roles(self, members: Sequence[Membership], role_codes: list[str]) -> None:
        """A line from each actor to the hub of each cluster it has a role in: coloured by
        role, the coordinator's thicker, several roles in one cluster side by side."""
        per_pair: Counter[tuple[int, int]] = Counter()
        totals = Counter((m.actor_id, m.cluster_id) for m in members)
        node_of = self.node_of
        for member in members:
            a = node_of.get(Ref(EntityType.ACTOR, member.actor_id))
            b = node_of.get(Ref(EntityType.CLUSTER, member.cluster_id))
            if a is None or b is None:
                continue
            pair = (member.actor_id, member.cluster_id)
            nth = per_pair[pair]
            per_pair[pair] += 1
            step = nth - (totals[pair] - 1) / 2
            width = 2.6 if member.role == "coordinator" else 1.6
            colour = style.role_colour(member.role, role_codes)
            key = ("role", member.role, width)
            self.add(key, colour, "solid", a, b, step, False, member.id or 0)

    def add_hub_lines(self, hub_lines: Sequence[HubLine]) -> None:
        """The lines from project hubs to their partners (dashed by the partner's role)
        and to the hubs of clusters."""
        node_of = self.node_of if hub_lines else {}
        for hub_line in hub_lines:
            a = node_of.get(Ref(EntityType.PROJECT, hub_line.project_id))
            if hub_line.actor_id:
                b = node_of.get(Ref(EntityType.ACTOR, hub_line.actor_id))
                dash, width = style.partner_role_style(hub_line.role)
            else:
                b = node_of.get(Ref(EntityType.CLUSTER, hub_line.cluster_id))
                dash, width = CLUSTER_LINE
            if a is not None and b is not None:
                key = ("project", f"{hub_line.role}:{dash}", width)
                self.add(key, style.PROJECT_COLOUR, dash, b, a, hub_line.slot, False)

    def edge_groups(self, dimmed: NDArray[np.bool_] | None) -> list[EdgeGroup]:
        """The groups as arrays, fainter the more edges there are. With ``dimmed`` (the
        nodes out of a focus that dims the rest), each group's edges that touch a dimmed
        node go into a faint group of their own, just before it."""
        arrays = {key: group.arrays() for key, group in self._groups.items()}
        # Thousands of opaque lines hide the nodes; thin them out as their number grows.
        total = sum(len(edges[0]) for edges in arrays.values())
        crowd = min(1.0, max(0.35, (400 / max(total, 1)) ** 0.5))
        groups: list[EdgeGroup] = []
        for key, group in self._groups.items():
            sources, targets, slots, directed, ids = arrays[key]
            edge = EdgeGroup(
                colour=group.colour,
                dash=group.dash,
                width=group.width,
                sources=sources,
                targets=targets,
                slots=slots,
                directed=directed,
                alpha=int(group.alpha * crowd),
                tie_type=key[1] if key[0] == "tie" else "",
                kind=key[0],
                ids=ids,
            )
            if dimmed is not None:
                inside = ~(dimmed[edge.sources] | dimmed[edge.targets])
                if not inside.all():
                    groups.append(_subset(edge, ~inside, dimmed=True))
                edge = _subset(edge, inside, dimmed=False)
            groups.append(edge)
        return groups


def tie_slots(
    source: NDArray[np.int64],
    target: NDArray[np.int64],
    ids: NDArray[np.int64],
    unsaved: NDArray[np.bool_],
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The slot and count of each tie from ``source`` to ``target`` (actor ids), as
    :func:`aspdesk.analysis.network_view.parallel_slots` gives them, in one pass of
    arrays: the ties of a pair are ordered by id (``unsaved`` ones last), then as they
    come, and their slots centred on zero (half steps for an even count)."""
    n = len(source)
    if not n:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    low, high = np.minimum(source, target), np.maximum(source, target)
    # By id first (most often in order already, which costs next to nothing), then by
    # pair, each tie's place after the first sort breaking ties in the second.
    order = np.argsort(np.where(unsaved, int(ids.max()) + 1, ids), kind="stable")
    order = order[np.lexsort((np.arange(n), high[order], low[order]))]
    low, high = low[order], high[order]
    first = np.ones(n, dtype=np.bool_)
    first[1:] = (low[1:] != low[:-1]) | (high[1:] != high[:-1])
    run = np.cumsum(first) - 1
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, n))[run]
    position = np.arange(n) - starts[run]
    slots = np.where(counts % 2 == 1, position - (counts - 1) // 2, 2 * position - (counts - 1))
    slot, count = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
    slot[order], count[order] = slots, counts
    return slot, count


IdLookup = Callable[[NDArray[np.int64]], NDArray[np.int64]]


def id_lookup(ids: NDArray[np.int64]) -> IdLookup:
    """What gives the place of each of an array of ids among ``ids`` (which hold each
    once), -1 where it is not among them: a table by id where ids are as dense as a map's
    are, else a search of them sorted."""
    if not len(ids):
        return lambda wanted: np.full(len(wanted), -1, dtype=np.int64)
    low, top = int(ids.min()), int(ids.max())
    if low >= 0 and top < 8 * len(ids) + 4096:  # a table no bigger than the rest
        table = np.full(top + 2, -1, dtype=np.int64)  # its last place: every other id
        table[ids] = np.arange(len(ids))
        return lambda wanted: table[np.where((wanted >= 0) & (wanted <= top), wanted, top + 1)]
    order = np.argsort(ids, kind="stable")
    ordered = ids[order]

    def looked_up(wanted: NDArray[np.int64]) -> NDArray[np.int64]:
        at = np.minimum(np.searchsorted(ordered, wanted), len(ordered) - 1)
        return np.where(ordered[at] == wanted, order[at], -1)

    return looked_up


@record
class TieColumns:
    """Ties as columns, read from them once: what grouping them, their slots and the
    actors' numbers of ties need."""

    source: NDArray[np.int64]  # actor ids
    target: NDArray[np.int64]
    ids: NDArray[np.int64]  # 0 for a tie not saved yet
    unsaved: NDArray[np.bool_]
    types: NDArray[np.int64]  # the place of each tie's type in type_names
    type_names: list[str]  # in the order they first come
    strength: NDArray[np.int64]  # from 1 to STRENGTHS
    directed: NDArray[np.bool_]

    @classmethod
    def of(cls, ties: Sequence[Relationship]) -> TieColumns:
        """The columns of ``ties``."""
        raw_ids = [t.id for t in ties]
        type_names = [t.type for t in ties]
        names = list(dict.fromkeys(type_names))
        place = {name: n for n, name in enumerate(names)}
        return cls(
            source=_ints([t.source_id for t in ties]),
            target=_ints([t.target_id for t in ties]),
            ids=_ints([0 if i is None else i for i in raw_ids]),
            unsaved=_bools([i is None for i in raw_ids]),
            types=_ints(list(map(place.__getitem__, type_names))),
            type_names=names,
            strength=np.clip(_ints([t.strength for t in ties]), 1, STRENGTHS),
            directed=_bools([t.directed for t in ties]),
        )

    def degrees(self, actor_ids: NDArray[np.int64]) -> NDArray[np.int64]:
        """The number of ties of each of ``actor_ids`` (as
        :func:`aspdesk.analysis.network_view.degrees` counts them: a tie to itself once)."""
        lookup = id_lookup(actor_ids)
        a, b = lookup(self.source), lookup(self.target)
        count = len(actor_ids)
        other_end = (b >= 0) & (self.source != self.target)
        return np.bincount(a[a >= 0], minlength=count) + np.bincount(b[other_end], minlength=count)


def _ints(values: list[int]) -> NDArray[np.int64]:
    return np.array(values, dtype=np.int64)


def _bools(values: list[bool]) -> NDArray[np.bool_]:
    return np.array(values, dtype=np.bool_)


def _strength_width(strength: int) -> float:
    return 1.0 + 0.6 * (max(1, min(5, strength)) - 1)


def _subset(edge: EdgeGroup, mask: NDArray[np.bool_], *, dimmed: bool) -> EdgeGroup:
    return EdgeGroup(
        edge.colour,
        edge.dash,
        edge.width,
        edge.sources[mask],
        edge.targets[mask],
        edge.slots[mask],
        edge.directed[mask],
        dimmed,
        edge.alpha,
        edge.tie_type,
        edge.kind,
        edge.ids[mask],
    )
