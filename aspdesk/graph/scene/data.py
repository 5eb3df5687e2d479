"""What the graph shows, as arrays: nodes, their looks, edges grouped by style, the legend.

Built from the document's index and the view options (filters, focus, colour by, clusters
and projects as hubs). The canvas draws these arrays; nothing here paints. Rebuilt when the
map or the options change; a drag only changes :attr:`GraphData.positions`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication

from aspdesk.analysis.metrics import NetworkMetrics
from aspdesk.analysis.network_view import (
    GraphFilter,
    VisibleNetwork,
    degrees,
    neighbourhood,
    parallel_slots,
    visible_network,
)
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    EntityType,
    Membership,
    Project,
    Relationship,
)
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.scene.project_hubs import (
    CLUSTER_LINE,
    ProjectHubs,
    hub_legend,
    partner_seeds,
    partners_of,
    project_hubs,
)
from aspdesk.graph.styling import style
from aspdesk.graph.styling.metric_style import MIN_SIZE, metric_look


@dataclass(frozen=True)
class ViewOptions:
    """The user's choices for the picture."""

    colour_by: str = "kind"  # "kind", "cluster" or a metric (METRIC_NAMES)
    size_by: str = "ties"  # "ties" or a metric
    metrics: NetworkMetrics | None = None  # the figures a metric colour or size shows
    clusters_as_hubs: bool = False
    show_projects: bool = False  # projects as hubs joined to their partners
    graph_filter: GraphFilter = field(default_factory=GraphFilter)
    focus_depth: int = 0  # 0: no focus; 1-3 steps out from the selection
    focus_direction: str = "both"
    focus_hides: bool = False  # hide the rest instead of dimming it


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


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: a sample (shape or line) and its label, in a section
    (``legend.SECTIONS``)."""

    label: str
    colour: str
    shape: str = ""  # a node shape, or "" for a line sample
    dash: str = ""
    width: float = 2.0
    section: str = "kinds"
    segments: tuple[str, ...] = ()  # a node sample split into these colours


@dataclass
class GraphData:
    """Everything the canvas draws, by node index."""

    refs: list[Ref]
    positions: NDArray[np.float64]  # (n, 2); NaN rows are not placed yet
    pinned: NDArray[np.bool_]
    labels: list[str]
    colours: list[str]
    shapes: list[str]
    sizes: NDArray[np.float64]
    dimmed: NDArray[np.bool_]
    edges: list[EdgeGroup]
    adjacency: list[set[int]]
    legend_nodes: list[LegendEntry]
    legend_lines: list[LegendEntry]
    visible: VisibleNetwork
    total_actors: int
    total_relationships: int
    has_directed: bool = False
    size_note: str = ""  # what the size shows when not the number of ties
    # Colouring by cluster: the colours of each node in several clusters, one segment
    # each, its main cluster first (the node's own colour is that one's).
    segments: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def index_of(self, ref: Ref) -> int:
        """The node index of ``ref``, or -1 when it is not drawn."""
        return self._index.get(ref, -1)

    def __post_init__(self) -> None:
        self._index = {ref: n for n, ref in enumerate(self.refs)}


@dataclass
class _Group:
    colour: str
    dash: str
    width: float
    alpha: int = 255
    rows: list[tuple[int, int, float, bool]] = field(default_factory=list)


def _clusters_of(memberships: list[Membership]) -> dict[int, list[int]]:
    """Each actor's clusters, the one it has most roles in first (then by id)."""
    counts: Counter[tuple[int, int]] = Counter((m.actor_id, m.cluster_id) for m in memberships)
    found: dict[int, list[tuple[int, int]]] = {}
    for (actor_id, cluster_id), count in counts.items():
        found.setdefault(actor_id, []).append((-count, cluster_id))
    return {actor_id: [c for _, c in sorted(pairs)] for actor_id, pairs in found.items()}


def _strength_width(strength: int) -> float:
    return 1.0 + 0.6 * (max(1, min(5, strength)) - 1)


