"""Item models that list the map's entities for the tables.

A model reads its rows from the document's index when the document reports a change of
its entity type (or of the actors, clusters, projects and partners its cells show) and
keeps every cell's text, so painting and sorting never go back to the file. The columns
are in :mod:`aspdesk.ui.tables.columns`.
"""

from __future__ import annotations

from collections.abc import Callable
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

from aspdesk.app.collation import name_key
from aspdesk.app.document import Document
from aspdesk.domain.entities import (
    NAME_FIELDS,
    Cluster,
    Entity,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.ui.tables.columns import COLUMNS, Names

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # a row's text, case-folded (SearchProxyModel)
AnyIndex = QModelIndex | QPersistentModelIndex


Key = tuple[EntityType, int]


def _references(entity: Entity, names: Names) -> set[Key]:
    """The actors, clusters and projects whose names a row of ``entity`` shows."""
    if isinstance(entity, Relationship):
        return {(EntityType.ACTOR, entity.source_id), (EntityType.ACTOR, entity.target_id)}
    if isinstance(entity, Membership):
        return {(EntityType.ACTOR, entity.actor_id), (EntityType.CLUSTER, entity.cluster_id)}
    if isinstance(entity, Cluster) and entity.coordinator_id is not None:
        return {(EntityType.ACTOR, entity.coordinator_id)}
    if isinstance(entity, ProjectPartner):
        return {(EntityType.ACTOR, entity.actor_id), (EntityType.PROJECT, entity.project_id)}
    if isinstance(entity, Project):
        partners = names.partners(entity.id)
        return {(EntityType.CLUSTER, c) for c in entity.cluster_ids} | {
            (EntityType.ACTOR, p.actor_id) for p in partners
        }
    return set()


# The types whose names other rows show.
_NAMED_TYPES = (EntityType.ACTOR, EntityType.CLUSTER, EntityType.PROJECT)


# Past this many changed rows, one reset is cheaper than row-by-row signals.
_RESET_THRESHOLD = 300


def _in_order(first: Any, second: Any, descending: bool) -> bool:
    """Whether ``first`` may stand before ``second``. Only ``<`` is asked of the keys:
    a name's collation key (:func:`aspdesk.app.collation.name_key`) has no other."""
    if descending:
        first, second = second, first
    return not second < first


_UNSET = object()


class _Row:
    """One entity's row. Its cells, sort keys and search text are made when first asked
    for: a table of 30,000 ties shows some thirty rows and sorts by one column, and making
    all ten cells and keys of every row cost 5 of the 10,000-actor window's first seconds."""

    __slots__ = ("cells", "entity", "keys", "search")

    def __init__(self, entity: Entity, width: int) -> None:
        self.entity = entity
        self.cells: list[str | None] = [None] * width
        self.keys: list[Any] = [_UNSET] * width
        self.search: str | None = None


class EntityTableModel(QAbstractTableModel):
    """The rows of one entity type, optionally narrowed by ``row_filter``, kept sorted.

    Rows come from the document's index and are updated row by row as the document
    reports changes, so an edit repaints one row instead of re-reading the table. The model
    sorts itself with Python's sort on precomputed keys: a proxy sorting 6,000 rows would
    call :meth:`data` hundreds of thousands of times. Cells are plain text (the default
    delegate never interprets markup), so an actor named ``<b>Oy</b>`` shows exactly that.
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
        self.names = Names(document)
        self.row_filter: Callable[[Entity], bool] | None = None
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._loaded_rows: list[_Row] | None = None  # None: made when first asked for
        self._count: int | None = None  # of rows passing the filter, while none is made
        self._row_of: dict[int, int] = {}
        document.entities_changed.connect(self._on_document_entities_changed)

    @property
    def _rows(self) -> list[_Row]:
        # Made when a view first shows a row or a caller asks for one, not when a view is
        # attached (which only counts them): the Tables dock shows one tab at a time, and
        # making and sorting the rows of the others (30,000 ties, 10,000 memberships) cost
        # 0.6 s of the 10,000-actor window's start.
        if self._loaded_rows is None:
            self._loaded_rows = self._ordered(self._wanted_rows())
            self._reindex()
        return self._loaded_rows

    @_rows.setter
    def _rows(self, rows: list[_Row]) -> None:
        self._loaded_rows = rows

    def _recount(self) -> None:
        """Rows not made yet are made from the index as it is then; a view that has counted
        them (all it can have done) counts again."""
        self._count = None
        self.beginResetModel()
        self.endResetModel()

    def _wanted_rows(self) -> list[_Row]:
        return [
            self._make_row(e) for e in self.document.index.all(self.entity_type) if self._keeps(e)
        ]

    def set_row_filter(self, row_filter: Callable[[Entity], bool] | None) -> None:
        """Show only the entities for which ``row_filter`` is true (None: all)."""
        self.row_filter = row_filter
        if self._loaded_rows is None:
            self._recount()
        else:
            self.reload()

    def _keeps(self, entity: Entity | None) -> bool:
        return entity is not None and (self.row_filter is None or self.row_filter(entity))

    def _make_row(self, entity: Entity) -> _Row:
        return _Row(entity, len(self.columns))

    def _cell(self, row: _Row, column: int) -> str:
        cell = row.cells[column]
        if cell is None:
            cell = row.cells[column] = self.columns[column].text(self.names, row.entity)
        return cell

    def _key_of(self, row: _Row, column: int) -> Any:
        key = row.keys[column]
        if key is _UNSET:
            sort = self.columns[column].sort
            key = sort(self.names, row.entity) if sort else name_key(self._cell(row, column))
            row.keys[column] = key
        return key

    def _key(self, row: _Row) -> Any:
        return self._key_of(row, self.sort_column)

    def _ordered(self, rows: list[_Row]) -> list[_Row]:
        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._key, reverse=reverse)

    def _reindex(self) -> None:
        self._row_of = {r.entity.id: n for n, r in enumerate(self._rows) if r.entity.id is not None}

    def reload(self) -> None:
        """Build every row again from the document's index."""
        rows = self._wanted_rows()
        self.beginResetModel()
        self._rows = self._ordered(rows)
        self._reindex()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``; selections and current rows follow their rows."""
        if not 0 <= column < len(self.columns):
            return
        self.sort_column, self.sort_order = column, order
        if self._loaded_rows is None:
            return  # no row is shown yet: they are made in this order when first asked for
        self.layoutAboutToBeChanged.emit()
        old_rows = {id(row): n for n, row in enumerate(self._rows)}
        self._rows = self._ordered(self._rows)
        new_of_old = {old_rows[id(row)]: n for n, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_of_old[i.row()], i.column()) for i in persistent]
        )
        self._reindex()
        self.layoutChanged.emit()

    def _on_document_entities_changed(self, type_value: str, ids: list[int]) -> None:
        if self._loaded_rows is None:
            self._recount()
            return
        entity_type = EntityType(type_value)
        if entity_type is self.entity_type:
            if len(ids) > _RESET_THRESHOLD:
                self.reload()
                return
            for entity_id in ids:
                self._update_row(entity_id)
        if entity_type in _NAMED_TYPES:
            changed = {(entity_type, entity_id) for entity_id in ids}
            self._remake_rows(lambda e: bool(changed & _references(e, self.names)))
        if entity_type is EntityType.PROJECT_PARTNER and self.entity_type is EntityType.PROJECT:
            # Partner counts and lead partners; a removed partner's project is no longer
            # known, and a map has few projects, so every project row is made again.
            self._remake_rows(lambda _e: True)

    def _remake_rows(self, wanted: Callable[[Entity], bool]) -> None:
        """Make the rows of the entities ``wanted`` picks again, then sort once if needed."""
        unsorted = False
        for n, row in enumerate(self._rows):
            if wanted(row.entity):
                self._rows[n] = self._make_row(row.entity)
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.columns) - 1))
                unsorted = unsorted or not self._in_order_at(n)
        if unsorted:
            self.sort(self.sort_column, self.sort_order)

    def _in_order_at(self, n: int) -> bool:
        key = self._key(self._rows[n])
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        before = n == 0 or _in_order(self._key(self._rows[n - 1]), key, descending)
        after = n == len(self._rows) - 1 or _in_order(key, self._key(self._rows[n + 1]), descending)
        return before and after

    def _replace_row(self, n: int, entity: Entity) -> None:
        self._rows[n] = self._make_row(entity)
        self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.columns) - 1))
        if not self._in_order_at(n):
            self.sort(self.sort_column, self.sort_order)

    def _insert_position(self, row: _Row) -> int:
        key = self._key(row)
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        for n, other in enumerate(self._rows):
            other_key = self._key(other)
            if (other_key < key) if descending else (key < other_key):
                return n
        return len(self._rows)

    def _update_row(self, entity_id: int) -> None:
        entity = self.document.index.get(self.entity_type, entity_id)
        n = self._row_of.get(entity_id)
        if entity is not None and self._keeps(entity):
            if n is not None:
                self._replace_row(n, entity)
                return
            row = self._make_row(entity)
            n = self._insert_position(row)
            self.beginInsertRows(QModelIndex(), n, n)
            self._rows.insert(n, row)
            self._reindex()
            self.endInsertRows()
        elif n is not None:
            self.beginRemoveRows(QModelIndex(), n, n)
            del self._rows[n]
            self._reindex()
            self.endRemoveRows()

    def row_of(self, entity_id: int) -> int:
        """The row of entity ``entity_id``, or -1."""
        return self._row_of.get(entity_id, -1) if self._rows else -1

    def search_text(self, row: int) -> str:
        """All of a row's text, case-folded, for searching."""
        found = self._rows[row]
        if found.search is None:
            cells = [self._cell(found, n) for n in range(len(self.columns))]
            # Every name of an actor or a cluster is searched, not only the one on show.
            other_names = [getattr(found.entity, field, "") for field in NAME_FIELDS]
            found.search = "\n".join([*cells, *other_names]).casefold()
        return found.search

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        if self._loaded_rows is None:
            if self.row_filter is None:
                return self.document.index.count(self.entity_type)  # Qt asks often
            if self._count is None:
                entities = self.document.index.all(self.entity_type)
                self._count = sum(1 for e in entities if self._keeps(e))
            return self._count
        return len(self._loaded_rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(row, index.column())
        if role == ID_ROLE:
            return row.entity.id
        if role == SORT_ROLE:
            return self._key_of(row, index.column())
        if role == SEARCH_ROLE:
            return self.search_text(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
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
    """Keeps the rows whose text contains the search; sorting is left to the source model.

    The source model sorts itself (see :class:`EntityTableModel`); this proxy passes a
    view's sort request on and keeps the source's order.

    The search is Qt's own fixed-string filter over :data:`SEARCH_ROLE`, the row's text
    case-folded by Python, matched case-sensitively against the search case-folded the
    same way (so "strasse" finds "Straße" as Python's ``in`` did). Without a search Qt
    accepts every row without asking Python: an override of ``filterAcceptsRow`` was
    called once per row as a table was shown, 45,000 times on a 10,000-actor map.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)

    def set_search(self, text: str) -> None:
        """Keep only rows containing ``text`` (any case); "" keeps all."""
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self.setFilterFixedString(needle)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, EntityTableModel):
            source.sort(column, order)
