"""The force simulation behind force_layout: numpy only, no Qt.

The model is Fruchterman-Reingold with an ideal distance k: a tie pulls its two ends together
with pull * d**2 / k, every two nodes push apart with q_i * q_j * k**2 / d, where a node's
charge q is sqrt(1 + its number of ties) (hubs keep room for their leaves, as in ForceAtlas2,
but without their leaves clumping), and gravity GRAVITY * q * r pulls toward the centre. The
push between all pairs is summed on a mesh with FFTs (particle-mesh with cloud-in-cell
weights: O(n + G**2 log G) a step), and for pairs closer than NEAR mesh cells the part the mesh
blurs away is added back exactly; where nodes crowd, that reach shrinks so that a node has
about NEIGHBOURS such pairs on average, which bounds a step's cost. Each step a node moves
along its force by at most the current temperature, which cools linearly to zero. Where the
mesh is big enough for it to pay, its FFTs run in a second thread while the first sums the
near pairs and the ties.

Separate parts of a network are laid out each on its own (``parts`` of ``Forces``), in a few
batches: laid out together they push each other far apart, so a mesh spanning them all gives
the main part only a few of its cells, and the near pairs, the costly part of a step, multiply.

Why this module and not igraph's Fruchterman-Reingold, and what laying out parts apart and
bounding the near pairs gained, is told with the measurements in
tests/benchmarks/test_layout_speed.py.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from contextlib import ExitStack
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
Numbers = npt.NDArray[np.floating[Any]]  # float32 in the steps, float64 elsewhere
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

MIN_DISTANCE = 0.25
"""No two nodes of a force layout end closer than this (unless two pinned ones already are)."""

GRAVITY = 0.1
NEAR = 1.5  # mesh cells within which pairs also get the exact push
NEIGHBOURS = 16  # ... but for at most about this many neighbours a node, where crowded
EXACT_LIMIT = 80  # up to this many nodes the push is summed over all pairs directly
PAIR_PART = 40  # so is it within separate parts of up to this many nodes laid out together
HELPER_CELLS = 128 * 128  # mesh cells from which its FFTs run in a thread (Forces.threaded)
CALM = 0.2  # placed nodes near new ones (incremental layout) move at most this share of the heat
# The forces are summed in single precision: a step's work is mostly streaming arrays of
# pairs through memory, which float32 halves (the 10,000-actor layout: 1.2 s to 0.75 s with
# the other changes of that commit), and a force needs no more than its first digits.
WORK = np.float32
TINY = np.float32(1e-30)


def charges(node_count: int, src: IntArray, dst: IntArray) -> FloatArray:
    """Each node's charge: sqrt(1 + its number of ties)."""
    ties = np.bincount(src, minlength=node_count) + np.bincount(dst, minlength=node_count)
    result: FloatArray = np.sqrt(1.0 + ties)
    return result


def mesh_size(node_count: int, *, least: int = 32) -> int:
    """Mesh cells along each side for a part of ``node_count`` nodes: about 1.2 * sqrt(n), a
    power of 2 from ``least`` (16 will do where many parts share a batch) to 128."""
    cells = 2 ** np.ceil(np.log2(1.2 * np.sqrt(max(node_count, 1))))
    return int(min(128, max(least, cells)))


