"""The consortium builder's draft, kept in the settings so that nothing is lost.

A consortium is not part of the map until it is saved as a project, yet a coordinator
may gather partners over days. So the builder's work on each map (the programme, the
project it belongs to, the partners and their roles) is written to the settings whenever
it changes, keyed by the map file's resolved path, and comes back when the builder opens
on that map again (after a restart, or after another map was open). Actors deleted from
the map meanwhile are left out, and the builder says so. Emptying the consortium forgets
the draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from aspdesk.app.settings import ConsortiumDraft
from aspdesk.domain.entities import EntityType, Project

if TYPE_CHECKING:
    from aspdesk.ui.consortium.window import ConsortiumWindow


class DraftKeeper(QObject):
    """Keeps the draft of one builder window's consortium for the map it is on.

    ``paused`` while the builder changes maps, so that a consortium emptied on the way
    does not erase the draft about to be restored.
    """

    def __init__(self, builder: ConsortiumWindow) -> None:
        super().__init__(builder)
        self.builder = builder
        self.paused = True

    def key(self) -> str | None:
        """The settings key of the builder's map: its file's resolved path (None if none)."""
        path = self.builder.document.path
        if path is None:
            return None
        try:
            return str(path.resolve())
        except OSError:
            return str(path.absolute())

    def save(self) -> None:
        """Keep the consortium as it is now (forget it when it is empty)."""
        key = self.key()
        if self.paused or key is None:
            return
        builder = self.builder
        members = tuple(builder.model.members)
        draft = (
            ConsortiumDraft(builder.picker.programme_id(), builder.output.project_id, members)
            if members
            else None
        )
        builder.settings.set_consortium_draft(key, draft)

    def restore(self) -> str:
        """Put back the map's draft, if it has one; what to tell the user ("" if nothing)."""
        key = self.key()
        draft = self.builder.settings.consortium_draft(key) if key is not None else None
        if draft is None or not draft.partners:
            return ""
        builder = self.builder
        notes = []
        if draft.programme and not builder.choose_programme(draft.programme):
            notes.append(
                self.tr("Its programme ({id}) is no longer among the programmes; pick one.").format(
                    id=draft.programme
                )
            )
        project = builder.document.index.get(EntityType.PROJECT, draft.project_id)
        if isinstance(project, Project):
            builder.output.link(project)
        elif draft.project_id is not None:
            notes.append(self.tr("The project it belonged to is no longer in the map."))
        builder.model.replace_all(draft.partners)
        kept = builder.model.rowCount()
        wanted = len({actor_id for actor_id, _role in draft.partners})
        if kept == 0:
            return self.tr(
                "Your consortium from last time had %n partner(s); none of them is in the "
                "map any more.",
                "",
                wanted,
            )
        back = self.tr("Your consortium from last time is back: %n partner(s).", "", kept)
        if kept < wanted:
            notes.insert(
                0,
                self.tr(
                    "%n actor(s) of it are no longer in the map and were left out.",
                    "",
                    wanted - kept,
                ),
            )
        return " ".join([back, *notes])
