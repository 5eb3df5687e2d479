"""The Network metrics dock: a sortable table of every actor on show and its figures.

The figures are of the network the graph shows (its filters applied), and are computed
again a moment after the map or the filter changes. Up to :data:`BACKGROUND_ABOVE` actors
that takes a few milliseconds and happens on the spot; above it the work runs in a worker
thread with a progress dialog and Cancel, and only when someone looks at the figures (this
dock is on show, or the graph's colours or sizes follow a metric); otherwise the dock says
the figures are out of date until it is shown or Compute is pressed.

The panel cannot import the graph: the main window hands it a :class:`GraphLink` (the
graph panel) and the graph's "picture rebuilt" signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.metrics import (
    APPROXIMATE_BETWEENNESS,
    EXACT_LIMIT,
    SAMPLES,
    NetworkMetrics,
    compute_metrics,
    no_progress,
)
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType, Relationship
from aspdesk.io.errors import Progress
from aspdesk.ui.metrics.model import COLUMNS, ID_ROLE, MetricsTableModel
from aspdesk.ui.tables.view_selection import show_rows
from aspdesk.ui.window.background import BackgroundTask

# Above this many actors on show, figures are computed in a worker thread.
BACKGROUND_ABOVE = 1000
# Wait this long after the last change before computing again.
DEBOUNCE_MS = 250

NetworkKey = tuple[frozenset[int], frozenset[int]]


class GraphLink(Protocol):
    """What the panels need of the graph (the graph panel provides it)."""

    metrics_source: Callable[[], None] | None

    def shown_network(self) -> tuple[list[Actor], list[Relationship]]:
        """The actors and relationships on show."""
        ...

    def set_metrics(self, metrics: NetworkMetrics | None) -> None:
        """Take new figures for colours and sizes."""
        ...

    def uses_metrics(self) -> bool:
        """Whether colours or sizes follow a metric."""
        ...

    def zoom_to_actors(self, actor_ids: Sequence[int]) -> None:
        """Bring these actors into view."""
        ...


def _key(actors: Sequence[Actor], ties: Sequence[Relationship]) -> NetworkKey:
    return frozenset(a.id for a in actors if a.id is not None), frozenset(
        r.id for r in ties if r.id is not None
    )


class MetricsPanel(QWidget):
    """A note on what the figures are of, a Compute button and the table."""

    computed = Signal()  # new figures are in the table

    def __init__(
        self,
        document: Document,
        graph: GraphLink,
        rebuilt: SignalInstance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.graph = graph
        self.metrics: NetworkMetrics | None = None
        self.task: BackgroundTask | None = None
        self.background_above = BACKGROUND_ABOVE
        # Above exact_limit actors betweenness is estimated from `samples` of them.
        self.exact_limit, self.samples = EXACT_LIMIT, SAMPLES
        self._key: NetworkKey | None = None
        self._running: tuple[NetworkKey, int] | None = None
        self._ties = 0
        self._dirty = True  # a relationship changed: same ids, other figures
        self._stale = False  # out of date, waiting for someone to look
        self._again = False  # the map changed while a computation ran
        self._message = ""
        self._syncing = False

        self.model = MetricsTableModel(document, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # As wide as the header's text (no measuring of 10,000 rows); names get more.
        for column in range(len(COLUMNS)):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = header.fontMetrics().horizontalAdvance(text) + 28
            header.resizeSection(column, max(width, self.fontMetrics().horizontalAdvance("0") * 7))
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("M") * 13)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.compute_button = QPushButton(self.tr("Compute"), self)
        self.compute_button.setToolTip(self.tr("Compute the figures again for what is on show"))
        self.compute_button.clicked.connect(self.compute)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.compute_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.model.layoutChanged.connect(self._on_model_layout_changed)
        rebuilt.connect(self._on_graph_rebuilt)
        document.entities_changed.connect(self._on_document_entities_changed)
        document.selection.selection_changed.connect(self._on_selection_changed)
        graph.metrics_source = self.compute
        self._show_note()

    # -- when to compute ----------------------------------------------------------------

    def start(self) -> None:
        """Look at the map for the first time, once changes pause (the window calls this
        after its first frame: :mod:`aspdesk.ui.window.first_frame`)."""
        self._timer.start()

    def _on_graph_rebuilt(self) -> None:
        self._timer.start()

    def _on_document_entities_changed(self, type_value: str, _ids: list[int]) -> None:
        if type_value == EntityType.RELATIONSHIP.value:
            self._dirty = True
            self._timer.start()
        elif type_value == EntityType.ACTOR.value:
            self.model.refresh_labels()

    def compute_pending(self) -> bool:
        """Whether the panel will look at the network again once changes pause."""
        return self._timer.isActive()

    def _on_timer_timeout(self) -> None:
        if self.task is not None:
            self._again = True
            return
        actors, ties = self.graph.shown_network()
        key = _key(actors, ties)
        if key == self._key and not self._dirty:
            return
        wanted = self.looked_at() or self.graph.uses_metrics()
        if len(actors) > self.background_above and not wanted:
            self._stale = True
            self._show_note()
            return
        self._run(actors, ties, key)

    def follow_dock(self, dock: QDockWidget) -> None:
        """Catch up when ``dock`` (holding this panel) comes into view."""
        dock.visibilityChanged.connect(self._on_dock_visibility_changed)

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self._timer.start()

    def looked_at(self) -> bool:
        """Whether the panel is on screen (not behind another tab of its dock)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def compute(self) -> None:
        """Compute the figures for what the graph shows now (unless already under way)."""
        if self.task is None:
            actors, ties = self.graph.shown_network()
            self._run(actors, ties, _key(actors, ties))

    def _run(self, actors: list[Actor], ties: list[Relationship], key: NetworkKey) -> None:
        self._dirty = False
        exact_limit, samples = self.exact_limit, self.samples

        def work(progress: Progress) -> NetworkMetrics:
            return compute_metrics(
                actors, ties, progress=progress, exact_limit=exact_limit, samples=samples
            )

        if len(actors) <= self.background_above:
            self._apply(work(no_progress), key, len(ties))
            return

        label = self.tr("Computing network metrics for %n actor(s)…", "", len(actors))
        self.task = BackgroundTask(self.window(), label, work, only_reads=True)
        self.task.finished.connect(self._on_task_finished)
        self.task.failed.connect(self._on_task_failed)
        self.task.cancelled.connect(self._on_task_cancelled)
        self._running = (key, len(ties))
        self.compute_button.setEnabled(False)
        self._show_note()
        self.task.start()

    def _end_task(self) -> tuple[NetworkKey, int]:
        assert self.task is not None and self._running is not None
        self.task.deleteLater()
        running, self.task, self._running = self._running, None, None
        self.compute_button.setEnabled(True)
        return running

    def _on_task_finished(self, metrics: NetworkMetrics) -> None:
        key, ties = self._end_task()
        self._apply(metrics, key, ties)

    def _on_task_cancelled(self) -> None:
        self._end_task()
        self._again = False
        self._stale = True
        self._message = self.tr("Computing was cancelled.")
        self._show_note()

    def _on_task_failed(self, error: object) -> None:
        self._end_task()
        self._again = False
        self._stale = True
        self._message = self.tr("The figures could not be computed: {error}").format(error=error)
        self._show_note()

    def _apply(self, metrics: NetworkMetrics, key: NetworkKey, ties: int) -> None:
        self.metrics, self._key, self._ties = metrics, key, ties
        self._stale, self._message = False, ""
        self.model.set_metrics(metrics)
        # In and out equal "ties" when no tie has a direction: no use showing them.
        directed = bool(
            (metrics.in_degree != metrics.degree).any()
            or (metrics.out_degree != metrics.degree).any()
        )
        for code in ("in_degree", "out_degree"):
            self.view.setColumnHidden(COLUMNS.index(code), not directed)
        self._on_selection_changed()
        self._show_note()
        self.graph.set_metrics(metrics)
        self.computed.emit()
        if self._again:
            self._again = False
            self._timer.start()

    # -- what the figures are of --------------------------------------------------------

    def note_text(self) -> str:
        """The note under the table: what the figures are of, and how exact they are."""
        metrics = self.metrics
        lines = []
        if self.task is not None:
            lines.append(self.tr("Computing…"))
        elif metrics is None:
            lines.append(self.tr("No figures yet: press Compute."))
        else:
            actors = self.tr("%n actor(s)", "", len(metrics.actor_ids))
            ties = self.tr("%n tie(s)", "", self._ties)
            lines.append(
                self.tr("Figures for the {actors} and {ties} shown.").format(
                    actors=actors, ties=ties
                )
            )
            if "betweenness" in metrics.approximate:
                lines.append(
                    QCoreApplication.translate("metrics", APPROXIMATE_BETWEENNESS).format(
                        sources=metrics.betweenness_sources, actors=len(metrics.actor_ids)
                    )
                )
        if self._message:
            lines.append(self._message)
        if self._stale and metrics is not None and self.task is None:
            lines.append(
                self.tr("The map or the filter has changed since: press Compute to update.")
            )
        return "\n".join(lines)

    def _show_note(self) -> None:
        self.note.setText(self.note_text())

    # -- selection ----------------------------------------------------------------------

    def _on_view_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        if self._syncing:
            return
        chosen = self.view.selectionModel()
        refs = [Ref(EntityType.ACTOR, int(i.data(ID_ROLE))) for i in chosen.selectedRows()]
        current_index = chosen.currentIndex()
        current = None
        if current_index.isValid() and chosen.isRowSelected(current_index.row()):
            current = Ref(EntityType.ACTOR, int(current_index.data(ID_ROLE)))
        if refs or self.document.selection.selected_of(EntityType.ACTOR):
            self.document.selection.select(refs, current)

    def _on_model_layout_changed(self) -> None:
        current = self.view.selectionModel().currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    def _on_selection_changed(self) -> None:
        selection = self.document.selection
        self._syncing = True
        try:
            rows = []
            current = None
            for actor_id in selection.selected_of(EntityType.ACTOR):
                row = self.model.row_of(actor_id)
                if row < 0:
                    continue
                index = self.model.index(row, 0)
                rows.append(index)
                if selection.current == Ref(EntityType.ACTOR, actor_id):
                    current = index
            show_rows(self.view, rows, current)
        finally:
            self._syncing = False
