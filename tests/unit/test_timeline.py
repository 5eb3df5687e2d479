"""The network on a date and then-and-now (aspdesk.analysis.timeline).

The property test checks the timeline, which rewinds the map as it is now and moves
between days by the changes in between, against a brute-force replay of the whole log
forward from an empty map, on generated maps with random dated edits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aspdesk.analysis.timeline import (
    MapState,
    Timeline,
    compare,
    day_end,
    network_on,
    redo_change,
)
from aspdesk.domain.changes import Change
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Entity,
    EntityType,
    Membership,
    Project,
    Relationship,
)

T0 = datetime(2015, 1, 1, tzinfo=UTC)


def _made(set_id: int, at: datetime, entity) -> Change:  # type: ignore[no-untyped-def]
    return Change(set_id, at, "tester", entity.entity_type.value, entity.id, None, None, entity)


def test_dates_win_where_there_are_dates_and_the_log_answers_the_rest() -> None:
    entered = datetime(2026, 3, 1, tzinfo=UTC)  # the whole map typed in this year
    cluster = Cluster(id=1, name="Arctic design")
    dated = Actor(id=1, name="Dated Oy")
    undated = Actor(id=2, name="Undated Oy")
    left = Actor(id=3, name="Left Oy")
    entities: list[Entity] = [
        cluster,
        dated,
        undated,
        left,
        Membership(id=1, actor_id=1, cluster_id=1, since=date(2016, 5, 1)),
        Membership(
            id=2, actor_id=3, cluster_id=1, since=date(2015, 1, 1), until=date(2017, 12, 31)
        ),
        Relationship(
            id=1, source_id=1, target_id=3, start_date=date(2016, 6, 1), end_date=date(2018, 6, 30)
        ),
    ]
    timeline = Timeline(entities, [_made(i + 1, entered, e) for i, e in enumerate(entities)])

    in_2015 = timeline.on(date(2015, 6, 1))
    assert in_2015.actors == {3}  # only the back-dated member; the undated actor came in 2026
    assert in_2015.memberships == {2}
    assert in_2015.relationships == set()

    in_2017 = timeline.on(date(2017, 1, 1))
    assert in_2017.actors == {1, 3}
    assert in_2017.relationships == {1}

    in_2020 = timeline.on(date(2020, 1, 1))
    assert in_2020.actors == {1}  # Left Oy's membership and tie have ended
    assert in_2020.relationships == set()

    today = timeline.on(date(2026, 12, 5))
    assert today.actors == {1, 2}  # the undated actor is there since the map knew it

    difference = compare(timeline, date(2015, 6, 1), date(2020, 1, 1))
    assert difference.new(EntityType.ACTOR) == {1}
    assert difference.ended(EntityType.ACTOR) == {3}
    assert difference.ended(EntityType.MEMBERSHIP) == {2}
    assert difference.new(EntityType.MEMBERSHIP) == {1}
    with pytest.raises(ValueError, match="comes before"):
        compare(timeline, date(2020, 1, 1), date(2015, 1, 1))


def test_a_removed_actor_is_back_on_the_days_before_its_removal_with_its_old_name() -> None:
    actor = Actor(id=7, name="Old name Oy")
    renamed = Actor(id=7, name="New name Oy")
    log = [
        _made(1, T0, actor),
        Change(2, T0 + timedelta(days=400), "a", "actor", 7, "name", "Old name Oy", "New name Oy"),
        Change(3, T0 + timedelta(days=800), "a", "actor", 7, None, renamed, None),
    ]
    timeline = Timeline([], log)
    assert timeline.on(date(2014, 12, 31)).actors == set()
    assert timeline.on(date(2015, 1, 1)).get(EntityType.ACTOR, 7) == actor
    assert timeline.on(date(2016, 6, 1)).get(EntityType.ACTOR, 7) == renamed
    assert timeline.on(date(2018, 1, 1)).actors == set()
    assert timeline.on(date(2015, 1, 2)).actors == {7}  # going back again


# -- the property: rewinding from now equals replaying forward from nothing ----------------

DAYS = 60


@st.composite
def _histories(draw: st.DrawFn) -> list[Change]:
    """A random log: actors, clusters, memberships and ties made, edited and removed."""
    log: list[Change] = []
    live: dict[EntityType, dict[int, object]] = {t: {} for t in EntityType}
    next_id = dict.fromkeys(EntityType, 1)
    moment = T0
    steps = draw(st.integers(min_value=1, max_value=40))

    def a_day() -> date | None:
        offset = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=DAYS)))
        return None if offset is None else T0.date() + timedelta(days=offset)

    for set_id in range(1, steps + 1):
        moment += timedelta(hours=draw(st.integers(min_value=0, max_value=72)))
        action = draw(
            st.sampled_from(["actor", "cluster", "membership", "tie", "edit", "remove", "project"])
        )
        entity: object | None = None
        if action == "actor":
            entity = Actor(id=next_id[EntityType.ACTOR], name=f"A{set_id}")
        elif action == "cluster":
            entity = Cluster(id=next_id[EntityType.CLUSTER], name=f"C{set_id}", start_date=a_day())
        elif action == "project":
            begins, ends = sorted([a_day() or date.min, a_day() or date.max])
            entity = Project(
                id=next_id[EntityType.PROJECT],
                name=f"P{set_id}",
                start_date=None if begins == date.min else begins,
                end_date=None if ends == date.max else ends,
            )
        elif action == "membership" and live[EntityType.ACTOR] and live[EntityType.CLUSTER]:
            since, until = sorted([a_day() or date.min, a_day() or date.max])
            entity = Membership(
                id=next_id[EntityType.MEMBERSHIP],
                actor_id=draw(st.sampled_from(sorted(live[EntityType.ACTOR]))),
                cluster_id=draw(st.sampled_from(sorted(live[EntityType.CLUSTER]))),
                since=None if since == date.min else since,
                until=None if until == date.max else until,
            )
        elif action == "tie" and len(live[EntityType.ACTOR]) >= 2:
            source, target = draw(
                st.lists(
                    st.sampled_from(sorted(live[EntityType.ACTOR])),
                    min_size=2,
                    max_size=2,
                    unique=True,
                )
            )
            entity = Relationship(
                id=next_id[EntityType.RELATIONSHIP],
                source_id=source,
                target_id=target,
                start_date=a_day(),
            )
        elif action == "edit" and live[EntityType.RELATIONSHIP]:
            tie_id = draw(st.sampled_from(sorted(live[EntityType.RELATIONSHIP])))
            old = live[EntityType.RELATIONSHIP][tie_id]
            new_end = a_day()
            assert isinstance(old, Relationship)
            log.append(
                Change(
                    set_id, moment, "t", "relationship", tie_id, "end_date", old.end_date, new_end
                )
            )
            live[EntityType.RELATIONSHIP][tie_id] = Relationship(
                **{**old.__dict__, "end_date": new_end}
            )
            continue
        elif action == "remove" and live[EntityType.ACTOR]:
            actor_id = draw(st.sampled_from(sorted(live[EntityType.ACTOR])))
            for entity_type, group in live.items():
                for dependent_id, dependent in list(group.items()):
                    ends = (
                        (dependent.actor_id,)
                        if isinstance(dependent, Membership)
                        else (dependent.source_id, dependent.target_id)
                        if isinstance(dependent, Relationship)
                        else ()
                    )
                    if actor_id in ends:
                        log.append(
                            Change(
                                set_id,
                                moment,
                                "t",
                                entity_type.value,
                                dependent_id,
                                None,
                                dependent,
                                None,
                            )
                        )
                        del group[dependent_id]
            actor = live[EntityType.ACTOR].pop(actor_id)
            log.append(Change(set_id, moment, "t", "actor", actor_id, None, actor, None))
            continue
        if entity is not None:
            entity_type = entity.entity_type  # type: ignore[attr-defined]
            log.append(_made(set_id, moment, entity))
            live[entity_type][next_id[entity_type]] = entity
            next_id[entity_type] += 1
    return log


def _now(log: list[Change]) -> MapState:
    state = MapState.of([])
    for change in log:
        redo_change(state, change)
    return state


@settings(max_examples=150, deadline=None)
@given(
    _histories(), st.lists(st.integers(min_value=-2, max_value=DAYS + 4), min_size=1, max_size=8)
)
def test_the_timeline_equals_a_brute_force_replay_of_the_log(
    log: list[Change], offsets: list[int]
) -> None:
    now = _now(log)
    everything = [e for group in now.entities.values() for e in group.values()]
    timeline = Timeline(everything, log)
    for offset in offsets:  # in the drawn order: the slider goes back and forth
        day = T0.date() + timedelta(days=offset)
        replayed = MapState.of([])
        for change in log:
            if change.at < day_end(day):
                redo_change(replayed, change)
        expected = network_on(replayed, now, day)
        got = timeline.on(day)
        assert (got.actors, got.clusters, got.memberships, got.relationships, got.projects) == (
            expected.actors,
            expected.clusters,
            expected.memberships,
            expected.relationships,
            expected.projects,
        )
        assert got.entities == expected.entities
