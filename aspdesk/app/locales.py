"""The locale the window speaks in numbers and times, by its language, and a moment as the
window shows it. Here, not in the ui package, because messages the app layer words (an
undo refused over another user's change) show times too."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone


def ui_locale(language: str) -> QLocale:
    """The locale whose numbers the UI shows: Finnish, Finland-Swedish or English."""
    if language == "fi":
        return QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def moment_text(at: datetime, language: str) -> str:
    """``at`` in this computer's time zone, as the window in ``language`` writes it short."""
    when = QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone.systemTimeZone())
    return ui_locale(language).toString(when, QLocale.FormatType.ShortFormat)
