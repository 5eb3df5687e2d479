"""Which nodes the canvas labels, for the screen and for images alike.

Labels are drawn for the selected, hovered and searched nodes and their neighbours, and
for every node on screen once few enough are visible to read; otherwise for the biggest
nodes on screen. An image and a fit ask the same question as if nothing were hovered and
nothing moving (:func:`resting_labels`), so they label what the screen shows at rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from aspdesk.graph.canvas import GraphCanvas

LABEL_ALL_BELOW = 160  # label every node on screen when no more than this many are
HUB_LABELS = 15  # otherwise label this many of the biggest nodes on screen


def label_choice(canvas: GraphCanvas, on_screen: NDArray[np.bool_]) -> tuple[list[int], int]:
    """Nodes of ``canvas`` to label with ``on_screen`` on screen, most important first,
    and how many of them show even where crowded (the selected, hovered and found)."""
    data = canvas.data
    important = set(canvas.selected_nodes()) | canvas.highlighted
    if canvas.hovered >= 0:
        important.add(canvas.hovered)
    important = {n for n in important if n < len(on_screen) and on_screen[n]}
    neighbours: set[int] = set()
    for node in important:
        neighbours |= data.adjacency[node]
    first = sorted(important, key=lambda n: -data.sizes[n])
    if canvas.interacting:
        return first, len(first)
    rest = [n for n in neighbours - important if on_screen[n]]
    visible = np.flatnonzero(on_screen)
    if len(visible) <= LABEL_ALL_BELOW:
        rest += [int(n) for n in visible]
    else:
        biggest = np.argsort(-data.sizes[visible], kind="stable")[:HUB_LABELS]
        rest += [int(n) for n in visible[biggest]]
    seen = set(first)
    ordered = first[:]
    for node in sorted(rest, key=lambda n: -data.sizes[n]):
        if node not in seen:
            seen.add(node)
            ordered.append(node)
    return ordered, len(first)


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
