"""The canvas's pyqtgraph view, drawing on a viewport widget made in Python.

pyqtgraph's ``GraphicsView`` asks for its viewport, to see whether it is an OpenGL one.
The viewport Qt made is a widget PySide6 has not seen, and to give it a Python class
PySide6 makes every class derived from QWidget that it loads lazily and that it could be
(QWizard, QMdiArea, QFontDialog and more, with their enums): some twenty, 4-7 ms of a
window's start and of every exported picture, before anything was drawn. Without OpenGL
this view puts a plain widget of its own in place of Qt's, which was a plain widget too;
the legend's scroll area does the same (``graph/legend/panel.py``).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget


class GraphView(pg.GraphicsView):
    """A pyqtgraph view whose viewport, without OpenGL, was made here."""

    def useOpenGL(self, b: bool = True) -> None:  # noqa: N802 - pyqtgraph's name
        if b:
            super().useOpenGL(b)
        else:
            self.setViewport(QWidget())
