"""Loading Finnish or English translations for aspdesk and for Qt's own dialogs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from aspdesk.data_files import as_file, resource

LANGUAGES = ("en", "fi")


def system_language() -> str:
    """The shipped language closest to the system's: "fi" for Finnish, else "en"."""
    return "fi" if QLocale.system().language() == QLocale.Language.Finnish else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` into ``app``; return them to keep alive.

    English is the source language and needs no translator.
    """
    installed: list[QTranslator] = []
    if language == "en":
        return installed
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
