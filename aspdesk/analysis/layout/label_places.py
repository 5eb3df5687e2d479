"""Where labels go on a picture, and which are left out: level of detail by room. No Qt.

Labels are placed one by one in the order of their importance (the caller's: selected,
hovered and found first, then hubs and the biggest, then the rest), each beside its node:
right of it, else left, below or above, never on a symbol, another node's included, and
never on a label placed before it. A label with no free place is left out; it appears when
the user zooms in far enough to make room for it, or hovers its node. The first ``always``
(the selected, hovered, found) show even where crowded, on the least crowded of their places.

Every check is against a raster of the picture in cells of a few pixels: the symbols are
counted into it at once (each as the square around its disc, with a summed-area table, so
a box's test is four look-ups for any number of boxes; a small picture counts them pair by
pair, to the same counts, quicker than making the table), and placed labels are marked as
they come. Only nodes with a place free of symbols reach the one loop in Python, so a map of
10,000 nodes costs a few milliseconds, which is what keeps painting at rest quick. The
raster errs on the side of room: two things closer than a cell may count as touching, and
never the other way round (layouts keep 4 px between boxes, more than a cell).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from aspdesk.analysis.layout.force import BoolArray, FloatArray, IntArray

CELL_PX = 3.0
"""The raster's cell, in pixels; larger on a drawing too big for a raster of this."""

NODE_GAP = 4.0
"""Pixels between a symbol's edge and the text of its label (the box has 2 of padding)."""

_MOST_CELLS = 4_000_000  # a raster bigger than this gets coarser cells
NARROW_MOST = np.iinfo(np.int32).max  # the most cells a 32-bit summed-area table counts

DIRECT_PAIRS = 1 << 16
"""Up to this many (place, symbol) pairs, the symbols' cells in each place are counted
pair by pair rather than with the summed-area table (the counts are the same). The
table's arrays, as big as the raster, took 1.5-2 ms for the sample map's 21 labels, and
three such placings came before a window's first frame; pair by pair took 0.2 ms, and
it stays the quicker up to some 300,000 pairs (best of seven, random maps)."""


def label_boxes(
    points: npt.ArrayLike, widths: npt.ArrayLike, height: float, radii: npt.ArrayLike
) -> FloatArray:
    """The four places of each label, (k, 4, 4) as x0, y0, x1, y1 in pixels: right of its
    node, left, below and above, each ``NODE_GAP`` clear of its symbol of radius ``radii``;
    a box is the text's ``widths`` and ``height`` with 2 pixels around it across."""
    xy = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    w = np.asarray(widths, dtype=np.float64).reshape(-1) + 4
    gap = np.asarray(radii, dtype=np.float64).reshape(-1) + NODE_GAP
    x, y = xy[:, 0], xy[:, 1]
    left = np.column_stack([x + gap - 2, x - gap - w + 2, x - w / 2, x - w / 2])
    top = np.column_stack([y - height / 2, y - height / 2, y + gap - 2, y - gap - height + 2])
    return np.stack([left, top, left + w[:, None], top + height], axis=2)


