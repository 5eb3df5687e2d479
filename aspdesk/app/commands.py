"""Undoable edits of a map. Each command holds ids and plain values, never table rows.

A command's first ``redo()`` happens inside :meth:`Document.push`. If the store refuses
it, the command marks itself obsolete, so QUndoStack drops it and the stack stays in step
with the file. If a later undo or redo is refused (a full disk), the map is as it was and
the command stays in the history: see :class:`aspdesk.app.history.UndoHistory`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from aspdesk.app.conflicts import seen_in
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.changes import REDO, UNDO, marked
from aspdesk.domain.entities import Actor, Entity, EntityType
from aspdesk.store.errors import StoreError
from aspdesk.store.repository import Removal
from aspdesk.store.stale import Seen, StaleEditError

# Commands with the same id() may merge; only field edits do.
_EDIT_FIELD_ID = 1001


class StoreCommand(QUndoCommand):
    """A command whose work is one store operation (one transaction) each way.

    The map's change log records each run under the step's text: its undo and its redo
    marked as such (:mod:`aspdesk.domain.changes`), so the history can say "Undo: …".

    One transaction each way means a refused undo or redo changed nothing, so the command
    may stay in the history as it is. It then marks itself "stepped back": the history
    steps back over it at once (:class:`~aspdesk.app.history.UndoHistory`), and that step
    only clears the mark, writing nothing.
    """

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._has_run = False
        self._stepped_back = False

    def redo(self) -> None:
        if self._skip_step():
            return
        first_run = not self._has_run
        summary = self.text() if first_run else marked(REDO, self.text())
        try:
            with self.document.recording(summary):
                self.do()
        except StoreError as error:
            if first_run:
                # Made now: Qt deletes an obsolete command as soon as the push returns.
                retry = self.rebased(error) if isinstance(error, StaleEditError) else None
                self.setObsolete(True)
                self.document.command_failed(error, retry)
            else:
                self._refused(error, undoing=False)
            return
        self._has_run = True

    def undo(self) -> None:
        if self._skip_step():
            return
        try:
            with self.document.recording(marked(UNDO, self.text())):
                self.revert()
        except StoreError as error:
            self._refused(error, undoing=True)

    def _refused(self, error: StoreError, *, undoing: bool) -> None:
        self._stepped_back = True
        self.document.step_failed(error, undoing=undoing)

    def _skip_step(self) -> bool:
        """True (once) when this call is the history stepping back over a refused step."""
        skip, self._stepped_back = self._stepped_back, False
        return skip

    def rebased(self, error: StaleEditError) -> StoreCommand | None:
        """The same edit again, expecting the values another user left, as ``error``
        found them (see :mod:`aspdesk.app.conflicts`); None: it cannot be run again."""
        return None

    def do(self) -> None:
        """Apply the edit to the store and notify the document."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the edit back and notify the document."""
        raise NotImplementedError


class AddEntity(StoreCommand):
    """Add one entity; undo removes it, redo puts it back under the same id."""

    def __init__(self, document: Document, entity: Entity, text: str) -> None:
        super().__init__(document, text)
        self.entity = entity

    def do(self) -> None:
        self.entity = self.document.store.insert(self.entity)
        self.document.notify([self.entity])

    def revert(self) -> None:
        assert self.entity.id is not None
        # Refused when another user changed it since it was added (aspdesk.store.stale).
        self.document.store.delete(self.entity.entity_type, self.entity.id, self.entity)
        self.document.forget([Ref(self.entity.entity_type, self.entity.id)])
        self.document.notify([self.entity])

    @property
    def ref(self) -> Ref:
        """The added entity (valid once the command has run)."""
        assert self.entity.id is not None
        return Ref(self.entity.entity_type, self.entity.id)


