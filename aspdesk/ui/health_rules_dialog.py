"""The rules of the cluster health check, as the user may change them.

Each threshold shows where it comes from (the European Cluster Collaboration Platform's
cluster profile, aspdesk's default) and turns to "your own rule" once it differs from the
default, as the findings will say.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.health_rules import HEALTH_CONTEXT, HELICES, SOURCES, HealthRules

DAYS_PER_MONTH = 30.44


def months_of(days: int) -> int:
    """``days`` in whole months, as the dialog shows them."""
    return max(1, round(days / DAYS_PER_MONTH))


class RulesDialog(QDialog):
    """Spin boxes for the thresholds of :class:`HealthRules`; "Restore defaults"."""

    def __init__(self, rules: HealthRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cluster health rules"))
        self.original = rules
        intro = QLabel(
            self.tr(
                "What the health check asks of each cluster. Under each rule: where it comes from."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.min_members = QSpinBox(self)
        self.min_members.setRange(0, 100_000)
        self.min_helices = QSpinBox(self)
        self.min_helices.setRange(0, len(HELICES))
        self.stale_months = QSpinBox(self)
        self.stale_months.setRange(1, 1200)
        self.broker_percent = QSpinBox(self)
        self.broker_percent.setRange(1, 100)
        self.broker_percent.setSuffix(" %")
        self.sources: dict[str, QLabel] = {}
        form = QFormLayout()
        for rule, label, field in (
            ("min_members", self.tr("Committed members, at least:"), self.min_members),
            (
                "min_helices",
                self.tr("Helices covered, at least (business, research, public sector):"),
                self.min_helices,
            ),
            (
                "stale_after_days",
                self.tr("Months a relationship may go unchecked before it is stale:"),
                self.stale_months,
            ),
            (
                "broker_share",
                self.tr("A broker carries at least this share of the paths:"),
                self.broker_percent,
            ),
        ):
            form.addRow(label, field)
            source = QLabel(self)
            source.setWordWrap(True)
            source.setEnabled(False)  # the greyed text of a note
            form.addRow("", source)
            self.sources[rule] = source
            field.valueChanged.connect(self._on_field_value_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.show_rules(rules)

    def show_rules(self, rules: HealthRules) -> None:
        """Set the fields to ``rules``."""
        self.min_members.setValue(rules.min_members)
        self.min_helices.setValue(rules.min_helices)
        self.stale_months.setValue(months_of(rules.stale_after_days))
        self.broker_percent.setValue(round(rules.broker_share * 100))
        self._show_sources()

    def _on_field_value_changed(self, _value: int) -> None:
        self._show_sources()

    def _show_sources(self) -> None:
        rules = self.rules()
        for rule, label in self.sources.items():
            source = QCoreApplication.translate(HEALTH_CONTEXT, SOURCES[rules.source_of(rule)])
            label.setText(self.tr("Source: {source}").format(source=source))

    def restore_defaults(self) -> None:
        """Set the fields to the default rules."""
        self.show_rules(HealthRules())

    def rules(self) -> HealthRules:
        """The rules as the fields say; what they do not show is kept from before.

        Days and shares are kept exactly when their rounded field was left alone.
        """
        base = self.original
        months = self.stale_months.value()
        days = base.stale_after_days
        if months != months_of(days):
            default = HealthRules().stale_after_days
            days = default if months == months_of(default) else round(months * DAYS_PER_MONTH)
        percent = self.broker_percent.value()
        share = base.broker_share if percent == round(base.broker_share * 100) else percent / 100
        return replace(
            base,
            min_members=self.min_members.value(),
            min_helices=self.min_helices.value(),
            stale_after_days=days,
            broker_share=share,
        )
