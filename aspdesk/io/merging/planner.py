"""Merging an imported file into a map: what is new, updated, unchanged or in conflict.

:func:`plan_import` compares an :class:`ImportBatch` with the map as it is (a
:class:`MapSnapshot`) and returns an :class:`ImportPlan`: one :class:`PlanItem` per
candidate, and the exact inserts and updates that importing would make. Nothing is
written here; the app layer stores the plan in one transaction as one undo step.

Rules, chosen so that importing never loses what the map knows:

* An actor is the map's actor when the business IDs agree, else when the normalised names
  agree (:func:`~aspdesk.io.merging.matching.name_key`). A file exported from a map (a workbook
  or backup with ids) is matched by id first, when the name under that id is still close.
  Close names are only suggested; the user may say "this is the same" (``same_as``).
* A cluster matches by name; a contact by its actor and name; a membership by actor,
  cluster and role; a tie by its two actors and type (either way round when undirected).
  A membership or tie the file says is a given one of the map (``same_as``: a survey
  answer about a tie it listed, whose type the answer changes) is that one.
* A project matches by id (a file with ids, while the name is still close), else by
  normalised name, else by acronym when both have one; a project partner by its project
  and actor.
* A project's clusters are the file's clusters as the import resolves them: a cluster
  that is not imported, or that the file does not hold, is dropped from the list (never
  an error). The list compares as a set, and the file's clusters are joined to the map's.
* An empty cell is no information: it never clears a value. A value where the map has
  none is filled in (UPDATED). Tags are joined. A different value where the map has one
  is a CONFLICT: the map's value stays unless the user takes the file's value.
* Positions of actors already in the map are never changed by an import.
* A candidate with errors, or one whose actor, cluster or project is not imported, is an
  ERROR; so is a partner whose budget share would take its project's total past 100 %,
  and a row of a spreadsheet table that is the same actor as an earlier row (same
  business ID or name). The import is refused while there are errors, unless the user
  skips those rows.
* A row with errors may instead be imported without its bad fields (``without_bad``):
  they are left empty and the problems are written into the row's notes, so nothing the
  file said is lost. Only a row whose problems are all known, none of them in its name,
  ID or references, and which has notes, can be.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Entity,
    EntityType,
    Project,
    ProjectPartner,
    changed,
)
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.importing.batch import END_FIELDS, END_TYPES, Candidate, ImportBatch
from aspdesk.io.merging import threeway
from aspdesk.io.merging.bad_fields import bad_fields, without_bad_fields
from aspdesk.io.merging.matching import (
    LinkIndex,
    NameIndex,
    business_id_key,
    link_key,
    name_key,
    still_close,
)
from aspdesk.io.merging.plan import Decisions, ImportPlan, MatchedBy, Outcome, PlanItem
from aspdesk.io.merging.threeway import OfflineBase
from aspdesk.io.snapshot import MapSnapshot

# Decisions, ImportPlan, MatchedBy, Outcome and PlanItem (what a plan is) live in
# aspdesk.io.merging.plan and are imported from here as before.
__all__ = [
    "Decisions",
    "ImportPlan",
    "MatchedBy",
    "Outcome",
    "PlanItem",
    "plan_import",
]

# The order in which entities are stored: what others refer to comes first.
ORDER = (
    EntityType.ACTOR,
    EntityType.CLUSTER,
    EntityType.CONTACT,
    EntityType.MEMBERSHIP,
    EntityType.RELATIONSHIP,
    EntityType.PROJECT,
    EntityType.PROJECT_PARTNER,
)
LAYOUT_FIELDS = frozenset({"x", "y", "pinned"})
SAME_ID_SIMILARITY = 0.6  # how close a name under the same id must stay to match by id
# Shares are typed with two decimals at most; a hundredth of slack absorbs float sums
# (as in aspdesk.domain.validation).
_SHARE_SLACK = 0.005

HAS_ERRORS = QT_TRANSLATE_NOOP("io", "This row has errors, listed under Problems.")
END_NOT_IMPORTED = QT_TRANSLATE_NOOP(
    "io", "It refers to {place}, which has errors and is not imported."
)
END_NOT_IN_FILE = QT_TRANSLATE_NOOP("io", "It refers to “{key}”, which is not in the file.")
SAME_AS_EARLIER = QT_TRANSLATE_NOOP(
    "io", "It is the same as {place} in the file, so it would be imported twice."
)
SHARES_OVER_100 = QT_TRANSLATE_NOOP(
    "io",
    "With this partner the budget shares of the project would come to {total} %, more than 100 %.",
)


def plan_import(
    batch: ImportBatch,
    current: MapSnapshot,
    next_ids: Mapping[EntityType, int],
    decisions: Decisions | None = None,
    base: OfflineBase | None = None,
) -> ImportPlan:
    """What importing ``batch`` into the map ``current`` would do.

    ``next_ids`` are the first free id of each kind of entity in the map; new entities get
    ids from there, or keep the file's ids when the map is empty and the file has them.
    With a ``base`` the batch is an offline copy of the map sent back, compared three
    ways (:mod:`aspdesk.io.merging.threeway`).
    """
    return _Planner(batch, current, next_ids, decisions or Decisions(), base).plan()


class _Planner:
    def __init__(
        self,
        batch: ImportBatch,
        current: MapSnapshot,
        next_ids: Mapping[EntityType, int],
        decisions: Decisions,
        base: OfflineBase | None = None,
    ) -> None:
        self.batch = batch
        self.current = current
        self.decisions = decisions
        self.base = base
        self.server = threeway.by_id(current) if base is not None else {}
        empty = not (current.actors or current.clusters or current.projects)
        self.keep_ids = batch.keeps_ids and empty and base is None
        self.next_ids = dict(next_ids)
        if self.keep_ids:
            for entity_type in ORDER:
                used = [c.entity.id or 0 for c in batch.section(entity_type)]
                self.next_ids[entity_type] = max([self.next_ids[entity_type], *used]) + 1
        # key of a candidate -> the id it has in the map afterwards; "" when not imported
        self.resolved: dict[EntityType, dict[str, int | None]] = {t: {} for t in ORDER}
        # key -> the candidate, whose place in the file an end's error tells (formatted
        # then: 10,000 rows' places were a tenth of planning them)
        self.places: dict[EntityType, dict[str, Candidate]] = {t: {} for t in ORDER}
        self.claimed: dict[tuple[EntityType, int], Candidate] = {}  # matched map entities
        self.used_ids: set[tuple[EntityType, int]] = set()  # file ids kept
        # memberships and partners to be added, by what the map holds once
        self.new_links: dict[tuple[object, ...], Candidate] = {}
        # new actors of a spreadsheet table by business ID and by name, to find a row that
        # is the same actor as an earlier one
        self.table_rows: dict[str, Candidate] = {}
        self.kinds = {t.code for t in current.terms.get(Vocabulary.ACTOR_KIND, ())}
        self.kinds = self.kinds or {"other"}
        # project id -> partner id -> budget share, as the map will hold them
        self.shares: dict[int, dict[int, float]] = {}
        for partner in current.project_partners:
            if partner.id is not None:
                self.shares.setdefault(partner.project_id, {})[partner.id] = (
                    partner.budget_share or 0.0
                )
        self.plan_ = ImportPlan(batch, decisions, restores=self.keep_ids, sent_back=bool(base))

    def plan(self) -> ImportPlan:
        current = self.current
        actors = current.actors
        self.actor_ids = {a.id: a for a in actors}
        self.actor_names: NameIndex[Actor] = NameIndex()
        self.business_ids: dict[str, Actor] = {}
        for actor in actors:  # by its name in any language: a file may be in Swedish
            for name in {actor.name, actor.name_sv, actor.name_en}:
                self.actor_names.add(name, actor)
            if actor.business_id:
                self.business_ids.setdefault(business_id_key(actor.business_id), actor)
        self.cluster_ids = {c.id: c for c in current.clusters}
        self.cluster_names: NameIndex[Cluster] = NameIndex()
        for cluster in current.clusters:
            for name in {cluster.name, cluster.name_sv, cluster.name_en}:
                self.cluster_names.add(name, cluster)
        self.project_ids = {p.id: p for p in current.projects}
        self.project_names: NameIndex[Project] = NameIndex()
        self.acronyms: dict[str, Project] = {}
        for project in current.projects:
            self.project_names.add(project.name, project)
            if name_key(project.acronym):
                self.acronyms.setdefault(name_key(project.acronym), project)
        self.link_index = LinkIndex(current)
        # A survey answer says which tie or membership of the map it is about (same_as).
        self.links_by_id: dict[EntityType, dict[int, Entity]] = {
            EntityType.MEMBERSHIP: {m.id: m for m in current.memberships if m.id is not None},
            EntityType.RELATIONSHIP: {t.id: t for t in current.relationships if t.id is not None},
        }
        for entity_type in ORDER:
            for candidate in self.batch.section(entity_type):
                item = self._item(entity_type, candidate)
                if item is not None:
                    self.plan_.items.append(item)
        if self.base is not None:
            self._deletions(self.base)
        if (
            self.base is None
            and self.batch.name
            and not (current.actors or current.clusters or current.projects)
        ):
            self.plan_.rename = self.batch.name
        return self.plan_

    # -- one candidate -----------------------------------------------------------------

    def _item(self, entity_type: EntityType, candidate: Candidate) -> PlanItem | None:
        self.places[entity_type][candidate.key] = candidate
        dropped: tuple[str, ...] = ()
        if candidate.blocked:
            mended = None
            if self.decisions.drops_bad(entity_type, candidate.key):
                mended = without_bad_fields(candidate, self.kinds, self.decisions.translate)
            if mended is None:
                return self._error(entity_type, candidate, HAS_ERRORS)
            candidate, dropped = mended
        item = self._planned(entity_type, candidate)
        return replace(item, dropped=dropped) if dropped and item else item

    def _planned(self, entity_type: EntityType, candidate: Candidate) -> PlanItem | None:
        ends: list[int | None] = []
        for end_field, key in zip(END_FIELDS[entity_type], candidate.ends, strict=False):
            if not key:
                ends.append(None)
                continue
            end_type = END_TYPES[end_field]
            if key not in self.resolved[end_type]:
                return self._error(entity_type, candidate, END_NOT_IN_FILE, key=key)
            end_id = self.resolved[end_type][key]
            if end_id is None:
                if self.base is not None and threeway.untouched(self.base, candidate.entity):
                    return None  # gone from the team map with what it refers to
                end = self.places[end_type].get(key)
                place = key if end is None else end.place(self.decisions.translate) or end.key
                reason = END_NOT_IMPORTED if self.base is None else threeway.END_GONE
                return self._error(entity_type, candidate, reason, place=place)
            ends.append(end_id)
        by_end = dict(zip(END_FIELDS[entity_type], ends, strict=False)) if ends else {}
        entity = _with(candidate.entity, by_end)  # an actor or a project has no ends
        if isinstance(entity, Project):
            entity = _with(entity, {"cluster_ids": self._clusters(candidate.cluster_keys)})
        if self.base is not None and not threeway.is_new(self.base, entity_type, entity):
            if threeway.on_server(self.base, self.server, entity) is None:
                return self._gone(self.base, entity_type, candidate, entity)
        existing, matched_by, suggestions = self._match(entity_type, candidate, entity)
        if existing is not None:
            assert existing.id is not None
            earlier = self.claimed.get((entity_type, existing.id))
            if earlier is not None:
                place = earlier.place(self.decisions.translate) or earlier.key
                return self._error(entity_type, candidate, SAME_AS_EARLIER, place=place)
            self.claimed[(entity_type, existing.id)] = candidate
            self.resolved[entity_type][candidate.key] = existing.id
            item = self._compare(entity_type, candidate, entity, existing, matched_by)
            return self._shares_checked(item)
        earlier_row = self._same_row(candidate, entity)
        if earlier_row is not None:
            place = earlier_row.place(self.decisions.translate) or earlier_row.key
            return self._error(entity_type, candidate, SAME_AS_EARLIER, place=place)
        # A map holds one membership per actor, cluster and role, one partner per project
        # and actor.
        same = link_key(entity)
        if same is not None:
            earlier = self.new_links.setdefault(same, candidate)
            if earlier is not candidate:
                place = earlier.place(self.decisions.translate) or earlier.key
                return self._error(entity_type, candidate, SAME_AS_EARLIER, place=place)
        new_id = self._new_id(entity_type, candidate)
        self.resolved[entity_type][candidate.key] = new_id
        unstamped = isinstance(entity, Actor) and not self.keep_ids  # the store stamps it
        times = {"created_at": None, "updated_at": None} if unstamped else {}
        stored = _with(entity, {"id": new_id, **times})
        item = PlanItem(entity_type, candidate, Outcome.NEW, suggestions=suggestions, entity=stored)
        return self._shares_checked(item)

    def _same_row(self, candidate: Candidate, entity: Entity) -> Candidate | None:
        """The earlier new row of a spreadsheet table that ``entity`` is the same actor as
        (same business ID or name), if any; a file exported from a map, a graph or a backup
        may hold two actors of one name, as the map did."""
        if self.batch.table is None or not isinstance(entity, Actor):
            return None
        keys = [f"name {name_key(entity.name)}"]
        if entity.business_id:
            keys.append(f"id {business_id_key(entity.business_id)}")
        for key in keys:  # a loop, not a generator: no frame made for each row
            if key in self.table_rows:
                return self.table_rows[key]
        for key in keys:
            self.table_rows[key] = candidate
        return None

    def _clusters(self, keys: Sequence[str]) -> tuple[int, ...]:
        """The map's ids of the clusters with these keys; the ones not imported are left out."""
        resolved = self.resolved[EntityType.CLUSTER]
        found = (resolved.get(key) for key in keys)
        return tuple(dict.fromkeys(cluster_id for cluster_id in found if cluster_id is not None))

    def _shares_checked(self, item: PlanItem) -> PlanItem:
        """``item``, or an ERROR when as a partner it takes its project past 100 %."""
        partner = item.entity
        if not isinstance(partner, ProjectPartner) or partner.id is None:
            return item
        if isinstance(item.existing, ProjectPartner) and (
            item.existing.budget_share == partner.budget_share
        ):
            return item  # the map's share stays: nothing to add up again
        shares = self.shares.setdefault(partner.project_id, {})
        others = sum(share for other, share in shares.items() if other != partner.id)
        total = others + (partner.budget_share or 0.0)
        if total > 100 + _SHARE_SLACK:
            return self._error(
                item.entity_type, item.candidate, SHARES_OVER_100, total=_percent(total)
            )
        shares[partner.id] = partner.budget_share or 0.0
        return item

    def _error(
        self, entity_type: EntityType, candidate: Candidate, reason: str, **values: str
    ) -> PlanItem:
        self.resolved[entity_type][candidate.key] = None
        droppable = candidate.blocked and bad_fields(candidate) is not None
        return PlanItem(
            entity_type,
            candidate,
            Outcome.ERROR,
            reason=reason,
            reason_values=values,
            droppable=droppable,
        )

    def _new_id(self, entity_type: EntityType, candidate: Candidate) -> int:
        wanted = candidate.entity.id
        if self.keep_ids and wanted is not None and (entity_type, wanted) not in self.used_ids:
            self.used_ids.add((entity_type, wanted))
            return wanted
        new_id = self.next_ids[entity_type]
        self.next_ids[entity_type] = new_id + 1
        return new_id

    # -- matching ----------------------------------------------------------------------

    def _match(
        self, entity_type: EntityType, candidate: Candidate, entity: Entity
    ) -> tuple[Entity | None, MatchedBy, tuple[Entity, ...]]:
        if self.base is not None:
            if not threeway.is_new(self.base, entity_type, entity):
                return threeway.on_server(self.base, self.server, entity), MatchedBy.ID, ()
            if not threeway.matches_link(entity_type):
                return None, MatchedBy.NONE, ()
        if isinstance(entity, Actor):
            return self._match_actor(candidate, entity)
        if isinstance(entity, Cluster):
            by_id = self._by_id(self.cluster_ids, entity.id, entity.name)
            if by_id is not None:
                return by_id, MatchedBy.ID, ()
            found = self.cluster_names.exact(entity.name)
            if found is not None:
                return found, MatchedBy.NAME, ()
            return None, MatchedBy.NONE, ()
        if isinstance(entity, Project):
            return self._match_project(entity)

        chosen = self.decisions.same_as.get(candidate.key)
        if chosen is not None and chosen in self.links_by_id.get(entity_type, {}):
            return self.links_by_id[entity_type][chosen], MatchedBy.ID, ()

        def taken(other: Entity) -> bool:
            return (entity_type, other.id or 0) in self.claimed

        link = self.link_index.find(entity, taken)
        return link, (MatchedBy.ENDS if link else MatchedBy.NONE), ()

    def _match_actor(
        self, candidate: Candidate, actor: Actor
    ) -> tuple[Actor | None, MatchedBy, tuple[Entity, ...]]:
        chosen = self.decisions.same_as.get(candidate.key)
        if chosen is not None and chosen in self.actor_ids:
            return self.actor_ids[chosen], MatchedBy.CHOSEN, ()
        if self.batch.keeps_ids:
            by_id = self._by_id(self.actor_ids, actor.id, actor.name)
            if by_id is not None:
                return by_id, MatchedBy.ID, ()
        if actor.business_id:
            found = self.business_ids.get(business_id_key(actor.business_id))
            if found is not None:
                return found, MatchedBy.BUSINESS_ID, ()
        named = self.actor_names.exact(actor.name)
        if named is not None:
            return named, MatchedBy.NAME, ()
        near = self.actor_names.near(actor.name, self._claimed_actor)
        return None, MatchedBy.NONE, tuple(a for _score, a in near) if near else ()

    def _claimed_actor(self, actor: Actor) -> bool:
        return (EntityType.ACTOR, actor.id or 0) in self.claimed

    def _match_project(self, project: Project) -> tuple[Project | None, MatchedBy, tuple[()]]:
        if self.batch.keeps_ids:
            by_id = self._by_id(self.project_ids, project.id, project.name)
            if by_id is not None:
                return by_id, MatchedBy.ID, ()
        named = self.project_names.exact(project.name)
        if named is not None:
            return named, MatchedBy.NAME, ()
        acronym = name_key(project.acronym)
        by_acronym = self.acronyms.get(acronym) if acronym else None
        # An acronym is weaker evidence than a name: a project of the map that another row
        # of the file is already matched to makes this one new rather than a duplicate.
        if by_acronym is not None and (EntityType.PROJECT, by_acronym.id or 0) not in self.claimed:
            return by_acronym, MatchedBy.ACRONYM, ()
        return None, MatchedBy.NONE, ()

    @staticmethod
    def _by_id(entities: Mapping[int | None, Any], entity_id: int | None, name: str) -> Any:
        found = entities.get(entity_id) if entity_id is not None else None
        if found is None:
            return None
        if still_close(found.name, name, SAME_ID_SIMILARITY):
            return found
        return None

    # -- comparing ---------------------------------------------------------------------

    def _compare(
        self,
        entity_type: EntityType,
        candidate: Candidate,
        entity: Entity,
        existing: Entity,
        matched_by: MatchedBy,
    ) -> PlanItem:
        if self.base is not None:
            fill_ins, conflicts = threeway.compare(
                self.base, entity_type, candidate.entity.id, entity, existing
            )
        else:
            fill_ins, conflicts = self._two_way(entity_type, candidate, entity, existing)
        changes = dict(fill_ins)
        if conflicts and self.decisions.takes_file(entity_type, candidate.key):
            changes.update({name: new for name, (_old, new) in conflicts.items()})
        outcome = (
            Outcome.CONFLICT if conflicts else Outcome.UPDATED if fill_ins else Outcome.UNCHANGED
        )
        return PlanItem(
            entity_type,
            candidate,
            outcome,
            existing=existing,
            matched_by=matched_by,
            changes=changes,
            conflicts=conflicts,
            entity=_with(existing, changes),
        )

    def _two_way(
        self, entity_type: EntityType, candidate: Candidate, entity: Entity, existing: Entity
    ) -> tuple[dict[str, Any], dict[str, tuple[Any, Any]]]:
        fill_ins: dict[str, Any] = {}
        conflicts: dict[str, tuple[Any, Any]] = {}
        compared = set(candidate.provided) - LAYOUT_FIELDS
        if entity_type is EntityType.CLUSTER and candidate.ends and candidate.ends[0]:
            compared.add("coordinator_id")
        for name in sorted(compared):
            old, new = getattr(existing, name), getattr(entity, name)
            if _same(name, old, new):
                continue
            if name in _JOINED:
                joined = tuple(dict.fromkeys((*old, *new)))
                if joined != old:
                    fill_ins[name] = joined
            elif name == "notes" and candidate.problems and not _empty(old):
                # A row imported without its bad fields adds its problems to the notes
                # the map has, rather than disagreeing with them.
                if str(new) not in str(old):
                    fill_ins[name] = f"{str(old).rstrip()}\n\n{new}"
            elif _empty(old):
                fill_ins[name] = new
            elif not _empty(new):
                conflicts[name] = (old, new)
        return fill_ins, conflicts

    # -- an offline copy sent back (aspdesk.io.merging.threeway) -------------------------

    def _gone(
        self, base: OfflineBase, entity_type: EntityType, candidate: Candidate, entity: Entity
    ) -> PlanItem | None:
        """The copy's ``entity`` that the server deleted: nothing when the copy did not
        change it, else a conflict; taking the copy's side adds it back as new."""
        self.resolved[entity_type][candidate.key] = None
        if not threeway.changed_offline(base, entity_type, entity.id):
            return None
        if self.decisions.takes_file(entity_type, candidate.key):
            new_id = self._new_id(entity_type, candidate)
            self.resolved[entity_type][candidate.key] = new_id
            stored = _with(entity, {"id": new_id})
            return PlanItem(entity_type, candidate, Outcome.NEW, entity=stored)
        mine = threeway.offline_values(base, entity_type, entity)
        conflicts = {name: (None, value) for name, value in mine.items()}
        return PlanItem(
            entity_type,
            candidate,
            Outcome.CONFLICT,
            conflicts=conflicts,
            reason=threeway.GONE_THERE,
        )

    def _deletions(self, base: OfflineBase) -> None:
        items, going = threeway.deletion_items(base, self.server, self.decisions)
        self.plan_.items += items
        self.plan_.deletes = threeway.with_dependents(going, self.server)


def _percent(value: float) -> str:
    """A share as people write it: 12.5, 40 (no trailing zeros)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


# Lists the file's values are joined to, so they compare as sets: only an item the map
# lacks is a change.
_JOINED = frozenset({"tags", "cluster_ids"})


def _empty(value: object) -> bool:
    return value in ("", None, ())


def _same(name: str, old: object, new: object) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        if name == "name":  # "Arctic Hub" is "ARCTIC HUB OY": not worth asking about
            return name_key(old) == name_key(new)
        if name == "business_id":
            return business_id_key(old) == business_id_key(new)
        return " ".join(old.split()) == " ".join(new.split())
    return old == new


def _with(entity: Entity, changes: Mapping[str, Any]) -> Entity:
    """``entity`` with some fields changed (itself, being immutable, when none are)."""
    return changed(entity, **changes) if changes else entity
