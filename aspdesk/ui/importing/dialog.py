"""The import dialog: which column is which (for a table), then a preview to decide on.

Nothing is written while the dialog is open. The first page, for a spreadsheet table,
lists each column with example values and the field it was matched to; the second shows
every row's outcome, the conflicts and near matches to decide on, the problems with
where they are, and the cells of the selected row. A row with errors can be mended there
(the row is read and planned again at once), imported without its bad fields (kept in its
notes), or skipped. "Import" is enabled only when the plan may go ahead. The dialog asks
its owner (:class:`~aspdesk.ui.importing.importer.Importer`) to read the file again when the
columns or the text encoding of a CSV file change, to plan again when a decision changes,
and to read a row again when a cell is mended.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspdesk.app.import_report import OUTCOME_LABELS, count_lines
from aspdesk.domain.entities import EntityType
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.importing.batch import Candidate, ImportBatch
from aspdesk.io.importing.problems import Problem
from aspdesk.io.importing.spreadsheet_import import IMPORTED_FIELDS, ActorImport
from aspdesk.io.merging.planner import Decisions, ImportPlan, Outcome
from aspdesk.io.sheets import field_label
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.ui.importing.cells import CellsPanel
from aspdesk.ui.importing.encoding import EncodingBar
from aspdesk.ui.importing.preview import (
    CHOICE,
    DETAILS,
    ChoiceDelegate,
    OutcomeFilter,
    PreviewModel,
)
from aspdesk.ui.importing.problems import PROBLEMS_SHOWN, ProblemsList

EXAMPLES = 3
Mend = Callable[[int, str, str], tuple[ImportPlan, MapSnapshot] | None]


class ColumnsPage(QWidget):
    """Each column of the table, examples of its values, and the field it goes to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "aspdesk matched the columns of the file to the fields of an actor by their "
                "headers. Check them, and change any that are wrong. A column set to "
                "“Not imported” is left out."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Field in aspdesk")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Save a template workbook…"))
        self.template_button.setToolTip(
            self.tr("An empty workbook with the headers aspdesk recognises, to fill in.")
        )
        row.addWidget(self.template_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.boxes: list[tuple[str, QComboBox]] = []

    def show_table(self, table: ActorImport) -> None:
        """List the columns of ``table`` with the fields they were matched to."""
        self.table.setRowCount(len(table.headers))
        self.boxes = []
        translate = QCoreApplication.translate
        for row, header in enumerate(table.headers):
            self.table.setItem(row, 0, QTableWidgetItem(header))
            examples = [s[row] for s in table.samples if row < len(s) and s[row]][:EXAMPLES]
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(examples)))
            box = QComboBox()
            box.addItem(self.tr("Not imported"), "")
            for name in IMPORTED_FIELDS:
                box.addItem(field_label(EntityType.ACTOR, name, translate), name)
            box.setCurrentIndex(max(0, box.findData(table.columns.get(header, ""))))
            self.table.setCellWidget(row, 2, box)
            self.boxes.append((header, box))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 220)

    def mapping(self) -> dict[str, str]:
        """Header -> field as chosen now ("" for a column left out)."""
        return {header: str(box.currentData()) for header, box in self.boxes}


