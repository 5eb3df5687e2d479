"""The report's outcomes section: what the network gained and lost in a period, for a funder.

The numbers are :mod:`aspdesk.analysis.outcomes`' over the period: the network on the day
before its first day against the network on its last day, so a tie made on the first day
counts as new. They are worded in sentences a funder reads first ("The actors formed 14
new ties. 3 of them are international."), each with a form for one and for more, then
given as small tables by tie type, by cluster, by the new members' kind and role, with the
new international ties, the companies tied to research for the first time and the cluster
health findings solved and appeared. Names are the report language's (as the rest of the
report has them); markup as in :mod:`aspdesk.app.report_html`, every text from the map
escaped. The then-and-now picture of the period is not drawn here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import field
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING, TypeVar

from aspdesk.analysis.health.check import Finding
from aspdesk.analysis.health.rules import HEALTH_CONTEXT, HELIX_NAMES
from aspdesk.analysis.outcomes import Group, Outcomes, outcomes
from aspdesk.analysis.timeline import Timeline, compare
from aspdesk.app.collation import name_key
from aspdesk.app.report_legend import LegendText, legend_table
from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import Actor, Cluster, EntityType, Relationship, changed
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from aspdesk.app.report_html import ReportData

Translate = Callable[[str, str], str]
CONTEXT = "Report"

TITLE = QT_TRANSLATE_NOOP("Report", "Outcomes {since}–{until}")
# (one, more): the sentence for a count of 1 and for any other count.
FORMED = (
    QT_TRANSLATE_NOOP("Report", "The actors formed {count} new tie."),
    QT_TRANSLATE_NOOP("Report", "The actors formed {count} new ties."),
)
ABROAD = (
    QT_TRANSLATE_NOOP("Report", "{count} of them is international."),
    QT_TRANSLATE_NOOP("Report", "{count} of them are international."),
)
COMPANIES = (
    QT_TRANSLATE_NOOP("Report", "{count} company was tied to research for the first time."),
    QT_TRANSLATE_NOOP("Report", "{count} companies were tied to research for the first time."),
)
JOINED = (
    QT_TRANSLATE_NOOP("Report", "The clusters gained {count} new membership."),
    QT_TRANSLATE_NOOP("Report", "The clusters gained {count} new memberships."),
)
TIES_ENDED = (
    QT_TRANSLATE_NOOP("Report", "{count} tie ended."),
    QT_TRANSLATE_NOOP("Report", "{count} ties ended."),
)
MEMBERS_ENDED = (
    QT_TRANSLATE_NOOP("Report", "{count} membership ended."),
    QT_TRANSLATE_NOOP("Report", "{count} memberships ended."),
)
SOLVED_COUNT = (
    QT_TRANSLATE_NOOP("Report", "{count} problem or warning of the health check was solved."),
    QT_TRANSLATE_NOOP("Report", "{count} problems or warnings of the health check were solved."),
)
APPEARED_COUNT = (
    QT_TRANSLATE_NOOP("Report", "{count} new problem or warning appeared."),
    QT_TRANSLATE_NOOP("Report", "{count} new problems or warnings appeared."),
)
HOW = QT_TRANSLATE_NOOP(
    "Report",
    "Counted from the dates of memberships and ties; where one has no date, from when the "
    "map recorded it. A membership counts once for each cluster and role; a tie belongs to "
    "a cluster when both its ends are members of it.",
)
BY_TYPE = QT_TRANSLATE_NOOP("Report", "Ties by type")
BY_CLUSTER = QT_TRANSLATE_NOOP("Report", "By cluster")
BY_KIND = QT_TRANSLATE_NOOP("Report", "New memberships by kind and role")
TYPE = QT_TRANSLATE_NOOP("Report", "Type")
KIND = QT_TRANSLATE_NOOP("Report", "Kind")
ROLE = QT_TRANSLATE_NOOP("Report", "Role")
CLUSTER = QT_TRANSLATE_NOOP("Report", "Cluster")
NEW = QT_TRANSLATE_NOOP("Report", "New")
ENDED = QT_TRANSLATE_NOOP("Report", "Ended")
NEW_TIES = QT_TRANSLATE_NOOP("Report", "New ties")
ENDED_TIES = QT_TRANSLATE_NOOP("Report", "Ended ties")
NEW_MEMBERSHIPS = QT_TRANSLATE_NOOP("Report", "New memberships")
ENDED_MEMBERSHIPS = QT_TRANSLATE_NOOP("Report", "Ended memberships")
INTERNATIONAL = QT_TRANSLATE_NOOP("Report", "New international ties")
TO_RESEARCH = QT_TRANSLATE_NOOP("Report", "Companies tied to research for the first time")
TIED_TO = QT_TRANSLATE_NOOP("Report", "{company}: {research}")
SOLVED = QT_TRANSLATE_NOOP("Report", "Cluster health: solved")
APPEARED = QT_TRANSLATE_NOOP("Report", "Cluster health: appeared")
NONE = QT_TRANSLATE_NOOP("Report", "None.")
FOUNDED = QT_TRANSLATE_NOOP(
    "Report", "Founded within the period, so compared from the day they started: {clusters}."
)
FOUNDED_ON = QT_TRANSLATE_NOOP("Report", "{cluster} ({date})")
NOT_COMPARED = QT_TRANSLATE_NOOP(
    "Report", "Not on the network on both days, so not compared: {clusters}."
)
NOTHING = QT_TRANSLATE_NOOP(
    "Report", "Nothing that these numbers count changed on the network in the period."
)
MORE = QT_TRANSLATE_NOOP("Report", "… and {count} more.")
K = TypeVar("K", str, int)
# Names listed under a heading at most; a longer list ends in "and N more".
LISTED = 40


@record
class OutcomesSection:
    """The period's outcomes with the names and labels to word them in the report."""

    since: date
    until: date
    outcomes: Outcomes
    actor_names: Mapping[int, str] = field(default_factory=dict)
    cluster_names: Mapping[int, str] = field(default_factory=dict)
    tie_labels: Mapping[str, str] = field(default_factory=dict)
    # The new international ties, to name their ends.
    ties: Mapping[int, Relationship] = field(default_factory=dict)
    # Clusters on the network on the period's last day that it did not have on both.
    not_compared: tuple[int, ...] = ()
    # The then-and-now picture of the period, its legend in it: the image's source and its
    # size on the page ("" when the report has none).
    picture: str = ""
    picture_size: tuple[int, int] = (0, 0)
    picture_legend: tuple[LegendText, ...] = ()  # the picture's legend, as text under it


