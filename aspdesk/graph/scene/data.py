"""What the graph shows, as arrays: nodes, their looks, edges (grouped by style in
:mod:`aspdesk.graph.scene.edges`), the legend.

Built from the document's index and the view options (filters, focus, colour by, clusters
and projects as hubs). The canvas draws these arrays; nothing here paints. Rebuilt when the
map or the options change; a drag only changes :attr:`GraphData.positions`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import repeat

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication

from aspdesk.analysis.metrics import NetworkMetrics
from aspdesk.analysis.network_view import (
    GraphFilter,
    VisibleNetwork,
    neighbourhood,
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
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.records import record
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.scene.edges import Adjacency, EdgeCollector, EdgeGroup, TieColumns
from aspdesk.graph.scene.project_hubs import (
    ProjectHubs,
    hub_legend,
    partner_seeds,
    partners_of,
    project_hubs,
)
from aspdesk.graph.styling import style
from aspdesk.graph.styling.metric_style import MIN_SIZE, MetricLook, metric_look


@record
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


@record
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
    # The language of the label's words, whose syllables break a word too long for the
    # legend's width ("Forsknings- eller utbildnings-organisation"); "" elides it instead.
    language: str = ""


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
    adjacency: Sequence[set[int]]  # the nodes each node is joined to
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

    def __post_init__(self) -> None:
        self._index: dict[Ref, int] | None = None

    def index_of(self, ref: Ref) -> int:
        """The node index of ``ref``, or -1 when it is not drawn."""
        if self._index is None:  # made when first asked: a picture for a file needs none
            self._index = {ref: n for n, ref in enumerate(self.refs)}
        return self._index.get(ref, -1)

    @classmethod
    def nothing(cls) -> GraphData:
        """A picture of no nodes, before the first is built."""
        return cls(
            refs=[],
            positions=np.zeros((0, 2)),
            pinned=np.zeros(0, dtype=np.bool_),
            labels=[],
            colours=[],
            shapes=[],
            sizes=np.zeros(0),
            dimmed=np.zeros(0, dtype=np.bool_),
            edges=[],
            adjacency=[],
            legend_nodes=[],
            legend_lines=[],
            visible=VisibleNetwork(frozenset(), frozenset(), frozenset(), 0, 0),
            total_actors=0,
            total_relationships=0,
        )


@record
class _Shown:
    """What the filters and a focus leave on show, and the whole map it was chosen from."""

    all_actors: list[Actor]
    all_relationships: list[Relationship]
    clusters: list[Cluster]
    graph_filter: GraphFilter  # the options' filter, less a project since deleted
    use_projects: bool  # projects are drawn as hubs (shown, or the filter's project)
    partners: list[ProjectPartner]  # every project's partners, when anything needs them
    visible: VisibleNetwork
    actors: list[Actor]
    ties: list[Relationship]
    members: list[Membership]
    focus: frozenset[int] | None = None  # the actors in focus; None without a focus


@record
class _Looks:
    """What the looks of the nodes and lines on show are read from."""

    # Each vocabulary's codes in display order: codes without a style of their own take
    # the fallback styles in that order.
    kind_codes: list[str]
    type_codes: list[str]
    role_codes: list[str]
    degree: NDArray[np.int64]  # each actor's number of ties on show, as _Shown.actors
    clusters_of: dict[int, list[int]]  # see _clusters_of; only when colouring by cluster
    cluster_colours: dict[int | None, str]  # every cluster's, on show or not
    metric: MetricLook


class _Nodes:
    """The nodes in drawing order, gathered attribute by attribute as GraphData has them."""

    def __init__(self, language: str) -> None:
        self.language = language  # of the actors' and clusters' names on show
        self.refs: list[Ref] = []
        self.xs: list[float] = []  # NaN: not placed yet
        self.ys: list[float] = []
        self.pinned: list[bool] = []
        self.labels: list[str] = []
        self.colours: list[str] = []
        self.shapes: list[str] = []
        self.sizes: list[float] = []
        self.dimmed: list[bool] = []
        self.segments: dict[int, tuple[str, ...]] = {}

    def add(
        self,
        ref: Ref,
        node: Actor | Cluster | Project,
        colour: str,
        shape: str,
        size: float,
        dim: bool,
    ) -> None:
        """Append ``node`` (not placed yet when it has no position: NaN)."""
        if isinstance(node, Project):
            label = node.display_name
        else:
            label = node.display_name_in(self.language)
        self.extend([ref], [node], [label], [colour], [shape], [size], [dim])

    def extend(
        self,
        refs: list[Ref],
        nodes: Sequence[Actor | Cluster | Project],
        labels: list[str],
        colours: list[str],
        shapes: list[str],
        sizes: list[float],
        dimmed: list[bool],
    ) -> None:
        """Append ``nodes``, an item of each list for each."""
        self.refs += refs
        self.xs += [np.nan if node.x is None else node.x for node in nodes]
        self.ys += [np.nan if node.y is None else node.y for node in nodes]
        self.pinned += [node.pinned for node in nodes]
        self.labels += labels
        self.colours += colours
        self.shapes += shapes
        self.sizes += sizes
        self.dimmed += dimmed

    def positions(self) -> NDArray[np.float64]:
        """Where each node is, (n, 2)."""
        return np.column_stack(
            (np.array(self.xs, dtype=np.float64), np.array(self.ys, dtype=np.float64))
        ).reshape(-1, 2)


def _clusters_of(memberships: list[Membership]) -> dict[int, list[int]]:
    """Each actor's clusters, the one it has most roles in first (then by id)."""
    counts: Counter[tuple[int, int]] = Counter((m.actor_id, m.cluster_id) for m in memberships)
    found: dict[int, list[tuple[int, int]]] = {}
    for (actor_id, cluster_id), count in counts.items():
        found.setdefault(actor_id, []).append((-count, cluster_id))
    return {actor_id: [c for _, c in sorted(pairs)] for actor_id, pairs in found.items()}


