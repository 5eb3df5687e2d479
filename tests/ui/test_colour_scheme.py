"""The window follows the desktop's light or dark colour scheme, unless the user chose one.

The desktop's scheme reaches Qt as ``QStyleHints.colorSchemeChanged``; the offscreen
platform never sends it, so the tests send it as the platform would. The window is wired
as the launcher wires it (:func:`aspdesk.ui.window.launch.follow_colour_scheme`), and the
user's choice is made through View > Colour scheme.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from aspdesk.app.style_marks import ERROR_COLOUR, INVALID_SHEET, mark_invalid
from aspdesk.domain.entities import EntityType
from aspdesk.graph.styling.themes import LIGHT, PROJECTOR, SCREEN_DARK
from aspdesk.ui.window.colour_scheme import ColourScheme, is_dark
from aspdesk.ui.window.launch import follow_colour_scheme
from aspdesk.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def scheme(qapp: QApplication, window: MainWindow) -> Iterator[ColourScheme]:
    """The window following the colour scheme; the application's palette put back after."""
    window.settings.colour_scheme = ""
    following = ColourScheme(qapp, window.settings, window)
    follow_colour_scheme(window, following)
    yield following
    following.choose("")
    qapp.styleHints().colorSchemeChanged.disconnect(following._on_style_hints_color_scheme_changed)
    qapp.setPalette(QPalette())


def _desktop_turns(qapp: QApplication, scheme: Qt.ColorScheme) -> None:
    qapp.styleHints().colorSchemeChanged.emit(scheme)
    qapp.processEvents()  # the new palette reaches the widgets as posted events


def _menu_action(window: MainWindow, text: str) -> QAction:
    menu = next(
        action.menu() for action in window.view_menu.actions() if action.text() == "Colour &scheme"
    )
    assert isinstance(menu, QMenu)
    return next(action for action in menu.actions() if action.text() == text)


def _background(window: MainWindow) -> str:
    canvas = window.graph.canvas
    image = canvas.view.grab().toImage()
    return image.pixelColor(3, 3).name()


def test_a_dark_desktop_darkens_the_window_and_the_graph(
    qapp: QApplication, window: MainWindow, scheme: ColourScheme
) -> None:
    assert window.graph.canvas.theme is LIGHT and not is_dark(qapp.palette())
    _desktop_turns(qapp, Qt.ColorScheme.Dark)
    assert window.graph.canvas.theme is SCREEN_DARK
    assert is_dark(qapp.palette()), "the platform could not switch, so the palette is ours"
    assert _background(window) == SCREEN_DARK.background.lower()
    search = window.tables[EntityType.ACTOR].findChild(QLineEdit)
    assert search is not None
    field = search.grab().toImage()
    assert field.pixelColor(field.width() - 4, field.height() // 2).lightness() < 80
    _desktop_turns(qapp, Qt.ColorScheme.Light)
    assert window.graph.canvas.theme is LIGHT and not is_dark(qapp.palette())
    assert _background(window) == "#ffffff"


def test_the_users_choice_wins_over_the_desktop_and_is_kept(
    qapp: QApplication, window: MainWindow, scheme: ColourScheme
) -> None:
    assert _menu_action(window, "Follow the &system").isChecked()
    _menu_action(window, "&Dark").trigger()
    assert window.settings.colour_scheme == "dark"
    assert window.graph.canvas.theme is SCREEN_DARK and is_dark(qapp.palette())
    _desktop_turns(qapp, Qt.ColorScheme.Light)
    assert window.graph.canvas.theme is SCREEN_DARK, "the user chose dark"
    # The next start reads the choice back.
    assert ColourScheme(qapp, window.settings).dark
    _menu_action(window, "&Light").trigger()
    _desktop_turns(qapp, Qt.ColorScheme.Dark)
    assert window.graph.canvas.theme is LIGHT and not is_dark(qapp.palette())
    _menu_action(window, "Follow the &system").trigger()
    assert window.graph.canvas.theme is SCREEN_DARK, "the desktop was dark meanwhile"


def test_a_new_map_in_the_window_keeps_the_scheme(
    qapp: QApplication, window: MainWindow, scheme: ColourScheme, tmp_path: Path
) -> None:
    _desktop_turns(qapp, Qt.ColorScheme.Dark)
    old_panel = window.graph
    assert window.map_files.open(tmp_path / "new.aspmap", create=True)
    assert window.graph is not old_panel
    assert window.graph.canvas.theme is SCREEN_DARK


def test_views_and_copied_pictures_keep_the_everyday_look_light(
    qapp: QApplication, window: MainWindow, scheme: ColourScheme
) -> None:
    _desktop_turns(qapp, Qt.ColorScheme.Dark)
    state = window.graph.view_state()
    assert state.theme == "light", "a view saved on a dark desktop shows light on a light one"
    window.graph.apply_view_state(state)
    assert window.graph.canvas.theme is SCREEN_DARK
    window.graph.apply_view_state(replace(state, theme="projector"))
    assert window.graph.canvas.theme is PROJECTOR, "a view's own theme stays"
    window.graph.apply_view_state(state)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    window.images.copy_action.trigger()
    image = clipboard.image()
    assert image.pixelColor(2, 2).name() == "#ffffff", "a pasted picture is light"


def test_every_windows_menu_shows_the_choice_made_in_another(
    qapp: QApplication, window: MainWindow, scheme: ColourScheme
) -> None:
    other = scheme.menu(window)
    _menu_action(window, "&Dark").trigger()
    other.aboutToShow.emit()
    checked = [action.text() for action in other.actions() if action.isChecked()]
    assert checked == ["&Dark"]


def test_a_field_marked_wrong_turns_dark_with_its_red_frame(
    qapp: QApplication, window: MainWindow, scheme: ColourScheme
) -> None:
    """A field marked wrong carries a style sheet of its own (aspdesk.app.style_marks):
    under a sheet, a widget drawn before the switch kept the light palette's white."""
    search = window.tables[EntityType.ACTOR].findChild(QLineEdit)
    assert search is not None
    mark_invalid(search, True)
    search.grab()  # drawn light first
    _desktop_turns(qapp, Qt.ColorScheme.Dark)
    field = search.grab().toImage()
    assert field.pixelColor(field.width() - 6, field.height() // 2).lightness() < 80
    assert field.pixelColor(0, field.height() // 2).name() == ERROR_COLOUR.lower()
    mark_invalid(search, False)
    plain = search.grab().toImage()
    assert plain.pixelColor(0, plain.height() // 2).name() != ERROR_COLOUR.lower()


def test_a_field_is_given_its_sheet_only_when_its_mark_changes(qapp: QApplication) -> None:
    """A sheet set again polishes the field again; a field is checked on every commit."""
    field = QLineEdit()
    sheets: list[str] = []
    field.setStyleSheet = sheets.append  # type: ignore[method-assign]
    for invalid in (False, False, True, True, False):
        mark_invalid(field, invalid)
    assert sheets == ["", INVALID_SHEET, ""]
    assert field.property("invalid") is False
