"""The Network metrics, Cluster health and Outcomes docks of the main window, and their
wiring.

The docks are made once, tabbed behind the Tables and the Saved views so that the graph
keeps its room (behind the Cluster overview, three tabs were cut at 1366 pixels); Outcomes
goes behind the Tables too, hidden until View > Outcomes shows it. Their panels are made
again for each map (:meth:`attach`), given the graph as a :class:`GraphLink` since the ui
cannot import the graph, and made when first wanted (:mod:`.dock_panel`): out of sight,
they wait for the window's first frame. Their modules wait too: they are imported when a
panel is made, so a start loads none of them before the graph is drawn.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import QDockWidget, QMainWindow
from shiboken6 import isValid

from aspdesk.analysis.timeline import Comparison
from aspdesk.app.document import Document
from aspdesk.app.settings import Settings
from aspdesk.ui.window.dock_panel import DockPanel, add_dock
from aspdesk.ui.window.first_frame import after_first_frame

if TYPE_CHECKING:
    from aspdesk.ui.health.outcomes_panel import OutcomesPanel
    from aspdesk.ui.health.panel import HealthPanel
    from aspdesk.ui.metrics.panel import GraphLink, MetricsPanel

_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_Panel = TypeVar("_Panel", "MetricsPanel", "HealthPanel", "OutcomesPanel")


class AnalysisDocks(QObject):
    """Makes the two docks, tabbed behind the window's ``tables`` and ``views`` docks, and
    fills them for each map."""

    def __init__(
        self, window: QMainWindow, settings: Settings, tables: QDockWidget, views: QDockWidget
    ) -> None:
        super().__init__(window)
        self.owner = window
        self.settings = settings
        self.metrics_dock = add_dock(window, "metricsDock", self.tr("Network metrics"), _LEFT)
        self.health_dock = add_dock(window, "healthDock", self.tr("Cluster health"), _LEFT)
        self.outcomes_dock = add_dock(window, "outcomesDock", self.tr("Outcomes"), _LEFT)
        window.tabifyDockWidget(tables, self.metrics_dock)
        window.tabifyDockWidget(views, self.health_dock)
        window.tabifyDockWidget(self.metrics_dock, self.outcomes_dock)
        # Shown from View > Outcomes: a third tab from the start cut the left tabs' words
        # at 1280 pixels (Finnish "Verkoston tunnusluvut").
        self.outcomes_dock.hide()
        self.outcomes_dock.toggleViewAction().triggered.connect(self._on_outcomes_action_triggered)
        tables.raise_()
        views.raise_()
        self.docks = (self.metrics_dock, self.health_dock, self.outcomes_dock)
        self._metrics: DockPanel[MetricsPanel] = DockPanel(self.metrics_dock)
        self._health: DockPanel[HealthPanel] = DockPanel(self.health_dock)
        self._outcomes: DockPanel[OutcomesPanel] = DockPanel(self.outcomes_dock)

    @property
    def metrics(self) -> MetricsPanel | None:
        """The Network metrics panel of the map (made now if it was not yet)."""
        return self._metrics.get()

    @property
    def health(self) -> HealthPanel | None:
        """The Cluster health panel of the map (made now if it was not yet)."""
        return self._health.get()

    @property
    def outcomes(self) -> OutcomesPanel | None:
        """The Outcomes panel of the map (made now if it was not yet)."""
        return self._outcomes.get()

    def _on_outcomes_action_triggered(self, checked: bool) -> None:
        # Shown again behind the Tables' tab it would stay out of sight.
        if checked:
            self.outcomes_dock.raise_()

    def follow_comparison(self, comparison: Comparison | None) -> None:
        """Show the numbers of then and now's two days on the graph beside it (the panel's
        dates become the graph's; clearing the comparison leaves them). A day against
        itself changes nothing and has no period to count: the panel is left as it is."""
        if comparison is None or self.outcomes is None:
            return
        if comparison.then.day >= comparison.now.day:
            return
        self.outcomes.follow_days(comparison.then.day, comparison.now.day)
        self.outcomes_dock.show()
        self.outcomes_dock.raise_()

    def attach(self, document: Document, graph: GraphLink, rebuilt: SignalInstance) -> None:
        """Fill the docks for ``document``, shown by ``graph`` (which says ``rebuilt``)."""
        window, settings, zoom = self.owner, self.settings, graph.zoom_to_actors

        def metrics() -> MetricsPanel:
            from aspdesk.ui.metrics.panel import MetricsPanel

            return self._started(MetricsPanel(document, graph, rebuilt), self.metrics_dock)

        def health() -> HealthPanel:
            from aspdesk.ui.health.panel import HealthPanel

            return self._started(HealthPanel(document, settings, zoom), self.health_dock)

        def outcomes() -> OutcomesPanel:
            from aspdesk.ui.health.outcomes_panel import OutcomesPanel

            return self._started(OutcomesPanel(document, settings, zoom), self.outcomes_dock)

        self._metrics.fill(window, metrics)
        self._health.fill(window, health)
        self._outcomes.fill(window, outcomes)

    def _started(self, panel: _Panel, dock: QDockWidget) -> _Panel:
        """``panel``, following ``dock``, to start once the window has its first frame."""
        panel.follow_dock(dock)
        after_first_frame(self.owner, partial(_start, panel))
        return panel


def _start(panel: MetricsPanel | HealthPanel | OutcomesPanel) -> None:
    # A map opened before the window's first frame replaced the panels it was meant for.
    if isValid(panel):
        panel.start()