def gather_outcomes(
    data: ReportData,
    timeline: Timeline,
    period: tuple[date, date],
    tie_labels: Mapping[str, str],
    translate: Translate,
) -> OutcomesSection:
    """The outcomes of ``period`` (first and last day) in ``data``'s language and rules."""
    since, until = period
    comparison = compare(timeline, since - timedelta(days=1), until)
    language = data.language

    def rename(actor: Actor) -> Actor:
        return changed(actor, name=actor.name_in(language))

    found = outcomes(
        comparison,
        data.rules,
        rename=rename,
        role_labels=data.role_labels,
        helix_labels={h: translate(HEALTH_CONTEXT, n) for h, n in HELIX_NAMES.items()},
        kind_labels=data.kind_labels,
        timeline=timeline,
    )
    actors: dict[int, str] = {}
    clusters: dict[int, str] = {}
    for network in (comparison.then, comparison.now):
        for actor in network.entities.get(EntityType.ACTOR, {}).values():
            if isinstance(actor, Actor) and actor.id is not None:
                actors[actor.id] = actor.display_name_in(language)
        for cluster in network.entities.get(EntityType.CLUSTER, {}).values():
            if isinstance(cluster, Cluster) and cluster.id is not None:
                clusters[cluster.id] = cluster.name_in(language)
    ties = {
        tie_id: tie
        for tie_id in found.international.ids
        if isinstance(tie := comparison.entity(EntityType.RELATIONSHIP, tie_id), Relationship)
    }
    return OutcomesSection(
        since,
        until,
        found,
        actors,
        clusters,
        tie_labels,
        ties,
        tuple(sorted(comparison.now.clusters - set(found.compared_clusters))),
    )


