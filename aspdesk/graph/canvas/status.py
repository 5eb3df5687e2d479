"""The graph's line in the status bar: what the filters show and hide, in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aspdesk.app.document import Document
from aspdesk.domain.entities import EntityType, Project
from aspdesk.graph.scene.data import GraphData, ViewOptions


def status_text(document: Document, data: GraphData, options: ViewOptions) -> str:
    """What the filters hide ("" when they hide nothing), and whose network is shown
    when the filter is a project's."""
    parts: list[str] = []
    project = document.index.get(EntityType.PROJECT, options.graph_filter.project)
    if isinstance(project, Project):
        # No %n plural: lupdate does not read one in translate() outside a class.
        text = QCoreApplication.translate(
            "GraphCanvas",
            "Network of the project {project}: its partners ({count}) and the actors tied to them",
        )
        count = len(data.visible.project_partners)
        parts.append(text.format(project=project.display_name, count=count))
    visible = data.visible
    if visible.hidden_actors or visible.hidden_relationships:
        text = QCoreApplication.translate(
            "GraphCanvas", "Graph shows {a} of {at} actors and {r} of {rt} relationships"
        )
        parts.append(
            text.format(
                a=len(visible.actors),
                at=data.total_actors,
                r=len(visible.relationships),
                rt=data.total_relationships,
            )
        )
    return " · ".join(parts)
