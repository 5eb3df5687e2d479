"""The period of a report's outcomes section, asked before the report is written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from aspdesk.domain.dates import qt_date_format


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportPeriodDialog(QDialog):
    """Two dates, the first and last day of the period; OK only while the first comes
    no later than the last."""

    def __init__(
        self, period: tuple[date, date], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        note = QLabel(
            self.tr(
                "The report's outcomes section tells what changed on the network in this "
                "period: new and ended ties and memberships, international links, companies "
                "tied to research, cluster health."
            ),
            self,
        )
        note.setWordWrap(True)
        self.since = QDateEdit(_qdate(period[0]), self)
        self.until = QDateEdit(_qdate(period[1]), self)
        form = QFormLayout()
        for label, field in ((self.tr("First day"), self.since), (self.tr("Last day"), self.until)):
            field.setCalendarPopup(True)
            field.setDisplayFormat(qt_date_format(language))
            field.dateChanged.connect(self._on_field_date_changed)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def period(self) -> tuple[date, date]:
        """The first and last day chosen."""
        return _day(self.since.date()), _day(self.until.date())

    def _on_field_date_changed(self, _value: QDate) -> None:
        since, until = self.period()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(since <= until)
