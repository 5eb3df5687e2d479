"""Giving nodes that have never been placed a position near their neighbours.

Placing a node for the first time is not an edit the user made, so it is not an undo step:
the position is written straight to the map (so the picture is the same next time) and the
index is refreshed quietly, without telling the tables, which do not show positions.
"""

from __future__ import annotations

import numpy as np

from aspdesk.analysis.layout import force_layout, free_spot
from aspdesk.app.document import Document
from aspdesk.domain.entities import EntityType
from aspdesk.graph.scene_data import GraphData
from aspdesk.store.errors import StoreError

# How far a newly placed node keeps from every other (layouts space nodes about 1.0 apart).
FREE_GAP = 0.9
# Beyond this many new nodes at once (not one edit's worth) the force layout's spacing stands.
MOVE_AT_MOST = 50


def graph_edges(data: GraphData) -> tuple[np.ndarray, np.ndarray]:
    """All drawn edges as an (m, 2) index array, with widths as weights."""
    if not data.edges:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0)
    pairs = np.concatenate([np.column_stack([g.sources, g.targets]) for g in data.edges])
    weights = np.concatenate([np.full(len(g.sources), g.width) for g in data.edges])
    return pairs.astype(np.int64), weights


def place_new_nodes(document: Document, data: GraphData, seed: int = 0) -> None:
    """Place the nodes of ``data`` that have no position, keeping every other node still."""
    unplaced = np.isnan(data.positions).any(axis=1)
    if not unplaced.any():
        return
    edges, weights = graph_edges(data)
    # With nothing placed yet this is a fresh layout; otherwise placed nodes hold still.
    fresh = bool(unplaced.all())
    placed = force_layout(
        len(data.refs),
        edges,
        weights=weights,
        initial=None if fresh else data.positions,
        pinned=None if fresh else ~unplaced,
        seed=seed,
    )
    data.positions[unplaced] = placed[unplaced]
    if not fresh and unplaced.sum() <= MOVE_AT_MOST:
        # The force balances a new hub among its partners, often right on top of one of
        # them (a project sits where its coordinator is): move each new node to the
        # nearest free spot, so no label or symbol hides another.
        for node in np.flatnonzero(unplaced):
            others = np.delete(data.positions, node, axis=0)
            data.positions[node] = free_spot(data.positions[node], others, FREE_GAP)
    by_type: dict[EntityType, dict[int, tuple[float | None, float | None]]] = {}
    for node in np.flatnonzero(unplaced):
        ref = data.refs[node]
        x, y = data.positions[node]
        by_type.setdefault(ref.type, {})[ref.id] = (float(x), float(y))
    if document.read_only:
        return  # the positions last as long as the window; the map stays as it is
    for entity_type, positions in by_type.items():
        try:
            document.store.set_positions(entity_type, positions)
        except StoreError:
            # A map that cannot be written (read-only, say) still gets a readable picture;
            # the positions then last only as long as the window.
            continue
        document.index.refresh(entity_type, list(positions))
