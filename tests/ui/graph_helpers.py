"""Driving the graph canvas with real mouse events, as a user's hand would."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.panel.toolbar import ChoiceButton


def node_point(canvas: GraphCanvas, node: int) -> QPoint:
    """Where node ``node`` is on the canvas's viewport, in pixels."""
    x, y = canvas.data.positions[node]
    scene = canvas.box.childGroup.sceneTransform().map(QPointF(float(x), float(y)))
    return canvas.view.mapFromScene(scene)


def empty_point(canvas: GraphCanvas) -> QPoint:
    """A point on the canvas with no node under it."""
    viewport = canvas.view.viewport()
    for x in range(viewport.width() - 20, 20, -25):
        for y in range(viewport.height() - 20, 20, -25):
            scene = canvas.view.mapToScene(QPoint(x, y))
            if canvas.node_at(scene) < 0:
                return QPoint(x, y)
    raise AssertionError("no empty spot on the canvas")


def _send(
    canvas: GraphCanvas,
    kind: QEvent.Type,
    pos: QPoint,
    buttons: Qt.MouseButton,
    button: Qt.MouseButton,
    modifiers: Qt.KeyboardModifier,
) -> None:
    viewport = canvas.view.viewport()
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers
    )
    QApplication.sendEvent(viewport, event)


def drag(
    canvas: GraphCanvas,
    start: QPoint,
    end: QPoint,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press the left button at ``start``, move in steps to ``end``, release."""
    left = Qt.MouseButton.LeftButton
    none = Qt.MouseButton.NoButton
    _send(canvas, QEvent.Type.MouseButtonPress, start, left, left, modifiers)
    steps = 6
    for n in range(1, steps + 1):
        point = start + (end - start) * n / steps
        _send(canvas, QEvent.Type.MouseMove, point, left, none, modifiers)
    _send(canvas, QEvent.Type.MouseButtonRelease, end, none, left, modifiers)


def click(
    canvas: GraphCanvas,
    pos: QPoint,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A left click at ``pos``."""
    left = Qt.MouseButton.LeftButton
    _send(canvas, QEvent.Type.MouseButtonPress, pos, left, left, modifiers)
    _send(canvas, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton, left, modifiers)


def double_click(canvas: GraphCanvas, pos: QPoint) -> None:
    """A left double click at ``pos``."""
    left = Qt.MouseButton.LeftButton
    none = Qt.MouseButton.NoButton
    plain = Qt.KeyboardModifier.NoModifier
    _send(canvas, QEvent.Type.MouseButtonPress, pos, left, left, plain)
    _send(canvas, QEvent.Type.MouseButtonRelease, pos, none, left, plain)
    _send(canvas, QEvent.Type.MouseButtonDblClick, pos, left, left, plain)
    _send(canvas, QEvent.Type.MouseButtonRelease, pos, none, left, plain)


def drawn_nodes(canvas: GraphCanvas) -> tuple[np.ndarray, np.ndarray]:
    """Every node's centre in the viewport's pixels (n, 2) and its symbol's diameter, as
    the scatter item that draws them holds it."""
    transform = canvas.box.childGroup.sceneTransform() * canvas.view.viewportTransform()
    mapped = (transform.map(QPointF(float(x), float(y))) for x, y in canvas.data.positions)
    points = np.array([(point.x(), point.y()) for point in mapped]).reshape(-1, 2)
    sizes = np.asarray(canvas.nodes.data["size"], dtype=np.float64)
    assert len(sizes) == len(points), "the scatter draws every node"
    return points, sizes


def drawn_overlaps(canvas: GraphCanvas) -> list[str]:
    """What overlaps in the picture the canvas paints now, in words ([] when nothing does):
    two node symbols (as discs of their size), two labels, or a label and another node,
    among the symbols drawn in the view (those off screen are not seen).

    The labels are the canvas's own boxes of its last paint, so the view is painted first.
    """
    canvas.view.grab()
    labels = canvas.labels.placed
    centres, sizes = drawn_nodes(canvas)
    radius = sizes / 2
    viewport = canvas.view.viewport().rect()
    seen = (
        (centres[:, 0] + radius > 0)
        & (centres[:, 1] + radius > 0)
        & (centres[:, 0] - radius < viewport.width())
        & (centres[:, 1] - radius < viewport.height())
    )
    radius = np.where(seen, radius, 0.0)  # an unseen symbol covers nothing
    names = canvas.data.labels
    found = []
    apart = np.hypot(*(centres[:, None, :] - centres[None, :, :]).transpose(2, 0, 1))
    reach = radius[:, None] + radius[None, :]
    meet = np.triu(apart < reach, k=1) & seen[:, None] & seen[None, :]
    for a, b in zip(*np.nonzero(meet), strict=True):
        found.append(f"nodes {names[a]!r} and {names[b]!r}")
    for rank, (node, box) in enumerate(labels):
        for other, other_box in labels[rank + 1 :]:
            if box.intersects(other_box):
                found.append(f"labels of {names[node]!r} and {names[other]!r}")
        # a disc meets a box when the box's nearest point to its centre is inside it
        near_x = np.clip(centres[:, 0], box.left(), box.right())
        near_y = np.clip(centres[:, 1], box.top(), box.bottom())
        hit = np.hypot(centres[:, 0] - near_x, centres[:, 1] - near_y) < radius
        hit[node] = False
        found += [f"label of {names[node]!r} over node {names[n]!r}" for n in np.flatnonzero(hit)]
    return found


def drawn_inside(canvas: GraphCanvas, nodes: list[int]) -> bool:
    """Whether the symbols of ``nodes`` are wholly inside the canvas's viewport."""
    centres, sizes = drawn_nodes(canvas)
    viewport = canvas.view.viewport().rect()
    r = sizes[nodes] / 2
    x, y = centres[nodes, 0], centres[nodes, 1]
    return bool(
        (
            (x - r >= 0) & (y - r >= 0) & (x + r <= viewport.width()) & (y + r <= viewport.height())
        ).all()
    )


def choose(button: ChoiceButton, code: str) -> None:
    """Pick ``code`` from one of the graph toolbar's menu buttons, as a user does."""
    action = button.action_for(code)
    assert action is not None, code
    action.trigger()
