"""The rows of an import preview: what happens to each row of the file, and the user's say.

One row per candidate: where it is in the file, its kind, its name, the outcome (new,
updated, unchanged, conflict, error), the details (the fields that change or disagree,
what was read differently from the file, or why it cannot be imported) and a choice where
there is one to make: for a conflict, whether the file's values win; for a near match,
whether it is an actor already in the map; for a row with errors in fields that can be
left empty, whether to import it without them. Changing a choice asks the dialog to plan
again (``decisions_changed``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from aspdesk.app.import_report import (
    MATCH_LABELS,
    OUTCOME_LABELS,
    FieldValues,
    Names,
    change_texts,
    conflict_texts,
    dropped_text,
    note_texts,
    reason_text,
)
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.merging.planner import ImportPlan, MatchedBy, Outcome, PlanItem
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.ui.forms.fields import entity_noun

Index = QModelIndex | QPersistentModelIndex
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 2

# Okabe-Ito tints, light enough for black text, told apart without colour by the text.
OUTCOME_TINTS = {
    Outcome.NEW: QColor("#d5ecf7"),
    Outcome.UPDATED: QColor("#dff2e9"),
    Outcome.CONFLICT: QColor("#fbe8c8"),
    Outcome.ERROR: QColor("#f6d6cc"),
    Outcome.DELETED: QColor("#e4e0ee"),
}

PLACE, KIND, NAME, RESULT, DETAILS, CHOICE = range(6)


class PreviewModel(QAbstractTableModel):
    """The plan's items as table rows; the CHOICE column edits the decisions."""

    decisions_changed = Signal(object)  # Decisions

    HEADERS = (
        QT_TRANSLATE_NOOP("PreviewModel", "Where in the file"),
        QT_TRANSLATE_NOOP("PreviewModel", "Kind"),
        QT_TRANSLATE_NOOP("PreviewModel", "Name"),
        QT_TRANSLATE_NOOP("PreviewModel", "Result"),
        QT_TRANSLATE_NOOP("PreviewModel", "Details"),
        QT_TRANSLATE_NOOP("PreviewModel", "Your choice"),
    )

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.plan: ImportPlan | None = None
        self.names: Names | None = None
        self.values: FieldValues | None = None
        self.current: MapSnapshot | None = None

    def show_plan(self, plan: ImportPlan, current: MapSnapshot) -> None:
        """Show ``plan``; the rows stay in place when only decisions changed."""
        same_rows = self.plan is not None and len(self.plan.items) == len(plan.items)
        if not same_rows:
            self.beginResetModel()
        self.plan, self.current, self.names = plan, current, Names(plan, current)
        self.values = FieldValues.of(plan, current, self.language)
        if same_rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, CHOICE))
        else:
            self.endResetModel()

    def item(self, row: int) -> PlanItem:
        """The plan item of ``row``."""
        assert self.plan is not None
        return self.plan.items[row]

    def row_of(self, key: str) -> int:
        """The row of the candidate ``key`` (-1 when there is none)."""
        items = self.plan.items if self.plan is not None else []
        return next((n for n, item in enumerate(items) if item.candidate.key == key), -1)

    def key_at(self, sheet: str, row: int, item: str = "") -> str:
        """The key of the candidate at a place in the file ("" when none is there)."""
        for each in self.plan.items if self.plan is not None else []:
            candidate = each.candidate
            if item and candidate.item == item:
                return candidate.key
            if row and candidate.row == row and candidate.sheet == sheet:
                return candidate.key
        return ""

    @staticmethod
    def _droppable(item: PlanItem) -> bool:
        return item.droppable or bool(item.dropped)

    # -- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the root is no cell (Qt's model tester)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOICE:
            item = self.item(index.row())
            if item.outcome is Outcome.CONFLICT or self._droppable(item):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            elif self._suggested(item):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        item = self.item(index.row())
        column = index.column()
        if role == OUTCOME_ROLE:
            return item.outcome.value
        if role == SUGGESTED_ROLE:
            return bool(self._suggested(item))
        if role == Qt.ItemDataRole.BackgroundRole and column == RESULT:
            tint = OUTCOME_TINTS.get(item.outcome)
            return QBrush(tint) if tint else None
        if role == Qt.ItemDataRole.ForegroundRole and column == RESULT:
            return QBrush(QColor("#1a1a1a")) if item.outcome in OUTCOME_TINTS else None
        if role == Qt.ItemDataRole.CheckStateRole and column == CHOICE:
            if self._droppable(item):
                return Qt.CheckState.Checked if item.dropped else Qt.CheckState.Unchecked
            if item.outcome is not Outcome.CONFLICT:
                return None
            taken = self.plan.decisions.takes_file(item.entity_type, item.candidate.key)
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(item, column, index.row())
            if role == Qt.ItemDataRole.ToolTipRole and column == DETAILS:
                return text.replace("; ", "\n")
            return text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self.plan is None or index.column() != CHOICE:
            return False
        item = self.item(index.row())
        decisions = self.plan.decisions
        key = (item.entity_type, item.candidate.key)
        if role == Qt.ItemDataRole.CheckStateRole and self._droppable(item):
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if decisions.without_bad_always:
                dropping = {
                    (i.entity_type, i.candidate.key) for i in self.plan.items if self._droppable(i)
                }
            else:
                dropping = set(decisions.without_bad)
            dropping = dropping | {key} if checked else dropping - {key}
            new = replace(decisions, without_bad=frozenset(dropping), without_bad_always=False)
        elif role == Qt.ItemDataRole.CheckStateRole and item.outcome is Outcome.CONFLICT:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            chosen = set(decisions.take_file)
            if checked:
                chosen.add(key)
            else:
                chosen.discard(key)
            always = decisions.take_file_always and checked
            if decisions.take_file_always and not checked:
                chosen = {(i.entity_type, i.candidate.key) for i in self.plan.items} - {key}
            new = replace(decisions, take_file=frozenset(chosen), take_file_always=always)
        elif role == Qt.ItemDataRole.EditRole and self._suggested(item):
            same_as = dict(decisions.same_as)
            if value:
                same_as[item.candidate.key] = int(value)
            else:
                same_as.pop(item.candidate.key, None)
            new = replace(decisions, same_as=same_as)
        else:
            return False
        self.decisions_changed.emit(new)
        return True

    # -- texts --------------------------------------------------------------------------

    def _suggested(self, item: PlanItem) -> tuple[Actor, ...]:
        """The actors a new (or chosen) actor may be, in the order offered."""
        if item.entity_type is not EntityType.ACTOR:
            return ()
        if item.suggestions:
            return tuple(s for s in item.suggestions if isinstance(s, Actor))
        if item.matched_by is MatchedBy.CHOSEN and isinstance(item.existing, Actor):
            return (item.existing,)
        return ()

    def choices(self, row: int) -> list[tuple[str, int]]:
        """(text, actor id) offered for a near match; id 0 means "add as new"."""
        item = self.item(row)
        offered = [(self.tr("Add as a new actor"), 0)]
        for actor in self._suggested(item):
            offered.append((self.tr("Same as “{name}”").format(name=actor.name), actor.id or 0))
        return offered

    def chosen(self, row: int) -> int:
        """The actor id chosen for a near match (0: add as new)."""
        item = self.item(row)
        if item.matched_by is MatchedBy.CHOSEN and item.existing is not None:
            return item.existing.id or 0
        return 0

    def _text(self, item: PlanItem, column: int, row: int) -> str:
        translate = QCoreApplication.translate
        if column == PLACE:
            return item.candidate.place(translate)
        if column == KIND:
            noun = entity_noun(item.entity_type)
            return noun[:1].upper() + noun[1:]
        if column == NAME:
            assert self.names is not None
            return self.names.of(item, translate)
        if column == RESULT:
            text = translate("import", OUTCOME_LABELS[item.outcome])
            if item.matched_by in MATCH_LABELS:
                return f"{text} ({translate('import', MATCH_LABELS[item.matched_by])})"
            return text
        if column == DETAILS:
            # Sentences (reasons, notes) follow each other; field changes are a list.
            # An offline copy's conflict with a deletion says why, as an error does.
            sentences = [reason_text(item, translate)] if item.reason else []
            sentences += [dropped_text(item, translate)] if item.dropped else []
            sentences += note_texts(item, translate)
            said = " ".join(text for text in sentences if text)
            if item.outcome is Outcome.ERROR:
                return said
            parts = [said] if said else []
            sent_back = self.plan is not None and self.plan.sent_back
            assert self.values is not None
            parts += conflict_texts(item, translate, sent_back=sent_back, values=self.values)
            parts += change_texts(item, translate, self.values)
            if item.suggestions:
                names = ", ".join(f"“{getattr(s, 'name', '')}”" for s in item.suggestions)
                parts.append(self.tr("Looks like {names} in the map").format(names=names))
            return "; ".join(parts)
        if column == CHOICE:
            if self._droppable(item):
                return self.tr("Import without the bad fields")
            if item.outcome is Outcome.CONFLICT:
                if self.plan is not None and self.plan.sent_back:
                    return self.tr("Use the copy's values")
                return self.tr("Use the file's values")
            if self._suggested(item):
                chosen = self.chosen(row)
                return next(text for text, i in self.choices(row) if i == chosen)
        return ""


class OutcomeFilter(QSortFilterProxyModel):
    """Shows the rows of one outcome, of near matches only, or all."""

    SUGGESTED = "suggested"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wanted = ""

    def show_only(self, wanted: str) -> None:
        """An Outcome value, SUGGESTED, or "" for every row."""
        self.beginFilterChange()
        self.wanted = wanted
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self.wanted:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if self.wanted == self.SUGGESTED:
            return bool(index.data(SUGGESTED_ROLE))
        return bool(index.data(OUTCOME_ROLE) == self.wanted)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of "add as new" and the suggested actors, for near matches."""

    def __init__(self, model: PreviewModel, proxy: OutcomeFilter, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        row = self.proxy.mapToSource(self.proxy.index(index.row(), index.column())).row()
        box = QComboBox(parent)
        for text, actor_id in self.model.choices(row):
            box.addItem(text, actor_id)
        box.setCurrentIndex(max(0, box.findData(self.model.chosen(row))))
        box.activated.connect(lambda _i, b=box: self.commitData.emit(b))
        return box

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
