"""The network questions of the cluster health check: brokers and single points of failure.

Each function takes a cluster's network as member ids and ties between them (pairs of ids,
undirected, repeats allowed) and answers with ids, so the health check stays plain Python.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from aspdesk.domain.records import record

if TYPE_CHECKING:
    import igraph


@record
class CutPoint:
    """A member whose leaving would split its part of the cluster's network.

    ``parts`` is how many pieces the part falls into; ``cut_off`` are the members outside the
    largest piece (the ones who would lose touch with the rest), by id.
    """

    actor_id: int
    parts: int
    cut_off: tuple[int, ...]


def _graph(members: Sequence[int], ties: Iterable[tuple[int, int]]) -> igraph.Graph:
    import igraph  # here, not at the top: the main window starts without it

    index = {actor_id: i for i, actor_id in enumerate(members)}
    edges = {
        (min(index[a], index[b]), max(index[a], index[b]))
        for a, b in ties
        if a in index and b in index and a != b
    }
    return igraph.Graph(n=len(members), edges=sorted(edges))


def broker_shares(
    members: Sequence[int],
    ties: Iterable[tuple[int, int]],
    companies: Collection[int],
    research: Collection[int],
) -> dict[int, float]:
    """Each member's share of the shortest paths between ``companies`` and ``research``.

    For every pair (company, research member) that can reach each other, the share of their
    shortest paths through an actor between them; averaged over those pairs. The two sets
    are taken as disjoint (an actor in both counts as a company). Empty when no pair is
    connected.
    """
    graph = _graph(members, ties)
    position = {actor_id: i for i, actor_id in enumerate(members)}
    sources = sorted(position[a] for a in set(companies) if a in position)
    targets = sorted(position[a] for a in set(research) - set(companies) if a in position)
    if not sources or not targets:
        return {}
    component = np.asarray(graph.connected_components().membership, dtype=np.int64)
    size = int(component.max()) + 1
    per_part_sources = np.bincount(component[sources], minlength=size)
    per_part_targets = np.bincount(component[targets], minlength=size)
    pairs = int(per_part_sources @ per_part_targets)
    if pairs == 0:
        return {}
    # igraph counts each undirected (source, target) pair's paths half.
    through = graph.betweenness(directed=False, sources=sources, targets=targets)
    return {members[i]: 2.0 * float(b) / pairs for i, b in enumerate(through)}


def cut_points(members: Sequence[int], ties: Iterable[tuple[int, int]]) -> list[CutPoint]:
    """The members whose leaving splits their part of the network, most cut off first."""
    graph = _graph(members, ties)
    component = graph.connected_components().membership
    found = []
    for v in graph.articulation_points():
        part = [u for u in range(len(members)) if component[u] == component[v] and u != v]
        pieces = graph.induced_subgraph(part).connected_components()
        largest = max(range(len(pieces)), key=lambda p: (len(pieces[p]), -min(pieces[p])))
        cut_off = sorted(
            members[part[u]] for p, piece in enumerate(pieces) if p != largest for u in piece
        )
        found.append(CutPoint(members[v], len(pieces), tuple(cut_off)))
    found.sort(key=lambda c: (-len(c.cut_off), c.actor_id))
    return found
