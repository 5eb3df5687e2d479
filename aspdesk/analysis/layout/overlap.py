"""Moving nodes apart until no two overlap, labels included, as plain numbers: no Qt.

Like Gephi's Noverlap with Label Adjust, each node stands for the box it covers on the
picture (its symbol and its label beside it, as offsets from the node in layout units, which
the graph layer measures from the font on screen). Rounds of pushes move the two ends of each
overlapping pair apart along the axis on which they overlap least, the least move that
parts them; a pinned node never moves (its partner takes the whole move). Only overlapping
nodes move, so the drawing keeps its shape. Candidate pairs come from a grid of cells about
one box wide (each box listed in every cell it covers), so a round costs about O(n) however
the boxes differ in size; they are found once for several rounds, with a margin that covers
how far the rounds can move a node.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from aspdesk.analysis.distinct import distinct
from aspdesk.analysis.layout.force import BoolArray, FloatArray, IntArray, components, part_pairs

ROUNDS = 600
"""Push rounds before the last resort (each crowded node to the nearest free spot)."""

_GROW_EVERY = 30  # rounds that must halve the overlaps, else each clump spreads out
_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))


def node_boxes(diameters: npt.ArrayLike, labels: npt.ArrayLike | None = None) -> FloatArray:
    """What each node covers, as (n, 4) offsets (x0, y0, x1, y1) from the node: a square of
    its symbol's ``diameter`` and, where a row of ``labels`` (x0, y0, x1, y1) is finite,
    the label's box too (the smallest box holding both)."""
    half = np.asarray(diameters, dtype=np.float64).reshape(-1) / 2
    boxes = np.column_stack([-half, -half, half, half])
    if labels is not None:
        label = np.asarray(labels, dtype=np.float64).reshape(-1, 4)
        shown = np.isfinite(label).all(axis=1)
        boxes[shown, :2] = np.minimum(boxes[shown, :2], label[shown, :2])
        boxes[shown, 2:] = np.maximum(boxes[shown, 2:], label[shown, 2:])
    return boxes


def overlapping_pairs(
    positions: npt.ArrayLike, boxes: npt.ArrayLike, gap: float = 0.0
) -> tuple[IntArray, IntArray]:
    """Index pairs (i < j) of nodes whose boxes, ``gap`` apart at least, overlap."""
    pos = np.asarray(positions, dtype=np.float64).reshape(-1, 2)
    box = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    room = gap - _noise(box)
    low, high = pos + box[:, :2] - room / 2, pos + box[:, 2:] + room / 2
    i, j = _candidates(low, high)
    hit = _overlap(low, high, i, j)
    return i[hit], j[hit]


def spread_factor(positions: npt.ArrayLike, boxes: npt.ArrayLike, gap: float = 0.0) -> float:
    """The least factor (1 or more) by which ``positions`` scaled about the origin leave no
    two ``boxes`` overlapping, ``gap`` apart: scaling only moves nodes apart, so each pair
    that overlaps now parts at its own factor, and the largest is it. Nodes on one spot
    are never parted so; they are left out."""
    pos = np.asarray(positions, dtype=np.float64).reshape(-1, 2)
    box = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    i, j = overlapping_pairs(pos, box, gap)
    if not len(i):
        return 1.0
    delta = pos[j] - pos[i]
    # how far apart each axis needs the nodes: the box on the side facing the other
    need = np.where(delta >= 0, box[i, 2:] - box[j, :2], box[j, 2:] - box[i, :2]) + gap
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(np.abs(delta) > 0, need / np.abs(delta), np.inf).min(axis=1)
    factor = factor[np.isfinite(factor)]
    return max(1.0, float(factor.max(initial=1.0)) * (1 + 1e-9))


