"""The cluster health check on a crafted map: exactly the expected findings."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from aspdesk.analysis.health import messages as say
from aspdesk.analysis.health.check import Finding, check_clusters
from aspdesk.analysis.health.network import broker_shares, cut_points
from aspdesk.analysis.health.rules import HELIX_NAMES, MODEL_ROLES, HealthRules
from aspdesk.domain.entities import Actor, Cluster, Membership, Relationship
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary

TODAY = date(2025, 6, 1)
FRESH = date(2025, 1, 1)

ACTORS = [
    Actor(id=1, name="Lapin liitto", kind="authority"),
    Actor(id=2, name="Lapin AMK", kind="research"),
    Actor(id=3, name="Lapin yliopisto", kind="research"),
    Actor(id=4, name="Digipolis", kind="development"),
    Actor(id=5, name="Yritys A Oy"),
    Actor(id=6, name="Yritys B Oy"),
    Actor(id=7, name="Yritys C Oy"),
    Actor(id=8, name="Yritys D Oy"),
    Actor(id=9, name="Yritys E Oy"),
    Actor(id=10, name="Business Finland", kind="funder"),
    Actor(id=11, name="Norut", kind="international", country="NO"),
    Actor(id=12, name="Vanha Oy"),
    Actor(id=13, name="Tuleva Oy"),
]
CLUSTERS = [
    Cluster(id=1, name="Arktinen turvallisuusklusteri"),
    Cluster(id=2, name="Tyhjä klusteri"),
    Cluster(id=3, name="Yhden jäsenen klusteri"),
    Cluster(id=None, name="not stored"),
]
_ROLES = {1: "authority", 2: "research_partner", 3: "research_partner", 4: "support_service"}
MEMBERSHIPS = [
    *(
        Membership(id=a, actor_id=a, cluster_id=1, role=_ROLES.get(a, "member_company"))
        for a in range(1, 10)
    ),
    Membership(id=20, actor_id=4, cluster_id=1, role="coordinator"),
    # An earlier membership of a member: history, not stale.
    Membership(id=21, actor_id=5, cluster_id=1, until=date(2018, 12, 31)),
    Membership(id=22, actor_id=12, cluster_id=1, until=date(2024, 12, 31)),  # past its end
    Membership(id=23, actor_id=13, cluster_id=1, since=date(2026, 1, 1)),  # not yet
    Membership(id=30, actor_id=5, cluster_id=3),
    Membership(id=31, actor_id=99, cluster_id=3),  # an actor not passed in
]


def _tie(rid: int, a: int, b: int, **fields: object) -> Relationship:
    values: dict[str, object] = {"last_verified": FRESH, **fields}
    return Relationship(id=rid, source_id=a, target_id=b, **values)  # type: ignore[arg-type]


# Companies reach the research members mostly through Digipolis (4):
#   8 - 5 - 4 - 7,  4 - 6 - 2,  4 - 2 - 3 - 1 - 4;  9 is alone.
RELATIONSHIPS = [
    _tie(1, 5, 4, last_verified=date(2022, 1, 10)),  # stale
    _tie(2, 6, 4),
    _tie(3, 7, 4),
    _tie(4, 4, 2),
    _tie(5, 8, 5, last_verified=date(2023, 6, 2)),  # exactly 730 days: not yet stale
    _tie(6, 3, 1),
    _tie(7, 1, 4),
    _tie(8, 3, 2, last_verified=None),  # never checked
    _tie(9, 2, 6),
    _tie(10, 7, 2, end_date=date(2024, 1, 1), last_verified=date(2020, 1, 1)),  # ended
    _tie(11, 9, 4, start_date=date(2026, 1, 1)),  # not started
    _tie(12, 10, 5, type="funding", directed=True),  # outside funder
    _tie(13, 6, 11),  # a partner abroad
]


def _check(**kwargs: object) -> dict[int, list[Finding]]:
    return check_clusters(
        CLUSTERS,
        ACTORS,
        MEMBERSHIPS,
        RELATIONSHIPS,
        TODAY,
        **kwargs,  # type: ignore[arg-type]
    )


def _summary(findings: list[Finding]) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(f.code, f.severity, f.actor_ids) for f in findings]


def _one(findings: list[Finding], code: str) -> Finding:
    (found,) = [f for f in findings if f.code == code]
    return found


def test_crafted_cluster_findings() -> None:
    findings = _check()[1]

    missing = [f.values["role_code"] for f in findings if f.code == "missing_role"]
    present = {f.values["role_code"]: f.actor_ids for f in findings if f.code == "role_present"}
    assert missing == ["funder", "third_sector_partner", "international_link"]
    assert present == {
        "member_company": (5, 6, 7, 8, 9),
        "support_service": (4,),
        "research_partner": (2, 3),
        "authority": (1,),
    }
    assert [f for f in findings if f.code not in ("missing_role", "role_present")] == [
        Finding(
            1,
            "few_members",
            "problem",
            say.FEW_MEMBERS,
            {"count": "9", "least": "15"},
            (4, 2, 1, 3, 5, 6, 7, 8, 9),  # by name
            "eccp",
        ),
        Finding(
            1,
            "research_unlinked",
            "warning",
            say.RESEARCH_UNLINKED.one,
            {"count": "1", "names": "Lapin yliopisto", "more": "0"},
            (3,),
        ),
        Finding(
            1,
            "broker",
            "warning",
            say.BROKER,
            {"name": "Digipolis", "percent": "75", "least": "50"},
            (4,),
            "default",
        ),
        Finding(
            1,
            "cut_point",
            "warning",
            say.CUT_POINT,
            {"name": "Digipolis", "parts": "3", "cut_off": "3"},
            (4, 5, 7, 8),
        ),
        Finding(
            1,
            "only_link",
            "warning",
            say.ONLY_LINK.one,
            {"count": "1", "names": "Yritys A Oy", "more": "0"},
            (5, 8),
        ),
        Finding(
            1,
            "unconnected_members",
            "warning",
            say.UNCONNECTED.one,
            {"count": "1", "names": "Yritys E Oy", "more": "0"},
            (9,),
        ),
        Finding(
            1,
            "stale_ties",
            "warning",
            say.STALE_TIES.one,
            {"count": "1", "names": "Yritys A Oy – Digipolis", "more": "0", "months": "24"},
            (5, 4),
            "default",
        ),
        Finding(
            1,
            "unchecked_ties",
            "warning",
            say.UNCHECKED_TIES.one,
            {"count": "1", "names": "Lapin yliopisto – Lapin AMK", "more": "0", "months": "24"},
            (3, 2),
        ),
        Finding(
            1,
            "ended_memberships",
            "warning",
            say.ENDED_MEMBERSHIPS.one,
            {"count": "1", "names": "Vanha Oy", "more": "0"},
            (12,),
        ),
        Finding(
            1,
            "enough_helices",
            "ok",
            say.ENOUGH_HELICES,
            {
                "count": "3",
                "helices": "business, research and education, public sector",
                "least": "2",
            },
            (5, 6, 7, 8, 9, 2, 3, 1),
            "eccp",
        ),
        Finding(
            1,
            "funder_ties",
            "ok",
            say.FUNDER_TIES.one,
            {"count": "1", "names": "Business Finland", "more": "0"},
            (10,),
        ),
        Finding(
            1,
            "international",
            "ok",
            say.INTERNATIONAL.one,
            {"count": "1", "names": "Norut", "more": "0"},
            (11,),
        ),
    ]
    # Problems first, then warnings, then what is in order.
    order = [f.severity for f in findings]
    assert order == sorted(order, key=["problem", "warning", "ok"].index)
    assert findings[0].text() == (
        "The cluster has 9 committed members; the European Cluster Collaboration Platform's "
        "cluster profile asks for at least 15."
    )
    assert _one(findings, "broker").text() == (
        "Digipolis lies on 75% of the shortest paths between member companies and research "
        "and education members; the cluster depends on it as a go-between (from 50% on: "
        "aspdesk's default, editable in Cluster health rules)."
    )


def test_empty_and_single_member_clusters() -> None:
    result = _check()
    assert set(result) == {1, 2, 3}
    assert _summary(result[2]) == [("no_members", "problem", ())]
    assert result[2][0].text() == "The cluster has no committed members yet."

    single = result[3]
    assert _summary(single) == [
        ("few_members", "problem", (5,)),
        ("few_helices", "problem", (5,)),
        *[("missing_role", "warning", ())] * 6,
        ("no_international", "warning", ()),
        ("role_present", "ok", (5,)),
        ("funder_ties", "ok", (10,)),  # the funder ties in through an outside tie
    ]
    assert single[0].text() == (
        "The cluster has only one committed member; the European Cluster Collaboration "
        "Platform's cluster profile asks for at least 15."
    )
    assert single[1].text() == (
        "Members come from 1 of the three helices (business); the European Cluster "
        "Collaboration Platform's cluster profile asks for at least 2."
    )


def test_a_cluster_without_ties_or_helices() -> None:
    actors = [Actor(id=i, name=f"Yhdistys {i}", kind="third_sector") for i in range(1, 8)]
    memberships = [
        Membership(id=i, actor_id=i, cluster_id=1, role="third_sector_partner") for i in range(1, 8)
    ]
    findings = check_clusters([Cluster(id=1)], actors, memberships, [], TODAY)[1]
    codes = [f.code for f in findings]
    assert codes[:3] == ["few_members", "few_helices", "missing_role"]
    assert findings[1].text() == (
        "No member belongs to the business, research and education or public-sector helix; "
        "the European Cluster Collaboration Platform's cluster profile asks for at least 2 "
        "of them."
    )
    assert findings[2].text() == (
        "No member of the kind Company yet (the Arctic Smartness Portfolio's cluster model "
        "of 2015)."
    )
    assert findings[2].severity == "problem" and findings[2].values["role_code"] == (
        "member_company"
    )
    unconnected = _one(findings, "unconnected_members")
    assert unconnected.actor_ids == tuple(range(1, 8))
    assert unconnected.text() == (
        "7 members have no ties to other members of the cluster: Yhdistys 1, Yhdistys 2, "
        "Yhdistys 3, Yhdistys 4, Yhdistys 5 and 2 more."
    )
    assert "ties_checked" not in codes and "broker" not in codes and "no_broker" not in codes


def test_healthy_cluster_reports_what_is_in_order() -> None:
    actors = [Actor(id=i, name=f"Yritys {i:02d}") for i in range(1, 16)]
    actors += [Actor(id=16, name="Lapin AMK", kind="research")]
    memberships = [Membership(id=i, actor_id=i, cluster_id=1) for i in range(1, 16)]
    memberships.append(Membership(id=16, actor_id=16, cluster_id=1, role="research_partner"))
    # Every company is tied to the university and to the next company: no broker, no cut.
    ties = [_tie(i, i, 16) for i in range(1, 16)]
    ties += [_tie(100 + i, i, i % 15 + 1) for i in range(1, 16)]
    findings = check_clusters([Cluster(id=1)], actors, memberships, ties, TODAY)[1]
    ok = {f.code for f in findings if f.severity == "ok"}
    assert {"enough_members", "research_linked", "no_broker", "ties_checked"} <= ok
    assert _one(findings, "ties_checked").text() == (
        "Every relationship between members has been checked in the last 24 months "
        "(aspdesk's default, editable in Cluster health rules)."
    )
    assert "cut_point" not in {f.code for f in findings}


def test_labels_come_from_the_caller_and_translation_fills_after() -> None:
    roles = {t.code: t.label_fi for t in BUILTIN_TERMS[Vocabulary.CLUSTER_ROLE]}
    kinds = {t.code: t.label_fi for t in BUILTIN_TERMS[Vocabulary.ACTOR_KIND]}
    helices = {"business": "elinkeinoelämä", "research": "tutkimus", "public": "julkinen"}
    findings = _check(role_labels=roles, helix_labels=helices, kind_labels=kinds)[1]
    present = [f for f in findings if f.code == "role_present"]
    assert present[0].values["kinds"] == "Yritys"
    support = next(f for f in present if f.values["role_code"] == "support_service")
    assert support.values["roles"] == "Kehittämis- tai tukipalvelu"
    assert _one(findings, "enough_helices").values["helices"] == (
        "elinkeinoelämä, tutkimus, julkinen"
    )

    finnish = {
        say.PRESENT_KIND: "Jäseniä lajia {kinds}: {count}.",
        say.MISSING_ROLE: "Kenelläkään jäsenellä ei ole vielä roolia {roles} ({source}).",
        "the Arctic Smartness Portfolio's cluster model of 2015": "ASP:n klusterimalli",
    }

    def translate(context: str, text: str) -> str:
        assert context == "health"
        return finnish.get(text, text)

    assert present[0].text(translate) == "Jäseniä lajia Yritys: 5."
    link = next(f for f in findings if f.values.get("role_code") == "international_link")
    assert link.text(translate) == (
        "Kenelläkään jäsenellä ei ole vielä roolia Kansainvälinen yhteys (ASP:n klusterimalli)."
    )
    # A translation that lost a placeholder falls back to the English sentence.
    assert present[0].text(lambda _c, _t: "Jäseniä {lajia}") == ("Members of the kind Yritys: 5.")


def test_rules_change_the_findings() -> None:
    rules = HealthRules(min_members=5, min_helices=3, broker_share=0.8, stale_after_days=3000)
    findings = _check(rules=rules)[1]
    codes = {f.code for f in findings}
    assert "enough_members" in codes and "few_members" not in codes
    assert "broker" not in codes and "no_broker" in codes  # 75 % is below 80 %
    assert "stale_ties" not in codes and "unchecked_ties" in codes
    assert _one(findings, "unchecked_ties").values["months"] == "99"


def test_rules_round_trip_through_a_plain_dict() -> None:
    rules = HealthRules()
    data = rules.to_dict()
    assert data["min_members"] == 15 and data["min_helices"] == 2
    assert data["stale_after_days"] == 730 and data["broker_share"] == 0.5
    assert list(data["model_parts"]) == list(MODEL_ROLES)
    assert data["model_parts"]["authority"] == {"kinds": ["authority"], "roles": []}
    assert data["kind_helices"]["funder"] == "public"
    assert HealthRules.from_dict(data) == rules
    changed = HealthRules.from_dict(
        {"min_members": 10, "kind_helices": {"funder": "business"}, "unknown": 1}
    )
    assert changed.min_members == 10 and changed.helices_of("funder", set()) == {"business"}
    assert changed.min_helices == 2
    assert HealthRules.from_dict({}) == rules
    assert set(HELIX_NAMES) == {"business", "research", "public"}


@pytest.mark.parametrize(
    "data",
    [
        {"min_members": "15"},
        {"min_members": True},
        {"min_members": -1},
        {"min_helices": 4},
        {"broker_share": 0},
        {"broker_share": "half"},
        {"stale_after_days": 0},
        {"model_roles": "funder"},
        {"model_parts": ["authority"]},
        {"model_parts": {"authority": {"kinds": "authority"}}},
        {"model_parts": {"authority": {}}},
        {"kind_helices": {"company": "private"}},
        {"role_helices": ["member_company"]},
        {"home_country": 358},
    ],
)
def test_rules_refuse_wrong_values(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        HealthRules.from_dict(data)


def test_broker_shares_equal_networkx_subset_betweenness() -> None:
    graph = nx.karate_club_graph()
    companies, research = {0, 1, 2, 3, 4}, {33, 32, 30}
    shares = broker_shares(list(graph.nodes), list(graph.edges), companies, research)
    reference = nx.betweenness_centrality_subset(graph, companies, research, normalized=False)
    pairs = len(companies) * len(research)
    # networkx halves undirected subset betweenness too.
    assert shares == pytest.approx({v: 2 * b / pairs for v, b in reference.items()})


def test_cut_points_name_who_is_cut_off() -> None:
    ties = [(1, 2), (2, 3), (3, 4), (3, 5), (6, 7)]  # 1-2-3-{4,5}; 6-7 apart
    found = cut_points([1, 2, 3, 4, 5, 6, 7], ties)
    # Most cut off first. Without 3, the pieces {1, 2}, {4}, {5}: the largest stays.
    assert [(c.actor_id, c.parts, c.cut_off) for c in found] == [(3, 3, (4, 5)), (2, 2, (1,))]
    # Of two pieces of one size, the one with the smaller id stays.
    assert [(c.actor_id, c.cut_off) for c in cut_points([1, 2, 3], [(1, 2), (2, 3)])] == [(2, (3,))]


def test_member_in_two_helices_is_named_once_and_long_lists_are_cut() -> None:
    actors = [
        Actor(id=1, name="Pankki Oy", kind="funder"),  # public by kind, business by role
        *(Actor(id=i, name=f"Yritys {i}") for i in range(2, 10)),
    ]
    memberships = [Membership(id=i, actor_id=i, cluster_id=7) for i in range(1, 10)]
    old = date(2020, 1, 1)
    ties = [_tie(i, 1, i, last_verified=old) for i in range(2, 10)]
    seen: list[tuple[int, int]] = []
    findings = check_clusters(
        [Cluster(id=7)], actors, memberships, ties, TODAY, progress=lambda *a: seen.append(a)
    )[7]
    assert seen == [(1, 1)]
    helices = _one(findings, "enough_helices")
    assert helices.values["helices"] == "business, public sector"
    assert helices.actor_ids == (1, *range(2, 10))
    stale = _one(findings, "stale_ties")
    assert stale.message == say.STALE_TIES.more
    assert stale.values["count"] == "8" and stale.values["more"] == "3"
    assert stale.actor_ids == tuple(range(1, 10))
    assert stale.text() == (
        "8 relationships have not been checked for over 24 months (aspdesk's default, "
        "editable in Cluster health rules): Pankki Oy – Yritys 2, "
        "Pankki Oy – Yritys 3, Pankki Oy – Yritys 4, Pankki Oy – Yritys 5, "
        "Pankki Oy – Yritys 6 and 3 more."
    )
    # The bank is a funder by kind and tied in; it is the hub every company hangs on.
    assert _one(findings, "funder_ties").actor_ids == (1,)
    assert _one(findings, "cut_point").values == {"name": "Pankki Oy", "parts": "8", "cut_off": "7"}


def _parts(actors: list[Actor], memberships: list[Membership]) -> dict[str, Finding]:
    findings = check_clusters([Cluster(id=1)], actors, memberships, [], TODAY)[1]
    return {
        f.values["role_code"]: f for f in findings if f.code in ("missing_role", "role_present")
    }


def test_an_authority_acting_as_coordinator_brings_an_authority() -> None:
    """The authority part counts the actor's kind, and its sentence says so."""
    ely = Actor(id=1, name="Lapin ELY-keskus", kind="authority")
    parts = _parts([ely], [Membership(id=1, actor_id=1, cluster_id=1, role="coordinator")])
    authority = parts["authority"]
    assert authority.code == "role_present" and authority.actor_ids == (1,)
    assert authority.text() == "Members of the kind Authority: 1."
    # Without it, the sentence names the kind it looked for and where the rule comes from.
    company = Actor(id=2, name="Yritys Oy")
    parts = _parts([company], [Membership(id=2, actor_id=2, cluster_id=1, role="authority")])
    assert parts["authority"].code == "missing_role"
    assert parts["authority"].text() == (
        "No member of the kind Authority yet (the Arctic Smartness Portfolio's cluster model "
        "of 2015)."
    )


