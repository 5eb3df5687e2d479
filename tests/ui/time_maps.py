"""Maps with dated memberships and ties, for the time slider and then and now."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import update

from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership, Relationship
from aspdesk.store.repository import MapStore
from aspdesk.store.schema import ChangeSetRow

YEARS = (2015, 2016, 2017, 2018, 2019, 2020)


def date_the_sample(store: MapStore) -> None:
    """Give the sample map's memberships and ties dates over 2015-2020: each starts in a
    year of its own, and every seventh tie and membership ends before 2020 (a story of a
    portfolio's growth, as the outcome developer's example dates tell it)."""
    for membership in store.memberships():
        assert membership.id is not None
        since = date(YEARS[membership.id * 5 % 6], 1 + membership.id % 12, 1)
        until = date(2019, 6, 30) if membership.id % 7 == 0 and since.year < 2019 else None
        store.update(EntityType.MEMBERSHIP, membership.id, {"since": since, "until": until})
    for tie in store.relationships():
        assert tie.id is not None
        start = date(YEARS[tie.id * 7 % 6], 1 + tie.id * 3 % 12, 15)
        end = date(2018, 12, 31) if tie.id % 7 == 3 and start.year < 2018 else None
        store.update(EntityType.RELATIONSHIP, tie.id, {"start_date": start, "end_date": end})


def crafted(store: MapStore) -> dict[str, int]:
    """A small map whose network is known on every day.

    Actors A, B, C, D, E at fixed places, in one cluster. Ties: A-B from 2015 (kept),
    B-C 2016-2017 (ended by 2018), C-D from 2019 (new), A-E undated (always: the map
    was made in 2014).
    Memberships: A since 2015, D since 2019. On 2015-06-01: A, B, E (E through its
    undated tie), ties A-B and A-E; C and D have dated ties only, none yet.
    """
    ids: dict[str, int] = {}
    for n, name in enumerate("ABCDE"):
        actor = store.insert(Actor(name=f"Actor {name}", short_name=name, kind="company"))
        assert actor.id is not None
        store.set_positions(EntityType.ACTOR, {actor.id: (float(n), float(n % 2))})
        ids[name] = actor.id
    cluster = store.insert(Cluster(name="Cluster"))
    assert cluster.id is not None
    ids["cluster"] = cluster.id
    ties = {
        "AB": (date(2015, 1, 1), None),
        "BC": (date(2016, 1, 1), date(2017, 12, 31)),
        "CD": (date(2019, 1, 1), None),
        "AE": (None, None),
    }
    for pair, (start, end) in ties.items():
        tie = store.insert(
            Relationship(
                source_id=ids[pair[0]],
                target_id=ids[pair[1]],
                type="collaboration",
                start_date=start,
                end_date=end,
            )
        )
        assert tie.id is not None
        ids[pair] = tie.id
    for name, since in (("A", date(2015, 1, 1)), ("D", date(2019, 1, 1))):
        member = store.insert(
            Membership(
                actor_id=ids[name], cluster_id=cluster.id, role="member_company", since=since
            )
        )
        assert member.id is not None
        ids[f"member {name}"] = member.id
    # Entered into the map at the start of 2014, before any of its dates: an undated tie
    # is on the network from when the map got it (aspdesk.analysis.timeline).
    with store.engine.begin() as connection:
        connection.execute(update(ChangeSetRow).values(at=datetime(2014, 1, 1, tzinfo=UTC)))
    return ids
