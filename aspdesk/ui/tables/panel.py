"""A searchable, sortable table of one entity type, in step with the shared selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.ui.tables.models import ID_ROLE, EntityTableModel, SearchProxyModel
from aspdesk.ui.tables.view_selection import show_rows


class TablePanel(QWidget):
    """A search box over a table. Selecting rows selects those entities in the document."""

    def __init__(self, document: Document, model: EntityTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.model = model
        self.entity_type = model.entity_type
        self._syncing = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)

        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        # The model is already in this order; setting the indicator first avoids a re-sort.
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        letter = self.fontMetrics().horizontalAdvance("M")
        header.setDefaultSectionSize(letter * 12)
        header.resizeSection(0, letter * 20)
        for section, column in enumerate(model.columns):
            if column.width is not None:
                header.resizeSection(section, letter * column.width)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        model.modelReset.connect(self._on_model_reset)
        document.selection.selection_changed.connect(self._on_selection_changed)
        self._on_selection_changed()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def _on_view_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        if self._syncing:
            return
        rows = self.view.selectionModel().selectedRows()
        refs = [Ref(self.entity_type, int(index.data(ID_ROLE))) for index in rows]
        current_index = self.view.selectionModel().currentIndex()
        current = None
        if current_index.isValid() and self.view.selectionModel().isRowSelected(
            current_index.row(), current_index.parent()
        ):
            current = Ref(self.entity_type, int(current_index.siblingAtColumn(0).data(ID_ROLE)))
        if refs or any(ref.type is self.entity_type for ref in self.document.selection.selected):
            self.document.selection.select(refs, current)

    def _on_model_reset(self) -> None:
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        selection = self.document.selection
        wanted = set(selection.selected_of(self.entity_type))
        self._syncing = True
        try:
            rows = []
            current_proxy = None
            for entity_id in wanted:
                row = self.model.row_of(entity_id)
                if row < 0:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    continue  # hidden by the search
                rows.append(index)
                if selection.current == Ref(self.entity_type, entity_id):
                    current_proxy = index
            show_rows(self.view, rows, current_proxy)
        finally:
            self._syncing = False

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.search.setFocus()
        self.search.selectAll()
