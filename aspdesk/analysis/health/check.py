"""The cluster health check: each cluster against the cluster model and a cluster profile.

For each cluster :func:`check_clusters` answers with findings, each a plain sentence (an
English template marked for translation and the values that fill it) and the actors it
concerns, so that clicking it can show them on the graph. What counts:

- A *member* is an actor with a membership in the cluster active on ``today`` (``since`` and
  ``until`` inclusive, open ends allowed); the committed members are the distinct such actors.
- The cluster's *network* is the members and the relationships between two members that are
  active on ``today``, directions ignored. Ties from a member to an outsider count only for
  whether a funder is tied in and for international links.
- *Companies* are members in the role member_company or of kind company; *research members*
  are members in the role research_partner or of kind research (and not companies);
  *funders* are actors of kind funder and members in the role funder; *international* actors
  are of kind international, based outside ``rules.home_country``, or members in the role
  international_link.
- A *part of the cluster model* is brought by the members its rule counts: of some actor
  kinds, holding some roles, or either (:class:`~aspdesk.analysis.health.rules.ModelPart`);
  the sentence says which it counts ("No member of the kind Authority yet", "No one has the
  role International link yet").
- A sentence with a threshold says where it comes from (``Finding.source``).
- A member whose leaving would cut two or more members off the rest is reported on its own
  (``cut_point``); those that would cut off one member each are named together
  (``only_link``), as a sparse cluster has many of them.
- A *stale* relationship was last checked more than ``rules.stale_after_days`` ago; one never
  checked is reported apart. A membership *past its end date* is reported unless the actor
  has another membership in the same role that is still active.

Findings come problems first, then warnings, then what is in order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from aspdesk.analysis.health import messages as say
from aspdesk.analysis.health.network import broker_shares, cut_points
from aspdesk.analysis.health.rules import (
    HEALTH_CONTEXT,
    HELICES,
    HELIX_NAMES,
    SOURCES,
    HealthRules,
    ModelPart,
)
from aspdesk.analysis.network_view import membership_is_active, relationship_is_active
from aspdesk.domain.entities import Actor, Cluster, Membership, Relationship
from aspdesk.domain.records import record
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]

SEVERITIES = ("problem", "warning", "ok")
# How many actors a sentence names before it says "and N more".
NAMED = 5


@record
class Finding:
    """One thing the health check found about a cluster.

    ``message`` is an English template marked for translation in the "health" context;
    ``values`` fill its placeholders after translation (numbers already as text, names as
    the user wrote them, role and helix labels as passed to :func:`check_clusters`).
    ``actor_ids`` are the actors the finding concerns, the ones it names first.
    ``source`` says where the rule behind the finding comes from (a key of
    :data:`SOURCES`, "" when no threshold is involved); it fills ``{source}``.
    """

    cluster_id: int
    code: str
    severity: str
    message: str
    values: Mapping[str, str] = field(default_factory=dict)
    actor_ids: tuple[int, ...] = ()
    source: str = ""

    def text(self, translate: Translate | None = None) -> str:
        """The sentence, translated when ``translate`` (context, text) is given.

        A translation that lost a placeholder falls back to the English sentence.
        """
        translated = translate(HEALTH_CONTEXT, self.message) if translate else self.message
        source = SOURCES.get(self.source, self.source)
        values = {
            **self.values,
            "source": translate(HEALTH_CONTEXT, source) if translate else source,
        }
        try:
            sentence = translated.format(**values)
        except (KeyError, IndexError, ValueError):
            sentence = self.message.format(**{**values, "source": source})
        # A list ending in a name that ends in a full stop ("… Spanish cluster org.") ends
        # the sentence once, not twice.
        if sentence.endswith("..") and not sentence.endswith("..."):
            sentence = sentence[:-1]
        return sentence


def is_company(actor: Actor, roles: Collection[str]) -> bool:
    """Whether an actor holding ``roles`` counts as a company (see the module's rules)."""
    return "member_company" in roles or actor.kind == "company"


def is_research(actor: Actor, roles: Collection[str]) -> bool:
    """Whether an actor holding ``roles`` counts as a research member (and is no company)."""
    return ("research_partner" in roles or actor.kind == "research") and not is_company(
        actor, roles
    )


def is_international(actor: Actor, roles: Collection[str], home_country: str) -> bool:
    """Whether an actor holding ``roles`` counts as international, seen from
    ``home_country``."""
    country = actor.country.strip().upper()
    return (
        actor.kind == "international"
        or (country != "" and country != home_country)
        or "international_link" in roles
    )


def _no_progress(_done: int, _total: int) -> None:
    """The progress callback of work nobody watches."""


@dataclass
class _Cluster:
    """What the checks need to know about one cluster."""

    id: int
    roles: dict[int, set[str]]  # member -> active roles
    ties: list[Relationship]  # active ties between two members
    outside: list[Relationship]  # active ties with one member end
    findings: list[Finding] = field(default_factory=list)

    @property
    def members(self) -> list[int]:
        return sorted(self.roles)

    def add(
        self,
        code: str,
        severity: str,
        message: str,
        actor_ids: Iterable[int] = (),
        source: str = "",
        **values: object,
    ) -> None:
        self.findings.append(
            Finding(
                self.id,
                code,
                severity,
                message,
                {k: str(v) for k, v in values.items()},
                tuple(actor_ids),
                source,
            )
        )


class _Checker:
    """The checks, sharing the actors, the rules and the labels."""

    def __init__(
        self,
        actors: Mapping[int, Actor],
        today: date,
        rules: HealthRules,
        role_labels: Mapping[str, str],
        helix_labels: Mapping[str, str],
        kind_labels: Mapping[str, str],
    ) -> None:
        self.actors = actors
        self.today = today
        self.rules = rules
        self.role_labels = role_labels
        self.helix_labels = helix_labels
        self.kind_labels = kind_labels

    def name(self, actor_id: int) -> str:
        return self.actors[actor_id].display_name

    def sorted_ids(self, ids: Iterable[int]) -> list[int]:
        return sorted(set(ids), key=lambda a: (self.name(a).casefold(), a))

    def listed(
        self,
        cluster: _Cluster,
        code: str,
        severity: str,
        forms: say.Listed,
        names: Sequence[str],
        actor_ids: Iterable[int],
        source: str = "",
        **values: object,
    ) -> None:
        """A finding that names ``names``: the first NAMED of them, then "and N more"."""
        more = max(0, len(names) - NAMED)
        form = forms.one if len(names) == 1 else forms.more if more > 0 else forms.many
        shown = ", ".join(names[:NAMED])
        cluster.add(
            code,
            severity,
            form,
            actor_ids,
            source,
            count=len(names),
            names=shown,
            more=more,
            **values,
        )

    def is_international(self, actor_id: int, roles: set[str]) -> bool:
        return is_international(self.actors[actor_id], roles, self.rules.home_country)

    def members_and_helices(self, cluster: _Cluster) -> None:
        members, least = self.sorted_ids(cluster.roles), self.rules.min_members
        source = self.rules.source_of("min_members")
        if len(members) >= least:
            cluster.add(
                "enough_members",
                "ok",
                say.ENOUGH_MEMBERS,
                members,
                source,
                count=len(members),
                least=least,
            )
        else:
            template = say.FEW_MEMBERS_ONE if len(members) == 1 else say.FEW_MEMBERS
            cluster.add(
                "few_members", "problem", template, members, source, count=len(members), least=least
            )
        by_helix: dict[str, list[int]] = defaultdict(list)
        for member, roles in cluster.roles.items():
            for helix in self.rules.helices_of(self.actors[member].kind, roles):
                by_helix[helix].append(member)
        present = [h for h in HELICES if h in by_helix]
        labels = ", ".join(self.helix_labels.get(h, h) for h in present)
        ids = list(dict.fromkeys(a for h in present for a in self.sorted_ids(by_helix[h])))
        least, source = self.rules.min_helices, self.rules.source_of("min_helices")
        if len(present) >= least:
            cluster.add(
                "enough_helices",
                "ok",
                say.ENOUGH_HELICES,
                ids,
                source,
                count=len(present),
                helices=labels,
                least=least,
            )
        elif not present:
            cluster.add("few_helices", "problem", say.NO_HELICES, (), source, count=0, least=least)
        else:
            cluster.add(
                "few_helices",
                "problem",
                say.FEW_HELICES,
                ids,
                source,
                count=len(present),
                helices=labels,
                least=least,
            )

    def roles(self, cluster: _Cluster) -> None:
        """Each part of the cluster model: the members that bring it, or that none does."""
        source = self.rules.source_of("model_parts")
        for part in self.rules.model_parts:
            holders = self.sorted_ids(
                a for a, roles in cluster.roles.items() if part.counts(self.actors[a].kind, roles)
            )
            kinds = " / ".join(self.kind_labels.get(k, k) for k in part.kinds)
            roles = " / ".join(self.role_labels.get(r, r) for r in part.roles)
            counted = {"kinds": kinds, "roles": roles, "role_code": part.code}
            if holders:
                template = _counted(
                    part, say.PRESENT_KIND, say.PRESENT_ROLE, say.PRESENT_KIND_OR_ROLE
                )
                cluster.add("role_present", "ok", template, holders, count=len(holders), **counted)
                continue
            severity = "problem" if part.code == "member_company" else "warning"
            template = _counted(part, say.MISSING_KIND, say.MISSING_ROLE, say.MISSING_KIND_OR_ROLE)
            cluster.add("missing_role", severity, template, (), source, **counted)

    def ties_in(self, cluster: _Cluster, companies: set[int], research: set[int]) -> None:
        """Research members tied to companies; a funder tied in; international links."""
        neighbours: dict[int, set[int]] = defaultdict(set)
        for tie in cluster.ties:
            neighbours[tie.source_id].add(tie.target_id)
            neighbours[tie.target_id].add(tie.source_id)
        if companies and research:
            unlinked = self.sorted_ids(r for r in research if not neighbours[r] & companies)
            if unlinked:
                names = [self.name(a) for a in unlinked]
                self.listed(
                    cluster, "research_unlinked", "warning", say.RESEARCH_UNLINKED, names, unlinked
                )
            else:
                cluster.add("research_linked", "ok", say.RESEARCH_LINKED, self.sorted_ids(research))

        members = cluster.roles
        member_ids = set(members)
        tied: dict[int, set[int]] = defaultdict(set)  # actor -> actors it has a tie with
        for tie in (*cluster.ties, *cluster.outside):
            tied[tie.source_id].add(tie.target_id)
            tied[tie.target_id].add(tie.source_id)
        funders = self.sorted_ids(
            a
            for a in tied
            if (self.actors[a].kind == "funder" or "funder" in members.get(a, set()))
            and tied[a] & member_ids
        )
        if funders:
            names = [self.name(a) for a in funders]
            self.listed(cluster, "funder_ties", "ok", say.FUNDER_TIES, names, funders)
        else:
            cluster.add("no_funder_ties", "warning", say.NO_FUNDER_TIES)

        abroad = [a for a, roles in members.items() if self.is_international(a, roles)]
        abroad += [a for a in tied if a not in members and self.is_international(a, set())]
        if abroad:
            ids = self.sorted_ids(abroad)
            names = [self.name(a) for a in ids]
            self.listed(cluster, "international", "ok", say.INTERNATIONAL, names, ids)
        else:
            cluster.add("no_international", "warning", say.NO_INTERNATIONAL)

    def brokers(self, cluster: _Cluster, companies: set[int], research: set[int]) -> None:
        members = cluster.members
        pairs = [(t.source_id, t.target_id) for t in cluster.ties]
        shares = broker_shares(members, pairs, companies, research)
        heavy = sorted(
            ((share, a) for a, share in shares.items() if share >= self.rules.broker_share),
            key=lambda item: (-item[0], self.name(item[1]).casefold()),
        )
        source, least = self.rules.source_of("broker_share"), round(100 * self.rules.broker_share)
        for share, actor_id in heavy:
            cluster.add(
                "broker",
                "warning",
                say.BROKER,
                [actor_id],
                source,
                name=self.name(actor_id),
                percent=round(100 * share),
                least=least,
            )
        if shares and not heavy:
            cluster.add("no_broker", "ok", say.NO_BROKER, (), source, least=least)
        cuts = cut_points(members, pairs)
        for cut in (c for c in cuts if len(c.cut_off) > 1):
            cluster.add(
                "cut_point",
                "warning",
                say.CUT_POINT,
                [cut.actor_id, *self.sorted_ids(cut.cut_off)],
                name=self.name(cut.actor_id),
                parts=cut.parts,
                cut_off=len(cut.cut_off),
            )
        # Members that alone tie one other member in: many on a sparse map, so one finding.
        links = self.sorted_ids(c.actor_id for c in cuts if len(c.cut_off) == 1)
        if links:
            held = self.sorted_ids(a for c in cuts if len(c.cut_off) == 1 for a in c.cut_off)
            names = [self.name(a) for a in links]
            self.listed(
                cluster, "only_link", "warning", say.ONLY_LINK, names, dict.fromkeys(links + held)
            )
        tied = {a for t in cluster.ties for a in (t.source_id, t.target_id)}
        alone = self.sorted_ids(a for a in members if a not in tied)
        if alone and len(members) > 1:
            names = [self.name(a) for a in alone]
            self.listed(cluster, "unconnected_members", "warning", say.UNCONNECTED, names, alone)

    def stale(self, cluster: _Cluster, ended: Sequence[Membership]) -> None:
        months = round(self.rules.stale_after_days / 30.44)
        source = self.rules.source_of("stale_after_days")
        limit = self.today - timedelta(days=self.rules.stale_after_days)
        stale = sorted(
            (t for t in cluster.ties if t.last_verified is not None and t.last_verified < limit),
            key=lambda t: (t.last_verified or limit, self._tie_name(t)),
        )
        unchecked = sorted((t for t in cluster.ties if t.last_verified is None), key=self._tie_name)
        for code, ties, forms, rule in (
            ("stale_ties", stale, say.STALE_TIES, source),
            ("unchecked_ties", unchecked, say.UNCHECKED_TIES, ""),
        ):
            if ties:
                names = [self._tie_name(t) for t in ties]
                ends = [a for t in ties for a in (t.source_id, t.target_id)]
                self.listed(
                    cluster, code, "warning", forms, names, dict.fromkeys(ends), rule, months=months
                )
        if cluster.ties and not stale and not unchecked:
            cluster.add("ties_checked", "ok", say.TIES_CHECKED, (), source, months=months)
        if ended:
            ids = self.sorted_ids(m.actor_id for m in ended)
            names = [self.name(a) for a in ids]
            self.listed(cluster, "ended_memberships", "warning", say.ENDED_MEMBERSHIPS, names, ids)

    def _tie_name(self, tie: Relationship) -> str:
        return f"{self.name(tie.source_id)} \N{EN DASH} {self.name(tie.target_id)}"


def _counted(part: ModelPart, kinds: str, roles: str, either: str) -> str:
    """The template of a model part's sentence, by what the part counts."""
    if part.kinds and part.roles:
        return either
    return kinds if part.kinds else roles


def _default_labels(labels: Mapping[str, str] | None, vocabulary: Vocabulary) -> Mapping[str, str]:
    if labels is not None:
        return labels
    return {t.code: t.label_en for t in BUILTIN_TERMS[vocabulary]}


def check_clusters(
    clusters: Iterable[Cluster],
    actors: Iterable[Actor],
    memberships: Iterable[Membership],
    relationships: Iterable[Relationship],
    today: date,
    rules: HealthRules | None = None,
    *,
    role_labels: Mapping[str, str] | None = None,
    helix_labels: Mapping[str, str] | None = None,
    kind_labels: Mapping[str, str] | None = None,
    progress: Progress = _no_progress,
) -> dict[int, list[Finding]]:
    """The findings of each stored cluster (by id), as of ``today``, under ``rules``.

    ``role_labels``, ``helix_labels`` and ``kind_labels`` map codes to labels in the UI
    language, used in the sentences (defaults: the English labels). ``progress(done,
    total)`` is called after each cluster and may raise to stop. Memberships and ties of
    actors not passed in are left out.
    """
    rules = rules or HealthRules()
    known = {a.id: a for a in actors if a.id is not None}
    checker = _Checker(
        known,
        today,
        rules,
        _default_labels(role_labels, Vocabulary.CLUSTER_ROLE),
        helix_labels or HELIX_NAMES,
        _default_labels(kind_labels, Vocabulary.ACTOR_KIND),
    )
    chosen = [c for c in clusters if c.id is not None]
    by_cluster: dict[int, list[Membership]] = defaultdict(list)
    for m in memberships:
        if m.actor_id in known:
            by_cluster[m.cluster_id].append(m)
    active_ties = [
        r
        for r in relationships
        if r.source_id in known
        and r.target_id in known
        and r.source_id != r.target_id
        and relationship_is_active(r, today)
    ]
    result: dict[int, list[Finding]] = {}
    for done, c in enumerate(chosen, start=1):
        cluster_id = c.id or 0
        roles: dict[int, set[str]] = defaultdict(set)
        for m in by_cluster[cluster_id]:
            if membership_is_active(m, today):
                roles[m.actor_id].add(m.role)
        ended = [
            m
            for m in by_cluster[cluster_id]
            if m.until is not None and m.until < today and m.role not in roles.get(m.actor_id, ())
        ]
        inside = [r for r in active_ties if r.source_id in roles and r.target_id in roles]
        outside = [r for r in active_ties if (r.source_id in roles) != (r.target_id in roles)]
        cluster = _Cluster(cluster_id, dict(roles), inside, outside)
        if not roles:
            cluster.add("no_members", "problem", say.NO_MEMBERS)
        else:
            companies = {a for a, r in roles.items() if is_company(known[a], r)}
            research = {a for a, r in roles.items() if is_research(known[a], r)}
            checker.members_and_helices(cluster)
            checker.roles(cluster)
            checker.ties_in(cluster, companies, research)
            checker.brokers(cluster, companies, research)
        checker.stale(cluster, ended)
        order = {s: i for i, s in enumerate(SEVERITIES)}
        result[cluster_id] = sorted(cluster.findings, key=lambda f: order[f.severity])
        progress(done, len(chosen))
    return result
