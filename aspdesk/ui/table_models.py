"""Item models that list the map's entities for the tables.

A model reads its rows from the store when the document reports a change of its entity
type (or of the actors and clusters whose names it shows) and keeps every cell's text,
so painting and sorting never go back to the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from aspdesk.app.document import Document
from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import Entity, EntityType, format_tags
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Names:
    """What a cell may need besides its own entity: labels and other entities' names."""

    document: Document
    actors: dict[int, str]
    clusters: dict[int, str]

    def label(self, vocabulary: Vocabulary, code: str) -> str:
        """The label of a code in the UI language."""
        return self.document.label(vocabulary, code)

    def date(self, value: Any) -> str:
        """A date as the UI language writes it."""
        return format_date(value, self.document.language)


@dataclass(frozen=True)
class Column:
    """A table column: its translatable header, shown text and (optional) sort key."""

    header: str
    text: Callable[[Names, Any], str]
    sort: Callable[[Any], Any] | None = None


def _date_column(header: str, attribute: str) -> Column:
    return Column(
        header,
        lambda n, e: n.date(getattr(e, attribute)),
        lambda e: str(getattr(e, attribute) or ""),
    )


COLUMNS: dict[EntityType, tuple[Column, ...]] = {
    EntityType.ACTOR: (
        Column(QT_TRANSLATE_NOOP("tables", "Name"), lambda n, a: a.name),
        Column(QT_TRANSLATE_NOOP("tables", "Short name"), lambda n, a: a.short_name),
        Column(
            QT_TRANSLATE_NOOP("tables", "Kind"),
            lambda n, a: n.label(Vocabulary.ACTOR_KIND, a.kind),
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Municipality"), lambda n, a: a.municipality),
        Column(QT_TRANSLATE_NOOP("tables", "Country"), lambda n, a: a.country),
        Column(QT_TRANSLATE_NOOP("tables", "Business ID"), lambda n, a: a.business_id),
        Column(QT_TRANSLATE_NOOP("tables", "Tags"), lambda n, a: format_tags(a.tags)),
    ),
    EntityType.CLUSTER: (
        Column(QT_TRANSLATE_NOOP("tables", "Name"), lambda n, c: c.name),
        Column(QT_TRANSLATE_NOOP("tables", "Short name"), lambda n, c: c.short_name),
        Column(QT_TRANSLATE_NOOP("tables", "Theme"), lambda n, c: c.theme),
        Column(
            QT_TRANSLATE_NOOP("tables", "Coordinator"),
            lambda n, c: n.actors.get(c.coordinator_id, ""),
        ),
        _date_column(QT_TRANSLATE_NOOP("tables", "Start"), "start_date"),
    ),
    EntityType.RELATIONSHIP: (
        Column(QT_TRANSLATE_NOOP("tables", "From"), lambda n, r: n.actors.get(r.source_id, "")),
        Column(QT_TRANSLATE_NOOP("tables", "To"), lambda n, r: n.actors.get(r.target_id, "")),
        Column(
            QT_TRANSLATE_NOOP("tables", "Type"),
            lambda n, r: n.label(Vocabulary.RELATION_TYPE, r.type),
        ),
        Column(QT_TRANSLATE_NOOP("tables", "Directed"), lambda n, r: "→" if r.directed else ""),
        Column(
            QT_TRANSLATE_NOOP("tables", "Strength"),
            lambda n, r: str(r.strength),
            lambda r: r.strength,
        ),
        _date_column(QT_TRANSLATE_NOOP("tables", "Last verified"), "last_verified"),
    ),
    EntityType.CONTACT: (
        Column(QT_TRANSLATE_NOOP("tables", "Name"), lambda n, c: c.name),
        Column(QT_TRANSLATE_NOOP("tables", "Title"), lambda n, c: c.title),
        Column(QT_TRANSLATE_NOOP("tables", "Email"), lambda n, c: c.email),
        Column(QT_TRANSLATE_NOOP("tables", "Phone"), lambda n, c: c.phone),
    ),
    EntityType.MEMBERSHIP: (
        Column(QT_TRANSLATE_NOOP("tables", "Actor"), lambda n, m: n.actors.get(m.actor_id, "")),
        Column(
            QT_TRANSLATE_NOOP("tables", "Cluster"),
            lambda n, m: n.clusters.get(m.cluster_id, ""),
        ),
        Column(
            QT_TRANSLATE_NOOP("tables", "Role"),
            lambda n, m: n.label(Vocabulary.CLUSTER_ROLE, m.role),
        ),
        _date_column(QT_TRANSLATE_NOOP("tables", "Since"), "since"),
        _date_column(QT_TRANSLATE_NOOP("tables", "Until"), "until"),
    ),
}

# Types whose names other tables show: a change to them refreshes those tables too.
_NAMED_TYPES = {EntityType.ACTOR.value, EntityType.CLUSTER.value}


class EntityTableModel(QAbstractTableModel):
    """The rows of one entity type, optionally narrowed by ``row_filter``.

    Cells are plain text (the default delegate never interprets markup), so an actor named
    ``<b>Oy</b>`` shows exactly those characters.
    """

    def __init__(
        self,
        document: Document,
        entity_type: EntityType,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.entity_type = entity_type
        self.columns = COLUMNS[entity_type]
        self.row_filter: Callable[[Entity], bool] | None = None
        self._ids: list[int] = []
        self._cells: list[list[str]] = []
        self._sort_keys: list[list[Any]] = []
        self.reload()
        document.entities_changed.connect(self._on_document_entities_changed)

    def set_row_filter(self, row_filter: Callable[[Entity], bool] | None) -> None:
        """Show only the entities for which ``row_filter`` is true (None: all)."""
        self.row_filter = row_filter
        self.reload()

    def reload(self) -> None:
        """Read the rows again from the map."""
        store = self.document.store
        names = Names(
            self.document,
            {a.id: a.display_name for a in store.actors() if a.id is not None},
            {c.id: c.display_name for c in store.clusters() if c.id is not None},
        )
        entities = [
            e for e in store.all(self.entity_type) if self.row_filter is None or self.row_filter(e)
        ]
        self.beginResetModel()
        self._ids = [e.id for e in entities if e.id is not None]
        self._cells = [[column.text(names, e) for column in self.columns] for e in entities]
        self._sort_keys = [
            [column.sort(e) if column.sort else None for column in self.columns] for e in entities
        ]
        self.endResetModel()

    def _on_document_entities_changed(self, type_value: str, _ids: list[int]) -> None:
        if type_value == self.entity_type.value or type_value in _NAMED_TYPES:
            self.reload()

    def id_at(self, row: int) -> int:
        """The id of the entity in ``row``."""
        return self._ids[row]

    def row_of(self, entity_id: int) -> int:
        """The row of entity ``entity_id``, or -1."""
        try:
            return self._ids.index(entity_id)
        except ValueError:
            return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[row][column]
        if role == ID_ROLE:
            return self._ids[row]
        if role == SORT_ROLE:
            key = self._sort_keys[row][column]
            return self._cells[row][column].casefold() if key is None else key
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate("tables", self.columns[section].header)
        return None


class SearchProxyModel(QSortFilterProxyModel):
    """Sorts by each column's sort key and keeps rows whose text contains the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
