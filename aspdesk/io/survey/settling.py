"""Settling what both ends of a tie said: one candidate when they agree, an error when not.

A tie is reported by the answers of one or both of its ends. When both answer about a tie
and say the same, one candidate carries both as its source; when they differ, or when one
adds a partner that answered too and did not name it back, the tie becomes a row with an
error that says who said what: the coordinator decides, nothing is guessed. A partner added
that the map already links in the same way is a confirmation of that tie.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from aspdesk.domain.entities import EntityType, Relationship
from aspdesk.domain.survey import Action
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.importing.batch import Candidate
from aspdesk.io.importing.problems import Problem
from aspdesk.io.survey.messages import DISAGREE, LEFT_OUT, SAID

if TYPE_CHECKING:
    from aspdesk.io.survey.collect import _Collector, _Report

_ACTIONS = {
    "confirm": Action.CONFIRMED,
    "end": Action.ENDED,
    "change": Action.CHANGED,
    "add": Action.ADDED,
}


def settle(collector: _Collector) -> None:
    """Turn the collector's reports into tie candidates (and disagreements)."""
    reports = _known_added(collector)
    for key in sorted(reports):
        said = reports[key]
        sides = {r.actor_id for r in said}
        first = said[0]
        if len(said) > len(sides):
            said = [next(r for r in said if r.actor_id == side) for side in sorted(sides)]
        if len(said) == 2 and _what(said[0]) != _what(said[1]):
            _disagree(
                collector,
                key,
                said,
                DISAGREE,
                first=collector.actors[said[0].actor_id].name,
                first_said=_said(collector, said[0]),
                second=collector.actors[said[1].actor_id].name,
                second_said=_said(collector, said[1]),
            )
            continue
        if key.startswith("add|") and len(said) == 1:
            partner = _other_end(collector, key, first.actor_id)
            if partner is not None and partner in collector.answered:
                _disagree(
                    collector,
                    key,
                    said,
                    LEFT_OUT,
                    first=collector.actors[first.actor_id].name,
                    second=collector.actors[partner].name,
                )
                continue
        _candidate(collector, key, said)


def _known_added(collector: _Collector) -> dict[str, list[_Report]]:
    """The reports, with a partner added whom the map already ties the same way taken as
    a confirmation of that tie."""
    found: dict[str, list[_Report]] = {}
    for key, said in collector.reports.items():
        if key.startswith("add|"):
            _, one, other, kind = key.split("|", 3)
            tie = _existing(collector, one, other, kind)
            if tie is not None:
                for report in said:
                    found.setdefault(f"r{tie.id}", []).append(
                        replace(report, action="confirm", type=tie.type, strength=tie.strength)
                    )
                continue
        found.setdefault(key, []).extend(said)
    return found


def _existing(collector: _Collector, one: str, other: str, kind: str) -> Relationship | None:
    if not (one.startswith("a") and other.startswith("a")):
        return None  # a new organisation has no ties yet
    ends = {int(one[1:]), int(other[1:])}
    for tie in collector.ties.values():
        if tie.type == kind and {tie.source_id, tie.target_id} == ends and tie.end_date is None:
            return tie
    return None


def _other_end(collector: _Collector, key: str, actor_id: int) -> int | None:
    _, one, other, _kind = key.split("|", 3)
    mine = f"a{actor_id}"
    theirs = other if one == mine else one
    return int(theirs[1:]) if theirs.startswith("a") and theirs[1:].isdigit() else None


def _what(report: _Report) -> tuple[str, str, int | None]:
    return report.action, report.type, report.strength


def _said(collector: _Collector, report: _Report) -> str:
    text = collector._tr("survey", SAID.get(report.action, SAID["confirm"]))
    label = next(
        (
            t.label(collector.language)
            for t in collector.current.terms.get(Vocabulary.RELATION_TYPE, ())
            if t.code == report.type
        ),
        report.type,
    )
    return text.format(type=label, strength=report.strength or "")


def _ends(collector: _Collector, key: str, said: list[_Report]) -> tuple[str, str]:
    if key.startswith("r"):
        tie = collector.ties[int(key[1:])]
        return collector._actor_key(tie.source_id), collector._actor_key(tie.target_id)
    _, one, other, _kind = key.split("|", 3)
    mine = f"a{said[0].actor_id}"
    return (mine, other if one == mine else one)


def _disagree(
    collector: _Collector, key: str, said: list[_Report], message: str, **values: str
) -> None:
    report = said[0]
    problem = Problem(
        report.file, message, values, "survey", sheet=report.cell.sheet, row=report.cell.row
    )
    collector.batch.problems.append(problem)
    tie = collector.ties.get(int(key[1:])) if key.startswith("r") else None
    entity = replace(tie, id=None) if tie is not None else Relationship(type=report.type)
    collector.batch.relationships.append(
        Candidate(
            key,
            entity,
            frozenset(),
            _ends(collector, key, said),
            blocked=True,
            problems=(problem,),
            **_place(collector, report),  # type: ignore[arg-type]
        )
    )


def _place(collector: _Collector, report: _Report) -> dict[str, object]:
    actor = collector.actors[report.actor_id].name
    return {"sheet": f"{report.file} / {report.cell.sheet}", "row": report.cell.row, "item": actor}


def _candidate(collector: _Collector, key: str, said: list[_Report]) -> None:
    report = said[0]
    actors = tuple(sorted({r.actor_id for r in said}))
    today = collector.today
    provided = {"last_verified", "source_info"}
    values: dict[str, object] = {"last_verified": today, "source_info": collector._source(actors)}
    action = _ACTIONS[report.action]
    if key.startswith("r"):
        tie = collector.ties[int(key[1:])]
        assert tie.id is not None
        collector.same_as[key] = tie.id
        base = replace(tie, id=None)
        if report.action == "end":
            values["end_date"] = today
        elif report.action == "change":
            if report.type != tie.type:
                values["type"] = report.type
            if report.strength is not None and report.strength != tie.strength:
                values["strength"] = report.strength
            if not ({"type", "strength"} & set(values)):
                action = Action.CONFIRMED
    else:
        base = Relationship(type=report.type)
        values["type"] = report.type
        if report.strength is not None:
            values["strength"] = report.strength
    provided |= set(values)
    collector.batch.relationships.append(
        Candidate(
            key,
            replace(base, **values),  # type: ignore[arg-type]
            frozenset(provided),
            _ends(collector, key, said),
            **_place(collector, report),  # type: ignore[arg-type]
        )
    )
    collector.take.add((EntityType.RELATIONSHIP, key))
    collector.collected.actions[(EntityType.RELATIONSHIP, key)] = (action, actors)
