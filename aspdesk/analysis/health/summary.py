"""What a board reads first of the health check: each cluster's state and the findings that
matter most across the map.

The order of importance is data (:data:`IMPORTANCE`): a cluster without members or short of
the profile's members and helices first, then the model's missing companies, then what can
break the network (a member whose leaving splits it, a broker the cluster hangs on), then
missing links and parts, and last the upkeep of the map itself (ties not checked lately).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aspdesk.analysis.health.check import SEVERITIES, Finding
from aspdesk.domain.records import record

IMPORTANCE = (
    "no_members",
    "few_members",
    "few_helices",
    "missing_role",
    "cut_point",
    "broker",
    "research_unlinked",
    "no_funder_ties",
    "no_international",
    "only_link",
    "unconnected_members",
    "ended_memberships",
    "stale_ties",
    "unchecked_ties",
)


@record
class ClusterState:
    """A cluster's worst severity and how many findings of each severity it has."""

    severity: str
    problems: int
    warnings: int
    members: int


def cluster_state(findings: Sequence[Finding]) -> ClusterState:
    """The state of one cluster from its findings."""
    counts = {s: sum(f.severity == s for f in findings) for s in SEVERITIES}
    worst = next((s for s in SEVERITIES if counts[s]), "ok")
    members = next(
        (int(f.values["count"]) for f in findings if f.code in ("few_members", "enough_members")),
        0,
    )
    return ClusterState(worst, counts["problem"], counts["warning"], members)


@record
class Highlight:
    """One of the most important findings, and in how many other clusters its kind is found."""

    finding: Finding
    elsewhere: int


def most_important(
    findings: Mapping[int, Sequence[Finding]],
    cluster_names: Mapping[int, str],
    count: int = 3,
) -> list[Highlight]:
    """The ``count`` findings that matter most, of different kinds while there are enough.

    Among findings of one kind, the cluster that has it worst (fewest members, fewest
    helices; else the most actors concerned) comes first, then by cluster name.
    """
    rank = {code: i for i, code in enumerate(IMPORTANCE)}
    severity = {s: i for i, s in enumerate(SEVERITIES)}
    candidates = [
        f for found in findings.values() for f in found if f.severity != "ok" and f.code in rank
    ]

    def key(f: Finding) -> tuple[int, int, int, str]:
        if f.code in ("few_members", "few_helices"):
            weight = int(f.values.get("count", "0"))
        else:
            weight = -len(f.actor_ids)
        name = cluster_names.get(f.cluster_id, "").casefold()
        return severity[f.severity], rank[f.code], weight, name

    candidates.sort(key=key)
    chosen: list[Finding] = []
    for f in candidates:  # one of each kind first
        if len(chosen) < count and all(_kind(c) != _kind(f) for c in chosen):
            chosen.append(f)
    for f in candidates:
        if len(chosen) < count and f not in chosen:
            chosen.append(f)
    chosen.sort(key=key)
    return [
        Highlight(
            f,
            len({g.cluster_id for g in candidates if _kind(g) == _kind(f)} - {f.cluster_id}),
        )
        for f in chosen
    ]


def _kind(finding: Finding) -> tuple[str, str]:
    """A finding's code, and for a part of the cluster model, which part."""
    return finding.code, finding.values.get("role_code", "")
