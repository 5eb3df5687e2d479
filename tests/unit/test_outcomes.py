"""Outcome numbers (aspdesk.analysis.outcomes) on a crafted map where each is known by hand.

The map (home country FI), compared on 1 January 2016 and 1 January 2019:

- clusters Design (1) and Food (2) undated; Mining (3) founded in 2017;
- Design: Uni (research) and DesignCo (company) since 2015, Council (authority) 2015 to
  2017; NewCo (company) joins in March 2017, UK Org (international link) in 2018;
- Food: Amk (research) and FoodCo (company) since 2015;
- Mining: MineCo (company) and Amk (research) since 2017;
- ties: Uni-DesignCo (2015-), DesignCo-Council (2015-2017), FoodCo-Amk (2015-), and new:
  NewCo-Uni, Uni-UK Org, FoodCo-Uni, MineCo-Amk, DesignCo-UK Org, Fund-FoodCo.
"""

from __future__ import annotations

from datetime import date

from aspdesk.analysis.health.rules import HealthRules, ModelPart
from aspdesk.analysis.outcomes import Group, outcomes
from aspdesk.analysis.timeline import Timeline, compare
from aspdesk.domain.entities import Actor, Cluster, Entity, Membership, Relationship

THEN, NOW = date(2016, 1, 1), date(2019, 1, 1)
RULES = HealthRules(
    min_members=3,
    stale_after_days=100_000,
    broker_share=1.0,
    model_parts=(
        ModelPart("member_company", kinds=("company",)),
        ModelPart("international_link", roles=("international_link",)),
    ),
)
CHECKED = date(2015, 1, 1)
UNI, AMK, DESIGNCO, FOODCO, NEWCO, UK, COUNCIL, MINECO, FUND = range(1, 10)
DESIGN, FOOD, MINING = 1, 2, 3


def crafted_map() -> list[Entity]:
    """The map of the module's docstring."""
    since = date(2015, 1, 1)

    def tie(i: int, a: int, b: int, kind: str, start: date, end: date | None = None) -> Entity:
        return Relationship(
            id=i,
            source_id=a,
            target_id=b,
            type=kind,
            start_date=start,
            end_date=end,
            last_verified=CHECKED,
        )

    return [
        Actor(id=UNI, name="Uni", kind="research"),
        Actor(id=AMK, name="Amk", kind="research"),
        Actor(id=DESIGNCO, name="DesignCo", kind="company"),
        Actor(id=FOODCO, name="FoodCo", kind="company"),
        Actor(id=NEWCO, name="NewCo", kind="company"),
        Actor(id=UK, name="UK Org", kind="international", country="GB"),
        Actor(id=COUNCIL, name="Council", kind="authority"),
        Actor(id=MINECO, name="MineCo", kind="company"),
        Actor(id=FUND, name="Fund", kind="funder"),
        Cluster(id=DESIGN, name="Design"),
        Cluster(id=FOOD, name="Food"),
        Cluster(id=MINING, name="Mining", start_date=date(2017, 1, 1)),
        Membership(id=1, actor_id=UNI, cluster_id=DESIGN, role="research_partner", since=since),
        Membership(id=2, actor_id=DESIGNCO, cluster_id=DESIGN, since=since),
        Membership(
            id=3,
            actor_id=COUNCIL,
            cluster_id=DESIGN,
            role="authority",
            since=since,
            until=date(2017, 12, 31),
        ),
        Membership(id=4, actor_id=NEWCO, cluster_id=DESIGN, since=date(2017, 3, 1)),
        Membership(
            id=5,
            actor_id=UK,
            cluster_id=DESIGN,
            role="international_link",
            since=date(2018, 1, 1),
        ),
        Membership(id=6, actor_id=AMK, cluster_id=FOOD, role="research_partner", since=since),
        Membership(id=7, actor_id=FOODCO, cluster_id=FOOD, since=since),
        Membership(id=8, actor_id=MINECO, cluster_id=MINING, since=date(2017, 1, 1)),
        Membership(
            id=9,
            actor_id=AMK,
            cluster_id=MINING,
            role="research_partner",
            since=date(2017, 1, 1),
        ),
        tie(1, UNI, DESIGNCO, "rnd_partnership", since),
        tie(2, DESIGNCO, COUNCIL, "collaboration", since, date(2017, 12, 31)),
        tie(3, NEWCO, UNI, "rnd_partnership", date(2017, 3, 1)),
        tie(4, UNI, UK, "information_exchange", date(2018, 1, 1)),
        tie(5, FOODCO, AMK, "collaboration", since),
        tie(6, FOODCO, UNI, "rnd_partnership", date(2018, 6, 1)),
        tie(7, MINECO, AMK, "rnd_partnership", date(2017, 2, 1)),
        tie(8, DESIGNCO, UK, "collaboration", date(2018, 2, 1)),
        tie(9, FUND, FOODCO, "funding", date(2018, 1, 1)),
    ]


