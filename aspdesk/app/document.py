"""The open map: its store, its undo stack and its selection.

The Document owns the map's store: the window, the graph and the command line read and
write the map through it (its index, its commands, and the few methods below), never
through the store itself, so that one place decides what a write must also do (refresh
the index, tell the views). tests/unit/test_architecture.py checks that no module outside
``aspdesk.app`` and ``aspdesk.store`` reaches for a ``store``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMetaMethod, QObject, Signal
from PySide6.QtGui import QUndoCommand

from aspdesk.app.conflicts import EditConflict, step_refusal
from aspdesk.app.exchange import snapshot_from, snapshot_of
from aspdesk.app.history import UndoHistory
from aspdesk.app.index import EntityIndex
from aspdesk.app.selection import Ref, SelectionModel
from aspdesk.domain.changes import (
    KEY,
    MAP,
    POSITIONS_KEPT,
    SURVEY_ROUND,
    VIEW,
    Change,
    ChangeSet,
    marked,
    summary_parts,
)
from aspdesk.domain.entities import Entity, EntityType
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.views import SavedView
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.connection import MapReplacedError
from aspdesk.store.errors import StoreError
from aspdesk.store.locking import MapLock
from aspdesk.store.repository import MapStore, Point, Removal
from aspdesk.store.stale import StaleEditError
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.errors import ServerLostError
from aspdesk.store.team.location import TeamServer


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
    # A survey round was made, or answers collected into one (or either undone).
    surveys_changed = Signal()
    # Nodes were put elsewhere without an edit (a saved view was shown): the type and ids.
    # The index holds the new positions; only pictures of the graph need to know.
    positions_changed = Signal(str, list)
    # The map became read-only while open (its file was replaced or deleted, its server
    # cannot be reached) or writable again (the server is back): the reason, or "".
    access_changed = Signal(str)
    # An edit or delete met another user's change (an aspdesk.app.conflicts.EditConflict):
    # the window asks whose to keep (resolve). Unheard, it is told through edit_failed.
    edit_conflict = Signal(object)
    # A write failed because the team map's server could not be reached: the step's text
    # (aspdesk.app.live shows the banner and reconnects).
    server_lost = Signal(str)
    # The document is closing: whatever it owns besides the store lets go of the map.
    closing = Signal()

    def __init__(self, store: MapStore, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        with store.reading():  # one state of the map, through one connection
            self.index = EntityIndex(store)
            # Held in memory from the start, so that a map whose file is lost can still be
            # saved whole (see memory_snapshot).
            self._name = store.map_name()
            self._terms: dict[Vocabulary, list[Term]] = {}
            self.codes()
        self.language = language
        self.undo_stack = UndoHistory(self)
        self.undo_stack.step_refused.connect(self.edit_failed)
        self.undo_stack.blocked = self._undo_blocked
        self.selection = SelectionModel(self)
        self._failure: StoreError | None = None
        self._retry: QUndoCommand | None = None
        self._hide_personal = False
        # Why the map cannot be changed here ("" when it can): see aspdesk.store.opening.
        self.read_only = store.read_only.text(translate_store) if store.read_only else ""
        self._opened_read_only = self.read_only  # what a server coming back returns to
        self._step = ""  # the text of the step last written
        self._unreachable = ""  # why a team map's server cannot be reached, while it cannot
        self.views_changed.connect(self._on_views_changed)

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
        self.codes()

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
            if isinstance(failure, StaleEditError):
                self._met_change(failure)
                return False
            # Before the message: the window's banner says why while the message is shown.
            self._stop_if_file_lost(failure)
            self.edit_failed.emit(failure.text(translate_store))
            return False
        return True

    def _met_change(self, error: StaleEditError) -> None:
        """Show the other user's values, and ask (or tell) about the refused edit."""
        retry, self._retry = self._retry, None
        self.show_theirs(error)
        # Nothing to choose when the edit cannot be made again over theirs (answers
        # collected into a survey round: they are collected again): it is told.
        asked = self.isSignalConnected(QMetaMethod.fromSignal(self.edit_conflict))
        if asked and retry is not None:
            self.edit_conflict.emit(EditConflict(error, retry, self.language))
        else:
            self.edit_failed.emit(error.text(translate_store))

    def resolve(self, conflict: EditConflict, *, use_mine: bool) -> bool:
        """The user's choice on ``conflict``: keep theirs (nothing is written: the views
        show theirs already), or write this user's values over theirs as a new edit,
        which may meet yet another change. True when the user's values were written."""
        return use_mine and conflict.retry is not None and self.push(conflict.retry)

    def _stop_if_file_lost(self, error: StoreError) -> None:
        """After the map's file was replaced or deleted, refuse every further edit.

        Nothing more can reach the map; what the window shows is still all here (the
        index and the views), and File > Save a copy as writes it to a new map.
        """
        if isinstance(error, MapReplacedError) and not self.read_only:
            self.read_only = error.text(translate_store)
            self.access_changed.emit(self.read_only)
        if isinstance(error, ServerLostError):
            self.server_lost.emit(summary_parts(self._step)[1])

    def set_unreachable(self, reason: str) -> None:
        """Refuse every edit with ``reason`` while a team map's server cannot be reached,
        or ("") allow them again as the map was opened (a viewer's stays read-only)."""
        if reason != self._unreachable:
            self._unreachable = reason
            self.undo_stack.blocked_changed.emit()
        wanted = reason or self._opened_read_only
        if wanted != self.read_only:
            self.read_only = wanted
            self.access_changed.emit(wanted)

    def _undo_blocked(self) -> str:
        """Undo and redo are refused with the reason while a team map's server is away."""
        return self._unreachable

    def memory_snapshot(self) -> MapSnapshot:
        """The map as this document holds it in memory, for when its file is gone."""
        terms = {v: tuple(self.terms(v)) for v in Vocabulary}
        return snapshot_from(self._name, terms, self.index.all, self.index.views)

    def command_failed(self, error: StoreError, retry: QUndoCommand | None = None) -> None:
        """Called by a command whose first run the store refused (the map is unchanged):
        it does not enter the undo history, and :meth:`push` tells the user (and offers
        ``retry``, the edit again over another user's change: see ``edit_conflict``)."""
        self._failure = error
        self._retry = retry

    def step_failed(self, error: StoreError, *, undoing: bool) -> None:
        """Called by a command whose undo or redo the store refused (the map is unchanged).

        The undo history steps back over it and keeps every step (see
        :class:`~aspdesk.app.history.UndoHistory`); the user is told that nothing changed
        and that the step can be tried again.
        """
        self._stop_if_file_lost(error)
        if isinstance(error, StaleEditError):
            self.show_theirs(error)
        reason = step_refusal(error, self.language) if isinstance(error, StaleEditError) else ""
        if undoing:
            note = QCoreApplication.translate(
                "Document", "Nothing was undone: the map is as it was, and Undo can be tried again."
            )
        else:
            note = QCoreApplication.translate(
                "Document", "Nothing was redone: the map is as it was, and Redo can be tried again."
            )
        self.undo_stack.refuse(f"{reason or error.text(translate_store)}\n{note}")

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

    def show_theirs(self, error: StaleEditError) -> None:
        """Read again what ``error`` met another user's change of, and tell the views, so
        the window shows their values (an entity, the map's name, a view, the rounds)."""
        subject = error.entity_type
        if isinstance(subject, EntityType):
            self.notify_ids(subject, [error.entity_id])
        elif subject == VIEW:
            self.views_changed.emit(error.entity_id)
        elif subject == MAP:
            self.map_renamed.emit(self.map_name())
        elif subject == SURVEY_ROUND:
            self.surveys_changed.emit()

    def forget(self, refs: Iterable[Ref]) -> None:
        """Drop removed entities from the selection."""
        self.selection.discard(refs)

    def map_name(self) -> str:
        """The map's name (as last read, when the map cannot be read now: a lost server)."""
        if self.read_only == self._opened_read_only:  # not lost since it was opened
            try:
                self._name = self.store.map_name()
            except StoreError:
                pass
        return self._name

    def _on_views_changed(self, _view_id: int) -> None:
        try:
            self.index.reload_views()
        except StoreError as error:
            self._stop_if_file_lost(error)

    @property
    def lock(self) -> MapLock | None:
        """The writer's lock this document holds on its map, if it may write."""
        return self.store.lock

    def opening_notes(self) -> list[str]:
        """What the opening of the map has to tell the user (a save undone, no backup)."""
        return [note.text(translate_store) for note in self.store.notes]

    def clear_opening_notes(self) -> None:
        """The user has read the opening notes: do not show them again."""
        self.store.notes = []

    def prepare_writing(self) -> None:
        """Get ready for the first edit (the store loads the ORM): for the moment after
        the window's graph is drawn, which reading and drawing the map need none of."""
        self.store.prepare_writing()

    # -- reading the whole map ------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The map's file (None for a map held only in memory)."""
        return self.store.path

    @property
    def team_address(self) -> TeamAddress | None:
        """Where the map is on its server, for a team map (None for a map file)."""
        server = self.store.file
        return server.address if isinstance(server, TeamServer) else None

    def team_place(self) -> str:
        """A team map's database and server as the title bar shows them ("" for a file)."""
        server = self.store.file
        return server.shown() if isinstance(server, TeamServer) else ""

    def map_id(self) -> str:
        """The map's own identifier, which its backup copies carry."""
        return self.store.map_id()

    def snapshot(self, *, history: bool = False) -> MapSnapshot:
        """The whole map as stored, read in one go (for an export or an import's plan);
        with ``history``, its change log too (a JSON backup's optional section)."""
        return snapshot_of(self.store, history=history)

    def next_ids(self) -> dict[EntityType, int]:
        """The id each type's next new entity will get (an import plans with them)."""
        return self.store.next_ids()

    def survey_rounds(self) -> list[SurveyRound]:
        """The survey rounds, read from the map now, oldest first."""
        return self.store.surveys.all()

    def next_round_id(self) -> int:
        """The id the next new survey round gets."""
        return self.store.surveys.next_id()

    def saved_views(self) -> list[SavedView]:
        """The saved views, read from the map now, in their order."""
        return self.store.views.all()

    def dependents(self, ref: Ref) -> Removal:
        """What would go with ``ref`` if it were deleted."""
        return self.store.dependents(ref.type, ref.id)

    def save_copy(self, path: Path) -> None:
        """Write a copy of the map file to ``path``; raises StoreError, MapReplacedError."""
        self.store.save_copy(path)

    # -- the change log ---------------------------------------------------------------------

    def recording(self, summary: str) -> AbstractContextManager[None]:
        """Writes inside are recorded in the change log under ``summary`` (a step's text)."""
        self._step = summary
        return self.store.changes.step(summary)

    def history(
        self, subject: EntityType | str, entity_id: int
    ) -> list[tuple[ChangeSet, list[Change]]]:
        """What the change log holds of one entity (or of the map, a view or a round: the
        subjects of :mod:`aspdesk.domain.changes`), newest set first, with its changes."""
        return self.store.changes.history(str(subject), entity_id)

    def changes_since(self, when: datetime) -> list[Change]:
        """Every change made after ``when``, oldest first (the map on a past date)."""
        return self.store.changes.changes_since(when)

    def network_changes(self, subjects: Sequence[str], skipped: Sequence[str]) -> list[Change]:
        """The changes of things of ``subjects``, not to their fields ``skipped``, oldest
        first (see :meth:`aspdesk.store.changes.ChangeLog.network_changes`)."""
        return self.store.changes.network_changes(subjects, skipped)

    def changes_after(self, set_id: int) -> list[Change]:
        """Every change of the sets after ``set_id``, oldest first."""
        return self.store.changes.changes_after(set_id)

    def change_sets_after(self, set_id: int) -> list[ChangeSet]:
        """The change sets after ``set_id``, oldest first (0: all)."""
        return self.store.changes.sets_after(set_id)

    def first_change_set(self) -> ChangeSet | None:
        """The change log's first set (where an older map's history starts)."""
        return self.store.changes.first_set()

    def change_log_size(self) -> tuple[int, int, int]:
        """How many sets and changes the change log holds, and the characters of its values."""
        sets, changes = self.store.changes.count()
        return sets, changes, self.store.changes.size()

    def latest_change_set(self) -> int:
        """The number of the latest change set (0 when there is none)."""
        return self.store.changes.latest_set_id()

    # -- positions without an undo step ---------------------------------------------------

    def place_quietly(
        self, entity_type: EntityType, positions: Mapping[int, Point], *, announce: bool
    ) -> bool:
        """Keep nodes at ``positions`` without an undo step (first placement, a view shown).

        Placing nodes is not an edit of the network, so it is not undone; the index is
        refreshed without telling the tables, which do not show positions, and pictures
        of the graph are told (``positions_changed``) if ``announce``. A read-only map, or
        one that refuses the write, keeps its positions: False, and the picture keeps the
        new places only as long as the window is open.
        """
        if self.read_only or not positions:
            return False
        try:
            with self.recording(marked(KEY, POSITIONS_KEPT)):
                self.store.set_positions(entity_type, positions)
        except StoreError:
            return False
        self.index.refresh(entity_type, list(positions))
        if announce:
            self.positions_changed.emit(entity_type.value, list(positions))
        return True

    def place_first(
        self, entity_type: EntityType, positions: Mapping[int, Point]
    ) -> dict[int, Point]:
        """Keep the first places of nodes never placed, without an undo step; where they
        stand afterwards, which the picture draws.

        On a team map every open window places a new node when it first draws it; only
        the first place saved counts (another window's, when it came first), so that the
        node stands at the same place in every window and never jumps. A read-only map, or
        one that refuses the write, keeps ``positions`` only in the window. Only the index
        is refreshed: the window that placed the node draws it, and the tables do not show
        positions.
        """
        if self.read_only or not positions:
            return dict(positions)
        try:
            with self.recording(marked(KEY, POSITIONS_KEPT)):
                stored = self.store.set_positions(entity_type, positions, first=True)
        except StoreError:
            return dict(positions)
        self.index.refresh(entity_type, list(positions))
        return stored

    def close(self) -> None:
        """Release the map file and its lock; the document cannot be used afterwards."""
        self.closing.emit()
        self.undo_stack.clear()
        self.store.close()
