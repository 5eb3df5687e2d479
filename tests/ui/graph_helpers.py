"""Driving the graph canvas with real mouse events, as a user's hand would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from aspdesk.graph.canvas import GraphCanvas


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
