"""The consortium builder's core: programme files, rule checks and suggestions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aspdesk.analysis.consortium import messages as say
from aspdesk.analysis.consortium.builder import (
    CHECK_THE_CALL,
    Partner,
    ProgrammeFileError,
    RuleResult,
    all_met,
    check_consortium,
    checked_sentence,
    load_programmes,
    partner_from_actor,
    suggest,
    verdict,
)
from aspdesk.analysis.consortium.programme_files import (
    programme_from_dict,
    programme_to_dict,
    programme_to_json,
    read_programme,
)
from aspdesk.analysis.consortium.rules import RULE_KINDS, Programme
from aspdesk.domain.countries import COUNTRY_CODES
from aspdesk.domain.entities import Actor, Cluster, Membership, Relationship
from aspdesk.domain.vocabulary import Vocabulary, builtin_codes

SHIPPED = {
    "horizon_europe",
    "interreg_aurora",
    "interreg_npa",
    "interreg_baltic_sea_region",
    "erdf_finland",
    "business_finland_co_innovation",
    "erasmus_cooperation_partnerships",
    "life_standard_action",
    "other",
}


@pytest.fixture(scope="module")
def programmes() -> dict[str, Programme]:
    return load_programmes()


def _p(actor_id: int, country: str, kind: str = "company", **fields: Any) -> Partner:
    fields.setdefault("name", f"P{actor_id}")
    fields.setdefault("pic", f"{actor_id:09d}")
    return Partner(actor_id, country, kind, **fields)


def _by_rule(results: list[RuleResult]) -> dict[str, RuleResult]:
    # Every sentence fills: a missing value would raise here.
    for result in results:
        assert result.text()
    return {r.rule.id: r for r in results}


# --- the shipped files ---------------------------------------------------------------------


def test_shipped_programmes_load_and_say_where_they_come_from(
    programmes: dict[str, Programme],
) -> None:
    assert set(programmes) == SHIPPED
    kinds = builtin_codes(Vocabulary.ACTOR_KIND)
    for programme in programmes.values():
        assert programme.origin == ""
        assert isinstance(programme.checked, date)
        for text in (programme.name, programme.notes):
            assert text.en and text.fi
        # Each file says plainly that the call text decides.
        assert "checked against the call text" in programme.notes.en, programme.id
        assert "tarkistettava haun tekstistä" in programme.notes.fi, programme.id
        assert programme.sources or programme.id == "other"
        assert all(s.title and s.url.startswith("https://") for s in programme.sources)
        for rule in programme.rules:
            assert rule.kind in RULE_KINDS
            assert rule.description.en and rule.description.fi and rule.source
            assert set(rule.kinds) | set(rule.only_if_kinds) <= kinds
            assert programme.resolve(rule.countries) <= COUNTRY_CODES | {"XK"}
        for country_set in programme.country_sets:
            assert country_set.name.en and country_set.name.fi and country_set.source


def test_shipped_programmes_survive_a_round_trip(programmes: dict[str, Programme]) -> None:
    for programme in programmes.values():
        assert programme_from_dict(programme_to_dict(programme)) == programme
        assert read_programme(programme_to_json(programme)) == programme


def test_horizon_europe_lists_its_associated_countries(programmes: dict[str, Programme]) -> None:
    he = programmes["horizon_europe"]
    associated = he.resolve(["associated"])
    assert {"NO", "IS", "GB", "CH", "IL", "TR", "UA", "FO"} <= associated
    assert not associated & he.resolve(["eu"])
    assert "associated_pillar2" in he.rules[1].countries


def test_the_call_text_warning_and_check_date_are_sentences(
    programmes: dict[str, Programme],
) -> None:
    assert "call text" in CHECK_THE_CALL
    sentence = checked_sentence(programmes["interreg_aurora"], "fi")
    assert sentence.values["programme"] == "Interreg Aurora 2021–2027"
    assert sentence.values["date"] == programmes["interreg_aurora"].checked.isoformat()


# --- rule checks on crafted consortia ------------------------------------------------------


def test_three_partners_from_three_member_states_pass_horizon_europe(
    programmes: dict[str, Programme],
) -> None:
    he = programmes["horizon_europe"]
    partners = [
        _p(1, "FI", "research", role="coordinator"),
        _p(2, "SE"),
        _p(3, "DE"),
    ]
    results = check_consortium(he, partners)
    assert all_met(results)
    three = _by_rule(results)["three_countries"]
    assert three.values["count"] == "3" and three.actor_ids == (1, 2, 3)
    assert verdict(he, results).template == say.ALL_MET


def test_two_countries_fail_horizon_europe_with_the_reason(
    programmes: dict[str, Programme],
) -> None:
    partners = [_p(1, "FI", role="coordinator"), _p(2, "FI"), _p(3, "SE")]
    results = _by_rule(check_consortium(programmes["horizon_europe"], partners))
    three = results["three_countries"]
    assert not three.met
    assert three.message == say.COUNTRIES
    assert three.values["count"] == "2" and three.values["least"] == "3"
    assert three.values["countries"] == "FI, SE"
    assert "2 (FI, SE); at least 3 needed" in three.text()
    assert results["three_entities"].met and results["member_state"].met


def test_associated_countries_without_a_member_state_fail_horizon_europe(
    programmes: dict[str, Programme],
) -> None:
    he = programmes["horizon_europe"]
    partners = [_p(1, "NO", role="coordinator"), _p(2, "IS"), _p(3, "GB")]
    results = check_consortium(he, partners)
    by_rule = _by_rule(results)
    assert by_rule["three_countries"].met
    member_state = by_rule["member_state"]
    assert not member_state.met and member_state.message == say.IN_SET_NONE
    assert member_state.values["allowed"] == "EU member states"
    assert verdict(he, results).values["unmet"] == "1"


def test_associated_partners_and_third_countries_do_not_count_in_horizon_europe(
    programmes: dict[str, Programme],
) -> None:
    partners = [
        _p(1, "FI", role="coordinator"),
        _p(2, "SE"),
        _p(3, "DE", role="associated", name="Fraunhofer"),
        _p(4, "US", name="MIT"),
    ]
    three = _by_rule(check_consortium(programmes["horizon_europe"], partners))["three_countries"]
    assert not three.met and three.values["count"] == "2"
    details = {d.template: d.values for d in three.details}
    assert details[say.NOT_COUNTED]["names"] == "Fraunhofer"
    assert details[say.OUTSIDE_SET]["names"] == "MIT"


def test_interreg_aurora_asks_for_two_programme_countries_and_an_eu_partner(
    programmes: dict[str, Programme],
) -> None:
    aurora = programmes["interreg_aurora"]
    assert all_met(check_consortium(aurora, [_p(1, "FI"), _p(2, "NO")]))
    assert not _by_rule(check_consortium(aurora, [_p(1, "FI"), _p(2, "FI")]))["two_countries"].met
    norway_only = _by_rule(check_consortium(aurora, [_p(1, "NO"), _p(2, "NO")]))
    assert not norway_only["member_state"].met
    german = _by_rule(check_consortium(aurora, [_p(1, "FI"), _p(2, "SE"), _p(3, "de")]))
    allowed = german["programme_countries"]
    assert not allowed.met and allowed.actor_ids == (3,)
    assert allowed.values["names"] == "P3"


def test_an_exception_country_is_allowed_on_its_condition(
    programmes: dict[str, Programme],
) -> None:
    npa = programmes["interreg_npa"]
    with_dane = _by_rule(check_consortium(npa, [_p(1, "FI"), _p(2, "IS"), _p(3, "DK")]))
    rule = with_dane["partner_countries"]
    assert rule.met and rule.actor_ids == (3,)
    (detail,) = rule.details
    assert detail.template == say.ON_CONDITION and "Faroe Islands" in detail.values["condition"]
    in_finnish = _by_rule(check_consortium(npa, [_p(3, "DK")], "fi"))["partner_countries"]
    assert "Färsaarten" in in_finnish.details[0].values["condition"]
    with_american = _by_rule(check_consortium(npa, [_p(1, "FI"), _p(2, "US")]))
    assert not with_american["partner_countries"].met


def test_a_rule_can_apply_only_when_a_kind_takes_part(programmes: dict[str, Programme]) -> None:
    bf = programmes["business_finland_co_innovation"]
    companies = [_p(1, "FI"), _p(2, "FI")]
    results = _by_rule(check_consortium(bf, companies))
    assert results["two_companies"].met
    assert results["three_companies_with_research"].message == say.DOES_NOT_APPLY
    with_research = _by_rule(check_consortium(bf, [*companies, _p(3, "FI", "research")]))
    three = with_research["three_companies_with_research"]
    assert not three.met and three.values["count"] == "2"


def test_the_coordinator_must_be_named_and_in_place(programmes: dict[str, Programme]) -> None:
    erdf = programmes["erdf_finland"]
    none = _by_rule(check_consortium(erdf, [_p(1, "FI")]))["main_implementer"]
    assert not none.met and none.message == say.COORDINATOR_NONE
    swedish = _by_rule(check_consortium(erdf, [_p(1, "SE", role="coordinator", name="Luleå")]))
    outside = swedish["main_implementer"]
    assert not outside.met and outside.values["name"] == "Luleå"
    assert outside.message == say.COORDINATOR_OUTSIDE
    assert _by_rule(check_consortium(erdf, [_p(1, "FI", role="coordinator")]))[
        "main_implementer"
    ].met


def test_every_beneficiary_needs_a_pic_of_nine_digits(programmes: dict[str, Programme]) -> None:
    life = programmes["life_standard_action"]
    partners = [
        _p(1, "FI", pic="123 456 789"),
        _p(2, "SE", pic="", name="Ei PIC"),
        _p(3, "EE", pic="12345", name="Lyhyt"),
        _p(4, "NO", pic="", role="subcontractor"),
    ]
    pic = _by_rule(check_consortium(life, partners))["pic"]
    assert not pic.met and pic.values["names"] == "Ei PIC" and pic.actor_ids == (2, 3)
    assert pic.details[0].template == say.PIC_MALFORMED
    assert pic.details[0].values["names"] == "Lyhyt"


def test_a_programme_without_rules_is_met_trivially(programmes: dict[str, Programme]) -> None:
    other = programmes["other"]
    results = check_consortium(other, [_p(1, "FI")])
    assert results == [] and all_met(results)
    assert verdict(other, results, "fi").template == say.NO_RULES
    assert verdict(other, results, "fi").values["programme"] == "Muu ohjelma (ei sääntöjä)"


def test_texts_come_in_the_language_asked_and_translate_before_filling(
    programmes: dict[str, Programme],
) -> None:
    result = _by_rule(check_consortium(programmes["horizon_europe"], [], "fi"))["member_state"]
    assert result.description.startswith("Vähintään yksi")
    assert result.values["allowed"] == "EU:n jäsenvaltiot"

    def translate(context: str, text: str) -> str:
        assert context == "consortium"
        return "{allowed}: {count}/{least}" if text == say.IN_SET_NONE else text

    assert result.text(translate) == "EU:n jäsenvaltiot: 0/1"
    names = {"FI": "Suomi"}
    named = check_consortium(
        programmes["interreg_aurora"], [_p(1, "FI")], "fi", country_name=names.get
    )
    assert _by_rule(named)["two_countries"].values["countries"] == "Suomi"


def test_unknown_partner_roles_are_refused(programmes: dict[str, Programme]) -> None:
    with pytest.raises(ValueError, match="lead"):
        check_consortium(programmes["other"], [_p(1, "FI", role="lead")])


def test_a_partner_takes_the_actors_pic_when_there_is_one() -> None:
    @dataclass(frozen=True)
    class ActorWithPic(Actor):
        pic: str = ""

    actor = ActorWithPic(id=7, name="Lapin yliopisto", kind="research", country="fi ", pic="9")
    assert partner_from_actor(actor) == Partner(7, "FI", "research", "9", "partner", actor.name)
    assert partner_from_actor(actor, "coordinator", pic="1").pic == "1"
    assert partner_from_actor(Actor(id=8, name="Ei PIC")).pic == ""
    with pytest.raises(ValueError):
        partner_from_actor(Actor(name="not stored"))


# --- broken and user files -----------------------------------------------------------------


def _user_file(folder: Path, file_name: str, **changes: Any) -> Path:
    data: dict[str, Any] = {
        "id": "my_call",
        "name": {"en": "My call", "fi": "Oma haku"},
        "checked": "2026-01-15",
        "notes": {"en": "Check the call.", "fi": "Tarkista haku."},
        "rules": [
            {
                "id": "two",
                "kind": "min_partners",
                "parameters": {"count": 2},
                "description": {"en": "Two partners.", "fi": "Kaksi partneria."},
            }
        ],
    }
    data.update(changes)
    folder.mkdir(exist_ok=True)
    path = folder / file_name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _broken(folder: Path, **changes: Any) -> ProgrammeFileError:
    path = _user_file(folder, "broken.json", **changes)
    with pytest.raises(ProgrammeFileError) as raised:
        load_programmes(folder)
    assert raised.value.where == str(path)
    assert str(path) in str(raised.value)
    return raised.value


def test_bad_json_names_the_file_and_the_place(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "x",\n  "name": }', encoding="utf-8")
    with pytest.raises(ProgrammeFileError) as raised:
        load_programmes(tmp_path)
    error = raised.value
    assert error.where == str(path) and error.template == say.NOT_JSON
    assert error.values["line"] == "2"


def test_an_unknown_rule_kind_is_named(tmp_path: Path) -> None:
    rule = {"id": "r", "kind": "min_budget", "description": {"en": "x", "fi": "y"}}
    error = _broken(tmp_path, rules=[rule])
    assert error.template == say.UNKNOWN_RULE_KIND
    assert error.field == "rules[r].kind" and '"min_budget"' in error.text()


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    error = _broken(tmp_path, rules=[{"id": "r", "kind": "pic_required", "description": {}}])
    assert error.template == say.NEEDS_LANGUAGE and error.field == "rules[r].description"
    error = _broken(
        tmp_path,
        rules=[{"id": "r", "kind": "min_countries", "description": {"en": "x", "fi": "y"}}],
    )
    assert error.template == say.MISSING and error.field == "rules[r].parameters.count"
    data = {"id": "x", "name": {"en": "x", "fi": "y"}, "notes": {"en": "x", "fi": "y"}}
    (tmp_path / "broken.json").write_text(json.dumps({**data, "rules": []}), encoding="utf-8")
    with pytest.raises(ProgrammeFileError) as raised:
        load_programmes(tmp_path)
    assert raised.value.template == say.MISSING and raised.value.field == "checked"


@pytest.mark.parametrize(
    ("changes", "template", "field"),
    [
        ({"checked": "15.1.2026"}, say.MUST_BE_DATE, "checked"),
        ({"checked": "2026-02-30"}, say.MUST_BE_DATE, "checked"),
        ({"id": "My call"}, say.BAD_ID, "id"),
        ({"name": {"en": "My call"}}, say.NEEDS_LANGUAGE, "name"),
        ({"rules": {}}, say.MUST_BE_LIST, "rules"),
        ({"format": 2}, say.NEWER_FORMAT, ""),
        ({"budget": 5}, say.UNKNOWN_FIELD, "budget"),
        ({"country_sets": {"eu": {}}}, say.RESERVED_SET, "country_sets.eu"),
        (
            {"country_sets": {"nordic": {"name": {"en": "N", "fi": "P"}, "countries": ["XX"]}}},
            say.UNKNOWN_COUNTRY,
            "country_sets.nordic.countries[1]",
        ),
    ],
)
def test_broken_top_level_fields_are_named(
    tmp_path: Path, changes: dict[str, Any], template: str, field: str
) -> None:
    error = _broken(tmp_path, **changes)
    assert (error.template, error.field) == (template, field)


@pytest.mark.parametrize(
    ("parameters", "template", "field"),
    [
        ({"count": 0}, say.MUST_BE_COUNT, "rules[r].parameters.count"),
        ({"count": True}, say.MUST_BE_COUNT, "rules[r].parameters.count"),
        ({"count": 2, "cuont": 3}, say.UNKNOWN_FIELD, "rules[r].parameters.cuont"),
        (
            {"count": 2, "countries": ["fi"]},
            say.UNKNOWN_COUNTRY,
            "rules[r].parameters.countries[1]",
        ),
        ({"count": 2, "countries": "FI"}, say.MUST_BE_LIST, "rules[r].parameters.countries"),
        ({"count": 2, "roles": ["lead"]}, say.UNKNOWN_ROLE, "rules[r].parameters.roles[1]"),
    ],
)
def test_broken_parameters_are_named(
    tmp_path: Path, parameters: dict[str, Any], template: str, field: str
) -> None:
    rule = {
        "id": "r",
        "kind": "min_countries",
        "parameters": parameters,
        "description": {"en": "x", "fi": "y"},
    }
    error = _broken(tmp_path, rules=[rule])
    assert (error.template, error.field) == (template, field)


def test_a_file_that_is_not_one_object_is_refused(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    with pytest.raises(ProgrammeFileError) as raised:
        load_programmes(tmp_path)
    assert raised.value.template == say.NOT_A_PROGRAMME and raised.value.field == ""


def test_any_rule_can_apply_only_when_a_kind_takes_part(tmp_path: Path) -> None:
    rule = {
        "id": "abroad",
        "kind": "min_countries",
        "parameters": {"count": 2},
        "only_if_kinds": ["international"],
        "description": {"en": "x", "fi": "y"},
        "_comment": "comments are fields starting with an underscore",
    }
    programme = load_programmes(_user_file(tmp_path, "mine.json", rules=[rule]).parent)["my_call"]
    alone = check_consortium(programme, [_p(1, "FI")])[0]
    assert alone.met and alone.message == say.DOES_NOT_APPLY
    assert alone.values["kinds"] == "International partner"
    applies = check_consortium(programme, [_p(1, "FI"), _p(2, "FI", "international")])[0]
    assert not applies.met and applies.message == say.COUNTRIES


def test_twice_written_fields_and_rule_ids_are_refused(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "twice.json")
    path.write_text(path.read_text(encoding="utf-8")[:-1] + ', "id": "again"}', encoding="utf-8")
    with pytest.raises(ProgrammeFileError) as raised:
        load_programmes(tmp_path)
    assert raised.value.template == say.TWICE and raised.value.field == "id"
    path.unlink()
    rule = {"id": "r", "kind": "pic_required", "description": {"en": "x", "fi": "y"}}
    assert _broken(tmp_path, rules=[rule, rule]).template == say.SAME_RULE_ID


def test_a_user_file_replaces_a_shipped_programme_by_id(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "horizon.json", id="horizon_europe")
    _user_file(tmp_path, "mine.json")
    (tmp_path / "notes.txt").write_text("not a programme", encoding="utf-8")
    programmes = load_programmes(tmp_path)
    assert set(programmes) == SHIPPED | {"my_call"}
    replaced = programmes["horizon_europe"]
    assert replaced.origin == str(path) and [r.id for r in replaced.rules] == ["two"]
    assert programmes["interreg_aurora"].origin == ""
    assert load_programmes(tmp_path / "missing") == load_programmes()


def test_broken_user_files_can_be_set_aside(tmp_path: Path) -> None:
    _user_file(tmp_path, "good.json")
    _user_file(tmp_path, "bad.json", id="other_call", checked="soon")
    _user_file(tmp_path, "same.json")
    problems: list[ProgrammeFileError] = []
    programmes = load_programmes(tmp_path, problems)
    assert "my_call" in programmes and "other_call" not in programmes
    assert [(Path(p.where).name, p.template) for p in problems] == [
        ("bad.json", say.MUST_BE_DATE),
        ("same.json", say.SAME_PROGRAMME_ID),
    ]
    assert problems[1].values["other"] == str(tmp_path / "good.json")


def test_errors_translate_before_values_go_in(tmp_path: Path) -> None:
    error = _broken(tmp_path, checked="huomenna")

    def translate(context: str, text: str) -> str:
        assert context == "consortium"
        return "Kenttä {field}: ei päivämäärä ({value})." if text == say.MUST_BE_DATE else text

    assert error.text(translate).endswith(
        'broken.json: Kenttä checked: ei päivämäärä ("huomenna").'
    )


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 5)
    | st.text(max_size=6)
    | st.sampled_from(
        ["eu", "FI", "XK", "min_countries", "kind_required", "partner", "2026-01-01", "en", "fi"]
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_damage_to_a_file_gives_a_clear_error(data: st.DataObject) -> None:
    original = programme_to_dict(load_programmes()[data.draw(st.sampled_from(sorted(SHIPPED)))])
    document = json.loads(json.dumps(original))
    path = data.draw(st.sampled_from(_paths(document)[1:]))
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(JSON)
    try:
        programme = read_programme(json.dumps(document))
    except ProgrammeFileError as error:
        assert error.text() and error.template in vars(say).values()
    else:
        # What still reads checks any consortium without failing.
        partners = [_p(1, "FI", role="coordinator"), _p(2, "", "research"), _p(3, "XK")]
        for result in check_consortium(programme, partners, "fi"):
            assert result.text()
        suggest(programme, partners, MAP, [], [])


# --- suggestions ---------------------------------------------------------------------------

MAP = [
    Actor(id=1, name="Lapin yliopisto", kind="research", country="FI"),
    Actor(id=2, name="Lapin AMK", kind="research", country="FI"),
    Actor(id=10, name="Luleå tekniska universitet", kind="research", country="SE"),
    Actor(id=11, name="Arctic Design AB", country="SE"),
    Actor(id=12, name="Norut", kind="international", country="NO"),
    Actor(id=13, name="Fraunhofer", kind="research", country="DE"),
    Actor(id=14, name="Rovaniemen Kehitys", kind="development", country="FI"),
    Actor(id=15, name="Aalborg Design ApS", country="DK"),
]
CLUSTERS = [Cluster(id=1, name="Arctic design")]


def _consortium() -> list[Partner]:
    return [partner_from_actor(MAP[0], "coordinator"), partner_from_actor(MAP[1])]


def test_a_missing_country_is_filled_with_an_actor_from_there(
    programmes: dict[str, Programme],
) -> None:
    suggestions = suggest(programmes["interreg_aurora"], _consortium(), MAP, [], [])
    found = [s for s in suggestions if s.fills == "two_countries"]
    # Sweden and Norway would add a country; Finland would not, Germany and Denmark may not join.
    assert {s.actor_id for s in found} == {10, 11, 12}
    by_actor = {s.actor_id: s for s in found}
    assert by_actor[12].reasons[0] == (say.WOULD_ADD_COUNTRY, {"country": "NO"})
    assert by_actor[10].reasons[1].template == say.NOT_TIED


def test_a_partner_tied_to_the_consortium_ranks_above_an_untied_one(
    programmes: dict[str, Programme],
) -> None:
    ties = [
        Relationship(id=1, source_id=12, target_id=1, strength=2),
        Relationship(id=2, source_id=2, target_id=12, strength=3),
        # Ended: does not count on the day asked about.
        Relationship(id=3, source_id=1, target_id=11, strength=5, end_date=date(2020, 1, 1)),
        Relationship(id=4, source_id=1, target_id=10, strength=1),
    ]
    suggestions = suggest(
        programmes["interreg_aurora"], _consortium(), MAP, ties, [], today=date(2026, 1, 1)
    )
    assert [s.actor_id for s in suggestions if s.fills == "two_countries"] == [12, 10, 11]
    top = suggestions[0]
    assert top.score == 5 and top.tie_strength == 5 and top.tied_to == (2, 1)
    assert top.reasons[1] == (
        say.TIED_TO_TWO,
        {
            "name": "Lapin AMK",
            "other": "Lapin yliopisto",
            "names": "Lapin AMK, Lapin yliopisto",
            "count": "2",
        },
    )
    assert "Tied to Lapin AMK and Lapin yliopisto" in top.text()


def test_shared_clusters_rank_and_explain_a_suggestion(programmes: dict[str, Programme]) -> None:
    memberships = [
        Membership(id=1, actor_id=1, cluster_id=1),
        Membership(id=2, actor_id=2, cluster_id=1),
        Membership(id=3, actor_id=11, cluster_id=1),
    ]
    suggestions = suggest(
        programmes["interreg_aurora"], _consortium(), MAP, [], memberships, clusters=CLUSTERS
    )
    top = suggestions[0]
    assert top.actor_id == 11 and top.score == 1.0
    assert top.reasons[2] == (
        say.IN_CLUSTER_WITH_MANY,
        {
            "cluster": "Arctic design",
            "name": "Lapin AMK",
            "names": "Lapin AMK, Lapin yliopisto",
            "count": "2",
        },
    )


def test_suggestions_never_propose_a_member_of_the_consortium(
    programmes: dict[str, Programme],
) -> None:
    partners = [*_consortium(), partner_from_actor(MAP[4], "associated")]
    ties = [Relationship(id=1, source_id=12, target_id=1, strength=5)]
    suggestions = suggest(programmes["horizon_europe"], partners, MAP, ties, [])
    assert suggestions and all(s.actor_id not in {1, 2, 12} for s in suggestions)
    assert {s.fills for s in suggestions} == {"three_entities", "three_countries"}
    countries = [s for s in suggestions if s.fills == "three_countries"]
    assert {s.actor_id for s in countries} == {10, 11, 13, 15}


def test_a_missing_kind_is_filled_within_the_allowed_countries(
    programmes: dict[str, Programme],
) -> None:
    companies = [
        Actor(id=20, name="Oy Yksi", country="FI"),
        Actor(id=21, name="Oy Kaksi", country="FI"),
        Actor(id=22, name="Oy Kolme", country="FI"),
        *MAP,
    ]
    partners = [partner_from_actor(companies[0]), partner_from_actor(MAP[0])]
    suggestions = suggest(
        programmes["business_finland_co_innovation"], partners, companies, [], [], limit=1
    )
    assert [(s.fills, s.actor_id) for s in suggestions] == [
        ("two_companies", 21),
        ("three_companies_with_research", 21),
    ]
    assert suggestions[0].reasons[0].values == {"kind": "Company"}


def test_nothing_is_suggested_when_every_rule_is_met(programmes: dict[str, Programme]) -> None:
    partners = [partner_from_actor(MAP[0]), partner_from_actor(MAP[2])]
    assert suggest(programmes["interreg_aurora"], partners, MAP, [], []) == []
    assert suggest(programmes["other"], [], MAP, [], []) == []


def test_a_name_ending_in_a_full_stop_does_not_double_the_stop() -> None:
    Sentence = say.Sentence  # noqa: N806 - the class under test
    tied = Sentence("It is tied to {name}.", {"name": "UK cluster org."})
    assert tied.text() == "It is tied to UK cluster org."
    assert Sentence("{name} is tied.", {"name": "Org."}).text() == "Org. is tied."
    assert Sentence("Tied to {name}.", {"name": "Lapin AMK"}).text() == "Tied to Lapin AMK."


def test_the_pic_rule_is_not_met_by_a_consortium_without_partners_that_count() -> None:
    horizon = load_programmes()["horizon_europe"]
    pic_rule = next(r for r in horizon.rules if r.kind == "pic_required")
    empty = {r.rule.id: r for r in check_consortium(horizon, [])}[pic_rule.id]
    assert not empty.met and empty.text() == "No partner that counts here yet."
    only_associated = [Partner(1, "FI", "research", "999999999", "associated", "A")]
    result = {r.rule.id: r for r in check_consortium(horizon, only_associated)}[pic_rule.id]
    assert not result.met
    counted = [Partner(1, "FI", "research", "999999999", "coordinator", "A")]
    assert {r.rule.id: r for r in check_consortium(horizon, counted)}[pic_rule.id].met
