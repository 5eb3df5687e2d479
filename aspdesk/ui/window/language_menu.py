"""View > Language: the language aspdesk speaks from its next start.

Qt's translators are installed once, before the window is built, and every widget took
its text then: switching them in a running window would leave half of it in the old
language. So the choice is kept in the settings and takes effect at the next start
(``--lang`` still wins for one run). The languages are offered by their own names, which
are not translated: someone who cannot read the window's language still finds theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from aspdesk.domain.languages import LANGUAGES, NATIVE_NAMES
from aspdesk.ui.window.services import WindowServices

SYSTEM = ""  # the settings' value for "follow the system"


class LanguageMenu(QObject):
    """The menu of languages; choosing one saves it for the next start and says so."""

    def __init__(self, services: WindowServices) -> None:
        super().__init__(services.owner)
        self.services = services
        self.menu = QMenu(self.tr("&Language"), services.owner)
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        choices = [(SYSTEM, self.tr("&System language")), *NATIVE_NAMES.items()]
        for code, text in choices:
            if code != SYSTEM and code not in LANGUAGES:
                continue
            action = QAction(text, self.menu)
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
            if code == SYSTEM:
                self.menu.addSeparator()
        self.actions.get(services.settings.language, self.actions[SYSTEM]).setChecked(True)
        self.group.triggered.connect(self._on_group_triggered)

    def _on_group_triggered(self, action: QAction) -> None:
        code = str(action.data())
        if code == self.services.settings.language:
            return
        self.services.settings.language = code
        shown = action.text().replace("&", "")
        self.services.dialogs.inform(
            self.tr("Language"),
            self.tr("aspdesk will speak {language} when it starts next time.").format(
                language=shown
            )
            if code != SYSTEM
            else self.tr("aspdesk will follow the system's language when it starts next time."),
        )