def build_graph_data(
    document: Document,
    options: ViewOptions,
    selected_actors: Sequence[int] = (),
    selected_projects: Sequence[int] = (),
) -> GraphData:
    """The picture of the map for ``options``; focus starts from ``selected_actors`` and
    from the partners of ``selected_projects``."""
    shown = _shown_network(document, options, selected_actors, selected_projects)
    ties = TieColumns.of(shown.ties)
    looks = _looks(document, options, shown, ties)
    nodes = _Nodes(document.language)
    _add_actors(nodes, shown, looks, options)
    hub_clusters = _add_cluster_hubs(nodes, shown, looks, options)
    hubs = _add_project_hubs(nodes, document, shown, hub_clusters, options)

    edges = EdgeCollector(nodes.refs, ties_step_back=options.clusters_as_hubs)
    edges.add_ties(ties, looks.type_codes)
    if options.clusters_as_hubs:
        edges.add_roles(shown.members, looks.role_codes)
    edges.add_hub_lines(hubs.lines)
    dimmed = np.array(nodes.dimmed, dtype=np.bool_)
    dims_edges = shown.focus is not None and not options.focus_hides
    legend_nodes, legend_lines = _legend(document, options, shown, looks, hub_clusters, hubs)
    groups = edges.edge_groups(dimmed if dims_edges else None)
    return GraphData(
        refs=nodes.refs,
        positions=nodes.positions(),
        pinned=np.array(nodes.pinned, dtype=np.bool_),
        labels=nodes.labels,
        colours=nodes.colours,
        shapes=nodes.shapes,
        sizes=np.array(nodes.sizes, dtype=np.float64),
        dimmed=dimmed,
        edges=groups,
        adjacency=Adjacency(len(nodes.refs), groups),
        legend_nodes=legend_nodes,
        legend_lines=legend_lines,
        visible=shown.visible,
        total_actors=len(shown.all_actors),
        total_relationships=len(shown.all_relationships),
        has_directed=bool(ties.directed.any()),
        size_note=looks.metric.size_note,
        segments=nodes.segments,
    )


def _shown_network(
    document: Document,
    options: ViewOptions,
    selected_actors: Sequence[int],
    selected_projects: Sequence[int],
) -> _Shown:
    """What the filter lets through, then what a focus keeps: the focus starts from the
    selected actors on show and the partners on show of the selected projects."""
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
    shown = _Shown(
        all_actors=actors,
        all_relationships=relationships,
        clusters=clusters,
        graph_filter=graph_filter,
        use_projects=use_projects,
        partners=partners,
        visible=visible,
        actors=[a for a in actors if a.id in visible.actors],
        ties=[r for r in relationships if r.id in visible.relationships],
        members=[m for m in memberships if m.id in visible.memberships],
    )
    seeds = [s for s in selected_actors if s in visible.actors]
    seeds += sorted(partner_seeds(partners, set(selected_projects)) & visible.actors)
    if options.focus_depth > 0 and seeds:
        return _focused(shown, seeds, options)
    return shown


