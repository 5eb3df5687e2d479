"""Ties that fade in and out: a film's frame draws each edge at an opacity of its own.

The painter draws one path per group of edges of one pen (see
:mod:`aspdesk.graph.scene.edges`), which is what makes big maps fast. So an edge's
opacity is rounded to one of :data:`LEVELS` steps, and each group is split into one
group per step, its colour's alpha scaled by the step: a frame in which a few ties are
fading draws a few more paths, not one per tie. The groups come out step by step (the
whole ones first, in their order): see-through groups of one alpha that lie next to each
other share their layers (:func:`aspdesk.graph.canvas.see_through.paint_line_groups`),
and groups of the same step have the same alpha, so a frame lays about as many layers as
it has steps, where groups in their own order laid one for each group and step (115
instead of 11 on the 2,000-actor map, 80 ms of a frame's 190).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from numpy.typing import NDArray

from aspdesk.analysis.distinct import distinct
from aspdesk.graph.scene.edges import EdgeGroup

LEVELS = 16


def faded_edges(
    edges: Sequence[EdgeGroup], opacity: Sequence[NDArray[np.float32]]
) -> list[EdgeGroup]:
    """``edges`` with each edge at its ``opacity`` (0-1; one array per group, by edge):
    those at 0 left out, the others in groups by opacity step."""
    faded: list[tuple[int, int, EdgeGroup]] = []
    for order, (group, shown) in enumerate(zip(edges, opacity, strict=True)):
        steps = np.ceil(np.clip(shown, 0.0, 1.0) * LEVELS).astype(np.int64)
        for step in distinct(steps[steps > 0]).tolist():
            keep = steps == step
            alpha = group.alpha if group.dimmed else round(group.alpha * step / LEVELS)
            faded.append(
                (
                    -step,
                    order,
                    replace(
                        group,
                        sources=group.sources[keep],
                        targets=group.targets[keep],
                        slots=group.slots[keep],
                        directed=group.directed[keep],
                        ids=group.ids[keep] if len(group.ids) else group.ids,
                        alpha=alpha,
                    ),
                )
            )
    return [group for _, _, group in sorted(faded, key=lambda found: found[:2])]
