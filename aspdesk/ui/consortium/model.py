"""The candidate consortium of the builder: actors of the map, each in one role.

The model keeps only (actor id, role) pairs; names, countries, kinds and PICs are read
from the document's index whenever a cell is drawn, so an edit of an actor in the main
window shows here at once, and an actor deleted from the map leaves the consortium (and
comes back with it on undo only if the user adds it again). Roles are edited in place
with a combo box (:class:`RoleDelegate`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from aspdesk.analysis.consortium.builder import Partner, partner_from_actor
from aspdesk.analysis.consortium.rules import ROLES
from aspdesk.app.document import Document
from aspdesk.domain.country_names import country_with_code
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("ConsortiumModel", "Organisation"),
    QT_TRANSLATE_NOOP("ConsortiumModel", "Country"),
    QT_TRANSLATE_NOOP("ConsortiumModel", "Kind"),
    QT_TRANSLATE_NOOP("ConsortiumModel", "PIC"),
    QT_TRANSLATE_NOOP("ConsortiumModel", "Role"),
)
ORGANISATION, COUNTRY, KIND, PIC, ROLE = range(len(HEADERS))


class ConsortiumModel(QAbstractTableModel):
    """The partners of the candidate consortium, in the order they were added.

    ``consortium_changed`` is emitted after every change of who is in it or in which
    role (not when only an actor's details changed in the map).
    """

    consortium_changed = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._members: list[tuple[int, str]] = []

    # -- reading ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("ConsortiumModel", HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        actor_id, partner_role = self._members[index.row()]
        if role == ID_ROLE:
            return actor_id
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == ROLE:
            return partner_role
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        actor = self._actor(actor_id)
        if actor is None:
            return None
        language = self.document.language
        if column == ORGANISATION:
            if role == Qt.ItemDataRole.ToolTipRole and actor.short_name:
                return actor.name
            return actor.display_name
        if column == COUNTRY:
            return country_with_code(actor.country, language)
        if column == KIND:
            return self.document.label(Vocabulary.ACTOR_KIND, actor.kind)
        if column == PIC:
            return actor.pic
        if column == ROLE:
            return self.document.label(Vocabulary.PARTNER_ROLE, partner_role)
        return None

    def _actor(self, actor_id: int) -> Actor | None:
        actor = self.document.index.get(EntityType.ACTOR, actor_id)
        return actor if isinstance(actor, Actor) else None

    @property
    def members(self) -> list[tuple[int, str]]:
        """(actor id, role code) of each partner, in the table's order."""
        return list(self._members)

    def actor_ids(self) -> list[int]:
        """The actors in the consortium."""
        return [actor_id for actor_id, _role in self._members]

    def actors_with_roles(self) -> list[tuple[Actor, str]]:
        """Each partner's actor (as the map holds it now) and role."""
        found = []
        for actor_id, role in self._members:
            actor = self._actor(actor_id)
            if actor is not None:
                found.append((actor, role))
        return found

    def partners(self) -> list[Partner]:
        """The consortium as the rule checks take it."""
        return [partner_from_actor(actor, role) for actor, role in self.actors_with_roles()]

    def row_of(self, actor_id: int) -> int:
        """The row of ``actor_id``, or -1."""
        return next((n for n, (a, _r) in enumerate(self._members) if a == actor_id), -1)

    # -- changing -----------------------------------------------------------------------

    def setData(  # noqa: N802 - Qt override
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != ROLE:
            return False
        return self.set_role(index.row(), str(value))

    def set_role(self, row: int, role: str) -> bool:
        """Give the partner in ``row`` the role ``role`` (a code of ROLES)."""
        if role not in ROLES or not 0 <= row < len(self._members):
            return False
        actor_id, old = self._members[row]
        if old == role:
            return True
        self._members[row] = (actor_id, role)
        changed = self.index(row, ROLE)
        self.dataChanged.emit(changed, changed)
        self.consortium_changed.emit()
        return True

    def add(self, actor_id: int, role: str | None = None) -> bool:
        """Add an actor of the map; False when it is not in the map or already in.

        Without ``role``, the first actor added is the coordinator (a consortium needs
        one, usually the organisation that starts it) and the others are partners.
        """
        if self._actor(actor_id) is None or self.row_of(actor_id) >= 0:
            return False
        if role is None:
            role = "partner" if self._members else "coordinator"
        row = len(self._members)
        self.beginInsertRows(QModelIndex(), row, row)
        self._members.append((actor_id, role))
        self.endInsertRows()
        self.consortium_changed.emit()
        return True

    def remove_rows(self, rows: Iterable[int]) -> int:
        """Take the partners in ``rows`` out of the consortium; how many went."""
        gone = 0
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._members):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._members[row]
                self.endRemoveRows()
                gone += 1
        if gone:
            self.consortium_changed.emit()
        return gone

    def replace_all(self, members: Sequence[tuple[int, str]]) -> None:
        """Make the consortium exactly ``members`` (actors not in the map are left out)."""
        self.beginResetModel()
        seen: set[int] = set()
        self._members = []
        for actor_id, role in members:
            if actor_id not in seen and self._actor(actor_id) is not None and role in ROLES:
                seen.add(actor_id)
                self._members.append((actor_id, role))
        self.endResetModel()
        self.consortium_changed.emit()

    def set_document(self, document: Document) -> None:
        """Follow another map: the consortium starts empty."""
        self.document = document
        self.replace_all([])

    def map_changed(self) -> None:
        """The map changed: drop partners whose actor is gone and redraw the others."""
        missing = [n for n, (a, _r) in enumerate(self._members) if self._actor(a) is None]
        if missing:
            self.remove_rows(missing)
        if self._members:
            last = self.index(len(self._members) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class RoleDelegate(QStyledItemDelegate):
    """A combo box of the partner roles, applied as soon as another role is picked."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("ConsortiumModel", "Role"))
        for code in ROLES:
            combo.addItem(self.document.label(Vocabulary.PARTNER_ROLE, code), code)
        combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            if position != editor.currentIndex():
                editor.blockSignals(True)
                editor.setCurrentIndex(position)
                editor.blockSignals(False)

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        if isinstance(editor, QComboBox) and editor.currentData() is not None:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _on_combo_current_index_changed(self, _position: int) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)
