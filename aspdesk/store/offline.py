"""Where an offline copy of a team map came from, kept in the copy's ``map_info``.

"Take a copy offline" writes a team map into a map file (:mod:`aspdesk.store.team.copying`)
and, in the same read of the server, these facts into the file's ``map_info`` (no new
table, no migration):

- ``offline_of``: the team map's address, never its password;
- ``offline_map``: the team map's own id, so that a copy is sent back only to its map;
- ``offline_name``: the team map's name as it was, for the note on opening;
- ``offline_base``: the server's change sequence number (its latest ``change_set``) the
  copy was taken at, or last sent at;
- ``offline_since``: the copy's own latest change set at that moment;
- ``offline_taken``: when, as ISO time in UTC;
- ``offline_ids``: the server's ids of what the copy added and sent (JSON), so that a
  later send changes those, not other things under the copy's ids.

Why the base is read from the log and not from a second snapshot: the copy's change log
starts as the team map's (the copy takes it whole), and every edit made offline adds a
set after ``offline_since``. Those sets say what changed offline, and the first old value
of each field in them is that field's value at the base; an entity removed offline is
there whole. Fields the copy never changed need no base: the server's value stays. A
snapshot would hold the same values for every field, changed or not, and double the file.
Reading the base back is :func:`aspdesk.io.merging.threeway.base_from_changes`.
"""

from __future__ import annotations

import json
from dataclasses import field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.errors import StoreError
from aspdesk.store.notes import Note
from aspdesk.store.tables import map_info

OF, MAP, NAME, BASE, SINCE, TAKEN, IDS = (
    "offline_of",
    "offline_map",
    "offline_name",
    "offline_base",
    "offline_since",
    "offline_taken",
    "offline_ids",
)
KEYS = (OF, MAP, NAME, BASE, SINCE, TAKEN, IDS)

OFFLINE_COPY = QT_TRANSLATE_NOOP(
    "Access",
    "An offline copy of {name} ({address}), taken {taken}. File > Send changes to the team "
    "map sends what you change here back to it.",
)

_TABLE: Any = map_info


@record
class OfflineOrigin:
    """The team map an offline copy came from, and the point it was taken (or last sent) at.

    ``ids`` maps "type:copy id" to the server's id of what the copy added and sent.
    """

    address: str
    map_id: str
    name: str
    base: int
    since: int
    taken: datetime
    ids: dict[str, int] = field(default_factory=dict)

    def values(self) -> dict[str, str]:
        """The origin as ``map_info`` keys and values."""
        return {
            OF: self.address,
            MAP: self.map_id,
            NAME: self.name,
            BASE: str(self.base),
            SINCE: str(self.since),
            TAKEN: self.taken.astimezone(UTC).isoformat(),
            IDS: json.dumps(self.ids, sort_keys=True),
        }

    @classmethod
    def from_values(cls, values: dict[str, str]) -> OfflineOrigin | None:
        """The origin in ``map_info``'s values; None when the map is no offline copy (or
        the keys are damaged, which makes it a plain map again)."""
        if not values.get(OF) or not values.get(MAP):
            return None
        try:
            taken = datetime.fromisoformat(values.get(TAKEN, ""))
            ids = json.loads(values.get(IDS) or "{}")
            return cls(
                values[OF],
                values[MAP],
                values.get(NAME, ""),
                int(values.get(BASE, "")),
                int(values.get(SINCE, "")),
                taken if taken.tzinfo else taken.replace(tzinfo=UTC),
                {str(k): int(v) for k, v in dict(ids).items()},
            )
        except (ValueError, TypeError, AttributeError):
            return None

    def shown(self) -> str:
        """The team map as the window names it: database and server ("db @ server")."""
        from aspdesk.store.errors import StoreError
        from aspdesk.store.team.address import TeamAddress

        try:
            address = TeamAddress.parse(self.address)[0]
        except StoreError:
            return self.address
        return f"{address.database() or '?'} @ {address.server()}"

    def note(self) -> Note:
        """What opening the copy tells the user."""
        when = self.taken.astimezone().strftime("%Y-%m-%d %H:%M")
        return Note(
            (OFFLINE_COPY,),
            {"name": self.name or self.address, "address": self.shown(), "taken": when},
        )


def read_origin(engine: Engine) -> OfflineOrigin | None:
    """Where the map behind ``engine`` was taken offline from (None: not an offline copy)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(_TABLE.c.key, _TABLE.c.value).where(_TABLE.c.key.in_(KEYS))
            ).all()
    except SQLAlchemyError as error:
        raise StoreError(str(error)) from error
    return OfflineOrigin.from_values({str(k): str(v) for k, v in rows})


def write_origin(engine: Engine, origin: OfflineOrigin) -> None:
    """Keep ``origin`` in the map's ``map_info``, in one transaction (not a change of the
    map's own: the log does not record it)."""
    try:
        with engine.begin() as connection:
            connection.execute(delete(_TABLE).where(_TABLE.c.key.in_(KEYS)))
            connection.execute(
                insert(_TABLE), [{"key": k, "value": v} for k, v in origin.values().items()]
            )
    except SQLAlchemyError as error:
        raise StoreError(str(error)) from error
