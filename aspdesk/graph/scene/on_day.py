"""The picture of the map on one day, and of two days compared, cut out of the picture of
the whole map.

Building the picture costs half a second at 10,000 actors, too much for a slider's step.
So the canvas builds the picture of the whole map once (every filter but the date) and
each day keeps the nodes and edges on the network that day
(:meth:`aspdesk.analysis.timeline.Timeline.on`), where they are: nothing is laid out
again. Then and now keeps what was on the network on either day and draws the edges new
between them, ended between them and kept, each in a style of its own (:data:`NEW`,
:data:`ENDED`; kept ones faded), which a colour-blind reader tells apart by width and dash
as well as by colour.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication

from aspdesk.analysis.network_view import VisibleNetwork
from aspdesk.analysis.timeline import Comparison, Network
from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import EntityType, Membership
from aspdesk.domain.records import record
from aspdesk.graph.scene.data import GraphData, LegendEntry
from aspdesk.graph.scene.edges import Adjacency, EdgeGroup
from aspdesk.graph.styling import style


@record
class ChangeStyle:
    """How then and now draws one kind of change: colour, dash and width of its lines."""

    colour: str
    dash: str
    width: float


# See aspdesk.graph.styling.style for the colours, and the themes for the blue on dark.
NEW = ChangeStyle(style.NEW_COLOUR, "solid", 3.4)
ENDED = ChangeStyle(style.ENDED_COLOUR, "dash", 2.2)
KEPT_WIDTH = 1.0  # what is on the network on both days: thin, and faded
NODE_TYPES = {
    EntityType.ACTOR: "actors",
    EntityType.CLUSTER: "clusters",
    EntityType.PROJECT: "projects",
}


def _ids(values: frozenset[int]) -> NDArray[np.int64]:
    return np.fromiter(values, dtype=np.int64, count=len(values))


class NodeIndex:
    """The type and id of each node of a picture, as arrays, for picking nodes by ids."""

    def __init__(self, data: GraphData) -> None:
        self.data = data
        self.ids = np.fromiter((r.id for r in data.refs), dtype=np.int64, count=len(data.refs))
        self.types = [r.type for r in data.refs]
        self.of_type = {
            t: np.array([r.type is t for r in data.refs], dtype=np.bool_) for t in NODE_TYPES
        }

    def having(self, ids: dict[EntityType, frozenset[int]]) -> NDArray[np.bool_]:
        """Which nodes are among ``ids`` (by type)."""
        found = np.zeros(len(self.ids), dtype=np.bool_)
        for entity_type, wanted in ids.items():
            mask = self.of_type.get(entity_type)
            if mask is not None and wanted:
                found |= mask & np.isin(self.ids, _ids(wanted))
        return found


def network_ids(network: Network) -> dict[EntityType, frozenset[int]]:
    """The ids of the nodes ``network`` has, by type (for :meth:`NodeIndex.having`)."""
    return {
        EntityType.ACTOR: network.actors,
        EntityType.CLUSTER: network.clusters,
        EntityType.PROJECT: network.projects,
    }


class EdgeIds:
    """Ties and memberships by id, as arrays made once for every edge group."""

    def __init__(self, ties: frozenset[int], members: frozenset[int]) -> None:
        self.ties, self.members = _ids(ties), _ids(members)

    def of(self, group: EdgeGroup) -> NDArray[np.bool_]:
        """Which edges of ``group`` draw one of the ties or memberships (project lines:
        all)."""
        if group.kind == "tie":
            return np.isin(group.ids, self.ties)
        if group.kind == "role":
            return np.isin(group.ids, self.members)
        return np.ones(len(group.sources), dtype=np.bool_)


def _take(group: EdgeGroup, mask: NDArray[np.bool_], new_index: NDArray[np.int64]) -> EdgeGroup:
    return replace(
        group,
        sources=new_index[group.sources[mask]],
        targets=new_index[group.targets[mask]],
        slots=group.slots[mask],
        directed=group.directed[mask],
        ids=group.ids[mask],
    )


def _joined(groups: list[EdgeGroup], kind: str, look: ChangeStyle) -> EdgeGroup | None:
    """One group of ``groups``'s edges drawn in ``look``."""
    groups = [g for g in groups if len(g.sources)]
    if not groups:
        return None
    return EdgeGroup(
        colour=look.colour,
        dash=look.dash,
        width=look.width,
        sources=np.concatenate([g.sources for g in groups]),
        targets=np.concatenate([g.targets for g in groups]),
        slots=np.concatenate([g.slots for g in groups]),
        directed=np.concatenate([g.directed for g in groups]),
        kind=kind,
        ids=np.concatenate([g.ids for g in groups]),
    )


