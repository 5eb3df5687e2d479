"""Looking at a popup or menu while it is open, as a user's eye would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QMenu


def popup_seen(open_it: Callable[[], object]) -> tuple[QRect, list[str]]:
    """Open a popup with ``open_it`` (which may wait in the popup's own event loop, as
    ``QMenu.exec`` does); return where it was on screen and the texts of its actions,
    and close it."""
    seen: list[tuple[QRect, list[str]]] = []
    tries = [0]

    def look() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            tries[0] += 1
            if tries[0] < 200:  # give up after two seconds: the test then fails
                QTimer.singleShot(10, look)
            return
        texts = [a.text() for a in popup.actions()] if isinstance(popup, QMenu) else []
        seen.append((popup.frameGeometry(), texts))
        popup.close()

    QTimer.singleShot(0, look)
    open_it()
    QApplication.processEvents()
    assert seen, "no popup opened"
    return seen[0]