def outcomes_section(
    data: ReportData,
    translate: Translate,
    severity_words: Mapping[str, str],
    severity_colours: Mapping[str, str],
) -> list[str]:
    """The section's markup; nothing when the report has no period."""
    section = data.outcomes
    if section is None:
        return []

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    found = section.outcomes
    title = tr(TITLE).format(
        since=format_date(section.since, data.language),
        until=format_date(section.until, data.language),
    )
    rows = [f"<h2 style='page-break-before: always'>{escape(title)}</h2>"]
    rows.append(f"<p style='font-size: 12pt'>{escape(' '.join(_sentences(found, tr)))}</p>")
    rows.append(f"<p><i>{escape(tr(HOW))}</i></p>")
    if section.picture:
        width, height = section.picture_size
        source = escape(section.picture, quote=True)
        rows.append(f"<p><img src='{source}' width='{width}' height='{height}'></p>")
        rows += legend_table(section.picture_legend)
    if found.empty:
        return rows
    rows += _counts_table(
        tr(BY_TYPE),
        [tr(TYPE), tr(NEW), tr(ENDED)],
        _by_key(
            [found.new_ties.by_code, found.ended_ties.by_code],
            lambda code: section.tie_labels.get(code, code),
        ),
    )
    rows += _counts_table(
        tr(BY_CLUSTER),
        [tr(CLUSTER), tr(NEW_TIES), tr(ENDED_TIES), tr(NEW_MEMBERSHIPS), tr(ENDED_MEMBERSHIPS)],
        _by_key(
            [
                found.new_ties.by_cluster,
                found.ended_ties.by_cluster,
                found.new_members.by_cluster,
                found.ended_members.by_cluster,
            ],
            lambda cluster_id: section.cluster_names.get(cluster_id, f"#{cluster_id}"),
        ),
        "100%",
    )
    if found.new_members.all.count:
        rows.append(f"<h3>{escape(tr(BY_KIND))}</h3>")
        rows += _table(
            [tr(KIND), tr(NEW)],
            _by_key([found.new_members.by_code], lambda k: data.kind_labels.get(k, k)),
        )
        rows += _table(
            [tr(ROLE), tr(NEW)],
            _by_key([found.new_members_by_role], lambda r: data.role_labels.get(r, r)),
        )
    rows += _names(tr(INTERNATIONAL), _international(section), tr)
    rows += _names(tr(TO_RESEARCH), _to_research(section, tr), tr)
    severity = (severity_words, severity_colours)
    solved = _findings(tr(SOLVED), found.solved, section, translate, severity)
    # Which days the findings are compared from, said before the findings.
    founded = sorted(
        (
            tr(FOUNDED_ON).format(
                cluster=section.cluster_names.get(c, f"#{c}"),
                date=format_date(day, data.language),
            )
            for c, day in found.compared_clusters.items()
            if day >= section.since
        ),
        key=name_key,
    )
    if founded:
        solved.insert(1, f"<p><i>{escape(tr(FOUNDED).format(clusters=', '.join(founded)))}</i></p>")
    if section.not_compared:
        names = sorted(
            (section.cluster_names.get(c, f"#{c}") for c in section.not_compared), key=name_key
        )
        solved.insert(
            1, f"<p><i>{escape(tr(NOT_COMPARED).format(clusters=', '.join(names)))}</i></p>"
        )
    rows += solved
    rows += _findings(tr(APPEARED), found.appeared, section, translate, severity)
    return rows


def _counted(forms: tuple[str, str], count: int, tr: Callable[[str], str]) -> str:
    return tr(forms[0] if count == 1 else forms[1]).format(count=count)


def _sentences(found: Outcomes, tr: Callable[[str], str]) -> list[str]:
    """What a funder reads first."""
    if found.empty:
        return [tr(NOTHING)]
    said = [_counted(FORMED, found.new_ties.all.count, tr)]
    if found.new_ties.all.count:
        said.append(_counted(ABROAD, found.international.count, tr))
    said.append(_counted(COMPANIES, found.companies_to_research.count, tr))
    said.append(_counted(JOINED, found.new_members.all.count, tr))
    if found.ended_ties.all.count:
        said.append(_counted(TIES_ENDED, found.ended_ties.all.count, tr))
    if found.ended_members.all.count:
        said.append(_counted(MEMBERS_ENDED, found.ended_members.all.count, tr))
    if found.solved:
        said.append(_counted(SOLVED_COUNT, len(found.solved), tr))
    if found.appeared:
        said.append(_counted(APPEARED_COUNT, len(found.appeared), tr))
    return said


