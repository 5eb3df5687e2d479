"""Popups and menus of the window open inside the screen, whole or scrolling.

A process has one set of screens, and the main test run's offscreen screen is 800x800,
smaller than the window can be. So these run in processes of their own, on screens of
1920x1080, 1366x768, 1280x720 and 3840x2160 at scale 2 (``test_screen_sizes.py``), and
are not collected by the main run. Geometry is compared with the screen's available
geometry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
)
from pytestqt.qtbot import QtBot

from aspdesk.store.repository import MapStore
from aspdesk.ui.main_window import MainWindow

from .conftest import make_window
from .popups import popup_seen

# Menus grab the keyboard, which the offscreen platform cannot do (and says so).
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support grabbing the keyboard")]


def _area() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


@pytest.fixture
def shown(qtbot: QtBot, sample_store: MapStore, tmp_path: Path, language: str) -> MainWindow:
    """The main window on the sample map in ``language``, as big as on a first start."""
    return make_window(qtbot, sample_store, tmp_path, language)


def _node(window: MainWindow, name: str) -> int:
    data = window.graph.canvas.data
    return data.labels.index(name)


# -- popups and menus -------------------------------------------------------------------


def test_the_filter_popup_opens_inside_the_screen_whole_or_scrolling(
    qtbot: QtBot, shown: MainWindow
) -> None:
    panel = shown.graph
    qtbot.mouseClick(panel.filter_button, Qt.MouseButton.LeftButton)
    popup = panel.filter_popup
    qtbot.waitUntil(popup.isVisible)
    QApplication.processEvents()  # the scroll area settles its bars
    area = _area()
    assert area.contains(popup.frameGeometry()), (popup.frameGeometry(), area)
    hint = popup.sizeHint()
    if hint.width() <= area.width() and hint.height() <= area.height():
        # Room for all of it: every list and button shows, nothing scrolls.
        assert popup.size() == hint
        for part in (popup.types, popup.reset_button, popup.project):
            assert part.visibleRegion().boundingRect() == part.rect()
    else:
        scroll = popup.scroll
        if popup.width() < hint.width():
            assert scroll.horizontalScrollBar().maximum() > 0
        if popup.height() < hint.height():
            assert scroll.verticalScrollBar().maximum() > 0
    popup.close()


def test_every_menu_opens_inside_the_screen(qtbot: QtBot, shown: MainWindow) -> None:
    area = _area()
    corner = area.bottomRight() - QPoint(3, 3)  # a right-click at the screen's corner
    panel, canvas = shown.graph, shown.graph.canvas
    shown.settings.add_recent_map(Path("/maps/one.aspmap"))
    shown.settings.add_recent_map(Path("/maps/two.aspmap"))
    opened: dict[str, QRect] = {}

    for button in (panel.layout_button, panel.colour_by, panel.size_by, panel.focus_button):
        opened[button.objectName() or str(button)], _ = popup_seen(
            lambda b=button: qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
        )
    bar = shown.menuBar()
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())
        qtbot.waitUntil(menu.isVisible)
        opened[action.text()] = menu.frameGeometry()
        menu.close()
    node = _node(shown, "Lapin liitto")
    at_corner = QPointF(corner)
    opened["node"], _ = popup_seen(
        lambda: canvas.context_requested.emit(node, QPointF(), at_corner)
    )
    opened["empty"], _ = popup_seen(lambda: canvas.context_requested.emit(-1, QPointF(), at_corner))
    opened["connect"], _ = popup_seen(lambda: panel.choose_relation_type(corner))
    opened["role"], _ = popup_seen(lambda: panel.choose_partner_role(corner))
    opened["recent"], _ = popup_seen(lambda: shown.map_files.recent_menu.exec(corner))
    views = shown.views_panel
    where = views.list.viewport().rect().bottomRight()
    opened["views"], _ = popup_seen(lambda: views._on_list_context_menu_requested(where))

    outside = {name: rect for name, rect in opened.items() if not area.contains(rect)}
    assert outside == {}, f"outside {area}"