def _cut(
    base: GraphData,
    keep: NDArray[np.bool_],
    edges: list[EdgeGroup],
    dimmed: NDArray[np.bool_],
    visible: VisibleNetwork,
    legend_lines: list[LegendEntry],
    legend_nodes: list[LegendEntry],
) -> GraphData:
    """``base`` with only the nodes in ``keep``, drawing ``edges`` (already renumbered)."""
    nodes = np.flatnonzero(keep)
    new_index = np.cumsum(keep, dtype=np.int64) - 1
    listed = nodes.tolist()
    segments = {int(new_index[n]): colours for n, colours in base.segments.items() if keep[n]}
    return GraphData(
        refs=[base.refs[n] for n in listed],
        positions=base.positions[nodes],
        pinned=base.pinned[nodes],
        labels=[base.labels[n] for n in listed],
        colours=[base.colours[n] for n in listed],
        shapes=[base.shapes[n] for n in listed],
        sizes=base.sizes[nodes],
        dimmed=dimmed[nodes],
        edges=edges,
        adjacency=Adjacency(len(listed), edges),
        legend_nodes=legend_nodes,
        legend_lines=legend_lines,
        visible=visible,
        total_actors=base.total_actors,
        total_relationships=base.total_relationships,
        has_directed=base.has_directed,
        size_note=base.size_note,
        segments=segments,
    )


def _visible(
    base: GraphData, index: NodeIndex, keep: NDArray[np.bool_], edges: list[EdgeGroup]
) -> tuple[VisibleNetwork, frozenset[int]]:
    actors = frozenset(index.ids[keep & index.of_type[EntityType.ACTOR]].tolist())
    ties = frozenset(i for g in edges if g.kind == "tie" for i in g.ids.tolist())
    visible = VisibleNetwork(
        actors=actors,
        relationships=ties,
        memberships=base.visible.memberships,
        hidden_actors=base.total_actors - len(actors),
        hidden_relationships=base.total_relationships - len(ties),
        project_partners=base.visible.project_partners & actors,
    )
    return visible, ties


def on_day(
    base: GraphData,
    index: NodeIndex,
    network: Network,
    *,
    sizes_by_ties: bool,
    faint: NDArray[np.bool_] | None = None,
) -> tuple[GraphData, NDArray[np.bool_]]:
    """The part of ``base`` on ``network`` (the network of one day), and which nodes of
    ``base`` it keeps. With ``sizes_by_ties`` an actor is as big as its ties that day make
    it. The nodes ``faint`` (of ``base``: just appeared, while the growth plays) are drawn
    faint, and so are their lines.
    """
    keep = index.having(network_ids(network))
    # An actor on the network through a filter's clusters only: its membership that day.
    members = network.memberships & base.visible.memberships
    new_index = np.cumsum(keep, dtype=np.int64) - 1
    fresh = keep & faint if faint is not None else None
    if fresh is not None and not fresh.any():
        fresh = None
    edges: list[EdgeGroup] = []
    on_network = EdgeIds(network.relationships, members)
    for group in base.edges:
        mask = on_network.of(group)
        mask &= keep[group.sources] & keep[group.targets]
        if not mask.any():
            continue
        if fresh is not None:
            faint = mask & (fresh[group.sources] | fresh[group.targets])
            if faint.any():
                edges.append(replace(_take(group, faint, new_index), dimmed=True))
                mask &= ~faint
        edges.append(_take(group, mask, new_index))
    visible, _ties = _visible(base, index, keep, edges)
    visible = replace(visible, memberships=members)
    dimmed = base.dimmed if fresh is None else base.dimmed | fresh
    data = _cut(base, keep, edges, dimmed, visible, base.legend_lines, base.legend_nodes)
    if sizes_by_ties:
        data.sizes = _sizes_by_ties(data, index.of_type[EntityType.ACTOR][keep])
    return data, keep


def _sizes_by_ties(data: GraphData, actors: NDArray[np.bool_]) -> NDArray[np.float64]:
    """Node sizes as :func:`aspdesk.graph.styling.style.node_size` makes them of the
    ties drawn (the ties of the day)."""
    ends = [np.concatenate([g.sources, g.targets]) for g in data.edges if g.kind == "tie"]
    counts = np.bincount(np.concatenate(ends), minlength=len(data.refs)) if ends else None
    degree = counts if counts is not None else np.zeros(len(data.refs))
    sizes = data.sizes.copy()
    sizes[actors] = np.minimum(36.0, 11.0 + 3.2 * np.sqrt(degree[actors]))
    return sizes


