"""The report's first page: a summary a coordinator can hand to a board.

The map's name, the counts (actors, clusters, memberships, ties, projects), each cluster's
state in one line, the three findings that matter most (:mod:`aspdesk.analysis.health.summary`)
and the network's picture, sized by the caller so that the page holds it all
(:mod:`aspdesk.graph.export.report` measures the laid-out page). Markup as in
:mod:`aspdesk.app.report_html`: Qt's rich-text subset, every text from the map escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from aspdesk.analysis.health.summary import cluster_state, most_important
from aspdesk.domain.hyphenation import hyphenated, names_hyphenation
from aspdesk.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from aspdesk.app.report_html import ReportData

Translate = Callable[[str, str], str]
CONTEXT = "Report"

TITLE = QT_TRANSLATE_NOOP("Report", "Network report")
MADE = QT_TRANSLATE_NOOP("Report", "Made with aspdesk on {date}.")
COUNT_LABELS = (
    QT_TRANSLATE_NOOP("Report", "Actors"),
    QT_TRANSLATE_NOOP("Report", "Clusters"),
    QT_TRANSLATE_NOOP("Report", "Memberships"),
    QT_TRANSLATE_NOOP("Report", "Ties"),
    QT_TRANSLATE_NOOP("Report", "Projects"),
)
CLUSTERS = QT_TRANSLATE_NOOP("Report", "The clusters")
CLUSTER = QT_TRANSLATE_NOOP("Report", "Cluster")
STATE = QT_TRANSLATE_NOOP("Report", "State")
MEMBERS = QT_TRANSLATE_NOOP("Report", "Members")
PROBLEMS = QT_TRANSLATE_NOOP("Report", "Problems")
TO_LOOK_AT = QT_TRANSLATE_NOOP("Report", "To look at")
MORE_CLUSTERS = QT_TRANSLATE_NOOP(
    "Report", "… and {count} more clusters in order or with fewer findings: see Cluster health."
)
FINDINGS = QT_TRANSLATE_NOOP("Report", "What matters most")
ELSEWHERE = QT_TRANSLATE_NOOP("Report", "The same in {count} other clusters.")
ELSEWHERE_ONE = QT_TRANSLATE_NOOP("Report", "The same in one other cluster.")
NOTHING_FOUND = QT_TRANSLATE_NOOP("Report", "The health check found nothing to look at.")
PICTURE = QT_TRANSLATE_NOOP(
    "Report", "The network; larger and with its legend in the next section."
)
# A page holds this many clusters' lines beside the rest; the worst are shown.
MOST_CLUSTERS = 18
# Shapes beside the state words, so that the state reads without colour.
SEVERITY_SHAPES = {"problem": "■", "warning": "▲", "ok": "●"}


def summary_html(
    data: ReportData,
    translate: Translate,
    *,
    image: str,
    picture_size: tuple[int, int] | None,
    severity_words: dict[str, str],
    severity_colours: dict[str, str],
) -> list[str]:
    """The first page's markup; the picture is left out when ``picture_size`` is None."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    counts = (
        len(data.actors),
        len(data.clusters),
        len(data.memberships),
        data.tie_count,
        len(data.projects),
    )
    tiles = "".join(
        f"<td align='center' width='20%' style='background: #F0F0F0'>"
        f"<span style='font-size: 20pt; font-weight: bold'>{number}</span><br>"
        f"{escape(tr(label))}</td>"
        for number, label in zip(counts, COUNT_LABELS, strict=True)
    )
    parts = [
        f"<h1>{escape(data.map_name)}</h1>",
        f"<p style='font-size: 13pt'>{escape(tr(TITLE))}</p>",
        f"<p>{escape(tr(MADE).format(date=data.today.isoformat()))}</p>",
        f"<table width='100%' cellspacing='6' cellpadding='6'><tr>{tiles}</tr></table>",
        *_cluster_lines(data, tr, severity_words, severity_colours),
        *_highlights(data, tr, translate),
    ]
    if picture_size is not None:
        width, height = picture_size
        parts += [
            f"<p align='center'><img src='{escape(image, quote=True)}' "
            f"width='{width}' height='{height}'></p>",
            f"<p align='center' style='font-size: 8pt'>{escape(tr(PICTURE))}</p>",
        ]
    return parts


def _cluster_lines(
    data: ReportData,
    tr: Callable[[str], str],
    words: dict[str, str],
    colours: dict[str, str],
) -> list[str]:
    if not data.clusters:
        return []
    states = {c.id: cluster_state(data.findings.get(c.id or 0, ())) for c in data.clusters}
    order = {"problem": 0, "warning": 1, "ok": 2}
    shown = sorted(
        data.clusters,
        key=lambda c: (order[states[c.id].severity], -states[c.id].problems, c.name.casefold()),
    )[:MOST_CLUSTERS]
    shown.sort(key=lambda c: c.name.casefold())
    head = "".join(
        f"<th{' align=right' if i > 1 else ''}>{escape(hyphenated(tr(t), data.language))}</th>"
        for i, t in enumerate((CLUSTER, STATE, MEMBERS, PROBLEMS, TO_LOOK_AT))
    )
    rows = [
        f"<h3>{escape(tr(CLUSTERS))}</h3>",
        "<table width='100%' border='0' cellspacing='0' cellpadding='2'>",
        f"<tr>{head}</tr>",
    ]
    name_language = names_hyphenation(data.language)
    for cluster in shown:
        state = states[cluster.id]
        word = f"{SEVERITY_SHAPES[state.severity]} {tr(words[state.severity])}"
        rows.append(
            f"<tr><td width='46%'>{escape(hyphenated(cluster.name, name_language))}</td>"
            f"<td style='color: {colours[state.severity]}; font-weight: bold; "
            "white-space: nowrap'>"
            f"{escape(word)}</td>"
            f"<td align='right'>{state.members}</td><td align='right'>{state.problems}</td>"
            f"<td align='right'>{state.warnings}</td></tr>"
        )
    rows.append("</table>")
    if len(data.clusters) > len(shown):
        more = tr(MORE_CLUSTERS).format(count=len(data.clusters) - len(shown))
        rows.append(f"<p style='font-size: 8pt'>{escape(more)}</p>")
    return rows


def _highlights(data: ReportData, tr: Callable[[str], str], translate: Translate) -> list[str]:
    names = {c.id or 0: c.name for c in data.clusters}
    chosen = most_important(data.findings, names)
    rows = [f"<h3>{escape(tr(FINDINGS))}</h3>"]
    if not chosen:
        return [*rows, f"<p>{escape(tr(NOTHING_FOUND))}</p>"]
    rows.append("<ol>")
    for highlight in chosen:
        finding = highlight.finding
        text = escape(finding.text(translate))
        if highlight.elsewhere == 1:
            text += " " + escape(tr(ELSEWHERE_ONE))
        elif highlight.elsewhere > 1:
            text += " " + escape(tr(ELSEWHERE).format(count=highlight.elsewhere))
        rows.append(f"<li><b>{escape(names.get(finding.cluster_id, ''))}</b>: {text}</li>")
    rows.append("</ol>")
    return rows
