"""The questions the consortium builder asks, in one replaceable object.

It extends the main window's :class:`aspdesk.ui.window.dialogs.Dialogs` with the builder's own
questions. Tests give the builder a subclass that answers without showing anything; the app
uses this one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from aspdesk.domain.records import record
from aspdesk.ui.window.dialogs import Dialogs, ask_save_path

# The answers of ConsortiumDialogs.save_choice.
UPDATE = "update"
NEW = "new"


@record
class ProjectNames:
    """What the user calls the project a consortium is saved as."""

    name: str
    acronym: str = ""
    call_id: str = ""


class ProjectNamesDialog(QDialog):
    """Name, acronym and call of the project to save; Save stays off without a name."""

    def __init__(self, suggested: ProjectNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save the consortium as a project"))
        intro = QLabel(
            self.tr(
                "The consortium becomes a project in preparation in this map, with its "
                "partners and their roles. You can edit it later like any project."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(suggested.name, self)
        self.acronym = QLineEdit(suggested.acronym, self)
        self.call_id = QLineEdit(suggested.call_id, self)
        self.call_id.setPlaceholderText(self.tr("For example HORIZON-CL6-2027-01"))
        form = QFormLayout()
        form.addRow(self.tr("Project &name:"), self.name)
        form.addRow(self.tr("&Acronym:"), self.acronym)
        form.addRow(self.tr("&Call:"), self.call_id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_name_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._on_name_text_changed(self.name.text())

    def _on_name_text_changed(self, text: str) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(text.strip()))

    def names(self) -> ProjectNames:
        """What was typed, trimmed."""
        return ProjectNames(
            self.name.text().strip(), self.acronym.text().strip(), self.call_id.text().strip()
        )


class ConsortiumDialogs(Dialogs):
    """The main window's dialogs (plain-text messages, choices, text) and the builder's own."""

    def save_choice(self, project: str) -> str | None:
        """Ask whether to update the project ``project`` or save a new one.

        Returns UPDATE or NEW, or None when cancelled.
        """
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Save the consortium"),
            self.tr(
                "This consortium belongs to the project “{name}”. Update that project's "
                "partners, or save the consortium as a new project?"
            ).format(name=project),
            parent=self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "Updating adds the new partners to the project, takes out those no longer "
                "in the consortium and changes roles; partners who stay keep their budget "
                "shares. Undo takes it back."
            )
        )
        update = box.addButton(self.tr("&Update the project"), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(self.tr("Save as a &new project…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(update)
        box.exec()
        clicked = box.clickedButton()
        return UPDATE if clicked is update else NEW if clicked is new else None

    def project_names(self, suggested: ProjectNames) -> ProjectNames | None:
        """Ask what to call the project; None when cancelled."""
        dialog = ProjectNamesDialog(suggested, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.names()
        finally:
            dialog.deleteLater()

    def partner_table_path(self, suggested: Path) -> Path | None:
        """Ask where to write the partner table; .xlsx or .pdf (the chosen type's added)."""
        filters = [
            (self.tr("Excel workbook (*.xlsx)"), ".xlsx"),
            (self.tr("PDF document (*.pdf)"), ".pdf"),
        ]
        return ask_save_path(self.window, self.tr("Export the partner table"), suggested, filters)

    def show_file(self, path: Path) -> bool:
        """Open a file (in the system's text editor) or a folder (in the file manager)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def run(self, dialog: QDialog) -> None:
        """Show a dialog of the builder until the user closes it."""
        dialog.exec()