def then_and_now(
    base: GraphData, index: NodeIndex, comparison: Comparison, language: str
) -> GraphData:
    """The part of ``base`` on the network on either day of ``comparison``: ties and
    memberships (as lines, with clusters as hubs) new between the days in :data:`NEW`,
    ended in :data:`ENDED`, kept ones faded; actors new to the network or newly members
    of a cluster in full colour, the others faded."""
    then, now = comparison.then, comparison.now
    keep = index.having(network_ids(then)) | index.having(network_ids(now))
    new_index = np.cumsum(keep, dtype=np.int64) - 1
    new_ties, ended_ties = (f(EntityType.RELATIONSHIP) for f in (comparison.new, comparison.ended))
    new_members = comparison.new(EntityType.MEMBERSHIP)
    ended_members = comparison.ended(EntityType.MEMBERSHIP)
    shown = base.visible.memberships
    new_parts: dict[str, list[EdgeGroup]] = {"tie": [], "role": []}
    ended_parts: dict[str, list[EdgeGroup]] = {"tie": [], "role": []}
    edges: list[EdgeGroup] = []
    new_ids = EdgeIds(new_ties, new_members & shown)
    ended_ids = EdgeIds(ended_ties, ended_members & shown)
    kept_ids = EdgeIds(
        comparison.kept(EntityType.RELATIONSHIP), comparison.kept(EntityType.MEMBERSHIP) & shown
    )
    for group in base.edges:
        ends = keep[group.sources] & keep[group.targets]
        if group.kind not in new_parts:
            if ends.any():
                edges.append(replace(_take(group, ends, new_index), dimmed=True, change="kept"))
            continue
        new, ended, kept = (ids.of(group) & ends for ids in (new_ids, ended_ids, kept_ids))
        if kept.any():  # faint and thin, under what changed
            faded = replace(_take(group, kept, new_index), dimmed=True, width=KEPT_WIDTH)
            edges.append(replace(faded, change="kept"))
        new_parts[group.kind].append(_take(group, new, new_index))
        ended_parts[group.kind].append(_take(group, ended, new_index))
    # Ended under new, new on top of everything.
    for parts, change, look in ((ended_parts, "ended", ENDED), (new_parts, "new", NEW)):
        for kind, groups in parts.items():
            joined = _joined(groups, kind, look)
            if joined is not None:
                edges.append(replace(joined, change=change))
    joining = {
        m.actor_id
        for i in new_members
        if isinstance(m := comparison.entity(EntityType.MEMBERSHIP, i), Membership)
    }
    fresh = comparison.new(EntityType.ACTOR) | frozenset(joining)
    dimmed = index.of_type[EntityType.ACTOR] & ~index.having({EntityType.ACTOR: fresh})
    visible, _ties = _visible(base, index, keep, edges)
    lines, nodes = comparison_legend(
        then.day, now.day, base.legend_lines, base.legend_nodes, language
    )
    return _cut(base, keep, edges, dimmed | base.dimmed, visible, lines, nodes)


def comparison_legend(
    then: date, now: date, lines: list[LegendEntry], nodes: list[LegendEntry], language: str = ""
) -> tuple[list[LegendEntry], list[LegendEntry]]:
    """The legend's entries with a "Then and now" section saying which style is which,
    with the two dates."""
    translate = QCoreApplication.translate
    dates = {"then": format_date(then, language), "now": format_date(now, language)}
    changes = [
        LegendEntry(
            translate("ThenAndNow", "New: not on {then}, on {now}").format(**dates),
            NEW.colour,
            dash=NEW.dash,
            width=NEW.width,
            section="changes",
        ),
        LegendEntry(
            translate("ThenAndNow", "Ended: on {then}, not on {now}").format(**dates),
            ENDED.colour,
            dash=ENDED.dash,
            width=ENDED.width,
            section="changes",
        ),
        LegendEntry(
            translate("ThenAndNow", "Faded: on both dates"),
            "#9A9A9A",
            dash="solid",
            width=KEPT_WIDTH,
            section="changes",
        ),
    ]
    actor = LegendEntry(
        translate("ThenAndNow", "Full colour: an actor new or newly a member since {then}").format(
            **dates
        ),
        "#FFFFFF",
        "o",
        section="changes",
    )
    return [*changes, *lines], [actor, *nodes]
