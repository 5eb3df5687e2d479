"""Network metrics of the actors the user is looking at, as numpy arrays (no Qt).

:func:`compute_metrics` takes plain actors and relationships (the visible ones, from
:mod:`aspdesk.analysis.network_view`) and answers with one array per metric, in the order of
``actor_ids``. Ties whose ends are not among the actors are left out, and so are ties from an
actor to itself. The definitions follow networkx, so that its values can serve as the
reference in the tests:

degree
    the number of other actors tied to the actor, in either direction; parallel ties (two
    relationships between the same actors) count once.
in_degree, out_degree
    the number of actors with a tie to / from the actor. A directed tie (funding, for example)
    runs from its source to its target; an undirected tie runs both ways, so on a map without
    directed ties both equal ``degree`` (networkx: ``Graph.to_directed()``).
strength
    the sum of the strengths (1-5) of all the actor's ties, parallel ties included
    (networkx: ``MultiGraph.degree(weight=...)``).
betweenness
    the share of shortest paths between other actors that pass through the actor, on the
    undirected network without weights: the sum over pairs {s, t} of sigma_st(v) / sigma_st,
    divided by (n - 1)(n - 2) / 2 (networkx ``betweenness_centrality``, normalized). Above
    ``exact_limit`` actors it is estimated from the paths of ``samples`` source actors drawn
    at random, as networkx (3.5 and later) does with ``k``: an actor's paths from the k
    sources are scaled by (n - 1) / k, or (n - 1) / (k - 1) for a source, since no path from
    an actor passes through it; ``approximate`` then holds ``"betweenness"``.
closeness
    (r - 1) / (sum of distances to the r - 1 other actors the actor can reach), times
    (r - 1) / (n - 1) so that actors in small parts of a disconnected network do not look
    central (networkx ``closeness_centrality`` with ``wf_improved=True``); 0 for a lone actor.
eigenvector
    the principal eigenvector of the adjacency matrix (undirected, unweighted), scaled to unit
    length and non-negative (networkx ``eigenvector_centrality``). On a disconnected network
    only the part(s) with the largest eigenvalue get non-zero values, as networkx's power
    iteration converges to; a network without ties gives every actor 1 / sqrt(n) as networkx
    does.
community
    Leiden communities maximising modularity, ties weighted by the sum of their strengths
    (python-igraph; Traag, van Eck and Waltman 2019). Numbered from 0 by size, largest first;
    a lone actor is a community of its own. Seeded, so the same network gives the same
    communities every time.
bridges, articulation_points
    ties (as pairs of actor ids, smaller id first) and actors whose removal would split their
    part of the network: the single points of failure (networkx ``bridges`` and
    ``articulation_points`` on the undirected network, parallel ties merged).
isolated
    actors without ties.

The work runs in the calling thread; the app runs it in a worker thread. ``progress`` is
called with (done, total) between steps, ``done`` growing by one a step or reported again
while communities are refined, and may raise (``Cancelled``) to stop. igraph keeps Python's
GIL during each of its calls, so the work is cut into calls of at most about 50 ms: the
window stays fluid and a cancel is heard within that time.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from aspdesk.analysis.distinct import distinct
from aspdesk.domain.entities import Actor, Relationship
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import igraph

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Progress = Callable[[int, int], None]

METRICS_CONTEXT = "metrics"

# code -> short English label for columns and menus, translated in the "metrics" context.
METRIC_NAMES: dict[str, str] = {
    "degree": QT_TRANSLATE_NOOP("metrics", "Ties"),
    "in_degree": QT_TRANSLATE_NOOP("metrics", "Incoming ties"),
    "out_degree": QT_TRANSLATE_NOOP("metrics", "Outgoing ties"),
    "strength": QT_TRANSLATE_NOOP("metrics", "Tie strength"),
    "betweenness": QT_TRANSLATE_NOOP("metrics", "Betweenness"),
    "closeness": QT_TRANSLATE_NOOP("metrics", "Closeness"),
    "eigenvector": QT_TRANSLATE_NOOP("metrics", "Eigenvector centrality"),
    "community": QT_TRANSLATE_NOOP("metrics", "Community"),
}

# code -> one plain sentence for tooltips and the metrics panel.
METRIC_HELP: dict[str, str] = {
    "degree": QT_TRANSLATE_NOOP("metrics", "How many other actors the actor has ties with."),
    "in_degree": QT_TRANSLATE_NOOP(
        "metrics", "How many actors have a tie to the actor (undirected ties count both ways)."
    ),
    "out_degree": QT_TRANSLATE_NOOP(
        "metrics", "How many actors the actor has a tie to (undirected ties count both ways)."
    ),
    "strength": QT_TRANSLATE_NOOP("metrics", "The strengths of all the actor's ties added up."),
    "betweenness": QT_TRANSLATE_NOOP(
        "metrics",
        "How often the actor lies on the shortest path between two others: a go-between.",
    ),
    "closeness": QT_TRANSLATE_NOOP(
        "metrics", "How few steps the actor needs to reach everyone else in the network."
    ),
    "eigenvector": QT_TRANSLATE_NOOP(
        "metrics", "How well the actor is tied to actors that are themselves well connected."
    ),
    "community": QT_TRANSLATE_NOOP(
        "metrics", "A group of actors with more ties among themselves than to the rest."
    ),
}

# Shown beside the figures when ``approximate`` holds "betweenness".
APPROXIMATE_BETWEENNESS = QT_TRANSLATE_NOOP(
    "metrics",
    "Betweenness is estimated from the paths of {sources} of the {actors} actors, "
    "to keep large maps quick.",
)

EXACT_LIMIT = 5000
SAMPLES = 1000
# igraph holds the GIL through each call, so a worker thread's call stops the window for as
# long as it runs. Betweenness and closeness therefore go a few sources per call: sources x
# (actors + ties) of about this much take 20-50 ms (one call on small maps, over 100 on a
# 10,000-actor map; the splitting costs about 5 %). Leiden goes one iteration per call.
_CALL_WORK = 3_000_000
_LEIDEN_ITERATIONS = 500
# igraph draws Leiden's random choices from one process-wide generator; swap in a seeded
# one for the call, one call at a time.
_RNG_LOCK = threading.Lock()


def no_progress(_done: int, _total: int) -> None:
    """The progress callback of work nobody watches."""


@dataclass(frozen=True, eq=False)
class NetworkMetrics:
    """Metrics of each actor, in the order of ``actor_ids``, and of the network as a whole."""

    actor_ids: tuple[int, ...]
    degree: IntArray
    in_degree: IntArray
    out_degree: IntArray
    strength: IntArray
    betweenness: FloatArray
    closeness: FloatArray
    eigenvector: FloatArray
    community: IntArray
    modularity: float
    component: IntArray
    bridges: tuple[tuple[int, int], ...]
    articulation_points: tuple[int, ...]
    isolated: tuple[int, ...]
    approximate: frozenset[str]
    betweenness_sources: int

    def index_of(self, actor_id: int) -> int:
        """The position of ``actor_id`` in the arrays (ValueError when it is not there)."""
        return self.actor_ids.index(actor_id)

    def column(self, code: str) -> npt.NDArray[np.int64] | npt.NDArray[np.float64]:
        """The array of the metric ``code`` (a key of METRIC_NAMES)."""
        if code not in METRIC_NAMES:
            raise KeyError(code)
        column: IntArray | FloatArray = getattr(self, code)
        return column

    def by_actor(self, code: str) -> dict[int, float]:
        """The metric ``code`` as a mapping actor id -> value."""
        return dict(zip(self.actor_ids, self.column(code).tolist(), strict=True))


@record
class _Network:
    """The actors as indices 0..n-1 and their ties as arrays of indices."""

    ids: tuple[int, ...]
    sources: IntArray  # one entry per tie kept, parallel ties included
    targets: IntArray
    directed: npt.NDArray[np.bool_]
    strengths: IntArray

    @property
    def size(self) -> int:
        return len(self.ids)


def _network(actors: Sequence[Actor], relationships: Sequence[Relationship]) -> _Network:
    index: dict[int, int] = {}
    for actor in actors:
        if actor.id is not None and actor.id not in index:
            index[actor.id] = len(index)
    kept = [
        (index[r.source_id], index[r.target_id], r.directed, r.strength)
        for r in relationships
        if r.source_id in index and r.target_id in index and r.source_id != r.target_id
    ]
    columns = list(zip(*kept, strict=True)) if kept else [(), (), (), ()]
    return _Network(
        ids=tuple(index),
        sources=np.asarray(columns[0], dtype=np.int64),
        targets=np.asarray(columns[1], dtype=np.int64),
        directed=np.asarray(columns[2], dtype=np.bool_),
        strengths=np.asarray(columns[3], dtype=np.int64),
    )


def _distinct_pairs(first: IntArray, second: IntArray, n: int) -> tuple[IntArray, IntArray]:
    keys = distinct(first * max(n, 1) + second)
    return keys // max(n, 1), keys % max(n, 1)


def _degrees(net: _Network) -> tuple[IntArray, IntArray, IntArray, IntArray]:
    n = net.size
    low = np.minimum(net.sources, net.targets)
    high = np.maximum(net.sources, net.targets)
    a, b = _distinct_pairs(low, high, n)
    degree = np.bincount(np.concatenate([a, b]), minlength=n).astype(np.int64)
    # Arcs: every tie from source to target, undirected ties also back.
    back = ~net.directed
    tails = np.concatenate([net.sources, net.targets[back]])
    heads = np.concatenate([net.targets, net.sources[back]])
    tails, heads = _distinct_pairs(tails, heads, n)
    out_degree = np.bincount(tails, minlength=n).astype(np.int64)
    in_degree = np.bincount(heads, minlength=n).astype(np.int64)
    ends = np.concatenate([net.sources, net.targets])
    weights = np.concatenate([net.strengths, net.strengths])
    strength = np.bincount(ends, weights=weights, minlength=n).astype(np.int64)
    return degree, in_degree, out_degree, strength


def _simple_graph(net: _Network) -> tuple[igraph.Graph, list[float]]:
    """The undirected network with parallel ties merged, and each pair's summed strength."""
    import igraph  # here, not at the top: the main window starts without it

    n = net.size
    low = np.minimum(net.sources, net.targets)
    high = np.maximum(net.sources, net.targets)
    keys, inverse = np.unique(low * max(n, 1) + high, return_inverse=True)
    weight = np.bincount(inverse.ravel(), weights=net.strengths, minlength=len(keys))
    edges = np.column_stack([keys // max(n, 1), keys % max(n, 1)])
    return igraph.Graph(n=n, edges=edges.tolist()), weight.tolist()


def _chunks(items: Sequence[int], graph: igraph.Graph) -> list[list[int]]:
    size = max(1, math.ceil(_CALL_WORK / (graph.vcount() + graph.ecount() + 1)))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _eigenvector(graph: igraph.Graph, component: IntArray) -> FloatArray:
    """networkx's eigenvector centrality, computed part by part.

    Power iteration from all ones converges to the projection of the ones vector on the
    leading eigenspace: the part(s) with the largest eigenvalue, each weighted by the sum of
    its unit eigenvector. Computing each part alone keeps ARPACK on connected graphs, where
    it neither warns nor mixes parts; a part cannot beat the best eigenvalue so far when its
    largest degree is smaller (the eigenvalue of a part is at most its largest degree).
    """
    n = graph.vcount()
    result = np.zeros(n, dtype=np.float64)
    if n == 0:
        return result
    degree = np.asarray(graph.degree(), dtype=np.int64)
    order = np.argsort(component, kind="stable")
    parts = np.split(order, np.flatnonzero(np.diff(component[order])) + 1)
    parts.sort(key=len, reverse=True)
    best = 0.0
    leading: list[tuple[npt.NDArray[np.intp], FloatArray]] = []
    for members in parts:
        if int(degree[members].max()) < best * (1 - 1e-9):
            continue
        if len(members) == 1:
            value, vector = 0.0, np.ones(1)
        else:
            sub = graph.induced_subgraph(members.tolist())
            scores, eigenvalue = sub.eigenvector_centrality(return_eigenvalue=True)
            value = float(eigenvalue)
            vector = np.abs(np.asarray(scores, dtype=np.float64))
            vector /= np.linalg.norm(vector)
        if value > best * (1 + 1e-9):
            best, leading = value, []
        if value >= best * (1 - 1e-9):
            leading.append((members, vector))
    for members, vector in leading:
        result[members] = vector * vector.sum()
    result /= np.linalg.norm(result)
    return result


def _communities(
    graph: igraph.Graph, weights: list[float], seed: int, tick: Callable[[], None]
) -> tuple[IntArray, float]:
    """Leiden until an iteration no longer improves the partition (igraph's
    ``n_iterations=-1``), one iteration per call with ``tick()`` between them."""
    if graph.vcount() == 0:
        return np.zeros(0, dtype=np.int64), 0.0
    import igraph  # here, not at the top: the main window starts without it

    membership: list[int] | None = None
    quality = -math.inf
    with _RNG_LOCK:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            for _ in range(_LEIDEN_ITERATIONS):
                found = graph.community_leiden(
                    objective_function="modularity",
                    weights=weights or None,
                    n_iterations=1,
                    initial_membership=membership,
                )
                if membership is not None and found.quality <= quality + 1e-12:
                    break
                membership, quality = list(found.membership), float(found.quality)
                tick()
        finally:
            igraph.set_random_number_generator(random)
    raw = np.asarray(membership, dtype=np.int64)
    sizes = np.bincount(raw)
    first = np.full(len(sizes), len(raw), dtype=np.int64)
    np.minimum.at(first, raw, np.arange(len(raw)))
    order = np.lexsort((first, -sizes))  # largest first, ties by first member
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    modularity = graph.modularity(raw.tolist(), weights=weights or None) if weights else 0.0
    return rank[raw].astype(np.int64), float(modularity)


def compute_metrics(
    actors: Sequence[Actor],
    relationships: Sequence[Relationship],
    *,
    progress: Progress = no_progress,
    exact_limit: int = EXACT_LIMIT,
    samples: int = SAMPLES,
    seed: int = 0,
) -> NetworkMetrics:
    """All metrics of the network of ``actors`` and the ties among them (see the module).

    Betweenness is exact up to ``exact_limit`` actors and estimated from ``samples`` random
    sources above it. ``progress(done, total)`` is called between steps; an exception it
    raises stops the work and is let through. ``seed`` fixes the sample and the communities.
    """
    net = _network(actors, relationships)
    n = net.size
    everyone = list(range(n))
    sources = everyone
    approximate: frozenset[str] = frozenset()
    if n > exact_limit and samples < n:
        sources = sorted(random.Random(seed).sample(everyone, max(2, samples)))
        approximate = frozenset({"betweenness"})
    graph, weights = _simple_graph(net)
    between_steps, close_steps = _chunks(sources, graph), _chunks(everyone, graph)
    total = len(between_steps) + len(close_steps) + 4
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        progress(done, total)

    def tick() -> None:  # a chance to cancel in a step of unknown length
        progress(done, total)

    progress(0, total)
    degree, in_degree, out_degree, strength = _degrees(net)
    components = graph.connected_components()
    component = np.asarray(components.membership, dtype=np.int64)
    step()

    betweenness = np.zeros(n, dtype=np.float64)
    for chunk in between_steps:
        # Undirected: igraph counts each pair {s, t} once over all sources, half per source.
        betweenness += np.asarray(graph.betweenness(directed=False, sources=chunk))
        step()
    if n > 2:
        # Per source, the paths from it to the n - 1 others; a source is never inside its
        # own paths, so it is estimated from the other k - 1 sources (as networkx >= 3.5).
        k = len(sources)
        per_source = np.full(n, 1.0 / k)
        per_source[sources] = 1.0 / (k - 1) if k > 1 else 0.0
        # Exact (every actor a source): 2 / ((n - 1)(n - 2)), igraph having halved.
        betweenness *= 2.0 / (n - 2) * per_source

    closeness = np.zeros(n, dtype=np.float64)
    for chunk in close_steps:
        # igraph: (r - 1) / (distances to the r - 1 reachable); NaN for a lone actor.
        closeness[chunk] = np.nan_to_num(np.asarray(graph.closeness(vertices=chunk)))
        step()
    if n > 1:
        reach = np.bincount(component)[component]
        closeness *= (reach - 1) / (n - 1)

    eigenvector = _eigenvector(graph, component)
    step()
    community, modularity = _communities(graph, weights, seed, tick)
    step()

    ids = net.ids
    edges = graph.get_edgelist()
    bridges = sorted(
        (min(ids[edges[e][0]], ids[edges[e][1]]), max(ids[edges[e][0]], ids[edges[e][1]]))
        for e in graph.bridges()
    )
    articulation = sorted(ids[v] for v in graph.articulation_points())
    isolated = sorted(ids[v] for v in np.flatnonzero(degree == 0).tolist())
    step()
    return NetworkMetrics(
        actor_ids=ids,
        degree=degree,
        in_degree=in_degree,
        out_degree=out_degree,
        strength=strength,
        betweenness=betweenness,
        closeness=closeness,
        eigenvector=eigenvector,
        community=community,
        modularity=modularity,
        component=component,
        bridges=tuple(bridges),
        articulation_points=tuple(articulation),
        isolated=tuple(isolated),
        approximate=approximate,
        betweenness_sources=len(sources),
    )
