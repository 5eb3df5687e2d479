"""The steps of an import that need no window: translations, plan, prepare, commit.

The command line (``aspdesk import``, ``aspdesk survey collect``) stores an import with
these alone; :mod:`aspdesk.app.importing` adds the undoable command the window pushes and
gives these names too. Kept apart so that the command line does not import the window's
undo stack (QtGui) and the Document for them, about 35 ms of a 10,000-row import.

Translations: an aspdesk workbook may have been exported in any language, so the readers
get one translate function per language (:func:`all_translations`), whose catalogue is
loaded (with QtCore, 45 ms) when a reader first asks it something: an actor list of one
sheet, which no aspdesk workbook is, never does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field, replace
from typing import TYPE_CHECKING, Any

from aspdesk.app.exchange import snapshot_of
from aspdesk.app.import_placement import place_imported
from aspdesk.domain.changes import History
from aspdesk.domain.data_files import as_file, resource
from aspdesk.domain.entities import Actor, Entity, EntityType
from aspdesk.domain.languages import TRANSLATED
from aspdesk.domain.records import record
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.views import SavedView
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.importing.batch import ImportBatch
from aspdesk.io.merging.planner import Decisions, ImportPlan, plan_import
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.ids import Ids, renumbered
from aspdesk.store.repository import MapStore

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from aspdesk.analysis.layout.placing import Clearance

Translate = Callable[[str, str], str]


def all_translations() -> list[Translate]:
    """One translate function per language aspdesk speaks, for reading its own workbooks."""
    # English needs no translation; a language whose catalogue is not shipped has none.
    return [
        _Catalogue(language)
        for language in TRANSLATED
        if resource("translations", f"aspdesk_{language}.qm").is_file()
    ]


class _Catalogue:
    """The translate function of one language, its catalogue loaded when first asked."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator: QTranslator | None = None

    def __call__(self, context: str, text: str) -> str:
        if self._translator is None:
            from PySide6.QtCore import QTranslator

            translator = QTranslator()
            with as_file(resource("translations", f"aspdesk_{self.language}.qm")) as path:
                translator.load(str(path))
            self._translator = translator
        return self._translator.translate(context, text) or text


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


@record
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
        forward(store, prepared)


def forward(
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
        # answers collected into a round someone else collected into since: refused
        expected_rounds=prepared.rounds_before,
        deletes=[(e.entity_type, e.id) for e in prepared.deletes if e.id is not None],
        renumber=not (again or prepared.views or prepared.history),
    )
    if not ids:
        return prepared, ids
    updates_now = [(t, i, new) for t, i, _old, new in prepared.updates]
    inserts, moved = renumbered(ids, prepared.inserts, updates_now)
    updates = tuple(
        (t, i, old, dict(values))
        for (t, i, old, _new), (_t, _i, values) in zip(prepared.updates, moved, strict=True)
    )
    return replace(prepared, inserts=tuple(inserts), updates=updates), ids