class PreviewPage(QWidget):
    """What importing would do, row by row, with the choices and the problems."""

    decisions_changed = Signal(object)
    cell_edited = Signal(int, str, str)  # row in the file, field, new text

    FILTERS = (
        ("", QT_TRANSLATE_NOOP("PreviewPage", "All rows")),
        (Outcome.NEW.value, OUTCOME_LABELS[Outcome.NEW]),
        (Outcome.UPDATED.value, OUTCOME_LABELS[Outcome.UPDATED]),
        (Outcome.CONFLICT.value, OUTCOME_LABELS[Outcome.CONFLICT]),
        (OutcomeFilter.SUGGESTED, QT_TRANSLATE_NOOP("PreviewPage", "Possible duplicates")),
        (Outcome.ERROR.value, OUTCOME_LABELS[Outcome.ERROR]),
        (Outcome.UNCHANGED.value, OUTCOME_LABELS[Outcome.UNCHANGED]),
    )

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        self.filter_box = QComboBox()
        for value, text in self._filters():
            self.filter_box.addItem(text, value)
        bar.addWidget(self.filter_box)
        bar.addStretch(1)
        self.keep_all = QPushButton(self.tr("Keep the map's values in every conflict"))
        self.take_all = QPushButton(self.tr("Take the file's values in every conflict"))
        bar.addWidget(self.keep_all)
        bar.addWidget(self.take_all)
        layout.addLayout(bar)
        self.model = PreviewModel(language, self)
        self.proxy = OutcomeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(CHOICE, ChoiceDelegate(self.model, self.proxy, self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        # The rows above; below, the problems beside the cells of the selected row, in a
        # splitter so that a long list of problems can be given the room it needs.
        self.problems = ProblemsList()
        self.cells = CellsPanel()
        below = QSplitter(Qt.Orientation.Horizontal)
        below.setChildrenCollapsible(False)
        below.addWidget(self.problems)
        below.addWidget(self.cells)
        below.setSizes([550, 450])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.without_bad = QCheckBox(
            self.tr(
                "Import the rows with errors without their bad fields, and keep the problems "
                "in each row's notes"
            )
        )
        layout.addWidget(self.without_bad)
        self.skip_errors = QCheckBox(self.tr("Skip the rows with errors and import the rest"))
        layout.addWidget(self.skip_errors)
        self.filter_box.currentIndexChanged.connect(self._on_filter)
        self.model.decisions_changed.connect(self.decisions_changed)
        self.keep_all.clicked.connect(lambda: self._all_conflicts(False))
        self.take_all.clicked.connect(lambda: self._all_conflicts(True))
        self.skip_errors.toggled.connect(self._on_skip_errors)
        self.without_bad.toggled.connect(self._on_without_bad)
        self.problems.problem_chosen.connect(self._on_problem_chosen)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        # Queued: the cells panel is filled again after a mend, and must not be while its
        # editor is still handing over the value.
        self.cells.cell_edited.connect(self.cell_edited, Qt.ConnectionType.QueuedConnection)
        self.plan: ImportPlan | None = None

    def _filters(self) -> list[tuple[str, str]]:
        translate = QCoreApplication.translate
        found = []
        for value, text in self.FILTERS:
            if value in ("", OutcomeFilter.SUGGESTED):
                found.append((value, translate("PreviewPage", text)))
            else:
                found.append((value, translate("import", text)))
        return found

    def show_plan(self, plan: ImportPlan, current: MapSnapshot) -> None:
        """Show ``plan``: counts, rows, problems and the state of the choices."""
        self.plan = plan
        translate = QCoreApplication.translate
        lines = count_lines(plan, translate)
        suggested = sum(1 for item in plan.items if item.suggestions)
        if suggested:
            lines.append(
                self.tr(
                    "%n possible duplicate(s) of actors in the map: check them below.",
                    "",
                    suggested,
                )
            )
        if plan.batch.skipped:
            lines.append(
                self.tr("%n empty row(s) or unusable item(s) left out.", "", plan.batch.skipped)
            )
        read = sum(len(item.candidate.notes) for item in plan.items)
        if read:
            lines.append(
                self.tr(
                    "%n value(s) read in standard form, such as a business ID without its "
                    "hyphen: see Details.",
                    "",
                    read,
                )
            )
        self.summary.setText("\n".join(lines) or self.tr("The file holds nothing to import."))
        self.model.show_plan(plan, current)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, CHOICE)
            source = self.proxy.mapToSource(index).row()
            if self.model.choices(source)[1:]:
                self.view.openPersistentEditor(index)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.problems.show_problems(plan.batch.problems, self._problems_heading(plan))
        self._show_cells()
        errors = plan.errors
        self.skip_errors.setVisible(errors > 0)
        self.skip_errors.blockSignals(True)
        self.skip_errors.setChecked(plan.decisions.skip_errors)
        self.skip_errors.blockSignals(False)
        droppable = any(item.droppable or item.dropped for item in plan.items)
        self.without_bad.setVisible(droppable)
        self.without_bad.blockSignals(True)
        self.without_bad.setChecked(plan.decisions.without_bad_always)
        self.without_bad.blockSignals(False)
        conflicts = plan.counts()[Outcome.CONFLICT]
        self.keep_all.setEnabled(conflicts > 0)
        self.take_all.setEnabled(conflicts > 0)
        if plan.sent_back:  # an offline copy sent back: the map is the team map, the file the copy
            self.keep_all.setText(self.tr("Keep the team map's values in every conflict"))
            self.take_all.setText(self.tr("Take the copy's values in every conflict"))

    def _problems_heading(self, plan: ImportPlan) -> str:
        problems = plan.batch.problems
        total = problems.total
        if total > PROBLEMS_SHOWN:
            text = self.tr("%n problem(s) in the file; the first {shown} are listed:", "", total)
            return text.format(shown=PROBLEMS_SHOWN)
        if problems:
            return self.tr("%n problem(s) in the file. Click one to see its row:", "", total)
        return self.tr("No problems found in the file.")

    def _candidate(self, key: str) -> Candidate | None:
        if self.plan is None or not key:
            return None
        return next((i.candidate for i in self.plan.items if i.candidate.key == key), None)

    def _show_cells(self) -> None:
        """Show the cells of the current row, or of the row shown before planning again."""
        assert self.plan is not None
        index = self.view.currentIndex()
        if index.isValid():
            item = self.model.item(self.proxy.mapToSource(index).row())
            candidate: Candidate | None = item.candidate
        else:
            candidate = self._candidate(self.cells.key)
        field = self.cells.current_field()
        self.cells.show_row(self.plan.batch.table, candidate)
        if field:
            self.cells.select_field(field)

    def _on_current_row(self) -> None:
        if self.plan is not None:
            index = self.view.currentIndex()
            row = self.proxy.mapToSource(index).row() if index.isValid() else -1
            candidate = self.model.item(row).candidate if row >= 0 else None
            self.cells.show_row(self.plan.batch.table, candidate)

    def select_row(self, key: str) -> bool:
        """Select the preview's row of the candidate ``key`` (showing every row if the
        filter hides it); False when there is none."""
        source = self.model.row_of(key)
        if source < 0:
            return False
        if not self.proxy.mapFromSource(self.model.index(source, 0)).isValid():
            self.filter_box.setCurrentIndex(0)
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _on_problem_chosen(self, problem: Problem) -> None:
        """Select the problem's row above and its cell among the row's cells."""
        key = self.model.key_at(problem.sheet, problem.row, problem.item)
        if key and self.select_row(key):
            self.cells.select_field(problem.field)

    def _on_filter(self) -> None:
        self.proxy.show_only(str(self.filter_box.currentData()))
        if self.plan is not None:
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, CHOICE)
                if self.model.choices(self.proxy.mapToSource(index).row())[1:]:
                    self.view.openPersistentEditor(index)

    def _all_conflicts(self, take: bool) -> None:
        if self.plan is None:
            return
        old = self.plan.decisions
        self.decisions_changed.emit(replace(old, take_file=frozenset(), take_file_always=take))

    def _on_skip_errors(self, checked: bool) -> None:
        if self.plan is None:
            return
        self.decisions_changed.emit(replace(self.plan.decisions, skip_errors=checked))

    def _on_without_bad(self, checked: bool) -> None:
        if self.plan is None:
            return
        decisions = replace(self.plan.decisions, without_bad=frozenset())
        self.decisions_changed.emit(replace(decisions, without_bad_always=checked))