class Forces:
    """The forces on one network: its ties, charges, ideal distance k and centre of gravity.

    ``parts`` (a label per node, each part's nodes in one run) lays out separate parts at
    once, each pushed only by its own nodes: pair by pair if none has over PAIR_PART nodes
    (or one part, EXACT_LIMIT), else each on its own mesh, all of one size and summed by one
    batch of FFTs.
    """

    def __init__(
        self,
        src: IntArray,
        dst: IntArray,
        pull: FloatArray,
        charge: FloatArray,
        *,
        k: float,
        centre: Numbers,
        parts: IntArray | None = None,
    ) -> None:
        self.src, self.dst = src, dst
        self.pull, self.charge = pull.astype(WORK), charge.astype(WORK)
        self.k, self.centre = k, centre.astype(WORK)
        n = len(charge)
        label = np.zeros(n, dtype=np.int64) if parts is None else parts
        starts = np.flatnonzero(np.r_[True, label[1:] != label[:-1]])
        sizes = np.diff(np.r_[starts, n])
        self._pairs: tuple[IntArray, IntArray] | None = None
        self._mesh: _Mesh | None = None
        if len(sizes) > 1 and int(sizes.max()) <= PAIR_PART:
            self._pairs = part_pairs(label)
        elif len(sizes) > 1 or n > EXACT_LIMIT:
            least = 32 if len(sizes) == 1 else 16
            self._mesh = _Mesh(mesh_size(int(sizes.max()), least=least), starts, n)
        self._near = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        self._pair_charge: Numbers = np.zeros(0, dtype=WORK)
        self._reach = NEAR
        if self._pairs is not None:
            self._pair_charge = self.charge[self._pairs[0]] * self.charge[self._pairs[1]]

    @property
    def threaded(self) -> bool:
        """Whether the mesh's FFTs are big enough to pay for a thread of their own.

        Handing each step's FFTs to a helper and waiting for them costs about 0.1 ms; only
        grids of HELPER_CELLS or more take longer than the work the helper overlaps them
        with. Measured here, best of five, the same positions to the bit either way: 2,000
        nodes (one 64 x 64 grid) 0.22 s with the helper, 0.18 s without; 2,800 (64 x 64)
        0.25 and 0.24 s; 3,000 (128 x 128) 0.30 and 0.32 s; 10,000 (128 x 128) 0.60 and
        0.75 s.
        """
        mesh = self._mesh
        return mesh is not None and len(mesh.starts) * mesh.size * mesh.size >= HELPER_CELLS

    def on(self, xy: Numbers, *, refresh: bool = True, helper: Executor | None = None) -> Numbers:
        """Net force on each node, as rows x and y; ``refresh`` finds the near pairs anew;
        a ``helper`` thread runs the mesh's FFTs (see ``_mesh_push``)."""
        if self._mesh is None:
            if self._pairs is not None:
                force = _pair_push(xy, self._pairs, self._pair_charge)
            else:
                force = _exact_push(xy, self.charge)
            pull = self._pull(xy)
        else:
            force, pull = self._mesh_push(xy, refresh, helper)
        force *= self.k * self.k
        force += pull
        force -= GRAVITY * self.charge * (xy - self.centre[:, None])
        return force

    def _mesh_push(
        self, xy: Numbers, refresh: bool, helper: Executor | None
    ) -> tuple[Numbers, FloatArray]:
        """The push (for k = 1) and the ties' pull, the push summed on the mesh.

        With a ``helper`` thread the mesh's FFTs run there while this thread sums the near
        pairs and the ties. Only the FFTs go: numpy's FFTs release the GIL, whereas the
        gathers, sums and bincounts around them gained nothing from a second thread when
        measured here. A step at 10,000 nodes took 2.3-2.6 ms, 1.8-2.1 ms with the helper;
        the whole layout 0.69-0.81 s, 0.57-0.74 s (alternating runs on this two-core
        machine, whose second core is not always free: then the helper gains little).
        The terms are added in the same order either way: the same positions to the bit.
        """
        mesh, charge = self._mesh, self.charge
        assert mesh is not None
        if refresh:
            self._near, self._reach = mesh.near(xy)
            self._pair_charge = charge[self._near[0]] * charge[self._near[1]]
        grid, h = mesh.cells(xy)
        where, share, density = mesh.spread(grid, charge)
        fields = None if helper is None else helper.submit(mesh.fields, density)
        near = mesh.near_push(xy, h, self._near, self._pair_charge, self._reach)
        pull = self._pull(xy)
        field = mesh.fields(density) if fields is None else fields.result()
        push = mesh.gather(field, where, share)
        push *= charge / h
        push += near
        return push, pull

    def _pull(self, xy: Numbers) -> FloatArray:
        """The ties' pull on each node, as rows x and y (float64, as bincount sums them)."""
        src, dst, n = self.src, self.dst, xy.shape[1]
        dx, dy = _gathered_difference(xy, dst, src)
        tug = self.pull * np.sqrt(dx * dx + dy * dy) / self.k
        force = np.empty((2, n))
        for axis, d in enumerate((dx, dy)):
            pulled = d * tug
            force[axis] = np.bincount(src, pulled, n) - np.bincount(dst, pulled, n)
        return force


