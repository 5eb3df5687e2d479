"""The graph's filter: which clusters, actor kinds and relationship types to show, a date,
and the network of one project; and whether projects are shown at all.

It opens under the Filter button inside the screen (:func:`aspdesk.app.on_screen.place_popup`);
on a screen too small for it, its content scrolls. It had opened at the button's corner
and ran past the screen's right edge, taking "Relationship types" and "Show everything".
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.collation import name_key
from aspdesk.app.document import Document
from aspdesk.app.on_screen import place_popup
from aspdesk.app.style_marks import show_as_error
from aspdesk.domain.dates import format_date, parse_date
from aspdesk.domain.entities import Cluster, EntityType, Project
from aspdesk.domain.languages import writes_finnish_formats
from aspdesk.domain.vocabulary import Vocabulary

LIST_WIDTH = 200  # the least width of a list of clusters, kinds or types


class FilterPopup(QFrame):
    """Tick lists, a date and a project; every change is applied at once through
    ``filter_changed``. The "Show projects" box is the graph panel's to follow."""

    filter_changed = Signal(object)  # GraphFilter

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.document = document
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.hidden: frozenset[int] = frozenset()
        self.body = QWidget(self)
        grid = QGridLayout(self.body)
        self.clusters = self._list(grid, 0, self.tr("Clusters"))
        self.kinds = self._list(grid, 1, self.tr("Actor kinds"))
        self.types = self._list(grid, 2, self.tr("Relationship types"))
        grid.addWidget(QLabel(self.tr("Network as of (date):"), self.body), 2, 0)
        self.date = QLineEdit(self.body)
        self.date.setPlaceholderText(
            self.tr("e.g. {example}").format(
                example="1.3.2016" if writes_finnish_formats(document.language) else "2016-03-01"
            )
        )
        self.date.setClearButtonEnabled(True)
        self.date.editingFinished.connect(self._on_changed)
        grid.addWidget(self.date, 2, 1)
        self.date_error = QLabel(self.body)
        show_as_error(self.date_error)
        self.date_error.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.date_error, 3, 1)
        self.reset_button = QPushButton(self.tr("Show everything"), self.body)
        self.reset_button.clicked.connect(self.reset)
        grid.addWidget(self.reset_button, 2, 2)
        # Read by the graph panel, as an option of the picture rather than of the filter.
        self.show_projects = QCheckBox(self.tr("Show projects"), self.body)
        self.show_projects.setToolTip(self.tr("Show projects as hubs joined to their partners"))
        grid.addWidget(self.show_projects, 4, 0)
        grid.addWidget(QLabel(self.tr("Only the network of the project:"), self.body), 5, 0)
        self.project = QComboBox(self.body)
        self.project.setToolTip(
            self.tr("Show only this project, its partners and the actors tied to them")
        )
        # Sized to the longest project name, one long name widened the popup past the screen.
        self.project.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.project.setMinimumContentsLength(24)
        self.project.currentIndexChanged.connect(self._on_changed)
        grid.addWidget(self.project, 5, 1, 1, 2)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # All of the content: a scroll area alone asks for a fixed, smaller size.
        frame = 2 * self.frameWidth()
        return self.body.sizeHint() + QSize(frame, frame)

    def open_at(self, anchor: QRect) -> None:
        """Open under the button at ``anchor`` (global), inside the screen."""
        place_popup(self, anchor)
        self.show()

    def _list(self, grid: QGridLayout, column: int, title: str) -> QListWidget:
        grid.addWidget(QLabel(title, self.body), 0, column)
        widget = QListWidget(self.body)
        widget.setMinimumWidth(LIST_WIDTH)
        widget.itemChanged.connect(self._on_changed)
        grid.addWidget(widget, 1, column)
        return widget

    @staticmethod
    def _fill(
        widget: QListWidget, entries: Iterable[tuple[str, object]], keep: set[object] | None
    ) -> None:
        widget.blockSignals(True)
        widget.clear()
        for label, value in entries:
            item = QListWidgetItem(label, widget)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = keep is None or value in keep
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.blockSignals(False)
        # Wide enough for its longest name, within reason: a long kind ("Kehittämisyhtiö
        # tai elinkeinoelämän tukipalvelu") was cut under a scroll bar.
        bar = widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = widget.sizeHintForColumn(0) + 2 * widget.frameWidth() + bar + 4
        widest = widget.fontMetrics().averageCharWidth() * 64
        widget.setMinimumWidth(max(LIST_WIDTH, min(wanted, widest)))

    def refresh(self, current: GraphFilter | None = None) -> None:
        """Fill the lists from the map, ticked as ``current`` says."""
        current = current or GraphFilter()
        language = self.document.language
        clusters = [
            (c.name, c.id)
            for c in self.document.index.all(EntityType.CLUSTER)
            if isinstance(c, Cluster)
        ]
        self._fill(
            self.clusters, clusters, set(current.clusters) if current.clusters is not None else None
        )
        self._fill(
            self.kinds,
            ((t.label(language), t.code) for t in self.document.terms(Vocabulary.ACTOR_KIND)),
            set(current.kinds) if current.kinds is not None else None,
        )
        self._fill(
            self.types,
            ((t.label(language), t.code) for t in self.document.terms(Vocabulary.RELATION_TYPE)),
            set(current.types) if current.types is not None else None,
        )
        self.date.setText(format_date(current.as_of, language))
        self.hidden = current.hidden
        self._fill_projects(current.project)

    def _fill_projects(self, current: int | None) -> None:
        projects = [
            p for p in self.document.index.all(EntityType.PROJECT) if isinstance(p, Project)
        ]
        projects.sort(key=lambda p: (name_key(p.display_name), p.id or 0))
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("(any: no project filter)"), None)
        for project in projects:
            both = project.acronym and project.name and project.acronym != project.name
            text = f"{project.acronym} – {project.name}" if both else project.display_name
            self.project.addItem(text, project.id)
        self.project.setCurrentIndex(max(self.project.findData(current), 0))
        self.project.setEnabled(bool(projects))
        self.project.blockSignals(False)

    @staticmethod
    def _ticked(widget: QListWidget) -> frozenset[object] | None:
        values = []
        for row in range(widget.count()):
            item = widget.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                values.append(item.data(Qt.ItemDataRole.UserRole))
        return None if len(values) == widget.count() else frozenset(values)

    def current_filter(self) -> GraphFilter | None:
        """The filter as ticked, or None while the date cannot be read."""
        try:
            as_of = parse_date(self.date.text())
        except ValueError:
            self.date_error.setText(self.tr("Write the date as 1.3.2016 or 2016-03-01."))
            return None
        self.date_error.setText("")
        return GraphFilter(
            clusters=self._ticked(self.clusters),  # type: ignore[arg-type]
            kinds=self._ticked(self.kinds),  # type: ignore[arg-type]
            types=self._ticked(self.types),  # type: ignore[arg-type]
            as_of=as_of,
            hidden=self.hidden,
            project=self.project.currentData(),
        )

    def _on_changed(self, *_args: object) -> None:
        graph_filter = self.current_filter()
        if graph_filter is not None:
            self.filter_changed.emit(graph_filter)

    def reset(self) -> None:
        """Show every actor and tie again."""
        self.refresh(GraphFilter())
        self.filter_changed.emit(GraphFilter())
