"""The graph's edges as arrays, grouped by the pen that draws them.

Ties between actors, cluster roles (clusters as hubs) and project lines (projects as hubs)
are gathered one by one into groups of the same kind of line, colour, dash and width: the
canvas draws one item per group, which costs far less than a pen per edge. Under focus,
the edges that leave the focus go into faint groups of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from aspdesk.analysis.network_view import parallel_slots
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType, Membership, Relationship
from aspdesk.graph.scene.project_hubs import CLUSTER_LINE, HubLine
from aspdesk.graph.styling import style

# A group's key: what the line shows ("tie", "role" or "project"), its code, its width.
GroupKey = tuple[str, str, float]


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


@dataclass
class _Group:
    colour: str
    dash: str
    width: float
    alpha: int = 255
    rows: list[tuple[int, int, float, bool]] = field(default_factory=list)


class EdgeCollector:
    """The edges among the nodes ``refs``, gathered by style in the order they come, and
    which nodes each node is joined to.

    With ``ties_step_back`` (clusters as hubs) the roles are the picture: ties stay, but
    are drawn faint.
    """

    def __init__(self, refs: Sequence[Ref], *, ties_step_back: bool) -> None:
        self.node_of = {ref: n for n, ref in enumerate(refs)}
        self.adjacency: list[set[int]] = [set() for _ in refs]
        self._groups: dict[GroupKey, _Group] = {}
        self._tie_alpha = 110 if ties_step_back else 255

    def add(
        self, key: GroupKey, colour: str, dash: str, a: int, b: int, slot: float, directed: bool
    ) -> None:
        """One edge from node ``a`` to node ``b`` into the group ``key`` (made with this
        colour and dash when it is the group's first)."""
        group = self._groups.get(key)
        if group is None:
            alpha = self._tie_alpha if key[0] == "tie" else 255
            group = self._groups[key] = _Group(colour, dash, key[2], alpha)
        group.rows.append((a, b, slot, directed))
        self.adjacency[a].add(b)
        self.adjacency[b].add(a)

    def add_ties(self, ties: Sequence[Relationship], type_codes: list[str]) -> None:
        """The ties whose two actors are drawn: styled by type, as wide as they are strong,
        side by side when a pair has several."""
        lines: dict[str, style.LineStyle] = {}
        actor = EntityType.ACTOR
        node_of = {ref.id: n for ref, n in self.node_of.items() if ref.type is actor}
        for tie, (slot, count) in zip(ties, parallel_slots(ties), strict=True):
            a, b = node_of.get(tie.source_id), node_of.get(tie.target_id)
            if a is None or b is None:
                continue
            line = lines.get(tie.type)
            if line is None:
                line = lines[tie.type] = style.relation_style(tie.type, type_codes)
            # Slots are relative to the pair read from the smaller actor id to the larger.
            step = slot / 2 if count % 2 == 0 else float(slot)
            if tie.source_id > tie.target_id:
                step = -step
            key = ("tie", tie.type, _strength_width(tie.strength))
            self.add(key, line.colour, line.dash, a, b, step, tie.directed)

    def add_roles(self, members: Sequence[Membership], role_codes: list[str]) -> None:
        """A line from each actor to the hub of each cluster it has a role in: coloured by
        role, the coordinator's thicker, several roles in one cluster side by side."""
        per_pair: Counter[tuple[int, int]] = Counter()
        totals = Counter((m.actor_id, m.cluster_id) for m in members)
        for member in members:
            a = self.node_of.get(Ref(EntityType.ACTOR, member.actor_id))
            b = self.node_of.get(Ref(EntityType.CLUSTER, member.cluster_id))
            if a is None or b is None:
                continue
            pair = (member.actor_id, member.cluster_id)
            nth = per_pair[pair]
            per_pair[pair] += 1
            step = nth - (totals[pair] - 1) / 2
            width = 2.6 if member.role == "coordinator" else 1.6
            colour = style.role_colour(member.role, role_codes)
            self.add(("role", member.role, width), colour, "solid", a, b, step, False)

    def add_hub_lines(self, hub_lines: Sequence[HubLine]) -> None:
        """The lines from project hubs to their partners (dashed by the partner's role)
        and to the hubs of clusters."""
        for hub_line in hub_lines:
            a = self.node_of.get(Ref(EntityType.PROJECT, hub_line.project_id))
            if hub_line.actor_id:
                b = self.node_of.get(Ref(EntityType.ACTOR, hub_line.actor_id))
                dash, width = style.partner_role_style(hub_line.role)
            else:
                b = self.node_of.get(Ref(EntityType.CLUSTER, hub_line.cluster_id))
                dash, width = CLUSTER_LINE
            if a is not None and b is not None:
                key = ("project", f"{hub_line.role}:{dash}", width)
                self.add(key, style.PROJECT_COLOUR, dash, b, a, hub_line.slot, False)

    def edge_groups(self, dimmed: NDArray[np.bool_] | None) -> list[EdgeGroup]:
        """The groups as arrays, fainter the more edges there are. With ``dimmed`` (the
        nodes out of a focus that dims the rest), each group's edges that touch a dimmed
        node go into a faint group of their own, just before it."""
        # Thousands of opaque lines hide the nodes; thin them out as their number grows.
        total = sum(len(g.rows) for g in self._groups.values())
        crowd = min(1.0, max(0.35, (400 / max(total, 1)) ** 0.5))
        edges: list[EdgeGroup] = []
        for key, group in self._groups.items():
            tie_type = key[1] if key[0] == "tie" else ""
            edge = _arrays(group, int(group.alpha * crowd), tie_type)
            if dimmed is not None:
                inside = ~(dimmed[edge.sources] | dimmed[edge.targets])
                if not inside.all():
                    edges.append(_subset(edge, ~inside, dimmed=True))
                edge = _subset(edge, inside, dimmed=False)
            edges.append(edge)
        return edges


def _strength_width(strength: int) -> float:
    return 1.0 + 0.6 * (max(1, min(5, strength)) - 1)


def _arrays(group: _Group, alpha: int, tie_type: str) -> EdgeGroup:
    rows = group.rows
    return EdgeGroup(
        colour=group.colour,
        dash=group.dash,
        width=group.width,
        sources=np.array([r[0] for r in rows], dtype=np.int64),
        targets=np.array([r[1] for r in rows], dtype=np.int64),
        slots=np.array([r[2] for r in rows], dtype=np.float64),
        directed=np.array([r[3] for r in rows], dtype=np.bool_),
        alpha=alpha,
        tie_type=tie_type,
    )


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
    )
