"""The time bar: the map on a date, stepping the slider, playing the growth, then and now.

Driven through the graph panel's own controls (its Time switch, the slider's keys, the
date fields, the filter's popup, saved views) on a crafted map whose network is known on
every day (:func:`tests.ui.time_maps.crafted`); what is drawn is read from the canvas's
data, which the screen and an exported image both draw.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.analysis.timeline import Comparison
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.app.view_commands import AddView
from aspdesk.domain.entities import EntityType
from aspdesk.graph.panel.panel import GraphPanel
from aspdesk.graph.scene.on_day import ENDED, NEW
from aspdesk.graph.styling import style
from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.store.repository import MapStore
from aspdesk.ui.exports.image_dialog import ImageRequest
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs, make_window
from .time_maps import crafted

pytestmark = pytest.mark.gui


@pytest.fixture
def map_ids(store: MapStore) -> dict[str, int]:
    """The crafted map's ids by name."""
    return crafted(store)


@pytest.fixture
def panel(qtbot: QtBot, store: MapStore, map_ids: dict[str, int]) -> Iterator[GraphPanel]:
    """The graph panel on the crafted map, shown at a laptop's size."""
    document = Document(store, "en")
    shown = GraphPanel(document)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    document.close()


def _actors(panel: GraphPanel, ids: dict[str, int]) -> set[str]:
    names = {v: k for k, v in ids.items() if len(k) == 1}
    return {names[r.id] for r in panel.canvas.data.refs if r.type is EntityType.ACTOR}


def _ties(panel: GraphPanel, ids: dict[str, int], change: str | None = None) -> set[str]:
    names = {v: k for k, v in ids.items() if len(k) == 2}
    return {
        names[i]
        for g in panel.canvas.data.edges
        if g.kind == "tie" and (change is None or g.change == change)
        for i in g.ids.tolist()
    }


