"""Asking what a new survey round is: the cluster, the questionnaires' language, the folder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from aspdesk.domain.entities import Cluster
from aspdesk.domain.records import record


@record
class RoundChoice:
    """What the user chose for a new round."""

    cluster_id: int
    language: str
    folder: Path


class NewRoundDialog(QDialog):
    """The cluster whose members are asked, the language and the folder of the workbooks."""

    def __init__(
        self,
        clusters: Sequence[Cluster],
        members: Callable[[int], int],
        language: str,
        folder: Path,
        browse: Callable[[Path], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New survey round"))
        self.members = members
        self.browse = browse
        form = QFormLayout(self)
        self.cluster = QComboBox()
        for cluster in clusters:
            self.cluster.addItem(cluster.name, cluster.id)
        form.addRow(self.tr("&Cluster:"), self.cluster)
        self.count = QLabel()
        form.addRow("", self.count)
        self.language = QComboBox()
        for code, name in (("fi", "suomi"), ("en", "English"), ("sv", "svenska")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("&Language of the questionnaires:"), self.language)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(folder))
        browse_button = QPushButton(self.tr("&Browse…"))
        browse_button.clicked.connect(self._on_browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse_button)
        # A row of a layout gets no buddy from addRow: the label's mnemonic needs one.
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Write questionnaires"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.cluster.currentIndexChanged.connect(self._on_cluster_changed)
        self.folder.textChanged.connect(self._on_cluster_changed)
        self._on_cluster_changed()
        self.setMinimumWidth(560)

    def choice(self) -> RoundChoice | None:
        """The choices made, or None when no cluster or folder is chosen."""
        cluster_id = self.cluster.currentData()
        folder = self.folder.text().strip()
        if cluster_id is None or not folder:
            return None
        return RoundChoice(int(cluster_id), str(self.language.currentData()), Path(folder))

    def _on_cluster_changed(self) -> None:
        cluster_id = self.cluster.currentData()
        count = self.members(int(cluster_id)) if cluster_id is not None else 0
        self.count.setText(self.tr("%n member(s) will get a questionnaire.", "", count))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(count > 0 and bool(self.folder.text().strip()))

    def _on_browse(self) -> None:
        chosen = self.browse(Path(self.folder.text().strip() or "."))
        if chosen is not None:
            self.folder.setText(str(chosen))