def place_label_boxes(
    points: npt.ArrayLike,
    widths: npt.ArrayLike,
    height: float,
    radii: npt.ArrayLike,
    always: int,
    discs: tuple[npt.ArrayLike, npt.ArrayLike] | None = None,
    owners: npt.ArrayLike | None = None,
) -> tuple[IntArray, FloatArray]:
    """Place the labels of nodes at pixel ``points`` (k, 2), in that order of importance.

    ``widths`` are the texts' widths, ``height`` a box's height, ``radii`` the drawn
    symbols' radii of these nodes; ``discs`` (centres (m, 2), radii (m,)) are every symbol
    drawn, and ``owners`` (k,) says which of them is each label's own (None: the labelled
    nodes are the discs, in order). Returns the ranks placed, in order, and their boxes
    (p, 4: x0, y0, x1, y1); the first ``always`` ranks are always placed.
    """
    boxes = label_boxes(points, widths, height, radii)
    count = len(boxes)
    if not count:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 4))
    if discs is None:
        centres, disc_radii = np.zeros((0, 2)), np.zeros(0)
        own = np.full(count, -1, dtype=np.int64)
    else:
        centres = np.asarray(discs[0], dtype=np.float64).reshape(-1, 2)
        disc_radii = np.asarray(discs[1], dtype=np.float64).reshape(-1)
        own = np.arange(count) if owners is None else np.asarray(owners, dtype=np.int64)
    raster = _Raster(boxes.reshape(-1, 4))
    places = raster.cells(boxes)  # (k, 4, 4)
    free = raster.clear_of_discs(places, centres, disc_radii, own)
    forced = min(max(always, 0), count)
    # only these reach Python: the forced and those with a place clear of symbols (a mask,
    # not np.union1d, whose np.unique loads numpy.ma: 8 ms of the window's first frame)
    wanted = np.asarray(free.any(axis=1), dtype=np.bool_)
    wanted[:forced] = True
    loop = np.flatnonzero(wanted)
    ranks: list[int] = []
    spots: list[int] = []
    # Flat lists: nested ones of 10,000 labels' cells took 25 ms to make, twice these.
    cells, open_places = places[loop].reshape(-1).tolist(), free[loop].reshape(-1).tolist()
    for row, rank in enumerate(loop.tolist()):
        first = row * 16  # this label's four places of four cells each
        spot = next(
            (
                p
                for p in range(4)
                if open_places[row * 4 + p]
                and raster.empty(cells[first + 4 * p : first + 4 * p + 4])
            ),
            -1,
        )
        if spot < 0:
            if rank >= forced:
                continue
            # crowded, but it must show: clear of labels if it can be, else on the right
            spot = next(
                (p for p in range(4) if raster.empty(cells[first + 4 * p : first + 4 * p + 4])),
                0,
            )
        raster.mark(cells[first + 4 * spot : first + 4 * spot + 4])
        ranks.append(rank)
        spots.append(spot)
    chosen = np.array(ranks, dtype=np.int64)
    return chosen, boxes[chosen, np.array(spots, dtype=np.int64)].reshape(-1, 4)


def _overlaps(low: IntArray, high: IntArray, starts: IntArray, ends: IntArray) -> IntArray:
    """How many cells each span [low, high) (any shape) shares with each of the spans
    [starts, ends) (m,): the shape of ``low`` and one axis of m more."""
    shared = np.minimum(high[..., None], ends) - np.maximum(low[..., None], starts)
    clipped: IntArray = np.maximum(shared, 0)
    return clipped


