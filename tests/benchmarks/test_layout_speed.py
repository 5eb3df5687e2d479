"""How fast force_layout lays out large maps (targets: 2,000 nodes under 1 s, 10,000 under 5 s).

Prints figures (run with ``-s`` to see them); asserts only what the layout must be, never a
time, so a busy machine cannot make it fail.
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


def _best_of(runs: int, nodes: int, edges: np.ndarray) -> tuple[float, np.ndarray]:
    times, pos = [], np.zeros((0, 2))
    for _ in range(runs):
        started = time.perf_counter()
        pos = force_layout(nodes, edges, seed=1)
        times.append(time.perf_counter() - started)
    return min(times), pos


@pytest.mark.parametrize(("nodes", "ties"), [(2_000, 6_000), (10_000, 30_000)])
def test_force_layout_speed(nodes: int, ties: int) -> None:
    edges = preferential_attachment(nodes, ties)
    assert edges.shape == (ties, 2)
    seconds, pos = _best_of(2, nodes, edges)
    print(f"\nforce layout {nodes:,} nodes / {ties:,} edges: {seconds:.2f} s")

    assert pos.shape == (nodes, 2) and pos.dtype == np.float64
    assert np.isfinite(pos).all()
    assert len(close_pairs(pos, MIN_DISTANCE)[0]) == 0  # no two nodes closer than 0.25

    grown = np.vstack([edges, [[nodes, 3], [nodes, 30]]])
    started = time.perf_counter()
    after = force_layout(nodes + 1, grown, initial=np.vstack([pos, [np.nan, np.nan]]))
    seconds = time.perf_counter() - started
    moved = float(np.linalg.norm(after[:nodes] - pos, axis=1).mean())
    print(f"add one node to it: {seconds:.2f} s, other nodes moved {moved:.3f} on average")
    assert moved < 0.3
    assert len(close_pairs(after, MIN_DISTANCE)[0]) == 0
