"""Editors for numbers typed as text: euro amounts and per cent shares, either may be empty.

They show a value as the UI language writes it ("1 250 000" or "1,250,000") and read what
people type (see :mod:`aspdesk.ui.forms.amounts`). Text that is not a number leaves the value
unread: the form marks the field with :meth:`format_hint` and writes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from aspdesk.ui.forms.amounts import format_amount, format_percent, parse_amount, parse_percent
from aspdesk.ui.forms.editors import LineEditor


class _NumberEditor(LineEditor):
    """A number in a line: shown by ``show``, read by ``read``; text left as shown keeps
    the exact stored value (an imported 12.345 is not rounded by tabbing past it)."""

    def __init__(
        self,
        name: str,
        language: str,
        read: Callable[[str], float | None],
        show: Callable[[float | None, str], str],
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, parent, placeholder)
        self.language = language
        self._read_text = read
        self._show_value = show
        # Left-aligned like every other field: in a dock narrower than the form, text at
        # the right edge of a field would be the part scrolled out of sight.
        self._value: float | None = None

    def value(self) -> Any:
        if self.line.text() == self._shown:
            return self._value
        return self._read_text(self.line.text())

    def set_value(self, value: Any) -> None:
        self._value = None if value is None else float(value)
        super().set_value(self._show_value(self._value, self.language))

    def _commit(self) -> None:
        # Show what was understood ("1250000" becomes "1 250 000") before the form reads it.
        try:
            value = self.value()
        except ValueError:
            pass
        else:
            # A number too big to hold (400 nines) stays as typed, for the form to refuse.
            tidy = value is None or math.isfinite(value)
            if tidy and self.line.text() != self._shown:
                self.line.setText(self._show_value(value, self.language))
        super()._commit()


class AmountEditor(_NumberEditor):
    """An amount of euros with cents at most, or empty."""

    def __init__(self, name: str, language: str, parent: QWidget | None = None) -> None:
        example = format_amount(1_250_000, language)
        placeholder = self.tr("e.g. {example}").format(example=example)
        super().__init__(name, language, parse_amount, format_amount, placeholder, parent)

    def format_hint(self) -> str:
        return self.tr(
            "Write the amount in euros, such as {whole} or {cents} (spaces between "
            "thousands are fine)."
        ).format(
            whole=format_amount(1_250_000, self.language),
            cents=format_amount(1_250_000.5, self.language),
        )


class PercentEditor(_NumberEditor):
    """A share in per cent with two decimals at most, or empty."""

    def __init__(self, name: str, language: str, parent: QWidget | None = None) -> None:
        placeholder = self.tr("e.g. {example}").format(example=format_percent(12.5, language))
        super().__init__(name, language, parse_percent, format_percent, placeholder, parent)

    def format_hint(self) -> str:
        return self.tr(
            "Write the share in per cent as a number from 0 to 100 with at most two "
            "decimals, such as {example}."
        ).format(example=format_percent(12.5, self.language))
