"""A map this window may not change: a banner saying why, and no way to start an edit.

The document already refuses every edit when read-only (see ``aspdesk.app.access``); this
module makes the window say so up front, so nobody types into a form only to be told
afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar, QWidget


class ReadOnlyBanner(QToolBar):
    """A yellow bar over the window with the reason the map cannot be changed."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("readOnlyBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet(
            "QLabel { background: #FFF3C4; color: #3D2E00; padding: 6px 10px; "
            "border: 1px solid #E0C050; }"
        )
        # The reason spans the window, so it reads as one or two lines, not a column.
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        # A toolbar does not ask a wrapping label for its height at its width: cap it.
        self.label.setMaximumHeight(self.label.fontMetrics().lineSpacing() * 3 + 16)
        self.addWidget(self.label)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()

    def show_for(self, reason: str, editing: Iterable[QAction | QWidget]) -> None:
        """Show ``reason`` the map cannot be changed (or hide, for ""), and enable the
        ``editing`` actions and forms only when it can."""
        self.label.setText(reason)
        self.setVisible(bool(reason))
        for part in editing:
            part.setEnabled(not reason)
