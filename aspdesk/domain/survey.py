"""A survey round: which members of a cluster were asked, who answered, what it changed.

A round is kept in the map so that answers coming back weeks later can be matched to it
(by its ``token``, which every questionnaire carries hidden), so that the coordinator can
see who still has to answer, and so that the report can say what the round changed. Its
record is one lenient JSON document besides the token: like a saved view's state, it may
grow without a migration, and a damaged record reads as an empty one rather than failing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from enum import StrEnum

from aspdesk.domain.json_shape import as_int, as_object, as_text, list_of
from aspdesk.domain.records import record


class Action(StrEnum):
    """What an answer did to one entity of the map."""

    CONFIRMED = "confirmed"
    ENDED = "ended"
    CHANGED = "changed"
    ADDED = "added"


@record
class Answer:
    """One member's answer as collected: who, when it was answered, from which file."""

    actor_id: int
    answered_on: date
    file: str = ""


@record
class Change:
    """One entity an answer (or two agreeing answers) changed, and how."""

    entity_type: str
    entity_id: int
    action: Action
    actor_ids: tuple[int, ...] = ()


@record
class SurveyRound:
    """One round of questionnaires sent to the members of a cluster."""

    id: int | None = None
    token: str = ""
    cluster_id: int | None = None
    cluster_name: str = ""
    created_on: date | None = None
    due: date | None = None
    language: str = "en"
    asked: tuple[int, ...] = ()
    answers: tuple[Answer, ...] = ()
    changes: tuple[Change, ...] = ()

    def answered(self) -> set[int]:
        """The ids of the actors whose answer has been collected."""
        return {answer.actor_id for answer in self.answers}

    def waiting(self) -> tuple[int, ...]:
        """The actors asked who have not answered yet, in the order they were asked."""
        done = self.answered()
        return tuple(actor_id for actor_id in self.asked if actor_id not in done)

    def with_collected(
        self, answers: tuple[Answer, ...], changes: tuple[Change, ...]
    ) -> SurveyRound:
        """This round with more answers and the changes they made."""
        return replace(self, answers=self.answers + answers, changes=self.changes + changes)

    def record(self) -> dict[str, object]:
        """Everything but the id and token, as plain JSON values."""
        return {
            "cluster_id": self.cluster_id,
            "cluster_name": self.cluster_name,
            "created_on": _iso(self.created_on),
            "due": _iso(self.due),
            "language": self.language,
            "asked": list(self.asked),
            "answers": [
                {"actor_id": a.actor_id, "answered_on": a.answered_on.isoformat(), "file": a.file}
                for a in self.answers
            ],
            "changes": [
                {
                    "entity_type": c.entity_type,
                    "entity_id": c.entity_id,
                    "action": c.action.value,
                    "actor_ids": list(c.actor_ids),
                }
                for c in self.changes
            ],
        }

    @classmethod
    def from_record(cls, round_id: int | None, token: str, record: object) -> SurveyRound:
        """The round of ``record``; values that do not read are left at their defaults."""
        data = as_object(record) or {}
        return cls(
            id=round_id,
            token=token,
            cluster_id=as_int(data.get("cluster_id")),
            cluster_name=as_text(data.get("cluster_name")) or "",
            created_on=_date(data.get("created_on")),
            due=_date(data.get("due")),
            language=as_text(data.get("language")) or "en",
            asked=list_of(data.get("asked"), as_int, skip=True) or (),
            answers=list_of(data.get("answers"), _answer, skip=True) or (),
            changes=list_of(data.get("changes"), _change, skip=True) or (),
        )


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: object) -> date | None:
    text = as_text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _answer(value: object) -> Answer | None:
    data: Mapping[str, object] = as_object(value) or {}
    actor_id, answered_on = as_int(data.get("actor_id")), _date(data.get("answered_on"))
    if actor_id is None or answered_on is None:
        return None
    return Answer(actor_id, answered_on, as_text(data.get("file")) or "")


def _change(value: object) -> Change | None:
    data: Mapping[str, object] = as_object(value) or {}
    entity_type, entity_id = as_text(data.get("entity_type")), as_int(data.get("entity_id"))
    action = as_text(data.get("action"))
    if not entity_type or entity_id is None or action not in set(Action):
        return None
    actors = list_of(data.get("actor_ids"), as_int, skip=True) or ()
    return Change(entity_type, entity_id, Action(action), actors)


def summary(survey_round: SurveyRound) -> dict[Action, int]:
    """How many entities the round confirmed, ended, changed and added."""
    found = dict.fromkeys(Action, 0)
    for change in survey_round.changes:
        found[change.action] += 1
    return found


__all__ = ["Action", "Answer", "Change", "SurveyRound", "summary"]
