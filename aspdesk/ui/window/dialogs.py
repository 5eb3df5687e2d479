"""The questions the main window asks the user, in one replaceable object.

Tests pass a subclass that answers without showing anything; the app uses this one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from aspdesk.app.conflicts import EditConflict
from aspdesk.store.backups import Backup
from aspdesk.store.file_kinds import MAP_SUFFIX
from aspdesk.store.team.address import TeamAddress
from aspdesk.ui.exports.film_dialog import FilmExportDialog, FilmRequest
from aspdesk.ui.exports.image_dialog import ImageExportDialog, ImageRequest
from aspdesk.ui.exports.report_period import ReportPeriodDialog
from aspdesk.ui.exports.web_map_dialog import WebMapChoice, WebMapDialog
from aspdesk.ui.files.backups_dialog import BackupsDialog
from aspdesk.ui.files.team_dialog import TeamMapDialog, TeamMapRequest
from aspdesk.ui.window.conflict_dialog import ConflictDialog


def ask_save_path(
    parent: QWidget,
    title: str,
    suggested: Path,
    filters: Sequence[tuple[str, str]],
    also_known: Sequence[str] = (),
) -> Path | None:
    """Ask where to save a file of one of the types in ``filters`` (label, suffix).

    The filter of ``suggested``'s type is picked first. A name without a known suffix
    (those of ``filters`` and ``also_known``) gets the chosen filter's suffix, or the first.
    """
    chosen_filter = next((f for f, s in filters if s == suggested.suffix.lower()), "")
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, str(suggested), ";;".join(label for label, _ in filters), chosen_filter
    )
    if not name:
        return None
    path = Path(name)
    known = {s for _, s in filters} | set(also_known)
    if path.suffix.lower() in known:
        return path
    return path.with_name(path.name + dict(filters).get(chosen, filters[0][1]))


class Dialogs(QObject):
    """Standard dialogs with plain-text messages (user data is never shown as markup)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def _filter(self) -> str:
        return self.tr("aspdesk maps (*{suffix})").format(suffix=MAP_SUFFIX)

    def confirm(self, title: str, text: str, details: str, accept: str) -> bool:
        """Ask a yes/no question; ``accept`` names the action (for example "Delete")."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(details)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def error(self, title: str, text: str) -> None:
        """Tell the user something went wrong and what to do."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def inform(self, title: str, text: str) -> None:
        """Tell the user something."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def conflict(self, conflict: EditConflict) -> bool:
        """Ask whose value to keep where an edit met another user's change: True for
        the user's own ("Use mine", "Delete anyway")."""
        return ConflictDialog(conflict, self.window).use_mine()

    def open_path(self, folder: Path | None) -> Path | None:
        """Ask for a map to open (or a data file, which is offered for import)."""
        filters = [
            self._filter(),
            self.tr(
                "Data to import into a new map (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)"
            ),
            self.tr("All files (*)"),
        ]
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open map"), str(folder or ""), ";;".join(filters)
        )
        return Path(name) if name else None

    def save_path(self, title: str, suggested: Path) -> Path | None:
        """Ask where to write a map (a new one or a copy); the suffix is added if missing."""
        name, _ = QFileDialog.getSaveFileName(self.window, title, str(suggested), self._filter())
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == MAP_SUFFIX else path.with_name(path.name + MAP_SUFFIX)

    def export_path(self, suggested: Path) -> Path | None:
        """Ask where to export the map's data; the chosen type's extension is added."""
        filters = [
            (self.tr("Excel workbook (*.xlsx)"), ".xlsx"),
            (self.tr("CSV tables in a zip file (*.zip)"), ".zip"),
            (self.tr("GraphML for yEd and others (*.graphml)"), ".graphml"),
            (self.tr("GEXF for Gephi (*.gexf)"), ".gexf"),
            (self.tr("Full backup of the map (*.json)"), ".json"),
        ]
        return ask_save_path(self.window, self.tr("Export the map's data"), suggested, filters)

    def image_path(self, suggested: Path) -> Path | None:
        """Ask where to save an image of the graph; the chosen type's extension is added."""
        filters = [
            (self.tr("PNG picture (*.png)"), ".png"),
            (self.tr("SVG drawing (*.svg)"), ".svg"),
            (self.tr("PDF document (*.pdf)"), ".pdf"),
        ]
        return ask_save_path(self.window, self.tr("Export image"), suggested, filters)

    def image_options(self, request: ImageRequest) -> ImageRequest | None:
        """Ask how to export an image (file, size, page, look, heading)."""
        dialog = ImageExportDialog(self.window, request, self.image_path)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def film_path(self, suggested: Path) -> Path | None:
        """Ask where to save a growth film; the chosen type's extension is added."""
        filters = [
            (self.tr("MP4 video (*.mp4)"), ".mp4"),
            (self.tr("Animated GIF (*.gif)"), ".gif"),
            (self.tr("Animated WebP (*.webp)"), ".webp"),
        ]
        return ask_save_path(self.window, self.tr("Export growth film"), suggested, filters)

    def film_options(self, request: FilmRequest) -> FilmRequest | None:
        """Ask how to film the network's growth (file, dates, length, size, look)."""
        dialog = FilmExportDialog(self.window, request, self.film_path)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def web_map_path(self, suggested: Path) -> Path | None:
        """Ask where to save a web map; .html is added when missing."""
        filters = [(self.tr("Web page (*.html)"), ".html")]
        return ask_save_path(self.window, self.tr("Export web map"), suggested, filters, (".htm",))

    def web_map_options(
        self, choice: WebMapChoice, views: int, personal_allowed: bool
    ) -> WebMapChoice | None:
        """Ask how to export a web map (file, heading, steps, personal data)."""
        dialog = WebMapDialog(self.window, choice, views, personal_allowed, self.web_map_path)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def import_path(self, folder: Path | None) -> Path | None:
        """Ask for a file to import."""
        filters = [
            self.tr("Files aspdesk can import (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)"),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)"),
            self.tr("Graphs from Gephi, yEd and others (*.graphml *.gexf)"),
            self.tr("Map backups (*.json)"),
        ]
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import into this map"), str(folder or ""), ";;".join(filters)
        )
        return Path(name) if name else None

    def report_path(self, suggested: Path) -> Path | None:
        """Ask where to write a report; .pdf or .html, .pdf added when neither is given."""
        filters = [
            (self.tr("PDF document (*.pdf)"), ".pdf"),
            (self.tr("Web page (*.html)"), ".html"),
        ]
        return ask_save_path(self.window, self.tr("Export report"), suggested, filters, (".htm",))

    def report_period(self, period: tuple[date, date], language: str) -> tuple[date, date] | None:
        """Ask the period of a report's outcomes, offering ``period``; None when cancelled."""
        dialog = ReportPeriodDialog(period, language, self.window)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.period() if accepted else None
        finally:
            dialog.deleteLater()

    def template_path(self, suggested: Path) -> Path | None:
        """Ask where to save a template workbook."""
        filters = [(self.tr("Excel workbook (*.xlsx)"), ".xlsx")]
        return ask_save_path(self.window, self.tr("Save a template workbook"), suggested, filters)

    def choose_backup(self, backups: Sequence[Backup], keep: int) -> tuple[Backup | None, int]:
        """Show the map's backup copies; the one to restore (or None) and how many to keep."""
        dialog = BackupsDialog(backups, keep, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.chosen() if accepted else None), dialog.keep.value()

    def choice(self, title: str, label: str, items: Sequence[str]) -> int | None:
        """Ask to pick one of ``items``; its index, or None when cancelled."""
        answer, ok = QInputDialog.getItem(self.window, title, label, list(items), 0, False)
        return list(items).index(answer) if ok and answer in items else None

    def text(self, title: str, label: str, value: str = "") -> str | None:
        """Ask for one line of text; None when cancelled or left empty."""
        answer, ok = QInputDialog.getText(self.window, title, label, text=value)
        return answer.strip() if ok and answer.strip() else None

    def team_map(
        self, can_remember: bool, address: TeamAddress | None, message: str, copying: bool = False
    ) -> TeamMapRequest | None:
        """Ask for a team map's address, user and password (File > Open team map…; with
        ``copying``, File > Copy this map to a server…)."""
        dialog = TeamMapDialog(
            self.window,
            can_remember=can_remember,
            address=address,
            message=message,
            copying=copying,
        )
        return dialog.request if dialog.exec() == QDialog.DialogCode.Accepted else None
