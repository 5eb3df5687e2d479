"""Translated text for the command line, which runs without a Qt application object.

``QCoreApplication.translate`` needs an application; a command such as ``aspdesk sample``
must not create one (it may run where no display exists), so the command line asks a
loaded :class:`QTranslator` directly. Texts are marked with ``QT_TRANSLATE_NOOP("cli", ...)``
for lupdate.

QtCore is imported only when a translation is loaded or Qt must say what the system's
language is: importing it costs more than a command such as ``aspdesk --version`` takes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from aspdesk.domain.languages import SOURCE_LANGUAGE, TRANSLATED, shipped_language

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

_translator: QTranslator | None = None
_language = SOURCE_LANGUAGE


def language_in(arguments: Sequence[str]) -> str:
    """The language asked for with ``--lang`` in ``arguments``, else the system's."""
    for index, argument in enumerate(arguments):
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
    return system_language()


def system_language() -> str:
    """The system's language as Qt finds it: "fi" for Finnish, "sv" for Swedish, else "en"."""
    if _locale_from_environment() and not may_name_translated(os.environ):
        return SOURCE_LANGUAGE
    from PySide6.QtCore import QLocale

    return shipped_language(QLocale.system().name().split("_")[0])


def _locale_from_environment() -> bool:
    # Qt's Unix backend reads the system locale from LANG, LANGUAGE and LC_* alone; macOS
    # and Windows ask the system, which only Qt can do.
    return os.name == "posix" and sys.platform != "darwin"


def may_name_translated(environ: Mapping[str, str]) -> bool:
    """Whether a locale variable of ``environ`` may name Finnish or Swedish ("fi_FI.UTF-8",
    "sv_FI", "fi"). Deliberately loose: a false "yes" only costs asking Qt, which decides."""
    return any(
        code in value.lower()
        for name, value in environ.items()
        if name in ("LANG", "LANGUAGE") or name.startswith("LC_")
        for code in TRANSLATED
    )


def use_language(language: str) -> None:
    """Translate the command line's text into ``language`` from now on."""
    global _translator, _language
    _translator = None
    _language = language
    if language == SOURCE_LANGUAGE:
        return
    from PySide6.QtCore import QTranslator

    from aspdesk.domain.data_files import as_file, resource

    translator = QTranslator()
    with as_file(resource("translations", f"aspdesk_{language}.qm")) as path:
        if translator.load(str(path)):
            _translator = translator


def translator_for(language: str) -> Callable[[str, str], str]:
    """A ``translate(context, text)`` into ``language``, whatever the chosen one is (the
    desktop's files carry every language at once); it gives the text back untranslated
    when ``language`` has no translation."""
    from PySide6.QtCore import QTranslator

    from aspdesk.domain.data_files import as_file, resource

    translator = QTranslator()
    with as_file(resource("translations", f"aspdesk_{language}.qm")) as path:
        loaded = translator.load(str(path))

    def translated(context: str, text: str) -> str:
        return (translator.translate(context, text) if loaded else "") or text

    return translated


def chosen_language() -> str:
    """The language the command line speaks (its terms' labels too)."""
    return _language


def translate(context: str, text: str) -> str:
    """``text`` of ``context`` in the chosen language (itself when untranslated)."""
    if _translator is None:
        return text
    return _translator.translate(context, text) or text


def cli_tr(text: str) -> str:
    """``text`` (marked in the "cli" context) in the chosen language."""
    return translate("cli", text)


def map_location(text: str) -> Path | str:
    """A MAP argument: a map file's path, or a team map's address kept as text (a Path
    would fold its ``//``)."""
    from aspdesk.store.team.address import is_team_address

    return text if is_team_address(text) else Path(text)
