"""The network report as HTML: a title page, the graph, each cluster's health, the metrics,
the membership matrix and the projects with their partners, in the UI language.

The same HTML becomes the ``.html`` report (the graph embedded as a data URL, so the file
stands alone) and the PDF (Qt's QTextDocument lays it out onto QPdfWriter pages), so the
two never say different things. Qt's rich text knows a subset of HTML 4 and CSS 2: tables
with borders and cell padding, page breaks before headings, no flexbox; the markup here
keeps to that subset. Every text from the map is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape

from PySide6.QtCore import QCollatorSortKey

from aspdesk.analysis.health import Finding, check_clusters
from aspdesk.analysis.health_rules import HEALTH_CONTEXT, HELIX_NAMES, HealthRules
from aspdesk.analysis.metrics import (
    APPROXIMATE_BETWEENNESS,
    METRIC_NAMES,
    NetworkMetrics,
    compute_metrics,
)
from aspdesk.app.collation import name_key
from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import Actor, Cluster, Membership, Project, ProjectPartner
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.snapshot import MapSnapshot

Translate = Callable[[str, str], str]
CONTEXT = "Report"

TITLE = QT_TRANSLATE_NOOP("Report", "Network report")
MADE = QT_TRANSLATE_NOOP("Report", "Made with aspdesk on {date}.")
COUNTS = QT_TRANSLATE_NOOP(
    "Report", "{actors} actors, {clusters} clusters, {memberships} memberships, {ties} ties."
)
GRAPH = QT_TRANSLATE_NOOP("Report", "The network")
HEALTH = QT_TRANSLATE_NOOP("Report", "Cluster health")
HEALTH_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Each cluster checked against the cluster model and the thresholds of a cluster "
    "profile. Problems first, then points to look at, then what is in order.",
)
METRICS = QT_TRANSLATE_NOOP("Report", "Actors by their place in the network")
METRICS_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Sorted by betweenness: how often an actor lies on the paths between others."
)
MATRIX = QT_TRANSLATE_NOOP("Report", "Memberships")
PROJECTS = QT_TRANSLATE_NOOP("Report", "Projects")
PROJECT_FACTS = QT_TRANSLATE_NOOP("Report", "{programme} · {status}")
PROJECT_DATES = QT_TRANSLATE_NOOP("Report", "From {start} to {end}")
PROJECT_MONEY = QT_TRANSLATE_NOOP("Report", "Total budget {budget} €, grant {grant} €")
PROJECT_CLUSTERS = QT_TRANSLATE_NOOP("Report", "Clusters: {clusters}")
ORGANISATION = QT_TRANSLATE_NOOP("Report", "Organisation")
COUNTRY = QT_TRANSLATE_NOOP("Report", "Country")
PARTNER_ROLE = QT_TRANSLATE_NOOP("Report", "Role")
SHARE = QT_TRANSLATE_NOOP("Report", "Budget share")
NO_PARTNERS = QT_TRANSLATE_NOOP("Report", "No partners recorded.")
ACTOR = QT_TRANSLATE_NOOP("Report", "Actor")
SEVERITY_WORDS = {
    "problem": QT_TRANSLATE_NOOP("Report", "Problem"),
    "warning": QT_TRANSLATE_NOOP("Report", "Look at"),
    "ok": QT_TRANSLATE_NOOP("Report", "In order"),
}
# Okabe-Ito vermilion, orange and bluish green, with the word beside: never colour alone.
SEVERITY_COLOURS = {"problem": "#B03A00", "warning": "#8A5A00", "ok": "#00704F"}
REPORT_METRICS = ("degree", "strength", "betweenness", "closeness", "eigenvector", "community")


@dataclass(frozen=True)
class ReportData:
    """What a report is made of; names and labels already in the UI language."""

    map_name: str
    today: date
    actors: Sequence[Actor]
    clusters: Sequence[Cluster]
    memberships: Sequence[Membership]
    tie_count: int
    findings: Mapping[int, Sequence[Finding]]
    metrics: NetworkMetrics | None
    role_labels: Mapping[str, str]
    kind_labels: Mapping[str, str]
    approximate_note: str = ""
    # The graph's legend as (symbol, colour, label) rows, drawn as text under the picture.
    legend: Sequence[tuple[str, str, str]] = ()
    projects: Sequence[Project] = ()
    project_partners: Sequence[ProjectPartner] = ()
    # Labels of programmes, project statuses and partner roles, by vocabulary value.
    project_labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    language: str = "en"


def report_html(data: ReportData, translate: Translate, *, image: str = "graph.png") -> str:
    """The whole report; the graph picture is ``<img src=image>`` (a resource name or a
    data URL)."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    parts = [
        "<html><head><meta charset='utf-8'><style>",
        "body { font-family: sans-serif; font-size: 10pt; }",
        "h1 { font-size: 22pt; } h2 { font-size: 15pt; margin-top: 18px; }",
        "h3 { font-size: 12pt; margin-top: 12px; }",
        "table { border-collapse: collapse; } td, th { padding: 3px 6px; }",
        "th { background: #E8E8E8; text-align: left; }",
        "</style></head><body>",
        f"<h1>{escape(data.map_name)}</h1>",
        f"<p style='font-size: 14pt'>{escape(tr(TITLE))}</p>",
        "<p>"
        + escape(
            tr(COUNTS).format(
                actors=len(data.actors),
                clusters=len(data.clusters),
                memberships=len(data.memberships),
                ties=data.tie_count,
            )
        )
        + "</p>",
        f"<p>{escape(tr(MADE).format(date=data.today.isoformat()))}</p>",
        f"<h2 style='page-break-before: always'>{escape(tr(GRAPH))}</h2>",
        f"<p><img src='{escape(image, quote=True)}' width='640'></p>",
        *_legend(data),
        f"<h2 style='page-break-before: always'>{escape(tr(HEALTH))}</h2>",
        f"<p>{escape(tr(HEALTH_NOTE))}</p>",
        *_health(data, translate),
        f"<h2 style='page-break-before: always'>{escape(tr(METRICS))}</h2>",
        *_metrics(data, translate),
        f"<h2 style='page-break-before: always'>{escape(tr(MATRIX))}</h2>",
        *_matrix(data, translate),
        *_projects(data, translate),
        "</body></html>",
    ]
    return "\n".join(parts)