def simulate(
    pos: FloatArray,
    forces: Forces,
    *,
    steps: int,
    heat: float,
    fixed: BoolArray,
    calm: BoolArray | None = None,
    bias: FloatArray | None = None,
    tick: Callable[[], None] | None = None,
) -> FloatArray:
    """Positions after ``steps`` cooling steps from ``pos``; ``fixed`` nodes do not move.

    Each step a node moves along its force (plus ``bias``), by at most the temperature, which
    cools linearly from ``heat`` to zero; ``calm`` nodes move at most CALM of it. ``tick`` is
    called after each step (it may raise to stop the simulation).
    """
    # Rows x and y (faster gathers). Positions stay float64, so a node that does not move
    # keeps its place exactly; the forces are float32, half the memory traffic.
    xy = np.ascontiguousarray(pos.T, dtype=np.float64)
    free = ~fixed
    extra = None if bias is None else np.ascontiguousarray(bias.T)
    with ExitStack() as stack:
        # A thread for the FFTs only where they are big enough to pay for it.
        helper = (
            stack.enter_context(ThreadPoolExecutor(1, thread_name_prefix="aspdesk-layout-fft"))
            if forces.threaded
            else None
        )
        for step in range(steps):
            force = forces.on(xy.astype(WORK), refresh=step % 10 == 0, helper=helper)
            if extra is not None:
                force += extra
            limit = np.full(xy.shape[1], heat * (1.0 - step / steps), dtype=WORK)
            if calm is not None:
                limit[calm] *= CALM
            size = np.sqrt(force[0] * force[0] + force[1] * force[1])
            scale = np.where(size > limit, limit / np.maximum(size, TINY), 1.0) * free
            xy += force * scale
            if tick is not None:
                tick()
    result: FloatArray = np.ascontiguousarray(xy.T)
    return result


def net_force(pos: FloatArray, forces: Forces) -> FloatArray:
    """The force on each node at ``pos``, shape (n, 2)."""
    xy = np.ascontiguousarray(pos.T, dtype=WORK)
    result: FloatArray = np.ascontiguousarray(forces.on(xy).T, dtype=np.float64)
    return result


def balanced_k(
    pos: FloatArray, src: IntArray, dst: IntArray, pull: FloatArray, charge: FloatArray
) -> float:
    """The k at which pull, push and gravity cancel over the whole layout (zero virial).

    Summed over all nodes, force times position is -A/k for the pull, +R*k**2 for the push
    (the same for any positions, for a 1/d push) and -GRAVITY*S for gravity, so the k that
    neither swells nor shrinks the given layout is the positive root of R*k**3 - GRAVITY*S*k - A.
    """
    delta = pos[dst] - pos[src]
    a = float((pull * np.sqrt((delta * delta).sum(axis=1)) ** 3).sum())
    r = float((charge.sum() ** 2 - (charge * charge).sum()) / 2)
    s = float((charge * ((pos - pos.mean(axis=0)) ** 2).sum(axis=1)).sum())
    if r <= 0:
        return 1.0
    roots = np.roots([r, 0.0, -GRAVITY * s, -a])
    real = roots.real[(np.abs(roots.imag) < 1e-9) & (roots.real > 1e-9)]
    return float(real.max()) if len(real) else 1.0