def test_every_number_on_the_crafted_map() -> None:
    found = outcomes(compare(Timeline(crafted_map(), []), THEN, NOW), RULES)

    assert (found.then, found.now) == (THEN, NOW)
    # Ties: six new, one ended (DesignCo-Council), by type and by cluster.
    assert found.new_ties.all == Group((3, 4, 6, 7, 8, 9), (1, 2, 3, 4, 5, 6, 8, 9))
    assert {k: g.ids for k, g in found.new_ties.by_code.items()} == {
        "collaboration": (8,),
        "funding": (9,),
        "information_exchange": (4,),
        "rnd_partnership": (3, 6, 7),
    }
    # FoodCo-Uni and Fund-FoodCo join no two members of one cluster.
    assert {k: g.ids for k, g in found.new_ties.by_cluster.items()} == {
        DESIGN: (3, 4, 8),
        MINING: (7,),
    }
    assert found.new_ties.by_cluster[DESIGN].actor_ids == (UNI, DESIGNCO, NEWCO, UK)
    assert found.ended_ties.all == Group((2,), (DESIGNCO, COUNCIL))
    assert {k: g.ids for k, g in found.ended_ties.by_code.items()} == {"collaboration": (2,)}
    assert {k: g.ids for k, g in found.ended_ties.by_cluster.items()} == {DESIGN: (2,)}

    # Memberships: four new (two in Design, two in the new Mining), one ended.
    assert found.new_members.all == Group((4, 5, 8, 9), (AMK, NEWCO, UK, MINECO))
    assert {k: g.ids for k, g in found.new_members.by_code.items()} == {
        "company": (4, 8),
        "international": (5,),
        "research": (9,),
    }
    assert {k: g.ids for k, g in found.new_members_by_role.items()} == {
        "international_link": (5,),
        "member_company": (4, 8),
        "research_partner": (9,),
    }
    assert {k: g.ids for k, g in found.new_members.by_cluster.items()} == {
        DESIGN: (4, 5),
        MINING: (8, 9),
    }
    assert found.ended_members.all == Group((3,), (COUNCIL,))
    assert {k: g.ids for k, g in found.ended_members.by_cluster.items()} == {DESIGN: (3,)}

    # International: Uni-UK Org and DesignCo-UK Org.
    assert found.international == Group((4, 8), (UNI, DESIGNCO, UK))
    # NewCo and MineCo had no tie to research in 2016; FoodCo had one to Amk.
    assert found.companies_to_research == Group((NEWCO, MINECO), (UNI, AMK, NEWCO, MINECO))

    # Findings of Design and Food (Mining was not there in 2016).
    assert found.compared_clusters == {DESIGN: THEN, FOOD: THEN}
    solved = {(f.cluster_id, f.code, f.values.get("role_code", "")) for f in found.solved}
    assert solved == {
        (DESIGN, "missing_role", "international_link"),  # UK Org holds the role now
        (DESIGN, "no_international", ""),
        (FOOD, "no_funder_ties", ""),  # Fund is tied to FoodCo now
    }
    assert [(f.cluster_id, f.code, f.actor_ids) for f in found.appeared] == [
        (DESIGN, "ended_memberships", (COUNCIL,))
    ]
    assert not found.empty


def test_a_period_with_no_change_has_no_outcomes() -> None:
    timeline = Timeline(crafted_map(), [])
    found = outcomes(compare(timeline, date(2019, 1, 1), date(2019, 6, 1)), RULES)
    assert found.empty
    assert found.new_ties.all.count == 0 and found.international.count == 0
    assert found.companies_to_research.count == 0
    assert found.compared_clusters == {DESIGN: date(2019, 1, 1), FOOD: date(2019, 1, 1)} | {
        MINING: date(2019, 1, 1)
    }


def test_a_cluster_founded_in_the_period_is_compared_from_its_first_day() -> None:
    """Given the timeline, Mining (founded 1.1.2017) is checked on that day: MineCo and Amk
    had no tie yet; by 2019 they have one."""
    timeline = Timeline(crafted_map(), [])
    found = outcomes(compare(timeline, THEN, NOW), RULES, timeline=timeline)
    assert found.compared_clusters == {DESIGN: THEN, FOOD: THEN, MINING: date(2017, 1, 1)}
    mining = {(f.code, f.actor_ids) for f in found.solved if f.cluster_id == MINING}
    assert mining == {("research_unlinked", (AMK,)), ("unconnected_members", (AMK, MINECO))}
    assert [f.cluster_id for f in found.appeared] == [DESIGN]


def test_a_company_by_role_and_a_home_member_in_the_international_role_count() -> None:
    """The health check's definitions, not a second set: a development company that is a
    member company counts as a company, and a Finnish member holding the international
    link role counts as international."""
    entities: list[Entity] = [
        Actor(id=1, name="Dev", kind="development"),
        Actor(id=2, name="Lab", kind="research"),
        Actor(id=3, name="Envoy", kind="development"),
        Cluster(id=1, name="C"),
        Membership(id=1, actor_id=1, cluster_id=1, role="member_company"),
        Membership(id=2, actor_id=3, cluster_id=1, role="international_link"),
        Relationship(id=1, source_id=1, target_id=2, start_date=date(2018, 1, 1)),
        Relationship(id=2, source_id=3, target_id=1, start_date=date(2018, 1, 1)),
    ]
    found = outcomes(compare(Timeline(entities, []), date(2017, 1, 1), date(2019, 1, 1)))
    assert found.companies_to_research.ids == (1,)
    assert found.international.ids == (2,)
