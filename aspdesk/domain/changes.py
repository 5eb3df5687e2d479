"""What an edit changed: the entries of a map's change log, as plain values.

Every write to a map (a command and its undo, an import, a restore, a layout) is one
*change set*: when, by whom and under which step name. It holds one :class:`Change` per
field of an entity it changed, or per entity it made or removed whole. The store keeps
them beside the map's tables in the same transaction as the write
(:mod:`aspdesk.store.changes`); the history of one thing (its form), the map on a past
date and "then and now" (:mod:`aspdesk.analysis.timeline`) read them back.

A change's values are domain values, as the entities hold them (dates as ``date``, tags
as tuples): ``old`` and ``new`` of a field change are that field's values before and
after; a change with no ``field`` made the entity (``old`` is ``None``, ``new`` the whole
entity) or removed it (``old`` the whole entity, ``new`` ``None``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aspdesk.domain.entities import Entity, EntityType
from aspdesk.domain.records import record

# Subjects of changes that are not entities: the map's own fields (its name), a saved
# view, a survey round. Their whole values are the store's plain values (a SavedView, a
# SurveyRound).
MAP = "map"
VIEW = "view"
SURVEY_ROUND = "survey_round"

# A set's summary is the step's text as the user saw it, or that text marked: an undo or a
# redo of the step, or a key of a step aspdesk itself made (the history's start), which
# the window says in its language. The mark is a control character, which no step text or
# user's value holds (validation refuses them).
_MARK = "\x1f"
UNDO = "undo"
REDO = "redo"
KEY = "key"
# Keys of steps aspdesk made, not the user.
HISTORY_STARTS = "history-starts"  # an older map's migration, or a restore without history
POSITIONS_KEPT = "positions-kept"  # nodes placed for the first time, or a view shown
SAMPLE_WRITTEN = "sample-written"  # the sample map made
COPY_WRITTEN = "copy-written"  # a window's map saved whole into a new map


def marked(kind: str, text: str) -> str:
    """A summary saying ``text`` is an undo or a redo of that step, or a key."""
    return f"{_MARK}{kind}{_MARK}{text}"


def summary_parts(summary: str) -> tuple[str, str]:
    """The kind of a summary ("" for a step, else UNDO, REDO or KEY) and its text."""
    if summary.startswith(_MARK):
        kind, _mark, text = summary[1:].partition(_MARK)
        return kind, text
    return "", summary


@record
class ChangeSet:
    """One write: its number (rising; the change sequence number of a team map), when it
    was made (UTC), by whom (the computer's user on a file map, the database user on a
    team map) and its step's name as the user saw it in Edit > Undo."""

    id: int
    at: datetime
    author: str
    summary: str


# By value: a timeline asks each change its type at every step of the slider, and
# EntityType(value) costs a tenth of the step at 100,000 changes.
_ENTITY_TYPES = {entity_type.value: entity_type for entity_type in EntityType}


@record
class Change:
    """One field of one entity changed, or one entity made or removed whole, by a set."""

    set_id: int
    at: datetime
    author: str
    subject: str  # an EntityType's value, or MAP, VIEW or SURVEY_ROUND
    entity_id: int  # 0 for the map itself
    field: str | None
    old: Any
    new: Any

    @property
    def entity_type(self) -> EntityType | None:
        """The type of the entity changed, or ``None`` for the map, a view or a round."""
        return _ENTITY_TYPES.get(self.subject)

    @property
    def made(self) -> bool:
        """Whether the change made the entity (``new`` is then the whole entity)."""
        return self.field is None and self.old is None

    @property
    def removed(self) -> bool:
        """Whether the change removed the entity (``old`` is then the whole entity)."""
        return self.field is None and self.new is None

    @property
    def entity(self) -> Entity | None:
        """The whole entity a made or removed change carries (``None`` for a field, and for
        a change to the map, a view or a round)."""
        if self.field is not None or self.entity_type is None:
            return None
        whole: Entity = self.new if self.old is None else self.old
        return whole


# A map's whole change log as plain values, oldest set first: what a JSON backup carries.
History = tuple[tuple[ChangeSet, tuple[Change, ...]], ...]