def close_pairs(pos: Numbers, radius: float) -> tuple[IntArray, IntArray]:
    """Index pairs (i, j) of nodes closer than ``radius``, each pair once (via grid cells)."""
    n = len(pos)
    if n < 2 or not radius > 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    cell = np.floor((pos - pos.min(axis=0)) / radius).astype(np.int64)
    width = int(cell[:, 1].max()) + 3
    key = (cell[:, 0] + 1) * width + cell[:, 1] + 1
    order = np.argsort(key, kind="stable")
    keys = key[order]
    # Half the neighbourhood, so each pair comes once, as two runs of cells adjacent in key
    # order: the rest of a node's own cell with the next cell up, and the three cells of
    # the next column. Three searches instead of ten.
    runs = (
        (np.arange(1, n + 1), np.searchsorted(keys, keys + 1, "right")),
        (
            np.searchsorted(keys, keys + width - 1, "left"),
            np.searchsorted(keys, keys + width + 1, "right"),
        ),
    )
    # The candidates are slots in key order, measured with the coordinates in that order,
    # and only those kept are turned into node numbers: two gathers of the kept pairs
    # instead of two of all candidates (three in four are too far), the same pairs in
    # the same order.
    xy = np.ascontiguousarray(pos.T)
    x, y = np.take(xy[0], order), np.take(xy[1], order)
    firsts, seconds = [], []
    for low, high in runs:
        count = np.maximum(high - low, 0)
        total = int(count.sum())
        if not total:
            continue
        first = np.repeat(np.arange(n), count)
        second = np.repeat(low - np.cumsum(count) + count, count) + np.arange(total)
        dx = np.take(x, first) - np.take(x, second)
        dy = np.take(y, first) - np.take(y, second)
        keep = np.flatnonzero(dx * dx + dy * dy < radius * radius)
        firsts.append(np.take(order, np.take(first, keep)))
        seconds.append(np.take(order, np.take(second, keep)))
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def _gathered_difference(xy: Numbers, i: IntArray, j: IntArray) -> tuple[Numbers, Numbers]:
    """x and y of node i minus node j for each pair, from rows x and y (np.take: about a
    third faster than indexing with the arrays, in the steps' innermost work)."""
    x, y = xy
    return np.take(x, i) - np.take(x, j), np.take(y, i) - np.take(y, j)


def components(n: int, src: IntArray, dst: IntArray) -> IntArray:
    """Connected component label of each node (the lowest node index in it)."""
    label = np.arange(n, dtype=np.int64)
    while True:
        low = np.minimum(label[src], label[dst])
        hooked = label.copy()
        np.minimum.at(hooked, label[src], low)
        np.minimum.at(hooked, label[dst], low)
        while not np.array_equal(hooked[hooked], hooked):
            hooked = hooked[hooked]
        if np.array_equal(hooked, label):
            return label
        label = hooked


def separate(pos: FloatArray, fixed: BoolArray, rng: np.random.Generator) -> FloatArray:
    """Push apart nodes closer than MIN_DISTANCE (pinned ones stay) until none are."""
    pos, n = pos.copy(), len(pos)
    free = ~fixed
    for round_ in range(200):
        i, j = close_pairs(pos, MIN_DISTANCE)
        movable = ~(fixed[i] & fixed[j])
        i, j = i[movable], j[movable]
        if len(i) == 0:
            return pos
        if round_ % 25 == 24:  # still crowded: give all free nodes more room
            middle = pos[free].mean(axis=0)
            pos[free] = middle + (pos[free] - middle) * 1.25
            continue
        diff = pos[j] - pos[i]
        dist = np.sqrt((diff * diff).sum(axis=1))
        same = dist < 1e-9
        angle = rng.uniform(0.0, 2 * np.pi, int(same.sum()))
        diff[same], dist[same] = np.column_stack([np.cos(angle), np.sin(angle)]), 1.0
        gap = (1.05 * MIN_DISTANCE - np.where(same, 0.0, dist)) / dist
        share_i = np.where(fixed[i], 0.0, np.where(fixed[j], 1.0, 0.5))  # free ends move
        step = np.zeros((n, 2))
        for axis in (0, 1):
            step[:, axis] -= np.bincount(i, diff[:, axis] * gap * share_i, n)
            step[:, axis] += np.bincount(j, diff[:, axis] * gap * (1.0 - share_i), n)
        crowd = np.bincount(np.concatenate([i, j]), minlength=n)
        pos += step / np.sqrt(np.maximum(crowd, 1))[:, None]
    return _settle(pos, fixed)


