"""The History part of an actor's, cluster's, tie's or project's form.

It lists what the map's change log holds of the entity shown, newest first: each step
with its date and time (in the window's language), who made it and the step's name as
Edit > Undo named it, and under it the fields it changed, labelled and shown as the form
shows them (a kind's label, not its code; a date as the form writes it), old → new. A
field's old value can be put back: that is a new undo step, refused with the reason when
it would break the map (:mod:`aspdesk.app.past_values`).

The list is read when the History tab is shown and when the entity changes while it is,
never for a hidden form: the log of a big map is long.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aspdesk.app.document import Document
from aspdesk.app.locales import moment_text, ui_locale
from aspdesk.app.past_values import can_restore, restore_value
from aspdesk.domain.change_values import POSITION
from aspdesk.domain.changes import (
    COPY_WRITTEN,
    HISTORY_STARTS,
    KEY,
    POSITIONS_KEPT,
    REDO,
    SAMPLE_WRITTEN,
    UNDO,
    Change,
    ChangeSet,
    summary_parts,
)
from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import EntityType, format_tags
from aspdesk.ui.forms.amounts import format_amount, format_percent
from aspdesk.ui.forms.editors import (
    CheckEditor,
    ChoiceEditor,
    ClustersEditor,
    DateEditor,
    FieldEditor,
    TagsEditor,
)
from aspdesk.ui.forms.fields import FieldSpec
from aspdesk.ui.forms.naming import entity_title
from aspdesk.ui.forms.number_editors import AmountEditor, PercentEditor

# The forms that have a History part.
HISTORY_TYPES = frozenset(
    {EntityType.ACTOR, EntityType.CLUSTER, EntityType.RELATIONSHIP, EntityType.PROJECT}
)
_LONGEST = 160  # characters of a value shown in the list; the tooltip has all of it
_MOST_SETS = 300  # steps listed: a thing edited more often than this shows its newest


class HistoryPanel(QWidget):
    """The change log of one entity of ``entity_type``, shown with the form's fields.

    Each step is a block of labels (wrapped to the dock's width, never cut), and each
    field change whose old value can be put back has a Restore button beside it.
    """

    def __init__(
        self,
        document: Document,
        entity_type: EntityType,
        editors: Mapping[str, FieldEditor],
        specs: Mapping[str, FieldSpec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.entity_type = entity_type
        self.editors = editors
        self.specs = specs
        self.entity_id: int | None = None
        self._stale = True
        # What is listed: each step's heading and its changes, with their buttons.
        self.entries: list[tuple[str, list[str]]] = []
        self.restore_buttons: dict[int, QToolButton] = {}
        self._changes: list[Change] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.list_area = QScrollArea(self)
        self.list_area.setObjectName("historyList")
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list_area, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)
        self._body: QWidget | None = None
        document.entities_changed.connect(self._on_document_entities_changed)

    # -- showing ------------------------------------------------------------------------

    def show_entity(self, entity_id: int | None) -> None:
        """Show the history of ``entity_id`` (None: nothing), read now if on screen."""
        self.entity_id = entity_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the entity's history from the map and list it."""
        self._stale = False
        self.entries, self.restore_buttons, self._changes = [], {}, []
        body = QWidget(self.list_area)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(2)
        history = (
            self.document.history(self.entity_type, self.entity_id)
            if self.entity_id is not None
            else []
        )
        for change_set, changes in history[:_MOST_SETS]:
            self._heading(column, change_set, body, first=not self.entries)
            for change in changes:
                self.entries[-1][1].append(self._change_line(column, change, body))
        start = self.document.first_change_set() if self.entity_id is not None else None
        if start is not None and summary_parts(start.summary) == (KEY, HISTORY_STARTS):
            self._heading(column, start, body, first=not self.entries)
        column.addStretch(1)
        self.list_area.setWidget(body)
        self._body = body
        if self.entity_id is None:
            note = ""
        elif len(history) > _MOST_SETS:
            note = self.tr("The newest {count} steps are shown.").format(count=_MOST_SETS)
        elif self._changes:
            note = self.tr("Restore puts a field's earlier value back, as a new step.")
        else:
            note = self.tr("No changes recorded yet.")
        self.note.setText(note)

    def _heading(
        self, column: QVBoxLayout, change_set: ChangeSet, body: QWidget, *, first: bool
    ) -> None:
        shown = moment_text(change_set.at, self.document.language)
        line = f"{shown} · {change_set.author}" if change_set.author else shown
        step = self._step_text(change_set.summary)
        heading = QLabel(f"{line}\n{step}", body)
        heading.setObjectName("historyStep")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        if not first:
            column.addSpacing(heading.fontMetrics().lineSpacing() // 2)
        column.addWidget(heading)
        self.entries.append((heading.text(), []))

    def _change_line(self, column: QVBoxLayout, change: Change, body: QWidget) -> str:
        text, full = self._change_text(change)
        row = QWidget(body)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(12, 0, 0, 0)
        label = QLabel(text, row)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setToolTip(full)
        row_layout.addWidget(label, 1)
        if self._restorable(change):
            button = QToolButton(row)
            button.setText(self.tr("Restore"))
            button.setToolTip(
                self.tr("Restore this value: put {value} back, as a new step.").format(
                    value=_short(self.value_text(change.field or "", change.old))
                )
            )
            button.setEnabled(not self.document.read_only)
            index = len(self._changes)
            button.clicked.connect(lambda _checked=False, n=index: self._restore(n))
            row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.restore_buttons[index] = button
        self._changes.append(change)
        column.addWidget(row)
        return text

    def _restorable(self, change: Change) -> bool:
        return can_restore(change) and (
            change.field in self.specs or change.field in (POSITION, "pinned")
        )

    def _step_text(self, summary: str) -> str:
        kind, text = summary_parts(summary)
        if kind == UNDO:
            return self.tr("Undo: {step}").format(step=text)
        if kind == REDO:
            return self.tr("Redo: {step}").format(step=text)
        if kind == KEY and text == HISTORY_STARTS:
            return self.tr("History starts here")
        if kind == KEY and text == POSITIONS_KEPT:
            return self.tr("Placed on the graph")
        if kind == KEY and text == SAMPLE_WRITTEN:
            return self.tr("The sample map was made")
        if kind == KEY and text == COPY_WRITTEN:
            return self.tr("Saved from a window into this new map")
        return text or "—"

    def _change_text(self, change: Change) -> tuple[str, str]:
        """The line of one change, and all of it for the tooltip."""
        if change.made:
            text = self.tr("Added")
            return text, text
        if change.removed:
            text = self.tr("Deleted")
            return text, text
        field = change.field or ""
        label = self._label(field)
        old, new = self.value_text(field, change.old), self.value_text(field, change.new)
        full = f"{label}: {old} → {new}"
        return f"{label}: {_short(old)} → {_short(new)}", full

    def _label(self, field: str) -> str:
        spec = self.specs.get(field)
        if spec is not None:
            return spec.translated_label()
        if field == POSITION:
            return self.tr("Place on the graph")
        if field == "pinned":
            return self.tr("Pinned on the graph")
        return field

    def value_text(self, field: str, value: Any) -> str:
        """``value`` of ``field`` as the form shows it ("—" for none)."""
        text = _shown(self.document, self.editors.get(field), field, value)
        return text if text.strip() else "—"

    # -- putting a value back -------------------------------------------------------------

    def _restore(self, index: int) -> None:
        change = self._changes[index]
        if self.entity_id is None:
            return
        entity = self.document.index.get(self.entity_type, self.entity_id)
        name = entity_title(self.document, entity) if entity is not None else ""
        text = self.tr("Restore “{name}”: {field}").format(
            name=name, field=self._label(change.field or "")
        )
        restore_value(self.document, change, text)

    def _on_document_entities_changed(self, type_value: str, ids: list[int]) -> None:
        if type_value == self.entity_type.value and self.entity_id in ids:
            self.show_entity(self.entity_id)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _LONGEST else flat[: _LONGEST - 1] + "…"


def _shown(document: Document, editor: FieldEditor | None, field: str, value: Any) -> str:
    """``value`` as ``editor`` shows it (a choice by its label, a date as typed)."""
    language = document.language
    if value is None:
        return ""
    if field == POSITION and isinstance(value, tuple):
        x, y = value
        if x is None or y is None:
            return ""
        locale = ui_locale(language)
        return f"{locale.toString(float(x), 'f', 1)}; {locale.toString(float(y), 'f', 1)}"
    if isinstance(editor, CheckEditor) or isinstance(value, bool):
        return _yes_no(value)
    if isinstance(editor, ChoiceEditor):
        index = editor.combo.findData(value)
        if index >= 0:
            return editor.combo.itemText(index)
        return _gone(field, value)
    if isinstance(editor, ClustersEditor):
        names = []
        for cluster_id in value:
            cluster = document.index.get(EntityType.CLUSTER, cluster_id)
            names.append(entity_title(document, cluster) if cluster else _gone(field, cluster_id))
        return ", ".join(names)
    if isinstance(editor, DateEditor):
        return format_date(value, language)
    if isinstance(editor, TagsEditor):
        return format_tags(tuple(value))
    if isinstance(editor, AmountEditor):
        return format_amount(float(value), language)
    if isinstance(editor, PercentEditor):
        return format_percent(float(value), language)
    return str(value)


def _gone(field: str, value: Any) -> str:
    """A value naming what the map no longer has (a deleted actor), or a code it lacks."""
    if value in ("", 0):
        return ""
    if field.endswith("_id") or field == "cluster_ids":
        return QCoreApplication.translate("HistoryPanel", "(no longer in the map)")
    return str(value)


def _yes_no(value: object) -> str:
    """Yes or no, in the window's language."""
    if value:
        return QCoreApplication.translate("HistoryPanel", "yes")
    return QCoreApplication.translate("HistoryPanel", "no")
