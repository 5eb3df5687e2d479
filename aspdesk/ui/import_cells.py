"""The cells of one row of an imported table, to mend in the preview.

When the user selects a row of a coordinator's table in the preview, its cells are listed
here: the column of the file, the value as read, and the problem or note of that cell.
A value can be edited in place (double-click, F2 or typing); the dialog then reads the row
again with the new value and plans the import again, so the row's outcome and problems
change at once. Nothing is written to the file or the map. Rows of other files (an aspdesk
workbook, a graph, a backup) are shown with their problems but mended in the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspdesk.io.import_batch import Candidate
from aspdesk.io.spreadsheet_import import ActorImport

COLUMN, VALUE, SAYS = range(3)
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEM_TINT = QColor("#f6d6cc")  # the preview's tint for errors


class CellsPanel(QWidget):
    """The cells of the selected row; the values of a table's row with errors are editable."""

    cell_edited = Signal(int, str, str)  # row in the file, field, new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Value"), self.tr("Problem or note")]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAYS, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.row = 0
        self.key = ""
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.show_row(None, None)

    def show_row(self, table: ActorImport | None, candidate: Candidate | None) -> None:
        """Show the cells of ``candidate``'s row (editable when ``table`` can mend it)."""
        translate = QCoreApplication.translate
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.row, self.key = (candidate.row, candidate.key) if candidate else (0, "")
        if candidate is None:
            self.label.setText(self.tr("Select a row above to see its cells."))
            self.table.blockSignals(False)
            return
        problems = {p.field: p.text(translate) for p in candidate.problems}
        notes = {n.field: n.text(translate) for n in candidate.notes}
        texts = table.row_texts.get(candidate.row) if table is not None else None
        place = candidate.place(translate)
        if texts is not None and table is not None:
            self.label.setText(
                self.tr(
                    "The cells of {place}. Correct a value here (double-click it or start "
                    "typing) and the row is checked and planned again at once; the file is "
                    "not changed."
                ).format(place=place)
            )
            cells = [(h, f, texts.get(f, "")) for h, f in table.columns.items() if f in texts]
        else:
            self.label.setText(
                self.tr(
                    "The problems of {place}. Correct them in the file and import it again."
                ).format(place=place)
                if candidate.problems
                else self.tr("{place} has nothing to mend.").format(place=place)
            )
            cells = [(p.column or p.field, p.field, "") for p in candidate.problems]
        self.table.setRowCount(len(cells))
        for index, (header, name, text) in enumerate(cells):
            said = problems.get(name) or notes.get(name, "")
            column = QTableWidgetItem(header)
            column.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            value = QTableWidgetItem(text)
            value.setData(FIELD_ROLE, name)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if texts is not None:
                flags |= Qt.ItemFlag.ItemIsEditable
            value.setFlags(flags)
            says = QTableWidgetItem(said)
            says.setToolTip(said)
            says.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if name in problems:
                for item in (column, value, says):
                    item.setBackground(QBrush(PROBLEM_TINT))
                    item.setForeground(QBrush(QColor("#1a1a1a")))
            self.table.setItem(index, COLUMN, column)
            self.table.setItem(index, VALUE, value)
            self.table.setItem(index, SAYS, says)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()

    def select_field(self, name: str) -> bool:
        """Select the value cell of field ``name`` and give it the keyboard; False if absent."""
        for index in range(self.table.rowCount()):
            item = self.table.item(index, VALUE)
            if item is not None and item.data(FIELD_ROLE) == name:
                self.table.setCurrentCell(index, VALUE)
                self.table.scrollToItem(item)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def current_field(self) -> str:
        """The field of the selected cell ("" when none is selected)."""
        item = self.table.item(self.table.currentRow(), VALUE)
        return str(item.data(FIELD_ROLE)) if item is not None else ""

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == VALUE and self.row:
            self.cell_edited.emit(self.row, str(item.data(FIELD_ROLE)), item.text())
