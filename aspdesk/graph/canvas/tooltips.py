"""The text shown when the pointer rests on a node: name, kind, clusters and roles; for a
project its programme, status, partners and clusters."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    EntityType,
    Membership,
    Project,
)
from aspdesk.domain.vocabulary import Vocabulary


def node_tooltip(document: Document, ref: Ref) -> str:
    """Rich text for a tooltip, with every piece of user data escaped (never markup)."""
    index = document.index
    entity = index.get(ref.type, ref.id)
    if isinstance(entity, Cluster):
        members = {
            m.actor_id
            for m in index.all(EntityType.MEMBERSHIP)
            if isinstance(m, Membership) and m.cluster_id == ref.id
        }
        count = QCoreApplication.translate("GraphTooltip", "Members: {count}")
        name = entity.name_in(document.language)
        return f"<b>{escape(name)}</b><br>{escape(count.format(count=len(members)))}"
    if isinstance(entity, Project):
        return _project_tooltip(document, entity)
    if not isinstance(entity, Actor):
        return ""
    lines = [f"<b>{escape(entity.name_in(document.language))}</b>"]
    if entity.short_name and entity.short_name != entity.name:
        lines[0] += f" ({escape(entity.short_name)})"
    lines.append(escape(document.label(Vocabulary.ACTOR_KIND, entity.kind)))
    roles: dict[str, list[str]] = {}
    for membership in index.all(EntityType.MEMBERSHIP):
        if isinstance(membership, Membership) and membership.actor_id == ref.id:
            cluster = index.name(EntityType.CLUSTER, membership.cluster_id, document.language)
            role = document.label(Vocabulary.CLUSTER_ROLE, membership.role)
            roles.setdefault(cluster, []).append(role)
    for cluster, labels in sorted(roles.items()):
        lines.append(f"{escape(cluster)}: {escape(', '.join(labels))}")
    if entity.municipality:
        lines.append(escape(entity.municipality))
    return "<br>".join(lines)


def _project_tooltip(document: Document, project: Project) -> str:
    index = document.index
    title = f"<b>{escape(project.name or project.acronym)}</b>"
    if project.acronym and project.name and project.acronym != project.name:
        title += f" ({escape(project.acronym)})"
    partners = {p.actor_id for p in index.partners_of(project.id)}
    status = QCoreApplication.translate("GraphTooltip", "Status: {status}")
    count = QCoreApplication.translate("GraphTooltip", "Partners: {count}")
    lines = [
        title,
        escape(document.label(Vocabulary.PROGRAMME, project.programme)),
        escape(status.format(status=document.label(Vocabulary.PROJECT_STATUS, project.status))),
        escape(count.format(count=len(partners))),
    ]
    # A deleted cluster may stay listed in the project; only those in the map are named.
    clusters = [index.name(EntityType.CLUSTER, c) for c in dict.fromkeys(project.cluster_ids)]
    clusters = [name for name in clusters if name]
    if clusters:
        text = QCoreApplication.translate("GraphTooltip", "Clusters: {names}")
        lines.append(escape(text.format(names=", ".join(clusters))))
    return "<br>".join(lines)
