"""The survey rounds of an open map, each call one short transaction.

A round is written whole: creating it, collecting answers into it and undoing either put
the round's record as it then is (:func:`put_rows`), in the same transaction as the
entities an answer changes (:meth:`aspdesk.store.repository.MapStore.apply`). On a team
map such a write carries the rounds as its user saw them, and is refused when someone else
collected answers into one (or deleted it) since (:func:`check_rounds`).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence, Set
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Engine, delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from aspdesk.domain.change_values import RECORD
from aspdesk.domain.changes import SURVEY_ROUND
from aspdesk.domain.survey import SurveyRound
from aspdesk.store.changes import recorder
from aspdesk.store.dialects import issued_ids
from aspdesk.store.errors import ConflictError, StoreError, cause
from aspdesk.store.rows import MISSING_REFERENCE
from aspdesk.store.stale import StaleEditError, StaleField, gone, last_change
from aspdesk.store.tables import survey_rounds

if TYPE_CHECKING:
    from sqlalchemy import Connection


def _round(row: Any) -> SurveyRound:
    """The round in ``row`` (a mapped object or a Core row)."""
    try:
        record = json.loads(row.record)
    except (ValueError, RecursionError):  # a damaged record: the round, without its details
        record = {}
    return SurveyRound.from_record(row.id, row.token, record)


def put_rows(
    connection: Connection, rounds: Iterable[SurveyRound], quiet: Set[int] = frozenset()
) -> None:
    """Store ``rounds`` as given: a round with an id replaces the stored one (or comes back
    under that id after an undo). Those ``quiet`` names are recorded by the caller."""
    table = survey_rounds
    for survey_round in rounds:
        text = json.dumps(survey_round.record(), ensure_ascii=False)
        row = None
        if survey_round.id:
            query = select(table).where(table.c.id == survey_round.id)
            row = connection.execute(query).first()
        if row is None:
            values: dict[str, Any] = {"token": survey_round.token, "record": text}
            if survey_round.id is not None:
                values["id"] = survey_round.id
            made = cast("CursorResult[Any]", connection.execute(insert(table).values(values)))
            new_id = int((made.inserted_primary_key or (0,))[0])
            if new_id not in quiet:
                recorder(connection).made(SURVEY_ROUND, new_id, replace(survey_round, id=new_id))
        elif (row.token, row.record) != (survey_round.token, text):
            was = _round(row)
            change = {"token": survey_round.token, "record": text}
            connection.execute(update(table).where(table.c.id == row.id).values(change))
            recorder(connection).changed(SURVEY_ROUND, row.id, RECORD, was, survey_round)


def remove_rows(connection: Connection, ids: Iterable[int], quiet: Set[int] = frozenset()) -> None:
    """Delete the rounds ``ids`` (those ``quiet`` names are recorded by the caller)."""
    wanted = list(ids)
    if wanted:
        for row in connection.execute(select(survey_rounds).where(survey_rounds.c.id.in_(wanted))):
            if row.id not in quiet:
                recorder(connection).removed(SURVEY_ROUND, row.id, _round(row))
        connection.execute(delete(survey_rounds).where(survey_rounds.c.id.in_(wanted)))


def check_rounds(
    connection: Connection,
    seen: Sequence[SurveyRound],
    writes: Sequence[SurveyRound],
    deletes: Collection[int],
) -> None:
    """Refuse a write of survey rounds (``writes``, ``deletes``) when one of them was
    changed (answers collected into it) or deleted by someone else since its user ``seen``
    it; their rows are locked until the write ends."""
    new = {r.id: r for r in writes}
    for was in seen:
        if was.id is None:
            continue
        name = f"{was.cluster_name} ({was.created_on})" if was.created_on else was.cluster_name
        query = select(survey_rounds).where(survey_rounds.c.id == was.id)
        row = connection.execute(query.with_for_update()).first()
        if row is None:
            raise gone(connection, SURVEY_ROUND, was.id, name) or ConflictError(MISSING_REFERENCE)
        now = _round(row)
        if json.dumps(now.record(), sort_keys=True) == json.dumps(was.record(), sort_keys=True):
            continue
        author, at = last_change(connection, SURVEY_ROUND, was.id, RECORD)
        stale = StaleField(RECORD, was, now, new.get(was.id), author, at)
        raise StaleEditError(SURVEY_ROUND, was.id, name, (stale,), deleting=was.id in deletes)


def rounds_of(connection: Connection, ids: Iterable[int]) -> dict[int, SurveyRound]:
    """The rounds ``ids`` that are there, by id."""
    rows = connection.execute(select(survey_rounds).where(survey_rounds.c.id.in_(list(ids))))
    return {row.id: _round(row) for row in rows}


class SurveyStore:
    """The survey rounds of one map, oldest first."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine  # only read here, through Core: no write, no ORM

    def all(self) -> list[SurveyRound]:
        """Every round, in the order they were made."""
        try:
            with self._engine.connect() as connection:
                rows = connection.execute(select(survey_rounds).order_by(survey_rounds.c.id))
                return [_round(row) for row in rows]
        except SQLAlchemyError as error:
            raise StoreError(cause(error)) from error

    def next_id(self) -> int:
        """The id the next new round gets (ids are never handed out twice)."""
        try:
            with self._engine.connect() as connection:
                largest = connection.scalar(select(func.max(survey_rounds.c.id)))
                seq = issued_ids(connection).get("survey_rounds", 0)
        except SQLAlchemyError as error:
            raise StoreError(cause(error)) from error
        return max(largest or 0, int(seq or 0)) + 1
