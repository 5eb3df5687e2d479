"""The problems of an imported file in the preview: where each is and what is wrong, readably.

One row per problem, its place ("Toimijat, row 5, column Y-tunnus") and its whole text
wrapped over as many lines as it needs, in a list that takes the room the preview gives
it (not a four-row box). Clicking a problem says which row and field it is about
(``problem_chosen``), so the preview can select its cell.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspdesk.io.problems import Problem, Problems

PROBLEMS_SHOWN = 1000
WHERE, TEXT = range(2)


class ProblemsList(QWidget):
    """A heading with the count, and the problems of the file, each wrapped in full."""

    problem_chosen = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Where in the file"), self.tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.problems: list[Problem] = []
        self.table.cellClicked.connect(self._on_table_cell_clicked)
        self.table.currentCellChanged.connect(self._on_table_current_changed)

    def show_problems(self, problems: Problems, heading: str) -> None:
        """List ``problems`` (the first thousand: a table past that is slow to fill) under
        ``heading``, which says how many there are."""
        translate = QCoreApplication.translate
        shown = list(problems[:PROBLEMS_SHOWN])
        self.label.setText(heading)
        self.table.setVisible(bool(shown))
        self.problems = shown
        self.table.blockSignals(True)
        self.table.clearSelection()  # a problem mended away leaves no stale selection
        self.table.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            for column, text in (
                (WHERE, problem.place(translate)),
                (TEXT, problem.text(translate)),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(WHERE)
        self.table.setColumnWidth(WHERE, min(self.table.columnWidth(WHERE), 320))
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        # The problem column's width changed, so its wrapped texts need other heights.
        self.table.resizeRowsToContents()

    def _on_table_cell_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.problems):
            self.problem_chosen.emit(self.problems[row])

    def _on_table_current_changed(self, row: int, _column: int, _old: int, _o: int) -> None:
        # The keyboard too: moving through the list shows each problem's row.
        if 0 <= row < len(self.problems) and self.table.hasFocus():
            self.problem_chosen.emit(self.problems[row])
