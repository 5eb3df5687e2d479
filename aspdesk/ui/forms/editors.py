"""Field editors for the entity forms, all with one small interface.

Each editor shows one field's value, reports with ``committed`` when the user has finished
changing it (Enter, Tab or leaving the field; at once for a choice or a box), and can be
marked as in error. Values are domain values (str, int, float, bool, date, tuples of
tags or ids). Amounts and shares have their own module, :mod:`aspdesk.ui.forms.number_editors`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aspdesk.app.style_marks import mark_invalid
from aspdesk.domain.dates import format_date, parse_date
from aspdesk.domain.entities import format_tags, parse_tags
from aspdesk.domain.languages import writes_finnish_formats

MIN_CHOICE_CHARACTERS = 8
"""The fewest characters a form's choice (kind, size class, role) is made wide enough for."""


class FieldEditor(QWidget):
    """A labelled field's editor that can be marked as in error.

    The message itself is shown by the form, in room kept for it below the fields
    (:class:`aspdesk.ui.forms.entity_form.EntityForm`): a line that appeared under the field
    pushed every field below it down, away from the mouse that was about to click one.
    """

    committed = Signal(str)
    error_changed = Signal(str)  # the field's name; its message is in ``error``

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._error = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        # Rows keep their natural height; spare room in the form stays below the last one.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _finish_layout(self, widget: QWidget) -> None:
        self.input = widget
        self._layout.addWidget(widget)
        self.setFocusProxy(widget)

    def value(self) -> Any:
        """The value shown; raises ValueError when the text is not a value of this field."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` without reporting a commit."""
        raise NotImplementedError

    def format_hint(self) -> str:
        """How to write a value, for when :meth:`value` raised ValueError ("": a date)."""
        return ""

    @property
    def error(self) -> str:
        """What is wrong with the field, or ""."""
        return self._error

    def set_error(self, message: str) -> None:
        """Mark the field as wrong for ``message`` (the form shows it); "" clears the mark."""
        changed = message != self._error
        self._error = message
        mark_invalid(self.input, bool(message))
        self.input.setToolTip(message)
        if changed:
            self.error_changed.emit(self.name)

    def _commit(self) -> None:
        self.committed.emit(self.name)


