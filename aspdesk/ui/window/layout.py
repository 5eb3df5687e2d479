"""Where the main window and its docks go: the first size, the docks' shares of it, and a
saved geometry and dock state brought back onto the screen the window opens on.

A geometry saved at one scale factor or on another monitor came back as a 1280x720
window: Qt's ``restoreGeometry`` refuses a record made on a screen of another width and
applies nothing, and the window then kept Qt's default of two thirds of the screen. Such
a window now starts as on a first start, and any restored window is fitted to its screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt

from aspdesk.app.on_screen import fit_window

if TYPE_CHECKING:
    from aspdesk.ui.window.main_window import MainWindow

SMALL_SCREEN = 1400  # below this width the window takes the whole screen at first


def first_size(window: MainWindow) -> QSize:
    """Most of the screen on first start (the graph needs room), within reason."""
    screen = window.screen().availableGeometry()
    if screen.width() < SMALL_SCREEN:
        return screen.size()
    return QSize(min(1800, int(screen.width() * 0.92)), min(1100, int(screen.height() * 0.92)))


def size_docks(window: MainWindow) -> None:
    """Share the window's width and height between the docks and the graph."""
    width = window.width()
    form = int(width * 0.24)
    # The tables give way first, so the graph's toolbar does not squeeze the form; but
    # never below their tabs' width, which were cut ("Suh…") in Finnish at 1366 pixels.
    room = width - window.graph.minimumSizeHint().width() - form - 24
    tabs = window.table_tabs.tabBar().sizeHint().width() + 16
    tables = max(int(width * 0.2), tabs, min(int(width * 0.3), room))
    window.resizeDocks([window.tables_dock], [tables], Qt.Orientation.Horizontal)
    window.resizeDocks([window.form_dock], [form], Qt.Orientation.Horizontal)
    height = window.height()
    window.resizeDocks(
        [window.tables_dock, window.related_dock],
        [int(height * 0.6), int(height * 0.3)],
        Qt.Orientation.Vertical,
    )
    window.resizeDocks(
        [window.form_dock, window.views_dock],
        [int(height * 0.65), int(height * 0.25)],
        Qt.Orientation.Vertical,
    )


def restore_window(
    window: MainWindow, geometry: QByteArray | None, state: QByteArray | None
) -> None:
    """Put the window where it was, fitted to its screen, or size it as on a first start."""
    if geometry is not None and window.restoreGeometry(geometry):
        fit_window(window)  # again when shown, with the frame (MainWindow.showEvent)
    else:
        window.resize(first_size(window))
        size_docks(window)
    if state is not None:
        window.restoreState(state)
