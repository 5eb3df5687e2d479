"""Where new nodes go on a drawing that stays put: next to what they are tied to, or in free
space. Plain numbers, no Qt.

A few new nodes (one edit's worth, or a small import) are placed one by one, each at the
nearest spot to the middle of its placed neighbours (or of ``area``, the part of the drawing
in view, when it has none) where its box overlaps no other box, it does not sit on a line
between two others, and the lines of its own ties pass by the other nodes rather than
through them. Several tied to nothing, with no view to go to (an import), stand in a block
beside the drawing. Many at once are laid out by the force layout around the drawing,
which does not move, and then moved apart where their boxes overlap.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from aspdesk.analysis.distinct import distinct
from aspdesk.analysis.layout.force import BoolArray, FloatArray, IntArray
from aspdesk.analysis.layout.overlap import remove_overlaps
from aspdesk.analysis.layout.positions import force_layout
from aspdesk.analysis.layout.shapes import GROUP_GAP, as_boxes, table, unit_boxes

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Clearance:
    """What nodes cover on a drawing, as the window shows it (measured by the graph, in map
    units): boxes of the actors drawn, by id, and of new actors, by name; the gap kept
    between boxes; and the part of the map in view (x0, y0, x1, y1), where new actors with
    no tie to what is drawn go."""

    actors: Mapping[int, Box] = field(default_factory=dict)
    names: Mapping[str, Box] = field(default_factory=dict)
    gap: float = 0.0
    area: Box | None = None


ONE_BY_ONE = 50
"""Up to this many new nodes at once are placed one by one; more by the force layout."""

_TRIES = 4000  # spots on the spiral out from the middle
_CHUNK = 250  # spots tried at once
_PICKY = 1000  # spots tried for one clear of lines too, before a clear box is enough
_AROUND = 3  # widest boxes around the spots within which its own ties must pass nodes by


def place_new(
    positions: npt.ArrayLike,
    edges: npt.ArrayLike,
    *,
    boxes: npt.ArrayLike | None = None,
    gap: float = 0.0,
    area: npt.ArrayLike | None = None,
    weights: npt.ArrayLike | None = None,
    seed: int = 0,
) -> FloatArray:
    """``positions`` (n, 2) with its NaN rows (the new nodes) given a place; the other rows
    stay as they are.

    ``edges`` (m, 2) are the ties as node indexes (``weights``, their strengths, for the
    force layout); ``boxes`` (n, 4) what each node covers (see ``overlap.node_boxes``; 1.0
    wide without), ``gap`` apart; ``area`` (x0, y0, x1, y1) where a new node with no placed
    neighbour goes (the part of the drawing in view), else the drawing's middle.
    """
    pos = np.array(positions, dtype=np.float64).reshape(-1, 2)
    n = len(pos)
    new = ~np.isfinite(pos).all(axis=1)
    pairs = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    box = unit_boxes(n) if boxes is None else as_boxes(boxes, n)
    if not new.any():
        return pos
    if new.all() or int(new.sum()) > ONE_BY_ONE:
        laid = force_layout(
            n,
            pairs,
            weights=weights,
            initial=None if new.all() else pos,
            pinned=None if new.all() else ~new,
            seed=seed,
        )
        if new.all():
            return laid
        pos[new] = laid[new]
        return remove_overlaps(pos, box, pinned=~new, gap=gap, seed=seed)
    region = None if area is None else np.asarray(area, dtype=np.float64).reshape(4)
    placed = np.logical_not(new)
    lone = new & (np.bincount(pairs.reshape(-1), minlength=n) == 0)
    if region is None and lone.sum() > 1:
        # several tied to nothing, and no view to put them in: a block beside the drawing
        block = table(box[lone], gap=gap)
        drawn = pos[placed]
        right = float((drawn[:, 0] + box[placed, 2]).max()) if len(drawn) else 0.0
        top = float((drawn[:, 1] + box[placed, 1]).min()) if len(drawn) else 0.0
        block += (
            right + GROUP_GAP - float((block[:, 0] + box[lone, 0]).min()),
            top - float((block[:, 1] + box[lone, 1]).min()),
        )
        pos[lone] = block
        placed |= lone
    while not placed.all():
        ties = _tied_to_placed(pairs, placed)
        node = int(np.argmax(np.where(placed, -1, ties)))
        if ties[node] > 0:
            # next to what it is tied to, in view or not: the view follows it there
            ends = distinct(_neighbours(pairs, node))
            ends = ends[placed[ends]]
            middle = pos[ends].mean(axis=0)
            inside = None
        else:
            ends = np.zeros(0, dtype=np.int64)
            middle = _middle(pos[placed], region)
            inside = region
        pos[node] = free_place(middle, pos, box, placed, node, pairs, ends, gap, inside)
        placed[node] = True
    return pos


def free_place(
    middle: FloatArray,
    pos: FloatArray,
    box: FloatArray,
    placed: BoolArray,
    node: int,
    edges: IntArray,
    ends: IntArray,
    gap: float,
    area: FloatArray | None,
) -> FloatArray:
    """The spot nearest ``middle`` for ``node`` (on a spiral out from it) whose box clears
    the boxes of the ``placed`` nodes by ``gap``, away from the lines of ``edges`` among
    them, with the lines to its tie ``ends`` clear of other nodes, inside ``area`` if
    given; failing that (near the middle), the nearest with its box clear; failing that,
    ``middle``."""
    others = np.flatnonzero(placed)
    size = box[:, 2:] - box[:, :2]
    radius = 0.5 * float(size[node].min())  # the node's own symbol, roughly
    step = 0.5 * max(float(np.median(size.min(axis=1))), 1e-6)
    turns = np.arange(_TRIES)
    spiral = (step * np.sqrt(turns))[:, None] * np.column_stack(
        [np.cos(2.39996 * turns), np.sin(2.39996 * turns)]
    )
    inner = placed[edges[:, 0]] & placed[edges[:, 1]] if len(edges) else np.zeros(0, np.bool_)
    lines = edges[inner]
    widest = float(size.max()) + gap
    fallback: FloatArray | None = None
    for start in range(0, _TRIES, _CHUNK):
        spot = middle + spiral[start : start + _CHUNK]
        # only what lies near these spots can be in the way
        low_end, high_end = spot.min(axis=0) - widest, spot.max(axis=0) + widest
        near = others[((pos[others] >= low_end) & (pos[others] <= high_end)).all(axis=1)]
        ok = np.ones(len(spot), dtype=np.bool_)
        if area is not None:
            ok &= ((spot >= area[:2]) & (spot <= area[2:])).all(axis=1)
        low, high = pos[near] + box[near, :2] - gap, pos[near] + box[near, 2:] + gap
        mine_low, mine_high = spot + box[node, :2], spot + box[node, 2:]
        ok &= ~(
            (mine_low[:, None, 0] < high[None, :, 0])
            & (low[None, :, 0] < mine_high[:, None, 0])
            & (mine_low[:, None, 1] < high[None, :, 1])
            & (low[None, :, 1] < mine_high[:, None, 1])
        ).any(axis=1)
        if not ok.any():
            continue
        if fallback is None:
            fallback = spot[int(np.argmax(ok))]
        if start >= _PICKY:
            return fallback  # far out already: clear of the boxes is enough
        # of the spots clear so far: not on a line between two others ...
        spot = spot[ok]
        low_end, high_end = spot.min(axis=0) - widest, spot.max(axis=0) + widest
        a, b = pos[lines[:, 0]], pos[lines[:, 1]]
        crossing = ((np.minimum(a, b) <= high_end) & (np.maximum(a, b) >= low_end)).all(axis=1)
        good = _clear_of_lines(spot, a[crossing], b[crossing], radius + gap)
        # ... and with its own lines clear of the nodes around it (far off, a long tie
        # across a crowded map cannot miss them all)
        reach = _AROUND * widest
        around = others[
            ((pos[others] >= low_end - reach) & (pos[others] <= high_end + reach)).all(axis=1)
        ]
        for end in ends:
            passing = around[around != end]
            if len(passing) and good.any():
                clearance = 0.5 * size[passing].min(axis=1) + gap
                good &= _lines_clear(spot, pos[end], pos[passing], clearance)
        if good.any():
            found: FloatArray = spot[int(np.argmax(good))]
            return found
    return middle.copy() if fallback is None else fallback


def _clear_of_lines(
    spot: FloatArray, start: FloatArray, end: FloatArray, clearance: float
) -> BoolArray:
    """Whether each spot is at least ``clearance`` from every segment start-end."""
    if not len(start):
        return np.ones(len(spot), dtype=np.bool_)
    return np.asarray(
        (_distance(spot[:, None, :], start[None, :, :], end[None, :, :]) >= clearance).all(axis=1)
    )


def _lines_clear(
    spot: FloatArray, end: FloatArray, others: FloatArray, clearance: FloatArray
) -> BoolArray:
    """Whether the segment from each spot to ``end`` passes every one of ``others`` at
    least its ``clearance`` away."""
    gaps = _distance(others[None, :, :], spot[:, None, :], end[None, None, :])
    return np.asarray((gaps >= clearance[None, :]).all(axis=1))


def _distance(point: FloatArray, start: FloatArray, end: FloatArray) -> FloatArray:
    """Distance from ``point`` to the segment ``start``-``end`` (broadcast)."""
    along = end - start
    length = (along * along).sum(axis=-1)
    t = ((point - start) * along).sum(axis=-1) / np.maximum(length, 1e-18)
    nearest = start + np.clip(t, 0.0, 1.0)[..., None] * along
    result: FloatArray = np.sqrt(((point - nearest) ** 2).sum(axis=-1))
    return result


def _tied_to_placed(edges: IntArray, placed: BoolArray) -> IntArray:
    """For each node, its number of ties to placed nodes."""
    n = len(placed)
    if not len(edges):
        return np.zeros(n, dtype=np.int64)
    a, b = edges[:, 0], edges[:, 1]
    counts: IntArray = np.bincount(a, placed[b], n).astype(np.int64) + np.bincount(
        b, placed[a], n
    ).astype(np.int64)
    return counts


def _neighbours(edges: IntArray, node: int) -> IntArray:
    ends: IntArray = np.concatenate([edges[edges[:, 0] == node, 1], edges[edges[:, 1] == node, 0]])
    result: IntArray = ends[ends != node]
    return result


def _middle(placed: FloatArray, area: FloatArray | None) -> FloatArray:
    """Where a node with no placed neighbour starts looking: the middle of ``area``, else of
    the drawing (the origin on an empty one)."""
    if area is not None:
        middle: FloatArray = (area[:2] + area[2:]) / 2
        return middle
    if not len(placed):
        return np.zeros(2)
    centre: FloatArray = (placed.min(axis=0) + placed.max(axis=0)) / 2
    return centre
