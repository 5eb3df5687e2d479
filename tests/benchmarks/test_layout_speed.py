"""How fast force_layout lays out large maps (targets: 2,000 nodes under 1 s, 10,000 under 5 s).

Three shapes of ties, each at 2,000 nodes / 6,000 ties and 10,000 / 30,000: preferential
attachment (connected: a few hubs, many small actors), uniformly random ends (5 to 25
lone nodes and small parts besides the main one) and the ties of generate.py's maps (each
end drawn half the time in proportion to ties so far, else uniformly; about 500 lone
nodes at 10,000). Prints figures (run with ``-s`` to see them); asserts only what the layout
must be, never a time, so a busy machine cannot make it fail.
"""

from __future__ import annotations

import time

import numpy as np
import pytest

from aspdesk.analysis.layout import MIN_DISTANCE, force_layout
from aspdesk.analysis.layout_force import close_pairs

pytestmark = pytest.mark.benchmark


def preferential_attachment(nodes: int, edges: int, seed: int = 0) -> np.ndarray:
    """A map like a real one: a few hubs, many small actors with one or two ties.

    Each new node ties to 1..8 earlier nodes (mostly 1 or 2), picked in proportion to their
    ties so far; extra ties between busy nodes make the count exactly ``edges``.
    """
    rng = np.random.default_rng(seed)
    choices = np.array([1, 1, 1, 1, 2, 2, 3, 4, 6, 8])
    ties = np.maximum(1, np.round(choices[rng.integers(0, 10, nodes)] * (edges / nodes) / 3.2))
    ends = np.zeros(4 * int(ties.sum()) + 4, dtype=np.int64)  # one entry per tie end
    used = 1
    src, dst = [], []
    for node in range(1, nodes):
        k = int(min(ties[node], node))
        targets = ends[rng.integers(0, used, k)]
        src.append(np.full(k, node))
        dst.append(targets)
        ends[used : used + k], ends[used + k : used + 2 * k] = targets, node
        used += 2 * k
    pairs = np.column_stack([np.concatenate(src), np.concatenate(dst)])
    if len(pairs) < edges:
        pairs = np.vstack([pairs, ends[rng.integers(0, used, (edges - len(pairs), 2))]])
    return pairs[:edges]


def uniform_ties(nodes: int, edges: int, seed: int = 1) -> np.ndarray:
    """Ties with both ends drawn uniformly (a few self-loops and repeats included)."""
    rng = np.random.default_rng(seed)
    return np.column_stack([rng.integers(0, nodes, edges), rng.integers(0, nodes, edges)])


def generated_ties(nodes: int, edges: int, seed: int = 7) -> np.ndarray:
    """Ties as generate_map draws them, without writing a map: the list of tie ends starts
    as nodes 0..19, and each end of a new tie is, half of the time, an entry of that list
    (as it was before the tie) and otherwise any node; self-ties are left out."""
    rng = np.random.default_rng(seed)
    first = min(20, nodes)
    drawn = 2 * (edges + edges // 10 + 10)  # a few more, for the self-ties left out
    total = first + drawn
    value = np.zeros(total, dtype=np.int64)
    value[:first] = np.arange(first)
    source = np.arange(total)  # the entry each end copies (itself: drawn uniformly)
    known = first + 2 * (np.arange(drawn) // 2)  # entries known when its tie is drawn
    copy = rng.random(drawn) < 0.5
    source[first:][copy] = (rng.random(int(copy.sum())) * known[copy]).astype(np.int64)
    value[first:][~copy] = rng.integers(0, nodes, int((~copy).sum()))
    while not np.array_equal(source[source], source):  # follow copies of copies to the end
        source = source[source]
    pairs = value[source][first:].reshape(-1, 2)
    return pairs[pairs[:, 0] != pairs[:, 1]][:edges]


SHAPES = {
    "preferential": preferential_attachment,
    "uniform": uniform_ties,
    "generated": generated_ties,
}


def _best_of(runs: int, nodes: int, edges: np.ndarray) -> tuple[float, np.ndarray]:
    times, pos = [], np.zeros((0, 2))
    for _ in range(runs):
        started = time.perf_counter()
        pos = force_layout(nodes, edges, seed=1)
        times.append(time.perf_counter() - started)
    return min(times), pos


def _mean_nearest(pos: np.ndarray, within: float = 3.0) -> float:
    """Mean distance from a node to its nearest other one (counted as ``within`` if further)."""
    i, j = close_pairs(pos, within)
    nearest = np.full(len(pos), within)
    dist = np.linalg.norm(pos[i] - pos[j], axis=1)
    np.minimum.at(nearest, i, dist)
    np.minimum.at(nearest, j, dist)
    return float(nearest.mean())


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize(("nodes", "ties"), [(2_000, 6_000), (10_000, 30_000)])
def test_force_layout_speed(shape: str, nodes: int, ties: int) -> None:
    edges = SHAPES[shape](nodes, ties)
    assert edges.shape == (ties, 2)
    seconds, pos = _best_of(2, nodes, edges)
    print(f"\nforce layout, {shape} ties, {nodes:,} nodes / {ties:,} edges: {seconds:.2f} s")

    assert pos.shape == (nodes, 2) and pos.dtype == np.float64
    assert np.isfinite(pos).all()
    assert len(close_pairs(pos, MIN_DISTANCE)[0]) == 0  # no two nodes closer than 0.25
    assert 0.8 < _mean_nearest(pos) < 1.25  # nearest nodes about 1.0 apart: none squeezed

    grown = np.vstack([edges, [[nodes, 3], [nodes, 30]]])
    started = time.perf_counter()
    after = force_layout(nodes + 1, grown, initial=np.vstack([pos, [np.nan, np.nan]]))
    seconds = time.perf_counter() - started
    moved = float(np.linalg.norm(after[:nodes] - pos, axis=1).mean())
    print(f"add one node to it: {seconds:.2f} s, other nodes moved {moved:.3f} on average")
    assert moved < 0.3
    assert len(close_pairs(after, MIN_DISTANCE)[0]) == 0
