"""Network metrics equal networkx's reference values on known graphs."""

from __future__ import annotations

import math
import random

import networkx as nx
import numpy as np
import pytest

from aspdesk.analysis.metrics import METRIC_HELP, METRIC_NAMES, NetworkMetrics, compute_metrics
from aspdesk.domain.entities import Actor, Relationship


def _entities(
    graph: nx.Graph, first_id: int = 101
) -> tuple[list[Actor], list[Relationship], dict[int, int]]:
    """Actors and undirected ties for ``graph``; ids are ``first_id`` + node (in node order)."""
    ids = {node: first_id + i for i, node in enumerate(graph.nodes)}
    actors = [Actor(id=ids[node], name=f"Actor {node}") for node in graph.nodes]
    ties = [
        Relationship(id=i + 1, source_id=ids[a], target_id=ids[b])
        for i, (a, b) in enumerate(graph.edges)
    ]
    return actors, ties, ids


def _column(metrics: NetworkMetrics, code: str, ids: dict[int, int]) -> list[float]:
    values = metrics.by_actor(code)
    return [values[ids[node]] for node in ids]


def _reference(graph: nx.Graph, values: dict[int, float]) -> list[float]:
    return [values[node] for node in graph.nodes]


KNOWN = {
    "karate": nx.karate_club_graph(),
    "star": nx.star_graph(9),
    "path": nx.path_graph(7),
}


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_metrics_equal_networkx(name: str) -> None:
    graph = nx.Graph(KNOWN[name].edges)  # no weights: the karate club has them
    actors, ties, ids = _entities(graph)
    metrics = compute_metrics(actors, ties)

    assert metrics.actor_ids == tuple(ids.values())
    assert _column(metrics, "degree", ids) == _reference(graph, dict(graph.degree))
    assert _column(metrics, "in_degree", ids) == _reference(graph, dict(graph.degree))
    assert _column(metrics, "out_degree", ids) == _reference(graph, dict(graph.degree))
    assert _column(metrics, "betweenness", ids) == pytest.approx(
        _reference(graph, nx.betweenness_centrality(graph)), abs=1e-12
    )
    assert _column(metrics, "closeness", ids) == pytest.approx(
        _reference(graph, nx.closeness_centrality(graph)), abs=1e-12
    )
    eigenvector = nx.eigenvector_centrality(graph, max_iter=10_000, tol=1e-12)
    assert _column(metrics, "eigenvector", ids) == pytest.approx(
        _reference(graph, eigenvector), abs=1e-6
    )
    back = {v: k for k, v in ids.items()}
    assert {(back[a], back[b]) for a, b in metrics.bridges} == {
        tuple(sorted(e)) for e in nx.bridges(graph)
    }
    assert {back[a] for a in metrics.articulation_points} == set(nx.articulation_points(graph))
    assert metrics.isolated == ()
    assert metrics.approximate == frozenset()


def test_communities_are_as_good_as_networkx_louvain() -> None:
    graph = nx.Graph(nx.karate_club_graph().edges)
    actors, ties, ids = _entities(graph)
    metrics = compute_metrics(actors, ties)

    community = _column(metrics, "community", ids)
    ours = [
        {node for node, c in zip(ids, community, strict=True) if c == k} for k in set(community)
    ]
    louvain = nx.community.louvain_communities(graph, seed=1)
    reference = nx.community.modularity(graph, louvain)
    assert nx.community.modularity(graph, ours) == pytest.approx(reference, abs=0.02)
    assert metrics.modularity == pytest.approx(nx.community.modularity(graph, ours))
    # Numbered by size, largest first, and the same on every run.
    sizes = np.bincount(metrics.community)
    assert list(sizes) == sorted(sizes, reverse=True)
    again = compute_metrics(actors, ties)
    assert again.community.tolist() == metrics.community.tolist()


def test_disconnected_network_with_lone_actors() -> None:
    graph = nx.Graph()
    graph.add_nodes_from(range(10))
    graph.add_edges_from([(0, 1), (1, 2), (2, 3), (4, 5), (5, 6), (6, 4), (7, 4)])  # 8, 9 alone
    actors, ties, ids = _entities(graph)
    metrics = compute_metrics(actors, ties)

    assert _column(metrics, "betweenness", ids) == pytest.approx(
        _reference(graph, nx.betweenness_centrality(graph)), abs=1e-12
    )
    assert _column(metrics, "closeness", ids) == pytest.approx(
        _reference(graph, nx.closeness_centrality(graph, wf_improved=True)), abs=1e-12
    )
    # networkx's power iteration leaves the weaker part near, not at, zero.
    eigenvector = nx.eigenvector_centrality(graph, max_iter=10_000, tol=1e-12)
    assert _column(metrics, "eigenvector", ids) == pytest.approx(
        _reference(graph, eigenvector), abs=1e-4
    )
    assert float(np.linalg.norm(metrics.eigenvector)) == pytest.approx(1.0)
    assert metrics.isolated == (ids[8], ids[9])
    assert len(set(metrics.component.tolist())) == 4
    assert metrics.bridges == (
        (ids[0], ids[1]),
        (ids[1], ids[2]),
        (ids[2], ids[3]),
        (ids[4], ids[7]),
    )
    assert metrics.articulation_points == (ids[1], ids[2], ids[4])
    # Each lone actor is a community of its own.
    assert len({metrics.community[metrics.index_of(ids[n])] for n in (8, 9)}) == 2


