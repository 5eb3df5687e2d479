"""The typed reader of JSON-shaped values: what each type accepts, and where a mismatch is."""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import Enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aspdesk.domain.json_shape import (
    Mismatch,
    Node,
    Wanted,
    as_bool,
    as_choice,
    as_int,
    as_list,
    as_number,
    as_object,
    as_text,
    list_of,
)


class Refused(Exception):
    """What the tests' readers raise: the mismatch, kept to look at."""

    def __init__(self, mismatch: Mismatch) -> None:
        super().__init__(mismatch.path)
        self.mismatch = mismatch


def _root(value: object) -> Node:
    return Node(value, "", Refused)


def _refused(read: Callable[[], object]) -> Mismatch:
    with pytest.raises(Refused) as raised:
        read()
    return raised.value.mismatch


# -- lenient ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [True, False])
def test_true_and_false_are_no_numbers(value: bool) -> None:
    assert as_int(value) is None and as_number(value) is None
    assert as_bool(value) is value


@pytest.mark.parametrize(
    ("value", "number"),
    [(0, 0.0), (-3, -3.0), (2.5, 2.5), (10**300, 1e300)],
)
def test_numbers_are_finite_floats(value: object, number: float) -> None:
    assert as_number(value) == number


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), 10**400, "1", None])
def test_what_is_no_finite_number(value: object) -> None:
    assert as_number(value) is None


def test_each_type_takes_only_its_own() -> None:
    values: list[object] = [None, True, 0, 1.5, "", "a", [], [1], {}, {"a": 1}]
    assert [v for v in values if as_int(v) is not None] == [0]
    assert [v for v in values if as_bool(v) is not None] == [True]
    assert [v for v in values if as_text(v) is not None] == ["", "a"]
    assert [v for v in values if as_list(v) is not None] == [[], [1]]
    assert [v for v in values if as_object(v) is not None] == [{}, {"a": 1}]


class Level(Enum):
    LOW = 1
    HIGH = 2


def test_a_choice_is_the_equal_option_and_true_is_not_one() -> None:
    assert as_choice("in", ("both", "out", "in")) == "in"
    assert as_choice("sideways", ("both", "out", "in")) is None
    assert as_choice([], ("both",)) is None  # unhashable values are simply not options
    assert as_choice(1, (0, 1)) == 1 and as_choice(True, (0, 1)) is None
    assert as_choice(True, (True, False)) is True
    levels = {level.value: level for level in Level}  # an enumeration, read by its values
    found = as_choice(2, levels)
    assert found is not None and levels[found] is Level.HIGH
    assert as_choice(True, levels) is None


def test_a_list_of_a_type_is_all_of_that_type_or_none() -> None:
    assert list_of([1, 2], as_int) == (1, 2)
    assert list_of([], as_int) == ()
    assert list_of([1, True], as_int) is None
    assert list_of("12", as_int) is None and list_of({"a": 1}, as_int) is None
    assert list_of([1, True, "x", 3], as_int, skip=True) == (1, 3)
    assert list_of(None, as_int, skip=True) is None


# -- strict: each wrong shape, located ----------------------------------------------------


DOCUMENT = {
    "name": "Lapin klusterit",
    "actors": [
        {"id": 1, "name": "Lapin liitto", "x": 1.5, "pinned": True},
        {"id": 2, "name": 5, "x": "1.5", "pinned": "yes", "tags": ["a", 1]},
    ],
    "sets": {"nordic": {"countries": ["FI", "SE"]}},
}


@pytest.mark.parametrize(
    ("read", "wanted", "path"),
    [
        (
            lambda r: r.field("actors").items()[1].field("name").text(),
            Wanted.TEXT,
            "actors[1].name",
        ),
        (lambda r: r.field("actors").items()[1].field("x").number(), Wanted.NUMBER, "actors[1].x"),
        (
            lambda r: r.field("actors").items()[1].field("pinned").boolean(),
            Wanted.BOOLEAN,
            "actors[1].pinned",
        ),
        (
            lambda r: r.field("actors").items()[0].field("pinned").integer(),
            Wanted.INTEGER,
            "actors[0].pinned",
        ),
        (
            lambda r: r.field("actors").items()[0].field("pinned").number(),
            Wanted.NUMBER,
            "actors[0].pinned",
        ),
        (lambda r: r.field("actors").items()[1].field("email"), Wanted.FIELD, "actors[1].email"),
        (lambda r: r.field("name").mapping(), Wanted.OBJECT, "name"),
        (lambda r: r.field("name").field("first"), Wanted.OBJECT, "name"),
        (lambda r: r.field("name").items(), Wanted.LIST, "name"),
        (lambda r: r.field("sets").sequence(), Wanted.LIST, "sets"),
        (
            lambda r: r.field("actors").items()[1].field("tags").list_of(Node.text),
            Wanted.TEXT,
            "actors[1].tags[1]",
        ),
        (
            lambda r: r.field("sets").entries()[0][1].field("countries").items(1)[1].integer(),
            Wanted.INTEGER,
            "sets.nordic.countries[2]",
        ),
        (
            lambda r: r.field("actors").items()[0].field("id").integer(least=2),
            Wanted.INTEGER,
            "actors[0].id",
        ),
        (
            lambda r: r.field("actors").items()[1].field("id").integer(most=1),
            Wanted.INTEGER,
            "actors[1].id",
        ),
        (lambda r: r.field("name").renamed("title").integer(), Wanted.INTEGER, "title"),
    ],
)
def test_a_wrong_shape_names_what_was_wanted_and_where(
    read: Callable[[Node], object], wanted: Wanted, path: str
) -> None:
    mismatch = _refused(lambda: read(_root(DOCUMENT)))
    assert (mismatch.wanted, mismatch.path) == (wanted, path)


