"""How entities are named in titles, lists and undo steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aspdesk.app.document import Document
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Entity,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.vocabulary import Vocabulary


def _name_of(document: Document, entity_type: EntityType, entity_id: int | None) -> str:
    return document.index.name(entity_type, entity_id, document.language) or "?"


def project_name(document: Document, project_id: int | None) -> str:
    """A project's short name (its acronym, else its name); "?" when it is not in the map."""
    project = document.index.get(EntityType.PROJECT, project_id)
    return project.display_name if isinstance(project, Project) and project.display_name else "?"


def project_title(project: Project) -> str:
    """ "ASP — Arctic Smartness Portfolio"; the name or the acronym alone when one is missing."""
    if project.acronym and project.name and project.acronym != project.name:
        return f"{project.acronym} — {project.name}"
    return project.name or project.acronym


def entity_title(document: Document, entity: Entity) -> str:
    """A short human name for ``entity`` (plain text, never markup)."""
    if isinstance(entity, Actor | Cluster):
        return entity.display_name_in(document.language)
    if isinstance(entity, Contact):
        return entity.display_name
    if isinstance(entity, Membership):
        return QCoreApplication.translate("naming", "{actor} in {cluster} as {role}").format(
            actor=_name_of(document, EntityType.ACTOR, entity.actor_id),
            cluster=_name_of(document, EntityType.CLUSTER, entity.cluster_id),
            role=document.label(Vocabulary.CLUSTER_ROLE, entity.role).lower(),
        )
    if isinstance(entity, Relationship):
        arrow = "→" if entity.directed else "–"
        source = _name_of(document, EntityType.ACTOR, entity.source_id)
        target = _name_of(document, EntityType.ACTOR, entity.target_id)
        return f"{source} {arrow} {target}"
    if isinstance(entity, Project):
        return project_title(entity)
    if isinstance(entity, ProjectPartner):
        return QCoreApplication.translate("naming", "{actor} in {project}").format(
            actor=_name_of(document, EntityType.ACTOR, entity.actor_id),
            project=project_name(document, entity.project_id),
        )
    return str(entity.id)
