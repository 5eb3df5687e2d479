"""Who is on the network on each frame of a film of its growth, and how visible.

The film asks :meth:`aspdesk.analysis.timeline.Timeline.on` once for each distinct day
its frames show (in order, so the timeline moves by the changes in between only): there
is one definition of "on the network on a day", the timeline's. What it answers becomes a
table of frames by elements, and from that each element's opacity: an element that joins
fades in over ``fade`` frames and one that leaves fades out, so nothing pops in or out
between two frames. What is on the network on the first frame is there from the start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import numpy as np
from numpy.typing import NDArray

from aspdesk.analysis.timeline import Network, Timeline
from aspdesk.domain.entities import EntityType
from aspdesk.domain.records import record

# An element of the picture: the type and id of what it draws (a node, or a line that
# stands for a tie or a membership).
Element = tuple[EntityType, int]


def _ids(network: Network, entity_type: EntityType) -> frozenset[int]:
    return {
        EntityType.ACTOR: network.actors,
        EntityType.CLUSTER: network.clusters,
        EntityType.MEMBERSHIP: network.memberships,
        EntityType.RELATIONSHIP: network.relationships,
        EntityType.PROJECT: network.projects,
    }.get(entity_type, frozenset())


@record
class Presence:
    """Which of ``elements`` are on the network on each frame (frames x elements)."""

    elements: list[Element]
    on: NDArray[np.bool_]

    def ever(self) -> NDArray[np.bool_]:
        """The elements on the network on at least one frame."""
        return np.asarray(self.on.any(axis=0), dtype=np.bool_)


def _nothing() -> None:
    """A day asked (nobody watches)."""


def presence(
    timeline: Timeline,
    days: Sequence[date],
    elements: Sequence[Element],
    asked: Callable[[], None] = _nothing,
) -> Presence:
    """Which ``elements`` are on the network on each of ``days`` (one per frame);
    ``asked`` is called after each day (it may raise to stop)."""
    table = np.zeros((len(days), len(elements)), dtype=np.bool_)
    columns: dict[EntityType, tuple[NDArray[np.int64], NDArray[np.int64]]] = {}
    for entity_type in {t for t, _ in elements}:
        places = [n for n, (t, _) in enumerate(elements) if t is entity_type]
        ids = [elements[n][1] for n in places]
        columns[entity_type] = (np.array(places, dtype=np.int64), np.array(ids, dtype=np.int64))
    rows: dict[date, NDArray[np.bool_]] = {}
    for day in sorted(set(days)):
        network = timeline.on(day)
        row = np.zeros(len(elements), dtype=np.bool_)
        for entity_type, (places_of, ids_of) in columns.items():
            present = _ids(network, entity_type)
            if present:
                found = (i in present for i in ids_of.tolist())
                row[places_of] = np.fromiter(found, np.bool_, len(ids_of))
        rows[day] = row
        asked()
    for frame, day in enumerate(days):
        table[frame] = rows[day]
    return Presence(list(elements), table)


def fades(on: NDArray[np.bool_], fade: int) -> NDArray[np.float32]:
    """Opacity 0-1 of each element on each frame: what is on the network on the first
    frame starts whole; from then on an element gains 1/``fade`` a frame while on the
    network and loses as much while off it."""
    opacity = np.zeros(on.shape, dtype=np.float32)
    if not len(on):
        return opacity
    step = 1.0 / max(1, fade)
    opacity[0] = on[0]
    for frame in range(1, len(on)):
        opacity[frame] = np.clip(opacity[frame - 1] + np.where(on[frame], step, -step), 0.0, 1.0)
    return opacity
