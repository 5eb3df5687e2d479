"""The consortium as a table: one row per partner, the role picked in a combo box.

The role column shows a combo box on every row (a persistent editor), so a role is
changed with one click; the other columns are as wide as their texts allow, longer texts
are elided and shown whole in the tooltip, and the organisation takes the room left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from aspdesk.analysis.consortium.rules import ROLES
from aspdesk.app.document import Document
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.ui.consortium.model import (
    COUNTRY,
    KIND,
    ORGANISATION,
    PIC,
    ROLE,
    ConsortiumModel,
    RoleDelegate,
)


class ConsortiumTable(QTableView):
    """The partners of ``model``, with their roles editable in place."""

    def __init__(self, model: ConsortiumModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consortium = model
        self.setModel(model)
        self.delegate = RoleDelegate(model.document, self)
        self.setItemDelegateForColumn(ROLE, self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        model.rowsInserted.connect(self._on_model_rows_changed)
        model.modelReset.connect(self._on_model_rows_changed)
        model.consortium_changed.connect(self.size_columns)
        self.size_columns()

    def set_document(self, document: Document) -> None:
        """Name the roles in the words of ``document``'s map."""
        self.delegate.document = document

    def chosen_rows(self) -> set[int]:
        """The rows selected, or the current row when none is selected."""
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return rows

    def _on_model_rows_changed(self, *_args: object) -> None:
        for row in range(self.consortium.rowCount()):
            self.openPersistentEditor(self.consortium.index(row, ROLE))

    def size_columns(self) -> None:
        """Widths from what the columns hold: the organisation takes the room left."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (COUNTRY, KIND, PIC, ROLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        letter = metrics.horizontalAdvance("M")
        model = self.consortium

        def widest(column: int, least: str, most: int) -> int:
            texts = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            width = max(metrics.horizontalAdvance(t) for t in (*texts, least)) + 16
            return min(width, letter * most)  # longer texts are elided, whole in the tooltip

        header.resizeSection(COUNTRY, widest(COUNTRY, "Suomi (FI)", 10))
        header.resizeSection(KIND, widest(KIND, "", 9))
        header.resizeSection(PIC, widest(PIC, "000000000", 9))
        # The role's combo box shows the longest role in full.
        probe = QComboBox()
        for code in ROLES:
            probe.addItem(model.document.label(Vocabulary.PARTNER_ROLE, code))
        header.resizeSection(ROLE, probe.sizeHint().width() + 4)
        probe.deleteLater()
