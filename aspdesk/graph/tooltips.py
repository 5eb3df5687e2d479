"""The text shown when the pointer rests on a node: name, kind, clusters and roles."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership
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
        return f"<b>{escape(entity.name)}</b><br>{escape(count.format(count=len(members)))}"
    if not isinstance(entity, Actor):
        return ""
    lines = [f"<b>{escape(entity.name)}</b>"]
    if entity.short_name and entity.short_name != entity.name:
        lines[0] += f" ({escape(entity.short_name)})"
    lines.append(escape(document.label(Vocabulary.ACTOR_KIND, entity.kind)))
    roles: dict[str, list[str]] = {}
    for membership in index.all(EntityType.MEMBERSHIP):
        if isinstance(membership, Membership) and membership.actor_id == ref.id:
            cluster = index.name(EntityType.CLUSTER, membership.cluster_id)
            role = document.label(Vocabulary.CLUSTER_ROLE, membership.role)
            roles.setdefault(cluster, []).append(role)
    for cluster, labels in sorted(roles.items()):
        lines.append(f"{escape(cluster)}: {escape(', '.join(labels))}")
    if entity.municipality:
        lines.append(escape(entity.municipality))
    return "<br>".join(lines)
