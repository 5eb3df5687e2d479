"""Node positions for the network canvas as plain numbers: numpy arrays, no Qt.

Every layout returns float64 positions of shape (n, 2), scaled so that neighbouring nodes are
about 1.0 apart (the canvas scales), with no two nodes closer than MIN_DISTANCE. For the force
layout "neighbouring" means nearest on the canvas: the mean distance from a node to its nearest
other node is 1.0 (on a dense map ties are longer, since they cross the drawing). The force
layout is deterministic for a given seed; the shapes have no randomness at all. How the
force simulation works, and why it is numpy rather than igraph, is told in ``force``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from aspdesk.analysis.distinct import distinct
from aspdesk.analysis.layout.force import (
    MIN_DISTANCE,
    PAIR_PART,
    BoolArray,
    FloatArray,
    Forces,
    IntArray,
    balanced_k,
    charges,
    close_pairs,
    components,
    mesh_size,
    net_force,
    part_pairs,
    separate,
    simulate,
)
from aspdesk.analysis.layout.rings import circle_layout, cluster_wheel
from aspdesk.analysis.layout.shapes import grid_layout, group_layout, pack_parts

__all__ = [
    "MIN_DISTANCE",
    "circle_layout",
    "cluster_wheel",
    "force_layout",
    "grid_layout",
    "group_layout",
    "nearest_distances",
    "spacing",
]

_STEPS = 300
_REFINE_STEPS = 60
_PIN_STEPS = 100

# progress(done, total) of a long computation; may raise to stop it (the app's Cancel).
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    """The progress callback of a layout nobody watches."""


class _Steps:
    """Counts simulation steps for ``progress``: the steps done of all the layout takes
    (each simulation adds its steps to ``total`` before it begins)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.done = 0
        self.total = 0

    def __call__(self) -> None:
        self.done += 1
        self.progress(self.done, self.total)


def force_layout(
    node_count: int,
    edges: npt.ArrayLike,
    *,
    weights: npt.ArrayLike | None = None,
    initial: npt.ArrayLike | None = None,
    pinned: npt.ArrayLike | None = None,
    seed: int = 0,
    iterations: int | None = None,
    progress: Progress = no_progress,
) -> FloatArray:
    """Positions (node_count, 2) from a force simulation, nearest nodes about 1.0 apart.

    ``edges`` are (m, 2) node indexes (repeats and both directions count once, the strongest
    weight wins; self-loops are ignored); ``weights`` (m,) tie strengths 1..5 pull a little
    closer. Rows of ``initial`` that are NaN (or repeat the spot of an earlier free node) are
    not placed yet.

    When at least half the nodes are placed, the layout is incremental: new nodes start next
    to their placed neighbours (or, with none, in a row just outside the drawing), and only
    they and the placed nodes tied to them or within a few spacings of them move; the rest
    stay put, apart from the final separation pass. Otherwise the layout is made afresh, each
    separate part on its own, then packed closely around the largest, lone nodes in rows
    below. ``pinned`` nodes keep their ``initial`` position exactly (a fresh layout is first
    turned and shifted to fit them). ``iterations`` overrides the number of simulation steps
    (300 fresh, 60 incremental). The same input and ``seed`` give the same output.
    ``progress(done, total)`` is told of every simulation step; an exception it raises
    (a cancel) stops the layout.
    """
    n = int(node_count)
    if n < 0:
        raise ValueError("node_count must not be negative")
    if iterations is not None and iterations < 0:
        raise ValueError("iterations must not be negative")
    src, dst, pull = _ties(n, edges, weights)
    start, placed, fixed = _positions(n, initial, pinned)
    if n == 0:
        return np.zeros((0, 2), dtype=np.float64)
    rng = np.random.default_rng(seed)
    charge = charges(n, src, dst)
    tick = _Steps(progress)
    if placed.any() and 2 * int(placed.sum()) >= n:
        pos = _place_new(start, placed, src, dst, rng)
        pos[fixed] = start[fixed]
        before = _forces_among(start, placed, src, dst, pull)
        # the placed layout counts as settled: its nodes answer only to what changed, and
        # only those near a new node (by a tie or within a few spacings) move at all
        bias = np.zeros((n, 2))
        bias[placed] = -net_force(start[placed], before)
        i, j = close_pairs(pos, 3.0 * _mean_nearest(start[placed]))
        i, j = np.concatenate([i, j, src, dst]), np.concatenate([j, i, dst, src])
        stirred = np.zeros(n, dtype=np.bool_)
        stirred[i[~placed[j]]] = True
        forces = Forces(src, dst, pull, charge, k=before.k, centre=before.centre)
        steps = _REFINE_STEPS if iterations is None else iterations
        tick.total = steps
        pos = simulate(
            pos,
            forces,
            steps=steps,
            heat=0.5 * before.k,
            fixed=fixed | (placed & ~stirred),
            calm=placed | (charge == 1.0),
            bias=bias,
            tick=tick,
        )
    else:
        label = components(n, src, dst)
        steps = _STEPS if iterations is None else iterations
        pin_steps = _PIN_STEPS if iterations is None else iterations
        tick.total = pin_steps if fixed.any() else 0  # _fresh adds its own
        pos = pack_parts(_fresh(label, src, dst, pull, charge, rng, steps, tick), label)
        if fixed.any():  # bring the fresh layout to the pins, then let it settle around them
            pos = _align(pos, start, fixed)
            pos[fixed] = start[fixed]
            k = balanced_k(pos, src, dst, pull, charge)
            around = Forces(src, dst, pull, charge, k=k, centre=pos.mean(axis=0))
            pos = simulate(pos, around, steps=pin_steps, heat=0.5 * k, fixed=fixed, tick=tick)
    pos[fixed] = start[fixed]
    return separate(pos, fixed, rng)


