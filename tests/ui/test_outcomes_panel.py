"""The Outcomes dock: the numbers between two days, and clicking one shows its actors."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType, Relationship
from aspdesk.ui.health.outcomes_panel import ACTORS_ROLE, OutcomesPanel
from aspdesk.ui.window.main_window import MainWindow
from tests.ui.conftest import ScriptedDialogs

pytestmark = pytest.mark.gui


def _top(panel: OutcomesPanel, title: str) -> QTreeWidgetItem:
    for n in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(n)
        if item.text(0).startswith(title + ":"):
            return item
    raise AssertionError(title)


def _show(qtbot: QtBot, window: MainWindow, since: date, until: date) -> OutcomesPanel:
    panel = window.analysis.outcomes
    assert panel is not None
    window.analysis.outcomes_dock.show()
    window.analysis.outcomes_dock.raise_()
    panel.since.setDate(QDate(since.year, since.month, since.day))
    panel.until.setDate(QDate(until.year, until.month, until.day))
    qtbot.waitUntil(lambda: panel.outcomes is not None and panel.period() == (since, until))
    qtbot.waitUntil(
        lambda: (
            panel.outcomes is not None
            and (panel.outcomes.then, panel.outcomes.now) == (since - timedelta(days=1), until)
        )
    )
    return panel


def test_the_sample_s_growth_from_2015_to_2020(qtbot: QtBot, window: MainWindow) -> None:
    panel = _show(qtbot, window, date(2015, 1, 1), date(2020, 12, 31))
    found = panel.outcomes
    assert found is not None
    ties = [t for t in window.document.store.relationships() if isinstance(t, Relationship)]

    def on(tie: Relationship, day: date) -> bool:
        return (tie.start_date is None or tie.start_date <= day) and (
            tie.end_date is None or day <= tie.end_date
        )

    # The day before the first day against the last day, as the report counts.
    before = date(2014, 12, 31)
    new = {t.id for t in ties if on(t, date(2020, 12, 31)) and not on(t, before)}
    ended = {t.id for t in ties if on(t, before) and not on(t, date(2020, 12, 31))}
    assert set(found.new_ties.all.ids) == new and len(new) > 20
    assert set(found.ended_ties.all.ids) == ended and ended
    assert _top(panel, "New ties").text(0) == f"New ties: {len(new)}"
    assert _top(panel, "Ended ties").text(0) == f"Ended ties: {len(ended)}"
    assert _top(panel, "New international ties").text(0).endswith(f": {found.international.count}")
    assert found.international.count >= 3  # the foreign cluster organisations, from 2017
    assert found.companies_to_research.count >= 5
    assert _top(panel, "Health findings solved").childCount() == len(found.solved) > 0


def test_clicking_a_number_selects_its_actors(qtbot: QtBot, window: MainWindow) -> None:
    panel = _show(qtbot, window, date(2015, 1, 1), date(2020, 12, 31))
    item = _top(panel, "New international ties")
    wanted = sorted(int(a) for a in item.data(0, ACTORS_ROLE))
    assert wanted and panel.outcomes is not None
    assert wanted == list(panel.outcomes.international.actor_ids)
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selection = window.document.selection
    assert sorted(selection.selected_of(EntityType.ACTOR)) == wanted
    canvas = window.graph.canvas
    view = canvas.box.viewRect()
    for actor_id in wanted:
        x, y = canvas.data.positions[canvas.data.index_of(Ref(EntityType.ACTOR, actor_id))]
        assert view.contains(float(x), float(y))


def test_show_outcomes_takes_a_comparison_or_none(qtbot: QtBot, window: MainWindow) -> None:
    from aspdesk.analysis.timeline import compare
    from aspdesk.app.timeline_source import timeline_of

    panel = _show(qtbot, window, date(2015, 1, 1), date(2020, 12, 31))
    panel.show_outcomes(compare(timeline_of(window.document), date(2019, 1, 1), date(2020, 1, 1)))
    assert panel.outcomes is not None and panel.outcomes.then == date(2019, 1, 1)
    panel.show_outcomes(None)
    assert panel.outcomes is None and panel.tree.topLevelItemCount() == 0


def test_a_backward_period_says_so(qtbot: QtBot, window: MainWindow) -> None:
    panel = _show(qtbot, window, date(2015, 1, 1), date(2020, 12, 31))
    panel.since.setDate(QDate(2021, 1, 1))
    qtbot.waitUntil(lambda: panel.outcomes is None)
    assert "after the last" in panel.status.text()
    assert panel.tree.topLevelItemCount() == 0


def test_file_export_report_asks_the_period(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    target = tmp_path / "report.html"
    dialogs.report_periods = [None, (date(2015, 1, 1), date(2020, 12, 31))]
    dialogs.paths = [target]
    window.report.action.trigger()  # cancelled at the period: no path asked, nothing written
    assert dialogs.paths == [target] and not target.exists()
    today = date.today()
    assert dialogs.offered_period is not None and dialogs.offered_period[1] == today
    assert (today - dialogs.offered_period[0]).days in (364, 365)
    canvas = window.graph.canvas
    drawn = (canvas.data.refs, [len(e.sources) for e in canvas.data.edges])
    rebuilt: list[bool] = []
    canvas.data_rebuilt.connect(lambda: rebuilt.append(True))
    window.report.action.trigger()
    html = target.read_text(encoding="utf-8")
    assert "Outcomes 2015-01-01–2020-12-31" in html
    assert "The actors formed" in html and "Companies tied to research" in html
    assert dialogs.errors == []
    # The section's then-and-now picture is drawn by the window's canvas and put back
    # before the window paints again, without telling the metrics of it.
    assert html.count("<img src='data:image/png") == 3
    assert canvas.time.compared is None
    assert (canvas.data.refs, [len(e.sources) for e in canvas.data.edges]) == drawn
    assert rebuilt == []


def test_the_panel_alone_on_the_crafted_map(qtbot: QtBot, tmp_path: Path) -> None:
    """The widget by itself: the crafted map's numbers from a Comparison, and a click on
    one asks the graph to show its actors."""
    from aspdesk.analysis.timeline import compare
    from aspdesk.app.document import Document
    from aspdesk.app.settings import Settings
    from aspdesk.app.timeline_source import timeline_of
    from aspdesk.store.opening import create_map
    from tests.unit.test_outcomes import DESIGNCO, NOW, THEN, UK, UNI, crafted_map

    store = create_map(tmp_path / "crafted.aspmap")
    store.bulk_insert(crafted_map())
    document = Document(store, "en")
    zoomed: list[list[int]] = []
    panel = OutcomesPanel(
        document,
        Settings(tmp_path / "settings.ini"),
        lambda ids: zoomed.append(list(ids)),
        today=lambda: date(2019, 1, 1),
    )
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.period() == (date(2018, 1, 2), date(2019, 1, 1))  # twelve months
    panel.show_outcomes(compare(timeline_of(document), THEN, NOW))
    assert (
        panel.status.text() == "The network at the end of 2016-01-01 against the end of 2019-01-01."
    )
    titles = [panel.tree.topLevelItem(n).text(0) for n in range(panel.tree.topLevelItemCount())]
    assert titles == [
        "New ties: 6",
        "Ended ties: 1",
        "New international ties: 2",
        "Companies tied to research for the first time: 2",
        "New memberships: 4",
        "Ended memberships: 1",
        "Health findings solved: 5",
        "Health findings appeared: 5",
    ]
    new_ties = panel.tree.topLevelItem(0)
    by_type = new_ties.child(0)
    assert [by_type.child(n).text(0) for n in range(by_type.childCount())] == [
        "Collaboration: 1",
        "Funding: 1",
        "Information exchange: 1",
        "R&D or project partnership: 3",
    ]
    item = panel.tree.topLevelItem(2)
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert zoomed == [[UNI, DESIGNCO, UK]]
    assert sorted(document.selection.selected_of(EntityType.ACTOR)) == [UNI, DESIGNCO, UK]
    document.close()


def test_view_outcomes_shows_the_dock(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.analysis.outcomes_dock
    action = dock.toggleViewAction()
    assert action in window.view_menu.actions() and action.text() == "Outcomes"
    # Hidden at first, so it neither takes a tab nor counts until asked for.
    assert not dock.isVisible() and not action.isChecked()
    panel = window.analysis.outcomes
    assert isinstance(panel, OutcomesPanel) and panel.outcomes is None
    assert dock.widget() is panel
    action.trigger()
    qtbot.waitUntil(dock.isVisible)
    qtbot.waitUntil(lambda: panel.outcomes is not None)
    assert panel.period() == (panel.outcomes.then + timedelta(days=1), panel.outcomes.now)


def test_then_and_now_on_the_graph_shows_its_numbers_beside_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    dock = window.analysis.outcomes_dock
    assert not dock.isVisible()  # hidden until asked for
    window.graph.show_comparison(date(2016, 6, 1), date(2020, 1, 1))
    panel = window.analysis.outcomes
    assert panel is not None
    qtbot.waitUntil(dock.isVisible)
    # The panel counts between the graph's two days: its first day is the day after.
    assert panel.period() == (date(2016, 6, 2), date(2020, 1, 1))
    qtbot.waitUntil(
        lambda: (
            panel.outcomes is not None
            and (panel.outcomes.then, panel.outcomes.now) == (date(2016, 6, 1), date(2020, 1, 1))
        )
    )
    shown = window.graph.canvas.time.comparison
    assert shown is not None
    assert set(panel.outcomes.new_ties.all.ids) == shown.new(EntityType.RELATIONSHIP)
    window.graph.clear_comparison()  # the numbers stay for the last two days asked
    assert panel.period() == (date(2016, 6, 2), date(2020, 1, 1))
    # A day against itself has no period: the panel keeps its last one, with no error.
    window.graph.show_comparison(date(2018, 1, 1), date(2018, 1, 1))
    qtbot.wait(50)
    assert panel.period() == (date(2016, 6, 2), date(2020, 1, 1))
    assert panel.outcomes is not None and not panel.status.text().startswith("The first day")
