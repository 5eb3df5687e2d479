"""The user guide: Help menu pages, links, back and forward, and F1 for where the user is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from aspdesk.store.repository import MapStore
from aspdesk.ui.help.pages import PICTURE_SCALE, Topic, help_file
from aspdesk.ui.help.window import HelpWindow
from aspdesk.ui.window.main_window import MainWindow

from .conftest import make_window
from .test_import import _open_dialog, _workbook

pytestmark = pytest.mark.gui


def _guide(window: QWidget) -> HelpWindow:
    found = window.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert found is not None, "no guide was opened over this window"
    return found


def _f1(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_F1)


def _click_link(qtbot: QtBot, guide: HelpWindow, text: str) -> None:
    """Click the link ``text`` of the page on show, as a user does."""
    browser = guide.browser
    found = browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + 2)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    spot = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def test_help_menu_lists_the_guide_and_each_opens_its_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Getting started\tF1",
        "Workshop keys",
        "Importing a spreadsheet",
        "Cluster health explained",
        "&About aspdesk",
    ]
    for topic, action in window.help.actions.items():
        action.trigger()
        guide = _guide(window)
        assert guide.current_topic() is topic
        assert guide.isVisible()
        title = guide.browser.documentTitle()
        assert title and guide.windowTitle().startswith(title)
        assert guide.contents.currentItem().text() == title


def test_links_back_forward_and_the_contents_move_between_pages(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.help.actions[Topic.GETTING_STARTED].trigger()
    guide = _guide(window)
    assert not guide.back_action.isEnabled()
    _click_link(qtbot, guide, "Importing a spreadsheet")
    assert guide.current_topic() is Topic.IMPORTING
    assert guide.back_action.isEnabled()
    guide.back_action.trigger()
    assert guide.current_topic() is Topic.GETTING_STARTED
    assert guide.forward_action.isEnabled()
    guide.forward_action.trigger()
    assert guide.current_topic() is Topic.IMPORTING
    item = guide.contents.item(1)
    guide.contents.itemClicked.emit(item)
    assert guide.current_topic() is Topic.WORKSHOP
    guide.start_action.trigger()
    assert guide.current_topic() is Topic.GETTING_STARTED


def test_pages_show_their_pictures_sharp_and_in_the_apps_font_and_colours(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.help.actions[Topic.HEALTH].trigger()
    guide = _guide(window)
    guide.resize(1000, 700)
    browser = guide.browser
    # The page sets no font or colour of its own: the window's are used.
    assert browser.font().family() == QApplication.font().family()
    assert browser.document().defaultFont() == browser.font()
    base = browser.palette().color(QPalette.ColorRole.Base)
    assert browser.viewport().palette().color(QPalette.ColorRole.Base) == base
    url = browser.source().resolved(QUrl("images/health-dock.png"))
    image = browser.loadResource(QTextDocument.ResourceType.ImageResource, url)
    assert isinstance(image, QImage) and not image.isNull()
    ratio = browser.devicePixelRatioF()
    assert image.devicePixelRatio() == ratio
    shipped = QImage.fromData(help_file(url.path()).read_bytes())  # type: ignore[union-attr]
    on_page = image.width() / ratio
    assert on_page <= shipped.width() / PICTURE_SCALE + 0.5
    assert on_page <= browser.viewport().width()


def test_f1_opens_getting_started_in_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    _f1(qtbot, window.graph.canvas.view)
    assert _guide(window).current_topic() is Topic.GETTING_STARTED


def test_f1_in_the_cluster_health_panel_opens_its_page(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.analysis.health_dock
    dock.show()
    dock.raise_()
    health = window.analysis.health
    assert health is not None
    qtbot.waitUntil(health.tree.isVisible)
    _f1(qtbot, health.tree)
    assert _guide(window).current_topic() is Topic.HEALTH


def test_f1_in_the_cluster_health_panel_floating_opens_its_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    dock = window.analysis.health_dock
    dock.show()
    dock.setFloating(True)
    health = window.analysis.health
    assert health is not None
    qtbot.waitExposed(dock)
    dock.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
    _f1(qtbot, health.tree)
    assert _guide(window).current_topic() is Topic.HEALTH


def test_f1_in_the_import_dialog_opens_importing_over_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _open_dialog(qtbot, window, _workbook(tmp_path / "jasenet.xlsx"))
    qtbot.waitExposed(dialog)
    _f1(qtbot, dialog.columns.table)
    guide = _guide(dialog)  # the dialog's own, so that the dialog does not block it
    assert guide.current_topic() is Topic.IMPORTING
    # the dialog, modal to the main window, lets the guide take a click
    item = guide.contents.item(1)
    spot = guide.contents.visualItemRect(item).center()
    qtbot.mouseClick(guide.contents.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert guide.current_topic() is Topic.WORKSHOP
    dialog.reject()


def test_f1_in_workshop_mode_opens_the_workshop_keys(qtbot: QtBot, window: MainWindow) -> None:
    window.workshop.action.trigger()
    workshop = window.workshop.workshop
    assert workshop is not None
    qtbot.waitExposed(workshop)
    workshop.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workshop)
    _f1(qtbot, workshop.panel.canvas.view)
    assert _guide(workshop).current_topic() is Topic.WORKSHOP
    assert workshop.isVisible(), "F1 is not one of the workshop's own keys"
    workshop.close()


@pytest.mark.parametrize("language", ["fi", "sv", "en"], indirect=True)
def test_the_guide_is_in_the_apps_language(
    qtbot: QtBot, language: str, sample_store: MapStore, tmp_path: Path
) -> None:
    window = make_window(qtbot, sample_store, tmp_path, language)
    window.help.actions[Topic.WORKSHOP].trigger()
    guide = _guide(window)
    heading = {
        "fi": "Työpajatilan näppäimet",
        "sv": "Tangenter för workshoppen",
        "en": "Workshop keys",
    }[language]
    assert guide.browser.documentTitle() == heading
    assert guide.contents.item(1).text() == heading
