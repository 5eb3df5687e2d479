"""A slider over days: arrows step a day (left, right) or a month (up, down), Page Up and
Page Down a year, Home and End go to the first day and to today.

Its value is the number of days from its first day, so each position is one day; months
and years step by the calendar (31 January and a month is the last of February).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSlider, QWidget


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months (the last day of a shorter month)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


class DaySlider(QSlider):
    """A horizontal slider from :attr:`first` to :attr:`last`, a day a position."""

    day_changed = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.first = self.last = date.today()
        self.setRange(0, 0)
        self.setSingleStep(1)
        self.setPageStep(365)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.valueChanged.connect(self._on_value_changed)

    def set_span(self, first: date, last: date) -> None:
        """Offer the days from ``first`` to ``last`` (keeping the day shown if it is in)."""
        shown = self.day()
        self.first, self.last = first, max(first, last)
        self.blockSignals(True)
        self.setRange(0, (self.last - first).days)
        self.blockSignals(False)
        self.set_day(shown, quiet=True)

    def day(self) -> date:
        """The day the slider is at."""
        return self.first + timedelta(days=self.value())

    def set_day(self, day: date, *, quiet: bool = False) -> None:
        """Move to ``day`` (the nearest end when it is outside); ``quiet``: without
        :attr:`day_changed`."""
        value = min(max((day - self.first).days, 0), self.maximum())
        self.blockSignals(quiet)
        self.setValue(value)
        self.blockSignals(False)

    def _on_value_changed(self, _value: int) -> None:
        self.day_changed.emit(self.day())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, day = int(event.key()), self.day()
        moves: dict[int, date] = {
            int(Qt.Key.Key_Right): day + timedelta(days=1),
            int(Qt.Key.Key_Left): day - timedelta(days=1),
            int(Qt.Key.Key_Up): add_months(day, 1),
            int(Qt.Key.Key_Down): add_months(day, -1),
            int(Qt.Key.Key_PageUp): add_months(day, 12),
            int(Qt.Key.Key_PageDown): add_months(day, -12),
            int(Qt.Key.Key_Home): self.first,
            int(Qt.Key.Key_End): self.last,
        }
        if key not in moves:
            super().keyPressEvent(event)
            return
        left, right = int(Qt.Key.Key_Left), int(Qt.Key.Key_Right)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and key in (left, right):
            moves[key] = moves[left if key == right else right]
        self.set_day(moves[key])
        event.accept()
