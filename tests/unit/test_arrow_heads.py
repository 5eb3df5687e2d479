"""Arrowheads of directed ties: at the rim of their target, each filled whole."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from aspdesk.graph.canvas.layers import arrow_heads, paint_arrow_heads
from aspdesk.graph.scene.edges import EdgeGroup

SIZE = 200
BACKGROUND = QColor("#ffffff")


def _group(sources: list[int], targets: list[int], width: float = 1.0) -> EdgeGroup:
    count = len(sources)
    return EdgeGroup(
        colour="#203040",
        dash="solid",
        width=width,
        sources=np.array(sources, dtype=np.int64),
        targets=np.array(targets, dtype=np.int64),
        slots=np.zeros(count),
        directed=np.ones(count, dtype=np.bool_),
    )


def _painted(group: EdgeGroup, positions: np.ndarray, sizes: np.ndarray) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    heads = arrow_heads([group], positions, sizes, QTransform(), QRectF(0, 0, SIZE, SIZE))
    painter = QPainter(image)
    try:
        paint_arrow_heads(painter, heads)
    finally:
        painter.end()
    return image


def _dark(image: QImage, x: float, y: float) -> bool:
    return image.pixelColor(round(x), round(y)).lightness() < 100


def test_a_head_points_at_the_rim_of_its_target(qapp: object) -> None:
    positions = np.array([(20.0, 100.0), (150.0, 100.0)])
    sizes = np.array([10.0, 30.0])  # the target's radius is 15, the head's tip 1.5 past it
    ((_colour, corners),) = arrow_heads(
        [_group([0], [1])], positions, sizes, QTransform(), QRectF(0, 0, SIZE, SIZE)
    )
    assert corners.shape == (1, 3, 2)
    tip, left, right = corners[0]
    assert np.allclose(tip, (150.0 - 16.5, 100.0))
    assert left[0] == right[0] < tip[0]  # the base behind the tip, across the tie
    image = _painted(_group([0], [1]), positions, sizes)
    assert _dark(image, tip[0] - 3, 100)  # inside the head
    assert not _dark(image, tip[0] + 3, 100)  # between its tip and the node (not drawn here)
    assert not _dark(image, 60, 100)  # the tie's line is the edge layer's, not the head's


def test_heads_that_overlap_are_both_filled(qapp: object) -> None:
    """Two ties into one node from almost the same side: their heads overlap. Filled as
    one path by the odd-even rule, the shared part was a hole."""
    positions = np.array([(20.0, 100.0), (20.0, 97.0), (150.0, 100.0)])
    sizes = np.array([10.0, 10.0, 30.0])
    group = _group([0, 1], [2, 2], width=3.0)
    ((_colour, corners),) = arrow_heads(
        [group], positions, sizes, QTransform(), QRectF(0, 0, SIZE, SIZE)
    )
    middle = corners.mean(axis=1)  # each head's centre
    shared = middle.mean(axis=0)  # between them, inside both
    image = _painted(group, positions, sizes)
    assert _dark(image, *middle[0]) and _dark(image, *middle[1])
    assert _dark(image, *shared)


def test_many_heads_are_each_drawn_where_they_point(qapp: object) -> None:
    """400 ties from a ring of actors into a hub in its middle: the heads crowd round the
    hub, many overlapping, and every one is filled at its own place."""
    rng = np.random.default_rng(3)
    angles = rng.uniform(0, 2 * np.pi, 400)
    ring = np.column_stack([100 + 90 * np.cos(angles), 100 + 90 * np.sin(angles)])
    positions = np.vstack([[(100.0, 100.0)], ring])
    sizes = np.full(len(positions), 4.0)
    sizes[0] = 40.0
    group = _group(list(range(1, 401)), [0] * 400)
    ((_colour, corners),) = arrow_heads(
        [group], positions, sizes, QTransform(), QRectF(0, 0, SIZE, SIZE)
    )
    assert len(corners) == 400
    image = _painted(group, positions, sizes)
    centres = corners.mean(axis=1)
    assert all(_dark(image, x, y) for x, y in centres)
    assert not _dark(image, 100, 100)  # the hub itself is left to the node layer
