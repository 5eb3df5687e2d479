"""Mouse handling on the canvas: select, drag nodes, connect, rubber-band, pan and zoom.

The view box only works out what the user did and tells the canvas; the canvas decides what
that means for the map.

- click a node: select it (Ctrl or Shift: add or remove); click empty space: clear;
- drag a node: move it, or all selected nodes; Shift-drag from a node onto another: connect;
- drag empty space: pan; Ctrl- or Shift-drag on empty space: select with a rubber band;
- mouse wheel: zoom; touchpad two-finger scroll: pan (Ctrl or pinch: zoom); right-drag: zoom;
- double-click a node: open its form; right-click: menu.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal

DRAG_NONE, DRAG_PAN, DRAG_MOVE, DRAG_CONNECT, DRAG_RUBBER = range(5)


class NodeViewBox(pg.ViewBox):
    """A view box that knows which node is under the mouse (through ``node_at``)."""

    node_clicked = Signal(int, object)  # node index, Qt.KeyboardModifiers
    empty_clicked = Signal(object)  # modifiers
    node_double_clicked = Signal(int)
    context_requested = Signal(int, QPointF, QPointF)  # node or -1, data pos, screen pos
    move_started = Signal(int, QPointF)  # node grabbed, data pos
    move_dragged = Signal(QPointF)  # data pos
    move_finished = Signal(QPointF)
    connect_dragged = Signal(int, QPointF)  # source node, data pos
    connect_finished = Signal(int, int, QPointF)  # source, target (or -1), screen pos
    rubber_band_finished = Signal(QRectF, object)  # data rect, modifiers
    hovered = Signal(int, QPointF)  # node or -1, screen pos
    interaction_started = Signal()

    def __init__(self) -> None:
        super().__init__(enableMenu=False, invertY=True)
        self.setAspectLocked(True)
        self.node_at = lambda _pos: -1  # replaced by the canvas: scene pos -> node or -1
        self._drag = DRAG_NONE
        self._drag_node = -1

    # -- clicks ------------------------------------------------------------------------

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802 - pyqtgraph override
        node = self.node_at(ev.scenePos())
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            if ev.double():
                if node >= 0:
                    self.node_double_clicked.emit(node)
                return
            if node >= 0:
                self.node_clicked.emit(node, ev.modifiers())
            else:
                self.empty_clicked.emit(ev.modifiers())
        elif ev.button() == Qt.MouseButton.RightButton:
            ev.accept()
            data_pos = self.mapSceneToView(ev.scenePos())
            self.context_requested.emit(node, data_pos, QPointF(ev.screenPos()))

    # -- drags -------------------------------------------------------------------------

    def mouseDragEvent(self, ev: Any, axis: int | None = None) -> None:  # noqa: N802
        if ev.isStart():
            self.interaction_started.emit()
            self._drag = self._start_drag(ev)
        mode = self._drag
        if mode in (DRAG_PAN, DRAG_NONE):
            super().mouseDragEvent(ev, axis)
        else:
            ev.accept()
            data_pos = self.mapSceneToView(ev.scenePos())
            if mode == DRAG_MOVE:
                (self.move_finished if ev.isFinish() else self.move_dragged).emit(data_pos)
            elif mode == DRAG_CONNECT:
                if ev.isFinish():
                    target = self.node_at(ev.scenePos())
                    self.connect_finished.emit(self._drag_node, target, QPointF(ev.screenPos()))
                else:
                    self.connect_dragged.emit(self._drag_node, data_pos)
            elif mode == DRAG_RUBBER:
                start = ev.buttonDownPos()
                if ev.isFinish():
                    self.rbScaleBox.hide()
                    rect = QRectF(pg.Point(start), pg.Point(ev.pos())).normalized()
                    self.rubber_band_finished.emit(
                        self.childGroup.mapRectFromParent(rect), ev.modifiers()
                    )
                else:
                    self.updateScaleBox(start, ev.pos())
        if ev.isFinish():
            self._drag = DRAG_NONE

    def _start_drag(self, ev: Any) -> int:
        if ev.button() != Qt.MouseButton.LeftButton:
            return DRAG_PAN
        node = self.node_at(ev.buttonDownScenePos())
        modifiers = ev.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if node >= 0:
            self._drag_node = node
            if shift:
                return DRAG_CONNECT
            self.move_started.emit(node, self.mapSceneToView(ev.buttonDownScenePos()))
            return DRAG_MOVE
        return DRAG_RUBBER if shift or ctrl else DRAG_PAN

    # -- hover and wheel ---------------------------------------------------------------

    def hoverEvent(self, ev: Any) -> None:  # noqa: N802 - pyqtgraph override
        if ev.isExit():
            self.hovered.emit(-1, QPointF())
            return
        self.hovered.emit(self.node_at(ev.scenePos()), QPointF(ev.screenPos()))

    def wheelEvent(self, ev: Any, axis: int | None = None) -> None:  # noqa: N802
        self.interaction_started.emit()
        pixels = ev.pixelDelta() if hasattr(ev, "pixelDelta") else None
        zooming = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if pixels is not None and not pixels.isNull() and not zooming:
            # A touchpad scrolls in pixels: two fingers pan, as in a map; pinch or
            # Ctrl+scroll zooms.
            scale = self.viewPixelSize()
            self.translateBy(x=-pixels.x() * scale[0], y=-pixels.y() * scale[1])
            ev.accept()
            return
        super().wheelEvent(ev, axis)
