"""The question asked when an edit met another user's change on a team map.

It names the thing and each field, who changed it and when, their value and the user's,
and lets the user keep theirs or use their own (an edit) or keep the thing or delete it
anyway (a delete). See :mod:`aspdesk.app.conflicts` for what each answer does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aspdesk.app.conflicts import EditConflict, label_of, shown, when

_VALUE_WIDTH = 150  # long texts (a description) wrap instead of widening the dialog
_WIDTH = 680  # the sentences wrap too: the dialog fits a 1366-pixel screen with room


class ConflictDialog(QDialog):
    """Shows one :class:`EditConflict`; :meth:`use_mine` tells the user's answer."""

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Someone else changed this"))
        deleting = conflict.deleting
        if deleting:
            intro = self.tr(
                "“{name}” was changed by someone else after you last saw it, so it was not "
                "deleted. Their change is shown now."
            )
        else:
            intro = self.tr(
                "“{name}” was changed by someone else after you last saw it, so your change "
                "was not saved. Their change is shown now."
            )
        self.setMaximumWidth(_WIDTH)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self._text(intro.format(name=conflict.name), wrap=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        headings = [self.tr("Field"), self.tr("Changed"), self.tr("Their value")]
        if not deleting:
            headings.append(self.tr("Your value"))
        for column, heading in enumerate(headings):
            label = self._text(heading)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        for row, stale in enumerate(conflict.fields, start=1):
            author = stale.author or self.tr("Someone")
            cells = [
                label_of(conflict.error.entity_type, stale.field),
                self.tr("{author} changed it at {time}").format(
                    author=author, time=when(stale.at, conflict.language)
                ),
                shown(stale.theirs),
            ]
            if not deleting:
                cells.append(shown(stale.mine))
            for column, text in enumerate(cells):
                grid.addWidget(self._text(text, wrap=column >= 2), row, column)
        layout.addLayout(grid)
        question = (
            self.tr("Delete it anyway, or keep it as they left it?")
            if deleting
            else self.tr("Keep their value, or save yours over it?")
        )
        layout.addWidget(self._text(question, wrap=True))
        buttons = QDialogButtonBox(self)
        keep_text = self.tr("Keep it") if deleting else self.tr("Keep theirs")
        mine_text = self.tr("Delete anyway") if deleting else self.tr("Use mine")
        self.keep_button = QPushButton(keep_text, self)
        self.mine_button = QPushButton(mine_text, self)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setDefault(True)  # the safe answer: nothing is written
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _text(self, text: str, *, wrap: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # user data is never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if wrap:
            label.setWordWrap(True)
            label.setMinimumWidth(_VALUE_WIDTH)
        return label

    def use_mine(self) -> bool:
        """Ask; True for "Use mine" (or "Delete anyway"), False to keep theirs."""
        return self.exec() == QDialog.DialogCode.Accepted
