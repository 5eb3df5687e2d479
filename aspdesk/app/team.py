"""Opening a team map as a Document, and copying a map file to a server: the app's side
of :mod:`aspdesk.store.team`."""

from __future__ import annotations

from collections.abc import Callable

from aspdesk.app.document import Document
from aspdesk.app.live import LiveUpdates
from aspdesk.store.errors import StoreError
from aspdesk.store.repository import MapStore
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.location import TeamServer
from aspdesk.store.team.opening import open_team_map
from aspdesk.store.team.to_server import copy_to_server


def open_team_document(address: TeamAddress, password: str, language: str) -> Document:
    """The team map at ``address`` as a Document in ``language``, kept up to date with
    others' changes while it is open (:mod:`aspdesk.app.live`); raises StoreError."""
    store = open_team_map(address, password)
    try:
        return team_document(store, language)
    except BaseException:
        store.close()
        raise


def team_document(store: MapStore, language: str) -> Document:
    """A Document on the open team map ``store``, kept up to date with others' changes;
    raises StoreError (the store stays open)."""
    assert isinstance(store.file, TeamServer)
    # Read before the index: what commits meanwhile is caught up once listening.
    start = store.changes.latest_set_id()
    document = Document(store, language)
    LiveUpdates(document, store.file, start)
    return document


def copy_map_to_server(
    document: Document,
    address: TeamAddress,
    password: str,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Copy the map file of ``document`` into the empty team map at ``address`` (one
    server transaction); the rows written. Raises StoreError, having written nothing."""
    if document.team_address is not None:
        raise StoreError("a team map already", path=document.team_place())
    return copy_to_server(document.store.engine, address, password, progress)
