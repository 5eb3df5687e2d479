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
    window.report.action.trigger()
    html = target.read_text(encoding="utf-8")
    assert "Outcomes 2015-01-01–2020-12-31" in html
    assert "The actors formed" in html and "Companies tied to research" in html
    assert dialogs.errors == []
