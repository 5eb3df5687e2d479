"""Where the app gets its :class:`~aspdesk.analysis.timeline.Timeline`: the map's entities
and its change log, gathered in this one place.

The slider, then-and-now, the outcome numbers and the growth film all ask here, so the
map on a past date has one answer everywhere in the window.
"""

from __future__ import annotations

from aspdesk.analysis.timeline import TIMED_TYPES, Timeline
from aspdesk.app.document import Document
from aspdesk.domain.change_values import POSITION
from aspdesk.domain.entities import Entity


def timeline_of(document: Document) -> Timeline:
    """The timeline of ``document``'s map: its entities now and every change to them."""
    entities: list[Entity] = [e for t in TIMED_TYPES for e in document.index.all(t)]
    # Where nodes stood does not change what was on the network: a layout's moves, often
    # most of a log, are left out (the past's entities keep today's positions).
    subjects = [t.value for t in TIMED_TYPES]
    return Timeline(entities, document.network_changes(subjects, (POSITION, "pinned")))