def test_a_missing_field_names_its_key_and_path() -> None:
    actor = _root(DOCUMENT).field("actors").items()[0]
    mismatch = _refused(lambda: actor.field("business_id"))
    assert mismatch == Mismatch(Wanted.FIELD, "actors[0].business_id", None, "business_id")
    assert _refused(lambda: _root({}).field("version")).path == "version"


def test_a_mismatch_carries_the_value_found() -> None:
    mismatch = _refused(lambda: _root({"strength": True}).field("strength").integer())
    assert mismatch.value is True and mismatch.wanted is Wanted.INTEGER


def test_values_of_the_right_shape_are_given() -> None:
    root = _root(DOCUMENT)
    first = root.field("actors").items()[0]
    assert first.field("id").integer(1, 1) == 1 and first.field("x").number() == 1.5
    assert first.field("pinned").boolean() is True and root.field("name").text().startswith("Lapin")
    assert root.field("sets").entries()[0][0] == "nordic"
    countries = root.field("sets").field("nordic").field("countries")
    assert countries.list_of(Node.text) == ("FI", "SE")
    assert [n.path for n in countries.items(start=1)] == [
        "sets.nordic.countries[1]",
        "sets.nordic.countries[2]",
    ]


def test_a_default_stands_in_for_a_missing_field_but_not_for_a_wrong_one() -> None:
    root = _root({"views": "none"})
    assert root.field("projects", []).items() == []
    assert root.field("projects", []).path == "projects"
    assert _refused(lambda: root.field("views", []).items()).path == "views"


def test_null_is_none_where_it_may_be_and_wrong_where_it_may_not() -> None:
    root = _root({"x": None, "y": 2})
    assert root.field("x").optional(Node.number) is None
    assert root.field("y").optional(Node.number) == 2.0
    assert _refused(lambda: root.field("x").number()).wanted is Wanted.NUMBER


def test_another_complaint_goes_to_the_nodes_read_from_it() -> None:
    class IdsRefused(Refused):
        pass

    node = _root({"ids": [1, "2"]}).field("ids").with_fail(IdsRefused)
    with pytest.raises(IdsRefused) as raised:
        node.list_of(Node.integer)
    assert raised.value.mismatch.path == "ids[1]"
    assert node.path == "ids"


def test_the_complaint_is_what_is_raised() -> None:
    def complain(mismatch: Mismatch) -> ValueError:
        return ValueError(f"{mismatch.path} must be {mismatch.wanted.value}")

    with pytest.raises(ValueError, match=r"^a\[0\] must be integer$"):
        Node({"a": [False]}, "", complain).field("a").items()[0].integer()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=6,
)
READS: list[Callable[[Node], object]] = [
    Node.mapping,
    Node.sequence,
    Node.text,
    Node.integer,
    Node.number,
    Node.boolean,
    Node.entries,
    Node.items,
    lambda n: n.field("a"),
    lambda n: n.list_of(Node.integer),
    lambda n: n.optional(Node.text),
]


@given(value=JSON, read=st.sampled_from(READS))
def test_any_value_is_read_or_refused_and_nothing_else(
    value: object, read: Callable[[Node], object]
) -> None:
    try:
        read(Node(value, "x", Refused))
    except Refused as refused:
        assert refused.mismatch.path.startswith("x")


def test_json_numbers_read_as_python_reads_them() -> None:
    document = json.loads('{"a": 1e400, "b": 1.0, "c": 12345678901234567890}')
    root = _root(document)
    assert _refused(lambda: root.field("a").number()).path == "a"  # json reads 1e400 as inf
    assert _refused(lambda: root.field("b").integer()).wanted is Wanted.INTEGER
    assert root.field("c").integer() == 12345678901234567890
