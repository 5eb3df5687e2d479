"""Loading Finnish or English translations for aspdesk and for Qt's own dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from aspdesk.data_files import as_file, resource

LANGUAGES = ("en", "fi")


def system_language() -> str:
    """The shipped language closest to the system's: "fi" for Finnish, else "en"."""
    return "fi" if QLocale.system().language() == QLocale.Language.Finnish else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` into ``app``; return them to keep alive.

    English is the source language; its translation file holds only the plural forms
    ("1 actor", "2 actors") that the source text writes as "%n actor(s)".
    """
    installed: list[QTranslator] = []
    if language != "en":
        qt_translator = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    own = QTranslator(app)
    with as_file(resource("translations", f"aspdesk_{language}.qm")) as path:
        if own.load(str(path)):
            app.installTranslator(own)
            installed.append(own)
    return installed
