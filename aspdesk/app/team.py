"""Opening a team map as a Document: the app's side of :mod:`aspdesk.store.team`."""

from __future__ import annotations

from aspdesk.app.document import Document
from aspdesk.app.live import LiveUpdates
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.location import TeamServer
from aspdesk.store.team.opening import open_team_map


def open_team_document(address: TeamAddress, password: str, language: str) -> Document:
    """The team map at ``address`` as a Document in ``language``, kept up to date with
    others' changes while it is open (:mod:`aspdesk.app.live`); raises StoreError."""
    store = open_team_map(address, password)
    try:
        # Read before the index: what commits meanwhile is caught up once listening.
        start = store.changes.latest_set_id()
        document = Document(store, language)
    except BaseException:
        store.close()
        raise
    assert isinstance(store.file, TeamServer)
    LiveUpdates(document, store.file, start)
    return document
