"""Everything of the window on screen, whole: popups and menus inside the screen, texts
that are not cut, docks that keep their width, pens as wide as the rest of the picture on
a high-DPI screen, and a saved geometry fitted to the screen.

A process has one set of screens, and the main test run's offscreen screen is 800x800,
smaller than the window can be. So these run in processes of their own, on screens of
1920x1080, 1366x768, 1280x720 and 3840x2160 at scale 2 (``test_screen_sizes.py``), and
are not collected by the main run. Geometry is compared with the screen's available
geometry.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.commands import EditEntity
from aspdesk.app.paths import AppPaths
from aspdesk.app.selection import Ref
from aspdesk.app.settings import Settings
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.graph.canvas.dress import outline_pens
from aspdesk.store.repository import MapStore
from aspdesk.ui.window.launch import MapOpener
from aspdesk.ui.window.layout import size_docks
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs, make_window
from .popups import popup_seen

# Menus grab the keyboard, which the offscreen platform cannot do (and says so).
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support grabbing the keyboard")]

LAPTOP = 1366  # toolbar and tab texts must be whole at this window width
# The device pixel ratio the process runs at (test_screen_sizes.py sets it for its runs).
RATIO = float(os.environ.get("ASPDESK_TEST_RATIO", "1"))


def _area() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


@pytest.fixture
def shown(qtbot: QtBot, sample_store: MapStore, tmp_path: Path, language: str) -> MainWindow:
    """The main window on the sample map in ``language``, as big as on a first start."""
    return make_window(qtbot, sample_store, tmp_path, language)


def _at_laptop_width(qtbot: QtBot, window: MainWindow) -> None:
    """The window 1366 pixels wide, its docks shared as on a first start at that width."""
    window.resize(LAPTOP, min(_area().height(), 768) - 30)
    size_docks(window)
    qtbot.waitUntil(lambda: window.width() == LAPTOP)
    _settle()


def _settle() -> None:
    """Let the window lay itself out again: a wider toolbar asks for it in posted events,
    which post more."""
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


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
        scroll = popup.scroll_area
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


# -- texts whole, docks steady ----------------------------------------------------------


def _cut_text(widget: QWidget) -> str:
    """The text of a button, box or list that shows only part of it, else ""."""
    style = widget.style()
    if isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        text = widget.currentText()
        return text if widget.fontMetrics().horizontalAdvance(text) > field.width() else ""
    if isinstance(widget, QLineEdit):
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        text = widget.placeholderText()
        room = widget.width() - 2 * frame - 4
        return text if widget.fontMetrics().horizontalAdvance(text) > room else ""
    if isinstance(widget, QCheckBox | QToolButton):
        text = widget.text()
        font = QFont(widget.font())
        font.setBold(bool(getattr(widget, "on", False)))  # a focus or filter that is on
        room = widget.width()
        if isinstance(widget, QCheckBox):
            room -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        elif widget.menu() is not None:  # the menu's arrow takes its place beside the text
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        cut = QFontMetrics(font).horizontalAdvance(text) > room
        return text if cut or widget.width() < widget.sizeHint().width() else ""
    return ""


def test_an_actors_history_is_whole_at_1366_pixels(qtbot: QtBot, shown: MainWindow) -> None:
    """The History tab (issue 16): every step's lines wrapped to their full height, nothing
    wider than the list, each Restore button whole and inside it."""
    _at_laptop_width(qtbot, shown)
    document = shown.document
    actor = next(a for a in document.index.all(EntityType.ACTOR) if isinstance(a, Actor))
    long_notes = "Tavattu Arctic Design Week -tapahtumassa; " * 6
    for name, value in (("notes", long_notes), ("municipality", "Kemijärvi")):
        old = {name: getattr(actor, name), "updated_at": actor.updated_at}
        assert document.push(
            EditEntity(document, EntityType.ACTOR, actor.id or 0, old, {name: value}, "edit")
        )
        actor = document.index.get(EntityType.ACTOR, actor.id or 0)  # type: ignore[assignment]
    document.selection.select([Ref(EntityType.ACTOR, actor.id or 0)])
    form = shown.forms[EntityType.ACTOR]
    assert form.tabs is not None and form.history is not None
    form.tabs.setCurrentIndex(1)
    _settle()
    panel = form.history
    room = panel.list_area.viewport().rect()
    cut = []
    for label in panel.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        short = label.height() < label.heightForWidth(label.width())
        listed = panel.list_area.isAncestorOf(label)
        left = label.mapTo(panel.list_area.viewport(), QPoint(0, 0)).x() if listed else 0
        if short or (listed and left + label.width() > room.width()):
            cut.append(label.text())
    for button in panel.restore_buttons.values():
        right = button.mapTo(panel.list_area.viewport(), QPoint(button.width(), 0)).x()
        if _cut_text(button) or right > room.width():
            cut.append(button.text())
    assert panel.restore_buttons and cut == []


@pytest.mark.parametrize("width", ["1366 pixels", "the first start"])
def test_toolbar_and_tab_texts_are_whole(qtbot: QtBot, shown: MainWindow, width: str) -> None:
    if width == "1366 pixels":
        _at_laptop_width(qtbot, shown)
    else:
        _settle()  # as big as aspdesk opens on this screen
    panel = shown.graph
    controls = [
        w
        for w in panel.findChildren(QWidget)
        if w.isVisible() and not panel.canvas.isAncestorOf(w) and w.parent() is not None
    ]
    cut = [text for text in map(_cut_text, controls) if text]
    main = shown.findChild(QToolBar, "mainToolbar")
    assert isinstance(main, QToolBar)
    for action in main.actions():
        button = main.widgetForAction(action)
        if action.isSeparator() or button is None:
            continue
        if not button.isVisible() or button.width() < button.sizeHint().width():
            cut.append(action.iconText())  # folded into the toolbar's » menu, or squeezed
    for bar in shown.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            rect = bar.tabRect(index)
            if rect.width() < bar.tabSizeHint(index).width() or not bar.rect().contains(rect):
                cut.append(bar.tabText(index))  # elided, or scrolled out of the bar
    assert cut == []


@pytest.mark.parametrize("width", ["1366 pixels", "the first start"])
def test_every_form_fits_its_dock_without_scrolling_sideways(
    qtbot: QtBot, shown: MainWindow, width: str
) -> None:
    """Each Editor form's fields whole beside their labels: a form wider than its dock
    (a choice 16 characters wide beside "Municipality or region") was cut at the right,
    scrolling sideways, at 1366 pixels in every language."""
    if width == "1366 pixels":
        _at_laptop_width(qtbot, shown)
    else:
        _settle()  # as big as aspdesk opens on this screen
    document = shown.document
    checked = []
    for entity_type, form in shown.forms.items():
        entities = list(document.index.all(entity_type))
        if not entities:
            continue
        document.selection.select([Ref(entity_type, entities[0].id or 0)])
        _settle()
        assert form.isVisible(), entity_type
        body, scroll = form.layout_.parentWidget(), form.rows.scroll
        assert body is not None and scroll.widget() is body
        room = scroll.viewport().width()
        beyond = [
            name
            for name, editor in form.editors.items()
            if editor.isVisible()
            and editor.mapTo(scroll.viewport(), QPoint(editor.width(), 0)).x() > room
        ]
        assert body.minimumSizeHint().width() <= room, (entity_type, room)
        assert beyond == [], entity_type
        assert not scroll.horizontalScrollBar().isVisible(), entity_type
        checked.append(entity_type)
    assert EntityType.ACTOR in checked and len(checked) >= 4, checked


def test_the_docks_keep_their_width_when_focus_or_a_filter_turns_on(
    qtbot: QtBot, shown: MainWindow
) -> None:
    _at_laptop_width(qtbot, shown)
    docks = (shown.tables_dock, shown.related_dock, shown.form_dock, shown.views_dock)
    before = [d.width() for d in docks]
    panel = shown.graph
    shown.document.selection.select([panel.canvas.data.refs[_node(shown, "Lapin liitto")]])
    two_steps = next(a for a in panel.focus_depths.actions() if a.data() == 2)
    two_steps.trigger()
    panel.set_filter(GraphFilter(kinds=frozenset({"company", "authority"})))
    _settle()
    assert [d.width() for d in docks] == before
    # The buttons say so (pressed in, in bold; the tooltip names the focus), no wider.
    assert panel.focus_button.on and panel.filter_button.on
    assert _cut_text(panel.focus_button) == _cut_text(panel.filter_button) == ""
    assert panel.focus_button.font().bold() and panel.filter_button.font().bold()
    assert "2" in panel.focus_button.toolTip()
    qtbot.mouseClick(panel.filter_button, Qt.MouseButton.LeftButton)  # opens the filter
    panel.filter_popup.close()
    assert panel.filter_button.on, "opening the filter leaves its button pressed in"
    panel.set_filter(GraphFilter())
    next(a for a in panel.focus_depths.actions() if a.data() == 0).trigger()
    assert not panel.focus_button.on and not panel.filter_button.on
    _settle()
    assert [d.width() for d in docks] == before


# -- high-DPI screens -------------------------------------------------------------------


def test_lines_and_outlines_are_as_wide_as_the_picture_at_any_pixel_ratio(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas = window.graph.canvas
    ratio = canvas.view.devicePixelRatioF()
    assert ratio == RATIO, "the process runs at another scale than it was started for"
    # Cosmetic pens are drawn in device pixels: at ratio 2 their widths double.
    groups = canvas.dressed_edges(canvas.data)
    drawn = canvas.edges.drawn()
    assert len(drawn) == len(groups) > 3
    for group, pen in drawn:
        assert pen.widthF() == pytest.approx(group.width * ratio)
    outline = outline_pens(canvas.theme)[0].widthF()
    spot_pens = {round(p.widthF(), 3) for p in canvas.nodes.data["pen"]}
    assert round(outline * ratio, 3) in spot_pens
    window.document.selection.select([canvas.data.refs[0]])
    halo = canvas.halo.data["pen"][0]
    assert halo.widthF() == pytest.approx(3.5 * ratio)


# -- a saved geometry -------------------------------------------------------------------

SAVE_ON_A_BIG_SCREEN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from aspdesk.app.document import Document
    from aspdesk.app.settings import Settings
    from aspdesk.store.opening import open_map
    from aspdesk.ui.window.main_window import MainWindow

    map_path, settings_path, backups = (Path(a) for a in sys.argv[1:4])
    app = QApplication([])
    document = Document(open_map(map_path, backups), "en")
    window = MainWindow(document, Settings(settings_path), lambda path, create: document)
    window.show()
    window.resize(3700, 2000)
    app.processEvents()
    window.close()
    """
)


def test_a_geometry_saved_on_another_screen_comes_back_fitted_to_this_one(
    qtbot: QtBot, sample_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    settings_path = tmp_path / "settings.ini"
    big = tmp_path / "big-screen.json"
    big.write_text(
        '{"screens": [{"name": "big", "x": 0, "y": 0, "width": 3840, "height": 2160, '
        '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]}',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_SCALE")}
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={big}"
    subprocess.run(
        [sys.executable, "-c", SAVE_ON_A_BIG_SCREEN, path, settings_path, tmp_path / "b"],
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
    )
    settings = Settings(settings_path)
    geometry, _state = settings.window_state()
    assert geometry is not None, "the window on the big screen saved its geometry"

    document = MapOpener(AppPaths.for_user(), "en")(path, False)
    window = MainWindow(document, settings, MapOpener(AppPaths.for_user(), "en"))
    window.dialogs = ScriptedDialogs(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    area = _area()
    frame = window.frameGeometry()
    assert area.contains(frame), (frame, area)
    # As on a first start on this screen, not a leftover two thirds of it.
    assert frame.width() >= min(0.9 * area.width(), 1700)
    window.close()