def _settle(pos: FloatArray, fixed: BoolArray) -> FloatArray:
    """Last resort: move each crowded free node out along a spiral to the first free spot."""
    turns = np.arange(1, 4000)
    spiral = (0.3 * np.sqrt(turns))[:, None] * np.column_stack(
        [np.cos(2.4 * turns), np.sin(2.4 * turns)]
    )
    while True:
        i, j = close_pairs(pos, MIN_DISTANCE)
        movable = ~(fixed[i] & fixed[j])
        if not movable.any():
            return pos
        node = int(np.where(fixed[i[movable]], j[movable], i[movable])[0])
        others = np.delete(pos, node, axis=0)
        for start in range(0, len(spiral), 200):
            cand = pos[node] + spiral[start : start + 200]
            gaps = np.sqrt(((cand[:, None, :] - others[None, :, :]) ** 2).sum(axis=2)).min(axis=1)
            if (gaps >= 1.05 * MIN_DISTANCE).any():
                pos[node] = cand[int(np.argmax(gaps >= 1.05 * MIN_DISTANCE))]
                break
        else:
            pos[node] = others.max(axis=0) + 1.0


def part_pairs(parts: IntArray) -> tuple[IntArray, IntArray]:
    """Index pairs (i, j) of nodes with the same part label, each pair once."""
    n = len(parts)
    order = np.argsort(parts, kind="stable")
    labels = parts[order]
    end = np.searchsorted(labels, labels, "right")
    count = end - np.arange(n) - 1  # the later nodes of the same part
    total = int(count.sum())
    first = np.repeat(np.arange(n), count)
    second = first + 1 + np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    return order[first], order[second]


def _pair_push(xy: Numbers, pairs: tuple[IntArray, IntArray], pair_charge: Numbers) -> Numbers:
    i, j = pairs
    n = xy.shape[1]
    dx, dy = xy[0, i] - xy[0, j], xy[1, i] - xy[1, j]
    strength = pair_charge / (dx * dx + dy * dy + 1e-9)
    force = np.empty((2, n), dtype=xy.dtype)
    for axis, d in enumerate((dx, dy)):
        force[axis] = np.bincount(i, d * strength, n) - np.bincount(j, d * strength, n)
    return force


def _exact_push(xy: Numbers, charge: Numbers) -> Numbers:
    diff = xy[:, :, None] - xy[:, None, :]
    dist2 = (diff * diff).sum(axis=0) + 1e-9
    np.fill_diagonal(dist2, np.inf)
    result: FloatArray = (diff * (charge[:, None] * charge[None, :] / dist2)).sum(axis=2)
    return result