def _focused(shown: _Shown, seeds: list[int], options: ViewOptions) -> _Shown:
    """``shown`` with a focus up to three steps out from ``seeds`` along the ties on show.
    When the focus hides the rest, only the actors in focus stay, with the ties among them
    and their memberships; otherwise the rest stays, to be dimmed."""
    focus = neighbourhood(seeds, shown.ties, min(3, options.focus_depth), options.focus_direction)
    if not options.focus_hides:
        return replace(shown, focus=focus)
    actors = [a for a in shown.actors if a.id in focus]
    keep = {a.id for a in actors}
    return replace(
        shown,
        focus=focus,
        actors=actors,
        ties=[r for r in shown.ties if r.source_id in keep and r.target_id in keep],
        members=[m for m in shown.members if m.actor_id in keep],
    )


def _looks(document: Document, options: ViewOptions, shown: _Shown, ties: TieColumns) -> _Looks:
    """What the looks of the actors on show follow. Clusters take their colours by their
    place in the whole map, so that a filter does not recolour them."""
    shown_ids = [a.id for a in shown.actors if a.id is not None]
    by_cluster = options.colour_by == "cluster"
    return _Looks(
        kind_codes=[t.code for t in document.terms(Vocabulary.ACTOR_KIND)],
        type_codes=[t.code for t in document.terms(Vocabulary.RELATION_TYPE)],
        role_codes=[t.code for t in document.terms(Vocabulary.CLUSTER_ROLE)],
        degree=ties.degrees(np.array(shown_ids, dtype=np.int64)),
        clusters_of=_clusters_of(shown.members) if by_cluster else {},
        cluster_colours={
            c.id: style.cluster_colour(c.colour, n) for n, c in enumerate(shown.clusters)
        },
        metric=metric_look(
            options.metrics, options.colour_by, options.size_by, shown_ids, document.language
        ),
    )


def _add_actors(nodes: _Nodes, shown: _Shown, looks: _Looks, options: ViewOptions) -> None:
    """A node for each actor on show. Its shape follows its kind; its colour its kind, its
    main cluster (a segment for each cluster when in several, grey in none) or a metric;
    its size its number of ties or a metric (the least size without a figure). Actors
    out of focus are dimmed."""
    actors = shown.actors
    ids = [actor.id or 0 for actor in actors]
    kinds = {code: style.kind_style(code, looks.kind_codes) for code in {a.kind for a in actors}}
    looked = [kinds[actor.kind] for actor in actors]
    colours = [node.colour for node in looked]
    if options.colour_by == "cluster":
        first = len(nodes.refs)
        for n, actor_id in enumerate(ids):
            own = looks.clusters_of.get(actor_id, [])
            colours[n] = looks.cluster_colours.get(own[0], "#BBBBBB") if own else "#BBBBBB"
            if len(own) > 1:
                nodes.segments[first + n] = tuple(looks.cluster_colours[c] for c in own)
    if looks.metric.colours:
        colours = [looks.metric.colours.get(i, c) for i, c in zip(ids, colours, strict=True)]
    sizes: list[float | None]
    if options.size_by == "ties":
        degrees = looks.degree.tolist()
        by_degree = {d: style.node_size(d) for d in set(degrees)}
        sizes = [by_degree[d] for d in degrees]
    else:
        sizes = [looks.metric.sizes.get(i) for i in ids]
    focus = shown.focus
    dimmed = [False] * len(ids) if focus is None else [i not in focus for i in ids]
    language = nodes.language
    # Made as tuples are: Ref's own constructor, a Python function, took 7 ms for 10,000.
    refs = list(map(tuple.__new__, repeat(Ref), zip(repeat(EntityType.ACTOR), ids)))
    nodes.extend(
        refs,
        actors,
        [actor.display_name_in(language) for actor in actors],
        colours,
        [node.shape for node in looked],
        [size or MIN_SIZE for size in sizes],
        dimmed,
    )


def _add_cluster_hubs(
    nodes: _Nodes, shown: _Shown, looks: _Looks, options: ViewOptions
) -> list[Cluster]:
    """With clusters as hubs, a hub for each cluster with a membership on show (for every
    cluster when no cluster filter is on); the clusters given hubs."""
    if not options.clusters_as_hubs:
        return []
    used = {m.cluster_id for m in shown.members}
    everything = shown.graph_filter.clusters is None
    hub_clusters = [c for c in shown.clusters if c.id in used or everything]
    for cluster in hub_clusters:
        assert cluster.id is not None
        ref = Ref(EntityType.CLUSTER, cluster.id)
        nodes.add(ref, cluster, looks.cluster_colours[cluster.id], style.HUB_SHAPE, 40.0, False)
    return hub_clusters


