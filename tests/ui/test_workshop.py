"""Workshop mode: the graph full screen, driven by a presenter's keys, capturing live."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.styling.themes import DARK, PROJECTOR
from aspdesk.graph.workshop.window import LABEL_SHARE, WorkshopWindow
from aspdesk.ui.help.pages import help_file
from aspdesk.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _start(qtbot: QtBot, window: MainWindow) -> WorkshopWindow:
    window.workshop.action.trigger()
    workshop = window.workshop.workshop
    assert workshop is not None
    qtbot.waitExposed(workshop)
    workshop.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workshop)
    return workshop


def _key(qtbot: QtBot, workshop: WorkshopWindow, key: Qt.Key, text: str = "") -> None:
    qtbot.keyClick(workshop.panel.canvas.view, key)


def test_f5_opens_the_graph_alone_with_big_labels_and_esc_leaves(
    qtbot: QtBot, window: MainWindow
) -> None:
    workshop = _start(qtbot, window)
    screen = QGuiApplication.primaryScreen().geometry().height()
    assert workshop.label_px >= screen * LABEL_SHARE
    assert workshop.panel.canvas.labels.font.pixelSize() >= round(screen * LABEL_SHARE)
    assert workshop.title.text() == window.document.map_name()
    assert workshop.panel.canvas.theme is PROJECTOR
    assert not workshop.panel.search.isVisible()  # no toolbar, only the graph

    before = workshop.label_px
    _key(qtbot, workshop, Qt.Key.Key_Plus)
    assert workshop.label_px > before
    _key(qtbot, workshop, Qt.Key.Key_T)
    assert workshop.panel.canvas.theme is DARK

    _key(qtbot, workshop, Qt.Key.Key_Escape)
    assert window.workshop.workshop is None


def test_b_and_w_blank_the_screen_and_bring_it_back(qtbot: QtBot, window: MainWindow) -> None:
    workshop = _start(qtbot, window)
    _key(qtbot, workshop, Qt.Key.Key_B)
    assert workshop.blank.isVisible() and workshop.blank.colour == "black"
    picture = workshop.grab().toImage()
    assert picture.pixelColor(picture.width() // 2, picture.height() // 2).name() == "#000000"
    _key(qtbot, workshop, Qt.Key.Key_Right)  # other keys wait while blank
    assert workshop.blank.isVisible()
    qtbot.keyClick(workshop, Qt.Key.Key_B)
    assert not workshop.blank.isVisible()
    _key(qtbot, workshop, Qt.Key.Key_W)
    assert workshop.blank.colour == "white"
    qtbot.keyClick(workshop, Qt.Key.Key_W)
    assert not workshop.blank.isVisible()
    workshop.close()


def test_n_adds_an_actor_that_is_in_the_map_file_at_once(qtbot: QtBot, window: MainWindow) -> None:
    document = window.document
    workshop = _start(qtbot, window)
    _key(qtbot, workshop, Qt.Key.Key_N)
    assert workshop.prompt.isVisible()
    qtbot.keyClicks(workshop.prompt.name, "Napapiirin Kahvila")
    qtbot.keyClick(workshop.prompt.name, Qt.Key.Key_Return)
    kinds = document.terms(Vocabulary.ACTOR_KIND)
    qtbot.keyClick(workshop.prompt.name, Qt.Key.Key_2)
    assert not workshop.prompt.isVisible()

    path = document.store.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT kind, x, y FROM actors WHERE name = 'Napapiirin Kahvila'"
        ).fetchone()
    assert row is not None and row[0] == kinds[1].code
    others = np.array(
        [(a.x, a.y) for a in document.store.actors() if a.name != "Napapiirin Kahvila"],
        dtype=float,
    )
    others = others[np.isfinite(others).all(axis=1)]
    assert np.hypot(*(others - np.array(row[1:])).T).min() >= 1.0, "placed clear of the others"

    # Delete takes it away without asking, and Ctrl+Z brings it back
    assert [r.id for r in document.selection.selected]
    _key(qtbot, workshop, Qt.Key.Key_Delete)
    assert all(a.name != "Napapiirin Kahvila" for a in document.store.actors())
    qtbot.keyClick(workshop.panel.canvas.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert any(a.name == "Napapiirin Kahvila" for a in document.store.actors())
    workshop.close()


def test_a_clicker_steps_through_the_saved_views(qtbot: QtBot, window: MainWindow) -> None:
    from dataclasses import replace

    from aspdesk.app.view_commands import AddView

    document = window.document
    base = window.graph.view_state()
    research = next(a.id for a in document.store.actors() if a.kind == "research")
    for name, hidden in (("Koko verkosto", ()), ("Ilman tutkimusta", (research,)), ("Loppu", ())):
        state = replace(base, hidden=tuple(hidden))
        assert document.push(AddView(document, name, state, f"Add {name}"))
    workshop = _start(qtbot, window)
    assert workshop.title.text() == "Koko verkosto   (1/3)"
    _key(qtbot, workshop, Qt.Key.Key_PageDown)  # a presentation clicker's "next"
    assert workshop.title.text() == "Ilman tutkimusta   (2/3)"
    drawn = {ref.id for ref in workshop.panel.canvas.data.refs}
    assert research not in drawn
    _key(qtbot, workshop, Qt.Key.Key_End)
    assert workshop.step == 2
    _key(qtbot, workshop, Qt.Key.Key_PageUp)
    assert workshop.step == 1
    _key(qtbot, workshop, Qt.Key.Key_Home)
    assert workshop.step == 0 and research in {r.id for r in workshop.panel.canvas.data.refs}
    _key(qtbot, workshop, Qt.Key.Key_3)
    assert workshop.step == 2
    _key(qtbot, workshop, Qt.Key.Key_Space)
    assert workshop.step == 2, "the last step stays the last"
    assert workshop.panel.canvas.theme is PROJECTOR, "views do not take the projector theme off"
    workshop.close()


def test_delete_in_the_workshop_takes_a_selected_project_too(
    qtbot: QtBot, window: MainWindow
) -> None:
    from aspdesk.app.commands import AddEntity
    from aspdesk.domain.entities import EntityType, Project

    document = window.document
    command = AddEntity(document, Project(name="Työpajan hanke"), "add")
    assert document.push(command)
    workshop = _start(qtbot, window)
    document.selection.select([command.ref])
    before = [p.name for p in document.store.all(EntityType.PROJECT)]
    assert "Työpajan hanke" in before
    _key(qtbot, workshop, Qt.Key.Key_Delete)
    assert "Työpajan hanke" not in [p.name for p in document.store.all(EntityType.PROJECT)]
    qtbot.keyClick(workshop.panel.canvas.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in document.store.all(EntityType.PROJECT)] == before
    assert document.index.get(EntityType.PROJECT, command.ref.id) is not None
    workshop.close()


def test_f5_opens_the_light_theme_as_the_readme_and_the_guide_say(
    qtbot: QtBot, window: MainWindow
) -> None:
    """White on a projector in a lit room, where a dark background turns grey: the README
    said F5 opened the dark theme."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    workshop = window.workshop.workshop
    assert workshop is not None
    assert workshop.panel.canvas.theme is PROJECTOR
    assert workshop.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    workshop.close()
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "Workshop mode (F5, or View > Workshop mode) opens in the light theme" in readme
    assert "Workshop mode, dark theme" in readme
    for language, light in (
        ("en", "in the <b>light</b> theme"),
        ("fi", "<b>vaaleassa</b> teemassa"),
    ):
        page = help_file(f"/{language}/workshop-keys.html")
        assert page is not None
        assert light in " ".join(page.read_text(encoding="utf-8").split())