class LineEditor(FieldEditor):
    """A one-line text field, committed when editing finishes."""

    def __init__(self, name: str, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(name, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        self.line.editingFinished.connect(self._commit)
        self._finish_layout(self.line)
        self._shown = ""
        self.line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Esc takes back what was typed since the field was last shown or saved.
        if (
            watched is self.line
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.line.text() != self._shown
        ):
            self.line.setText(self._shown)
            self.set_error("")
            return True
        return super().eventFilter(watched, event)

    def text_value(self) -> str:
        """The text typed, without surrounding spaces."""
        return self.line.text().strip()

    def value(self) -> Any:
        return self.text_value()

    def set_value(self, value: Any) -> None:
        self._shown = str(value)
        self.line.setText(self._shown)
        # Show the start of a long value, not its end.
        self.line.setCursorPosition(0)


class TagsEditor(LineEditor):
    """Tags typed as a comma-separated list."""

    def value(self) -> Any:
        return parse_tags(self.line.text())

    def set_value(self, value: Any) -> None:
        super().set_value(format_tags(tuple(value)))


class DateEditor(LineEditor):
    """A date typed as 1.3.2016 or 2016-03-01; empty for none."""

    def __init__(self, name: str, language: str, parent: QWidget | None = None) -> None:
        example = "1.3.2016" if writes_finnish_formats(language) else "2016-03-01"
        super().__init__(name, parent, self.tr("e.g. {example}").format(example=example))
        self.language = language

    def value(self) -> Any:
        return parse_date(self.line.text())

    def set_value(self, value: Any) -> None:
        super().set_value(format_date(value if isinstance(value, date) else None, self.language))


class TextEditor(FieldEditor):
    """Several lines of text, committed when the field loses focus."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.text_edit.installEventFilter(self)
        self._finish_layout(self.text_edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self._commit()
        return super().eventFilter(watched, event)

    def value(self) -> Any:
        return self.text_edit.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.text_edit.setPlainText(str(value))


class ChoiceEditor(FieldEditor):
    """A choice from a list of (label, value) pairs, committed at once.

    ``empty`` is the value while nothing is chosen (a new relationship's "to" actor).
    """

    def __init__(self, name: str, parent: QWidget | None = None, empty: Any = None) -> None:
        super().__init__(name, parent)
        self.empty = empty
        self.combo = QComboBox(self)
        # Long labels ("Development company or business-support service") must not make
        # the whole form wider than its dock; the open list still shows them in full. The
        # least it takes is MIN_CHOICE_CHARACTERS: at 16 a choice with the longest label
        # beside it ("Municipality or region") made the form 332 px wide in a dock of 295
        # (a 1366-pixel screen), cut at the right and scrolling sideways. A choice still
        # grows with the dock; only a dock too narrow for all shows it shorter.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(MIN_CHOICE_CHARACTERS)
        self.combo.activated.connect(self._on_combo_activated)
        self._finish_layout(self.combo)

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Offer ``choices``, keeping the shown value when it is still among them."""
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for label, value in choices:
            self.combo.addItem(label, value)
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        return self.empty if self.combo.currentIndex() < 0 else self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(index)

    def _on_combo_activated(self, _index: int) -> None:
        self._commit()


class SpinEditor(FieldEditor):
    """A whole number in a range, committed at each change (steps merge into one undo)."""

    def __init__(self, name: str, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.spin = QSpinBox(self)
        self.spin.setRange(low, high)
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        self._finish_layout(self.spin)
        self._setting = False

    def value(self) -> Any:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self._setting = True
        self.spin.setValue(int(value))
        self._setting = False

    def _on_spin_value_changed(self, _value: int) -> None:
        if not self._setting:
            self._commit()


class CheckEditor(FieldEditor):
    """A yes/no box, committed at once."""

    def __init__(self, name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.box = QCheckBox(text, self)
        self.box.clicked.connect(self._on_box_clicked)
        self._finish_layout(self.box)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def _on_box_clicked(self, _checked: bool) -> None:
        self._commit()


class ColourEditor(LineEditor):
    """A colour as #RRGGBB, with a swatch that opens the colour chooser."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent, self.tr("e.g. {example}").format(example="#0072B2"))
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self._layout.removeWidget(self.line)
        self.line.setParent(row)
        self.swatch = QPushButton(row)
        self.swatch.setFixedWidth(self.fontMetrics().height() * 3)
        self.swatch.setToolTip(self.tr("Choose a colour"))
        self.swatch.clicked.connect(self._on_swatch_clicked)
        row_layout.addWidget(self.line, 1)
        row_layout.addWidget(self.swatch)
        self._layout.insertWidget(0, row)
        self.line.textChanged.connect(self._on_line_text_changed)

    def _on_line_text_changed(self, text: str) -> None:
        colour = QColor(text.strip())
        style = f"background-color: {colour.name()};" if colour.isValid() else ""
        self.swatch.setStyleSheet(style)

    def _on_swatch_clicked(self) -> None:
        start = QColor(self.line.text().strip())
        chosen = QColorDialog.getColor(start if start.isValid() else QColor("#0072B2"), self)
        if chosen.isValid():
            self.line.setText(chosen.name().upper())
            self._commit()


class ClustersEditor(FieldEditor):
    """Clusters ticked in a list (a project's linked clusters), committed at each tick.

    The value is a tuple of cluster ids. Ids the list does not offer (a cluster deleted
    from the map) stay in the value as they were, so that undoing the delete of that
    cluster brings its link back; the list shows only the map's clusters.
    """

    VISIBLE_ROWS = 6

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.list = QListWidget(self)
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustIgnored)
        # Long names are cut with "…" (the tooltip has them whole), not scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self._finish_layout(self.list)
        self._value: tuple[int, ...] = ()
        self.set_choices([])

    def set_choices(self, choices: Sequence[tuple[str, int]]) -> None:
        """Offer the clusters ``choices`` (label, id), keeping the ticks."""
        offered = [(item.text(), cluster_id) for item, cluster_id in self._items()]
        if choices and offered == list(choices):
            return  # items stay: a click may be going on in one of them
        value = self.value()
        self.list.blockSignals(True)
        self.list.clear()
        for label, cluster_id in choices:
            item = QListWidgetItem(label, self.list)
            item.setSizeHint(QSize(0, self._row_height()))
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, cluster_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        if not choices:
            item = QListWidgetItem(self.tr("The map has no clusters yet."), self.list)
            item.setSizeHint(QSize(0, self._row_height()))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.blockSignals(False)
        self.set_value(value)
        rows = min(max(self.list.count(), 1), self.VISIBLE_ROWS)
        self.list.setFixedHeight(rows * self._row_height() + 2 * self.list.frameWidth())

    def _row_height(self) -> int:
        # Rows as far apart as the form's own lines, so a box is easy to hit.
        return self.fontMetrics().height() + 8

    def _items(self) -> list[tuple[QListWidgetItem, int]]:
        pairs = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            cluster_id = item.data(Qt.ItemDataRole.UserRole)
            if cluster_id is not None:
                pairs.append((item, int(cluster_id)))
        return pairs

    def value(self) -> Any:
        offered = self._items()
        shown = {cluster_id for _item, cluster_id in offered}
        ticked = [cid for item, cid in offered if item.checkState() == Qt.CheckState.Checked]
        # The stored order first (an unchanged list is an unchanged value), new ticks after.
        kept = [cid for cid in self._value if cid in ticked or cid not in shown]
        return tuple(kept + [cid for cid in ticked if cid not in self._value])

    def set_value(self, value: Any) -> None:
        self._value = tuple(value or ())
        self.list.blockSignals(True)
        for item, cluster_id in self._items():
            ticked = cluster_id in self._value
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        self._commit()
