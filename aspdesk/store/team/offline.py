"""Taking a team map offline: a map file that remembers the map and the point it came from.

The copy is written as "Save a copy as…" writes one (:func:`copy_to_file`), and its
origin (:mod:`aspdesk.store.offline`) is read in that same server transaction: the
latest change set it holds is exactly the point the copied rows are at.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from aspdesk.store.mapfile import MAP_ID_KEY
from aspdesk.store.offline import OfflineOrigin
from aspdesk.store.tables import change_set, map_info
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.copying import copy_to_file


def take_offline(
    engine: Engine, address: TeamAddress, destination: Path, shown: str = ""
) -> OfflineOrigin:
    """Write the team map behind ``engine`` (at ``address``) as an offline copy at
    ``destination``; the origin kept in it. Raises StoreError, having written nothing."""
    found: list[OfflineOrigin] = []

    def origin(source: Any) -> dict[str, str]:
        info = map_info
        values = dict(source.execute(select(info.c.key, info.c.value)).all())
        base = int(source.execute(select(func.max(change_set.c.id))).scalar() or 0)
        made = OfflineOrigin(
            address.url(),
            str(values.get(MAP_ID_KEY, "")),
            str(values.get("name", "")) or shown or address.database(),
            base,
            base,  # the copy's log is the server's, up to the base
            datetime.now(UTC),
        )
        found.append(made)
        return made.values()

    copy_to_file(engine, destination, origin)
    return found[0]
