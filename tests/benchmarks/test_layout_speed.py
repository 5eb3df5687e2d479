"""How fast force_layout lays out large maps (targets: 2,000 nodes under 1 s, 10,000 under 5 s).

Three shapes of ties, each at 2,000 nodes / 6,000 ties and 10,000 / 30,000: preferential
attachment (connected: a few hubs, many small actors), uniformly random ends (5 to 25
lone nodes and small parts besides the main one) and the ties of generate.py's maps (each
end drawn half the time in proportion to ties so far, else uniformly; about 500 lone
nodes at 10,000). Prints figures (run with ``-s`` to see them); asserts only what the layout
must be, never a time, so a busy machine cannot make it fail. Each layout's overlap pass
(room for symbols and labels, aspdesk.analysis.layout.overlap) is timed too.

History, kept here from aspdesk/analysis/layout/force.py, where the choice was made:

Measured on this 2-core machine (300 steps; best of 3, "before" best of 2 but one run at
10,000 uniform and generated) on the graphs of tests/benchmarks/test_layout_speed.py:
"preferential" attachment (connected: a few hubs, many small actors), "uniform" random ties
(3 and 32 lone nodes) and "generated" ones, as generate.py draws them (each end half the time
in proportion to ties so far, else uniformly; 92 and 519 lone nodes, a few pairs). "Before"
is layout_force before parts were laid out apart and near pairs bounded:

    ======================================  ============  =============  ===============
    candidate                               ties          2,000 / 6,000  10,000 / 30,000
    ======================================  ============  =============  ===============
    igraph 1.0 Fruchterman-Reingold, grid   preferential  0.09 s         0.42 s
    igraph 1.0 Fruchterman-Reingold, exact  preferential  1.34 s         about 35 s *
    layout_force, before                    preferential  0.34 s         1.93 s
    layout_force, before                    uniform       3.53 s         79 s
    layout_force, before                    generated     3.25 s         59 s
    layout_force                            preferential  0.30 s         1.35 s
    layout_force                            uniform       0.29 s         1.36 s
    layout_force                            generated     0.29 s         1.37 s
    ======================================  ============  =============  ===============

    * quadratic: 30 steps timed and multiplied by 10.

Why parts are laid out apart: laid out together, the parts of a 2,000-node map with uniformly
random ties pushed each other far apart (its three lone nodes ended some 200 units out from a
main part 50 across), so the mesh spanning them all gave that part 7 of its 64 cells a side,
and the near pairs grew from about 10,000 to over 300,000: the layout took 10 times as long as
a connected map's, and 40 times at 10,000 nodes (the "before" rows above).

Other shapes of 10,000 nodes, before and after: two preferential halves of 5,000 joined by one
tie 3.7 s and 1.7 s (crowded balls far apart: the bound on near pairs), five of 2,000 joined
by three ties each 4.7 s and 1.8 s, 100 separate random parts of 100 nodes 2.4 s and 1.3 s.

On speed alone igraph's grid variant wins, by about 3 times, but both it and layout_force meet
the targets (under 1 s and 5 s), and the grid variant pushes only nodes closer than 2 units
apart, so large sparse maps fold onto themselves: on a 2,000-node tree, 600 sampled ties cross
each other 712 times in its layout against 295 in igraph's exact variant and 302 here (measured
before; a tree is one part, and bounding near pairs left its drawing as good: 1,000 sampled
ties of another tree crossed 104 times before and 108 after, mean of 6 seeds). Of the
variants that draw well, this one is about 4 times (2,000 nodes) to 25 times (10,000) faster.
It also needs nothing compiled beyond numpy, is deterministic without swapping the global
random generator igraph draws from, and lets the incremental layout hold settled nodes still
(the bias in ``simulate``), which igraph's API cannot. So force_layout uses its own simulation
(now ``aspdesk.analysis.layout.force``).
"""

from __future__ import annotations

import time

import numpy as np
import pytest

from aspdesk.analysis.layout.force import close_pairs
from aspdesk.analysis.layout.overlap import node_boxes, overlapping_pairs, remove_overlaps
from aspdesk.analysis.layout.positions import (
    MIN_DISTANCE,
    circle_layout,
    cluster_wheel,
    force_layout,
    grid_layout,
    group_layout,
    nearest_distances,
)

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


def _canvas_boxes(nodes: int, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """Boxes in pixels as the canvas draws this map: symbols sized by ties (11 to 36 px, as
    style.node_size), and the 15 biggest labelled (about 120 x 19 px), a 4 px gap."""
    ties = np.bincount(edges.reshape(-1), minlength=nodes)
    sizes = np.minimum(36.0, 11.0 + 3.2 * np.sqrt(ties))
    labels = np.full((nodes, 4), np.nan)
    hubs = np.argsort(-sizes, kind="stable")[:15]
    labels[hubs] = np.column_stack(
        [sizes[hubs] / 2 + 2, np.full(15, -9.5), sizes[hubs] / 2 + 126, np.full(15, 9.5)]
    )
    return node_boxes(sizes, labels), sizes, 4.0


@pytest.mark.parametrize("nodes", [2_000, 10_000])
def test_every_layout_and_its_overlap_pass(nodes: int) -> None:
    """Each layout, then the pass that makes room for symbols and labels, as the graph runs
    it on a map too big for one screen: at the zoom where its nodes stand apart (see
    aspdesk.graph.layouts.room). Generated ties; eight clusters of members, as generate.py."""
    edges = generated_ties(nodes, 3 * nodes)
    px, sizes, gap_px = _canvas_boxes(nodes, edges)
    rng = np.random.default_rng(3)
    kinds = [str(k) for k in rng.choice(["company", "research", "funder", "city"], nodes)]
    memberships = [
        (int(a), int(c), "member") for c in range(8) for a in rng.choice(nodes, nodes // 16)
    ]
    print(f"\n--- {nodes:,} nodes / {3 * nodes:,} ties ---")
    for name in ("force", "circle", "grid", "group", "wheel"):
        unit = float(np.min(px[:, 2:] - px[:, :2], axis=1).max()) + gap_px  # shapes' scale
        boxes, gap = px / unit, gap_px / unit
        started = time.perf_counter()
        if name == "force":
            pos = force_layout(nodes, edges, seed=1)
        elif name == "circle":
            pos = circle_layout(nodes, boxes=boxes, gap=gap)
        elif name == "grid":
            pos = grid_layout(nodes, boxes=boxes, gap=gap, view=(40.0, 25.0))
        elif name == "group":
            pos = group_layout(kinds, boxes=boxes, gap=gap, view=(40.0, 25.0))
        else:
            pos = cluster_wheel(nodes, 8, memberships, ["member"], boxes=boxes, gap=gap)[0]
        laid = time.perf_counter() - started
        if name == "force":  # the zoom where a typical symbol fits by its nearest neighbour
            close = float(np.quantile(nearest_distances(pos), 0.25))
            scale = (float(np.median(sizes)) + gap_px) / close
            boxes, gap = px / scale, gap_px / scale
        before = len(overlapping_pairs(pos, boxes, gap * (1 - 1e-6))[0])
        started = time.perf_counter()
        result = remove_overlaps(pos, boxes, gap=gap)
        passed = time.perf_counter() - started
        moved = float(np.linalg.norm(result - pos, axis=1).max())
        print(
            f"{name:6s} layout {laid:5.2f} s, overlap pass {passed:5.2f} s "
            f"({before:,} overlapping pairs before, the farthest node moved {moved:.2f})"
        )
        assert len(overlapping_pairs(result, boxes, gap * (1 - 1e-6))[0]) == 0
