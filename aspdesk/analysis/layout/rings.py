"""Nodes on rings: the circle layout and the cluster wheel. No randomness, no Qt.

A node takes the box it covers on the picture (its symbol and its label, as offsets from the
node; see ``overlap.node_boxes``). Along a ring, each node stands as far from the one before
it as their boxes need along the ring's direction there: where the ring runs up and down, a
label's height; where it runs across, a label's width. So a ring of labelled nodes is dense
at its sides and sparse at its top and bottom, and as small as it can be with no label on
the next node. Without boxes, nodes are 1.0 apart all round.

Angles run clockwise from the top (12 o'clock) as the canvas draws them: y grows downward.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from aspdesk.analysis.layout.force import BoolArray
from aspdesk.analysis.layout.overlap import overlapping_pairs, remove_overlaps, spread_factor
from aspdesk.analysis.layout.shapes import (
    GROUP_GAP,
    FloatArray,
    IntArray,
    as_boxes,
    slots,
    table,
    unit_boxes,
)

RING_NODES = 60
"""The circle layout puts up to this many nodes on one ring; more go on rings inside each
other (300 actors on one ring made a circle so big that the fit drew them as specks)."""

WHEEL_HOLE = 1.5
"""Least radius of a wheel's ring around its cluster's centre (room for the hub and its
label); more when the boxes need it."""

_WIDE = 2.0  # a box wider than this many typical boxes is wide (a labelled hub's)
_WIDEN_ROUNDS = 8  # at most, of widening a ring until it clears the one inside it
_PARTING_ROUNDS = 3  # of parting the boxes that meet near them, before parting all
_ROUNDS = 8  # rounds of finding the angles (each node's step depends on where it is)


def circle_layout(
    node_count: int,
    *,
    order: Sequence[int] | None = None,
    boxes: npt.ArrayLike | None = None,
    gap: float = 0.0,
) -> FloatArray:
    """Nodes on one circle in ``order`` (a permutation) clockwise from the top: 1.0 apart,
    or with ``boxes`` (n, 4) as close as the boxes, ``gap`` apart, allow. More than
    :data:`RING_NODES` nodes stand on rings inside each other (see :func:`rings`)."""
    placed = slots(node_count, order)
    pos = np.zeros((node_count, 2))
    if node_count > RING_NODES:
        every = unit_boxes(node_count) if boxes is None else as_boxes(boxes, node_count)
        pos[placed] = rings(every[placed], gap)
    elif node_count >= 2:
        ring_boxes = None if boxes is None else as_boxes(boxes, node_count)[placed]
        spots, _ = ring(node_count, ring_boxes, gap)
        pos[placed] = spots
    return pos


def rings(boxes: FloatArray, gap: float) -> FloatArray:
    """Spots for nodes with ``boxes`` on rings about the origin, the outermost first, each
    clockwise from the top: the fewest rings that leave the innermost at most half as wide
    as the outermost (it comes out a third to a half: a circle with a hole, not a disc),
    each ring holding nodes in proportion to its length, so they are spaced alike all
    through. Rings stand a typical box apart, further where their boxes would meet, and
    a node that would meet a wide box (a labelled node's) stands just out of its ring
    (see :func:`_clear_ring`), so the rings come out clear as they are built: the overlap
    pass over all of them took seconds on 10,000 nodes. What little still meets is parted
    near where it is (:func:`_part_the_few`)."""
    count = len(boxes)
    turn = 2 * math.pi * (np.arange(16) + 0.5) / 16
    directions = np.column_stack([np.cos(turn), np.sin(turn)])
    nodes = np.repeat(np.arange(count), len(turn))
    # a box's share of a ring's length, on average round the ring
    along = float(_clearance(boxes, nodes, nodes, np.tile(directions, (count, 1))).mean()) + gap
    reach = np.hypot(np.maximum(-boxes[:, 0], boxes[:, 2]), np.maximum(-boxes[:, 1], boxes[:, 3]))
    step = 2 * float(np.median(reach)) + gap  # from one ring to the next
    per_length = 2 * math.pi / along  # nodes a ring holds per unit of its radius
    number = 2
    while per_length * step * 1.5 * number * (number - 1) < count:
        number += 1
    inner = max((count / per_length - step * number * (number - 1) / 2) / number, step)
    radii = inner + step * np.arange(number)[::-1]  # outermost first
    share = radii / radii.sum() * count
    counts = np.floor(share).astype(np.int64)
    counts[np.argsort(counts - share)[: count - int(counts.sum())]] += 1
    spots = np.zeros((count, 2))
    start = np.concatenate([[0], np.cumsum(counts)])
    sides = np.max(boxes[:, 2:] - boxes[:, :2], axis=1)
    wide = sides > _WIDE * float(np.median(sides))
    corner = np.hypot(np.abs(boxes[:, ::2]).max(axis=1), np.abs(boxes[:, 1::2]).max(axis=1))
    radius = 0.0
    for k in reversed(range(number)):  # inside out: a ring too full for its room widens
        members = slice(int(start[k]), int(start[k + 1]))
        least = max(float(radii[k]), radius + step if radius else 0.0)
        # the nodes inside that reach as far out as this ring's boxes may reach in
        placed = np.arange(members.stop, count)
        out = np.linalg.norm(spots[placed], axis=1) + corner[placed]
        inside = placed[out > least - float(corner[members].max())]
        spots[members], radius = _clear_ring(spots, boxes, wide, gap, members, inside, least)
    return _part_the_few(spots, boxes, gap)


def _clear_ring(
    spots: FloatArray,
    boxes: FloatArray,
    wide: BoolArray,
    gap: float,
    members: slice,
    inside: IntArray,
    least: float,
) -> tuple[FloatArray, float]:
    """Spots and radius (``least`` at least) for the ring of nodes ``members``, widened
    until no box on it meets one on the rings inside it (``inside``, already at
    ``spots``). Where a ``wide`` box meets one, only the node on this ring moves out, just
    clear, and counts as wide for the rings outside it: one wide box would otherwise
    widen a whole ring."""
    count = members.stop - members.start
    own = boxes[members]
    placed, radius = _even_ring(count, own, gap, least)
    if not len(inside):
        return placed, radius
    near, near_boxes, near_wide = spots[inside], boxes[inside], wide[inside]
    i, j = _across(near, near_boxes, placed, own, gap)
    for _ in range(_WIDEN_ROUNDS):
        keep = ~near_wide[i] & ~wide[members][j]
        if not keep.any():
            break
        widen = float(
            _outward(near[i[keep]], near_boxes[i[keep]], placed[j[keep]], own[j[keep]], gap).max()
        )
        placed, radius = _even_ring(count, own, gap, radius + widen)
        i, j = _across(near, near_boxes, placed, own, gap)
    if len(i):
        moves = np.zeros(count)
        np.maximum.at(moves, j, _outward(near[i], near_boxes[i], placed[j], own[j], gap))
        pushed = moves > 0
        placed[pushed] *= 1 + moves[pushed, None] / np.linalg.norm(
            placed[pushed], axis=1, keepdims=True
        )
        wide[members] |= pushed
    return placed, radius


def _even_ring(count: int, boxes: FloatArray, gap: float, least: float) -> tuple[FloatArray, float]:
    """:func:`_ring_of_boxes`, widened where its angles, found in a few rounds, leave two
    neighbours a little too close (seen at a ring's diagonals)."""
    spots, radius = _ring_of_boxes(count, boxes, gap, least)
    factor = spread_factor(spots, boxes, gap)
    return spots * factor, radius * factor


def _across(
    inner: FloatArray,
    inner_boxes: FloatArray,
    outer: FloatArray,
    outer_boxes: FloatArray,
    gap: float,
) -> tuple[IntArray, IntArray]:
    """Pairs (inner, outer) of the nodes whose boxes meet."""
    i, j = overlapping_pairs(np.vstack([inner, outer]), np.vstack([inner_boxes, outer_boxes]), gap)
    across = (i < len(inner)) & (j >= len(inner))  # i < j: i inside, j outside
    return i[across], j[across] - len(inner)


def _outward(
    inner: FloatArray,
    inner_boxes: FloatArray,
    outer: FloatArray,
    outer_boxes: FloatArray,
    gap: float,
) -> FloatArray:
    """How far each of the ``outer`` nodes must move away from the origin for its box to
    clear that of the ``inner`` node it meets (apart on one axis is enough); a hair more,
    so that the pair counts as apart."""
    out = outer / np.linalg.norm(outer, axis=1, keepdims=True)
    delta = outer - inner
    # on each axis, the distance still to go to the far side of the inner box
    ahead = np.where(
        out >= 0,
        inner_boxes[:, 2:] - outer_boxes[:, :2] + gap - delta,
        outer_boxes[:, 2:] - inner_boxes[:, :2] + gap + delta,
    )
    with np.errstate(divide="ignore"):
        moves = np.where(np.abs(out) > 1e-9, ahead / np.abs(out), np.inf).min(axis=1)
    result: FloatArray = np.clip(moves, 0.0, None) * (1 + 1e-6) + 1e-6
    return result


def _part_the_few(spots: FloatArray, boxes: FloatArray, gap: float) -> FloatArray:
    """``spots`` with the few boxes that still meet (a node moved out of its ring, and its
    neighbours) moved apart by the overlap pass run on them and the nodes near them only,
    those round them standing still as a wall: over all nodes, the pass takes tenths of a
    second on 10,000 even with little to do. A node pushed through the wall meets others
    there, which are parted the same way; after a few tries, the pass runs over all."""
    sides = np.max(boxes[:, 2:] - boxes[:, :2], axis=1)
    widest, typical = float(sides.max()) + gap, 2 * float(np.median(sides)) + gap
    parted = spots
    for _ in range(_PARTING_ROUNDS):
        i, j = overlapping_pairs(parted, boxes, gap)
        if not len(i):
            return parted
        free = np.zeros(len(spots), dtype=np.bool_)
        free[i] = free[j] = True
        # room to move: the nodes as near as the widest box is wide; round them a wall
        free = _near(parted, boxes, gap, free, widest)
        local = np.flatnonzero(_near(parted, boxes, gap, free, typical))
        parted = parted.copy()
        parted[local] = remove_overlaps(parted[local], boxes[local], pinned=~free[local], gap=gap)
    if len(overlapping_pairs(parted, boxes, gap)[0]):
        return remove_overlaps(spots, boxes, gap=gap)
    return parted


def _near(
    spots: FloatArray, boxes: FloatArray, gap: float, chosen: BoolArray, reach: float
) -> BoolArray:
    """``chosen`` and the nodes whose boxes come within ``reach`` of a chosen one's."""
    grown = boxes.copy()
    grown[chosen] += (-reach, -reach, reach, reach)
    i, j = overlapping_pairs(spots, grown, gap)
    near = chosen.copy()
    near[i[chosen[j]]] = True
    near[j[chosen[i]]] = True
    return near


def ring(
    count: int,
    boxes: FloatArray | None,
    gap: float,
    least: float = 0.0,
    middle: FloatArray | None = None,
) -> tuple[FloatArray, float]:
    """Spots clockwise from the top for ``count`` nodes on a ring about the origin, each
    clear of the next by its box (1.0 apart without boxes), and with boxes, the ring then
    widened until no box overlaps another or the box ``middle`` at the origin; and the
    ring's radius (at least ``least``)."""
    if count == 0:
        return np.zeros((0, 2)), least
    if boxes is None:
        if count == 1:
            return np.array([[0.0, -least]]), least
        radius = max(0.5 / math.sin(math.pi / count), least)
        return _on_circle(2 * math.pi * np.arange(count) / count, radius), radius
    spots, radius = _ring_of_boxes(count, boxes, gap, least)
    # the next node is clear; one across the ring may not be (labels face right)
    centre = np.zeros((1, 4)) if middle is None else middle.reshape(1, 4)
    factor = spread_factor(np.vstack([[0.0, 0.0], spots]), np.vstack([centre, boxes]), gap)
    return spots * factor, radius * factor


def _ring_of_boxes(
    count: int, boxes: FloatArray, gap: float, least: float
) -> tuple[FloatArray, float]:
    if count == 1:
        return np.array([[0.0, -least]]), least
    after = np.roll(np.arange(count), -1)
    angles = 2 * math.pi * np.arange(count) / count
    steps = np.full(count, 2 * math.pi / count)
    radius = least
    for _ in range(_ROUNDS):
        middle = angles + steps / 2
        # clockwise from the top on a y-down screen: the ring runs along (cos, sin) there
        along = np.column_stack([np.cos(middle), np.sin(middle)])
        need = _clearance(boxes, np.arange(count), after, along) + gap
        radius = _radius_for(need, least)
        steps = 2 * np.arcsin(np.minimum(1.0, need / (2 * radius)))
        steps *= 2 * math.pi / steps.sum()  # any room left over is shared out evenly
        angles = np.concatenate([[0.0], np.cumsum(steps)[:-1]])
    return _on_circle(angles, radius), radius


def _on_circle(angles: FloatArray, radius: float) -> FloatArray:
    """Points at clockwise ``angles`` from the top on a y-down screen."""
    return radius * np.column_stack([np.sin(angles), -np.cos(angles)])


def _radius_for(need: FloatArray, least: float = 0.0) -> float:
    """The least radius, ``least`` at least, on which chords of lengths ``need`` go round
    at most once (a ring with room to spare is not searched for its own least)."""
    low = max(float(need.max()) / 2, least)
    if 2 * np.arcsin(np.minimum(1.0, need / (2 * low))).sum() <= 2 * math.pi:
        return low
    high = max(low, float(need.sum()))
    for _ in range(60):
        mid = (low + high) / 2
        if 2 * np.arcsin(np.minimum(1.0, need / (2 * mid))).sum() > 2 * math.pi:
            low = mid
        else:
            high = mid
    return high


def _clearance(boxes: FloatArray, a: IntArray, b: IntArray, along: FloatArray) -> FloatArray:
    """How far node b must stand from node a in direction ``along`` (unit rows) for their
    boxes not to overlap: apart on one axis is enough, the nearer way wins."""
    result = np.full(len(a), np.inf)
    for axis in (0, 1):
        forward = along[:, axis] >= 0
        reach = np.where(
            forward,
            boxes[a, axis + 2] - boxes[b, axis],  # a's far side to b's near side
            boxes[b, axis + 2] - boxes[a, axis],
        )
        size = np.abs(along[:, axis])
        with np.errstate(divide="ignore"):
            result = np.minimum(result, np.where(size > 1e-12, reach / size, np.inf))
    return result


def cluster_wheel(
    node_count: int,
    cluster_count: int,
    memberships: Sequence[tuple[int, int, str]],
    role_order: Sequence[str],
    *,
    boxes: npt.ArrayLike | None = None,
    hub_boxes: npt.ArrayLike | None = None,
    gap: float = 0.0,
) -> tuple[FloatArray, FloatArray]:
    """Clusters as wheels: (node positions (node_count, 2), cluster centres (cluster_count, 2)).

    Each cluster's members stand on one ring around its centre, by role in ``role_order``
    (roles not listed after them, sorted) clockwise from the top, so that a role is a
    sector of the wheel. An actor in several clusters is drawn once, in the cluster where it
    has the most memberships; between equals, in the one with the fewest members drawn so
    far (then the lowest index), which keeps the wheels alike in size; it stands in the
    sector of its first role there. ``boxes`` (nodes) and ``hub_boxes`` (a box at each
    centre, for clusters drawn as hubs) make room for labels, ``gap`` apart. Wheels sit on a
    circle, clockwise from the top, clear of each other (one cluster: at the origin); actors
    with no membership stand in rows below them.
    """
    if node_count < 0 or cluster_count < 0:
        raise ValueError("counts must not be negative")
    roles = list(dict.fromkeys(role_order))
    roles += sorted({r for _, _, r in memberships} - set(roles))
    rank = {role: i for i, role in enumerate(roles)}
    per_node: dict[int, Counter[int]] = defaultdict(Counter)
    best_role: dict[tuple[int, int], int] = {}
    for node, cluster, role in memberships:
        if not (0 <= node < node_count and 0 <= cluster < cluster_count):
            raise ValueError(f"membership ({node}, {cluster}) is out of range")
        per_node[node][cluster] += 1
        best_role[node, cluster] = min(best_role.get((node, cluster), rank[role]), rank[role])
    node_box = unit_boxes(node_count) if boxes is None else as_boxes(boxes, node_count)
    hub_box = (
        np.zeros((cluster_count, 4)) if hub_boxes is None else as_boxes(hub_boxes, cluster_count)
    )
    members = _homes(per_node, cluster_count)
    pos = np.zeros((node_count, 2))
    extent = hub_box.copy()  # what each wheel covers, from its centre
    extent[:, :2] = np.minimum(extent[:, :2], -0.5)
    extent[:, 2:] = np.maximum(extent[:, 2:], 0.5)
    for cluster, nodes in enumerate(members):
        nodes.sort(key=lambda node: (best_role[node, cluster], node))
        index = np.array(nodes, dtype=np.int64)
        spots, radius = ring(
            len(index),
            None if boxes is None else node_box[index],
            gap,
            WHEEL_HOLE,
            hub_box[cluster],
        )
        pos[index] = spots
        if len(index):
            extent[cluster, :2] = np.minimum(
                extent[cluster, :2], (spots + node_box[index, :2]).min(axis=0)
            )
            extent[cluster, 2:] = np.maximum(
                extent[cluster, 2:], (spots + node_box[index, 2:]).max(axis=0)
            )
    centres = _wheel_centres(extent, gap)
    for cluster, nodes in enumerate(members):
        pos[nodes] += centres[cluster]
    loose = [n for n in range(node_count) if n not in per_node]
    if loose:
        block = table(node_box[loose], gap=gap, aspect=4.0)  # a low band under the wheels
        if cluster_count:
            # the table's top edge GROUP_GAP under the lowest wheel
            top = float((centres[:, 1] + extent[:, 3]).max()) + GROUP_GAP
            block[:, 1] += top - float((block[:, 1] + node_box[loose, 1]).min())
            block[:, 0] += float(centres[:, 0].mean())
        pos[loose] = block
    return pos, centres


def _homes(per_node: dict[int, Counter[int]], cluster_count: int) -> list[list[int]]:
    """The members each cluster's wheel shows: every actor in one wheel, where it has the
    most memberships; between equals, the wheel with the fewest so far. Actors with one
    choice go first, so the others even out what those leave."""
    members: list[list[int]] = [[] for _ in range(cluster_count)]
    choices = {}
    for node, counts in per_node.items():
        most = max(counts.values())
        choices[node] = sorted(c for c, k in counts.items() if k == most)
    for node in sorted(choices, key=lambda n: (len(choices[n]), n)):
        home = min(choices[node], key=lambda c: (len(members[c]), c))
        members[home].append(node)
    return members


def _wheel_centres(extent: FloatArray, gap: float) -> FloatArray:
    """Centres for wheels covering ``extent`` (x0, y0, x1, y1 from each centre) on a ring
    clockwise from the top, GROUP_GAP (and ``gap``) clear of each other."""
    count = len(extent)
    if count <= 1:
        return np.zeros((count, 2))
    pad = (GROUP_GAP + gap) / 2
    spots, _ = ring(count, extent + (-pad, -pad, pad, pad), 0.0)
    return spots