def build_graph_data(
    document: Document,
    options: ViewOptions,
    selected_actors: Sequence[int] = (),
    selected_projects: Sequence[int] = (),
) -> GraphData:
    """The picture of the map for ``options``; focus starts from ``selected_actors`` and
    from the partners of ``selected_projects``."""
    index = document.index
    actors = [e for e in index.all(EntityType.ACTOR) if isinstance(e, Actor)]
    clusters = [e for e in index.all(EntityType.CLUSTER) if isinstance(e, Cluster)]
    memberships = [e for e in index.all(EntityType.MEMBERSHIP) if isinstance(e, Membership)]
    relationships = [e for e in index.all(EntityType.RELATIONSHIP) if isinstance(e, Relationship)]
    graph_filter = options.graph_filter
    if (
        graph_filter.project is not None
        and index.get(EntityType.PROJECT, graph_filter.project) is None
    ):
        graph_filter = replace(graph_filter, project=None)  # the project has been deleted
    use_projects = options.show_projects or graph_filter.project is not None
    partners = partners_of(document) if use_projects or selected_projects else []
    visible = visible_network(actors, memberships, relationships, graph_filter, partners)

    shown_ties = [r for r in relationships if r.id in visible.relationships]
    shown_members = [m for m in memberships if m.id in visible.memberships]
    shown_actors = [a for a in actors if a.id in visible.actors]
    focus: frozenset[int] | None = None
    seeds = [s for s in selected_actors if s in visible.actors]
    seeds += sorted(partner_seeds(partners, set(selected_projects)) & visible.actors)
    if options.focus_depth > 0 and seeds:
        focus = neighbourhood(
            seeds, shown_ties, min(3, options.focus_depth), options.focus_direction
        )
        if options.focus_hides:
            shown_actors = [a for a in shown_actors if a.id in focus]
            keep = {a.id for a in shown_actors}
            shown_ties = [r for r in shown_ties if r.source_id in keep and r.target_id in keep]
            shown_members = [m for m in shown_members if m.actor_id in keep]

    kind_codes = [t.code for t in document.terms(Vocabulary.ACTOR_KIND)]
    type_codes = [t.code for t in document.terms(Vocabulary.RELATION_TYPE)]
    role_codes = [t.code for t in document.terms(Vocabulary.CLUSTER_ROLE)]
    degree = degrees((a.id for a in shown_actors if a.id is not None), shown_ties)
    clusters_of = _clusters_of(shown_members)
    cluster_colours = {c.id: style.cluster_colour(c.colour, n) for n, c in enumerate(clusters)}
    shown_ids = [a.id for a in shown_actors if a.id is not None]
    look = metric_look(
        options.metrics, options.colour_by, options.size_by, shown_ids, document.language
    )

    refs: list[Ref] = []
    positions: list[tuple[float, float]] = []
    pinned: list[bool] = []
    labels: list[str] = []
    colours: list[str] = []
    shapes: list[str] = []
    sizes: list[float] = []
    dimmed: list[bool] = []
    segments: dict[int, tuple[str, ...]] = {}

    def add_node(
        ref: Ref, node: Actor | Cluster | Project, colour: str, shape: str, size: float, dim: bool
    ) -> None:
        refs.append(ref)
        positions.append(
            (np.nan if node.x is None else node.x, np.nan if node.y is None else node.y)
        )
        pinned.append(node.pinned)
        labels.append(node.display_name)
        colours.append(colour)
        shapes.append(shape)
        sizes.append(size)
        dimmed.append(dim)

    for actor in shown_actors:
        assert actor.id is not None
        node = style.kind_style(actor.kind, kind_codes)
        colour = node.colour
        if options.colour_by == "cluster":
            own = clusters_of.get(actor.id, [])
            colour = cluster_colours.get(own[0], "#BBBBBB") if own else "#BBBBBB"
            if len(own) > 1:
                segments[len(refs)] = tuple(cluster_colours[c] for c in own)
        colour = look.colours.get(actor.id, colour)
        by_ties = options.size_by == "ties"
        size = style.node_size(degree.get(actor.id, 0)) if by_ties else look.sizes.get(actor.id)
        dim = focus is not None and actor.id not in focus
        add_node(Ref(EntityType.ACTOR, actor.id), actor, colour, node.shape, size or MIN_SIZE, dim)

    hub_clusters: list[Cluster] = []
    if options.clusters_as_hubs:
        used = {m.cluster_id for m in shown_members}
        hub_clusters = [c for c in clusters if c.id in used or graph_filter.clusters is None]
        for cluster in hub_clusters:
            assert cluster.id is not None
            ref = Ref(EntityType.CLUSTER, cluster.id)
            add_node(ref, cluster, cluster_colours[cluster.id], style.HUB_SHAPE, 40.0, False)
    hubs = ProjectHubs()
    if use_projects:
        everything = graph_filter.is_empty() and not (focus is not None and options.focus_hides)
        hubs = project_hubs(
            document,
            partners,
            {a.id for a in shown_actors if a.id is not None},
            {c.id for c in hub_clusters if c.id is not None},
            only=graph_filter.project,
            everything=everything,
        )
        for project in hubs.projects:
            assert project.id is not None
            ref = Ref(EntityType.PROJECT, project.id)
            add_node(
                ref, project, style.PROJECT_COLOUR, style.PROJECT_SHAPE, style.PROJECT_SIZE, False
            )

    node_of = {ref: n for n, ref in enumerate(refs)}
    adjacency: list[set[int]] = [set() for _ in refs]
    groups: dict[tuple[str, str, float], _Group] = {}
    line_styles: dict[str, style.LineStyle] = {}

    def add_edge(
        key: tuple[str, str, float],
        colour: str,
        dash: str,
        a: int,
        b: int,
        slot: float,
        directed: bool,
    ) -> None:
        # With clusters as hubs the roles are the picture; ties stay, but step back.
        alpha = 110 if options.clusters_as_hubs and key[0] == "tie" else 255
        group = groups.setdefault(key, _Group(colour, dash, key[2], alpha))
        group.rows.append((a, b, slot, directed))
        adjacency[a].add(b)
        adjacency[b].add(a)

    slots = parallel_slots(shown_ties)
    for tie, (slot, count) in zip(shown_ties, slots, strict=True):
        a = node_of.get(Ref(EntityType.ACTOR, tie.source_id))
        b = node_of.get(Ref(EntityType.ACTOR, tie.target_id))
        if a is None or b is None:
            continue
        line = line_styles.setdefault(tie.type, style.relation_style(tie.type, type_codes))
        # Slots are relative to the pair read from the smaller actor id to the larger.
        step = slot / 2 if count % 2 == 0 else float(slot)
        if tie.source_id > tie.target_id:
            step = -step
        add_edge(
            ("tie", tie.type, _strength_width(tie.strength)),
            line.colour,
            line.dash,
            a,
            b,
            step,
            tie.directed,
        )
    if options.clusters_as_hubs:
        per_pair: Counter[tuple[int, int]] = Counter()
        totals = Counter((m.actor_id, m.cluster_id) for m in shown_members)
        for member in shown_members:
            a = node_of.get(Ref(EntityType.ACTOR, member.actor_id))
            b = node_of.get(Ref(EntityType.CLUSTER, member.cluster_id))
            if a is None or b is None:
                continue
            pair = (member.actor_id, member.cluster_id)
            nth = per_pair[pair]
            per_pair[pair] += 1
            step = nth - (totals[pair] - 1) / 2
            width = 2.6 if member.role == "coordinator" else 1.6
            add_edge(
                ("role", member.role, width),
                style.role_colour(member.role, role_codes),
                "solid",
                a,
                b,
                step,
                False,
            )

    for hub_line in hubs.lines:
        a = node_of.get(Ref(EntityType.PROJECT, hub_line.project_id))
        if hub_line.actor_id:
            b = node_of.get(Ref(EntityType.ACTOR, hub_line.actor_id))
            dash, width = style.partner_role_style(hub_line.role)
        else:
            b = node_of.get(Ref(EntityType.CLUSTER, hub_line.cluster_id))
            dash, width = CLUSTER_LINE
        if a is not None and b is not None:
            key = ("project", f"{hub_line.role}:{dash}", width)
            add_edge(key, style.PROJECT_COLOUR, dash, b, a, hub_line.slot, False)

    dim_nodes = np.array(dimmed, dtype=np.bool_)
    edges: list[EdgeGroup] = []
    # Thousands of opaque lines hide the nodes; thin them out as their number grows.
    total_edges = sum(len(g.rows) for g in groups.values())
    crowd = min(1.0, max(0.35, (400 / max(total_edges, 1)) ** 0.5))
    for group in groups.values():
        group.alpha = int(group.alpha * crowd)
        sources = np.array([r[0] for r in group.rows], dtype=np.int64)
        targets = np.array([r[1] for r in group.rows], dtype=np.int64)
        edge = EdgeGroup(
            colour=group.colour,
            dash=group.dash,
            width=group.width,
            sources=sources,
            targets=targets,
            slots=np.array([r[2] for r in group.rows], dtype=np.float64),
            directed=np.array([r[3] for r in group.rows], dtype=np.bool_),
            alpha=group.alpha,
        )
        if focus is not None and not options.focus_hides:
            # Edges leaving the focus are drawn in a separate, faint group.
            inside = ~(dim_nodes[sources] | dim_nodes[targets])
            if not inside.all():
                edges.append(_subset(edge, ~inside, dimmed=True))
            edge = _subset(edge, inside, dimmed=False)
        edges.append(edge)

    legend_nodes, legend_lines = _legend(
        document,
        options,
        shown_actors,
        shown_ties,
        shown_members,
        hub_clusters,
        clusters_of,
        cluster_colours,
        kind_codes,
        type_codes,
        role_codes,
    )
    hub_nodes, hub_lines = hub_legend(document, hubs)
    legend_nodes += [
        LegendEntry(label, colour, shape, section="projects") for label, colour, shape in hub_nodes
    ]
    legend_lines += [
        LegendEntry(t, colour, dash=d, width=w, section="projects") for t, colour, d, w in hub_lines
    ]
    legend_nodes += [
        LegendEntry(label, colour, "s", section="colours") for label, colour in look.legend
    ]
    return GraphData(
        refs=refs,
        positions=np.array(positions, dtype=np.float64).reshape(-1, 2),
        pinned=np.array(pinned, dtype=np.bool_),
        labels=labels,
        colours=colours,
        shapes=shapes,
        sizes=np.array(sizes, dtype=np.float64),
        dimmed=dim_nodes,
        edges=edges,
        adjacency=adjacency,
        legend_nodes=legend_nodes,
        legend_lines=legend_lines,
        visible=visible,
        total_actors=len(actors),
        total_relationships=len(relationships),
        has_directed=any(t.directed for t in shown_ties),
        size_note=look.size_note,
        segments=segments,
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
    )


