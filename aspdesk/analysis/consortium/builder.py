"""The consortium builder's core: check a candidate consortium and fill its gaps.

Pick a programme (:func:`load_programmes`), gather partners from the map
(:func:`partner_from_actor`), and :func:`check_consortium` says rule by rule what is met;
:func:`suggest` proposes actors of the map that would fill each unmet rule, ranked by how
well they are already tied to the consortium and to its clusters, each with its reasons.
The app shows :data:`CHECK_THE_CALL` with every check: the rules are a summary kept by hand.

Ranking: each active tie between the actor and a consortium member adds its strength (1-5,
as recorded); each active cluster membership the actor shares with consortium members adds
half a point per member in that cluster, so a direct tie of average strength (3) outweighs
a shared cluster with up to five partners. Equal scores go to the stronger direct ties, then
by name. An actor already in the consortium, in any role, is never suggested, nor one whose
country a ``countries_allowed`` rule excludes. Rules that adding an actor cannot fix (a
country not allowed, a missing PIC) get no suggestions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from itertools import islice

from aspdesk.analysis.consortium import messages as say
from aspdesk.analysis.consortium.check import (
    CountryName,
    Partner,
    RuleResult,
    Words,
    all_met,
    check_consortium,
    checked_sentence,
    counted_partners,
    partner_from_actor,
    verdict,
)
from aspdesk.analysis.consortium.messages import CHECK_THE_CALL, Sentence, Translate
from aspdesk.analysis.consortium.programme_files import (
    ProgrammeFileError,
    load_programmes,
    programme_to_json,
    read_programme,
)
from aspdesk.analysis.consortium.rules import Programme, Rule
from aspdesk.analysis.network_view import membership_is_active, relationship_is_active
from aspdesk.domain.entities import Actor, Cluster, Membership, Relationship
from aspdesk.domain.records import record

__all__ = [
    "CHECK_THE_CALL",
    "Partner",
    "Programme",
    "ProgrammeFileError",
    "Rule",
    "RuleResult",
    "Sentence",
    "Suggestion",
    "all_met",
    "check_consortium",
    "checked_sentence",
    "load_programmes",
    "partner_from_actor",
    "programme_to_json",
    "read_programme",
    "suggest",
    "verdict",
]

CLUSTER_WEIGHT = 0.5
# How many shared clusters a suggestion names.
CLUSTER_REASONS = 2


@record
class Suggestion:
    """An actor of the map that would fill an unmet rule, and why it is proposed.

    ``fills`` is the id of the rule; ``reasons`` say what the actor would add, then how it
    is tied to the consortium, then which of its clusters it shares; ``tied_to`` are the
    consortium members it has ties with, strongest first.
    """

    actor_id: int
    score: float
    reasons: tuple[Sentence, ...]
    fills: str
    tie_strength: int = 0
    tied_to: tuple[int, ...] = ()

    def text(self, translate: Translate | None = None) -> str:
        """The reasons as one text, translated when ``translate`` is given."""
        return " ".join(r.text(translate) for r in self.reasons)


class _Standing:
    """How each actor outside the consortium is tied to it and to its clusters."""

    def __init__(
        self,
        members: Mapping[int, str],
        relationships: Iterable[Relationship],
        memberships: Iterable[Membership],
        cluster_names: Mapping[int, str],
        today: date | None,
    ) -> None:
        self.members = members
        self.cluster_names = cluster_names
        self.ties: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for tie in relationships:
            if not relationship_is_active(tie, today) or tie.source_id == tie.target_id:
                continue
            for member, other in ((tie.source_id, tie.target_id), (tie.target_id, tie.source_id)):
                if member in members and other not in members:
                    self.ties[other][member] += max(tie.strength, 1)
        in_cluster: dict[int, set[int]] = defaultdict(set)
        for membership in memberships:
            if membership_is_active(membership, today):
                in_cluster[membership.cluster_id].add(membership.actor_id)
        self.shared: dict[int, list[tuple[int, list[int]]]] = defaultdict(list)
        for cluster_id, actor_ids in in_cluster.items():
            with_us = sorted(actor_ids & members.keys(), key=lambda a: (members[a].casefold(), a))
            if with_us:
                for actor_id in actor_ids - members.keys():
                    self.shared[actor_id].append((cluster_id, with_us))

    def tie_strength(self, actor_id: int) -> int:
        return sum(self.ties.get(actor_id, {}).values())

    def score(self, actor_id: int) -> float:
        cluster_points = sum(len(inside) for _c, inside in self.shared.get(actor_id, []))
        return self.tie_strength(actor_id) + CLUSTER_WEIGHT * cluster_points

    def tied_to(self, actor_id: int) -> tuple[int, ...]:
        ties = self.ties.get(actor_id, {})
        return tuple(sorted(ties, key=lambda m: (-ties[m], self.members[m].casefold(), m)))

    def reasons(self, actor_id: int) -> list[Sentence]:
        names = [self.members[m] for m in self.tied_to(actor_id)]
        found: list[Sentence] = []
        if not names:
            found.append(Sentence(say.NOT_TIED, {}))
        else:
            values = {"name": names[0], "names": ", ".join(names), "count": str(len(names))}
            if len(names) == 1:
                found.append(Sentence(say.TIED_TO_ONE, values))
            elif len(names) == 2:
                found.append(Sentence(say.TIED_TO_TWO, {**values, "other": names[1]}))
            else:
                found.append(Sentence(say.TIED_TO_MANY, {**values, "others": str(len(names) - 1)}))
        shared = sorted(
            self.shared.get(actor_id, []),
            key=lambda c: (-len(c[1]), self._cluster(c[0]).casefold(), c[0]),
        )
        for cluster_id, inside in shared[:CLUSTER_REASONS]:
            values = {
                "cluster": self._cluster(cluster_id),
                "name": self.members[inside[0]],
                "names": ", ".join(self.members[m] for m in inside),
                "count": str(len(inside)),
            }
            template = say.IN_CLUSTER_WITH_ONE if len(inside) == 1 else say.IN_CLUSTER_WITH_MANY
            found.append(Sentence(template, values))
        return found

    def _cluster(self, cluster_id: int) -> str:
        return self.cluster_names.get(cluster_id, f"#{cluster_id}")


def _admissible(programme: Programme, actor: Actor) -> bool:
    """Whether no ``countries_allowed`` rule on partners excludes ``actor``'s country."""
    country = actor.country.strip().upper()
    for rule in programme.rules:
        if rule.kind != "countries_allowed" or "partner" not in rule.roles:
            continue
        allowed = programme.resolve(rule.countries)
        for exception in rule.exceptions:
            allowed |= programme.resolve(exception.countries)
        if country not in allowed:
            return False
    return True


