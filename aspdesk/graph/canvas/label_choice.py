"""Which nodes the canvas labels, for the screen and for images alike: level of detail by room.

Every node on screen may have its label, in order of importance: the selected, hovered and
searched nodes, then their neighbours, then the rest biggest first (hubs, clusters and the
most tied actors). The labels are placed in that order and any whose box would meet an
earlier label or another node's symbol is left out (``layers.place_labels``), so a crowded
picture shows its most important names and more appear as the user zooms in; the selected,
hovered and found show even where crowded. While the user pans, zooms or drags only those
are labelled. An image and a fit ask the same question as if nothing were hovered and
nothing moving (:func:`resting_labels`), so they label what the screen shows at rest.

Layouts make room for fewer labels than may show (:func:`room_labels`): for every node's on
a map small enough to read whole, else for the biggest nodes' only, since the labels of a
map of thousands could never all show at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas

LABEL_ALL_BELOW = 160  # layouts make room for every label on maps of at most this many nodes
HUB_LABELS = 15  # otherwise for the labels of this many of the biggest nodes


def _important(canvas: GraphCanvas, on_screen: NDArray[np.bool_]) -> tuple[list[int], set[int]]:
    """The selected, found and hovered nodes on screen, biggest first, and their neighbours."""
    data = canvas.data
    important = set(canvas.selected_nodes()) | canvas.highlighted
    if canvas.hovered >= 0:
        important.add(canvas.hovered)
    important = {n for n in important if n < len(on_screen) and on_screen[n]}
    neighbours: set[int] = set()
    for node in important:
        neighbours |= data.adjacency[node]
    return sorted(important, key=lambda n: -data.sizes[n]), neighbours - important


def _by_size(sizes: NDArray[np.float64], nodes: NDArray[np.int64]) -> list[int]:
    """``nodes`` biggest first (ties in index order)."""
    return [int(n) for n in nodes[np.argsort(-sizes[nodes], kind="stable")]]


def label_choice(canvas: GraphCanvas, on_screen: NDArray[np.bool_]) -> tuple[list[int], int]:
    """Nodes of ``canvas`` to label with ``on_screen`` on screen, most important first,
    and how many of them show even where crowded (the selected, hovered and found)."""
    first, neighbours = _important(canvas, on_screen)
    if canvas.interacting:
        return first, len(first)
    sizes = canvas.data.sizes
    near = np.array(sorted(n for n in neighbours if on_screen[n]), dtype=np.int64)
    rest = np.asarray(on_screen, dtype=np.bool_).copy()
    rest[first] = False
    rest[near] = False
    ordered = first + _by_size(sizes, near) + _by_size(sizes, np.flatnonzero(rest))
    return ordered, len(first)


def room_labels(canvas: GraphCanvas) -> list[int]:
    """The nodes whose labels a layout makes room for: all on a map of at most
    :data:`LABEL_ALL_BELOW` nodes, else the selected, found and their neighbours and the
    :data:`HUB_LABELS` biggest."""
    everything = np.ones(len(canvas.data.refs), dtype=np.bool_)
    if len(everything) <= LABEL_ALL_BELOW:
        return list(range(len(everything)))
    first, neighbours = _important(canvas, everything)
    biggest = _by_size(canvas.data.sizes, np.arange(len(everything)))[:HUB_LABELS]
    return list(dict.fromkeys([*first, *sorted(neighbours), *biggest]))


def resting_labels(canvas: GraphCanvas, on_page: NDArray[np.bool_]) -> tuple[list[int], int]:
    """The labels the canvas would show with ``on_page`` on screen, at rest: as if nothing
    were hovered and nothing moving. The selection and search results keep their labels,
    as they do on screen."""
    saved = canvas.hovered, canvas.interacting
    canvas.hovered, canvas.interacting = -1, False
    try:
        return label_choice(canvas, on_page)
    finally:
        canvas.hovered, canvas.interacting = saved
