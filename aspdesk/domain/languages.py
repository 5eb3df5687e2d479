"""The languages aspdesk speaks, named once for every layer that offers or formats them.

English is the source language of every text; Finnish and Swedish are translations.
Swedish as written in Finland formats dates and numbers as Finnish does (1.3.2016,
1 234,50), so the two share :func:`writes_finnish_formats`.
"""

from __future__ import annotations

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "fi", "sv")
TRANSLATED = tuple(language for language in LANGUAGES if language != SOURCE_LANGUAGE)
# Each language's name in itself, as a menu or a setting offers it.
NATIVE_NAMES = {"en": "English", "fi": "Suomi", "sv": "Svenska"}
_FINNISH_FORMATS = frozenset({"fi", "sv"})


def writes_finnish_formats(language: str) -> bool:
    """Whether ``language`` writes dates as 1.3.2016 and numbers as 1 234,50."""
    return language in _FINNISH_FORMATS


def shipped_language(language: str) -> str:
    """``language`` if aspdesk speaks it, else English."""
    return language if language in LANGUAGES else SOURCE_LANGUAGE
