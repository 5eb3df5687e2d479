"""A team map kept up to date while it is open, and its server going away and coming back.

Others' changes arrive in place. Each write on a team map notifies the set number it
committed (:mod:`aspdesk.store.changes`); a :class:`~aspdesk.store.team.listening.Listener`
hears them on a connection of its own, watched by a ``QSocketNotifier``: nothing runs while
nothing comes, and a notification is read the moment it arrives, on the window's thread
between events, without waiting on the server (see :mod:`aspdesk.store.team.listening`).
Measured on the tests' server, a read with nothing
there costs 2 µs (``pgconn.consume_input`` and ``notifies``; psycopg's
``conn.notifies(timeout=0)`` 4 µs), so a ``QTimer`` poll every 100 ms would cost little
CPU either, but it wakes every open window ten times a second (a laptop's battery) and adds
50 ms on average to every update; the notifier wakes only when something came.

On a set number not yet applied, the sets after the last one applied are read from the
change log, the client's own sets left out (the store remembers the numbers its writes got),
and exactly the entities they changed are read again into the Document's index, which tells
the views as a local edit does: ``entities_changed`` for what was made, changed or removed,
``positions_changed`` for nodes that were only moved (pictures move those nodes alone),
``views_changed``, ``map_renamed`` and ``surveys_changed`` for the rest. The undo stack and
the selection stay; a removed entity leaves the selection. An entity holding a code the
window's terms do not know (another's import brought terms of its own) has the terms read
again, so its kind shows by its label.

A number can be drawn and committed late (a long transaction), or never (rolled back): a
gap below the last number applied is remembered for a while and filled when its
notification comes, and otherwise forgotten, never an error.

When the server cannot be reached (the listening connection breaks, or a write fails for
that reason) the Document becomes read-only with a reason saying whether the last change
was saved, which the window shows in its banner. Reconnecting is tried by itself, in a
thread so that the window never waits on a server that does not answer, after 0.25 s and
then twice as long each time up to :data:`MAX_DELAY_S`. Once back, the sets missed meanwhile
are caught up from the change log, and editing comes back.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.change_values import POSITION
from aspdesk.domain.changes import MAP, SURVEY_ROUND, VIEW, Change
from aspdesk.domain.entities import EntityType
from aspdesk.io.json_backup import CODE_FIELDS
from aspdesk.store.errors import StoreError
from aspdesk.store.team.listening import Listener
from aspdesk.store.team.location import TeamServer

FIRST_DELAY_S = 0.25
MAX_DELAY_S = 4.0
GAP_KEPT_S = 120.0  # how long a missing number may still turn up (a transaction's length)
_CHECK_MS = 50  # how often a reconnect in its thread is looked at
_TYPES = {t.value: t for t in EntityType}


class LiveUpdates(QObject):
    """Keeps one team map's Document up to date with others' changes (see the module)."""

    # The number of the last change set applied, after the views were told.
    caught_up = Signal(int)
    # Whether the server can be reached (False when it went away, True when back).
    reachable_changed = Signal(bool)

    def __init__(
        self,
        document: Document,
        server: TeamServer,
        start: int,
        connect: Callable[[TeamServer], Listener] = Listener,
    ) -> None:
        """Follow ``document``, whose index holds the map at least as of set ``start``."""
        super().__init__(document)
        self._document = document
        self._server = server
        self._connect = connect
        self.last = start  # every set up to here is applied (but the gaps)
        self._gaps: dict[int, float] = {}  # numbers not seen yet -> since when
        self._listener: Listener | None = None
        self._notifier: QSocketNotifier | None = None
        self._away = False
        self._lost_step: str | None = None  # the step a lost server refused, if one was
        # This client's set whose commit met the lost server: it may have committed all
        # the same (the connection broke after the server took the COMMIT), so catching up
        # reads it in as though another client had made it.
        self._unsure: set[int] = set()
        self._delay = FIRST_DELAY_S
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._on_retry_timeout)
        self._pending: Future[Listener] | None = None
        self._check = QTimer(self)
        self._check.setInterval(_CHECK_MS)
        self._check.timeout.connect(self._on_check_timeout)
        self._threads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="aspdesk-live")
        document.server_lost.connect(self._on_document_server_lost)
        document.closing.connect(self.stop)
        try:
            self._listen(connect(server))
            self.catch_up()
        except StoreError:
            self._go_away(None)

    @property
    def reachable(self) -> bool:
        """Whether the server could be reached when last tried."""
        return not self._away

    # -- hearing --------------------------------------------------------------------------

    def _listen(self, listener: Listener) -> None:
        self._drop_listener()
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _drop_listener(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _on_notifier_activated(self) -> None:
        if self._listener is None:
            return
        try:
            numbers = self._listener.received()
            if any(n > self.last or n in self._gaps for n in numbers):
                self.catch_up()
        except StoreError:
            self._go_away(None)

    def catch_up(self) -> int:
        """Apply the sets committed since the last one applied (but this client's own);
        the number of sets applied. Raises StoreError when the map cannot be read."""
        document = self._document
        floor = min([self.last, *(n - 1 for n in self._gaps)])
        sets = document.change_sets_after(floor)
        if not sets:
            return 0
        wanted = {s.id for s in sets if s.id > self.last or s.id in self._gaps}
        # Only the sets wanted: a gap waited for must not make every update read again
        # all that came after it.
        own = document.store.changes.written - self._unsure
        changes = document.store.changes.changes_of(sorted(wanted - own))
        apply_changes(document, changes)
        # Only once applied: a server lost in the middle leaves these sets to the next try.
        newest = max(s.id for s in sets)
        now = time.monotonic()
        found = {s.id for s in sets}
        for number in range(self.last + 1, newest):
            if number not in found:
                self._gaps.setdefault(number, now)
        for number in list(self._gaps):
            if number in found or now - self._gaps[number] > GAP_KEPT_S:
                del self._gaps[number]
        self.last = max(self.last, newest)
        self.caught_up.emit(self.last)
        return len({c.set_id for c in changes})

    # -- the server away and back ---------------------------------------------------------

    def _on_document_server_lost(self, step: str) -> None:
        self._lost_step = step
        written = self._document.store.changes.written
        if written:
            self._unsure.add(max(written))
        self._go_away(step)

    def _go_away(self, step: str | None) -> None:
        was_away, self._away = self._away, True
        if step is None and was_away:
            return
        self._drop_listener()
        self._document.set_unreachable(self._reason())
        if not was_away:
            self.reachable_changed.emit(False)
            self._delay = FIRST_DELAY_S
            self._retry.start(int(self._delay * 1000))

    def _reason(self) -> str:
        if self._lost_step is not None:
            return QCoreApplication.translate(
                "Live",
                "The server cannot be reached. Your last change was not saved: {step}. "
                "Editing is off until the server is back; aspdesk connects again by itself.",
            ).format(step=self._lost_step)
        if self._document.undo_stack.count():  # a step of the user's, and it was saved
            return QCoreApplication.translate(
                "Live",
                "The server cannot be reached. Your last change was saved. Editing is off "
                "until the server is back; aspdesk connects again by itself.",
            )
        return QCoreApplication.translate(
            "Live",
            "The server cannot be reached. Editing is off until the server is back; aspdesk "
            "connects again by itself.",
        )

    def _on_retry_timeout(self) -> None:
        if self._pending is None:
            self._pending = self._threads.submit(self._connect, self._server)
            self._check.start()

    def _on_check_timeout(self) -> None:
        pending = self._pending
        if pending is None or not pending.done():
            return
        self._check.stop()
        self._pending = None
        try:
            self._listen(pending.result())
            self.catch_up()  # through the map's own connections: the server is back
        except StoreError:
            self._drop_listener()
            self._delay = min(self._delay * 2, MAX_DELAY_S)
            self._retry.start(int(self._delay * 1000))
            return
        self._away = False
        self._lost_step = None
        self._document.set_unreachable("")
        self.reachable_changed.emit(True)

    def stop(self) -> None:
        """Stop listening and retrying (the document is closing)."""
        self._retry.stop()
        self._check.stop()
        self._drop_listener()
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.add_done_callback(_close_listener)
        self._threads.shutdown(wait=False, cancel_futures=True)


def _close_listener(done: Future[Listener]) -> None:
    """A reconnect that finished after its document closed: let its connection go."""
    if not done.cancelled() and done.exception() is None:
        done.result().close()


def apply_changes(document: Document, changes: Iterable[Change]) -> None:
    """Bring ``document``'s index up to date with others' ``changes`` and tell its views,
    as the Document's own edits do (see the module)."""
    changed: dict[EntityType, set[int]] = {}
    moved: dict[EntityType, set[int]] = {}
    views: set[int] = set()
    renamed = surveys = False
    for change in changes:
        entity_type = _TYPES.get(change.subject)
        if entity_type is not None:
            kept = moved if change.field == POSITION else changed
            kept.setdefault(entity_type, set()).add(change.entity_id)
        elif change.subject == VIEW:
            views.add(change.entity_id)
        elif change.subject == MAP:
            renamed = True
        elif change.subject == SURVEY_ROUND:
            surveys = True
    gone: list[Ref] = []
    for entity_type in EntityType:
        ids = sorted(changed.get(entity_type, ()))
        if ids:
            document.index.refresh(entity_type, ids)
            gone += [Ref(entity_type, i) for i in ids if document.index.get(entity_type, i) is None]
    if gone:  # before the views hear of it, as a local delete does
        document.forget(gone)
    if _new_codes(document, changed):  # an import brought terms: labels, not bare codes
        document.reload_terms()
    for entity_type in EntityType:
        ids = sorted(changed.get(entity_type, ()))
        if ids:
            document.entities_changed.emit(entity_type.value, ids)
        only_moved = sorted(moved.get(entity_type, set()) - set(ids))
        if only_moved:
            document.index.refresh(entity_type, only_moved)
            document.positions_changed.emit(entity_type.value, only_moved)
    if views:
        document.views_changed.emit(views.pop() if len(views) == 1 else -1)
    if renamed:
        document.map_renamed.emit(document.map_name())
    if surveys:
        document.surveys_changed.emit()


def _new_codes(document: Document, changed: dict[EntityType, set[int]]) -> bool:
    """Whether an entity just read holds a code the document's terms do not know."""
    known = document.codes()
    for entity_type, ids in changed.items():
        for name, vocabulary in CODE_FIELDS.get(entity_type, ()):
            for entity_id in ids:
                value = getattr(document.index.get(entity_type, entity_id), name, "")
                if value and value not in known[vocabulary]:
                    return True
    return False


def live_updates(document: Document) -> LiveUpdates | None:
    """The live updates following ``document`` (None for a map file)."""
    return document.findChild(LiveUpdates)
