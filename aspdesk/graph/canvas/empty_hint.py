"""What an empty map's canvas says: how to start, with a button for each way.

A new map used to show a blank canvas. The hint sits in the middle of the graph's view
while the map has nothing to draw and goes with the first node, so it never covers one.
The canvas only asks (``start_requested``); the window owns adding, importing and
opening maps.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

ADD_ACTOR, IMPORT, SAMPLE = "actor", "import", "sample"


class EmptyHint(QFrame):
    """How to start a map: add an actor, import a spreadsheet or open the sample."""

    start_requested = Signal(str)  # ADD_ACTOR, IMPORT or SAMPLE

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("emptyMapHint")
        self.title = QLabel(self.tr("This map is empty"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(
            self.tr(
                "Start by adding an actor (Map > Add actor), importing a spreadsheet of "
                "actors (File > Import…, Ctrl+I) or opening the sample map to look around."
            )
        )
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.buttons = {
            ADD_ACTOR: QPushButton(self.tr("Add an actor")),
            IMPORT: QPushButton(self.tr("Import a spreadsheet…")),
            SAMPLE: QPushButton(self.tr("Open the sample map")),
        }
        for way, button in self.buttons.items():
            button.clicked.connect(partial(self._on_button_clicked, way))
            layout.addWidget(button)
        self.wanted = False
        self.hide()

    def _on_button_clicked(self, way: str, _checked: bool = False) -> None:
        self.start_requested.emit(way)

    def place(self, shown: bool | None = None) -> None:
        """Show the hint in the middle of its parent, or hide it (None: as it was)."""
        if shown is not None:
            self.wanted = shown
        parent = self.parentWidget()
        if not self.wanted or parent is None:
            self.hide()
            return
        width = min(parent.width() - 20, max(320, parent.width() // 2))
        self.setFixedWidth(max(width, 120))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 2)
        self.show()
        self.raise_()
