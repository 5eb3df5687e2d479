"""File > Restore from backup: the map's backup copies, newest first, and how many to keep."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.backups import Backup

REASONS = {
    "opened": QT_TRANSLATE_NOOP("BackupsDialog", "When the map was opened"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsDialog", "Before an update of aspdesk"),
}


class BackupsDialog(QDialog):
    """Pick a copy to restore; the number of copies kept is set here too."""

    def __init__(self, backups: Sequence[Backup], keep: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = list(backups)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "aspdesk copies the map each time it is opened. Restoring replaces what the "
                "map holds now with the chosen copy; Edit > Undo takes the restore back, and "
                "the map as it is now is copied first."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Why")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        locale = QLocale()
        for row, backup in enumerate(self.backups):
            made = backup.made.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            size = locale.formattedDataSize(backup.size)
            why = self.tr(REASONS.get(backup.reason, backup.reason))
            for column, text in enumerate((made, size, why)):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        layout.addWidget(self.table, 1)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("This map has no backup copies yet.")))
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Copies kept from opening the map:")))
        self.keep = QSpinBox()
        self.keep.setRange(1, 999)
        self.keep.setValue(keep)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        layout.addLayout(keep_row)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Restore this copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def chosen(self) -> Backup | None:
        """The selected copy, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None
