"""The panels of docks out of sight are made after the window's first frame; a dock in view
has its panel in that frame (aspdesk.ui.window.dock_panel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from aspdesk.app.document import Document
from aspdesk.app.settings import Settings
from aspdesk.store.repository import MapStore
from aspdesk.ui.health.outcomes_panel import OutcomesPanel
from aspdesk.ui.health.panel import HealthPanel
from aspdesk.ui.metrics.panel import MetricsPanel
from aspdesk.ui.tables.overview import ClusterOverview
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs, _opener


class FirstFrame(QObject):
    """Notes, at ``window``'s first paint, which of its docks hold a panel."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.filled: dict[str, bool] | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Paint and self.filled is None:
            docks = self.window.findChildren(QDockWidget)
            self.filled = {dock.objectName(): dock.widget() is not None for dock in docks}
        return False


def _window(qtbot: QtBot, store: MapStore, settings: Settings, tmp_path: Path) -> MainWindow:
    window = MainWindow(Document(store), settings, _opener(tmp_path / "backups"))  # type: ignore[arg-type]
    window.dialogs = ScriptedDialogs(window)
    qtbot.addWidget(window)
    return window


def _panels(window: MainWindow) -> dict[str, QWidget | None]:
    analysis = window.analysis
    docks = (window.overview_dock, analysis.metrics_dock, analysis.health_dock)
    return {dock.objectName(): dock.widget() for dock in (*docks, analysis.outcomes_dock)}


def test_docks_behind_tabs_get_their_panels_after_the_first_frame(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path
) -> None:
    window = _window(qtbot, sample_store, Settings(tmp_path / "settings.ini"), tmp_path)
    assert set(_panels(window).values()) == {None}, "nothing made before the window shows"
    frame = FirstFrame(window)
    window.show()
    qtbot.waitUntil(lambda: frame.filled is not None)
    assert frame.filled is not None
    in_front = ("tablesDock", "relatedDock", "formDock", "viewsDock")
    assert all(frame.filled[name] for name in in_front)
    assert not any(frame.filled[name] for name in _panels(window))
    qtbot.waitUntil(lambda: None not in _panels(window).values())
    kinds = (ClusterOverview, MetricsPanel, HealthPanel, OutcomesPanel)
    made = list(_panels(window).values())
    assert all(isinstance(panel, kind) for panel, kind in zip(made, kinds, strict=True))
    assert window.overview is made[0] and window.analysis.metrics is made[1]


def test_a_dock_in_front_at_the_start_has_its_panel_in_the_first_frame(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = _window(qtbot, sample_store, settings, tmp_path)
    first.show()
    qtbot.waitExposed(first)
    first.overview_dock.raise_()
    qtbot.waitUntil(lambda: not first.overview_dock.visibleRegion().isEmpty())
    first.close()  # saves the window's state: the Cluster overview in front of Related
    window = _window(qtbot, sample_store, settings, tmp_path)
    frame = FirstFrame(window)
    window.show()
    qtbot.waitUntil(lambda: frame.filled is not None)
    assert frame.filled is not None
    assert frame.filled["overviewDock"] and not frame.filled["metricsDock"]
    assert isinstance(window.overview_dock.widget(), ClusterOverview)


def test_a_panel_asked_for_before_the_frame_is_made_then_and_kept(
    qtbot: QtBot, sample_store: MapStore, tmp_path: Path
) -> None:
    window = _window(qtbot, sample_store, Settings(tmp_path / "settings.ini"), tmp_path)
    health = window.analysis.health
    assert isinstance(health, HealthPanel) and window.analysis.health_dock.widget() is health
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: None not in _panels(window).values())
    assert window.analysis.health is health