def _fresh(
    label: IntArray,
    src: IntArray,
    dst: IntArray,
    pull: FloatArray,
    charge: FloatArray,
    rng: np.random.Generator,
    steps: int,
    tick: _Steps,
) -> FloatArray:
    """Each part of the network laid out on its own about the origin (parts overlap until
    packed), all scaled alike so that nearest nodes within a part are 1.0 apart on average.

    Laid out together, parts push each other far apart (lone nodes most), and a mesh spanning
    them all would squeeze the largest into a few cells, with thousands of near pairs to add
    back exactly each step. So each part is pushed only by its own nodes, in a few batches:
    the small parts (up to PAIR_PART nodes) in one, the larger ones in one per mesh size.
    """
    n = len(label)
    _, part, sizes = np.unique(label, return_inverse=True, return_counts=True)
    size = sizes[part]
    start = rng.normal(size=(n, 2)) * (0.3 * np.sqrt(size))[:, None]
    pos, nearest = np.zeros((n, 2)), np.zeros(n)
    # batch of each node: 0 for lone nodes (pack_parts places them), 1 for small parts, else
    # the mesh size of its part
    batch = np.array([mesh_size(int(s), least=16) if s > PAIR_PART else 1 for s in sizes])[part]
    batch[size == 1] = 0
    keys = distinct(batch[batch > 0])
    tick.total += steps * len(keys)
    for key in keys:
        nodes = np.flatnonzero(batch == key)
        nodes = nodes[np.argsort(part[nodes], kind="stable")]  # each part in one run
        index = np.full(n, -1, dtype=np.int64)
        index[nodes] = np.arange(len(nodes))
        inner = index[src] >= 0  # a part holds both ends of each of its ties
        forces = Forces(
            index[src[inner]],
            index[dst[inner]],
            pull[inner],
            charge[nodes],
            k=1.0,
            centre=np.zeros(2),
            parts=part[nodes],
        )
        pos[nodes] = simulate(
            start[nodes],
            forces,
            steps=steps,
            heat=0.1 * np.sqrt(n) + 1.0,  # as hot as for the whole: small parts untangle better
            fixed=np.zeros(len(nodes), dtype=np.bool_),
            tick=tick,
        )
        if key == 1:
            nearest[nodes] = _nearest(pos[nodes], part_pairs(part[nodes]))
        else:
            for run in np.split(nodes, np.flatnonzero(np.diff(part[nodes])) + 1):
                nearest[run] = _nearest(pos[run])
    scale = float(nearest[size > 1].mean()) if (size > 1).any() else 1.0
    result: FloatArray = pos / (scale if scale > 1e-9 else 1.0)
    return result


