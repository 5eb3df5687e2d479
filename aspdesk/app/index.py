"""An in-memory copy of the open map's entities, kept in step by the Document.

Views read from here instead of the file: a table of 6,000 relationships must not be read
again because one actor's e-mail changed. Every edit reaches the map through a command,
and every command reports the ids it touched, so refreshing just those rows keeps this
copy equal to the file.
"""

from __future__ import annotations

from collections.abc import Iterable

from aspdesk.domain.entities import Actor, Cluster, Entity, EntityType, Project, ProjectPartner
from aspdesk.domain.views import SavedView
from aspdesk.store.repository import MapStore


class EntityIndex:
    """Every entity of the map by type and id."""

    def __init__(self, store: MapStore) -> None:
        self._store = store
        self._by_type: dict[EntityType, dict[int, Entity]] = {}
        # The partners of each project, made when first asked for after a change: tables,
        # tooltips and forms ask per project, and a scan of every partner each time made
        # one actor edit on a map of 150 projects take twice as long.
        self._partners: dict[int, list[ProjectPartner]] | None = None
        self.views: list[SavedView] = []  # the saved views, in their order
        self.reload()

    def reload(self) -> None:
        """Read everything again from the map."""
        self._by_type = {
            entity_type: {e.id: e for e in self._store.all(entity_type) if e.id is not None}
            for entity_type in EntityType
        }
        self._partners = None
        self.reload_views()

    def reload_views(self) -> None:
        """Read the saved views again (after one was added, changed or removed)."""
        self.views = self._store.views.all()

    def refresh(self, entity_type: EntityType, ids: Iterable[int]) -> None:
        """Read the entities ``ids`` again; those no longer in the map are dropped."""
        wanted = list(ids)
        if entity_type is EntityType.PROJECT_PARTNER:
            self._partners = None
        found = self._store.get_many(entity_type, wanted)
        table = self._by_type[entity_type]
        for entity_id in wanted:
            entity = found.get(entity_id)
            if entity is None:
                table.pop(entity_id, None)
            else:
                table[entity_id] = entity

    def get(self, entity_type: EntityType, entity_id: int | None) -> Entity | None:
        """The entity, or None."""
        if entity_id is None:
            return None
        return self._by_type[entity_type].get(entity_id)

    def all(self, entity_type: EntityType) -> list[Entity]:
        """Every entity of a type, in id order."""
        table = self._by_type[entity_type]
        return [table[key] for key in sorted(table)]

    def count(self, entity_type: EntityType) -> int:
        """How many entities of a type the map holds."""
        return len(self._by_type[entity_type])

    def partners_of(self, project_id: int | None) -> list[ProjectPartner]:
        """The partners of the project ``project_id``, in id order."""
        if self._partners is None:
            self._partners = {}
            for partner in self.all(EntityType.PROJECT_PARTNER):
                if isinstance(partner, ProjectPartner):
                    self._partners.setdefault(partner.project_id, []).append(partner)
        return list(self._partners.get(project_id or 0, ()))

    def name(self, entity_type: EntityType, entity_id: int | None, language: str = "") -> str:
        """The display name of an actor, cluster or project, "" when there is none; an
        actor's or cluster's in ``language`` when it has a name in that language."""
        entity = self.get(entity_type, entity_id)
        if isinstance(entity, Actor | Cluster):
            return entity.display_name_in(language)
        return entity.display_name if isinstance(entity, Project) else ""
