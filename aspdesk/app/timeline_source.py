"""Where the app gets its :class:`~aspdesk.analysis.timeline.Timeline`: the map's entities
and its change log, gathered in this one place.

The slider, then-and-now, the outcome numbers and the growth film all ask here, so the
map on a past date has one answer everywhere in the window.
"""

from __future__ import annotations

from aspdesk.analysis.timeline import TIMED_TYPES, Timeline
from aspdesk.app.document import Document
from aspdesk.domain.changes import Change
from aspdesk.domain.entities import Entity


def timeline_of(document: Document) -> Timeline:
    """The timeline of ``document``'s map: its entities now and every change to them."""
    entities: list[Entity] = [e for t in TIMED_TYPES for e in document.index.all(t)]
    # Until the map keeps a change log, dates alone decide (undated entities count as
    # always there); the log's changes, oldest first, go here when it does.
    changes: list[Change] = []
    return Timeline(entities, changes)