def _by_key(columns: Sequence[Mapping[K, Group]], label: Callable[[K], str]) -> list[list[str]]:
    """One row per key of any column, by label: the label, then each column's count."""
    keys: set[K] = {key for column in columns for key in column}
    rows = []
    for key in sorted(keys, key=lambda k: name_key(label(k))):
        counts: list[str] = [str(c[key].count) if key in c else "0" for c in columns]
        rows.append([label(key), *counts])
    return rows


def _table(head: Sequence[str], body: Sequence[Sequence[str]], width: str = "") -> list[str]:
    """A table of a label and counts; ``width`` spans it (as "100%") for long labels."""
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    wide = f" width='{width}'" if width else ""
    rows = [
        f"<table border='1' cellspacing='0'{wide} style='margin-bottom: 8px'>",
        f"<tr>{cells}</tr>",
    ]
    for label, *numbers in body:
        tds = "".join(f"<td align='right'>{escape(n)}</td>" for n in numbers)
        rows.append(f"<tr><td>{escape(label)}</td>{tds}</tr>")
    rows.append("</table>")
    return rows


def _counts_table(
    title: str, head: Sequence[str], body: Sequence[Sequence[str]], width: str = ""
) -> list[str]:
    if not body:
        return []
    return [f"<h3>{escape(title)}</h3>", *_table(head, body, width)]


def _names(title: str, lines: Sequence[str], tr: Callable[[str], str]) -> list[str]:
    rows = [f"<h3>{escape(title)}</h3>"]
    if not lines:
        return [*rows, f"<p>{escape(tr(NONE))}</p>"]
    shown = [escape(line) for line in lines[:LISTED]]
    if len(lines) > LISTED:
        shown.append(escape(tr(MORE).format(count=len(lines) - LISTED)))
    return [*rows, "<p>" + "<br>".join(shown) + "</p>"]


def _name(section: OutcomesSection, actor_id: int) -> str:
    return section.actor_names.get(actor_id, f"#{actor_id}")


def _international(section: OutcomesSection) -> list[str]:
    """Each new international tie as "one – other (type)", by name."""
    ties = section.outcomes.international.ids
    lines = []
    for tie_id in ties:
        tie = section.ties.get(tie_id)
        if tie is not None:
            ends = sorted(
                (_name(section, tie.source_id), _name(section, tie.target_id)), key=name_key
            )
            kind = section.tie_labels.get(tie.type, tie.type)
            lines.append(f"{ends[0]} \N{EN DASH} {ends[1]} ({kind})")
    return sorted(lines, key=name_key)


def _to_research(section: OutcomesSection, tr: Callable[[str], str]) -> list[str]:
    """Each company tied to research for the first time, with its research partners."""
    found = section.outcomes.companies_to_research
    lines = []
    for company in found.ids:
        partners = sorted(
            (_name(section, a) for a in section.outcomes.research_partners.get(company, ())),
            key=name_key,
        )
        lines.append(
            tr(TIED_TO).format(company=_name(section, company), research=", ".join(partners))
        )
    return sorted(lines, key=name_key)


def _findings(
    title: str,
    findings: Sequence[Finding],
    section: OutcomesSection,
    translate: Translate,
    severity: tuple[Mapping[str, str], Mapping[str, str]],
) -> list[str]:
    words, colours = severity
    rows = [f"<h3>{escape(title)}</h3>"]
    if not findings:
        return [*rows, f"<p>{escape(translate(CONTEXT, NONE))}</p>"]
    by_cluster: dict[int, list[Finding]] = {}
    for finding in findings:
        by_cluster.setdefault(finding.cluster_id, []).append(finding)
    rows.append("<table border='0' cellspacing='0' width='100%'>")
    for cluster_id in sorted(by_cluster, key=lambda c: name_key(section.cluster_names.get(c, ""))):
        cluster = section.cluster_names.get(cluster_id, f"#{cluster_id}")
        rows.append(f"<tr><td colspan='2'><b>{escape(cluster)}</b></td></tr>")
        # Problems first, as the health section lists them.
        for finding in sorted(by_cluster[cluster_id], key=lambda f: f.severity != "problem"):
            word = translate(CONTEXT, words.get(finding.severity, finding.severity))
            colour = colours.get(finding.severity, "#333333")
            rows.append(
                f"<tr><td style='color: {colour}; font-weight: bold; white-space: nowrap'>"
                f"{escape(word)}</td><td>{escape(finding.text(translate))}</td></tr>"
            )
    rows.append("</table>")
    return rows
