"""Undo and Redo for the Edit menu and the toolbar, following one document's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from aspdesk.app.history import UndoHistory
from aspdesk.app.on_screen import escape_mnemonic


class UndoActions(QObject):
    """The menu names the step ("Undo Delete actor “GTK”"); the toolbar button just says
    "Undo" (its icon text) and names the step in its tooltip. An "&" in a name is doubled so
    that it shows instead of becoming a keyboard accelerator (:func:`escape_mnemonic`).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.stack: QUndoStack | None = None
        keys = QKeySequence.StandardKey
        self.undo = QAction(self.tr("&Undo"), parent)
        self.undo.setShortcut(QKeySequence(keys.Undo))
        self.undo.setIconText(self.tr("Undo"))
        self.undo.triggered.connect(self._on_undo_triggered)
        self.redo = QAction(self.tr("&Redo"), parent)
        self.redo.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        self.redo.setIconText(self.tr("Redo"))
        self.redo.triggered.connect(self._on_redo_triggered)

    def follow(self, stack: QUndoStack) -> None:
        """Work on ``stack`` from now on (the old one goes with its document)."""
        self.stack = stack
        stack.canUndoChanged.connect(self._enable)
        stack.canRedoChanged.connect(self._enable)
        if isinstance(stack, UndoHistory):  # greyed out while a team map's server is away
            stack.blocked_changed.connect(self._enable)
        stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_stack_redo_text_changed)
        self._enable()
        self._on_stack_undo_text_changed(stack.undoText())
        self._on_stack_redo_text_changed(stack.redoText())

    def _enable(self) -> None:
        stack = self.stack
        if stack is None:
            return
        free = not (isinstance(stack, UndoHistory) and stack.blocked())
        self.undo.setEnabled(free and stack.canUndo())
        self.redo.setEnabled(free and stack.canRedo())

    def _on_undo_triggered(self) -> None:
        if self.stack is not None:
            self.stack.undo()

    def _on_redo_triggered(self) -> None:
        if self.stack is not None:
            self.stack.redo()

    def _on_stack_undo_text_changed(self, text: str) -> None:
        escaped = escape_mnemonic(text)
        self.undo.setText(self.tr("&Undo {what}").format(what=escaped).strip())
        self.undo.setToolTip(self.tr("Undo {what}").format(what=text).strip())

    def _on_stack_redo_text_changed(self, text: str) -> None:
        escaped = escape_mnemonic(text)
        self.redo.setText(self.tr("&Redo {what}").format(what=escaped).strip())
        self.redo.setToolTip(self.tr("Redo {what}").format(what=text).strip())