class _Mesh:
    """The push 1/d between all pairs of a part, summed on a grid by FFT, plus near pairs
    exactly; one grid of ``size`` cells a side per part, the parts' nodes in runs from
    ``starts``."""

    def __init__(self, size: int, starts: IntArray, n: int) -> None:
        self.size, self.starts = size, starts
        span = 2 * size  # zero padding: the convolution does not wrap around
        counts = np.diff(np.r_[starts, n])
        self.part = np.repeat(np.arange(len(starts)), counts)
        self.counts = counts
        offset = np.arange(span, dtype=WORK)
        offset[offset > size] -= span
        ox, oy = np.meshgrid(offset, offset, indexing="ij")
        soft = ox * ox + oy * oy + 1.0  # softened by one cell: the mesh cannot resolve less
        self.kernels = (np.fft.rfft2(ox / soft), np.fft.rfft2(oy / soft))
        self._tiled: tuple[Numbers, Numbers] | None = None  # the charges, four times over
        assert self.kernels[0].dtype == np.complex64

    def cells(self, xy: Numbers) -> tuple[Numbers, Numbers]:
        """Positions in cells of their part's grid (rows x and y), and each node's cell size."""
        low = np.minimum.reduceat(xy, self.starts, axis=1)
        high = np.maximum.reduceat(xy, self.starts, axis=1)
        h = np.maximum((high - low).max(axis=0), 1e-6) / (self.size - 1)
        if len(self.starts) == 1:
            return (xy - low) / h[0], np.full(xy.shape[1], h[0])
        cell = np.repeat(h, self.counts)
        return (xy - np.repeat(low, self.counts, axis=1)) / cell, cell

    def near(self, xy: Numbers) -> tuple[tuple[IntArray, IntArray], float]:
        """Pairs within ``reach`` cells of each other in the same part, and that reach: NEAR,
        or less where nodes crowd, so that a node has about NEIGHBOURS within it on average."""
        grid, _ = self.cells(xy)
        g = self.size
        corner = np.minimum(grid.astype(np.int64), g - 1)
        crowd = np.bincount((self.part * g + corner[0]) * g + corner[1])
        mean = float((crowd * crowd).sum()) / xy.shape[1]  # nodes in a node's cell
        reach = min(NEAR, float(np.sqrt(NEIGHBOURS / (np.pi * mean))))
        if len(self.starts) > 1:
            grid[0] += self.part * (g + 2)  # parts side by side, out of each other's reach
        return close_pairs(grid.T, reach), reach

    def spread(self, grid: Numbers, charge: Numbers) -> tuple[IntArray, Numbers, Numbers]:
        """Each node's charge spread over the four cells around it (cloud in cell): the
        cells and shares, four per node, and the charge density on each part's grid."""
        g, n = self.size, grid.shape[1]
        corner = np.minimum(grid.astype(np.int64), g - 2)
        fx, fy = grid - corner
        base = (self.part * g + corner[0]) * g + corner[1]
        # The four corners' cells and shares written straight into a quarter each of one
        # array, not made apart and then concatenated (a copy of each, every step).
        where = np.empty((4, n), dtype=base.dtype)
        share = np.empty((4, n), dtype=fx.dtype)
        gx, gy = 1 - fx, 1 - fy
        corners = ((0, gx, gy), (g, fx, gy), (1, gx, fy), (g + 1, fx, fy))
        for quarter, (step, across, down) in enumerate(corners):
            np.add(base, step, out=where[quarter])
            np.multiply(across, down, out=share[quarter])
        if self._tiled is None or self._tiled[1] is not charge:
            self._tiled = (np.tile(charge, 4), charge)
        parts = len(self.starts)
        corner_cells, shares = where.ravel(), share.ravel()
        density = np.bincount(corner_cells, shares * self._tiled[0], parts * g * g).astype(WORK)
        return corner_cells, shares, density.reshape(parts, g, g)

    def fields(self, density: Numbers) -> tuple[Numbers, Numbers]:
        """The push field along x and y on each part's grid, flat, from its ``density``.

        The transforms pad each g x g grid to span x span (zeros: the convolution does not
        wrap around) one axis at a time, and only the g x g corner of the field is read
        back: a quarter less work than rfft2 and irfft2. Only FFTs, so that another thread
        can run it while the GIL is used elsewhere.
        """
        g, span = self.size, 2 * self.size
        rows = np.fft.rfft(density, n=span, axis=2)
        spectrum = np.fft.fft(rows, n=span, axis=1)
        back = [np.fft.ifft(spectrum * kernel, axis=1)[:, :g] for kernel in self.kernels]
        x, y = (np.fft.irfft(b, n=span, axis=2)[:, :, :g].ravel() for b in back)
        return x, y

    def gather(self, fields: tuple[Numbers, Numbers], where: IntArray, share: Numbers) -> Numbers:
        """The fields at each node, as rows x and y, read from the cells it was spread to."""
        n = len(where) // 4
        force = np.empty((2, n), dtype=WORK)
        for axis, field in enumerate(fields):
            force[axis] = (np.take(field, where) * share).reshape(4, n).sum(axis=0)
        return force

    def near_push(
        self,
        xy: Numbers,
        h: Numbers,
        near: tuple[IntArray, IntArray],
        pair_charge: Numbers,
        reach: float,
    ) -> FloatArray:
        """What the mesh blurs away of the push between the ``near`` pairs closer than
        ``reach`` cells, as rows x and y (for k = 1; float64, as bincount sums them)."""
        n = xy.shape[1]
        force = np.empty((2, n))
        i, j = near
        # One part has one cell size: a number, not a gather of a pair's.
        hh = h[0] * h[0] if len(self.starts) == 1 else h[i] * h[i]
        dx, dy = _gathered_difference(xy, i, j)
        dist2 = dx * dx + dy * dy + 1e-9
        missing = pair_charge * (dist2 < reach * reach * hh) * (1.0 / dist2 - 1.0 / (dist2 + hh))
        for axis, d in enumerate((dx, dy)):
            pushed = d * missing
            force[axis] = np.bincount(i, pushed, n) - np.bincount(j, pushed, n)
        return force
