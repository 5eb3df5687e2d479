"""The text encoding of a CSV file in the import dialog: what was used, and a choice of another.

As in LibreOffice's CSV dialog, the encoding is a list at the top of the dialog. It shows
the one aspdesk read the file in, with a sentence that says why (a byte order mark, valid
UTF-8, or Windows-1252 because a line is not UTF-8); choosing another reads the file again
at once (``encoding_chosen``). It is hidden for workbooks, graphs and backups, whose
encoding is in the file itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from aspdesk.io.text_encoding import ENCODINGS, TextEncoding, codec_name, encoding_label


class EncodingBar(QWidget):
    """ "Text encoding: [list]" and the sentence saying how the file was read."""

    encoding_chosen = Signal(str)  # Python's name of the encoding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Text encoding:"))
        row.addWidget(label)
        self.box = QComboBox()
        translate = QCoreApplication.translate
        for code, _short, _use in ENCODINGS:
            self.box.addItem(encoding_label(code, translate), code)
        label.setBuddy(self.box)
        row.addWidget(self.box)
        row.addStretch(1)
        layout.addLayout(row)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        # Only the user's choice reads again: setting the list to what was read does not.
        self.box.activated.connect(self._on_box_activated)

    def show_encoding(self, encoding: TextEncoding | None) -> None:
        """Show how the file was read; hide the bar for a file that is not CSV text."""
        self.setVisible(encoding is not None)
        if encoding is None:
            return
        index = next(
            (
                i
                for i in range(self.box.count())
                if codec_name(str(self.box.itemData(i))) == codec_name(encoding.name)
            ),
            -1,
        )
        if index < 0:  # an encoding given elsewhere (aspdesk import --encoding)
            self.box.addItem(encoding.name, encoding.name)
            index = self.box.count() - 1
        self.box.setCurrentIndex(index)
        self.note.setText(encoding.reason(QCoreApplication.translate))

    def _on_box_activated(self, index: int) -> None:
        self.encoding_chosen.emit(str(self.box.itemData(index)))