def _legend(
    document: Document,
    options: ViewOptions,
    actors: list[Actor],
    ties: list[Relationship],
    members: list[Membership],
    hubs: list[Cluster],
    clusters_of: dict[int, list[int]],
    cluster_colours: dict[int | None, str],
    kind_codes: list[str],
    type_codes: list[str],
    role_codes: list[str],
) -> tuple[list[LegendEntry], list[LegendEntry]]:
    """Legend entries for exactly the kinds, clusters, types and roles on show."""
    language = document.language
    kinds_shown = {a.kind for a in actors}
    by_cluster = options.colour_by == "cluster"
    nodes: list[LegendEntry] = []
    for term in document.terms(Vocabulary.ACTOR_KIND):
        if term.code in kinds_shown:
            node = style.kind_style(term.code, kind_codes)
            colour = node.colour if options.colour_by == "kind" else "#FFFFFF"
            nodes.append(LegendEntry(term.label(language), colour, node.shape))
    if by_cluster:
        own = [clusters_of[a.id] for a in actors if a.id in clusters_of]
        shown_clusters = {c for found in own for c in found}
        colours: list[str] = []
        for cluster in document.index.all(EntityType.CLUSTER):
            if cluster.id in shown_clusters and isinstance(cluster, Cluster):
                colour = cluster_colours[cluster.id]
                colours.append(colour)
                nodes.append(LegendEntry(cluster.display_name, colour, "s", section="clusters"))
        if any(len(found) > 1 for found in own):
            label = QCoreApplication.translate(
                "GraphLegend", "In several clusters: a segment for each"
            )
            sample = tuple(colours[:3])
            nodes.append(LegendEntry(label, sample[0], "o", section="clusters", segments=sample))
    if hubs:
        label = QCoreApplication.translate("GraphLegend", "Cluster")
        nodes.append(LegendEntry(label, style.HUB_COLOUR, style.HUB_SHAPE, section="clusters"))
    lines: list[LegendEntry] = []
    types_shown = {t.type for t in ties}
    for term in document.terms(Vocabulary.RELATION_TYPE):
        if term.code in types_shown:
            line = style.relation_style(term.code, type_codes)
            lines.append(
                LegendEntry(term.label(language), line.colour, dash=line.dash, section="ties")
            )
    if hubs:
        roles_shown = {m.role for m in members}
        for term in document.terms(Vocabulary.CLUSTER_ROLE):
            if term.code in roles_shown:
                colour = style.role_colour(term.code, role_codes)
                lines.append(
                    LegendEntry(
                        term.label(language),
                        colour,
                        dash="solid",
                        width=2.6,
                        section="memberships",
                    )
                )
    return nodes, lines
