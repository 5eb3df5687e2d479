"""A dock's panel made when it is first wanted, not before the window's first frame.

The Cluster overview, Network metrics, Cluster health and Outcomes docks start as tabs
behind others: their panels are out of sight in the first frame, yet making them (and
sizing the overview's columns to their contents) took some 8 ms of a start on the sample
map before anything was drawn. A :class:`DockPanel` makes its panel when the dock comes
into view (a tab raised, a window state restored with that tab in front, during the
showing, before the frame), when code asks for it, or after the first frame: whichever
comes first. The dock is empty until then, which no one sees.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from aspdesk.ui.window.first_frame import after_first_frame

P = TypeVar("P", bound=QWidget)


def add_dock(window: QMainWindow, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
    """A new dock of ``window`` in ``area``, which can be moved, floated and closed; its
    object ``name`` is what a saved window state knows it by."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    window.addDockWidget(area, dock)
    return dock


class DockPanel(Generic[P]):
    """The panel of ``dock``, one for each map (:meth:`fill`)."""

    def __init__(self, dock: QDockWidget) -> None:
        self.dock = dock
        self._make: Callable[[], P] | None = None
        self._panel: P | None = None
        dock.visibilityChanged.connect(self._on_visibility_changed)

    def fill(self, window: QWidget, make: Callable[[], P]) -> None:
        """Have ``make`` make the dock's panel for a new map, when it is first wanted (at
        once if the window has painted its first frame already or the dock is in view)."""
        self._make, self._panel = make, None
        if self.dock.isVisible():
            self.get()
        after_first_frame(window, self._made)

    def get(self) -> P | None:
        """The panel for the current map, made now if it was not yet (None before any
        :meth:`fill`)."""
        if self._panel is None and self._make is not None:
            self._panel = self._make()
            old = self.dock.widget()
            self.dock.setWidget(self._panel)
            if old is not None:
                old.deleteLater()
        return self._panel

    def _made(self) -> None:
        self.get()

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.get()