def remove_overlaps(
    positions: npt.ArrayLike,
    boxes: npt.ArrayLike,
    *,
    pinned: npt.ArrayLike | None = None,
    gap: float = 0.0,
    frame: npt.ArrayLike | None = None,
    seed: int = 0,
) -> FloatArray:
    """``positions`` (n, 2) moved as little as it takes for no two ``boxes`` (n, 4: x0, y0,
    x1, y1 from each node, see :func:`node_boxes`) to overlap or come closer than ``gap``.

    ``pinned`` nodes keep their positions exactly; two pinned nodes that overlap stay so.
    With a ``frame`` (x0, y0, x1, y1) free nodes stay within it (so the drawing keeps its
    extent), unless the last resort must take one out. The same input and ``seed`` give
    the same output.
    """
    pos = np.array(positions, dtype=np.float64).reshape(-1, 2)
    box = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    n = len(pos)
    if len(box) != n:
        raise ValueError("boxes must have one row per node")
    if not (np.isfinite(pos).all() and np.isfinite(box).all()):
        raise ValueError("positions and boxes must be finite")
    if (box[:, 2:] < box[:, :2]).any():
        raise ValueError("a box must not be turned inside out (x1 < x0 or y1 < y0)")
    fixed = np.zeros(n, dtype=np.bool_) if pinned is None else np.asarray(pinned, bool).reshape(n)
    bounds = None if frame is None else np.asarray(frame, dtype=np.float64).reshape(4)
    if n < 2:
        return pos
    rng = np.random.default_rng(seed)
    # Pushes overshoot by a hair of the smallest box, so a parted pair stays parted; boxes
    # closer than the gap by float noise only (a grid laid out at exactly the gap) count as
    # apart, as in overlapping_pairs, which callers check with.
    hair = 1e-6 * max(float((box[:, 2:] - box[:, :2]).min()), 1e-3) + 1e-9
    room = gap + 2 * hair
    half = (box[:, 2:] - box[:, :2]) / 2 + room / 2
    middle = (box[:, 2:] + box[:, :2]) / 2  # the box's centre, from its node
    # Candidate pairs are searched with boxes grown by this margin, and searched again once
    # a node has moved half of it since: until then no unlisted pair can overlap.
    margin = float(np.median(half.max(axis=1)))
    searched = np.full((n, 2), np.inf)
    pairs = _EMPTY
    since, crowded = 0, n * n  # the round and number of overlaps last checked for a jam
    for round_ in range(ROUNDS):
        centre = pos + middle
        if np.abs(pos - searched).max() > margin / 2:
            low, high = centre - half - margin / 2, centre + half + margin / 2
            i, j = _candidates(low, high)
            keep = _overlap(low, high, i, j) & ~(fixed[i] & fixed[j])
            pairs, searched = (i[keep], j[keep]), pos.copy()
        i, j = pairs
        delta = centre[j] - centre[i]
        push = half[i] + half[j] - np.abs(delta)  # overlap on each axis, where positive
        hit = (push > 2 * hair + _noise(box)).all(axis=1)
        if not hit.any():
            return pos
        i, j, delta, push = i[hit], j[hit], delta[hit], push[hit]
        if round_ - since >= _GROW_EVERY:
            jammed = 2 * len(i) > crowded  # pushes alone would take hundreds of rounds
            since, crowded = round_, len(i)
            if jammed:
                _loosen(pos, fixed, i, j)
                _keep_inside(pos, fixed, bounds)
                continue
        axis = (push[:, 1] < push[:, 0]).astype(np.int64)  # the axis of least overlap
        rows = np.arange(len(i))
        side = np.sign(delta[rows, axis])
        same = side == 0
        side[same] = rng.choice([-1.0, 1.0], int(same.sum()))
        amount = push[rows, axis] * side
        share_i = np.where(fixed[i], 0.0, np.where(fixed[j], 1.0, 0.5))
        step = np.zeros((n, 2))
        for a in (0, 1):
            moved = np.where(axis == a, amount, 0.0)
            step[:, a] -= np.bincount(i, moved * share_i, n)
            step[:, a] += np.bincount(j, moved * (1.0 - share_i), n)
        crowd = np.bincount(np.concatenate([i, j]), minlength=n)
        # Over-relaxed, by a random factor: exact pushes settle slowly, and a fixed factor
        # can trap a few pairs in a cycle of pushes back and forth.
        step *= rng.uniform(1.4, 2.2) / np.sqrt(np.maximum(crowd, 1))[:, None]
        step[fixed] = 0.0
        pos += step
        _keep_inside(pos, fixed, bounds)
    return _settle(pos, box, fixed, room, bounds)


def _loosen(pos: FloatArray, fixed: BoolArray, i: IntArray, j: IntArray) -> None:
    """Spread each clump of overlapping nodes out from its middle by a tenth: a jam that
    pushes, a node's width a round, would take a round per node across to clear."""
    n = len(pos)
    label = components(n, i, j)
    _, part, size = np.unique(label, return_inverse=True, return_counts=True)
    middle = np.column_stack([np.bincount(part, pos[:, a]) / size for a in (0, 1)])
    clumped = ~fixed & (size[part] > 1)
    pos[clumped] = middle[part[clumped]] + (pos[clumped] - middle[part[clumped]]) * 1.1


