"""Fixed layouts (circle, grid, blocks per group, cluster wheel) and the packing of network
parts. No randomness, no Qt.

Nodes are 1.0 apart along a circle, a grid row or a ring, so every shape keeps neighbouring
nodes about 1.0 apart and never closer than the force layout's minimum distance. Angles run
clockwise from the top (12 o'clock), as on a clock face, with y pointing up.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

GROUP_GAP = 2.0
"""Clear space between the blocks of group_layout and between the discs of cluster_wheel."""

WHEEL_HOLE = 1.5
"""Radius around a cluster centre left free for its label; the first ring of members is here."""

_DISCS = 40  # network parts packed as discs; any smaller ones go in rows
_EDGE_PAD = 0.5  # arc distance kept free on each side of a wheel sector's border


def circle_layout(node_count: int, *, order: Sequence[int] | None = None) -> FloatArray:
    """Nodes evenly on one circle, 1.0 apart, in ``order`` (a permutation) from the top."""
    slots = _slots(node_count, order)
    pos = np.zeros((node_count, 2))
    if node_count >= 2:
        radius = 0.5 / math.sin(math.pi / node_count)
        angle = math.pi / 2 - 2 * math.pi * np.arange(node_count) / node_count
        pos[slots] = radius * np.column_stack([np.cos(angle), np.sin(angle)])
    return pos


def grid_layout(node_count: int, *, order: Sequence[int] | None = None) -> FloatArray:
    """Nodes on a square-ish grid with spacing 1.0, row by row from the top left, centred."""
    slots = _slots(node_count, order)
    pos = np.zeros((node_count, 2))
    pos[slots] = _block(node_count)
    return pos


def group_layout(groups: Sequence[str], *, group_order: Sequence[str] | None = None) -> FloatArray:
    """One compact grid block per group value, blocks left to right in rows, gaps between.

    Blocks follow ``group_order``; values it does not list come after, in the order they
    first appear. Within a block nodes keep their index order.
    """
    members: dict[str, list[int]] = defaultdict(list)
    for index, value in enumerate(groups):
        members[value].append(index)
    listed = [g for g in dict.fromkeys(group_order or ()) if g in members]
    keys = listed + [g for g in members if g not in set(listed)]
    blocks = [_block(len(members[g])) for g in keys]
    dims = np.array([np.ptp(b, axis=0) for b in blocks]).reshape(-1, 2)
    area = float(((dims + GROUP_GAP).prod(axis=1)).sum())
    corners = shelve(dims, max([math.sqrt(area)] + dims[:, 0].tolist()), GROUP_GAP)
    pos = np.zeros((len(groups), 2))
    for key, block, corner in zip(keys, blocks, corners, strict=True):
        pos[members[key]] = block - (block[:, 0].min(), block[:, 1].max()) + corner
    return _centred(pos)


def cluster_wheel(
    node_count: int,
    cluster_count: int,
    memberships: Sequence[tuple[int, int, str]],
    role_order: Sequence[str],
) -> tuple[FloatArray, FloatArray]:
    """Clusters as wheels: (node positions (node_count, 2), cluster centres (cluster_count, 2)).

    Cluster centres sit evenly on a big circle (one cluster: at the origin), far enough apart
    that no two wheels overlap. Around its centre, a cluster's members sit in rings within
    sectors, one sector per role in ``role_order`` (roles not listed get sectors after them,
    sorted): sector s spans clockwise angles [s, s + 1) * 2 pi / sectors from the top. An
    actor in several clusters is drawn once, with the cluster where it has the most
    memberships (ties: the lowest cluster index), in the sector of its first role there in
    ``role_order``. Actors with no membership stand in rows below the wheels.
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
    sectors: dict[tuple[int, int], list[int]] = defaultdict(list)
    for node in sorted(per_node):
        counts = per_node[node]
        home = min(counts, key=lambda c: (-counts[c], c))
        sectors[home, best_role[node, home]].append(node)
    pos = np.zeros((node_count, 2))
    radius = np.full(cluster_count, WHEEL_HOLE)
    local: dict[int, FloatArray] = {}
    for (cluster, sector), nodes in sectors.items():
        spots, outer = _sector_spots(len(nodes), sector, len(roles))
        local.update(zip(nodes, spots, strict=True))
        radius[cluster] = max(radius[cluster], outer)
    centres = _wheel_centres(cluster_count, float(radius.max(initial=WHEEL_HOLE)))
    for (cluster, _), nodes in sectors.items():
        for node in nodes:
            pos[node] = centres[cluster] + local[node]
    loose = [n for n in range(node_count) if n not in per_node]
    if loose:
        reach = float(radius.max(initial=0.0))
        width = float(np.ptp(centres[:, 0])) + 2 * reach if cluster_count else 0.0
        per_row = max(1, int(width) + 1 if cluster_count else math.ceil(math.sqrt(len(loose))))
        bottom = float(centres[:, 1].min()) - reach - GROUP_GAP if cluster_count else 0.0
        slot = np.arange(len(loose))
        count = min(per_row, len(loose))
        pos[loose] = np.column_stack([slot % per_row - (count - 1) / 2, bottom - slot // per_row])
    return pos, centres


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


def _slots(node_count: int, order: Sequence[int] | None) -> npt.NDArray[np.int64]:
    """Node index for each slot: ``order`` checked to be a permutation, or 0..n-1."""
    if node_count < 0:
        raise ValueError("node_count must not be negative")
    if order is None:
        return np.arange(node_count, dtype=np.int64)
    slots = np.asarray(order, dtype=np.int64).reshape(-1)
    if len(slots) != node_count or not np.array_equal(np.sort(slots), np.arange(node_count)):
        raise ValueError("order must be a permutation of the node indexes")
    return slots


def _block(count: int) -> FloatArray:
    """``count`` spots on a square-ish grid, spacing 1.0, row by row from the top left."""
    cols = max(1, math.ceil(math.sqrt(count)))
    slot = np.arange(count)
    return _centred(np.column_stack([slot % cols, -(slot // cols)]).astype(np.float64))


def _centred(pos: FloatArray) -> FloatArray:
    if len(pos) == 0:
        return pos
    middle = (pos.min(axis=0) + pos.max(axis=0)) / 2
    shifted: FloatArray = pos - middle
    return shifted


def _sector_spots(count: int, sector: int, sectors: int) -> tuple[FloatArray, float]:
    """Spots for ``count`` nodes in rings within one sector, 1.0 apart; and the outer radius."""
    span = 2 * math.pi / sectors
    spots: list[tuple[float, float]] = []
    ring = WHEEL_HOLE
    while len(spots) < count:
        pad = _EDGE_PAD / ring if sectors > 1 else 0.0
        usable = span - 2 * pad
        room = int(usable * ring) if usable > 0 else 0
        take = min(room, count - len(spots))
        for i in range(take):
            clockwise = sector * span + pad + (i + 0.5) * usable / take
            angle = math.pi / 2 - clockwise
            spots.append((ring * math.cos(angle), ring * math.sin(angle)))
        if len(spots) < count:
            ring += 1.0
    return np.array(spots, dtype=np.float64).reshape(-1, 2), ring + 0.5


def _wheel_centres(count: int, radius: float) -> FloatArray:
    """Centres of ``count`` wheels of ``radius`` on a circle, GROUP_GAP apart at the rims."""
    if count <= 1:
        return np.zeros((count, 2))
    big = (radius + GROUP_GAP / 2) / math.sin(math.pi / count)
    angle = math.pi / 2 - 2 * math.pi * np.arange(count) / count
    return big * np.column_stack([np.cos(angle), np.sin(angle)])
