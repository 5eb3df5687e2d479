"""Undoable changes to the picture: moving nodes (a drag, a layout) and pinning them.

Nodes of every type (actors, clusters, projects) move in one transaction, so an undo that
fails (a full disk) leaves none of them moved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from aspdesk.app.commands import StoreCommand
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import EntityType
from aspdesk.store.stale import StaleEditError

Point = tuple[float | None, float | None]
V = TypeVar("V")


def _by_type(values: Mapping[Ref, V]) -> dict[EntityType, dict[int, V]]:
    grouped: dict[EntityType, dict[int, V]] = {}
    for ref, value in values.items():
        grouped.setdefault(ref.type, {})[ref.id] = value
    return grouped


class MoveNodes(StoreCommand):
    """Put nodes at new positions: one drag, or one layout, is one undo step."""

    def __init__(
        self, document: Document, old: Mapping[Ref, Point], new: Mapping[Ref, Point], text: str
    ) -> None:
        super().__init__(document, text)
        self.old = dict(old)
        self.new = dict(new)

    def _apply(self, positions: Mapping[Ref, Point], expected: Mapping[Ref, Point]) -> None:
        grouped = _by_type(positions)
        try:
            self.document.store.arrange(positions=grouped, expected=_by_type(expected))
        except StaleEditError as error:
            # Where the other user put it shows at once, and the step stays undoable.
            self.document.show_theirs(error)
            raise
        for entity_type, moves in grouped.items():
            self.document.notify_ids(entity_type, list(moves))

    def do(self) -> None:
        # The first run moves nodes wherever they are; its redo and undo are refused when
        # another user has moved one of them since (aspdesk.store.stale).
        self._apply(self.new, self.old if self._has_run else {})

    def revert(self) -> None:
        self._apply(self.old, self.new)


class PinNodes(StoreCommand):
    """Pin nodes (layouts leave them where they are) or unpin them."""

    def __init__(
        self, document: Document, old: Mapping[Ref, bool], new: Mapping[Ref, bool], text: str
    ) -> None:
        super().__init__(document, text)
        self.old = dict(old)
        self.new = dict(new)

    def _apply(self, pinned: Mapping[Ref, bool], expected: Mapping[Ref, bool]) -> None:
        grouped = _by_type(pinned)
        try:
            self.document.store.arrange(pinned=grouped, expected_pinned=_by_type(expected))
        except StaleEditError as error:
            self.document.show_theirs(error)
            raise
        for entity_type, values in grouped.items():
            self.document.notify_ids(entity_type, list(values))

    def do(self) -> None:
        # As a move: its undo and redo are refused when another user pinned or unpinned
        # one of the nodes since.
        self._apply(self.new, self.old if self._has_run else {})

    def revert(self) -> None:
        self._apply(self.old, self.new)
