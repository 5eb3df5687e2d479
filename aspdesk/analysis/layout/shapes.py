"""Fixed layouts (a grid, blocks per group) and the packing of network parts. No randomness,
no Qt.

A node takes the box it covers on the picture (its symbol and its label, as offsets from the
node; see ``overlap.node_boxes``). A grid is a table: filled down its columns, each column as
wide as its widest box and each row as tall as the tallest, so labels never reach the next
column. Without boxes nodes are 1.0 apart. y grows downward, as the canvas draws it: the
first row is the top one. (``pack_parts`` and ``shelve`` stack rows toward smaller y.)
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

GROUP_GAP = 2.0
"""Clear space between the blocks of group_layout and between the wheels of cluster_wheel."""

_DISCS = 40  # network parts packed as discs; any smaller ones go in rows
_UNIT = (-0.5, -0.5, 0.5, 0.5)  # a node's box without labels: neighbours 1.0 apart


def grid_layout(
    node_count: int,
    *,
    order: Sequence[int] | None = None,
    boxes: npt.ArrayLike | None = None,
    gap: float = 0.0,
    view: tuple[float, float] | None = None,
) -> FloatArray:
    """Nodes in a table (see :func:`table`) in ``order``, down each column from the top
    left, spread to fill ``view`` (width, height) where it has room; centred on the origin."""
    placed = slots(node_count, order)
    box = unit_boxes(node_count) if boxes is None else as_boxes(boxes, node_count)
    pos = np.zeros((node_count, 2))
    pos[placed] = table(box[placed], gap=gap, view=view)
    return pos


def group_layout(
    groups: Sequence[str],
    *,
    group_order: Sequence[str] | None = None,
    boxes: npt.ArrayLike | None = None,
    gap: float = 0.0,
    view: tuple[float, float] | None = None,
) -> FloatArray:
    """One group per column, or per run of columns where it is long: a table (see
    :func:`table`) whose groups each start a column, GROUP_GAP more between groups.

    Groups follow ``group_order``, left to right; values it does not list come after, in
    the order they first appear. Within a group nodes keep their index order.
    """
    members: dict[str, list[int]] = defaultdict(list)
    for index, value in enumerate(groups):
        members[value].append(index)
    box = unit_boxes(len(groups)) if boxes is None else as_boxes(boxes, len(groups))
    listed = [g for g in dict.fromkeys(group_order or ()) if g in members]
    keys = listed + [g for g in members if g not in set(listed)]
    order = np.array([n for g in keys for n in members[g]], dtype=np.int64)
    pos = np.zeros((len(groups), 2))
    runs = [len(members[g]) for g in keys]
    pos[order] = table(box[order], gap=gap, view=view, runs=runs)
    return pos


def table(
    boxes: FloatArray,
    *,
    gap: float = 0.0,
    aspect: float = 1.0,
    view: tuple[float, float] | None = None,
    runs: Sequence[int] | None = None,
) -> FloatArray:
    """Spots for nodes with ``boxes`` (n, 4) in columns, filled from the top down and left
    to right: each column as wide as its widest box, each row as tall as the tallest,
    ``gap`` between them; each of ``runs`` (counts of consecutive nodes, all in one run
    without) starts a new column, GROUP_GAP further on. Centred on the origin.

    The number of rows makes the table fill a view ``aspect`` times as wide as high, or
    ``view`` (width, height), as much as it can. Where the view has room to spare, the
    number of rows leaves the most room between rows and columns alike, and the rest of
    the view is shared out among them: labels keep their size as the canvas zooms in, so
    an even spread reads best.
    """
    count = len(boxes)
    if count == 0:
        return np.zeros((0, 2))
    lengths = np.array([count] if runs is None else list(runs), dtype=np.int64)
    pitch = float(boxes[:, 3].max() - boxes[:, 1].min()) + gap
    wide = float(np.mean(boxes[:, 2] - boxes[:, 0])) + gap
    shape = (aspect, 1.0) if view is None else view
    aspect = shape[0] / max(shape[1], 1e-9)
    guess = math.sqrt(count * wide / (max(aspect, 1e-6) * pitch))
    low = max(1, int(guess / 3))
    high = max(low, min(int(lengths.max()), int(3 * guess) + 1))
    best: tuple[float, float] = (-math.inf, -math.inf)
    rows = low
    for tried in range(low, high + 1):
        column, _ = _cells(lengths, tried)
        width = float(_columns(boxes, column, lengths, gap)[-1])
        height = min(tried, int(lengths.max())) * pitch
        zoom = min(shape[0] / max(width, 1e-9), shape[1] / height)
        score = (0.0, zoom)
        if view is not None:
            room = min((view[0] - width) / (column[-1] + 1), (view[1] - height) / tried)
            score = (1.0, room) if room >= 0 else (0.0, zoom)
        if score > best:
            best, rows = score, tried
    column, row = _cells(lengths, rows)
    lefts = _columns(boxes, column, lengths, gap)
    width, columns = float(lefts[-1]), int(column[-1]) + 1
    used = min(rows, int(lengths.max()))
    extra_x = extra_y = 0.0  # room shared out between columns and between rows
    if view is not None:
        extra_x = max(0.0, view[0] - width) / max(columns - 1, 1)
        extra_y = max(0.0, view[1] - (used * pitch - gap)) / max(used - 1, 1)
    x = lefts[:-1][column] + extra_x * column
    y = row * (pitch + extra_y)
    return _centred(np.column_stack([x, y]).astype(np.float64))


def _cells(lengths: IntArray, rows: int) -> tuple[IntArray, IntArray]:
    """Column and row of each node, runs of ``lengths`` each starting a column."""
    count = int(lengths.sum())
    start = np.repeat(np.cumsum(lengths) - lengths, lengths)  # each node's run's first
    within = np.arange(count) - start
    columns = -(-lengths // rows)  # each run's number of columns
    first = np.repeat(np.cumsum(columns) - columns, lengths)
    return first + within // rows, within % rows


def _columns(boxes: FloatArray, column: IntArray, lengths: IntArray, gap: float) -> FloatArray:
    """Where each column's nodes stand (x), and the table's width last; runs of ``lengths``
    are GROUP_GAP further apart."""
    starts = np.flatnonzero(np.r_[True, column[1:] != column[:-1]])
    left = np.minimum.reduceat(boxes[:, 0], starts)  # reach left of the column's nodes
    right = np.maximum.reduceat(boxes[:, 2], starts)
    first_of_run = np.zeros(len(starts), dtype=np.bool_)
    run_starts = np.cumsum(lengths) - lengths
    first_of_run[np.searchsorted(starts, run_starts)] = True
    space = (right - left) + gap + np.where(np.r_[first_of_run[1:], False], GROUP_GAP, 0.0)
    edges = np.concatenate([[0.0], np.cumsum(space)])  # each column's left edge
    return np.concatenate([edges[:-1] - left, [edges[-1] - gap]])


def unit_boxes(count: int) -> FloatArray:
    """Boxes of nodes without labels, 1.0 wide: neighbours 1.0 apart."""
    return np.tile(np.array(_UNIT), (count, 1))


def as_boxes(boxes: npt.ArrayLike, count: int) -> FloatArray:
    """``boxes`` as an (n, 4) float array, checked to have one row per node."""
    result = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    if len(result) != count:
        raise ValueError("boxes must have one row per node")
    return result


def pack_parts(pos: FloatArray, label: IntArray) -> FloatArray:
    """Parts of the network packed closely: the largest as discs around the biggest one, the
    many small ones and then the lone nodes in rows below them."""
    parts, inverse, sizes = np.unique(label, return_inverse=True, return_counts=True)
    count = len(parts)
    centres = np.stack([np.bincount(inverse, pos[:, a]) / sizes for a in (0, 1)], axis=1)
    low, high = np.full((count, 2), np.inf), np.full((count, 2), -np.inf)
    np.minimum.at(low, inverse, pos)
    np.maximum.at(high, inverse, pos)
    order = np.lexsort((parts, -sizes)).tolist()
    multi = [p for p in order if sizes[p] > 1]
    shift = np.zeros((count, 2))
    discs = multi[:_DISCS]
    if discs:
        reach = np.zeros(count)
        np.maximum.at(reach, inverse, np.sqrt(((pos - centres[inverse]) ** 2).sum(axis=1)))
        shift[discs] = _pack_discs(reach[discs] + 0.5) - centres[discs]
        inside = np.isin(inverse, discs)
        body_low, body_high = (
            (pos + shift[inverse])[inside].min(axis=0),
            (pos + shift[inverse])[inside].max(axis=0),
        )
        top = float(body_low[1]) - GROUP_GAP
    else:
        body_low = body_high = np.zeros(2)
        top = 0.0
    for group, gap in ((multi[_DISCS:], GROUP_GAP), ([p for p in order if sizes[p] == 1], 1.0)):
        if not group:
            continue
        dims = high[group] - low[group]
        width = max(
            float(body_high[0] - body_low[0]),
            float(dims[:, 0].max()),
            float(np.sqrt(((dims + gap).prod(axis=1)).sum())),
        )
        corners = shelve(dims, width, gap)
        left = float(body_low[0] + body_high[0]) / 2 - width / 2
        shift[group] = np.column_stack(
            [left + corners[:, 0] - low[group, 0], top + corners[:, 1] - high[group, 1]]
        )
        top += float((corners[:, 1] - dims[:, 1]).min()) - gap
    packed: FloatArray = pos + shift[inverse]
    packed -= packed.mean(axis=0)
    return packed


def _pack_discs(reach: FloatArray) -> FloatArray:
    """Centres for discs of radius ``reach`` (largest first): each at the free spot touching
    an earlier one that is nearest the middle, GROUP_GAP apart."""
    angles = np.linspace(0.0, 2 * np.pi, 48, endpoint=False)
    ring = np.column_stack([np.cos(angles), np.sin(angles)])
    spot = np.zeros((len(reach), 2))
    for part in range(1, len(reach)):
        room = reach[:part] + reach[part] + GROUP_GAP
        cand = (spot[:part, None, :] + room[:, None, None] * ring[None, :, :]).reshape(-1, 2)
        dist = np.sqrt(((cand[:, None, :] - spot[None, :part, :]) ** 2).sum(axis=2))
        free = np.flatnonzero((dist >= room - 1e-9).all(axis=1))
        spot[part] = cand[free[np.argmin((cand[free] ** 2).sum(axis=1))]]
    return spot


def shelve(dims: FloatArray, width: float, gap: float) -> FloatArray:
    """Top-left corners for boxes of ``dims`` in rows ``width`` wide, from (0, 0) downward."""
    corners = np.zeros((len(dims), 2))
    x = top = row = 0.0
    for index, (w, h) in enumerate(dims.tolist()):
        if x > 0 and x + w > width + 1e-9:
            x, top, row = 0.0, top - row - gap, 0.0
        corners[index] = (x, top)
        x += w + gap
        row = max(row, h)
    return corners


def slots(node_count: int, order: Sequence[int] | None) -> npt.NDArray[np.int64]:
    """Node index for each slot: ``order`` checked to be a permutation, or 0..n-1."""
    if node_count < 0:
        raise ValueError("node_count must not be negative")
    if order is None:
        return np.arange(node_count, dtype=np.int64)
    result = np.asarray(order, dtype=np.int64).reshape(-1)
    if len(result) != node_count or not np.array_equal(np.sort(result), np.arange(node_count)):
        raise ValueError("order must be a permutation of the node indexes")
    return result


def _centred(pos: FloatArray) -> FloatArray:
    if len(pos) == 0:
        return pos
    middle = (pos.min(axis=0) + pos.max(axis=0)) / 2
    shifted: FloatArray = pos - middle
    return shifted