def _forces_among(
    start: FloatArray, placed: BoolArray, src: IntArray, dst: IntArray, pull: FloatArray
) -> Forces:
    """The forces among the placed nodes alone, with the k that balances their layout."""
    index = np.cumsum(placed) - 1
    inner = placed[src] & placed[dst]
    sub_src, sub_dst, sub_pull = index[src[inner]], index[dst[inner]], pull[inner]
    pos = start[placed]
    charge = charges(len(pos), sub_src, sub_dst)
    k = balanced_k(pos, sub_src, sub_dst, sub_pull, charge)
    return Forces(sub_src, sub_dst, sub_pull, charge, k=k, centre=pos.mean(axis=0))


def _ties(
    n: int, edges: npt.ArrayLike, weights: npt.ArrayLike | None
) -> tuple[IntArray, IntArray, FloatArray]:
    """Each tie once (the strongest of its repeats), without self-loops, with its pull."""
    pairs = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    strength = (
        np.ones(len(pairs))
        if weights is None
        else np.asarray(weights, dtype=np.float64).reshape(-1)
    )
    if len(strength) != len(pairs):
        raise ValueError("weights must have one value per edge")
    if len(pairs) and (int(pairs.min()) < 0 or int(pairs.max()) >= n):
        raise ValueError("an edge refers to a node index out of range")
    if not np.isfinite(strength).all():
        raise ValueError("weights must be finite")
    keep = pairs[:, 0] != pairs[:, 1]
    pairs, strength = np.sort(pairs[keep], axis=1), strength[keep]
    key = pairs[:, 0] * n + pairs[:, 1]
    order = np.lexsort((-strength, key))  # each tie's strongest repeat first
    first = np.ones(len(order), dtype=np.bool_)
    first[1:] = key[order][1:] != key[order][:-1]
    chosen = order[first]
    pull = 1.0 + 0.15 * (np.clip(strength[chosen], 1.0, 5.0) - 1.0)  # 1.0 to 1.6: mild
    return pairs[chosen, 0], pairs[chosen, 1], pull


def _positions(
    n: int, initial: npt.ArrayLike | None, pinned: npt.ArrayLike | None
) -> tuple[FloatArray, BoolArray, BoolArray]:
    start: FloatArray = (
        np.full((n, 2), np.nan)
        if initial is None
        else np.array(initial, dtype=np.float64).reshape(n, 2)
    )
    placed = np.isfinite(start[:, 0]) & np.isfinite(start[:, 1])
    start[~placed] = np.nan
    fixed = (
        np.zeros(n, dtype=np.bool_)
        if pinned is None
        else np.asarray(pinned, dtype=np.bool_).reshape(n)
    )
    if (fixed & ~placed).any():
        raise ValueError("a pinned node needs a finite initial position")
    # a free node on the very spot of an earlier one was never really placed
    spots = np.flatnonzero(placed)
    _, first = np.unique(start[spots], axis=0, return_index=True)
    repeat = np.ones(len(spots), dtype=np.bool_)
    repeat[first] = False
    unplaced = spots[repeat & ~fixed[spots]]
    placed[unplaced], start[unplaced] = False, np.nan
    return start, placed, fixed


