"""Importing a file into an open map: plan, place, store in one transaction, undo.

The steps are separate so that the preview can show a plan and redo it as the user
decides, and so that the command line and the window store an import the same way:

1. :func:`aspdesk.io.importing.formats.read_import` reads the file into an ImportBatch;
2. :func:`plan_for` compares it with the map (nothing written);
3. :func:`prepare` places the new actors and gathers the writes;
4. :func:`commit` (headless) or the :class:`ImportData` command (undoable) stores them
   with :meth:`MapStore.apply`, all or nothing.

Steps 2 to 4 and the translations the readers get are in :mod:`aspdesk.app.import_steps`,
which the command line uses without the undo stack; this module gives their names too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from aspdesk.app.commands import StoreCommand
from aspdesk.app.conflicts import as_written
from aspdesk.app.document import Document
from aspdesk.app.import_steps import (
    PreparedImport,
    Translate,
    all_translations,
    commit,
    forward,
    plan_for,
    prepare,
)
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Entity, EntityType
from aspdesk.store.ids import Ids
from aspdesk.store.stale import LAYOUT

__all__ = [
    "ImportData",
    "PreparedImport",
    "Translate",
    "all_translations",
    "commit",
    "plan_for",
    "prepare",
]


def _as_written(prepared: PreparedImport) -> list[tuple[EntityType, int, dict[str, Any]]]:
    """What an import wrote, which its undo expects to find: a row another user changed
    since refuses the undo (aspdesk.store.stale). Placing actors is layout: not compared."""
    changed = [(t, i, v) for t, i, v in prepared.writes() if not LAYOUT.issuperset(v)]
    return as_written(prepared.inserts) + changed


class ImportData(StoreCommand):
    """One import as one undo step: undo removes what it added and restores what it changed.

    Terms the file brought stay after an undo: they are only words offered in lists, and
    removing one that an edit since has used would break that edit.
    """

    def __init__(self, document: Document, prepared: PreparedImport, text: str) -> None:
        super().__init__(document, text)
        self.prepared = prepared
        # The ids its first run took from a team map's server, by the planned ones.
        self.taken: Ids = {}

    def do(self) -> None:
        self.prepared, taken = forward(self.document.store, self.prepared, again=self._has_run)
        self.taken = self.taken or taken
        self.document.reload_terms()
        if self.prepared.rename is not None:
            self.document.map_renamed.emit(self.prepared.rename[1])
        self._notify()
        self._notify_deleted()

    def revert(self) -> None:
        prepared = self.prepared
        before = {r.id for r in prepared.rounds_before}
        self.document.store.apply(
            # What was deleted comes back first (under its ids), what refers to it after.
            inserts=tuple(reversed(prepared.deletes)),
            updates=prepared.writes(undo=True),
            deletes=[(e.entity_type, e.id) for e in reversed(prepared.inserts) if e.id],
            view_deletes=[v.id for v in prepared.views if v.id is not None],
            map_name=None if prepared.rename is None else prepared.rename[0],
            rounds=prepared.rounds_before,
            round_deletes=[
                r.id for r in prepared.rounds if r.id is not None and r.id not in before
            ],
            expected=_as_written(prepared),
            expected_rounds=prepared.rounds,
        )
        if prepared.rename is not None:
            self.document.map_renamed.emit(prepared.rename[0])
        self.document.forget(Ref(e.entity_type, e.id) for e in prepared.inserts if e.id is not None)
        self._notify()
        self._notify_deleted(undone=True)

    def _notify_deleted(self, *, undone: bool = False) -> None:
        by_type: dict[EntityType, list[int]] = {}
        for entity in self.prepared.deletes:
            if entity.id is not None:
                by_type.setdefault(entity.entity_type, []).append(entity.id)
        if not undone:
            self.document.forget(
                Ref(e.entity_type, e.id) for e in self.prepared.deletes if e.id is not None
            )
        # What refers to others goes first, and comes back after them.
        for entity_type in EntityType if undone else reversed(EntityType):
            if entity_type in by_type:
                self.document.notify_ids(entity_type, by_type[entity_type])

    def _notify(self) -> None:
        if self.prepared.rounds:
            self.document.surveys_changed.emit()
        if self.prepared.views:
            self.document.views_changed.emit(-1)
        by_type: dict[EntityType, list[int]] = {}
        for entity in self.prepared.inserts:
            if entity.id is not None:
                by_type.setdefault(entity.entity_type, []).append(entity.id)
        for entity_type, entity_id, _values in self.prepared.writes():
            by_type.setdefault(entity_type, []).append(entity_id)
        # Ends first: a tie's row shows its actors' names, so they must be known.
        for entity_type in EntityType:
            if entity_type in by_type:
                self.document.notify_ids(entity_type, by_type[entity_type])

    @property
    def added(self) -> Sequence[Entity]:
        """The entities the import adds."""
        return self.prepared.inserts