def _type_date(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _position(panel: GraphPanel, ids: dict[str, int], name: str) -> tuple[float, float]:
    node = panel.canvas.data.index_of(Ref(EntityType.ACTOR, ids[name]))
    x, y = panel.canvas.data.positions[node]
    return float(x), float(y)


def test_time_is_off_at_first_and_the_switch_shows_today(
    panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    bar = panel.time_bar
    assert not bar.isVisible() and panel.canvas.options.graph_filter.as_of is None
    assert _ties(panel, map_ids) == {"AB", "BC", "CD", "AE"}, "off: the map as it is"
    assert bar.action.shortcut().toString() == "Ctrl+T"
    bar.action.trigger()  # the main window's toolbar button, or Ctrl+T
    assert bar.isVisible() and bar.action.isChecked()
    assert panel.canvas.options.graph_filter.as_of == date.today()
    assert _ties(panel, map_ids) == {"AB", "CD", "AE"}, "B-C ended in 2017"
    bar.action.trigger()
    assert not bar.isVisible() and panel.canvas.options.graph_filter.as_of is None
    assert _ties(panel, map_ids) == {"AB", "BC", "CD", "AE"}


def test_ctrl_t_switches_time_in_the_window(
    qtbot: QtBot, store: MapStore, map_ids: dict[str, int], tmp_path: Path
) -> None:
    window = make_window(qtbot, store, tmp_path)
    window.windowHandle().requestActivate()  # a key's shortcut goes to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.graph.canvas.view.setFocus()
    qtbot.keyClick(window.graph.canvas.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.graph.time_bar.isVisible()
    assert window.graph.canvas.options.graph_filter.as_of == date.today()
    # The window's toolbar has the switch, pressed in while on.
    button = window.time_button
    assert button.defaultAction() is window.graph.time_bar.action and button.isChecked()
    button.click()
    assert not window.graph.time_bar.isVisible()
    assert window.graph.canvas.options.graph_filter.as_of is None
    # A date from the filter turns the switch on too.
    window.graph.set_filter(GraphFilter(as_of=date(2016, 6, 1)))
    assert button.isChecked() and window.graph.time_bar.isVisible()


def test_the_slider_shows_the_network_on_its_day_where_it_stands(
    qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    bar = panel.time_bar
    before = {name: _position(panel, map_ids, name) for name in "ABCDE"}
    bar.action.trigger()
    _type_date(qtbot, bar.date, "2015-06-01")
    assert panel.canvas.options.graph_filter.as_of == date(2015, 6, 1)
    assert bar.slider.day() == date(2015, 6, 1)
    assert _actors(panel, map_ids) == {"A", "B", "E"}
    assert _ties(panel, map_ids) == {"AB", "AE"}
    assert len(panel.canvas.data.refs) == 3 and len(panel.canvas.data.positions) == 3
    for name in "ABE":
        assert _position(panel, map_ids, name) == before[name], "nothing is laid out again"
    _type_date(qtbot, bar.date, "1.6.2016")  # the Finnish way is read too
    assert _actors(panel, map_ids) == {"A", "B", "C", "E"}
    assert _ties(panel, map_ids) == {"AB", "BC", "AE"}
    _type_date(qtbot, bar.date, "2019-02-01")
    assert _actors(panel, map_ids) == {"A", "B", "C", "D", "E"}
    assert _ties(panel, map_ids) == {"AB", "CD", "AE"}
    assert "5 of 5 actors" in panel.canvas.status_text()


def test_a_date_that_cannot_be_read_is_said_and_changes_nothing(
    qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    bar = panel.time_bar
    bar.action.trigger()
    _type_date(qtbot, bar.date, "2016-06-01")
    _type_date(qtbot, bar.date, "31.2.2016")
    assert bar.error.isVisible() and "1.3.2016" in bar.error.text()
    assert panel.canvas.options.graph_filter.as_of == date(2016, 6, 1)
    _type_date(qtbot, bar.date, "1900-01-01")  # before the first day: the first day
    assert not bar.error.isVisible()
    assert panel.canvas.options.graph_filter.as_of == date(2014, 1, 1)  # the map was made then


def test_keys_step_a_day_a_month_a_year_and_to_the_ends(
    qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    bar = panel.time_bar
    bar.action.trigger()
    _type_date(qtbot, bar.date, "2016-01-31")
    slider = bar.slider
    slider.setFocus()

    def press(key: Qt.Key) -> date | None:
        qtbot.keyClick(slider, key)
        return panel.canvas.options.graph_filter.as_of

    assert press(Qt.Key.Key_Right) == date(2016, 2, 1)
    assert press(Qt.Key.Key_Left) == date(2016, 1, 31)
    assert press(Qt.Key.Key_Up) == date(2016, 2, 29), "a month on: the end of February"
    assert press(Qt.Key.Key_Down) == date(2016, 1, 29)
    assert press(Qt.Key.Key_PageUp) == date(2017, 1, 29)
    assert press(Qt.Key.Key_PageDown) == date(2016, 1, 29)
    assert press(Qt.Key.Key_Home) == date(2014, 1, 1), "the map's first day"
    assert bar.date.text() == "2014-01-01"
    assert press(Qt.Key.Key_End) == date.today()
    assert press(Qt.Key.Key_Right) == date.today(), "not past today"


def test_the_filter_and_saved_views_share_the_date(
    qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    bar = panel.time_bar
    # A date set in the filter's popup shows the bar at that day. (The popup is filled
    # as the Filter button fills it; offscreen, a popup cannot be opened.)
    popup = panel.filter_popup
    popup.refresh(panel.canvas.options.graph_filter)
    _type_date(qtbot, popup.date, "2016-06-01")
    assert bar.isVisible() and bar.action.isChecked()
    assert bar.slider.day() == date(2016, 6, 1) and bar.date.text() == "2016-06-01"
    assert _ties(panel, map_ids) == {"AB", "BC", "AE"}
    # The slider's day is the filter's: the popup shows it and a saved view keeps it.
    bar.slider.setFocus()
    qtbot.keyClick(bar.slider, Qt.Key.Key_PageUp)
    popup.refresh(panel.canvas.options.graph_filter)
    assert popup.date.text() == "2017-06-01"
    state = panel.view_state()
    assert state.as_of == date(2017, 6, 1)
    bar.action.trigger()  # off: the map as it is
    assert panel.view_state().as_of is None and not bar.isVisible()
    panel.apply_view_state(state)
    assert bar.isVisible() and bar.slider.day() == date(2017, 6, 1)
    assert _ties(panel, map_ids) == {"AB", "BC", "AE"}
    # "Show everything" in the filter turns time off.
    popup.refresh(panel.canvas.options.graph_filter)
    popup.reset_button.click()
    assert not bar.isVisible() and not bar.action.isChecked()


def test_play_grows_the_network_to_today_and_stops(
    qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    bar = panel.time_bar
    bar.action.trigger()
    bar.slider.setFocus()
    qtbot.keyClick(bar.slider, Qt.Key.Key_Home)
    bar.speed.setCurrentIndex(bar.speed.findData(5))
    days: list[date] = []
    faint: list[set[str]] = []

    def on_drawn() -> None:
        data = panel.canvas.data
        day = panel.canvas.options.graph_filter.as_of
        assert day is not None
        days.append(day)
        names = {v: k for k, v in map_ids.items() if len(k) == 1}
        faint.append({names[r.id] for r, dim in zip(data.refs, data.dimmed, strict=True) if dim})

    panel.canvas.data_rebuilt.connect(on_drawn)
    bar.play_button.click()
    assert bar.is_playing() and bar.play_button.text() == "Pause"
    assert not bar.slider.isEnabled()
    qtbot.waitUntil(lambda: not bar.is_playing(), timeout=9000)
    assert days == sorted(days), "the days only move on"
    assert len(set(days)) > 20, "many steps, not a jump"
    assert days[-1] == date.today() and bar.date.text() == date.today().isoformat()
    assert {"C", "D"} <= set().union(*faint), "what appears is faint at first"
    assert sum("C" in f for f in faint) >= 2, "for a moment, not a single frame"
    assert faint[-1] == set(), "at the end all is drawn in full"
    assert bar.play_button.text() == "Play" and bar.slider.isEnabled()
    assert _ties(panel, map_ids) == {"AB", "CD", "AE"}


def test_pause_stops_where_it_is(qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]) -> None:
    bar = panel.time_bar
    bar.action.trigger()
    qtbot.keyClick(bar.slider, Qt.Key.Key_Home)
    bar.play_button.click()
    qtbot.waitUntil(lambda: bar.slider.day() > date(2015, 6, 1), timeout=5000)
    bar.play_button.click()
    stopped = bar.slider.day()
    QApplication.processEvents()
    assert not bar.is_playing() and stopped < date.today() - timedelta(days=30)
    assert panel.canvas.options.graph_filter.as_of == stopped
    assert not panel.canvas.data.dimmed.any()


def test_then_and_now_styles_new_ended_and_kept(
    qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    shown: list[Comparison | None] = []
    panel.comparison_changed.connect(shown.append)
    panel.show_comparison(date(2016, 6, 1), date(2020, 1, 1))
    bar = panel.time_bar
    assert bar.isVisible() and bar.comparison_row.isVisible()
    assert bar.then_field.text() == "2016-06-01" and bar.now_field.text() == "2020-01-01"
    assert _ties(panel, map_ids, "new") == {"CD"}
    assert _ties(panel, map_ids, "ended") == {"BC"}
    assert _ties(panel, map_ids, "kept") == {"AB", "AE"}
    for group in panel.canvas.data.edges:
        if group.change == "new":
            assert (group.colour, group.dash, group.dimmed) == (NEW.colour, "solid", False)
        elif group.change == "ended":
            assert (group.colour, group.dash, group.dimmed) == (ENDED.colour, "dash", False)
        else:
            assert group.dimmed, "kept ties are faded"
    assert NEW.width > ENDED.width > max(g.width for g in panel.canvas.data.edges if g.dimmed)
    data = panel.canvas.data
    full = {r.id for r, dim in zip(data.refs, data.dimmed, strict=True) if not dim}
    assert full == {map_ids["D"]}, "D is new, and newly a member; the rest is faded"
    # The legend says which is which, with the two dates.
    section = panel.canvas.legend.sections["changes"]
    assert section.isVisible() and section.is_open
    labels = [e.label for e in [*section.rows.nodes, *section.rows.lines]]
    assert any("2016-06-01" in t and "2020-01-01" in t and t.startswith("New") for t in labels)
    assert any("2016-06-01" in t and "2020-01-01" in t and t.startswith("Ended") for t in labels)
    # The numbers panel hears of it.
    assert isinstance(shown[-1], Comparison)
    assert shown[-1].new(EntityType.RELATIONSHIP) == {map_ids["CD"]}
    assert shown[-1].new(EntityType.MEMBERSHIP) == {map_ids["member D"]}
    # Two dates the other way round are refused, and said.
    _type_date(qtbot, bar.then_field, "2021-01-01")
    assert "after" in bar.error.text() and _ties(panel, map_ids, "new") == {"CD"}
    panel.clear_comparison()
    assert shown[-1] is None and not bar.comparison_row.isVisible()
    assert {g.change for g in panel.canvas.data.edges} == {""}
    assert not panel.canvas.legend.sections["changes"].isVisible()


def test_then_and_now_takes_dates_from_saved_views(
    qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    document = panel.document
    bar = panel.time_bar
    bar.action.trigger()
    _type_date(qtbot, bar.date, "2016-06-01")
    document.push(AddView(document, "Start & growth", panel.view_state(), "New view"))
    bar.compare_button.click()
    menu = bar.then_views.menu()
    menu.aboutToShow.emit()
    (action,) = [a for a in menu.actions() if a.isEnabled()]
    assert action.text() == "Start && growth (2016-06-01)"
    _type_date(qtbot, bar.then_field, "2015-06-01")
    action.trigger()
    assert bar.then_field.text() == "2016-06-01"
    assert panel.canvas.time.compared == (date(2016, 6, 1), date.today())


def test_an_exported_image_of_then_and_now_is_what_the_screen_shows(
    qtbot: QtBot, store: MapStore, map_ids: dict[str, int], tmp_path: Path
) -> None:
    window = make_window(qtbot, store, tmp_path)
    window.resize(1366, 768)
    graph = window.graph
    graph.show_comparison(date(2016, 6, 1), date(2020, 1, 1))
    graph.canvas.fit()
    QApplication.processEvents()
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    target = tmp_path / "then-and-now.png"
    dialogs.image_requests = [ImageRequest(target, ImageOptions(width_px=1200), "")]
    window.images.export_action.trigger()
    task = window.images.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    image = QImage(str(target))
    assert not image.isNull()
    # The new tie's blue and the ended tie's vermilion are in the picture, as on screen.
    screen = graph.canvas.view.grab().toImage()
    for picture in (image, screen):
        colours = _colours(picture)
        assert _near(colours, NEW.colour) > 30, "the new tie"
        assert _near(colours, ENDED.colour) > 10, "the ended tie"
    # The image's legend has the screen's entries, then and now's first.
    from aspdesk.graph.export.image import Page, capture

    (drawn,) = capture(graph.canvas, [Page()], ImageOptions())
    labels = [e.label for e in [*drawn.legend_nodes, *drawn.legend_lines]]
    assert labels == [
        e.label for e in [*graph.canvas.data.legend_nodes, *graph.canvas.data.legend_lines]
    ]
    assert labels[0].startswith("Full colour") and any(t.startswith("New") for t in labels)


def _colours(image: QImage) -> np.ndarray:
    converted = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = converted.width(), converted.height()
    raw = np.frombuffer(converted.constBits(), dtype=np.uint8)
    rows = raw.reshape(height, converted.bytesPerLine())[:, : width * 4]
    return rows.reshape(height, width, 4)[:, :, [2, 1, 0]].reshape(-1, 3).astype(np.int32)


def _near(colours: np.ndarray, colour: str, tolerance: int = 18) -> int:
    wanted = QColor(colour)
    target = np.array([wanted.red(), wanted.green(), wanted.blue()])
    return int((np.abs(colours - target).max(axis=1) <= tolerance).sum())


def test_the_time_bar_fits_under_the_graph_at_1366x768(
    qtbot: QtBot, store: MapStore, map_ids: dict[str, int], tmp_path: Path, language: str
) -> None:
    window = make_window(qtbot, store, tmp_path, language)
    window.resize(1366, 768)
    graph = window.graph
    graph.show_comparison(date(2016, 6, 1), date(2020, 1, 1))
    QApplication.processEvents()
    bar = graph.time_bar
    canvas = graph.canvas

    def rect(widget: object) -> object:
        from PySide6.QtCore import QRect

        assert hasattr(widget, "mapTo")
        top_left = widget.mapTo(window, widget.rect().topLeft())  # type: ignore[attr-defined]
        return QRect(top_left, widget.size())  # type: ignore[attr-defined]

    bar_rect = rect(bar)
    assert not bar_rect.intersects(rect(canvas.view)), "the bar is not over the graph"
    assert not bar_rect.intersects(rect(canvas.legend)), "nor over the legend"
    assert window.rect().contains(bar_rect), "inside the window"
    for child in (
        bar.play_button,
        bar.speed,
        bar.slider,
        bar.date,
        bar.compare_button,
        bar.then_field,
        bar.now_field,
        bar.then_views,
        bar.now_views,
    ):
        assert child.isVisible()
        assert bar_rect.contains(rect(child)), child
        assert child.width() >= child.minimumSizeHint().width(), child
    for button in (bar.play_button, bar.compare_button, bar.then_views, bar.now_views):
        assert button.width() >= button.sizeHint().width(), f"{button.text()} is cut"
    assert bar.slider.width() > 150, "room to slide"
    assert style.NEW_COLOUR == NEW.colour


def test_then_and_now_reads_in_every_theme(panel: GraphPanel, map_ids: dict[str, int]) -> None:
    from aspdesk.graph.styling.themes import DARK, LIGHT, PROJECTOR, SCREEN_DARK, contrast

    panel.show_comparison(date(2016, 6, 1), date(2020, 1, 1))
    canvas = panel.canvas
    for theme in (LIGHT, PROJECTOR, DARK, SCREEN_DARK):
        canvas.set_theme(theme)
        drawn = {g.change: g for g in canvas.dressed_edges(canvas.data)}
        new = style.NEW_COLOUR_ON_DARK if theme.dark else style.NEW_COLOUR
        assert drawn["new"].colour == new, theme.key
        ground = QColor(theme.background)
        for change in ("new", "ended"):
            assert contrast(QColor(drawn[change].colour), ground) >= 3.0, (theme.key, change)
        assert drawn["new"].width > drawn["ended"].width > drawn["kept"].width
        assert drawn["ended"].dash != drawn["new"].dash, "told apart without colour too"
        # The legend's samples are drawn in the theme's colours as the lines are.
        (sample,) = [e for e in canvas.data.legend_lines if e.label.startswith("New")]
        assert theme.line_colour(sample.colour) == new


def test_then_and_now_styles_new_members_with_clusters_as_hubs(
    panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    panel.hubs.setChecked(True)
    panel.show_comparison(date(2016, 6, 1), date(2020, 1, 1))
    roles = {g.change: set(g.ids.tolist()) for g in panel.canvas.data.edges if g.kind == "role"}
    assert roles == {"new": {map_ids["member D"]}, "kept": {map_ids["member A"]}}
    hub = panel.canvas.data.index_of(Ref(EntityType.CLUSTER, map_ids["cluster"]))
    assert hub >= 0 and not panel.canvas.data.dimmed[hub]


def test_an_edit_shows_on_the_day_and_in_then_and_now_and_undo_takes_it_back(
    qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    from aspdesk.app.commands import AddEntity
    from aspdesk.domain.entities import Relationship

    document = panel.document
    bar = panel.time_bar
    bar.action.trigger()
    _type_date(qtbot, bar.date, "2016-06-01")
    back_dated = Relationship(
        source_id=map_ids["A"], target_id=map_ids["D"], start_date=date(2016, 3, 1)
    )
    command = AddEntity(document, back_dated, "Add relationship")
    document.push(command)
    tie = command.entity.id
    qtbot.waitUntil(lambda: Ref(EntityType.ACTOR, map_ids["D"]) in panel.canvas.data.refs)
    assert tie in {i for g in panel.canvas.data.edges for i in g.ids.tolist()}
    assert panel.canvas.options.graph_filter.as_of == date(2016, 6, 1), "the day stays"
    shown: list[Comparison | None] = []
    panel.comparison_changed.connect(shown.append)
    panel.show_comparison(date(2015, 6, 1), date(2016, 6, 1))
    assert tie in {i for g in panel.canvas.data.edges if g.change == "new" for i in g.ids}
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: shown[-1] is not None and tie not in shown[-1].now.relationships)
    assert tie not in {i for g in panel.canvas.data.edges for i in g.ids.tolist()}
    assert bar.comparison_row.isVisible(), "still comparing the same two dates"


def _drawn_as_data(panel: GraphPanel) -> None:
    """The node spots on screen are the canvas's data: as many, where and as big."""
    canvas = panel.canvas
    spots, rows = canvas.nodes.data, canvas.nodes.rows
    if rows is not None:  # a day: the whole map's spots, the day's shown
        assert canvas.time.base is not None and len(spots) == len(canvas.time.base.refs)
        shown = np.zeros(len(spots), dtype=np.bool_)
        shown[rows] = True
        assert np.array_equal(spots["visible"], shown)
        spots = spots[rows]
    assert len(spots) == len(canvas.data.refs)
    assert np.allclose(spots["x"], np.nan_to_num(canvas.data.positions[:, 0]))
    assert np.allclose(spots["size"], canvas.drawn_sizes())


def test_a_step_that_changes_ties_only_resizes_the_spots_it_has(
    qtbot: QtBot, panel: GraphPanel, map_ids: dict[str, int]
) -> None:
    from aspdesk.app.commands import AddEntity
    from aspdesk.domain.entities import Relationship

    document = panel.document
    tie = Relationship(source_id=map_ids["A"], target_id=map_ids["C"], start_date=date(2016, 3, 1))
    with qtbot.waitSignal(panel.canvas.data_rebuilt):  # drawn when the event loop turns
        document.push(AddEntity(document, tie, "Add relationship"))
    bar = panel.time_bar
    bar.action.trigger()
    _type_date(qtbot, bar.date, "2016-02-01")
    _drawn_as_data(panel)
    node_a = panel.canvas.data.index_of(Ref(EntityType.ACTOR, map_ids["A"]))
    before = panel.canvas.drawn_sizes()[node_a]
    _type_date(qtbot, bar.date, "2016-04-01")
    assert panel.canvas.time.same_nodes, "the same four actors, one tie more"
    assert panel.canvas.drawn_sizes()[node_a] > before, "A has a tie more that day"
    _drawn_as_data(panel)
    spots = panel.canvas.nodes.data
    _type_date(qtbot, bar.date, "2015-06-01")  # C goes: another part of the spots shows
    assert not panel.canvas.time.same_nodes
    assert panel.canvas.nodes.data is spots, "a step keeps the spots, making none"
    _drawn_as_data(panel)
    panel.canvas.data.positions[0] += 40.0  # a drag on that day moves its own spot
    panel.canvas.move_drawing()
    _drawn_as_data(panel)
    bar.action.trigger()  # time off: a spot per node again
    qtbot.waitUntil(lambda: panel.canvas.nodes.rows is None)
    _drawn_as_data(panel)


def test_then_and_now_of_a_graph_fitted_whole_is_fitted_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Its picture sizes nodes and chooses labels otherwise: kept at the old fit, nodes at
    the edge were cut off (seen on the sample at 1366x768 in English)."""
    window.resize(1366, 740)
    qtbot.wait(200)
    canvas, bar = window.graph.canvas, window.graph.time_bar
    bar.action.trigger()
    _type_date(qtbot, bar.date, "2016-01-01")
    assert canvas.fitted
    bar.compare_button.click()
    qtbot.wait(200)

    def fitted_now() -> bool:
        fit = canvas.fit_rect()
        assert fit is not None
        view = canvas.box.viewRect()
        pixel = fit.width() / canvas.box.width()
        return all(
            abs(a - b) <= 2 * pixel
            for a, b in (
                (view.left(), fit.left()),
                (view.right(), fit.right()),
                (view.top(), fit.top()),
                (view.bottom(), fit.bottom()),
            )
        )

    assert canvas.time.comparison is not None
    assert fitted_now()
    bar.compare_button.click()  # back to the day: fitted again too
    qtbot.wait(200)
    assert canvas.time.comparison is None and fitted_now()
