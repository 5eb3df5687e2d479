"""Importing a file into an open map: plan, place, store in one transaction, undo.

The steps are separate so that the preview can show a plan and redo it as the user
decides, and so that the command line and the window store an import the same way:

1. :func:`aspdesk.io.importing.formats.read_import` reads the file into an ImportBatch;
2. :func:`plan_for` compares it with the map (nothing written);
3. :func:`prepare` places the new actors and gathers the writes;
4. :func:`commit` (headless) or the :class:`ImportData` command (undoable) stores them
   with :meth:`MapStore.apply`, all or nothing.

Translations: an aspdesk workbook may have been exported in any language, so the readers
get one translate function per language (:func:`all_translations`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QTranslator

from aspdesk.analysis.layout.placing import Clearance
from aspdesk.app.commands import StoreCommand
from aspdesk.app.conflicts import as_written
from aspdesk.app.document import Document
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.import_placement import place_imported
from aspdesk.app.selection import Ref
from aspdesk.domain.changes import History
from aspdesk.domain.data_files import as_file, resource
from aspdesk.domain.entities import Actor, Entity, EntityType
from aspdesk.domain.languages import TRANSLATED
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.views import SavedView
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.importing.batch import ImportBatch
from aspdesk.io.merging.planner import Decisions, ImportPlan, plan_import
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.ids import Ids, renumbered
from aspdesk.store.repository import MapStore
from aspdesk.store.stale import LAYOUT

Translate = Callable[[str, str], str]


def all_translations() -> list[Translate]:
    """One translate function per language aspdesk speaks, for reading its own workbooks."""
    found: list[Translate] = []
    for language in TRANSLATED:  # English needs no translation
        translator = QTranslator()
        with as_file(resource("translations", f"aspdesk_{language}.qm")) as path:
            loaded = translator.load(str(path))
        if loaded:

            def translate(context: str, text: str, t: QTranslator = translator) -> str:
                return t.translate(context, text) or text

            found.append(translate)
    return found


def plan_for(
    store: MapStore,
    batch: ImportBatch,
    decisions: Decisions | None = None,
    current: MapSnapshot | None = None,
) -> ImportPlan:
    """What importing ``batch`` into the map of ``store`` would do (nothing is written);
    ``current`` is the map as ``store`` holds it, when the caller has read it already."""
    map_now = snapshot_of(store) if current is None else current
    return plan_import(batch, map_now, store.next_ids(), decisions)


@dataclass(frozen=True)
class PreparedImport:
    """The writes of one import and of its undo.

    ``updates`` hold (type, id, old values, new values); ``rename`` is (old, new) or None.
    """

    inserts: tuple[Entity, ...]
    updates: tuple[tuple[EntityType, int, dict[str, Any], dict[str, Any]], ...]
    rename: tuple[str, str] | None = None
    terms: dict[Vocabulary, tuple[Term, ...]] = field(default_factory=dict)
    # (id, x, y) of actors of the map that had no position and are placed with the new ones
    placements: tuple[tuple[int, float, float], ...] = ()
    # A backup's saved views, when it restores a whole map into one without views; views
    # are never merged into a map that has its own.
    views: tuple[SavedView, ...] = ()
    # Survey rounds as the import leaves them (their answers recorded) and as they were.
    rounds: tuple[SurveyRound, ...] = ()
    rounds_before: tuple[SurveyRound, ...] = ()
    # A backup's change log, kept when it restores a whole map (stored with the first run).
    history: History = ()
    # What an offline copy sent back deletes, as the map holds it, dependents first.
    deletes: tuple[Entity, ...] = ()

    def writes(self, *, undo: bool = False) -> list[tuple[EntityType, int, dict[str, Any]]]:
        """The updates to store (or, with ``undo``, the ones that take them back)."""
        if undo:
            changed = [(t, i, old) for t, i, old, _new in self.updates]
            layout: list[dict[str, Any]] = [{"x": None, "y": None} for _ in self.placements]
        else:
            changed = [(t, i, new) for t, i, _old, new in self.updates]
            layout = [{"x": x, "y": y} for _id, x, y in self.placements]
        ids = [actor_id for actor_id, _x, _y in self.placements]
        return changed + [(EntityType.ACTOR, i, v) for i, v in zip(ids, layout, strict=True)]

    @property
    def empty(self) -> bool:
        """Whether the import would change nothing."""
        return not (
            self.inserts or self.updates or self.deletes or self.rename or self.views or self.rounds
        )


def prepare(
    plan: ImportPlan, current: MapSnapshot, clearance: Clearance | None = None
) -> PreparedImport:
    """The writes for ``plan``, with new actors placed on the graph (with ``clearance``,
    as the window shows it)."""
    updates = []
    for existing, changes in plan.updates:
        assert existing.id is not None
        old = {name: getattr(existing, name) for name in changes}
        if isinstance(existing, Actor):
            old["updated_at"] = existing.updated_at
        updates.append((existing.entity_type, existing.id, old, changes))
    rename = (current.name, plan.rename) if plan.rename and plan.rename != current.name else None
    inserts, placed = (
        (plan.inserts, {})
        if plan.restores
        else place_imported(plan.inserts, current, clearance=clearance)
    )
    return PreparedImport(
        tuple(inserts),
        tuple(updates),
        rename,
        dict(plan.batch.terms),
        tuple((actor_id, x, y) for actor_id, (x, y) in placed.items()),
        plan.batch.views if plan.restores and not current.views else (),
        plan.batch.surveys if plan.restores and not current.surveys else (),
        history=plan.batch.history if plan.restores else (),
        deletes=tuple(plan.deletes),
    )


def commit(store: MapStore, prepared: PreparedImport, summary: str = "") -> None:
    """Store an import without undo (the command line): one transaction, recorded in the
    change log under ``summary`` (the step's text the window would show)."""
    with store.changes.step(summary):
        _forward(store, prepared)


def _forward(
    store: MapStore, prepared: PreparedImport, *, again: bool = False
) -> tuple[PreparedImport, Ids]:
    """Store ``prepared``, and return it as written with the ids it took (planned -> the
    server's); ``again`` (a redo) leaves out the backup's history, which the log kept
    from the first run.

    The first run of an import on a team map takes its new rows' ids from the server
    (another client may have planned the same: :mod:`aspdesk.store.ids`); a restore keeps
    a backup's ids, which its views and history name, and its redo the ids it took.
    """
    ids = store.apply(
        prepared.inserts,
        prepared.writes(),
        history=() if again else prepared.history,
        views=prepared.views,
        terms=prepared.terms,
        map_name=None if prepared.rename is None else prepared.rename[1],
        rounds=prepared.rounds,
        deletes=[(e.entity_type, e.id) for e in prepared.deletes if e.id is not None],
        renumber=not (again or prepared.views or prepared.history),
    )
    if not ids:
        return prepared, ids
    forward = [(t, i, new) for t, i, _old, new in prepared.updates]
    inserts, moved = renumbered(ids, prepared.inserts, forward)
    updates = tuple(
        (t, i, old, dict(values))
        for (t, i, old, _new), (_t, _i, values) in zip(prepared.updates, moved, strict=True)
    )
    return replace(prepared, inserts=tuple(inserts), updates=updates), ids


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
        self.prepared, taken = _forward(self.document.store, self.prepared, again=self._has_run)
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
