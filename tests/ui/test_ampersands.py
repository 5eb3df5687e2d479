"""An "&" in the user's or a vocabulary's words shows as an "&" in menus and buttons.

Qt reads "&x" in a menu item, action or button as "underline x, Alt+X is its shortcut":
"R&D or project partnership" showed as "RD or project partnership" with the D
underlined in the menu a Shift-drag opens, in the window and in workshop mode. The
text a QAction holds must be "R&&D", which Qt shows as "R&D".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.store.repository import MapStore
from aspdesk.ui.window.main_window import MainWindow

from .conftest import make_window
from .graph_helpers import drag, node_point
from .popups import popup_seen

# Menus grab the keyboard, which the offscreen platform cannot do (and says so).
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support grabbing the keyboard")]


def _under_the_legend(canvas: GraphCanvas, point: QPoint) -> bool:
    item = canvas.view.itemAt(point)
    while item is not None:
        if item is canvas.legend:
            return True
        item = item.parentItem()
    return False


def _connect_menu_texts(canvas: GraphCanvas) -> list[str]:
    """The texts of the menu that a Shift-drag from one actor onto another opens."""
    canvas.fit()
    QApplication.processEvents()
    viewport = canvas.view.viewport().rect()
    points = [
        node_point(canvas, node)
        for node, ref in enumerate(canvas.data.refs)
        if ref.type is EntityType.ACTOR
    ]
    clear = [p for p in points if viewport.contains(p) and not _under_the_legend(canvas, p)]
    assert len(clear) >= 2, "two actors a hand can reach"
    start, end = clear[0], clear[-1]
    _, texts = popup_seen(lambda: drag(canvas, start, end, Qt.KeyboardModifier.ShiftModifier))
    return texts


def test_a_relationship_type_with_an_ampersand_shows_it_in_the_connect_menu(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path, language: str
) -> None:
    window = make_window(qtbot, sample_store, tmp_path, language)
    document = window.document
    label = document.label(Vocabulary.RELATION_TYPE, "rnd_partnership")
    # "R&D or project partnership", "T&K- tai hankekumppanuus"; Swedish writes "FoU-".
    assert ("&" in label) == (language != "sv")
    count = len(document.store.relationships())
    assert label.replace("&", "&&") in _connect_menu_texts(window.graph.canvas)

    workshop = window.workshop.start(full_screen=False)
    assert workshop is not None
    try:
        qtbot.waitExposed(workshop)
        assert label.replace("&", "&&") in _connect_menu_texts(workshop.panel.canvas)
    finally:
        workshop.close()
    assert len(document.store.relationships()) == count, "closing the menu adds nothing"


def test_the_users_own_names_keep_their_ampersand_in_menus(
    qtbot: QtBot, window: MainWindow
) -> None:
    document = window.document
    document.push(AddEntity(document, Actor(name="R&D Oy"), "Add actor R&D Oy"))
    assert window.undo_action.text() == "&Undo Add actor R&&D Oy"
    window.settings.add_recent_map(Path("/maps/R&D and sales.aspmap"))
    centre = QGuiApplication.primaryScreen().availableGeometry().center()
    _, recent = popup_seen(lambda: window.map_files.recent_menu.exec(centre))
    assert "R&&D and sales.aspmap" in recent


def _access_key(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_each_swedish_menu_gives_its_items_keys_of_their_own(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path, language: str
) -> None:
    # Two items of a menu with one key make Alt+key step between them instead of choosing.
    # (The English and Finnish File menus still share a few keys; their texts are not
    # this test's to change.)
    window = make_window(qtbot, sample_store, tmp_path, language)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    menus += [a.menu() for m in menus for a in m.actions() if a.menu() is not None]
    assert len(menus) >= 6
    shared: dict[str, list[str]] = {}
    for menu in [window.menuBar(), *menus]:
        keys: dict[str, list[str]] = {}
        for action in menu.actions():
            key = _access_key(action.text())
            if key and not action.isSeparator():
                keys.setdefault(key, []).append(action.text())
        shared.update({k: v for k, v in keys.items() if len(v) > 1})
    assert shared == {}
