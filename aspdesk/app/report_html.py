"""The network report as HTML: a one-page summary (:mod:`aspdesk.app.report_summary`), the
graph, the outcomes of a period (:mod:`aspdesk.app.report_outcomes`), each cluster's health
with the rules it was checked by, the metrics, the membership matrix and the projects with
their partners, in the UI language.

The same HTML becomes the ``.html`` report (the graph embedded as a data URL, so the file
stands alone) and the PDF (Qt's QTextDocument lays it out onto QPdfWriter pages), so the
two never say different things. Qt's rich text knows a subset of HTML 4 and CSS 2: tables
with borders and cell padding, page breaks before headings, no flexbox; the markup here
keeps to that subset. Every text from the map is escaped.

Sizes that depend on the laid-out page (the pictures, how many clusters a matrix table
takes) come in a :class:`ReportLayout` that :mod:`aspdesk.graph.export.report` finds by measuring.
The membership matrix spans the page, its cells get soft hyphens
(:mod:`aspdesk.domain.hyphenation`), so a long word breaks at a syllable with a hyphen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import field, replace
from datetime import date
from html import escape

from PySide6.QtCore import QCollatorSortKey

from aspdesk.analysis.health.check import Finding, check_clusters
from aspdesk.analysis.health.rules import (
    HEALTH_CONTEXT,
    HELIX_NAMES,
    SOURCES,
    HealthRules,
)
from aspdesk.analysis.metrics import (
    APPROXIMATE_BETWEENNESS,
    METRIC_NAMES,
    NetworkMetrics,
    compute_metrics,
)
from aspdesk.app.collation import name_key
from aspdesk.app.report_legend import legend_table
from aspdesk.app.report_outcomes import OutcomesSection, outcomes_section
from aspdesk.app.report_summary import summary_html
from aspdesk.app.report_survey import survey_section
from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Membership,
    Project,
    ProjectPartner,
    changed,
)
from aspdesk.domain.hyphenation import hyphenated, names_hyphenation
from aspdesk.domain.records import record
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.snapshot import MapSnapshot

Translate = Callable[[str, str], str]
CONTEXT = "Report"

GRAPH = QT_TRANSLATE_NOOP("Report", "The network")
HEALTH = QT_TRANSLATE_NOOP("Report", "Cluster health")
HEALTH_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Each cluster checked against the rules below. Problems first, then points to look at, "
    "then what is in order.",
)
RULE = QT_TRANSLATE_NOOP("Report", "Rule")
RULE_VALUE = QT_TRANSLATE_NOOP("Report", "Value")
RULE_SOURCE = QT_TRANSLATE_NOOP("Report", "Source")
RULE_NAMES = {
    "min_members": QT_TRANSLATE_NOOP("Report", "Committed members, at least"),
    "min_helices": QT_TRANSLATE_NOOP("Report", "Helices covered, at least"),
    "stale_after_days": QT_TRANSLATE_NOOP("Report", "A tie is stale after, months"),
    "broker_share": QT_TRANSLATE_NOOP("Report", "A broker carries of the paths, at least"),
    "model_parts": QT_TRANSLATE_NOOP("Report", "Parts of the cluster model"),
}
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
# Characters a matrix column asks room for at most, beyond its longest word (more wraps).
NAME_CELL, ROLE_CELL = 24, 14
REPORT_METRICS = ("degree", "strength", "betweenness", "closeness", "eigenvector", "community")


@record
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
    rules: HealthRules = field(default_factory=HealthRules)
    surveys: Sequence[SurveyRound] = ()
    outcomes: OutcomesSection | None = None  # the period's outcomes, when it has one


@record
class ReportLayout:
    """Sizes found on the laid-out page: the pictures' (width, height) in px at 96 dpi
    (None: left out of the summary; natural size in the network section) and the most
    clusters one membership table takes (None: all)."""

    summary_picture: tuple[int, int] | None = None
    network_picture: tuple[int, int] | None = None
    matrix_columns: int | None = None


HEAD = [
    "<html><head><meta charset='utf-8'><style>",
    "body { font-family: sans-serif; font-size: 10pt; }",
    "h1 { font-size: 22pt; } h2 { font-size: 15pt; margin-top: 18px; }",
    "h3 { font-size: 12pt; margin-top: 12px; }",
    "table { border-collapse: collapse; } td, th { padding: 3px 6px; }",
    "th { background: #E8E8E8; text-align: left; }",
    "</style></head><body>",
]
SECTION = "<h2 style='page-break-before: always'>{}</h2>"


def report_html(
    data: ReportData,
    translate: Translate,
    *,
    image: str = "graph.png",
    layout: ReportLayout | None = None,
) -> str:
    """The whole report; the graph picture is ``<img src=image>`` (a resource name or a
    data URL)."""
    layout = layout or ReportLayout()
    parts = [
        *HEAD,
        *summary_page(data, translate, image=image, layout=layout),
        *network_section(data, translate, image=image, layout=layout),
        *outcomes_section(data, translate, SEVERITY_WORDS, SEVERITY_COLOURS),
        SECTION.format(escape(translate(CONTEXT, HEALTH))),
        f"<p>{escape(translate(CONTEXT, HEALTH_NOTE))}</p>",
        *_rules(data, translate),
        *_health(data, translate),
        SECTION.format(escape(translate(CONTEXT, METRICS))),
        *_metrics(data, translate),
        *matrix_section(data, translate, layout.matrix_columns),
        *_projects(data, translate),
        *survey_section(data.surveys, data.actors, data.language, translate),
        "</body></html>",
    ]
    return "\n".join(parts)


def page_html(parts: list[str]) -> str:
    """A section alone as a document, for measuring it on the page."""
    return "\n".join([*HEAD, *parts, "</body></html>"])


def summary_page(
    data: ReportData, translate: Translate, *, image: str, layout: ReportLayout
) -> list[str]:
    """The first page: the summary for a board."""
    return summary_html(
        data,
        translate,
        image=image,
        picture_size=layout.summary_picture,
        severity_words=SEVERITY_WORDS,
        severity_colours=SEVERITY_COLOURS,
    )


def network_section(
    data: ReportData, translate: Translate, *, image: str, layout: ReportLayout
) -> list[str]:
    """The graph on a page of its own, with its legend under it."""
    if layout.network_picture is None:
        size = "width='640'"
    else:
        size = "width='{}' height='{}'".format(*layout.network_picture)
    return [
        SECTION.format(escape(translate(CONTEXT, GRAPH))),
        f"<p><img src='{escape(image, quote=True)}' {size}></p>",
        *legend_table(data.legend),
    ]


def _rules(data: ReportData, translate: Translate) -> list[str]:
    """What the check asks and where each rule comes from."""
    rules = data.rules
    values = {
        "min_members": str(rules.min_members),
        "min_helices": str(rules.min_helices),
        "stale_after_days": str(round(rules.stale_after_days / 30.44)),
        "broker_share": f"{round(100 * rules.broker_share)} %",
        "model_parts": str(len(rules.model_parts)),
    }
    head = "".join(
        f"<th>{escape(translate(CONTEXT, t))}</th>" for t in (RULE, RULE_VALUE, RULE_SOURCE)
    )
    rows = ["<table border='1' cellspacing='0' width='100%'>", f"<tr>{head}</tr>"]
    for rule, name in RULE_NAMES.items():
        source = translate(HEALTH_CONTEXT, SOURCES[rules.source_of(rule)])
        rows.append(
            f"<tr><td>{escape(translate(CONTEXT, name))}</td>"
            f"<td align='right'>{escape(values[rule])}</td><td>{escape(source)}</td></tr>"
        )
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
                f"<tr><td style='color: {colour}; font-weight: bold; white-space: nowrap'>"
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
        f"<th>{escape(hyphenated(translate('metrics', METRIC_NAMES[code]), data.language))}</th>"
        for code in REPORT_METRICS
    )
    rows = [
        f"<p>{escape(translate(CONTEXT, METRICS_NOTE))}</p>",
        f"<p><i>{escape(data.approximate_note)}</i></p>" if data.approximate_note else "",
        "<table border='1' cellspacing='0' width='100%'>",
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
        name = escape(hyphenated(actor.display_name, names_hyphenation(data.language)))
        rows.append(f"<tr><td width='30%'>{name}</td>{cells}</tr>")
    rows.append("</table>")
    return rows


def _shown_name(actors: Mapping[int | None, Actor], actor_id: int) -> QCollatorSortKey:
    actor = actors.get(actor_id)
    return name_key(actor.display_name if actor is not None else "")


def _number(value: float) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:.3f}"


def matrix_section(data: ReportData, translate: Translate, columns: int | None) -> list[str]:
    """Actors by cluster, their roles in the cells; ``columns`` clusters a table at most
    (more clusters than fit the page's width go on in a table after it, with their actors)."""
    clusters = sorted(data.clusters, key=lambda c: name_key(c.name))
    roles: dict[tuple[int, int], list[str]] = {}
    for membership in data.memberships:
        label = data.role_labels.get(membership.role, membership.role)
        roles.setdefault((membership.actor_id, membership.cluster_id), []).append(label)
    step = max(1, columns or len(clusters) or 1)
    rows = [SECTION.format(escape(translate(CONTEXT, MATRIX)))]
    for start in range(0, len(clusters), step):
        group = clusters[start : start + step]
        members = sorted(
            (a for a in data.actors if any((a.id, c.id) in roles for c in group)),
            key=lambda a: name_key(a.display_name),  # the names the rows show
        )
        rows += _matrix_table(data, translate, group, members, roles)
    return rows


def _matrix_table(
    data: ReportData,
    translate: Translate,
    clusters: Sequence[Cluster],
    members: Sequence[Actor],
    roles: Mapping[tuple[int, int], Sequence[str]],
) -> list[str]:
    name_language = names_hyphenation(data.language)
    header = [translate(CONTEXT, ACTOR), *(c.short_name or c.name for c in clusters)]
    body = [
        [
            actor.display_name,
            *(", ".join(roles.get((actor.id or 0, c.id or 0), [])) for c in clusters),
        ]
        for actor in members
    ]
    widths = _column_widths([header, *body])
    head = "".join(
        f"<th width='{w}%'>{escape(hyphenated(t, name_language if i else data.language))}</th>"
        for i, (t, w) in enumerate(zip(header, widths, strict=True))
    )
    rows = [
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
        "style='font-size: 9pt; margin-bottom: 12px'>",
        f"<tr>{head}</tr>",
    ]
    for name, *cells in body:
        tds = "".join(f"<td>{escape(hyphenated(t, data.language))}</td>" for t in cells)
        rows.append(f"<tr><td>{escape(hyphenated(name, name_language))}</td>{tds}</tr>")
    rows.append("</table>")
    return rows


def _column_widths(rows: Sequence[Sequence[str]]) -> list[int]:
    """Per cent of the page's width for each column, by what its cells hold: room for its
    longest word at least, and for its longest text up to a name's length (the first
    column: actors' names on one line) or a couple of words (roles, which may wrap)."""
    weights = []
    for n, column in enumerate(zip(*rows, strict=True)):
        word = max((len(w) for text in column for w in text.split()), default=1)
        text = max((len(t) for t in column), default=1)
        # A character's width varies (bold headers, capitals): a word gets a few to spare.
        weights.append(max(word + 3, min(text, NAME_CELL if n == 0 else ROLE_CELL)))
    total = sum(weights)
    return [max(1, round(100 * w / total)) for w in weights]


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


def named_in(snapshot: MapSnapshot, language: str) -> MapSnapshot:
    """``snapshot`` with each actor and cluster named as ``language`` names it (its Swedish
    or English form, where it has one), so that every table and sentence of a report in that
    language uses the name the window shows."""
    actors = tuple(changed(a, name=a.name_in(language)) for a in snapshot.actors)
    clusters = tuple(changed(c, name=c.name_in(language)) for c in snapshot.clusters)
    return replace(snapshot, actors=actors, clusters=clusters)


def gather(
    snapshot: MapSnapshot,
    language: str,
    translate: Translate,
    today: date,
    rules: HealthRules | None = None,
) -> ReportData:
    """Everything the report says about the whole map (filters do not apply to a report),
    the actors and clusters under their names in ``language`` where they have one."""
    snapshot = named_in(snapshot, language)
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
        kind_labels=kind_labels,
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
        rules=rules or HealthRules(),
        surveys=snapshot.surveys,
    )