def _keep_inside(pos: FloatArray, fixed: BoolArray, frame: FloatArray | None) -> None:
    """Bring free nodes that left ``frame`` (x0, y0, x1, y1, for the nodes) back to it."""
    if frame is not None:
        free = ~fixed
        pos[free] = np.clip(pos[free], frame[:2], frame[2:])


def _settle(
    pos: FloatArray, box: FloatArray, fixed: BoolArray, room: float, frame: FloatArray | None
) -> FloatArray:
    """Last resort: move each free node still overlapping to the nearest free spot on a
    spiral around it, within ``frame`` if there is one there (rarely needed: nodes jammed
    among pinned ones, or in a frame too small)."""
    tries = np.arange(1, 6000)
    step = float(np.minimum(box[:, 2] - box[:, 0], box[:, 3] - box[:, 1]).min()) / 2 + room
    spiral = (step * np.sqrt(tries))[:, None] * np.column_stack(
        [np.cos(2.39996 * tries), np.sin(2.39996 * tries)]
    )
    for _ in range(len(pos)):
        i, j = overlapping_pairs(pos, box, room)
        movable = ~(fixed[i] & fixed[j])
        if not movable.any():
            return pos
        node = int(np.where(fixed[i[movable]], j[movable], i[movable])[0])
        others = np.delete(np.arange(len(pos)), node)
        low = pos[others] + box[others, :2] - room
        high = pos[others] + box[others, 2:] + room
        for start in range(0, len(spiral), 500):
            spot = pos[node] + spiral[start : start + 500]
            mine_low, mine_high = spot + box[node, :2], spot + box[node, 2:]
            clear = ~(
                (mine_low[:, None, 0] < high[None, :, 0])
                & (low[None, :, 0] < mine_high[:, None, 0])
                & (mine_low[:, None, 1] < high[None, :, 1])
                & (low[None, :, 1] < mine_high[:, None, 1])
            ).any(axis=1)
            if frame is not None:
                inside = ((spot >= frame[:2]) & (spot <= frame[2:])).all(axis=1)
                if (clear & inside).any():
                    clear &= inside
            if clear.any():
                pos[node] = spot[int(np.argmax(clear))]
                break
        else:
            pos[node] = [high[:, 0].max() - box[node, 0], pos[node, 1]]
    return pos


def _noise(box: FloatArray) -> float:
    """How much closer than the gap two boxes may come by float rounding alone."""
    extent = float(np.abs(box).max()) if len(box) else 1.0
    return 1e-9 * max(extent, 1.0)


def _candidates(low: FloatArray, high: FloatArray) -> tuple[IntArray, IntArray]:
    """Pairs (i < j) of boxes that share a grid cell, each pair once."""
    n = len(low)
    if n < 2:
        return _EMPTY
    size = (high - low).max(axis=1)
    cell = max(float(np.median(size)), 1e-9)
    origin = low.min(axis=0)
    first = np.floor((low - origin) / cell).astype(np.int64)
    last = np.floor((high - origin) / cell).astype(np.int64)
    span = last - first + 1
    count = span[:, 0] * span[:, 1]
    node = np.repeat(np.arange(n), count)
    k = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    cx = first[node, 0] + k % span[node, 0]
    cy = first[node, 1] + k // span[node, 0]
    key = cx * (int(last[:, 1].max()) + 1) + cy
    a, b = part_pairs(key)
    i, j = np.minimum(node[a], node[b]), np.maximum(node[a], node[b])
    keep = i != j
    i, j = i[keep], j[keep]
    if (count > 1).any():  # a pair sharing several cells is listed once per cell
        unique = distinct(i * n + j)
        i, j = unique // n, unique % n
    return i, j


def _overlap(low: FloatArray, high: FloatArray, i: IntArray, j: IntArray) -> BoolArray:
    result: BoolArray = (
        (low[i, 0] < high[j, 0])
        & (low[j, 0] < high[i, 0])
        & (low[i, 1] < high[j, 1])
        & (low[j, 1] < high[i, 1])
    )
    return result
