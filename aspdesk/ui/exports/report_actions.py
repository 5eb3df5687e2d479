"""File > Export report…: the network report as PDF or HTML, written from the window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication

from aspdesk.analysis.outcomes import twelve_months_to
from aspdesk.io.errors import DataFileError
from aspdesk.ui.exports.image_actions import file_stem
from aspdesk.ui.window.services import WindowServices

# Writes the report of the window's map to a path, its outcomes those of a period (first
# and last day); given by the window, which can reach the graph; raises DataFileError.
ReportWriter = Callable[[Path, tuple[date, date]], None]


class ReportActions(QObject):
    """The report action of one main window."""

    def __init__(self, services: WindowServices, write: ReportWriter) -> None:
        super().__init__(services.owner)
        self.services = services
        self.write = write
        self.action = QAction(self.tr("Export &report…"), services.owner)
        self.action.triggered.connect(self.export_report)

    def export_report(self) -> None:
        """Ask the period and where, then write the report (a second or two; the cursor
        says so)."""
        services = self.services
        offered = twelve_months_to(date.today())
        period = services.dialogs.report_period(offered, services.document.language)
        if period is None:
            return
        folder = services.settings.last_folder or Path.home()
        suggested = folder / (file_stem(services.document.map_name()) + ".pdf")
        path = services.dialogs.report_path(suggested)
        if path is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.write(path, period)
        except DataFileError as error:
            QGuiApplication.restoreOverrideCursor()
            services.dialogs.error(
                self.tr("The report was not written"), error.text(QCoreApplication.translate)
            )
            return
        QGuiApplication.restoreOverrideCursor()
        services.settings.last_folder = path.parent
        services.say(self.tr("Report saved to {path}").format(path=path))
