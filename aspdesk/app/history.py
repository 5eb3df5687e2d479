"""The undo history of an open map, which stays where the map file is when a step fails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack


class UndoHistory(QUndoStack):
    """A QUndoStack whose index stays where the map file is when an undo or redo fails.

    QUndoStack moves its index over a command after calling the command's ``undo()`` or
    ``redo()``, whatever happened there, and cannot be told otherwise. When an undo fails
    (a full disk) the map still holds the step, yet the stack would say it was undone:
    Undo would next take back the step before it from a file that still has this one, and
    Redo would make this step a second time. Clearing the history kept the stack true to
    the file, but threw away every step the user could still have undone.

    So a command whose undo or redo changed nothing calls :meth:`refuse`, and marks
    itself so that its next ``redo()`` or ``undo()`` does nothing but clear the mark
    (:class:`aspdesk.app.commands.StoreCommand` does both). Once QUndoStack has finished,
    :meth:`undo` steps straight back over the command (and :meth:`redo` likewise), which
    writes nothing. The index is then where the file is, the whole history is kept, the
    Undo and Redo actions name the same steps as before, and the user can try again once
    there is room; ``step_refused`` carries the message.

    The step back happens in :meth:`undo` and :meth:`redo` as Python calls them, which is
    how aspdesk moves through its history (the Edit menu, the workshop keys, the
    consortium builder). QUndoStack's own ``createUndoAction()``, ``setIndex()`` and a
    QUndoView call the C++ functions and would go around it; aspdesk uses none of them.
    """

    step_refused = Signal(str)
    # Whether steps may be undone and redone changed (see ``blocked``).
    blocked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._refusal: str | None = None
        # Why no step may be undone or redone now ("" when they may): the Document says
        # so while a team map's server is away (aspdesk.app.live).
        self.blocked: Callable[[], str] = str

    def refuse(self, message: str) -> None:
        """Called by the command being undone or redone: it left the map as it was."""
        self._refusal = message

    def undo(self) -> None:
        if reason := self.blocked():
            self.step_refused.emit(reason)
            return
        self._refusal = None
        super().undo()
        self._step_back(super().redo)

    def redo(self) -> None:
        if reason := self.blocked():
            self.step_refused.emit(reason)
            return
        self._refusal = None
        super().redo()
        self._step_back(super().undo)

    def _step_back(self, step: Callable[[], None]) -> None:
        refusal, self._refusal = self._refusal, None
        if refusal is not None:
            step()  # over the refused command, whose mark makes this write nothing
            self.step_refused.emit(refusal)
