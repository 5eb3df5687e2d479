"""Undoable edits of projects as a whole: a consortium saved as a project, or its partners."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from aspdesk.app.commands import StoreCommand
from aspdesk.app.conflicts import as_written
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Entity, EntityType, Project, ProjectPartner
from aspdesk.store.ids import renumbered

PREPARATION = "preparation"


class SaveConsortium(StoreCommand):
    """A new project in preparation with its partners, as one undo step.

    ``partners`` need no ids nor a ``project_id``: the first run numbers the project and
    its partners past every id the map has used (as an import does) and stores them in
    one transaction. Undo removes exactly those rows; redo puts them back under the same
    ids, so anything that remembers the project (the selection, a later edit) still finds
    it.
    """

    def __init__(
        self,
        document: Document,
        project: Project,
        partners: Sequence[ProjectPartner],
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.project = replace(project, id=None, status=PREPARATION)
        self.partners: tuple[ProjectPartner, ...] = tuple(
            replace(p, id=None, project_id=0) for p in partners
        )

    def do(self) -> None:
        first_run = self.project.id is None
        if first_run:
            ids = self.document.store.next_ids()
            project_id = ids[EntityType.PROJECT]
            first = ids[EntityType.PROJECT_PARTNER]
            self.project = replace(self.project, id=project_id)
            self.partners = tuple(
                replace(p, id=first + n, project_id=project_id) for n, p in enumerate(self.partners)
            )
        # On a team map the first run takes its ids from the server (aspdesk.store.ids).
        inserts: list[Entity] = [self.project, *self.partners]
        taken = self.document.store.apply(inserts=inserts, renumber=first_run)
        project, *partners = renumbered(taken, inserts, [])[0]
        assert isinstance(project, Project)
        self.project = project
        self.partners = tuple(p for p in partners if isinstance(p, ProjectPartner))
        self._notify()

    def revert(self) -> None:
        refs = [self.ref, *(Ref(EntityType.PROJECT_PARTNER, p.id or 0) for p in self.partners)]
        self.document.store.apply(
            deletes=[(r.type, r.id) for r in reversed(refs)],
            # Refused when another user changed the project or a partner since.
            expected=as_written([self.project, *self.partners]),
        )
        self.document.forget(refs)
        self._notify()

    def _notify(self) -> None:
        # The project first: a partner's row names its project.
        self.document.notify([self.project])
        if self.partners:
            self.document.notify(self.partners)

    @property
    def ref(self) -> Ref:
        """The saved project (valid once the command has run)."""
        assert self.project.id is not None
        return Ref(EntityType.PROJECT, self.project.id)


def project_partners(document: Document, project_id: int) -> list[ProjectPartner]:
    """The partners of the project ``project_id`` as the map holds them, in id order."""
    return document.index.partners_of(project_id)


class UpdateConsortium(StoreCommand):
    """Make a project's partners the builder's consortium, as one undo step.

    ``members`` are (actor id, role) pairs. An actor of the project that is not among them
    leaves it; a member not yet in the project joins it (with no budget share); a member
    already in it keeps its row, id and budget share and takes the role given. The change
    is worked out once, from the map as it is when the command is made; undo puts back
    exactly the rows there were, under their ids and with their shares, and redo makes
    the same change again under the same new ids.
    """

    def __init__(
        self,
        document: Document,
        project_id: int,
        members: Sequence[tuple[int, str]],
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.project_id = project_id
        wanted: dict[int, str] = {}
        for actor_id, role in members:
            wanted.setdefault(actor_id, role)  # the first role given for an actor counts
        before = project_partners(document, project_id)
        present = {p.actor_id for p in before}
        self.removed: tuple[ProjectPartner, ...] = tuple(
            p for p in before if p.actor_id not in wanted
        )
        # (partner id, old role, new role) of each partner that stays in another role
        self.roles: tuple[tuple[int, str, str], ...] = tuple(
            (p.id or 0, p.role, wanted[p.actor_id])
            for p in before
            if p.actor_id in wanted and wanted[p.actor_id] != p.role
        )
        self.added: tuple[ProjectPartner, ...] = tuple(
            ProjectPartner(project_id=project_id, actor_id=actor_id, role=role)
            for actor_id, role in wanted.items()
            if actor_id not in present
        )

    @property
    def changes_nothing(self) -> bool:
        """True when the project already has exactly these partners in these roles."""
        return not (self.removed or self.roles or self.added)

    def do(self) -> None:
        first_run = bool(self.added) and self.added[0].id is None
        if first_run:
            first = self.document.store.next_ids()[EntityType.PROJECT_PARTNER]
            self.added = tuple(replace(p, id=first + n) for n, p in enumerate(self.added))
        taken = self.document.store.apply(
            inserts=self.added,
            updates=[(EntityType.PROJECT_PARTNER, i, {"role": new}) for i, _old, new in self.roles],
            deletes=[(EntityType.PROJECT_PARTNER, p.id or 0) for p in self.removed],
            renumber=first_run,
            # The partners as the builder saw them (or as the undo left them), else refused.
            expected=self._roles(old=True) + as_written(self.removed),
        )
        moved = renumbered(taken, self.added, [])[0]
        self.added = tuple(p for p in moved if isinstance(p, ProjectPartner))
        self.document.forget(_refs(self.removed))
        self._notify()

    def revert(self) -> None:
        self.document.store.apply(
            inserts=self.removed,
            updates=[(EntityType.PROJECT_PARTNER, i, {"role": old}) for i, old, _new in self.roles],
            deletes=[(EntityType.PROJECT_PARTNER, p.id or 0) for p in self.added],
            expected=self._roles(old=False) + as_written(self.added),
        )
        self.document.forget(_refs(self.added))
        self._notify()

    def _roles(self, *, old: bool) -> list[tuple[EntityType, int, dict[str, Any]]]:
        """The partners' roles as a run expects to find them: a run refuses a partner
        whose role another user changed since."""
        return [
            (EntityType.PROJECT_PARTNER, i, {"role": was if old else now})
            for i, was, now in self.roles
        ]

    def _notify(self) -> None:
        ids = [
            *(p.id or 0 for p in self.removed),
            *(i for i, _old, _new in self.roles),
            *(p.id or 0 for p in self.added),
        ]
        if ids:
            self.document.notify_ids(EntityType.PROJECT_PARTNER, ids)


def _refs(partners: Sequence[ProjectPartner]) -> list[Ref]:
    return [Ref(EntityType.PROJECT_PARTNER, p.id or 0) for p in partners]
