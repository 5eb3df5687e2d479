"""Loading Finnish, Swedish or English translations for aspdesk and for Qt's own dialogs.

Qt's dialogs (file dialogs, message box buttons, a line edit's context menu) are
translated by Qt's ``qtbase_fi.qm`` and ``qtbase_sv.qm``, which PySide6-Essentials ships in its
``Qt/translations`` folder (``QLibraryInfo.LibraryPath.TranslationsPath``). It was made
for older source texts of a few labels that Qt 6 changed ("&Look in:", "Files of &type:",
a folder's type), which stayed English; ``resources/translations/qt_gaps_fi.ts`` (our
QT_GAPS file) translates those, and is looked up before qtbase_fi.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from aspdesk.domain.data_files import as_file, resource
from aspdesk.domain.languages import SOURCE_LANGUAGE, shipped_language


def system_language() -> str:
    """The shipped language closest to the system's: "fi" for Finnish, "sv" for Swedish
    (of Finland or Sweden), else "en"."""
    return shipped_language(QLocale.system().name().split("_")[0])


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` into ``app``; return them to keep alive.

    English is the source language; its translation file holds only the plural forms
    ("1 actor", "2 actors") that the source text writes as "%n actor(s)".
    """
    installed: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        qt_translator = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    # Qt's own texts that its translation misses (QT_GAPS), then ours.
    for name in (f"qt_gaps_{language}.qm", f"aspdesk_{language}.qm"):
        resource_file = resource("translations", name)
        if not resource_file.is_file():
            continue
        translator = QTranslator(app)
        with as_file(resource_file) as path:
            if translator.load(str(path)):
                app.installTranslator(translator)
                installed.append(translator)
    return installed