Fits = Callable[[str, str], bool]  # (country, kind) -> whether the actor fills the rule


def _filler(
    result: RuleResult, partners: Sequence[Partner], words: Words
) -> tuple[Fits, str] | None:
    """Which actors would fill ``result``'s rule, and how (the kind of reason to give).

    None when adding an actor as a partner cannot fill the rule.
    """
    rule, programme = result.rule, words.programme
    if rule.kind != "coordinator_in" and "partner" not in rule.roles:
        return None
    if rule.kind == "min_partners":
        return (lambda _country, _kind: True), "partner"
    if rule.kind == "min_countries":
        allowed = programme.resolve(rule.countries) if rule.countries else None
        present = {p.country for p in counted_partners(rule, partners)}
        return (
            lambda country, _kind: (
                bool(country) and country not in present and (allowed is None or country in allowed)
            )
        ), "country"
    if rule.kind in ("min_in_set", "coordinator_in"):
        inside = programme.resolve(rule.countries)
        return (lambda country, _kind: country in inside), rule.kind
    if rule.kind == "kind_required":
        kinds = set(rule.kinds)
        return (lambda _country, kind: kind in kinds), "kind"
    return None


def _fill_reason(how: str, result: RuleResult, actor: Actor, words: Words) -> Sentence:
    country = words.country(actor.country.strip().upper())
    if how == "partner":
        values = {"count": str(int(result.values["count"]) + 1), "least": result.values["least"]}
        return Sentence(say.WOULD_ADD_PARTNER, values)
    if how == "country":
        return Sentence(say.WOULD_ADD_COUNTRY, {"country": country})
    if how == "min_in_set":
        return Sentence(
            say.WOULD_ADD_IN_SET, {"allowed": result.values["allowed"], "country": country}
        )
    if how == "coordinator_in":
        return Sentence(say.COULD_COORDINATE, {"country": country})
    return Sentence(say.WOULD_ADD_KIND, {"kind": words.kinds([actor.kind])})


def suggest(
    programme: Programme,
    partners: Sequence[Partner],
    actors: Iterable[Actor],
    relationships: Iterable[Relationship],
    memberships: Iterable[Membership],
    *,
    limit: int = 5,
    clusters: Iterable[Cluster] = (),
    language: str = "en",
    country_name: CountryName | None = None,
    kind_labels: Mapping[str, str] | None = None,
    today: date | None = None,
) -> list[Suggestion]:
    """Up to ``limit`` actors for each unmet rule, best first, rules in the file's order.

    Ties and memberships count when active on ``today`` (all of them when None); ``clusters``
    give the names of clusters in the reasons. See the module for the ranking.
    """
    words = Words(programme, language, country_name, kind_labels)
    results = check_consortium(
        programme, partners, language, country_name=country_name, kind_labels=kind_labels
    )
    normal = [replace(p, country=p.country.strip().upper()) for p in partners]
    by_id = {a.id: a for a in actors if a.id is not None}
    members = {
        p.actor_id: (by_id[p.actor_id].display_name if p.actor_id in by_id else p.label)
        for p in normal
    }
    candidates = {i: a for i, a in by_id.items() if i not in members and _admissible(programme, a)}
    standing = _Standing(
        members,
        relationships,
        memberships,
        {c.id: c.display_name for c in clusters if c.id is not None},
        today,
    )
    ranked = sorted(
        candidates,
        key=lambda i: (
            -standing.score(i),
            -standing.tie_strength(i),
            candidates[i].display_name.casefold(),
            i,
        ),
    )
    found: list[Suggestion] = []
    for result in results:
        need = None if result.met else _filler(result, normal, words)
        if need is None:
            continue
        fits, how = need
        fitting = (
            i for i in ranked if fits(candidates[i].country.strip().upper(), candidates[i].kind)
        )
        found.extend(
            Suggestion(
                i,
                standing.score(i),
                (_fill_reason(how, result, candidates[i], words), *standing.reasons(i)),
                result.rule.id,
                standing.tie_strength(i),
                standing.tied_to(i),
            )
            for i in islice(fitting, max(limit, 0))
        )
    return found