class _Raster:
    """The picture around some boxes, in cells: symbols counted, labels marked."""

    def __init__(self, extent: FloatArray) -> None:
        finite = extent[np.isfinite(extent).all(axis=1)]
        self.origin = finite[:, :2].min(axis=0) if len(finite) else np.zeros(2)
        far = finite[:, 2:].max(axis=0) if len(finite) else np.ones(2)
        span = np.maximum(far - self.origin, 1.0)
        self.cell = max(CELL_PX, math.sqrt(float(span[0] * span[1]) / _MOST_CELLS))
        self.shape = (int(span[1] // self.cell) + 2, int(span[0] // self.cell) + 2)  # rows, cols
        self.taken = np.zeros(self.shape, dtype=np.bool_)

    def cells(self, boxes: FloatArray) -> IntArray:
        """The cells each box touches, (..., 4) as first column, first row, last column + 1
        and last row + 1, clipped to the raster: a box up to a cell's edge stays out of it."""
        low = np.floor((boxes[..., :2] - self.origin) / self.cell)
        high = np.ceil((boxes[..., 2:] - self.origin) / self.cell)
        cols, rows = self.shape[1], self.shape[0]
        limit = np.array([cols, rows], dtype=np.float64)
        low = np.clip(low, 0, limit)
        high = np.clip(high, 0, limit)
        return np.concatenate([low, high], axis=-1).astype(np.int64)

    def clear_of_discs(
        self, places: IntArray, centres: FloatArray, radii: FloatArray, own: IntArray
    ) -> BoolArray:
        """Which places (k, 4; their cells from :meth:`cells`) are clear of every symbol
        but their own node's."""
        if not len(centres):
            return np.ones(places.shape[:2], dtype=np.bool_)
        squares = np.column_stack([centres - radii[:, None], centres + radii[:, None]])
        finite = np.isfinite(squares).all(axis=1)
        cells = np.zeros((len(squares), 4), dtype=np.int64)
        cells[finite] = self.cells(squares[finite])
        rows, cols = self.shape
        x0, y0, x1, y1 = cells.T
        shown = (x1 > x0) & (y1 > y0)
        x0, y0, x1, y1 = x0[shown], y0[shown], x1[shown], y1[shown]
        bx0, by0, bx1, by1 = (places[..., n] for n in range(4))
        if places.shape[0] * places.shape[1] * len(x0) <= DIRECT_PAIRS:
            total = _overlaps(bx0, bx1, x0, x1) * _overlaps(by0, by1, y0, y1)
            total = total.sum(axis=-1)
        else:
            total = self._summed(rows, cols, (x0, y0, x1, y1), (bx0, by0, bx1, by1))
        # less the cells of the label's own symbol inside the box, which may touch it
        mine = np.where(own >= 0, own, 0)
        ox0, oy0, ox1, oy1 = (cells[mine, n][:, None] for n in range(4))
        across = np.clip(np.minimum(bx1, ox1) - np.maximum(bx0, ox0), 0, None)
        down = np.clip(np.minimum(by1, oy1) - np.maximum(by0, oy0), 0, None)
        own_count = np.where((own >= 0)[:, None] & shown[mine][:, None], across * down, 0)
        clear: BoolArray = (total - own_count) <= 0
        return clear

    @staticmethod
    def _summed(
        rows: int, cols: int, squares: tuple[IntArray, ...], boxes: tuple[IntArray, ...]
    ) -> IntArray:
        """How many cells of the ``squares`` (their cells' four edges) lie in each box, by
        a summed-area table of the raster: four look-ups a box, for any number of squares.

        The table is of 32-bit counts when every square's cells together fit them (any
        map short of millions of nodes): its four running sums over the raster took 7 of
        the 15 ms of a placing on a 2,000-actor export with 64-bit ones."""
        x0, y0, x1, y1 = squares
        width, size = cols + 1, (rows + 1) * (cols + 1)
        # no sum of the table exceeds the cells of all squares together
        kind = np.int32 if int(((x1 - x0) * (y1 - y0)).sum()) <= NARROW_MOST else np.int64
        # each square counted into the cells it touches: +1 and -1 at its corners, summed
        # (with bincount: np.add.at took milliseconds on 10,000 squares)
        plus = np.bincount(np.concatenate([y0 * width + x0, y1 * width + x1]), minlength=size)
        minus = np.bincount(np.concatenate([y0 * width + x1, y1 * width + x0]), minlength=size)
        corners = (plus - minus).astype(kind).reshape(rows + 1, cols + 1)
        counted = corners.cumsum(axis=0, dtype=kind)
        np.cumsum(counted, axis=1, out=counted)
        table = np.zeros((rows + 1, cols + 1), dtype=kind)
        inner = table[1:, 1:]
        np.cumsum(counted[:rows, :cols], axis=0, out=inner)
        np.cumsum(inner, axis=1, out=inner)
        bx0, by0, bx1, by1 = boxes
        summed: IntArray = table[by1, bx1] - table[by0, bx1] - table[by1, bx0] + table[by0, bx0]
        return summed

    def empty(self, cells: list[int]) -> bool:
        """Whether no label marked so far touches ``cells`` (a box's, from :meth:`cells`)."""
        x0, y0, x1, y1 = cells
        return not self.taken[y0:y1, x0:x1].any()

    def mark(self, cells: list[int]) -> None:
        """Mark the ``cells`` of a placed label's box."""
        x0, y0, x1, y1 = cells
        self.taken[y0:y1, x0:x1] = True