def test_parts_with_equal_leading_eigenvalue_share_it_as_networkx() -> None:
    graph = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    graph.add_node(8)
    actors, ties, ids = _entities(graph)
    eigenvector = nx.eigenvector_centrality(graph, max_iter=10_000, tol=1e-12)
    assert _column(compute_metrics(actors, ties), "eigenvector", ids) == pytest.approx(
        _reference(graph, eigenvector), abs=1e-6
    )


def test_directed_and_parallel_ties() -> None:
    actors = [Actor(id=i, name=f"A{i}") for i in (1, 2, 3, 4)]
    ties = [
        Relationship(id=1, source_id=1, target_id=2, directed=True, strength=5),  # funding 1 -> 2
        Relationship(id=2, source_id=1, target_id=2, directed=False, strength=2),  # and collab.
        Relationship(id=3, source_id=3, target_id=1, directed=True, strength=4),
        Relationship(id=4, source_id=4, target_id=1, directed=True, strength=1),
        Relationship(id=5, source_id=1, target_id=4, directed=True, strength=3),
        Relationship(id=6, source_id=2, target_id=2, strength=5),  # to itself: left out
        Relationship(id=7, source_id=2, target_id=99, strength=5),  # unknown end: left out
    ]
    metrics = compute_metrics(actors, ties)

    reference = nx.DiGraph()
    reference.add_nodes_from((1, 2, 3, 4))
    reference.add_edges_from([(1, 2), (2, 1), (3, 1), (4, 1), (1, 4)])
    assert metrics.by_actor("in_degree") == dict(reference.in_degree)
    assert metrics.by_actor("out_degree") == dict(reference.out_degree)
    assert metrics.by_actor("degree") == {1: 3, 2: 1, 3: 1, 4: 1}
    multi = nx.MultiGraph()
    multi.add_nodes_from((1, 2, 3, 4))
    for tie in ties[:5]:
        multi.add_edge(tie.source_id, tie.target_id, strength=tie.strength)
    assert metrics.by_actor("strength") == dict(multi.degree(weight="strength"))
    # The pair 1-2 has two ties: still a bridge, since both would go with either actor.
    assert metrics.bridges == ((1, 2), (1, 3), (1, 4))
    assert metrics.articulation_points == (1,)


def test_sampled_betweenness_is_flagged_and_matches_networkx_sample() -> None:
    graph = nx.Graph(nx.karate_club_graph().edges)
    actors, ties, ids = _entities(graph)
    metrics = compute_metrics(actors, ties, exact_limit=20, samples=10, seed=5)

    assert metrics.approximate == frozenset({"betweenness"})
    assert metrics.betweenness_sources == 10
    # networkx draws its k sources with random.Random(seed).sample over the nodes in order.
    reference = nx.betweenness_centrality(graph, k=10, seed=random.Random(5))
    assert _column(metrics, "betweenness", ids) == pytest.approx(
        _reference(graph, reference), abs=1e-12
    )
    exact = compute_metrics(actors, ties)
    assert exact.approximate == frozenset() and exact.betweenness_sources == 34


def test_progress_is_reported_and_can_cancel() -> None:
    graph = nx.barabasi_albert_graph(600, 2, seed=3)
    actors, ties, _ids = _entities(graph)
    seen: list[tuple[int, int]] = []
    compute_metrics(actors, ties, progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    done = [d for d, _t in seen]
    assert done == sorted(done) and set(done) == set(range(seen[-1][1] + 1))
    assert len({t for _d, t in seen}) == 1 and len(seen) > 5

    class Stop(Exception):
        pass

    def cancel(done: int, _total: int) -> None:
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        compute_metrics(actors, ties, progress=cancel)


def test_empty_and_tie_free_networks() -> None:
    empty = compute_metrics([], [])
    assert empty.actor_ids == () and empty.bridges == () and empty.approximate == frozenset()
    assert empty.eigenvector.shape == (0,)

    alone = [Actor(id=i) for i in (3, 1, 2)] + [Actor(id=None, name="not stored")]
    metrics = compute_metrics(alone, [])
    assert metrics.actor_ids == (3, 1, 2)
    assert metrics.isolated == (1, 2, 3)
    assert metrics.degree.tolist() == [0, 0, 0]
    assert metrics.betweenness.tolist() == [0.0, 0.0, 0.0]
    assert metrics.closeness.tolist() == [0.0, 0.0, 0.0]
    # As networkx: with no ties at all, every actor gets 1 / sqrt(n).
    assert metrics.eigenvector.tolist() == pytest.approx([1 / math.sqrt(3)] * 3)
    assert sorted(metrics.community.tolist()) == [0, 1, 2]

    one = compute_metrics([Actor(id=1)], [])
    assert one.closeness.tolist() == [0.0] and one.eigenvector.tolist() == [1.0]


def test_every_metric_has_a_label_and_a_column() -> None:
    metrics = compute_metrics([Actor(id=1), Actor(id=2)], [Relationship(source_id=1, target_id=2)])
    assert set(METRIC_NAMES) == set(METRIC_HELP)
    for code in METRIC_NAMES:
        assert metrics.column(code).shape == (2,)
    with pytest.raises(KeyError):
        metrics.column("bridges")
