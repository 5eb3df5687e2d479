"""The Map menu's Add actions: an empty form for a new entity, prefilled from the context.

The context is the actor, cluster or project the related panel follows (the one last
chosen), so "Add membership" with a cluster chosen fills in that cluster, and "Add project
partner" with a project or an actor chosen fills in that project or actor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import (
    Contact,
    Entity,
    EntityType,
    Membership,
    ProjectPartner,
    Relationship,
)

# Shows an empty form for a new entity of the type, filled in from the entity given.
StartNew = Callable[[EntityType, Entity | None], None]


class AddActions(QObject):
    """One Add action per entity type, for one main window.

    ``context`` gives what the related panel follows now; ``start_new`` shows the form.
    """

    def __init__(
        self, owner: QWidget, context: Callable[[], Ref | None], start_new: StartNew
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.context = context
        self.start_new = start_new
        # The texts keep the window's translation context, where they were translated.
        # Menu order: the things on the map, then the links between them.
        self.actions: dict[EntityType, QAction] = {
            EntityType.ACTOR: self._action(
                QCoreApplication.translate("MainWindow", "Add &actor"),
                self._on_add_actor_triggered,
                "Ctrl+Shift+A",
            ),
            EntityType.CLUSTER: self._action(
                QCoreApplication.translate("MainWindow", "Add c&luster"),
                self._on_add_cluster_triggered,
                "Ctrl+Shift+L",
            ),
            EntityType.PROJECT: self._action(
                QCoreApplication.translate("MainWindow", "Add pro&ject"),
                self._on_add_project_triggered,
                "Ctrl+Shift+J",
            ),
            EntityType.MEMBERSHIP: self._action(
                QCoreApplication.translate("MainWindow", "Add &membership"),
                self._on_add_membership_triggered,
                "Ctrl+Shift+M",
            ),
            EntityType.RELATIONSHIP: self._action(
                QCoreApplication.translate("MainWindow", "Add &relationship"),
                self._on_add_relationship_triggered,
                "Ctrl+Shift+R",
            ),
            EntityType.CONTACT: self._action(
                QCoreApplication.translate("MainWindow", "Add contact &person"),
                self._on_add_contact_triggered,
            ),
            EntityType.PROJECT_PARTNER: self._action(
                QCoreApplication.translate("MainWindow", "Add project par&tner"),
                self._on_add_partner_triggered,
            ),
        }

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.owner)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _on_add_actor_triggered(self) -> None:
        self.add(EntityType.ACTOR)

    def _on_add_cluster_triggered(self) -> None:
        self.add(EntityType.CLUSTER)

    def _on_add_project_triggered(self) -> None:
        self.add(EntityType.PROJECT)

    def _on_add_membership_triggered(self) -> None:
        self.add(EntityType.MEMBERSHIP)

    def _on_add_relationship_triggered(self) -> None:
        self.add(EntityType.RELATIONSHIP)

    def _on_add_contact_triggered(self) -> None:
        self.add(EntityType.CONTACT)

    def _on_add_partner_triggered(self) -> None:
        self.add(EntityType.PROJECT_PARTNER)

    def template(self, entity_type: EntityType) -> Entity | None:
        """A new entity of ``entity_type`` filled in from the context, or None."""
        context = self.context()
        if context is None:
            return None
        actor_id = context.id if context.type is EntityType.ACTOR else None
        cluster_id = context.id if context.type is EntityType.CLUSTER else None
        project_id = context.id if context.type is EntityType.PROJECT else None
        if entity_type is EntityType.MEMBERSHIP:
            if actor_id is not None:
                return Membership(actor_id=actor_id)
            if cluster_id is not None:
                return Membership(cluster_id=cluster_id)
        elif entity_type is EntityType.CONTACT and actor_id is not None:
            return Contact(actor_id=actor_id)
        elif entity_type is EntityType.RELATIONSHIP and actor_id is not None:
            return Relationship(source_id=actor_id)
        elif entity_type is EntityType.PROJECT_PARTNER:
            if actor_id is not None:
                return ProjectPartner(actor_id=actor_id)
            if project_id is not None:
                return ProjectPartner(project_id=project_id)
        return None

    def add(self, entity_type: EntityType, template: Entity | None = None) -> None:
        """Show an empty form for a new entity, prefilled from ``template`` or the context."""
        if template is None:
            template = self.template(entity_type)
        self.start_new(entity_type, template)
