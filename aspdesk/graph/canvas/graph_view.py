"""The canvas's pyqtgraph view, drawing on a viewport widget made in Python.

pyqtgraph's ``GraphicsView`` asks for its viewport, to see whether it is an OpenGL one.
The viewport Qt made is a widget PySide6 has not seen, and to give it a Python class
PySide6 makes every class derived from QWidget that it loads lazily and that it could be
(QWizard, QMdiArea, QFontDialog and more, with their enums): some twenty, 4-7 ms of a
window's start and of every exported picture, before anything was drawn. Without OpenGL
this view puts a plain widget of its own in place of Qt's, which was a plain widget too;
the legend's scroll area does the same (``graph/legend/panel.py``).

The view also runs what waits for the graph's first drawing (:meth:`after_first_paint`):
the window's own first frame can come a paint before the graph's, and work run after it
(loading the ORM for the first edit, 30-80 ms) then delayed the graph.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget


class GraphView(pg.GraphicsView):
    """A pyqtgraph view whose viewport, without OpenGL, was made here."""

    _painted = False
    _waiting: list[Callable[[], None]] | None = None

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the graph has been drawn (soon, if it has been already)."""
        if self._painted:
            QTimer.singleShot(0, self, work)
            return
        if self._waiting is None:
            self._waiting = []
        self._waiting.append(work)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            for work in self._waiting or ():
                QTimer.singleShot(0, self, work)  # after this frame, not inside it
            self._waiting = None

    def useOpenGL(self, b: bool = True) -> None:  # noqa: N802 - pyqtgraph's name
        if b:
            super().useOpenGL(b)
        else:
            self.setViewport(QWidget())
