"""Which node a click or a rubber band meets: pure functions of positions and sizes.

The view box does all hit testing (pyqtgraph's items above it take no clicks), with the
nodes' positions in layout units, the box's transform to the scene and each node's drawn
size in pixels.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

from aspdesk.graph.canvas.layers import _device_points

REACH_PX = 3.0  # a click this near a node's edge still meets it


def node_at(
    positions: NDArray[np.float64],
    transform: QTransform,
    sizes: NDArray[np.float64],
    scene_pos: QPointF,
) -> int:
    """The node under ``scene_pos`` (scene coordinates), or -1; the nearest centre wins
    where symbols overlap."""
    if not len(positions):
        return -1
    points = _device_points(transform, np.nan_to_num(positions, nan=1e12))
    distance = np.hypot(points[:, 0] - scene_pos.x(), points[:, 1] - scene_pos.y())
    hits = np.flatnonzero(distance <= sizes / 2 + REACH_PX)
    if not len(hits):
        return -1
    return int(hits[np.argmin(distance[hits])])


def nodes_in(positions: NDArray[np.float64], rect: QRectF) -> list[int]:
    """Nodes inside ``rect`` (layout units)."""
    p = positions
    inside = (
        (p[:, 0] >= rect.left())
        & (p[:, 0] <= rect.right())
        & (p[:, 1] >= rect.top())
        & (p[:, 1] <= rect.bottom())
    )
    return np.flatnonzero(inside).tolist()
