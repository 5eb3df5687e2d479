"""The item model of the metrics table: one row per actor on show, one column per metric.

The figures come whole from :func:`aspdesk.analysis.metrics.compute_metrics`; the model
keeps its arrays and sorts itself with numpy (numbers as numbers, names as text), so a
table of 10,000 actors sorts at once and never asks the map for anything while painting.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from aspdesk.analysis.metrics import METRIC_HELP, METRIC_NAMES, NetworkMetrics
from aspdesk.app.collation import name_key
from aspdesk.app.document import Document
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the figure itself (a number), or the text

FRACTIONS = ("betweenness", "closeness", "eigenvector")
# The figures most asked for first, so that a narrow dock shows them without scrolling.
METRIC_COLUMNS = ("degree", *FRACTIONS, "strength", "in_degree", "out_degree", "community")
COLUMNS = ("name", "kind", *METRIC_COLUMNS, "weak")

# Weak points, worst first: code -> (cell text, what it means).
WEAK_POINTS = {
    "cut": (
        QT_TRANSLATE_NOOP("MetricsTableModel", "Single point of failure"),
        QT_TRANSLATE_NOOP(
            "MetricsTableModel", "If this actor left, its part of the network would fall apart."
        ),
    ),
    "bridge": (
        QT_TRANSLATE_NOOP("MetricsTableModel", "Hangs on one tie"),
        QT_TRANSLATE_NOOP(
            "MetricsTableModel",
            "The actor's only tie is a bridge: without it the actor is cut off.",
        ),
    ),
    "isolated": (
        QT_TRANSLATE_NOOP("MetricsTableModel", "No ties"),
        QT_TRANSLATE_NOOP("MetricsTableModel", "The actor has no ties with the others on show."),
    ),
}
_WEAK_RANK = {code: n for n, code in enumerate(WEAK_POINTS)}


class MetricsTableModel(QAbstractTableModel):
    """Rows of actors with their figures, from one :class:`NetworkMetrics`."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.metrics: NetworkMetrics | None = None
        self._names: list[str] = []
        self._kinds: list[str] = []
        self._weak: list[str] = []
        self._order: NDArray[np.int64] = np.zeros(0, dtype=np.int64)  # row -> position
        self._row_of: dict[int, int] = {}
        self._locale = QLocale(document.language)
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_metrics(self, metrics: NetworkMetrics | None) -> None:
        """Show these figures (None: an empty table), in the current sort order."""
        self.beginResetModel()
        self.metrics = metrics
        ids = metrics.actor_ids if metrics is not None else ()
        cut = set(metrics.articulation_points) if metrics is not None else set()
        bridged = {a for pair in metrics.bridges for a in pair} if metrics is not None else set()
        lone = set(metrics.isolated) if metrics is not None else set()
        self._weak = [
            "cut" if a in cut else "bridge" if a in bridged else "isolated" if a in lone else ""
            for a in ids
        ]
        self._read_labels()
        self._order = self._sorted(self.sort_column, self.sort_order)
        self._reindex()
        self.endResetModel()

    def refresh_labels(self) -> None:
        """Read names and kinds again (an actor was renamed or changed kind)."""
        if self.metrics is None or not self._names:
            return
        self._read_labels()
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 1))

    def _read_labels(self) -> None:
        self._names, self._kinds = [], []
        index = self.document.index
        for actor_id in self.metrics.actor_ids if self.metrics is not None else ():
            actor = index.get(EntityType.ACTOR, actor_id)
            if isinstance(actor, Actor):
                self._names.append(actor.display_name)
                self._kinds.append(self.document.label(Vocabulary.ACTOR_KIND, actor.kind))
            else:  # removed since the figures were computed; they are recomputed soon
                self._names.append("")
                self._kinds.append("")

    def _reindex(self) -> None:
        ids = self.metrics.actor_ids if self.metrics is not None else ()
        self._row_of = {ids[p]: row for row, p in enumerate(self._order.tolist())}

    def row_of(self, actor_id: int) -> int:
        """The row of ``actor_id``, or -1."""
        return self._row_of.get(actor_id, -1)

    def actor_id(self, row: int) -> int:
        """The actor shown in ``row``."""
        assert self.metrics is not None
        return self.metrics.actor_ids[int(self._order[row])]

    # -- sorting ------------------------------------------------------------------------

    def _sorted(self, column: int, order: Qt.SortOrder) -> NDArray[np.int64]:
        metrics = self.metrics
        if metrics is None:
            return np.zeros(0, dtype=np.int64)
        code = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if code in METRIC_NAMES:
            values = metrics.column(code).astype(np.float64)
            # Stable both ways: equal figures keep their order by name.
            by_name = self._sorted(0, Qt.SortOrder.AscendingOrder)
            keys = -values[by_name] if descending else values[by_name]
            return by_name[np.argsort(keys, kind="stable")]
        texts: list[Any]
        if code == "weak":
            texts = [
                (_WEAK_RANK.get(w, len(_WEAK_RANK)), name_key(n))
                for w, n in zip(self._weak, self._names, strict=True)
            ]
        else:
            texts = [name_key(t) for t in (self._names if code == "name" else self._kinds)]
        positions = sorted(range(len(texts)), key=texts.__getitem__, reverse=descending)
        return np.asarray(positions, dtype=np.int64)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``; selections follow their actors."""
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column, self.sort_order = column, order
        if self.metrics is None:
            return
        self.layoutAboutToBeChanged.emit()
        kept = [(p, self.actor_id(p.row())) for p in self.persistentIndexList()]
        self._order = self._sorted(column, order)
        self._reindex()
        for old, actor_id in kept:
            self.changePersistentIndex(old, self.index(self._row_of[actor_id], old.column()))
        self.layoutChanged.emit()

    # -- Qt's model interface -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        metrics = self.metrics
        if not index.isValid() or metrics is None:
            return None
        position = int(self._order[index.row()])
        code = COLUMNS[index.column()]
        if role == ID_ROLE:
            return metrics.actor_ids[position]
        if role == Qt.ItemDataRole.TextAlignmentRole and code in METRIC_NAMES:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if code in METRIC_NAMES:
            value = metrics.column(code)[position].item()
            if role == VALUE_ROLE:
                return value
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if code == "community":
                    return str(value + 1)
                if code in FRACTIONS:
                    return self._locale.toString(float(value), "f", 3)
                return self._locale.toString(int(value))
            return None
        if code == "weak":
            weak = self._weak[position]
            texts = WEAK_POINTS.get(weak, ("", ""))
            if role in (Qt.ItemDataRole.DisplayRole, VALUE_ROLE):
                return QCoreApplication.translate("MetricsTableModel", texts[0]) if weak else ""
            if role == Qt.ItemDataRole.ToolTipRole and weak:
                return QCoreApplication.translate("MetricsTableModel", texts[1])
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, VALUE_ROLE):
            return (self._names if code == "name" else self._kinds)[position]
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        code = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if code in METRIC_NAMES:
                return QCoreApplication.translate("metrics", METRIC_NAMES[code])
            headers = {
                "name": self.tr("Actor"),
                "kind": self.tr("Kind"),
                "weak": self.tr("Weak point"),
            }
            return headers[code]
        if role == Qt.ItemDataRole.ToolTipRole:
            if code in METRIC_HELP:
                return QCoreApplication.translate("metrics", METRIC_HELP[code])
            if code == "weak":
                return self.tr(
                    "Where the network would break: actors whose leaving would split it, "
                    "actors tied in by a single tie, and actors without ties."
                )
        return None
