"""Sending an offline copy back to its team map: the planner's three-way comparison.

An offline copy (:mod:`aspdesk.store.offline`) is planned into its team map as an
import of the whole copy (:func:`~aspdesk.io.importing.batch.from_snapshot`), with the
base the copy was taken at (:class:`OfflineBase`). With a base, :func:`plan_import
<aspdesk.io.merging.planner.plan_import>` matches by id only (the copy keeps the team
map's ids) and compares field by field, three ways:

* changed only offline: applied (UPDATED);
* changed only on the server, or nowhere: the server's value stays;
* changed on both sides to different values: a CONFLICT, the server's value kept unless
  the user takes the copy's ("Use the copy's values");
* added offline: NEW, with a new id from the server (a tie, membership, contact or
  partner the server gained meanwhile is matched as an import matches it);
* deleted offline and unchanged on the server: DELETED, with what depends on it on the
  server; deleted offline but changed on the server: a CONFLICT, kept unless taken;
* changed offline but deleted on the server: a CONFLICT; taking the copy's side adds it
  back, with a new id. Unchanged offline and deleted on the server: nothing.

The base is what the copy's own log says (see :mod:`aspdesk.store.offline` for why):
:func:`base_from_changes` reads it from the changes made offline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import field
from typing import Any

from aspdesk.domain.change_values import POSITION
from aspdesk.domain.changes import Change
from aspdesk.domain.entities import ENTITY_CLASSES, Entity, EntityType, changed
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.importing.batch import END_FIELDS, END_TYPES, Candidate, ends_of
from aspdesk.io.merging.plan import Decisions, MatchedBy, Outcome, PlanItem
from aspdesk.io.snapshot import MapSnapshot

DELETED_HERE = QT_TRANSLATE_NOOP(
    "io",
    "Deleted in the copy, but changed on the team map since: it stays unless you use the "
    "copy's values.",
)
GONE_THERE = QT_TRANSLATE_NOOP(
    "io",
    "Changed in the copy, but deleted on the team map since: using the copy's values adds it back.",
)
END_GONE = QT_TRANSLATE_NOOP(
    "io",
    "It refers to {place}, which was deleted on the team map after the copy was taken, "
    "so it cannot be sent.",
)
Key = tuple[EntityType, int]
_LAYOUT = frozenset({"x", "y", "pinned"})
_ENTITIES = tuple(ENTITY_CLASSES.values())
_LINKS = frozenset(
    {
        EntityType.CONTACT,
        EntityType.MEMBERSHIP,
        EntityType.RELATIONSHIP,
        EntityType.PROJECT_PARTNER,
    }
)
# Deleting one of these takes these along (as MapStore.delete does), dependents first.
_DEPENDENTS: dict[EntityType, tuple[tuple[EntityType, tuple[str, ...]], ...]] = {
    EntityType.ACTOR: (
        (EntityType.CONTACT, ("actor_id",)),
        (EntityType.MEMBERSHIP, ("actor_id",)),
        (EntityType.RELATIONSHIP, ("source_id", "target_id")),
        (EntityType.PROJECT_PARTNER, ("actor_id",)),
    ),
    EntityType.CLUSTER: ((EntityType.MEMBERSHIP, ("cluster_id",)),),
    EntityType.PROJECT: ((EntityType.PROJECT_PARTNER, ("project_id",)),),
}
_DELETE_ORDER = (
    EntityType.PROJECT_PARTNER,
    EntityType.RELATIONSHIP,
    EntityType.MEMBERSHIP,
    EntityType.CONTACT,
    EntityType.PROJECT,
    EntityType.CLUSTER,
    EntityType.ACTOR,
)


def type_key(entity_type: EntityType, entity_id: int) -> str:
    """How :attr:`OfflineBase.ids` names a thing of the copy ("actor:57")."""
    return f"{entity_type.value}:{entity_id}"


@record
class OfflineBase:
    """What changed in an offline copy since its base, and the base values of that.

    ``changed`` holds, per entity the copy changed, each changed field's value at the
    base; ``made`` what the copy added (and still holds); ``removed`` what it deleted, as
    it was at the base. ``ids`` are the server's ids of what earlier sends added.
    """

    changed: Mapping[Key, Mapping[str, Any]] = field(default_factory=dict)
    made: frozenset[Key] = frozenset()
    removed: Mapping[Key, Entity] = field(default_factory=dict)
    ids: Mapping[str, int] = field(default_factory=dict)

    def server_id(self, entity_type: EntityType, copy_id: int | None) -> int | None:
        """The server's id of the copy's ``copy_id`` (the same, unless a send added it)."""
        if copy_id is None:
            return None
        return self.ids.get(type_key(entity_type, copy_id), copy_id)

    @property
    def empty(self) -> bool:
        """Whether nothing was changed offline."""
        return not (self.changed or self.made or self.removed)


def base_from_changes(
    changes: Iterable[Change], ids: Mapping[str, int] | None = None
) -> OfflineBase:
    """The base of the changes made offline (the copy's log after the base), oldest first."""
    values: dict[Key, dict[str, Any]] = {}
    made: set[Key] = set()
    removed: dict[Key, Entity] = {}
    for change in changes:
        entity_type = change.entity_type
        if entity_type is None:
            continue  # the map's name, a view, a survey round: not sent
        key = (entity_type, change.entity_id)
        if change.field is None and change.old is None:  # made
            if key in removed:
                del removed[key]  # a delete undone: the thing is back as it was
            else:
                made.add(key)
        elif change.field is None:  # removed
            if key in made:
                made.discard(key)
            elif isinstance(change.old, _ENTITIES):
                base = values.get(key, {})
                removed[key] = changed(change.old, **base) if base else change.old
        elif key not in made:
            fields = values.setdefault(key, {})
            if change.field == POSITION:
                x, y = change.old if isinstance(change.old, tuple) else (None, None)
                fields.setdefault("x", x)
                fields.setdefault("y", y)
            else:
                fields.setdefault(change.field, change.old)
    for key in list(values):
        if key in removed:
            del values[key]
    return OfflineBase(values, frozenset(made), removed, dict(ids or {}))


def by_id(snapshot: MapSnapshot) -> dict[EntityType, dict[int, Entity]]:
    """Every entity of ``snapshot`` by its type and id."""
    sections = snapshot.entities().items()
    return {t: {e.id: e for e in found if e.id is not None} for t, found in sections}


def is_new(base: OfflineBase, entity_type: EntityType, entity: Entity) -> bool:
    """Whether the copy added ``entity`` and has not sent it yet."""
    return (entity_type, entity.id or 0) in base.made


def matches_link(entity_type: EntityType) -> bool:
    """Whether a new one is matched as an import matches it (by its ends): a link."""
    return entity_type in _LINKS


def on_server(
    base: OfflineBase, server: Mapping[EntityType, Mapping[int, Entity]], entity: Entity
) -> Entity | None:
    """The server's entity the copy's ``entity`` is (by id), or None when it is gone."""
    server_id = base.server_id(entity.entity_type, entity.id)
    return server[entity.entity_type].get(server_id) if server_id is not None else None


def untouched(base: OfflineBase, entity: Entity) -> bool:
    """Whether the copy neither added nor changed ``entity`` since the base."""
    key = (entity.entity_type, entity.id or 0)
    return key not in base.made and key not in base.changed


def changed_offline(base: OfflineBase, entity_type: EntityType, copy_id: int | None) -> bool:
    """Whether the copy changed this entity's fields since the base."""
    return (entity_type, copy_id or 0) in base.changed


def offline_values(base: OfflineBase, entity_type: EntityType, entity: Entity) -> dict[str, Any]:
    """The copy's values of the fields it changed (for a conflict with a deletion)."""
    names = base.changed.get((entity_type, entity.id or 0), {})
    return {name: getattr(entity, name) for name in sorted(names)}


def compare(
    base: OfflineBase, entity_type: EntityType, copy_id: int | None, offline: Entity, server: Entity
) -> tuple[dict[str, Any], dict[str, tuple[Any, Any]]]:
    """(what to apply, conflicts as (server's, copy's)) for one entity both sides hold;
    ``offline`` has its ends as the server's ids."""
    applied: dict[str, Any] = {}
    conflicts: dict[str, tuple[Any, Any]] = {}
    for name, at_base in base.changed.get((entity_type, copy_id or 0), {}).items():
        if name in END_FIELDS[entity_type] and isinstance(at_base, int):
            at_base = base.server_id(_end_type(name), at_base)
        mine, theirs = getattr(offline, name), getattr(server, name)
        if _same(mine, theirs) or _same(mine, at_base):  # an edit undone offline is none
            continue
        if _same(theirs, at_base):
            applied[name] = mine
        else:
            conflicts[name] = (theirs, mine)
    return applied, conflicts


def deletions(
    base: OfflineBase, server: Mapping[EntityType, Mapping[int, Entity]]
) -> list[tuple[Candidate, Entity, dict[str, tuple[Any, Any]]]]:
    """(candidate, the server's entity, conflicts as (server's, None)) of each thing
    deleted offline that the server still holds; no conflicts: it may go."""
    found = []
    for (entity_type, copy_id), at_base in removed_in_order(base):
        held = server[entity_type].get(base.server_id(entity_type, copy_id) or 0)
        if held is None:
            continue
        # A node moved on the server is no reason to keep what the copy deleted.
        conflicts = {
            name: (getattr(held, name), None)
            for name in _compared(at_base)
            if name not in _LAYOUT and not _same(getattr(held, name), getattr(at_base, name))
        }
        key = f"removed {type_key(entity_type, copy_id)}"
        # Where it was: the copy holds it no more, so by its id (as language-free as the
        # other rows' "actors[0]").
        candidate = Candidate(key, at_base, frozenset(), ends_of(at_base), item=f"id {copy_id}")
        found.append((candidate, held, conflicts))
    return found


def deletion_items(
    base: OfflineBase, server: Mapping[EntityType, Mapping[int, Entity]], decisions: Decisions
) -> tuple[list[PlanItem], list[Entity]]:
    """The plan's items for what the copy deleted, and what goes: DELETED when the server
    did not change it since, else a CONFLICT (kept unless the user takes the copy's side)."""
    items, going = [], []
    found = deletions(base, server)
    # A tie, membership, contact or partner the copy deleted along with its actor, cluster
    # or project stays while that one stays (a conflict kept as the team map has it).
    kept = {
        (held.entity_type, held.id)
        for candidate, held, conflicts in found
        if conflicts and not decisions.takes_file(held.entity_type, candidate.key)
    }
    for candidate, held, conflicts in found:
        ends = [(END_TYPES[name], getattr(held, name)) for name in END_FIELDS[held.entity_type]]
        if any(end in kept for end in ends):
            continue
        outcome = Outcome.CONFLICT if conflicts else Outcome.DELETED
        items.append(
            PlanItem(
                held.entity_type,
                candidate,
                outcome,
                existing=held,
                matched_by=MatchedBy.ID,
                conflicts=conflicts,
                reason=DELETED_HERE if conflicts else "",
            )
        )
        if not conflicts or decisions.takes_file(held.entity_type, candidate.key):
            going.append(held)
    return items, going


def removed_in_order(base: OfflineBase) -> list[tuple[Key, Entity]]:
    """What the copy deleted, what refers to others first."""
    return sorted(base.removed.items(), key=lambda kv: (_DELETE_ORDER.index(kv[0][0]), kv[0][1]))


def with_dependents(
    gone: Iterable[Entity], server: Mapping[EntityType, Mapping[int, Entity]]
) -> list[Entity]:
    """``gone`` and what depends on it on the server, in an order the store can delete."""
    gone = list(gone)
    if not gone:
        return []
    taken: dict[Key, Entity] = {}
    # (type of what is referred to, its id) -> what refers to it: one pass over the map.
    referring: dict[Key, list[Entity]] = {}
    for parent_type, dependents in _DEPENDENTS.items():
        for dependent_type, ends in dependents:
            for other in server[dependent_type].values():
                for end in ends:
                    referring.setdefault((parent_type, getattr(other, end)), []).append(other)
    for entity in gone:
        taken[(entity.entity_type, entity.id or 0)] = entity
        for other in referring.get((entity.entity_type, entity.id or 0), ()):
            taken[(other.entity_type, other.id or 0)] = other
    return [taken[key] for key in sorted(taken, key=lambda k: (_DELETE_ORDER.index(k[0]), k[1]))]


def _compared(entity: Entity) -> list[str]:
    from dataclasses import fields

    return [f.name for f in fields(entity) if f.name not in {"id", "created_at", "updated_at"}]


def _end_type(name: str) -> EntityType:
    return END_TYPES[name]


def _same(one: object, other: object) -> bool:
    if isinstance(one, tuple) and isinstance(other, tuple):
        return sorted(map(str, one)) == sorted(map(str, other))
    if one in ("", None, ()) and other in ("", None, ()):
        return True
    return one == other