def _place_new(
    start: FloatArray, placed: BoolArray, src: IntArray, dst: IntArray, rng: np.random.Generator
) -> FloatArray:
    """New nodes next to their placed neighbours, or in a row around the drawing's edge."""
    pos, done, n = start.copy(), placed.copy(), len(start)
    centre = pos[done].mean(axis=0)
    radius = float(np.sqrt(((pos[done] - centre) ** 2).sum(axis=1)).max()) + 2.0
    spacing = _mean_nearest(pos[done])
    ends, others = np.concatenate([src, dst]), np.concatenate([dst, src])
    slot = 0
    while True:
        while True:  # spread out from placed nodes, a ring of neighbours at a time
            reach = done[others] & ~done[ends]
            if not reach.any():
                break
            count = np.bincount(ends[reach], minlength=n)
            new = count > 0
            for axis in (0, 1):
                total = np.bincount(ends[reach], pos[others[reach], axis], n)
                pos[new, axis] = total[new] / count[new]
            angle = rng.uniform(0.0, 2 * np.pi, int(new.sum()))
            pos[new] += 0.7 * spacing * np.column_stack([np.cos(angle), np.sin(angle)])
            done |= new
        if done.all():
            return pos
        # a node with no placed neighbour: the next free spot on a ring around the drawing
        ring = radius + spacing * slot * spacing / (2 * np.pi * radius)
        turn = -np.pi / 2 + slot * spacing / ring
        pos[int(np.argmin(done))] = centre + ring * np.array([np.cos(turn), np.sin(turn)])
        done[int(np.argmin(done))] = True
        slot += 1


def nearest_distances(positions: npt.ArrayLike) -> FloatArray:
    """Distance from each node to its nearest other node (at most 1.5 mean spacings)."""
    pos = np.asarray(positions, dtype=np.float64).reshape(-1, 2)
    return _nearest(pos) if len(pos) >= 2 else np.ones(len(pos))


def spacing(positions: npt.ArrayLike) -> float:
    """How far apart nodes are: the mean distance from each to its nearest other node.

    Layouts make this 1.0; a drawing from another program (in pixels) has its own, which
    tells how much to scale it.
    """
    return _mean_nearest(np.asarray(positions, dtype=np.float64).reshape(-1, 2))


def _mean_nearest(pos: FloatArray) -> float:
    """Mean distance from each node to its nearest other node (1.0 if there is none)."""
    if len(pos) < 2:
        return 1.0
    mean = float(_nearest(pos).mean())
    return mean if mean > 1e-9 else 1.0


def _nearest(pos: FloatArray, pairs: tuple[IntArray, IntArray] | None = None) -> FloatArray:
    """Distance from each node to its nearest other node: among ``pairs``, if given (each
    node in one at least), else among all, but at most 1.5 mean spacings (by area)."""
    n = len(pos)
    if pairs is None:
        area = max(float(np.prod(np.ptp(pos, axis=0) + 1e-9)), 1e-12)
        radius = 1.5 * np.sqrt(area / max(n, 1))
        i, j = close_pairs(pos, radius)
        nearest = np.full(n, radius)
    else:
        (i, j), nearest = pairs, np.full(n, np.inf)
    dist = np.sqrt(((pos[i] - pos[j]) ** 2).sum(axis=1))
    np.minimum.at(nearest, i, dist)
    np.minimum.at(nearest, j, dist)
    return nearest


def _align(pos: FloatArray, target: FloatArray, fixed: BoolArray) -> FloatArray:
    """Turn and shift a fresh layout so its pinned nodes land near their pinned places."""
    mine, theirs = pos[fixed], target[fixed]
    mine_mid, their_mid = mine.mean(axis=0), theirs.mean(axis=0)
    if len(mine) < 2:
        shifted: FloatArray = pos - mine_mid + their_mid
        return shifted
    u, _, vt = np.linalg.svd((mine - mine_mid).T @ (theirs - their_mid))
    turned: FloatArray = (pos - mine_mid) @ (u @ vt) + their_mid
    return turned
