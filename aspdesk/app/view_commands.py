"""Undoable edits of the map's saved views: add, duplicate, rename, move, update, delete.

Like every edit these hold plain values (a :class:`SavedView` is one), run their first
``redo()`` inside :meth:`Document.push`, and mark themselves obsolete when the store
refuses. Each tells the document's ``views_changed`` which view it touched, so the views
panel re-reads the list and keeps that view selected.

On a team map a rename, an update or a delete of a view someone else renamed, changed or
deleted since its user saw it is refused as a stale edit of an entity is
(:mod:`aspdesk.store.stale`): the window asks whose to keep, and :meth:`rebased` is the
same change again over theirs. So are an undo or redo that would write over such a change
(refused with the reason). A move only says where the view goes: others' adds and deletes
shift every place in the list, so places are not compared.

Showing a view is not among them: looking at the map another way changes nothing in it.
"""

from __future__ import annotations

from dataclasses import replace

from aspdesk.app.commands import StoreCommand
from aspdesk.app.document import Document
from aspdesk.domain.views import SavedView, ViewState
from aspdesk.store.errors import ConflictError
from aspdesk.store.stale import StaleEditError
from aspdesk.store.views import NO_SUCH_VIEW


class AddView(StoreCommand):
    """Add a view, last in the list or at ``position``; undo removes it, and redo puts it
    back under the same id and at the same place."""

    def __init__(
        self,
        document: Document,
        name: str,
        state: ViewState,
        text: str,
        *,
        position: int | None = None,
    ) -> None:
        super().__init__(document, text)
        self.view = SavedView(None, name, position or 0, state)
        self._at_end = position is None

    def do(self) -> None:
        at_end = self._at_end and self.view.id is None
        self.view = self.document.store.views.insert(self.view, at_end=at_end)
        self.document.views_changed.emit(self.view_id)

    def revert(self) -> None:
        self.document.store.views.delete(self.view_id, seen=self.view)
        self.document.views_changed.emit(self.view_id)

    @property
    def view_id(self) -> int:
        """The id of the added view (valid once the command has run)."""
        assert self.view.id is not None
        return self.view.id


class DuplicateView(AddView):
    """Add a copy of ``original`` named ``name``, right after it."""

    def __init__(self, document: Document, original: SavedView, name: str, text: str) -> None:
        super().__init__(document, name, original.state, text, position=original.position + 1)
        assert original.id is not None
        self.original_id = original.id

    def do(self) -> None:
        if self.view.id is None:  # first run: copy the original as the map has it now
            original = _current(self.document, self.original_id)
            self.view = replace(self.view, position=original.position + 1, state=original.state)
        super().do()


class DeleteView(StoreCommand):
    """Delete a view; undo restores it under the same id and at the same place."""

    def __init__(self, document: Document, view: SavedView, text: str) -> None:
        super().__init__(document, text)
        assert view.id is not None
        self.view = view

    def do(self) -> None:
        assert self.view.id is not None
        self.view = self.document.store.views.delete(self.view.id, seen=self.view)
        self.document.views_changed.emit(self.view.id)

    def rebased(self, error: StaleEditError) -> DeleteView | None:
        """ "Delete anyway": the delete again, of the view as the other user left it."""
        assert self.view.id is not None
        theirs = self.document.store.views.get(self.view.id)
        return None if theirs is None else DeleteView(self.document, theirs, self.text())

    def revert(self) -> None:
        self.view = self.document.store.views.insert(self.view)
        assert self.view.id is not None
        self.document.views_changed.emit(self.view.id)


class _ChangeView(StoreCommand):
    """One property of one view, from ``old`` to ``new``."""

    def __init__(self, document: Document, view: SavedView, new: SavedView, text: str) -> None:
        super().__init__(document, text)
        assert view.id is not None
        self.view_id = view.id
        self.old = view
        self.new = new

    def do(self) -> None:
        # Refused when someone else changed what this changes since the user saw ``old``
        # (the first run), or since the undo put it back (a redo).
        self._set(self.new, self.old)
        self.document.views_changed.emit(self.view_id)

    def revert(self) -> None:
        self._set(self.old, self.new)
        self.document.views_changed.emit(self.view_id)

    def rebased(self, error: StaleEditError) -> _ChangeView | None:
        """ "Use mine": the same change again, over the view as the other user left it."""
        theirs = self.document.store.views.get(self.view_id)
        return None if theirs is None else self._again(theirs)

    def _again(self, theirs: SavedView) -> _ChangeView:
        """This change again, made to ``theirs``."""
        raise NotImplementedError

    def _set(self, view: SavedView, seen: SavedView) -> None:
        raise NotImplementedError

    def _changed(self, view: SavedView) -> SavedView:
        """``view`` with this command's change made."""
        raise NotImplementedError


def _current(document: Document, view_id: int) -> SavedView:
    view = document.store.views.get(view_id)
    if view is None:
        raise ConflictError(NO_SUCH_VIEW)
    return view


class RenameView(_ChangeView):
    """Give a view a new name."""

    def __init__(self, document: Document, view: SavedView, name: str, text: str) -> None:
        super().__init__(document, view, replace(view, name=name), text)

    def _changed(self, view: SavedView) -> SavedView:
        return replace(view, name=self.new.name)

    def _again(self, theirs: SavedView) -> _ChangeView:
        return RenameView(self.document, theirs, self.new.name, self.text())

    def _set(self, view: SavedView, seen: SavedView) -> None:
        assert view.id is not None
        self.document.store.views.rename(view.id, view.name, seen)


class MoveView(_ChangeView):
    """Move a view to ``position`` in the list (0 is first)."""

    def __init__(self, document: Document, view: SavedView, position: int, text: str) -> None:
        super().__init__(document, view, replace(view, position=position), text)

    def do(self) -> None:
        if not self._has_run:
            # Undo puts it back where the map had it: others may have shifted it.
            current = _current(self.document, self.view_id)
            self.old = current
            self.new = self._changed(current)
        super().do()

    def _changed(self, view: SavedView) -> SavedView:
        return replace(view, position=self.new.position)

    def _again(self, theirs: SavedView) -> _ChangeView:
        return MoveView(self.document, theirs, self.new.position, self.text())

    def _set(self, view: SavedView, seen: SavedView) -> None:
        assert view.id is not None
        self.document.store.views.move(view.id, view.position, seen)


class UpdateView(_ChangeView):
    """Make a view show ``state`` (what the graph shows now) instead of what it showed."""

    def __init__(self, document: Document, view: SavedView, state: ViewState, text: str) -> None:
        super().__init__(document, view, replace(view, state=state), text)

    def _changed(self, view: SavedView) -> SavedView:
        return replace(view, state=self.new.state)

    def _again(self, theirs: SavedView) -> _ChangeView:
        return UpdateView(self.document, theirs, self.new.state, self.text())

    def _set(self, view: SavedView, seen: SavedView) -> None:
        assert view.id is not None
        self.document.store.views.set_state(view.id, view.state, seen)
