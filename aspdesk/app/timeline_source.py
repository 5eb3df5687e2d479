"""The one place that gathers a map's entities and its changes into a :class:`Timeline`.

Until the map's change log is read here, the timeline has the entities alone: their dates
decide, and what has no date counts as always there.
"""

from __future__ import annotations

from aspdesk.analysis.timeline import TIMED_TYPES, Timeline
from aspdesk.app.document import Document


def timeline_of(document: Document) -> Timeline:
    """The timeline of the map ``document`` holds: its entities now and its changes."""
    entities = [entity for t in TIMED_TYPES for entity in document.index.all(t)]
    return Timeline(entities, [])
