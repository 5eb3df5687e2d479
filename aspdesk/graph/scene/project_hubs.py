"""Projects on the graph: hub nodes joined to their partners, like clusters as hubs.

Which projects are drawn, the lines from each to its partners (styled by partner role,
the coordinator's tie thickest) and to the cluster hubs it serves, and their lines in the
legend. :func:`aspdesk.graph.scene.data.build_graph_data` adds them to the picture; a map
without projects, or with projects turned off, costs nothing here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from aspdesk.app.document import Document
from aspdesk.domain.entities import EntityType, Project, ProjectPartner
from aspdesk.domain.records import record
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.styling import style
from aspdesk.graph.styling.metric_style import lower_first

CLUSTER_LINE = ("dashdotdot", 1.2)  # a project to a cluster hub it serves


@record
class HubLine:
    """A line from a project hub to an actor (``role`` set) or a cluster hub."""

    project_id: int
    actor_id: int = 0  # 0: to the cluster
    cluster_id: int = 0
    role: str = ""
    slot: float = 0.0  # sideways step, when an actor is in a project twice


@dataclass
class ProjectHubs:
    """The project hubs to draw and their lines."""

    projects: list[Project] = field(default_factory=list)
    lines: list[HubLine] = field(default_factory=list)


def partners_of(document: Document) -> list[ProjectPartner]:
    """Every project partner in the map."""
    return [
        p for p in document.index.all(EntityType.PROJECT_PARTNER) if isinstance(p, ProjectPartner)
    ]


def partner_seeds(partners: Iterable[ProjectPartner], projects: Collection[int]) -> set[int]:
    """The actors in ``projects``: where a focus around selected project hubs starts."""
    return {p.actor_id for p in partners if p.project_id in projects}


def project_hubs(
    document: Document,
    partners: Sequence[ProjectPartner],
    shown_actors: Collection[int],
    shown_clusters: Collection[int],
    *,
    only: int | None,
    everything: bool,
) -> ProjectHubs:
    """The projects to draw and their lines to the actors and cluster hubs on show.

    ``only`` draws just that project (the filter "the network of this project"); else a
    project is drawn when a partner of it is on show, or always when ``everything`` is on
    show (no filter, no hidden rest), so that a project without partners yet is seen.
    """
    projects = [p for p in document.index.all(EntityType.PROJECT) if isinstance(p, Project)]
    with_shown = {p.project_id for p in partners if p.actor_id in shown_actors}
    if only is not None:
        drawn = [p for p in projects if p.id == only]
    else:
        drawn = [p for p in projects if everything or p.id in with_shown]
    ids = {p.id for p in drawn}
    hubs = ProjectHubs(drawn)
    mine = [p for p in partners if p.project_id in ids and p.actor_id in shown_actors]
    totals = Counter((p.actor_id, p.project_id) for p in mine)
    nth: Counter[tuple[int, int]] = Counter()
    for partner in mine:
        pair = (partner.actor_id, partner.project_id)
        step = nth[pair] - (totals[pair] - 1) / 2
        nth[pair] += 1
        hubs.lines.append(
            HubLine(partner.project_id, partner.actor_id, role=partner.role, slot=step)
        )
    for project in drawn:
        assert project.id is not None
        for cluster_id in dict.fromkeys(project.cluster_ids):
            if cluster_id in shown_clusters:  # a deleted cluster may stay listed
                hubs.lines.append(HubLine(project.id, cluster_id=cluster_id))
    return hubs


def hub_legend(
    document: Document, hubs: ProjectHubs
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, float]]]:
    """The legend of ``hubs``: node entries (label, colour, shape) and line entries
    (label, colour, dash, width) for the roles and links on show."""
    if not hubs.projects:
        return [], []
    node = QCoreApplication.translate("GraphLegend", "Project")
    nodes = [(node, style.PROJECT_COLOUR, style.PROJECT_SHAPE)]
    roles = {line.role for line in hubs.lines if line.actor_id}
    lines: list[tuple[str, str, str, float]] = []
    language = document.language
    known = set()
    for term in document.terms(Vocabulary.PARTNER_ROLE):
        known.add(term.code)
        if term.code in roles:
            lines.append(_role_line(term.label(language), term.code))
    for code in sorted(roles - known):
        lines.append(_role_line(code, code))
    if any(line.cluster_id for line in hubs.lines):
        text = QCoreApplication.translate("GraphLegend", "Project: cluster it serves")
        lines.append((text, style.PROJECT_COLOUR, *CLUSTER_LINE))
    return nodes, lines


def _role_line(label: str, code: str) -> tuple[str, str, str, float]:
    text = QCoreApplication.translate("GraphLegend", "Project: {role}")
    dash, width = style.partner_role_style(code)
    return text.format(role=lower_first(label)), style.PROJECT_COLOUR, dash, width