def _legend(data: ReportData) -> list[str]:
    if not data.legend:
        return []
    cells = [
        f"<td style='color: {escape(colour, quote=True)}; font-size: 13pt'>{escape(symbol)}</td>"
        f"<td>{escape(label)}</td>"
        for symbol, colour, label in data.legend
    ]
    rows = ["<table border='0' cellspacing='0'>"]
    for start in range(0, len(cells), 2):  # two columns of entries
        rows.append("<tr>" + "".join(cells[start : start + 2]) + "</tr>")
    rows.append("</table>")
    return rows


def _health(data: ReportData, translate: Translate) -> list[str]:
    rows: list[str] = []
    for cluster in sorted(data.clusters, key=lambda c: name_key(c.name)):
        rows.append(f"<h3>{escape(cluster.name)}</h3>")
        rows.append("<table border='0' cellspacing='0' width='100%'>")
        for finding in data.findings.get(cluster.id or 0, ()):
            word = translate(CONTEXT, SEVERITY_WORDS.get(finding.severity, finding.severity))
            colour = SEVERITY_COLOURS.get(finding.severity, "#333333")
            rows.append(
                f"<tr><td width='90' style='color: {colour}; font-weight: bold'>"
                f"{escape(word)}</td><td>{escape(finding.text(translate))}</td></tr>"
            )
        rows.append("</table>")
    return rows


def _metrics(data: ReportData, translate: Translate) -> list[str]:
    metrics = data.metrics
    if metrics is None:
        return []
    names = {a.id: a for a in data.actors}
    order = sorted(
        range(len(metrics.actor_ids)),
        # Equal figures (often all 0 on a small map) list their actors by name.
        key=lambda i: (-float(metrics.betweenness[i]), _shown_name(names, metrics.actor_ids[i])),
    )
    head = "".join(
        f"<th>{escape(translate('metrics', METRIC_NAMES[code]))}</th>" for code in REPORT_METRICS
    )
    rows = [
        f"<p>{escape(translate(CONTEXT, METRICS_NOTE))}</p>",
        f"<p><i>{escape(data.approximate_note)}</i></p>" if data.approximate_note else "",
        "<table border='1' cellspacing='0'>",
        f"<tr><th>{escape(translate(CONTEXT, ACTOR))}</th>{head}</tr>",
    ]
    for index in order:
        actor = names.get(metrics.actor_ids[index])
        if actor is None:
            continue
        cells = "".join(
            f"<td align='right'>{_number(metrics.column(code)[index])}</td>"
            for code in REPORT_METRICS
        )
        rows.append(f"<tr><td width='26%'>{escape(actor.display_name)}</td>{cells}</tr>")
    rows.append("</table>")
    return rows


def _shown_name(actors: Mapping[int | None, Actor], actor_id: int) -> QCollatorSortKey:
    actor = actors.get(actor_id)
    return name_key(actor.display_name if actor is not None else "")


def _number(value: float) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:.3f}"


def _matrix(data: ReportData, translate: Translate) -> list[str]:
    clusters = sorted(data.clusters, key=lambda c: name_key(c.name))
    roles: dict[tuple[int, int], list[str]] = {}
    for membership in data.memberships:
        label = data.role_labels.get(membership.role, membership.role)
        roles.setdefault((membership.actor_id, membership.cluster_id), []).append(label)
    members = sorted(
        (a for a in data.actors if any((a.id, c.id) in roles for c in clusters)),
        key=lambda a: name_key(a.display_name),  # the names the rows show
    )
    head = "".join(f"<th>{escape(c.short_name or c.name)}</th>" for c in clusters)
    rows = [
        "<table border='1' cellspacing='0'>",
        f"<tr><th>{escape(translate(CONTEXT, ACTOR))}</th>{head}</tr>",
    ]
    for actor in members:
        cells = "".join(
            f"<td>{escape(', '.join(roles.get((actor.id or 0, c.id or 0), [])))}</td>"
            for c in clusters
        )
        rows.append(f"<tr><td width='26%'>{escape(actor.display_name)}</td>{cells}</tr>")
    rows.append("</table>")
    return rows