def test_a_role_rule_still_needs_the_role() -> None:
    """The international-link part counts the role: a partner abroad as coordinator is not it."""
    norut = Actor(id=1, name="Norut", kind="international", country="NO")
    parts = _parts([norut], [Membership(id=1, actor_id=1, cluster_id=1, role="coordinator")])
    link = parts["international_link"]
    assert link.code == "missing_role" and link.severity == "warning"
    assert link.text().startswith("No one has the role International link yet (")
    parts = _parts([norut], [Membership(id=1, actor_id=1, cluster_id=1, role="international_link")])
    assert parts["international_link"].text() == "Members in the role International link: 1."


def test_a_part_counted_by_kind_or_role_says_both() -> None:
    """Funders count either: an authority in the role Funder funds the cluster."""
    ely = Actor(id=1, name="Lapin ELY-keskus", kind="authority")
    parts = _parts([ely], [Membership(id=1, actor_id=1, cluster_id=1, role="funder")])
    assert parts["funder"].actor_ids == (1,)
    assert parts["funder"].text() == (
        "Members of the kind Funder (public or private) or in the role Funder: 1."
    )
    parts = _parts([ely], [Membership(id=1, actor_id=1, cluster_id=1, role="coordinator")])
    assert (
        parts["funder"]
        .text()
        .startswith(
            "No member of the kind Funder (public or private) and no one in the role Funder yet ("
        )
    )


