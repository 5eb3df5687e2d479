"""What the window's status bar said, rather than what it shows at the moment of a check.

After a background task its progress dialog hides, and the widget that then lies under the
pointer may put its status tip over the message (or clear it on leaving) before the test
looks: so a message is checked among all the bar was given to say."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


def status_said(window: QMainWindow) -> list[str]:
    """A list that gathers every message ``window``'s status bar shows from now on."""
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    return said
