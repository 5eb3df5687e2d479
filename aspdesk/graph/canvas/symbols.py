"""The size the canvas draws its node symbols at, for the zoom it shows.

Symbols shrink when the map is shown smaller than the scale at which they stand clear of
each other, down to a floor, and grow back as the user zooms in (see
:mod:`aspdesk.analysis.layout.symbol_scale`, which the image export follows too). The scale at
which they stand clear is measured when the picture is built (positions, sizes or theme
change), not on every step of a drag. On a big map, new symbol sizes cost the scatter item
a redraw of its symbol cache (about 70 ms for 10,000 nodes), so while the user zooms such a
map the sizes wait, with the labels, until the movement stops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from aspdesk.analysis.layout.symbol_scale import clear_scale, symbol_factor

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas

LIVE_NODES = 3000  # up to this many nodes, symbols follow a zoom live


class SymbolSizes:
    """The share of their size a canvas's symbols are drawn at."""

    def __init__(self, canvas: GraphCanvas) -> None:
        self.canvas = canvas
        self.clear = 0.0  # pixels per layout unit from which the symbols stand clear
        self.factor = 1.0
        # What the last measure was of (positions, sizes) and what it found.
        self._measured: tuple[NDArray[np.float64], NDArray[np.float64], float] | None = None
        canvas.box.sigRangeChanged.connect(self._on_box_range_changed)
        canvas.box.sigResized.connect(self._on_box_range_changed)

    def measure(
        self, positions: NDArray[np.float64], sizes: NDArray[np.float64], *, again: bool = True
    ) -> None:
        """Find where the symbols stand clear, for nodes at ``positions`` of full ``sizes``;
        the factor then follows the view's present scale. Not ``again``: keep the scale
        found last (a step of the time slider, which shows part of the same picture)."""
        if again:
            self.clear = self.clear_of(positions, sizes)
        self.factor = symbol_factor(self.scale(), self.clear)

    def clear_of(self, positions: NDArray[np.float64], sizes: NDArray[np.float64]) -> float:
        """The scale from which symbols of full ``sizes`` at ``positions`` stand clear
        (:func:`clear_scale`): measured again only for other nodes than the last measured
        (an image of the picture on show asks for the same, 40 ms at 10,000 nodes)."""
        last = self._measured
        if (
            last is not None
            and np.array_equal(last[0], positions, equal_nan=True)
            and np.array_equal(last[1], sizes, equal_nan=True)
        ):
            return last[2]
        clear = clear_scale(positions, sizes)
        # Copies: a drag moves the picture's nodes in place.
        self._measured = (np.array(positions, dtype=np.float64), np.array(sizes), clear)
        return clear

    def scale(self) -> float:
        """Pixels per layout unit the view shows now (0 before it has a size)."""
        box = self.canvas.box
        shown = box.viewRect().width()
        return float(box.width() / shown) if shown > 0 and box.width() > 0 else 0.0

    def follow(self) -> None:
        """Draw the symbols at the size for the present zoom, if it changed."""
        factor = symbol_factor(self.scale(), self.clear)
        if factor != self.factor:
            self.factor = factor
            self.canvas.resize_symbols()

    def _on_box_range_changed(self, *_args: object) -> None:
        canvas = self.canvas
        if canvas.interacting and len(canvas.data.refs) > LIVE_NODES:
            return  # at rest, see DetailLevel.apply
        self.follow()
