"""Offline copies of a team map: taking one, and sending what changed in it back.

"Take a copy offline" writes the team map into a map file that remembers where it came
from (:mod:`aspdesk.store.offline`). "Send changes to the team map" opens that team map,
plans the copy into it as an import with the copy's base (:mod:`aspdesk.io.merging.threeway`:
three-way, per field), and the window shows the plan in the import preview; the send is
then one :class:`~aspdesk.app.importing.ImportData` step on the team map (one server
transaction, one undo step there). Afterwards the copy records the point it was sent at,
so a second send carries only what changed after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from aspdesk.app.document import Document
from aspdesk.domain.entities import EntityType
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.errors import StoreError
from aspdesk.store.offline import OfflineOrigin, read_origin, write_origin
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.location import TeamServer
from aspdesk.store.team.offline import take_offline

if TYPE_CHECKING:
    # The planner, the three-way base and the import's step come when a copy is sent,
    # not with every window (its File menu asks origin_of whether to offer sending).
    from aspdesk.io.importing.batch import ImportBatch
    from aspdesk.io.merging.planner import Decisions, ImportPlan
    from aspdesk.io.merging.threeway import OfflineBase
    from aspdesk.io.snapshot import MapSnapshot


class NotAnOfflineCopyError(StoreError):
    """The map is no offline copy of a team map: there is nothing to send back."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "{path} is not an offline copy of a team map, so it has no team map to send "
        "changes to. File > Take a copy offline on a team map makes one.",
    )


class OtherTeamMapError(StoreError):
    """The team map opened is not the one the copy was taken from."""

    message = QT_TRANSLATE_NOOP(
        "store",
        "The team map {path} is not the map this copy was taken from ({detail}), so "
        "nothing was sent. Open the copy's own team map to send its changes.",
    )


def offline_copy(document: Document, destination: Path) -> OfflineOrigin:
    """Write the team map of ``document`` as an offline copy at ``destination``; raises
    StoreError (nothing written) when it cannot."""
    server = document.store.file
    if not isinstance(server, TeamServer):
        raise StoreError("not a team map", path=str(document.path or ""))
    return take_offline(document.store.engine, server.address, destination, document.map_name())


def origin_of(document: Document) -> OfflineOrigin | None:
    """Where the map of ``document`` was taken offline from (None: not an offline copy)."""
    if document.team_address is not None:
        return None
    try:
        return read_origin(document.store.engine)
    except StoreError:
        return None


def origin_address(origin: OfflineOrigin) -> TeamAddress:
    """The address of the team map a copy came from."""
    return TeamAddress.parse(origin.address)[0]


@dataclass
class Sending:
    """An offline copy being sent to its team map: what the plan is made of."""

    copy: Document
    team: Document
    origin: OfflineOrigin
    batch: ImportBatch
    base: OfflineBase
    current: MapSnapshot
    next_ids: dict[EntityType, int]
    copy_latest: int
    # The server's ids the send's new rows took, by the planned ones (aspdesk.store.ids).
    taken: dict[EntityType, dict[int, int]] = field(default_factory=dict)

    def plan(self, decisions: Decisions | None = None) -> ImportPlan:
        from aspdesk.io.merging.planner import plan_import

        """What sending would do, with the user's ``decisions``."""
        return plan_import(self.batch, self.current, self.next_ids, decisions, self.base)


def start_sending(copy: Document, team: Document) -> Sending:
    """Read the copy, its base and the team map for a send; raises StoreError when the
    copy is none or ``team`` is not its map (nothing is written)."""
    from aspdesk.io.importing.batch import from_snapshot
    from aspdesk.io.merging.threeway import base_from_changes

    origin = origin_of(copy)
    if origin is None:
        raise NotAnOfflineCopyError(path=str(copy.path or copy.map_name()))
    if team.map_id() != origin.map_id:
        raise OtherTeamMapError(path=team.team_place() or team.map_name(), detail=origin.address)
    copy_latest = copy.latest_change_set()
    base = base_from_changes(copy.changes_after(origin.since), origin.ids)
    read = from_snapshot(copy.path.name if copy.path else copy.map_name(), copy.snapshot())
    # Only the entities travel: the map's name, views and survey rounds stay the team map's.
    batch = replace(read, name="", views=(), surveys=(), history=())
    return Sending(copy, team, origin, batch, base, team.snapshot(), team.next_ids(), copy_latest)


def send(sending: Sending, plan: ImportPlan, text: str) -> bool:
    """Store ``plan`` on the team map as one undo step named ``text``, then record in the
    copy that it was sent; False (nothing recorded) when the team map refused it. Raises
    StoreError when the team map took it but the copy could not record that."""
    if not store_sent(sending, plan, text):
        return False
    mark_sent(sending, plan)
    return True


def store_sent(sending: Sending, plan: ImportPlan, text: str) -> bool:
    """Store ``plan`` on the team map as one undo step named ``text``; False when the team
    map refused it (its document says why with ``edit_failed``)."""
    from aspdesk.app.importing import ImportData, prepare

    prepared = prepare(plan, sending.current)
    team = sending.team
    if prepared.empty:
        return True
    command = ImportData(team, prepared, text)
    stored = team.push(command)
    sending.taken = command.taken
    return stored


def mark_sent(sending: Sending, plan: ImportPlan) -> OfflineOrigin:
    """Record in the copy the point it was sent at, and the server's ids of what it added."""
    from aspdesk.io.merging.planner import Outcome
    from aspdesk.io.merging.threeway import type_key

    ids = dict(sending.origin.ids)
    for item in plan.items:
        copy_id = item.candidate.entity.id
        held = item.entity if item.outcome is Outcome.NEW else item.existing
        if held is None or not held.id:
            continue
        held_id = sending.taken.get(item.entity_type, {}).get(held.id, held.id)
        if copy_id is not None and held_id != copy_id:
            ids[type_key(item.entity_type, copy_id)] = held_id
    origin = replace(
        sending.origin,
        base=sending.team.latest_change_set(),
        since=sending.copy_latest,
        ids=ids,
    )
    write_origin(sending.copy.store.engine, origin)
    return origin
