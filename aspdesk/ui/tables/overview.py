"""The cluster overview: for each cluster, its members and which roles of the model it lacks.

The cluster model names the roles a working cluster fills (member companies, funders,
support services, research and education, the third sector, international links,
authorities, a coordinator). The overview counts members and says in words which roles
nobody fills yet, which is what a coordinator looks for first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from aspdesk.app.collation import name_key
from aspdesk.app.document import Document
from aspdesk.app.style_marks import make_title
from aspdesk.domain.entities import Cluster, EntityType, Membership
from aspdesk.domain.vocabulary import Vocabulary

AnyIndex = QModelIndex | QPersistentModelIndex
_GAP_BACKGROUND = QColor("#FBE3D6")
_GAP_TEXT = QColor("#7A2E0B")


class RoleCoverageModel(QAbstractTableModel):
    """One row per cluster: name, members, roles filled, missing roles."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: list[tuple[str, int, int, list[str], str]] = []
        self._role_count = 0
        self.reload()
        document.entities_changed.connect(self._on_document_entities_changed)

    def reload(self) -> None:
        """Count again from the map."""
        index = self.document.index
        roles = self.document.terms(Vocabulary.CLUSTER_ROLE)
        language = self.document.language
        by_cluster: dict[int, dict[str, set[int]]] = {}
        for membership in index.all(EntityType.MEMBERSHIP):
            assert isinstance(membership, Membership)
            roles_filled = by_cluster.setdefault(membership.cluster_id, {})
            roles_filled.setdefault(membership.role, set()).add(membership.actor_id)
        rows = []
        clusters = [c for c in index.all(EntityType.CLUSTER) if isinstance(c, Cluster)]
        for cluster in sorted(clusters, key=lambda c: name_key(c.name)):
            filled = by_cluster.get(cluster.id or 0, {})
            members = set().union(*filled.values()) if filled else set()
            missing = [t.label(language) for t in roles if t.code not in filled]
            counts = [f"{t.label(language)}: {len(filled.get(t.code, ()))}" for t in roles]
            detail = "\n".join([cluster.name, *counts])
            rows.append(
                (cluster.display_name, len(members), len(roles) - len(missing), missing, detail)
            )
        self.beginResetModel()
        self._rows = rows
        self._role_count = len(roles)
        self.endResetModel()

    def _on_document_entities_changed(self, type_value: str, _ids: list[int]) -> None:
        if type_value in (EntityType.CLUSTER.value, EntityType.MEMBERSHIP.value):
            self.reload()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, members, filled, missing, detail = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return name
            if column == 1:
                return str(members)
            if column == 2:
                return self.tr("{filled} of {total}").format(filled=filled, total=self._role_count)
            return ", ".join(missing) if missing else self.tr("All roles filled")
        if role == Qt.ItemDataRole.ToolTipRole:
            return detail
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return Qt.AlignmentFlag.AlignCenter
        if column == 3 and missing and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_GAP_BACKGROUND)
        if column == 3 and missing and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_GAP_TEXT)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [
            self.tr("Cluster"),
            self.tr("Members"),
            self.tr("Roles filled"),
            self.tr("Missing roles"),
        ]
        return headers[section] if 0 <= section < len(headers) else None


class ClusterOverview(QWidget):
    """A heading, a note and the role-coverage table."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Clusters and the cluster model"), self)
        make_title(heading)
        note = QLabel(
            self.tr(
                "Each cluster's members and the roles of the cluster model that nobody fills "
                "yet. Hover over a row to see how many members fill each role."
            ),
            self,
        )
        note.setWordWrap(True)
        self.model = RoleCoverageModel(document, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