def _money(value: float | None) -> str:
    # Grouped with thin spaces, as both Finnish and English readers take it.
    return "–" if value is None else f"{value:,.0f}".replace(",", "\u202f")


def _projects(data: ReportData, translate: Translate) -> list[str]:
    """Each project with its programme, status, dates, money, clusters and partners."""
    if not data.projects:
        return []

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    def label(vocabulary: Vocabulary, code: str) -> str:
        return data.project_labels.get(vocabulary.value, {}).get(code, code)

    actors = {a.id: a for a in data.actors}
    clusters = {c.id: c for c in data.clusters}
    rows = [f"<h2 style='page-break-before: always'>{escape(tr(PROJECTS))}</h2>"]
    for project in sorted(data.projects, key=lambda p: (name_key(p.name), p.id or 0)):
        title = f"{project.acronym} — {project.name}" if project.acronym else project.name
        rows.append(f"<h3>{escape(title)}</h3>")
        facts = [
            tr(PROJECT_FACTS).format(
                programme=label(Vocabulary.PROGRAMME, project.programme),
                status=label(Vocabulary.PROJECT_STATUS, project.status),
            )
        ]
        if project.call_id:
            facts.append(project.call_id)
        if project.start_date or project.end_date:
            facts.append(
                tr(PROJECT_DATES).format(
                    start=format_date(project.start_date, data.language) or "…",
                    end=format_date(project.end_date, data.language) or "…",
                )
            )
        if project.budget is not None or project.grant is not None:
            facts.append(
                tr(PROJECT_MONEY).format(budget=_money(project.budget), grant=_money(project.grant))
            )
        names = [clusters[c].name for c in project.cluster_ids if c in clusters]
        if names:
            facts.append(tr(PROJECT_CLUSTERS).format(clusters=", ".join(names)))
        rows.append("<p>" + "<br>".join(escape(f) for f in facts) + "</p>")
        partners = [p for p in data.project_partners if p.project_id == project.id]
        if not partners:
            rows.append(f"<p><i>{escape(tr(NO_PARTNERS))}</i></p>")
            continue
        roles = list(data.project_labels.get(Vocabulary.PARTNER_ROLE.value, {}))
        partners.sort(
            key=lambda p: (
                roles.index(p.role) if p.role in roles else len(roles),
                name_key(actors[p.actor_id].name if p.actor_id in actors else ""),
            )
        )
        head = "".join(
            f"<th>{escape(tr(text))}</th>" for text in (ORGANISATION, COUNTRY, PARTNER_ROLE, SHARE)
        )
        rows += ["<table border='1' cellspacing='0'>", f"<tr>{head}</tr>"]
        for partner in partners:
            actor = actors.get(partner.actor_id)
            share = "" if partner.budget_share is None else f"{_number(partner.budget_share)} %"
            rows.append(
                f"<tr><td>{escape(actor.name if actor else '')}</td>"
                f"<td>{escape(actor.country if actor else '')}</td>"
                f"<td>{escape(label(Vocabulary.PARTNER_ROLE, partner.role))}</td>"
                f"<td align='right'>{escape(share)}</td></tr>"
            )
        rows.append("</table>")
    return rows


def gather(
    snapshot: MapSnapshot,
    language: str,
    translate: Translate,
    today: date,
    rules: HealthRules | None = None,
) -> ReportData:
    """Everything the report says about the whole map (filters do not apply to a report)."""
    role_labels = {
        t.code: t.label(language) for t in snapshot.terms.get(Vocabulary.CLUSTER_ROLE, ())
    }
    kind_labels = {t.code: t.label(language) for t in snapshot.terms.get(Vocabulary.ACTOR_KIND, ())}
    helix_labels = {code: translate(HEALTH_CONTEXT, name) for code, name in HELIX_NAMES.items()}
    findings = check_clusters(
        snapshot.clusters,
        snapshot.actors,
        snapshot.memberships,
        snapshot.relationships,
        today,
        rules,
        role_labels=role_labels,
        helix_labels=helix_labels,
    )
    metrics = compute_metrics(snapshot.actors, snapshot.relationships)
    note = ""
    if metrics.approximate:
        note = translate("metrics", APPROXIMATE_BETWEENNESS).format(
            sources=metrics.betweenness_sources, actors=len(metrics.actor_ids)
        )
    project_labels = {
        vocabulary.value: {t.code: t.label(language) for t in snapshot.terms.get(vocabulary, ())}
        for vocabulary in (Vocabulary.PROGRAMME, Vocabulary.PROJECT_STATUS, Vocabulary.PARTNER_ROLE)
    }
    return ReportData(
        snapshot.name,
        today,
        snapshot.actors,
        snapshot.clusters,
        snapshot.memberships,
        len(snapshot.relationships),
        findings,
        metrics,
        role_labels,
        kind_labels,
        note,
        projects=snapshot.projects,
        project_partners=snapshot.project_partners,
        project_labels=project_labels,
        language=language,
    )
