"""How big node symbols are drawn when the map is shown smaller than they stand clear at.

Symbols have a size in pixels whatever the zoom, while a fit scales the distances between
nodes to the canvas: a layout made clear on a laptop's window, shown on a smaller canvas or a
4:3 projector (whose theme draws symbols bigger), or a dense map zoomed out, would draw its
symbols over each other. So, as graph tools that stay readable at any zoom do, symbols are
drawn smaller there: at full size from the scale (pixels per layout unit) at which the
nearest pairs stand clear of each other (:func:`clear_scale`) up, and below it in proportion
to the scale, down to :data:`SYMBOL_FLOOR` of their size (:func:`symbol_factor`). Zooming in
brings them back. One factor for every node keeps a hub's size meaningful beside an actor's.

No Qt: positions are layout units, sizes pixel diameters.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from aspdesk.analysis.layout.force import FloatArray, IntArray, close_pairs

SYMBOL_FLOOR = 0.5
"""The least share of their size symbols are drawn at. Half keeps the smallest actor (11 px,
18 px on a projector) a dot of 5.5 px whose colour and shape still read, and a hub still
twice an actor's size; smaller, shapes blur into specks. A layout keeps its symbols clear
down to half its fit's scale (a window's layout shown in a 4:3 projector's workshop), so this
floor is reached only on maps shown much smaller than they were laid out for."""

STEP = 0.05
"""Factors are rounded down to steps of this: the canvas's symbol cache then holds a few
sizes of each symbol instead of one per zoom step, and rounding down keeps them clear."""

GAP_PX = 2.0
"""Clear pixels between two symbols at full size (a factor shrinks the gap with them)."""


def clear_scale(positions: npt.ArrayLike, diameters: npt.ArrayLike, gap: float = GAP_PX) -> float:
    """Pixels per layout unit from which no two symbols (discs of ``diameters`` pixels at
    ``positions``) come closer than ``gap`` pixels: the largest (r_i + r_j + gap) / d_ij over
    all pairs. Only near pairs can decide it, so they are found through grid cells: a pair
    farther apart than the biggest symbols need at the scale the nearest pairs give already
    cannot ask for more. Rows that are not finite are left out; two nodes on one spot give
    infinity, and fewer than two nodes 0."""
    pos = np.asarray(positions, dtype=np.float64).reshape(-1, 2)
    size = np.asarray(diameters, dtype=np.float64).reshape(-1)
    if len(size) != len(pos):
        raise ValueError("one diameter per position")
    finite = np.isfinite(pos).all(axis=1)
    pos, size = pos[finite], size[finite]
    if len(pos) < 2:
        return 0.0
    span = float(np.ptp(pos, axis=0).max())
    if span <= 0:
        return math.inf
    # A first search radius of about the mean spacing finds every node's near neighbours
    # on an even drawing; the scale they ask for bounds how far a deciding pair can be.
    reach = 1.5 * math.sqrt(max(float(np.prod(np.ptp(pos, axis=0))), span * span * 1e-6) / len(pos))
    most = float(size.max()) + gap
    scale = 0.0
    while True:
        i, j = close_pairs(pos, reach)
        if len(i):
            scale = max(scale, _pair_scale(pos, size, gap, i, j))
        if math.isinf(scale):
            return scale
        # no pair beyond ``reach`` asks for more than most / reach
        if scale > 0 and most / scale <= reach:
            return scale
        if reach >= span * 1.5:
            return scale  # every pair has been seen
        reach = min(most / scale, span * 1.5) if scale > 0 else reach * 4


def _pair_scale(pos: FloatArray, size: FloatArray, gap: float, i: IntArray, j: IntArray) -> float:
    apart = np.hypot(*(pos[i] - pos[j]).T)
    need = (size[i] + size[j]) / 2 + gap
    if (apart <= 0).any():
        return math.inf
    return float((need / apart).max())


def symbol_factor(scale: float, clear: float, floor: float = SYMBOL_FLOOR) -> float:
    """The share of their size symbols are drawn at when the map is shown at ``scale``
    pixels per unit and they stand clear from ``clear`` up: 1 at or above it, else the
    scale's share of it rounded down to a :data:`STEP`, never below ``floor``."""
    if not clear > 0 or not scale > 0 or scale >= clear:
        return 1.0
    share = math.floor(scale / clear / STEP + 1e-9) * STEP
    return max(floor, min(1.0, share))