def test_a_changed_threshold_is_the_user_s_own_rule() -> None:
    rules = HealthRules(min_members=10, stale_after_days=365)
    assert rules.source_of("min_members") == "user"
    assert rules.source_of("min_helices") == "eccp"
    assert rules.source_of("stale_after_days") == "user"
    assert HealthRules().source_of("stale_after_days") == "default"
    assert HealthRules().source_of("model_parts") == "cluster_model"
    few = _one(_check(rules=rules)[1], "few_members")
    assert few.text() == (
        "The cluster has 9 committed members; your own rule in Cluster health rules asks for "
        "at least 10."
    )
    # Every finding with a threshold names a source.
    for findings in _check().values():
        for finding in findings:
            assert ("{source}" in finding.message) == bool(finding.source), finding.code


def test_rules_kept_by_an_earlier_version_take_the_default_parts() -> None:
    """Settings written before parts held ``model_roles``: the authority part counts kinds."""
    rules = HealthRules.from_dict({"model_roles": ["authority", "coordinator"]})
    assert [p.code for p in rules.model_parts] == ["authority", "coordinator"]
    assert rules.model_parts[0].kinds == ("authority",)
    assert rules.model_parts[1].roles == ("coordinator",) and not rules.model_parts[1].kinds


def test_a_list_ending_in_an_abbreviation_ends_the_sentence_once() -> None:
    finding = Finding(
        1, "international", "ok", say.INTERNATIONAL.many, {"names": "Ltd., Spanish cluster org."}
    )
    assert finding.text() == "International links: Ltd., Spanish cluster org."
