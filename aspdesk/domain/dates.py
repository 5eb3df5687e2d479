"""Dates as people type them: Finnish (and Finland-Swedish) ``1.3.2016`` or ISO ``2016-03-01``."""

from __future__ import annotations

import re
from datetime import date

from aspdesk.domain.languages import writes_finnish_formats

_FINNISH = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def parse_date(text: str) -> date | None:
    """The date written in ``text``; None for empty text. Raises ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    match = _FINNISH.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    raise ValueError(f"not a date: {text!r}")


def format_date(value: date | None, language: str) -> str:
    """``value`` as Finnish and Swedish users in Finland write it (1.3.2016), else ISO."""
    if value is None:
        return ""
    if writes_finnish_formats(language):
        return f"{value.day}.{value.month}.{value.year}"
    return value.isoformat()


def qt_date_format(language: str) -> str:
    """:func:`format_date`'s way of writing a date as a pattern for Qt's date fields."""
    return "d.M.yyyy" if writes_finnish_formats(language) else "yyyy-MM-dd"
