"""Where the main window and its docks go: the first size, the docks' shares of it, and a
saved geometry and dock state brought back onto the screen the window opens on.

A geometry saved at one scale factor or on another monitor came back as a 1280x720
window: Qt's ``restoreGeometry`` refuses a record made on a screen of another width and
applies nothing, and the window then kept Qt's default of two thirds of the screen. Such
a window now starts as on a first start, and any restored window is fitted to its screen.

The functions take any ``QMainWindow`` and find its docks by their object names (the
names its saved state records them by), so the window's layout needs nothing else of it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

from aspdesk.app.on_screen import fit_window

SMALL_SCREEN = 1400  # below this width the window takes the whole screen at first


def first_size(window: QMainWindow) -> QSize:
    """Most of the screen on first start (the graph needs room), within reason."""
    screen = window.screen().availableGeometry()
    if screen.width() < SMALL_SCREEN:
        return screen.size()
    return QSize(min(1800, int(screen.width() * 0.92)), min(1100, int(screen.height() * 0.92)))


def _dock(window: QMainWindow, name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    assert dock is not None, name  # the window makes its docks before it is laid out
    return dock


def size_docks(window: QMainWindow) -> None:
    """Share the window's width and height between the docks and the graph (the window's
    central widget)."""
    tables_dock, related_dock = _dock(window, "tablesDock"), _dock(window, "relatedDock")
    form_dock, views_dock = _dock(window, "formDock"), _dock(window, "viewsDock")
    central = window.centralWidget()
    graph_width = central.minimumSizeHint().width() if central is not None else 0
    tabs = tables_dock.widget()
    tabs_width = tabs.tabBar().sizeHint().width() + 16 if isinstance(tabs, QTabWidget) else 0
    width = window.width()
    form = int(width * 0.24)
    # The tables give way first, so the graph's toolbar does not squeeze the form; but
    # never below their tabs' width, which were cut ("Suh…") in Finnish at 1366 pixels.
    room = width - graph_width - form - 24
    tables = max(int(width * 0.2), tabs_width, min(int(width * 0.3), room))
    window.resizeDocks([tables_dock], [tables], Qt.Orientation.Horizontal)
    window.resizeDocks([form_dock], [form], Qt.Orientation.Horizontal)
    height = window.height()
    window.resizeDocks(
        [tables_dock, related_dock],
        [int(height * 0.6), int(height * 0.3)],
        Qt.Orientation.Vertical,
    )
    window.resizeDocks(
        [form_dock, views_dock],
        [int(height * 0.65), int(height * 0.25)],
        Qt.Orientation.Vertical,
    )


def restore_window(
    window: QMainWindow, geometry: QByteArray | None, state: QByteArray | None
) -> None:
    """Put the window where it was, fitted to its screen, or size it as on a first start."""
    if geometry is not None and window.restoreGeometry(geometry):
        fit_window(window)  # again when shown, with the frame (MainWindow.showEvent)
    else:
        window.resize(first_size(window))
        size_docks(window)
    if state is not None:
        window.restoreState(state)
