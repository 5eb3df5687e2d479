"""Merging an imported file into a map: matching, fill-ins, conflicts, errors and ids."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    EntityType,
    Membership,
    Relationship,
)
from aspdesk.io.importing.batch import Candidate, ImportBatch, filled_fields, from_snapshot
from aspdesk.io.merging.matching import COMPANY_FORMS, name_key
from aspdesk.io.merging.planner import (
    END_NOT_IMPORTED,
    HAS_ERRORS,
    SAME_AS_EARLIER,
    Decisions,
    MatchedBy,
    Outcome,
    plan_import,
)
from aspdesk.io.snapshot import MapSnapshot

NEXT = {t: 100 for t in EntityType}

MAP = MapSnapshot(
    name="Lappi",
    actors=(
        Actor(id=1, name="Lapin liitto", kind="authority", business_id="0929558-6", x=0, y=0),
        Actor(id=2, name="Arctic Design Oy", municipality="Rovaniemi", tags=("design",)),
        Actor(id=3, name="Lapin yliopisto", kind="research", email="", x=1, y=0),
        Actor(id=4, name="Kemin Digipolis Oy", kind="development"),
    ),
    clusters=(Cluster(id=1, name="Arctic Design"),),
    memberships=(Membership(id=1, actor_id=2, cluster_id=1, role="member_company"),),
    relationships=(Relationship(id=1, source_id=1, target_id=3, type="funding"),),
    contacts=(Contact(id=1, actor_id=1, name="Matti Meikäläinen"),),
)


def _actor(key: str, row: int, blocked: bool = False, **values: object) -> Candidate:
    actor = Actor(**values)  # type: ignore[arg-type]
    return Candidate(key, actor, frozenset(values), blocked=blocked, sheet="Taul1", row=row)


def _link(key: str, entity: Membership | Relationship, *ends: str) -> Candidate:
    return Candidate(key, entity, filled_fields(entity), ends)


def test_company_forms_case_and_diacritics_do_not_matter() -> None:
    assert name_key("Lapin Liitto, OY") == name_key("lapin  liitto") == "lapin liitto"
    assert name_key("Oy Karesuvanto Ab") == "karesuvanto"
    assert name_key("Sámi Duodji ry") == name_key("Sami duodji")
    assert name_key("Oy") == "oy"  # a name that is only a form keeps it


def test_actors_match_by_business_id_then_name_and_near_names_are_suggested() -> None:
    batch = ImportBatch(
        "partners.xlsx",
        actors=[
            _actor("r2", 2, name="Regional Council", business_id="0929558-6"),
            _actor("r3", 3, name="ARCTIC DESIGN", municipality="Rovaniemi"),
            _actor("r4", 4, name="Lapin yliopisto", email="info@ulapland.fi", tags=("uni",)),
            _actor("r5", 5, name="Kemi Digipolis"),
            _actor("r6", 6, name="Tornion Energia"),
        ],
    )

    plan = plan_import(batch, MAP, NEXT)

    outcome = [(i.outcome, i.matched_by, i.existing.id if i.existing else None) for i in plan.items]
    assert outcome == [
        (Outcome.CONFLICT, MatchedBy.BUSINESS_ID, 1),
        (Outcome.UNCHANGED, MatchedBy.NAME, 2),
        (Outcome.UPDATED, MatchedBy.NAME, 3),
        (Outcome.NEW, MatchedBy.NONE, None),
        (Outcome.NEW, MatchedBy.NONE, None),
    ]
    council, _design, university, near, new = plan.items
    assert council.conflicts == {"name": ("Lapin liitto", "Regional Council")}
    assert council.changes == {}  # the map's value stays by default
    assert university.changes == {"email": "info@ulapland.fi", "tags": ("uni",)}
    assert [s.id for s in near.suggestions] == [4]
    assert new.suggestions == ()
    assert [e.id for e in plan.inserts] == [100, 101]
    assert [(e.id, c) for e, c in plan.updates] == [(3, university.changes)]


def test_the_user_decides_conflicts_and_duplicates() -> None:
    batch = ImportBatch(
        "partners.xlsx",
        actors=[
            _actor("r2", 2, name="Lapin liitto", kind="funder"),
            _actor("r3", 3, name="Arctic Designs Lab", tags=("lab",)),
        ],
    )
    decisions = Decisions(take_file=frozenset({(EntityType.ACTOR, "r2")}), same_as={"r3": 2})

    plan = plan_import(batch, MAP, NEXT, decisions)

    council, design = plan.items
    assert council.changes == {"kind": "funder"}
    assert design.matched_by is MatchedBy.CHOSEN
    # Names differ, so the name is a conflict; the tags are joined.
    assert design.conflicts == {"name": ("Arctic Design Oy", "Arctic Designs Lab")}
    assert design.changes == {"tags": ("design", "lab")}
    assert plan.inserts == []


def test_rows_with_errors_stop_the_import_and_take_their_ties_with_them() -> None:
    batch = ImportBatch(
        "ties.csv",
        actors=[
            _actor("a", 2, name="Good Oy"),
            _actor("b", 3, blocked=True, name="Bad Oy", business_id="1234567-0"),
        ],
        relationships=[
            _link("t1", Relationship(type="funding"), "a", "b"),
            _link("t2", Relationship(type="funding", strength=5), "a", "a1"),
        ],
        keeps_ids=True,
    )
    batch.actors.insert(0, Candidate("a1", MAP.actors[0], frozenset({"name"})))

    plan = plan_import(batch, MAP, NEXT)

    assert [i.outcome for i in plan.items] == [
        Outcome.UNCHANGED,
        Outcome.NEW,
        Outcome.ERROR,
        Outcome.ERROR,
        Outcome.NEW,
    ]
    assert plan.items[2].reason == HAS_ERRORS
    assert plan.items[3].reason == END_NOT_IMPORTED
    assert plan.items[3].reason_values == {"place": "Taul1, row 3"}
    assert not plan.ready
    tie = plan.items[4].entity
    assert isinstance(tie, Relationship) and (tie.source_id, tie.target_id) == (100, 1)

    skipping = plan_import(batch, MAP, NEXT, Decisions(skip_errors=True))
    assert skipping.ready and [e.id for e in skipping.inserts] == [100, 100]


def test_links_match_by_their_ends_and_the_same_row_twice_is_an_error() -> None:
    batch = ImportBatch(
        "map.graphml",
        actors=[
            Candidate("n1", Actor(name="Lapin liitto"), frozenset({"name"})),
            Candidate("n3", Actor(name="Lapin yliopisto"), frozenset({"name"})),
            Candidate("n9", Actor(name="lapin yliopisto oy"), frozenset({"name"}), item="node n9"),
        ],
        relationships=[
            # undirected: the map's tie 1 -> 3 is the same as 3 -> 1
            _link("e1", Relationship(type="funding", notes="ERDF"), "n3", "n1"),
            _link("e2", Relationship(type="collaboration"), "n3", "n1"),
        ],
    )

    plan = plan_import(batch, MAP, NEXT)

    assert [i.outcome for i in plan.items] == [
        Outcome.UNCHANGED,
        Outcome.UNCHANGED,
        Outcome.ERROR,
        Outcome.UPDATED,
        Outcome.NEW,
    ]
    assert plan.items[2].reason == SAME_AS_EARLIER
    assert plan.items[3].existing == MAP.relationships[0]
    assert plan.items[3].changes == {"notes": "ERDF"}


def test_a_backup_into_an_empty_map_keeps_every_id_and_the_name() -> None:
    empty = MapSnapshot(name="")
    batch = from_snapshot("lappi.json", MAP)

    plan = plan_import(batch, empty, {t: 1 for t in EntityType})

    assert plan.ready and plan.rename == "Lappi"
    assert {i.outcome for i in plan.items} == {Outcome.NEW}
    by_type = {t: [e for e in plan.inserts if e.entity_type is t] for t in EntityType}
    assert tuple(by_type[EntityType.ACTOR]) == MAP.actors
    assert tuple(by_type[EntityType.RELATIONSHIP]) == MAP.relationships
    assert tuple(by_type[EntityType.MEMBERSHIP]) == MAP.memberships


def test_a_backup_into_the_same_map_changes_nothing() -> None:
    plan = plan_import(from_snapshot("lappi.json", MAP), MAP, NEXT)

    assert {i.outcome for i in plan.items} == {Outcome.UNCHANGED}
    assert plan.writes == 0 and plan.rename == ""


def test_an_id_match_needs_a_close_name() -> None:
    renamed = Actor(id=3, name="Lapin yliopisto (University of Lapland)")
    stranger = Actor(id=2, name="Tornion Energia")
    batch = ImportBatch(
        "other.xlsx",
        actors=[
            Candidate("a3", renamed, frozenset({"name"})),
            Candidate("a2", stranger, frozenset({"name"})),
        ],
        keeps_ids=True,
    )

    first, second = plan_import(batch, MAP, NEXT).items

    assert (first.matched_by, first.outcome) == (MatchedBy.ID, Outcome.CONFLICT)
    assert (second.outcome, second.entity.id if second.entity else 0) == (Outcome.NEW, 100)


def test_empty_values_never_clear_and_dates_compare_as_dates() -> None:
    dated = MapSnapshot(
        name="x",
        actors=MAP.actors,
        relationships=(
            Relationship(
                id=1, source_id=1, target_id=3, type="funding", start_date=date(2015, 1, 1)
            ),
        ),
    )
    tie = Relationship(type="funding", start_date=date(2015, 1, 1), notes="")
    batch = ImportBatch(
        "f.json",
        actors=[Candidate("a1", MAP.actors[0], frozenset({"name"}))]
        + [Candidate("a3", MAP.actors[2], frozenset({"name"}))],
        relationships=[Candidate("t", tie, frozenset({"start_date", "notes"}), ("a1", "a3"))],
    )

    plan = plan_import(batch, dated, NEXT)

    assert plan.items[-1].outcome is Outcome.UNCHANGED


def test_the_same_membership_twice_in_a_file_is_an_error() -> None:
    batch = ImportBatch(
        "m.graphml",
        actors=[Candidate("n1", Actor(name="Uusi Oy"), frozenset({"name"}))],
        clusters=[Candidate("c1", Cluster(name="Arctic Design"), frozenset({"name"}), ("",))],
        memberships=[
            _link("m1", Membership(role="funder"), "n1", "c1"),
            _link("m2", Membership(role="funder", notes="again"), "n1", "c1"),
        ],
    )

    plan = plan_import(batch, MAP, NEXT)

    assert [i.outcome for i in plan.items] == [
        Outcome.NEW,
        Outcome.UNCHANGED,
        Outcome.NEW,
        Outcome.ERROR,
    ]
    assert plan.items[3].reason == SAME_AS_EARLIER


@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=40))
def test_name_key_of_plain_ascii_is_the_general_definition(name: str) -> None:
    """The regex for ASCII names gives what the character loop gives (it keeps one)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    words = letters.split()
    while len(words) > 1 and words[-1] in COMPANY_FORMS:
        words.pop()
    while len(words) > 1 and words[0] in COMPANY_FORMS:
        words.pop(0)
    assert name_key(name) == " ".join(words)
