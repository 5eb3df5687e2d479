"""The open map: its store, its undo stack and its selection."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from aspdesk.app.history import UndoHistory
from aspdesk.app.index import EntityIndex
from aspdesk.app.selection import Ref, SelectionModel
from aspdesk.domain.entities import Entity, EntityType
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.store.errors import StoreError
from aspdesk.store.locking import MapLock
from aspdesk.store.repository import MapStore


def translate_store(context: str, text: str) -> str:
    """Translate a message template from the Qt-free layers."""
    return QCoreApplication.translate(context, text)


class Document(QObject):
    """One open map. Every edit goes through :meth:`push` as an undoable command.

    Views listen to ``entities_changed`` (the type and ids of what changed) and re-read
    what they show from :attr:`store`; ``edit_failed`` carries a message for the user when
    the map refused an edit, which then left the map as it was.
    """

    # Emitted after the index holds the change, so handlers may read it at once.
    entities_changed = Signal(str, list)
    map_renamed = Signal(str)
    edit_failed = Signal(str)
    # Workshop-safe: personal data (aspdesk.domain.privacy) is hidden on screen and left
    # out of exports. A view setting, not part of the map.
    privacy_changed = Signal(bool)
    # The saved views changed (added, renamed, moved, updated, deleted): the id of the
    # view concerned, or -1 when several changed at once (an import).
    views_changed = Signal(int)
    # Nodes were put elsewhere without an edit (a saved view was shown): the type and ids.
    # The index holds the new positions; only pictures of the graph need to know.
    positions_changed = Signal(str, list)

    def __init__(self, store: MapStore, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.index = EntityIndex(store)
        self.language = language
        self.undo_stack = UndoHistory(self)
        self.undo_stack.step_refused.connect(self.edit_failed)
        self.selection = SelectionModel(self)
        self._terms: dict[Vocabulary, list[Term]] = {}
        self._failure: StoreError | None = None
        self._hide_personal = False
        # Why the map cannot be changed here ("" when it can): see aspdesk.store.locking.
        self.read_only = ""
        self.lock: MapLock | None = None

    @property
    def hide_personal(self) -> bool:
        """Whether personal data is hidden from the screen and from exports."""
        return self._hide_personal

    def set_hide_personal(self, hide: bool) -> None:
        """Hide personal data (workshop-safe) or show it again."""
        if hide != self._hide_personal:
            self._hide_personal = hide
            self.privacy_changed.emit(hide)

    # -- vocabulary ---------------------------------------------------------------------

    def terms(self, vocabulary: Vocabulary) -> list[Term]:
        """The map's terms of ``vocabulary``, in display order."""
        if vocabulary not in self._terms:
            self._terms[vocabulary] = self.store.terms(vocabulary)
        return self._terms[vocabulary]

    def label(self, vocabulary: Vocabulary, code: str) -> str:
        """The label of ``code`` in the UI language; the code itself when unknown."""
        for term in self.terms(vocabulary):
            if term.code == code:
                return term.label(self.language)
        return code

    def reload_terms(self) -> None:
        """Read the terms again (after an import added some)."""
        self._terms.clear()

    def codes(self) -> dict[Vocabulary, set[str]]:
        """The known codes of every vocabulary, for validation."""
        return {v: {t.code for t in self.terms(v)} for v in Vocabulary}

    # -- editing ------------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> bool:
        """Run ``command`` and keep it for undo; False (and ``edit_failed``) if refused."""
        if self.read_only:
            self.edit_failed.emit(self.read_only)
            return False
        self._failure = None
        self.undo_stack.push(command)
        if self._failure is not None:
            failure, self._failure = self._failure, None
            self.edit_failed.emit(failure.text(translate_store))
            return False
        return True

    def command_failed(self, error: StoreError) -> None:
        """Called by a command whose first run the store refused (the map is unchanged):
        it does not enter the undo history, and :meth:`push` tells the user."""
        self._failure = error

    def step_failed(self, error: StoreError, *, undoing: bool) -> None:
        """Called by a command whose undo or redo the store refused (the map is unchanged).

        The undo history steps back over it and keeps every step (see
        :class:`~aspdesk.app.history.UndoHistory`); the user is told that nothing changed
        and that the step can be tried again.
        """
        if undoing:
            note = QCoreApplication.translate(
                "Document", "Nothing was undone: the map is as it was, and Undo can be tried again."
            )
        else:
            note = QCoreApplication.translate(
                "Document", "Nothing was redone: the map is as it was, and Redo can be tried again."
            )
        self.undo_stack.refuse(f"{error.text(translate_store)}\n{note}")

    def notify(self, entities: Iterable[Entity]) -> None:
        """Tell the views that these entities changed (were added, edited or removed)."""
        by_type: dict[EntityType, list[int]] = {}
        for entity in entities:
            if entity.id is not None:
                by_type.setdefault(entity.entity_type, []).append(entity.id)
        for entity_type, ids in by_type.items():
            self.notify_ids(entity_type, ids)

    def notify_ids(self, entity_type: EntityType, ids: list[int]) -> None:
        """Bring the index up to date for ``ids`` and tell the views they changed."""
        self.index.refresh(entity_type, ids)
        self.entities_changed.emit(entity_type.value, ids)

    def forget(self, refs: Iterable[Ref]) -> None:
        """Drop removed entities from the selection."""
        self.selection.discard(refs)

    def map_name(self) -> str:
        """The map's name."""
        return self.store.map_name()

    def close(self) -> None:
        """Release the map file; the document cannot be used afterwards."""
        self.undo_stack.clear()
        self.store.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
