"""Survey rounds in a JSON backup: written whole, read leniently.

A round's record is read as the map reads it (:meth:`SurveyRound.from_record`): a round
that lost a detail is still worth keeping, so only a round without a usable id or token,
or one whose id or token came before, is left out, never the whole backup refused.
"""

from __future__ import annotations

from typing import Any

from aspdesk.domain.json_shape import Node, as_int, as_text
from aspdesk.domain.survey import SurveyRound


def plain_rounds(rounds: tuple[SurveyRound, ...]) -> list[dict[str, Any]]:
    """The rounds as JSON values, in id order."""
    ordered = sorted(rounds, key=lambda r: r.id or 0)
    return [{"id": r.id, "token": r.token, **r.record()} for r in ordered]


def rounds_of(top: Node) -> tuple[SurveyRound, ...]:
    """The rounds of a backup's document; one from before rounds has none."""
    found: list[SurveyRound] = []
    ids: set[int] = set()
    tokens: set[str] = set()
    for item in top.field("surveys", []).items():
        data = item.mapping()
        round_id, token = as_int(data.get("id")), as_text(data.get("token"))
        if round_id is None or round_id < 1 or not token or round_id in ids or token in tokens:
            continue
        ids.add(round_id)
        tokens.add(token)
        found.append(SurveyRound.from_record(round_id, token, data))
    return tuple(found)