def _add_project_hubs(
    nodes: _Nodes,
    document: Document,
    shown: _Shown,
    hub_clusters: list[Cluster],
    options: ViewOptions,
) -> ProjectHubs:
    """With projects as hubs, a hub for each project :func:`project_hubs` draws (all of
    them only when nothing is filtered or hidden by focus), and the lines it draws."""
    if not shown.use_projects:
        return ProjectHubs()
    hidden_by_focus = shown.focus is not None and options.focus_hides
    hubs = project_hubs(
        document,
        shown.partners,
        {a.id for a in shown.actors if a.id is not None},
        {c.id for c in hub_clusters if c.id is not None},
        only=shown.graph_filter.project,
        everything=shown.graph_filter.is_empty() and not hidden_by_focus,
    )
    for project in hubs.projects:
        assert project.id is not None
        ref = Ref(EntityType.PROJECT, project.id)
        nodes.add(
            ref, project, style.PROJECT_COLOUR, style.PROJECT_SHAPE, style.PROJECT_SIZE, False
        )
    return hubs


def _legend(
    document: Document,
    options: ViewOptions,
    shown: _Shown,
    looks: _Looks,
    hub_clusters: list[Cluster],
    hubs: ProjectHubs,
) -> tuple[list[LegendEntry], list[LegendEntry]]:
    """The legend's node and line entries in the order it shows them: what is on show of
    the map's vocabularies and clusters, then the projects' hubs and lines, then what the
    colours of a metric mean."""
    nodes = _node_legend(document, options, shown, looks, bool(hub_clusters))
    lines = _line_legend(document, shown, looks, bool(hub_clusters))
    hub_nodes, hub_lines = hub_legend(document, hubs)
    nodes += [
        LegendEntry(label, colour, shape, section="projects") for label, colour, shape in hub_nodes
    ]
    lines += [
        LegendEntry(t, colour, dash=d, width=w, section="projects") for t, colour, d, w in hub_lines
    ]
    nodes += [
        LegendEntry(label, colour, "s", section="colours") for label, colour in looks.metric.legend
    ]
    return nodes, lines


def _node_legend(
    document: Document, options: ViewOptions, shown: _Shown, looks: _Looks, hubs: bool
) -> list[LegendEntry]:
    """Entries for exactly the kinds on show, and the clusters on show when colouring by
    cluster; white kind samples when the colour follows something else."""
    actors = shown.actors
    kinds_shown = {a.kind for a in actors}
    nodes: list[LegendEntry] = []
    for term in document.terms(Vocabulary.ACTOR_KIND):
        if term.code in kinds_shown:
            node = style.kind_style(term.code, looks.kind_codes)
            colour = node.colour if options.colour_by == "kind" else "#FFFFFF"
            label = term.label(document.language)
            nodes.append(LegendEntry(label, colour, node.shape, language=document.language))
    if options.colour_by == "cluster":
        own = [looks.clusters_of[a.id] for a in actors if a.id in looks.clusters_of]
        shown_clusters = {c for found in own for c in found}
        colours: list[str] = []
        for cluster in document.index.all(EntityType.CLUSTER):
            if cluster.id in shown_clusters and isinstance(cluster, Cluster):
                colour = looks.cluster_colours[cluster.id]
                colours.append(colour)
                label = cluster.display_name_in(document.language)
                nodes.append(LegendEntry(label, colour, "s", section="clusters"))
        if any(len(found) > 1 for found in own):
            label = QCoreApplication.translate(
                "GraphLegend", "In several clusters: a segment for each"
            )
            sample = tuple(colours[:3])
            nodes.append(LegendEntry(label, sample[0], "o", section="clusters", segments=sample))
    if hubs:
        label = QCoreApplication.translate("GraphLegend", "Cluster")
        nodes.append(LegendEntry(label, style.HUB_COLOUR, style.HUB_SHAPE, section="clusters"))
    return nodes


def _line_legend(document: Document, shown: _Shown, looks: _Looks, hubs: bool) -> list[LegendEntry]:
    """Entries for exactly the relationship types on show, and with clusters as hubs the
    roles on show."""
    language = document.language
    lines: list[LegendEntry] = []
    types_shown = {t.type for t in shown.ties}
    for term in document.terms(Vocabulary.RELATION_TYPE):
        if term.code in types_shown:
            line = style.relation_style(term.code, looks.type_codes)
            lines.append(
                LegendEntry(
                    term.label(language),
                    line.colour,
                    dash=line.dash,
                    section="ties",
                    language=language,
                )
            )
    if hubs:
        roles_shown = {m.role for m in shown.members}
        for term in document.terms(Vocabulary.CLUSTER_ROLE):
            if term.code in roles_shown:
                colour = style.role_colour(term.code, looks.role_codes)
                lines.append(
                    LegendEntry(
                        term.label(language),
                        colour,
                        dash="solid",
                        width=2.6,
                        section="memberships",
                        language=language,
                    )
                )
    return lines
