"""Opening a team map as a Document: the app's side of :mod:`aspdesk.store.team`."""

from __future__ import annotations

from aspdesk.app.document import Document
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.opening import open_team_map


def open_team_document(address: TeamAddress, password: str, language: str) -> Document:
    """The team map at ``address`` as a Document in ``language``; raises StoreError."""
    return Document(open_team_map(address, password), language)
