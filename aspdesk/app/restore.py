"""Restoring a map from one of its backup copies, as one undoable step.

The restore does not swap files under the open map: it reads the copy (through a scratch
copy, so an old copy is migrated without touching it), then replaces every entity and
saved view of the map with the copy's in one transaction. Undo puts the replaced entities
and views back, ids, order and all.
Before anything changes, the current map is itself copied into the backups folder
("before-restore"), so even after the undo history is gone nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

from aspdesk.app.commands import StoreCommand
from aspdesk.app.document import Document
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Entity, EntityType
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.backups import BEFORE_RESTORE, make_backup
from aspdesk.store.opening import Purpose, open_map

# What refers to what: delete in this order, insert in the reverse.
_DELETE_ORDER = (
    EntityType.PROJECT_PARTNER,
    EntityType.PROJECT,
    EntityType.RELATIONSHIP,
    EntityType.MEMBERSHIP,
    EntityType.CONTACT,
    EntityType.CLUSTER,
    EntityType.ACTOR,
)


def read_backup(backup: Path) -> MapSnapshot:
    """Everything in the backup copy at ``backup``, which is left exactly as it is (an old
    copy is migrated in a private copy, see :mod:`aspdesk.store.opening`)."""
    store = open_map(backup, backup.parent, purpose=Purpose.READ)
    try:
        return snapshot_of(store)
    finally:
        store.close()


def _in_order(snapshot: MapSnapshot) -> list[Entity]:
    by_type = snapshot.entities()
    return [e for t in reversed(_DELETE_ORDER) for e in by_type[t]]


class RestoreBackup(StoreCommand):
    """Replace the map's contents (saved views too) with a backup copy's; undo brings the
    old ones back."""

    def __init__(
        self, document: Document, copy: MapSnapshot, backup_dir: Path | None, text: str
    ) -> None:
        super().__init__(document, text)
        self.copy = copy
        self.backup_dir = backup_dir
        self.replaced: MapSnapshot | None = None

    def do(self) -> None:
        store = self.document.store
        if self.replaced is None:
            if self.backup_dir is not None and store.path is not None:
                make_backup(
                    store.path, self.backup_dir, reason=BEFORE_RESTORE, map_id=store.map_id()
                )
            self.replaced = snapshot_of(store)
        self._swap(self.replaced, self.copy)

    def revert(self) -> None:
        assert self.replaced is not None
        self._swap(self.copy, self.replaced)

    def _swap(self, old: MapSnapshot, new: MapSnapshot) -> None:
        gone = _in_order(old)
        renamed = bool(new.name) and new.name != old.name
        self.document.store.apply(
            _in_order(new),
            deletes=[(e.entity_type, e.id) for e in reversed(gone) if e.id is not None],
            views=new.views,
            view_deletes=[v.id for v in old.views if v.id is not None],
            rounds=new.surveys,
            round_deletes=[r.id for r in old.surveys if r.id is not None],
            delete_first=True,
            terms=new.terms,
            map_name=new.name if renamed else None,
        )
        if renamed:
            self.document.map_renamed.emit(new.name)
        if old.views or new.views:
            self.document.views_changed.emit(-1)
        if old.surveys or new.surveys:
            self.document.surveys_changed.emit()
        self.document.reload_terms()
        kept = {(e.entity_type, e.id) for e in _in_order(new)}
        self.document.forget(
            Ref(e.entity_type, e.id)
            for e in gone
            if e.id is not None and (e.entity_type, e.id) not in kept
        )
        ids: dict[EntityType, set[int]] = {t: set() for t in EntityType}
        for entity in (*gone, *_in_order(new)):
            if entity.id is not None:
                ids[entity.entity_type].add(entity.id)
        for entity_type in reversed(_DELETE_ORDER):
            if ids[entity_type]:
                self.document.notify_ids(entity_type, sorted(ids[entity_type]))
