"""Outcomes over a period, for a funder: what the network gained and lost between two days.

From a :class:`~aspdesk.analysis.timeline.Comparison` (the network on the first and on the
last day of the period) :func:`outcomes` counts:

- *new* and *ended ties* (relationships on the network on one day and not on the other), by
  relationship type and by cluster; a tie belongs to a cluster when both its ends are
  members of the cluster on the day it is on the network (the later day for a new tie, the
  earlier one for an ended tie);
- *new members* and *ended members*: memberships, so an actor joining two clusters, or
  taking a second role in one, counts once for each; new ones by the actor's kind, by role
  and by cluster, ended ones by cluster;
- *new international links*: new ties with one end international and the other not, as the
  health check tells international actors (:func:`~aspdesk.analysis.health.check.is_international`,
  with the roles an actor holds in any cluster that day);
- *companies tied to research for the first time*: companies (as the health check tells
  them) with a new tie to a research member and no tie to one on the earlier day;
- the cluster health *findings solved and appeared*: :func:`check_clusters` is run on the
  network as it was on each day, for the clusters on the network on both days and those
  founded within the period (compared from the day they started, when the timeline is
  given; one that appeared by the change log alone is not compared), and the problems and
  warnings are compared by cluster and code (and by the part of the cluster model, or the
  actor, for the codes a cluster can have more than once).

Everything is ids and counts; names and labels come from the map's terms when shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import field
from datetime import date, timedelta
from typing import TypeVar

from aspdesk.analysis.health.check import (
    Finding,
    check_clusters,
    is_company,
    is_international,
    is_research,
)
from aspdesk.analysis.health.rules import HealthRules
from aspdesk.analysis.timeline import Comparison, Network, Timeline
from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership, Relationship
from aspdesk.domain.records import record

# Finding codes a cluster can have more than once, and what tells them apart.
_BY_PART = ("role_present", "missing_role")
_BY_ACTOR = ("broker", "cut_point")
# Renames an actor for the findings' sentences (the report names actors in its language).
Rename = Callable[[Actor], Actor]
T = TypeVar("T", Relationship, Membership)
K = TypeVar("K", str, int)


@record
class Group:
    """What one number counts: ``ids`` (of ties, memberships or actors, as the number
    says) and the actors it concerns, to show on the graph."""

    ids: tuple[int, ...] = ()
    actor_ids: tuple[int, ...] = ()

    @property
    def count(self) -> int:
        """How many there are."""
        return len(self.ids)


@record
class Counts:
    """Ties or memberships, all of them and grouped by a code and by cluster."""

    all: Group = field(default_factory=Group)
    by_code: Mapping[str, Group] = field(default_factory=dict)  # tie type, actor kind, role
    by_cluster: Mapping[int, Group] = field(default_factory=dict)


@record
class Outcomes:
    """The outcomes of the period from ``then`` to ``now``.

    ``new_members_by_role`` groups the new memberships by role (``new_members.by_code``
    groups them by the actor's kind). ``companies_to_research`` counts companies (its
    ``ids`` are actor ids; its actors are the companies and the research members of their
    new ties; ``research_partners`` gives each company's). ``solved`` are findings of the
    earlier day (as they were worded then), ``appeared`` findings of the later day;
    ``compared_clusters`` gives each cluster compared the day its findings are compared
    from: the earlier day, or the day a cluster founded in the period started.
    """

    then: date
    now: date
    new_ties: Counts
    ended_ties: Counts
    new_members: Counts
    ended_members: Counts
    new_members_by_role: Mapping[str, Group]
    international: Group
    companies_to_research: Group
    research_partners: Mapping[int, tuple[int, ...]]
    solved: tuple[Finding, ...]
    appeared: tuple[Finding, ...]
    compared_clusters: Mapping[int, date]

    @property
    def empty(self) -> bool:
        """Whether nothing changed that these numbers count."""
        return not (
            self.new_ties.all.count
            or self.ended_ties.all.count
            or self.new_members.all.count
            or self.ended_members.all.count
            or self.solved
            or self.appeared
        )


def twelve_months_to(last: date) -> tuple[date, date]:
    """The twelve months up to ``last`` (a report's default period), both ends included."""
    try:
        year_before = last.replace(year=last.year - 1)
    except ValueError:  # 29 February
        year_before = last.replace(year=last.year - 1, day=28)
    return year_before + timedelta(days=1), last


def outcomes(
    comparison: Comparison,
    rules: HealthRules | None = None,
    *,
    rename: Rename | None = None,
    role_labels: Mapping[str, str] | None = None,
    helix_labels: Mapping[str, str] | None = None,
    kind_labels: Mapping[str, str] | None = None,
    timeline: Timeline | None = None,
) -> Outcomes:
    """The outcomes between the two days of ``comparison`` under the health ``rules``.

    Given the ``timeline`` the comparison came from, a cluster founded within the period
    (its start date after the earlier day) has its findings compared from its first day.

    The labels and ``rename`` only word the findings' sentences (as in
    :func:`check_clusters`); the numbers do not depend on them.
    """
    rules = rules or HealthRules()
    then, now = comparison.then, comparison.now
    members_then, members_now = _members(then), _members(now)
    roles_then, roles_now = _roles(then), _roles(now)
    new_ties = [_tie(comparison, i) for i in sorted(comparison.new(EntityType.RELATIONSHIP))]
    ended_ties = [_tie(comparison, i) for i in sorted(comparison.ended(EntityType.RELATIONSHIP))]
    new_members = [_member(comparison, i) for i in sorted(comparison.new(EntityType.MEMBERSHIP))]
    ended_members = [
        _member(comparison, i) for i in sorted(comparison.ended(EntityType.MEMBERSHIP))
    ]

    def kind(actor_id: int) -> str:
        actor = comparison.entity(EntityType.ACTOR, actor_id)
        return actor.kind if isinstance(actor, Actor) else ""

    home = rules.home_country

    def abroad(network: Network, roles: Mapping[int, set[str]], actor_id: int) -> bool:
        actor = network.get(EntityType.ACTOR, actor_id)
        return isinstance(actor, Actor) and is_international(
            actor, roles.get(actor_id, set()), home
        )

    international = [
        t
        for t in new_ties
        if abroad(now, roles_now, t.source_id) != abroad(now, roles_now, t.target_id)
    ]
    partners = _companies_to_research(comparison, new_ties, roles_then, roles_now)
    tied = {a for company, found in partners.items() for a in (company, *found)}
    companies = Group(tuple(sorted(partners)), tuple(sorted(tied)))
    solved, appeared, compared = _findings(
        comparison, rules, rename, role_labels, helix_labels, kind_labels, timeline
    )
    return Outcomes(
        then=then.day,
        now=now.day,
        new_ties=_tie_counts(new_ties, members_now),
        ended_ties=_tie_counts(ended_ties, members_then),
        new_members=_member_counts(new_members, kind),
        ended_members=_member_counts(ended_members, kind),
        new_members_by_role=_grouped(new_members, lambda m: m.role, _member_ends),
        international=_group(international, _tie_ends),
        companies_to_research=companies,
        research_partners=partners,
        solved=solved,
        appeared=appeared,
        compared_clusters=compared,
    )


def _tie(comparison: Comparison, tie_id: int) -> Relationship:
    tie = comparison.entity(EntityType.RELATIONSHIP, tie_id)
    assert isinstance(tie, Relationship)  # the networks hold what their ids name
    return tie


def _member(comparison: Comparison, membership_id: int) -> Membership:
    membership = comparison.entity(EntityType.MEMBERSHIP, membership_id)
    assert isinstance(membership, Membership)
    return membership


def _memberships(network: Network) -> list[Membership]:
    found = (network.get(EntityType.MEMBERSHIP, i) for i in network.memberships)
    return [m for m in found if isinstance(m, Membership)]


def _members(network: Network) -> dict[int, set[int]]:
    """The actors that are members of each cluster on the network's day."""
    members: dict[int, set[int]] = defaultdict(set)
    for membership in _memberships(network):
        members[membership.cluster_id].add(membership.actor_id)
    return members


def _roles(network: Network) -> dict[int, set[str]]:
    """The roles each actor holds in any cluster on the network's day."""
    roles: dict[int, set[str]] = defaultdict(set)
    for membership in _memberships(network):
        roles[membership.actor_id].add(membership.role)
    return roles


def _tie_ends(tie: Relationship) -> tuple[int, ...]:
    return (tie.source_id, tie.target_id)


def _member_ends(membership: Membership) -> tuple[int, ...]:
    return (membership.actor_id,)


def _group(items: Iterable[T], ends: Callable[[T], tuple[int, ...]]) -> Group:
    chosen = list(items)
    ids = sorted(item.id for item in chosen if item.id is not None)
    actors = sorted({a for item in chosen for a in ends(item)})
    return Group(tuple(ids), tuple(actors))


def _grouped(
    items: Iterable[T], key: Callable[[T], K], ends: Callable[[T], tuple[int, ...]]
) -> dict[K, Group]:
    by_key: dict[K, list[T]] = defaultdict(list)
    for item in items:
        by_key[key(item)].append(item)
    return {k: _group(chosen, ends) for k, chosen in sorted(by_key.items())}


def _tie_counts(ties: list[Relationship], members: Mapping[int, set[int]]) -> Counts:
    by_cluster: dict[int, list[Relationship]] = defaultdict(list)
    for cluster_id, actors in sorted(members.items()):
        for tie in ties:
            if tie.source_id in actors and tie.target_id in actors:
                by_cluster[cluster_id].append(tie)
    return Counts(
        _group(ties, _tie_ends),
        _grouped(ties, lambda t: t.type, _tie_ends),
        {c: _group(chosen, _tie_ends) for c, chosen in by_cluster.items()},
    )


def _member_counts(memberships: list[Membership], kind: Callable[[int], str]) -> Counts:
    return Counts(
        _group(memberships, _member_ends),
        _grouped(memberships, lambda m: kind(m.actor_id), _member_ends),
        _grouped(memberships, lambda m: m.cluster_id, _member_ends),
    )


def _companies_to_research(
    comparison: Comparison,
    new_ties: list[Relationship],
    roles_then: Mapping[int, set[str]],
    roles_now: Mapping[int, set[str]],
) -> dict[int, tuple[int, ...]]:
    """Each company tied to research for the first time, with its new research partners."""

    def research_on(network: Network, roles: Mapping[int, set[str]]) -> set[int]:
        return {
            a
            for a in network.actors
            if isinstance(actor := network.get(EntityType.ACTOR, a), Actor)
            and is_research(actor, roles.get(a, set()))
        }

    def companies_on(network: Network, roles: Mapping[int, set[str]]) -> set[int]:
        return {
            a
            for a in network.actors
            if isinstance(actor := network.get(EntityType.ACTOR, a), Actor)
            and is_company(actor, roles.get(a, set()))
        }

    then, now = comparison.then, comparison.now
    research_then = research_on(then, roles_then)
    tied_before: set[int] = set()
    for tie_id in then.relationships:
        tie = then.get(EntityType.RELATIONSHIP, tie_id)
        if isinstance(tie, Relationship):
            if tie.target_id in research_then:
                tied_before.add(tie.source_id)
            if tie.source_id in research_then:
                tied_before.add(tie.target_id)
    research_now, companies_now = research_on(now, roles_now), companies_on(now, roles_now)
    partners: dict[int, set[int]] = defaultdict(set)
    for tie in new_ties:
        for company, other in ((tie.source_id, tie.target_id), (tie.target_id, tie.source_id)):
            if company in companies_now and other in research_now and company not in tied_before:
                partners[company].add(other)
    return {company: tuple(sorted(found)) for company, found in sorted(partners.items())}


def _key(finding: Finding) -> tuple[int, str, str]:
    if finding.code in _BY_PART:
        subject = finding.values.get("role_code", "")
    elif finding.code in _BY_ACTOR:
        subject = str(finding.actor_ids[0]) if finding.actor_ids else ""
    else:
        subject = ""
    return (finding.cluster_id, finding.code, subject)


def _findings(
    comparison: Comparison,
    rules: HealthRules,
    rename: Rename | None,
    role_labels: Mapping[str, str] | None,
    helix_labels: Mapping[str, str] | None,
    kind_labels: Mapping[str, str] | None,
    timeline: Timeline | None,
) -> tuple[tuple[Finding, ...], tuple[Finding, ...], dict[int, date]]:
    then, now = comparison.then, comparison.now
    since: dict[int, date] = {c: then.day for c in then.clusters & now.clusters}
    if timeline is not None:
        for cluster_id in now.clusters - then.clusters:
            cluster = now.get(EntityType.CLUSTER, cluster_id)
            start = cluster.start_date if isinstance(cluster, Cluster) else None
            if start is not None and then.day < start <= now.day:
                since[cluster_id] = start

    def check(network: Network, compared: list[int]) -> list[Finding]:
        entities = network.entities
        clusters = [entities[EntityType.CLUSTER][c] for c in compared]
        actors = [a for a in entities.get(EntityType.ACTOR, {}).values() if isinstance(a, Actor)]
        found = check_clusters(
            [c for c in clusters if isinstance(c, Cluster)],
            [rename(a) for a in actors] if rename else actors,
            [
                m
                for m in entities.get(EntityType.MEMBERSHIP, {}).values()
                if isinstance(m, Membership)
            ],
            [
                r
                for r in entities.get(EntityType.RELATIONSHIP, {}).values()
                if isinstance(r, Relationship)
            ],
            network.day,
            rules,
            role_labels=role_labels,
            helix_labels=helix_labels,
            kind_labels=kind_labels,
        )
        return [f for c in compared for f in found.get(c, ()) if f.severity != "ok"]

    before: list[Finding] = []
    for day in sorted(set(since.values())):
        network = then if day == then.day else timeline.on(day) if timeline else then
        before += check(network, sorted(c for c, d in since.items() if d == day))
    after = check(now, sorted(since))
    keys_before, keys_after = {_key(f) for f in before}, {_key(f) for f in after}
    solved = tuple(f for f in before if _key(f) not in keys_after)
    appeared = tuple(f for f in after if _key(f) not in keys_before)
    return solved, appeared, dict(sorted(since.items()))
