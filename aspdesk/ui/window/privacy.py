"""The workshop-safe switch: hide personal data on screen and leave it out of exports.

A checkable action in the View menu, remembered between sessions, with a permanent note
in the status bar while it is on, so nobody forgets it is on (or off) in front of a room.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from aspdesk.ui.window.services import WindowServices


class PrivacySwitch(QObject):
    """Keeps the document's privacy setting, the action and the status note in step."""

    def __init__(self, services: WindowServices) -> None:
        super().__init__(services.owner)
        self.services = services
        self.action = QAction(self.tr("&Hide personal data (workshop-safe)"), services.owner)
        self.action.setCheckable(True)
        self.action.setToolTip(
            self.tr(
                "Hide contact persons, e-mail addresses, phone numbers and notes on screen "
                "and leave them out of exports"
            )
        )
        self.note = QLabel(self.tr("Personal data hidden"))
        self.note.setObjectName("privacyNote")
        services.owner.statusBar().addPermanentWidget(self.note)
        self.action.setChecked(services.settings.hide_personal)
        self.action.toggled.connect(self._on_toggled)
        self.attach()

    def attach(self) -> None:
        """Apply the switch to the window's (new) document."""
        self.services.document.set_hide_personal(self.action.isChecked())
        self.note.setVisible(self.action.isChecked())

    def _on_toggled(self, hide: bool) -> None:
        self.services.settings.hide_personal = hide
        self.attach()