class EditEntity(StoreCommand):
    """Change fields of one entity.

    With ``merge`` (for stepping edits such as a spin box's arrows), consecutive mergeable
    edits of the same fields of the same entity become one undo step. A text field is
    committed once when its editing finishes, so it needs no merging, and two separate
    edits of it stay two steps.
    """

    def __init__(
        self,
        document: Document,
        entity_type: EntityType,
        entity_id: int,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        text: str,
        *,
        merge: bool = False,
    ) -> None:
        super().__init__(document, text)
        self.merge = merge
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.old = dict(old)
        self.new = dict(new)

    def do(self) -> None:
        # What the user saw (or, on a redo, what the undo left) must still be there: a
        # field another user changed since refuses the edit (aspdesk.store.stale).
        store = self.document.store
        entity = store.update(self.entity_type, self.entity_id, self.new, self.old)
        if isinstance(entity, Actor) and "updated_at" in self.old:
            # Redo then restores the very state the first run made, time included.
            self.new["updated_at"] = entity.updated_at
        self.document.notify([entity])

    def revert(self) -> None:
        store = self.document.store
        entity = store.update(self.entity_type, self.entity_id, self.old, self.new)
        self.document.notify([entity])

    def rebased(self, error: StaleEditError) -> EditEntity:
        theirs = {stale.field: stale.theirs for stale in error.fields}
        old = {**self.old, **theirs}
        old.pop("updated_at", None)  # the store's own time: never compared
        new = {k: v for k, v in self.new.items() if k != "updated_at"}
        return EditEntity(self.document, self.entity_type, self.entity_id, old, new, self.text())

    def id(self) -> int:
        return _EDIT_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, EditEntity) or not (self.merge and other.merge):
            return False
        if other.entity_type is not self.entity_type:
            return False
        if other.entity_id != self.entity_id or set(other.new) != set(self.new):
            return False
        self.new = other.new
        return True


class DeleteEntity(StoreCommand):
    """Delete one entity and what depends on it; undo restores all of it."""

    def __init__(self, document: Document, ref: Ref, text: str) -> None:
        super().__init__(document, text)
        self.target = ref
        self.removal: Removal | None = None
        # As the user saw it: someone else's change since refuses the delete.
        self.seen = document.index.get(ref.type, ref.id)
        # What goes with it, as the window shows them (read when the delete first runs).
        self.seen_dependents: Seen = document.index.get

    def do(self) -> None:
        seen, dependents = self.seen, self.seen_dependents
        if self.removal is not None:  # a redo: as its undo put them back
            seen, dependents = self.removal.entities[0], seen_in(self.removal.entities[1:])
        store = self.document.store
        self.removal = store.delete(self.target.type, self.target.id, seen, dependents)
        gone = [Ref(e.entity_type, e.id) for e in self.removal.entities if e.id is not None]
        self.document.forget(gone)
        self.document.notify(self.removal.entities)
        if self.removal.uncoordinated:
            self.document.notify_ids(EntityType.CLUSTER, list(self.removal.uncoordinated))

    def rebased(self, error: StaleEditError) -> DeleteEntity:
        again = DeleteEntity(self.document, self.target, self.text())
        again.seen = self.document.store.get(self.target.type, self.target.id)  # theirs
        again.seen_dependents = seen_in(self.document.dependents(self.target).entities)
        return again

    def revert(self) -> None:
        assert self.removal is not None
        self.document.store.restore(self.removal)
        self.document.notify(self.removal.entities)
        if self.removal.uncoordinated:
            self.document.notify_ids(EntityType.CLUSTER, list(self.removal.uncoordinated))


class RenameMap(StoreCommand):
    """Give the map a new name: ``old`` is the name its user saw. On a team map, a rename
    (or its undo or redo) that meets another user's rename since is refused as a stale
    edit is (:mod:`aspdesk.store.stale`)."""

    def __init__(self, document: Document, old: str, new: str, text: str) -> None:
        super().__init__(document, text)
        self.old = old
        self.new = new

    def do(self) -> None:
        self.document.store.set_map_name(self.new, expected=self.old)
        self.document.map_renamed.emit(self.new)

    def revert(self) -> None:
        self.document.store.set_map_name(self.old, expected=self.new)
        self.document.map_renamed.emit(self.old)

    def rebased(self, error: StaleEditError) -> RenameMap:
        """ "Use mine": the rename again, from the name the other user gave."""
        theirs = str(error.fields[0].theirs) if error.fields else self.old
        return RenameMap(self.document, theirs, self.new, self.text())
