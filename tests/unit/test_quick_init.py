"""aspdesk.domain.quick_init: the quick __init__ makes the very instance the dataclass's
own makes, with the same parameters, and refuses the classes it cannot serve."""

from __future__ import annotations

import dataclasses
from dataclasses import InitVar, dataclass, field
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.quick_init import quick_init
from aspdesk.io.importing.batch import Candidate
from aspdesk.io.importing.problems import Problem
from aspdesk.io.merging.plan import MatchedBy, Outcome, PlanItem


@quick_init
@dataclass(frozen=True)
class _Mixed:
    first: int
    second: str = "b"
    listed: list[int] = field(default_factory=list)
    third: tuple[int, ...] = ()
    only: int = field(default=7, kw_only=True)
    needed: str = field(kw_only=True, default_factory=str)


def _both(cls: type, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
    ours = cls(*args, **kwargs)
    theirs = object.__new__(cls)
    cls.__dataclass_init__(theirs, *args, **kwargs)
    return ours, theirs


_TEXT = st.text(max_size=8)
_PROBLEM = st.builds(Problem, _TEXT, _TEXT, st.just({}), row=st.integers(0, 9))


@given(
    key=_TEXT,
    name=_TEXT,
    provided=st.frozensets(_TEXT, max_size=3),
    blocked=st.booleans(),
    row=st.integers(0, 10**6),
    problems=st.lists(_PROBLEM, max_size=2).map(tuple),
    positional=st.booleans(),
)
def test_a_candidate_is_the_one_the_dataclass_makes(
    key: str,
    name: str,
    provided: frozenset[str],
    blocked: bool,
    row: int,
    problems: tuple[Problem, ...],
    positional: bool,
) -> None:
    actor = Actor(name=name)
    if positional:
        ours, theirs = _both(Candidate, key, actor, provided, ("a",), blocked, "Toimijat", row)
    else:
        ours, theirs = _both(
            Candidate, key, actor, provided, blocked=blocked, row=row, problems=problems
        )
    assert ours == theirs and ours.__dict__ == theirs.__dict__ and repr(ours) == repr(theirs)


@given(
    outcome=st.sampled_from(Outcome),
    matched=st.sampled_from(MatchedBy),
    reason=_TEXT,
    changes=st.dictionaries(_TEXT, _TEXT, max_size=2),
    dropped=st.lists(_TEXT, max_size=2).map(tuple),
)
def test_a_plan_item_is_the_one_the_dataclass_makes(
    outcome: Outcome,
    matched: MatchedBy,
    reason: str,
    changes: dict[str, str],
    dropped: tuple[str, ...],
) -> None:
    candidate = Candidate("row 2", Actor(name="Kemi Oy"))
    for kwargs in (
        {},
        {"matched_by": matched, "changes": changes, "reason": reason},
        {"dropped": dropped, "droppable": True, "entity": candidate.entity},
    ):
        ours, theirs = _both(PlanItem, EntityType.ACTOR, candidate, outcome, **kwargs)
        assert ours == theirs and ours.__dict__ == theirs.__dict__
        assert list(vars(ours)) == [f.name for f in dataclasses.fields(PlanItem)]


def test_defaults_keyword_only_fields_and_fresh_factories() -> None:
    one, two = _Mixed(1), _Mixed(2, "x", [3], only=4, needed="n")
    assert (one.second, one.listed, one.third, one.only, one.needed) == ("b", [], (), 7, "")
    assert (two.second, two.listed, two.only, two.needed) == ("x", [3], 4, "n")
    assert one.listed is not _Mixed(1).listed  # each instance its own, as the factory says
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.first = 5  # type: ignore[misc]
    assert dataclasses.replace(two, second="y") == _Mixed(2, "y", [3], only=4, needed="n")
    for wrong in (
        lambda: _Mixed(),  # type: ignore[call-arg]
        lambda: _Mixed(1, "b", [], (), 7),  # type: ignore[misc]
        lambda: _Mixed(1, unknown=2),  # type: ignore[call-arg]
    ):
        with pytest.raises(TypeError):
            wrong()


def test_classes_it_cannot_serve_are_refused() -> None:
    @dataclass
    class Open:
        a: int

    @dataclass(frozen=True)
    class After:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True)
    class Given:
        a: int
        b: InitVar[int]

    @dataclass(frozen=True)
    class Derived:
        a: int
        b: int = field(init=False, default=0)

    @dataclass(frozen=True, slots=True)
    class Slotted:
        a: int

    @dataclass(frozen=True)
    class Clashing:
        _FACTORY: int

    for cls in (Open, After, Given, Derived, Slotted, Clashing, int):
        with pytest.raises(TypeError):
            quick_init(cls)
