"""The one selection shared by tables, forms and (later) the graph."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from aspdesk.domain.entities import EntityType


class Ref(NamedTuple):
    """A reference to one entity of the map."""

    type: EntityType
    id: int


class SelectionModel(QObject):
    """Selected entities and the current one (the one the form edits).

    Setters do nothing when the value is unchanged, so a view that reacts to
    ``selection_changed`` by updating itself, and thereby calls a setter again, stops there.
    """

    selection_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._selected: tuple[Ref, ...] = ()
        self._current: Ref | None = None

    @property
    def selected(self) -> tuple[Ref, ...]:
        """The selected entities, in the order they were selected."""
        return self._selected

    @property
    def current(self) -> Ref | None:
        """The entity the form shows, or None."""
        return self._current

    def selected_of(self, entity_type: EntityType) -> list[int]:
        """The ids of the selected entities of one type."""
        return [ref.id for ref in self._selected if ref.type is entity_type]

    def select(self, refs: Iterable[Ref], current: Ref | None = None) -> None:
        """Make ``refs`` the selection and ``current`` (default: the first) the current."""
        selected = tuple(dict.fromkeys(refs))
        if current is None and selected:
            current = selected[0]
        if current is not None and current not in selected:
            selected = (current, *selected)
        if selected == self._selected and current == self._current:
            return
        self._selected = selected
        self._current = current
        self.selection_changed.emit()

    def clear(self) -> None:
        """Select nothing."""
        self.select(())

    def discard(self, refs: Iterable[Ref]) -> None:
        """Drop ``refs`` (for example deleted entities) from the selection."""
        gone = set(refs)
        if not gone.intersection(self._selected):
            return
        remaining = tuple(ref for ref in self._selected if ref not in gone)
        current = self._current if self._current not in gone else None
        self.select(remaining, current)
