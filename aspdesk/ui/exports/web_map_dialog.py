"""The Export web map dialog: the file, its heading, which steps, and personal data or not.

A web map is one HTML file that partners open in a browser without installing anything;
it is often sent by e-mail, so personal data (contact persons, e-mail addresses, phone
numbers, notes) is left out unless the user ticks the box, and the box cannot be ticked
while the workshop-safe switch hides personal data. The dialog only collects choices; the
window makes the page (this module knows nothing of the graph).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from aspdesk.domain.records import record

# Asks where to save the page, starting from a suggested path; None when cancelled.
PathAsker = Callable[[Path], "Path | None"]


@record
class WebMapChoice:
    """What the user asked for: where, the heading, the steps, personal data or not."""

    path: Path
    title: str
    all_views: bool = False  # one step per saved view, in order; else the graph as shown
    personal: bool = False


class WebMapDialog(QDialog):
    """Choices for one web map, starting from ``choice``; ``views`` saved views exist, and
    personal data may go in only if ``personal_allowed`` (workshop-safe is off)."""

    def __init__(
        self,
        parent: QWidget | None,
        choice: WebMapChoice,
        views: int,
        personal_allowed: bool,
        ask_path: PathAsker,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export web map"))
        self.ask_path = ask_path
        self.path = QLineEdit(str(choice.path))
        self.path.textChanged.connect(self._on_path_text_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.title = QLineEdit(choice.title)
        self.title.setPlaceholderText(self.tr("No heading"))

        self.as_shown = QRadioButton(self.tr("The graph as it is shown now"))
        self.every_view = QRadioButton(
            self.tr("Every saved view, as steps to go through (%n view(s))", "", views)
        )
        steps = QButtonGroup(self)
        steps.addButton(self.as_shown)
        steps.addButton(self.every_view)
        self.every_view.setEnabled(views > 0)
        (self.every_view if choice.all_views and views else self.as_shown).setChecked(True)

        self.personal = QCheckBox(
            self.tr("Include personal data (contact persons, e-mail addresses, phones, notes)")
        )
        self.personal.setChecked(choice.personal and personal_allowed)
        self.personal.setEnabled(personal_allowed)
        note = QLabel(
            self.tr(
                "The page works offline in any browser and sends nothing anywhere. Anyone "
                "who gets the file can read everything in it."
            )
            if personal_allowed
            else self.tr(
                "Personal data is hidden (workshop-safe), so it stays out of the web map too."
            )
        )
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Heading:"), self.title)
        form.addRow(self.tr("Steps:"), self.as_shown)
        form.addRow("", self.every_view)
        form.addRow("", self.personal)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._on_path_text_changed()

    def choice(self) -> WebMapChoice:
        """The choices made."""
        return WebMapChoice(
            Path(self.path.text().strip()),
            self.title.text().strip(),
            self.every_view.isChecked(),
            self.personal.isEnabled() and self.personal.isChecked(),
        )

    def _on_path_text_changed(self, _text: str = "") -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(Path(self.path.text().strip()).suffix.lower() in (".html", ".htm"))

    def _on_browse_clicked(self) -> None:
        chosen = self.ask_path(Path(self.path.text().strip()))
        if chosen is not None:
            self.path.setText(str(chosen))