class ImportDialog(QDialog):
    """Columns (for a table), then the preview; accepted means "import this plan"."""

    columns_chosen = Signal(object)  # dict header -> field
    encoding_chosen = Signal(str)  # the text encoding to read a CSV file in
    template_wanted = Signal()

    def __init__(
        self,
        parent: QWidget,
        replan: Callable[[Decisions], tuple[ImportPlan, MapSnapshot]],
        mend: Mend | None = None,
        *,
        language: str,
    ) -> None:
        """``language`` names the map's terms (an actor's kind) in the preview's details."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.replan = replan
        self.mend = mend
        self.plan: ImportPlan | None = None
        self.guessed: Mapping[str, str] = {}
        layout = QVBoxLayout(self)
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.file_label)
        self.encoding = EncodingBar()
        self.encoding.hide()
        layout.addWidget(self.encoding)
        self.pages = QStackedWidget()
        self.columns = ColumnsPage()
        self.preview = PreviewPage(language)
        self.pages.addWidget(self.columns)
        self.pages.addWidget(self.preview)
        layout.addWidget(self.pages)
        # Back on the left, forward and Cancel on the right, as in a wizard.
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("< Columns"))
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.next_button = QPushButton(self.tr("Preview >"))
        self.next_button.setDefault(True)
        row.addWidget(self.next_button)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.back_button.clicked.connect(lambda: self._show_page(self.columns))
        self.next_button.clicked.connect(self._on_next)
        self.columns.template_button.clicked.connect(self.template_wanted)
        self.encoding.encoding_chosen.connect(self.encoding_chosen)
        self.preview.decisions_changed.connect(self._on_decisions)
        self.preview.cell_edited.connect(self._on_cell_edited)
        self.resize(1100, 720)

    def show_batch(
        self, batch: ImportBatch, plan: ImportPlan, current: MapSnapshot, *, columns_first: bool
    ) -> None:
        """Show what was read from the file; start on the columns page if asked."""
        self.file_label.setText(self.tr("From the file {file}").format(file=batch.file))
        self.encoding.show_encoding(batch.table.encoding if batch.table is not None else None)
        if batch.table is not None:
            self.columns.show_table(batch.table)
            self.guessed = self.columns.mapping()
        self._show_plan(plan, current)
        has_columns = batch.table is not None
        self._show_page(self.columns if has_columns and columns_first else self.preview)

    def _show_plan(self, plan: ImportPlan, current: MapSnapshot) -> None:
        self.plan = plan
        self.preview.show_plan(plan, current)
        self._update_buttons()

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_columns = self.pages.currentWidget() is self.columns
        has_columns = self.plan is not None and self.plan.batch.table is not None
        self.back_button.setVisible(has_columns and not on_columns)
        self.next_button.setVisible(on_columns)
        ready = (
            self.plan is not None
            and self.plan.ready
            and (self.plan.writes > 0 or bool(self.plan.rename))
        )
        self.import_button.setVisible(not on_columns)
        self.import_button.setEnabled(ready and not on_columns)

    def _on_next(self) -> None:
        mapping = self.columns.mapping()
        if mapping != dict(self.guessed):
            self.guessed = mapping
            self.columns_chosen.emit(mapping)  # the owner reads again and calls show_batch
            return
        self._show_page(self.preview)

    def _on_decisions(self, decisions: Decisions) -> None:
        plan, current = self.replan(decisions)
        self._show_plan(plan, current)

    def _on_cell_edited(self, row: int, name: str, text: str) -> None:
        """Read the row again with the mended cell and plan again, with the same choices."""
        if self.mend is None:
            return
        planned = self.mend(row, name, text)
        if planned is not None:
            self._show_plan(*planned)
