"""What importing a file would do, as values: outcomes, the user's decisions, the plan.

:func:`aspdesk.io.merging.planner.plan_import` makes an :class:`ImportPlan`; the preview and the
command line show it and change its :class:`Decisions`; the app layer stores it. Nothing
here compares or writes anything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from aspdesk.domain.entities import Entity, EntityType
from aspdesk.domain.records import record
from aspdesk.io.importing.batch import Candidate, ImportBatch
from aspdesk.io.importing.problems import Translate


class Outcome(StrEnum):
    """What importing does with one candidate."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    ERROR = "error"
    DELETED = "deleted"  # an offline copy sent back deleted it (aspdesk.io.merging.threeway)


class MatchedBy(StrEnum):
    """Why a candidate was taken to be an entity of the map."""

    NONE = ""
    ID = "id"
    BUSINESS_ID = "business_id"
    NAME = "name"
    ACRONYM = "acronym"  # a project
    CHOSEN = "chosen"  # the user said so
    ENDS = "ends"  # the same actors, cluster and role or type


@record
class Decisions:
    """What the user chose in the preview (or the command line's flags).

    ``take_file`` holds (entity type, key) of conflicts where the file's values win;
    ``take_file_always`` makes them win everywhere. ``same_as`` maps an actor's key to
    the id of the map's actor it is (picked from the suggestions), and a membership's or
    tie's key to the one of the map it is about (a survey answer). ``without_bad`` holds
    (entity type, key) of rows with errors to import without their bad fields;
    ``without_bad_always`` does it for every row that can be. ``translate`` writes the
    problems into such a row's notes in the user's language.
    """

    take_file: frozenset[tuple[EntityType, str]] = frozenset()
    take_file_always: bool = False
    same_as: Mapping[str, int] = field(default_factory=dict)
    skip_errors: bool = False
    without_bad: frozenset[tuple[EntityType, str]] = frozenset()
    without_bad_always: bool = False
    translate: Translate | None = field(default=None, compare=False)

    def takes_file(self, entity_type: EntityType, key: str) -> bool:
        """Whether the file's values win for this candidate's conflicts."""
        return self.take_file_always or (entity_type, key) in self.take_file

    def drops_bad(self, entity_type: EntityType, key: str) -> bool:
        """Whether this row with errors goes in without its bad fields, if it can."""
        return self.without_bad_always or (entity_type, key) in self.without_bad


@record
class PlanItem:
    """What happens to one candidate, and why.

    ``conflicts`` are field -> (the map's value, the file's value); ``changes`` are what
    will be written to ``existing`` given the decisions; ``entity`` is what the map holds
    afterwards (None for an ERROR). ``reason`` explains an ERROR (a template marked in the
    "io" context, filled with ``reason_values``). ``dropped`` are the bad fields of a row
    with errors imported without them (the candidate is then the file's, problems and
    all); ``droppable`` says whether a row with errors could be.
    """

    entity_type: EntityType
    candidate: Candidate
    outcome: Outcome
    existing: Entity | None = None
    matched_by: MatchedBy = MatchedBy.NONE
    changes: Mapping[str, Any] = field(default_factory=dict)
    conflicts: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)
    suggestions: tuple[Entity, ...] = ()
    entity: Entity | None = None
    reason: str = ""
    reason_values: Mapping[str, str] = field(default_factory=dict)
    dropped: tuple[str, ...] = ()
    droppable: bool = False


@dataclass
class ImportPlan:
    """Everything importing would do, item by item, and the writes that do it."""

    batch: ImportBatch
    decisions: Decisions
    items: list[PlanItem] = field(default_factory=list)
    rename: str = ""  # a backup restored into an empty map brings the map's name
    # The file is a copy of a whole map going into an empty one: ids, times and positions
    # are kept exactly (nothing unplaced is placed), so the round trip is exact.
    restores: bool = False
    # The file is an offline copy sent back to its team map (the map): the preview says so.
    sent_back: bool = False
    # What sending an offline copy back deletes, what refers to others first.
    deletes: list[Entity] = field(default_factory=list)

    def counts(self, entity_type: EntityType | None = None) -> Counter[Outcome]:
        """How many items have each outcome (of one kind of entity, or all)."""
        return Counter(
            item.outcome
            for item in self.items
            if entity_type is None or item.entity_type is entity_type
        )

    @property
    def errors(self) -> int:
        """How many items cannot be imported."""
        return self.counts()[Outcome.ERROR]

    @property
    def ready(self) -> bool:
        """Whether the import may go ahead: no errors, or the user skips them."""
        return self.errors == 0 or self.decisions.skip_errors

    @property
    def inserts(self) -> list[Entity]:
        """New entities with their ids, in the order they must be stored."""
        return [i.entity for i in self.items if i.outcome is Outcome.NEW and i.entity]

    @property
    def updates(self) -> list[tuple[Entity, dict[str, Any]]]:
        """(entity as it is, changed fields) for every entity the import changes."""
        return [
            (item.existing, dict(item.changes))
            for item in self.items
            if item.existing is not None and item.changes and item.outcome is not Outcome.ERROR
        ]

    @property
    def writes(self) -> int:
        """How many entities importing would add or change."""
        return len(self.inserts) + len(self.updates) + len(self.deletes)
