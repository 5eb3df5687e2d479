"""Where imported actors go on the graph, decided before the import is stored.

Placing them is part of the import (one transaction, one undo step), so the first picture
of the imported map, on screen or in a headless export, is already readable:

* Actors already in the map never move. Those never placed (the graph was never shown)
  are placed with the new ones, as the graph would place them when first shown.
* Into a map with placed actors, new actors are placed around what is there (see
  ``analysis.layout.placing``): next to the actors they are tied to, clear of other nodes and
  lines, the rest in a block beside the drawing (many at once, by the force layout). Their
  positions in the file, if any, are not used, since they belong to another drawing.
* Into a map with nothing placed, positions from the file are kept; a drawing made in
  pixels (Gephi, yEd) is scaled to the graph's spacing. Actors without one are placed
  around them by the force layout.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from aspdesk.analysis.layout.placing import Clearance, place_new
from aspdesk.analysis.layout.positions import spacing
from aspdesk.analysis.layout.shapes import unit_boxes
from aspdesk.domain.entities import Actor, Entity, Relationship, changed
from aspdesk.io.snapshot import MapSnapshot

# A file's drawing whose spacing is within this factor of ours is used as it is.
SCALE_TOLERANCE = 2.0


def place_imported(
    inserts: Sequence[Entity],
    current: MapSnapshot,
    seed: int = 0,
    clearance: Clearance | None = None,
) -> tuple[list[Entity], dict[int, tuple[float, float]]]:
    """``inserts`` with every new actor given a position, and positions for the map's
    actors that never had one (a map whose graph was never shown), so that old and new
    are laid out together rather than the new ones off in a corner.

    ``clearance`` says what the window shows (boxes with labels, the part in view); without
    it (the command line) nodes are 1.0 wide, as the layouts space them.
    """
    new_actors = [i for i, e in enumerate(inserts) if isinstance(e, Actor)]
    if not new_actors:
        return list(inserts), {}
    old = [a for a in current.actors if a.x is not None and a.y is not None]
    never_placed = [a for a in current.actors if a.x is None or a.y is None]
    actors: list[Actor] = old + never_placed + [inserts[i] for i in new_actors]  # type: ignore[misc]
    index = {a.id: n for n, a in enumerate(actors)}
    known = np.full((len(actors), 2), np.nan)
    for n, actor in enumerate(old):
        known[n] = (actor.x, actor.y)
    if not old:
        _file_positions(actors, known)
    ties = [*current.relationships, *(e for e in inserts if isinstance(e, Relationship))]
    edges = [
        (index[t.source_id], index[t.target_id])
        for t in ties
        if t.source_id in index and t.target_id in index
    ]
    weights = [t.strength for t in ties if t.source_id in index and t.target_id in index]
    if np.isnan(known).any():
        room = Clearance() if clearance is None else clearance
        boxes = unit_boxes(len(actors))
        for n, actor in enumerate(actors):
            found = room.actors.get(actor.id or 0) if n < len(old) else room.names.get(actor.name)
            if found is not None:
                boxes[n] = found
        known = place_new(
            known,
            np.array(edges, dtype=np.int64).reshape(-1, 2),
            boxes=boxes,
            gap=room.gap,
            area=room.area,
            weights=np.array(weights, dtype=np.float64),
            seed=seed,
        )
    result = list(inserts)
    first_new = len(old) + len(never_placed)
    # As Python floats at once: a numpy row unpacked per actor took longer than placing them.
    placed = known[first_new : first_new + len(new_actors)].tolist()
    for i, (x, y) in zip(new_actors, placed, strict=True):
        result[i] = _at(inserts[i], x, y)
    existing = {
        a.id: (float(known[len(old) + n][0]), float(known[len(old) + n][1]))
        for n, a in enumerate(never_placed)
        if a.id is not None
    }
    return result, existing


def _file_positions(actors: Sequence[Actor], known: np.ndarray) -> None:
    """Copy the file's positions into ``known``, scaled to the graph's spacing if needed."""
    given = [
        n
        for n, a in enumerate(actors)
        if a.x is not None and a.y is not None and math.isfinite(a.x) and math.isfinite(a.y)
    ]
    if not given:
        return
    points = np.array([(actors[n].x, actors[n].y) for n in given], dtype=np.float64)
    gap = spacing(points) if len(points) > 1 else 1.0
    if not 1.0 / SCALE_TOLERANCE <= gap <= SCALE_TOLERANCE:
        points = (points - points.mean(axis=0)) / gap
    known[given] = points


def _at(entity: Entity, x: float, y: float) -> Entity:
    assert isinstance(entity, Actor)
    return changed(entity, x=x, y=y)
