"""``@record`` behaves as ``@dataclass(frozen=True)`` for the same declarations."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import FrozenInstanceError, dataclass, field
from typing import Any, ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aspdesk.domain.records import record


def _pair(body: dict[str, Any], annotations: dict[str, str]) -> tuple[type, type]:
    """The same class declared twice: made by record and by dataclass(frozen=True)."""

    def declared(name: str) -> type:
        namespace = {"__annotations__": dict(annotations), "__module__": __name__}
        namespace.update(body)
        return type(name, (), namespace)

    return record(declared("Made")), dataclass(frozen=True)(declared("Made"))


PLAIN = (
    {"b": 2, "c": field(default_factory=tuple), "d": field(default=0.5, compare=False)},
    {"a": "int", "b": "int", "c": "tuple[int, ...]", "d": "float"},
)
KW = (
    {"b": field(default="x", kw_only=True), "c": field(default=(), repr=False, hash=False)},
    {"a": "str", "b": "str", "c": "tuple[int, ...]"},
)


def _post_init(self: Any) -> None:
    object.__setattr__(self, "twice", self.a * 2)


POST = (
    {"twice": field(default=0, init=False), "__post_init__": _post_init},
    {"a": "int", "twice": "int"},
)


def _same(ours: object, theirs: object) -> None:
    assert repr(ours) == repr(theirs)
    assert vars(ours) == vars(theirs)
    assert hash(ours) == hash(theirs)


values = st.one_of(st.integers(), st.text(max_size=5), st.tuples(st.integers()))


@given(a=values, b=values, other_a=values)
def test_made_compared_hashed_and_shown_as_a_frozen_dataclass(a: Any, b: Any, other_a: Any) -> None:
    ours, theirs = _pair(*PLAIN)
    _same(ours(a, b), theirs(a, b))
    _same(ours(a), theirs(a))
    _same(ours(a=a, c=(1,), d=3.0), theirs(a=a, c=(1,), d=3.0))
    assert (ours(a, b) == ours(other_a, b)) == (theirs(a, b) == theirs(other_a, b))
    # d is not compared, nor hashed
    assert ours(a, b, (), 1.0) == ours(a, b, (), 2.0)
    assert hash(ours(a, b, (), 1.0)) == hash(ours(a, b, (), 2.0))
    assert ours(a).c == () and "c" in vars(ours(a))  # the factory's value
    assert ours(a) != theirs(a)  # another class
    assert ours(a).__eq__(theirs(a)) is NotImplemented


@given(a=st.text(max_size=5), b=st.text(max_size=5))
def test_keyword_only_hidden_and_unhashed_fields(a: str, b: str) -> None:
    ours, theirs = _pair(*KW)
    _same(ours(a, b=b, c=(1,)), theirs(a, b=b, c=(1,)))
    assert "c=" not in repr(ours(a))
    assert ours(a, (1,)).c == (1,)  # c comes after a; b is keyword-only
    with pytest.raises(TypeError):
        ours(a, b, (1,))
    assert hash(ours(a, c=(1,))) == hash(ours(a, c=(2,)))


def test_post_init_and_init_false_fields() -> None:
    ours, theirs = _pair(*POST)
    _same(ours(4), theirs(4))
    assert ours(4).twice == 8
    with pytest.raises(TypeError):
        ours(4, 1)


def test_frozen_as_a_frozen_dataclass() -> None:
    ours, _theirs = _pair(*PLAIN)
    made = ours(1)
    for change in (
        lambda: setattr(made, "a", 2),
        lambda: setattr(made, "new", 2),
        lambda: delattr(made, "a"),
    ):
        with pytest.raises(FrozenInstanceError):
            change()

    class Sub(ours):  # type: ignore[misc,valid-type]
        pass

    sub = Sub(1)
    sub.extra = 3  # a subclass's own attribute, as a frozen dataclass allows
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'a'"):
        sub.a = 2
    assert sub != ours(1)


def test_dataclass_functions_see_a_frozen_dataclass() -> None:
    ours, theirs = _pair(*PLAIN)
    made = ours(1, 2)
    assert dataclasses.is_dataclass(made)
    assert [f.name for f in dataclasses.fields(made)] == ["a", "b", "c", "d"]
    assert dataclasses.replace(made, b=5) == ours(1, 5)
    assert dataclasses.asdict(made) == dataclasses.asdict(theirs(1, 2))
    assert ours.__dataclass_params__.frozen and ours.__dataclass_params__.eq  # type: ignore[attr-defined]
    assert ours.__match_args__ == theirs.__match_args__  # type: ignore[attr-defined]
    assert copy.deepcopy(made) == made
    # a dataclass of a record's fields inherits as from a frozen dataclass
    with pytest.raises(TypeError, match="non-frozen"):
        dataclass(type("Child", (ours,), {"__annotations__": {"e": "int"}, "e": 0}))


def test_a_record_pickles() -> None:
    assert pickle.loads(pickle.dumps(Point(1, 2))) == Point(1, 2)


@record
class Point:
    """A record a test can pickle (a module-level class)."""

    x: int
    y: int = 0
    ORIGIN: ClassVar[int] = 0


def test_what_record_cannot_make_is_left_to_dataclass() -> None:
    @record
    class Slotted:
        __slots__ = ("a",)
        a: int

    @record
    class OwnRepr:
        a: int

        def __repr__(self) -> str:
            return "own"

    assert repr(OwnRepr(1)) == "own"
    assert OwnRepr(1) == OwnRepr(1)
    assert Slotted(1) == Slotted(1)
    with pytest.raises(FrozenInstanceError):
        OwnRepr(1).a = 2  # type: ignore[misc]
