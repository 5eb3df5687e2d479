"""Translated text for the command line, which runs without a Qt application object.

``QCoreApplication.translate`` needs an application; a command such as ``aspdesk sample``
must not create one (it may run where no display exists), so the command line asks a
loaded :class:`QTranslator` directly. Texts are marked with ``QT_TRANSLATE_NOOP("cli", ...)``
for lupdate.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QTranslator

from aspdesk.domain.data_files import as_file, resource

_translator: QTranslator | None = None


def language_in(arguments: Sequence[str]) -> str:
    """The language asked for with ``--lang`` in ``arguments``, else the system's."""
    for index, argument in enumerate(arguments):
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
    return "fi" if QLocale.system().language() == QLocale.Language.Finnish else "en"


def use_language(language: str) -> None:
    """Translate the command line's text into ``language`` from now on."""
    global _translator
    _translator = None
    if language == "en":
        return
    translator = QTranslator()
    with as_file(resource("translations", f"aspdesk_{language}.qm")) as path:
        if translator.load(str(path)):
            _translator = translator


def translate(context: str, text: str) -> str:
    """``text`` of ``context`` in the chosen language (itself when untranslated)."""
    if _translator is None:
        return text
    return _translator.translate(context, text) or text


def cli_tr(text: str) -> str:
    """``text`` (marked in the "cli" context) in the chosen language."""
    return translate("cli", text)
