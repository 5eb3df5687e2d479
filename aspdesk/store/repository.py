"""Reading and writing the entities of an open map, each call one short transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any, TypeVar, cast

from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    and_,
    delete,
    func,
    insert,
    select,
    true,
    update,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.sql import ColumnElement

from aspdesk.domain.changes import MAP, History
from aspdesk.domain.entities import (
    ENTITY_CLASSES,
    Actor,
    Cluster,
    Contact,
    Entity,
    EntityType,
    Membership,
    Relationship,
    changed,
    values_of,
)
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.views import SavedView
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Term, Vocabulary, with_swedish
from aspdesk.store.applying import Writes, apply_writes, put_fact, set_name
from aspdesk.store.changes import ChangeLog, put_history, recorder
from aspdesk.store.checked import CheckedMaps
from aspdesk.store.connection import MapFile
from aspdesk.store.convert import entity_maker, from_row, to_column
from aspdesk.store.dependents import Removal, dependents_of
from aspdesk.store.errors import ConflictError, StoreError, cause
from aspdesk.store.ids import Ids, drawn_ids, numbered, renumbered, unused_ids
from aspdesk.store.locking import MapLock
from aspdesk.store.mapfile import MAP_ID_KEY, backup_copy, check_again, new_map_id
from aspdesk.store.notes import Note
from aspdesk.store.positions import move, pin, place_first
from aspdesk.store.rows import add_terms, describe_integrity, rows_where, term_rows, times, typed
from aspdesk.store.stale import Seen, check_dependents, check_edit, check_other
from aspdesk.store.surveys import SurveyStore, check_rounds
from aspdesk.store.tables import ENTITY_TABLES, clusters, contacts, map_info, memberships
from aspdesk.store.team.location import TeamServer
from aspdesk.store.transactions import Transactions, mapped
from aspdesk.store.views import ViewStore

E = TypeVar("E", bound=Entity)
Point = tuple[float | None, float | None]


class MapStore:
    """The entities of one open map.

    ``file`` is the file the connections go to (the server, for a team map: see
    :mod:`aspdesk.store.team`) and ``path`` the map's own path, shown to the user (None
    for a team map); they differ when a read-only map is shown from a private copy. ``lock`` is
    the writer's lock when this store may write, ``read_only`` says why it may not
    (connections are then SQLite ``mode=ro``), and ``notes`` what the opening has to tell
    the user. See :mod:`aspdesk.store.opening`.
    """

    def __init__(
        self,
        file: MapFile | TeamServer,
        path: Path | None = None,
        *,
        lock: MapLock | None = None,
        read_only: Note | None = None,
    ) -> None:
        self.file = file
        self.engine: Engine = file.engine()
        self.path: Path | None = path or file.path  # None for a team map (TeamServer)
        self.lock = lock
        self.read_only = read_only
        self.notes: list[Note] = []
        self.scratch: TemporaryDirectory[str] | None = None
        # The maps found sound (aspdesk.store.checked), when the opener keeps them, and
        # this map's stamp once opened: unchanged at closing, there is nothing to check.
        self.checked: CheckedMaps | None = None
        self._held: Connection | None = None  # the connection of reading(), while it reads
        self.opened_stamp: str | None = None
        self._transactions = Transactions(self.engine)  # the ORM loads with the first edit
        # The change log (aspdesk.store.changes): every write below records what it changed.
        # A team map's writes are its database user's; a file map's, the computer's user.
        team_user = file.user if isinstance(file, TeamServer) else ""
        self.changes = ChangeLog(self.engine, team_user or None)
        self.views = ViewStore(self.engine, self.changes)  # the saved views (aspdesk.store.views)
        self.surveys = SurveyStore(self.engine)  # the survey rounds (aspdesk.store.surveys)

    @property
    def author(self) -> str:
        """Who the change log names as the author of this store's writes: the computer's
        user on a file map; a team map sets its database user."""
        return self.changes.author

    @author.setter
    def author(self, name: str) -> None:
        self.changes.author = name

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self._transactions.begin() as connection, self.changes.recording(connection):
                yield connection
        except IntegrityError as error:
            raise ConflictError(describe_integrity(error)) from error
        except SQLAlchemyError as error:
            raise StoreError(cause(error)) from error

    def prepare_writing(self) -> None:
        """Load what writing needs (the ORM) now, while the user looks at the map, rather
        than at the first edit; a read-only map never writes."""
        if self.read_only is None:
            self._transactions.warm()

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Reads made inside share one connection and read transaction: one state of the
        map, and one opening of its file (a Document's first read made 16). No writes."""
        if self._held is not None:
            yield
            return
        try:
            with self.engine.connect() as self._held, self._held.begin():
                yield
        except SQLAlchemyError as error:
            raise StoreError(str(error)) from error
        finally:
            self._held = None

    def close(self) -> None:
        """Release every connection and the lock; the map is then one self-contained file."""
        self.engine.dispose()
        if self.lock is not None:
            if self.checked is not None and self.path is not None:  # still under the lock
                check_again(self.path, self.checked, self.opened_stamp)
            self.lock.release()
            self.lock = None
        if self.scratch is not None:
            self.scratch.cleanup()
            self.scratch = None

    # -- map facts -----------------------------------------------------------------------

    def map_name(self) -> str:
        """The map's name, or the file name without extension (a team map's database)
        when it has none."""
        value = self._fact("name")
        if value is not None and value.strip():
            return value
        return self._unnamed()

    def _fact(self, key: str) -> str | None:
        """The value of ``key`` in the map's facts, None if it has none."""
        query = select(map_info.c.value).where(map_info.c.key == key)
        with self._connection() as connection:
            value = connection.execute(query).scalar()
        return None if value is None else str(value)

    def _unnamed(self) -> str:
        return self.path.stem if self.path else getattr(self.file, "database", "")

    def set_map_name(self, name: str, expected: str | None = None) -> None:
        """Give the map a name; refused (StaleEditError) when someone else renamed it since
        its user saw it named ``expected``."""
        with self._write() as connection:
            if expected is not None:
                query = select(map_info.c.value).where(map_info.c.key == "name")
                value = connection.scalar(query.with_for_update())
                now = value if value is not None and value.strip() else self._unnamed()
                names = ({"name": now}, {"name": expected}, {"name": name})
                check_other(connection, MAP, 0, expected, *names)
            set_name(connection, name)

    def map_id(self) -> str:
        """The map's own identifier ("" for a map no writer has opened since ids began)."""
        return self._fact(MAP_ID_KEY) or ""

    def ensure_map_id(self) -> None:
        """Give the map an identifier if it has none (maps made before ids existed)."""
        if not self.map_id():
            with self._write() as connection:
                put_fact(connection, MAP_ID_KEY, new_map_id())

    def terms(self, vocabulary: Vocabulary) -> list[Term]:
        """The terms of ``vocabulary`` in this map, in display order.

        A read-only map that lacks some built-in terms (made before they existed) shows
        them too, as a writer would have added them on opening.
        """
        with self._connection() as connection:
            found = [with_swedish(vocabulary, term) for term in term_rows(connection, vocabulary)]
        if self.read_only is not None:
            codes = {term.code for term in found}
            found += [t for t in BUILTIN_TERMS.get(vocabulary, ()) if t.code not in codes]
        return found

    def add_terms(self, vocabulary: Vocabulary, terms: Iterable[Term]) -> None:
        """Add the terms whose codes the map lacks; terms already there keep their labels."""
        with self._write() as connection:
            add_terms(connection, vocabulary, terms)

    def ensure_builtin_terms(self) -> None:
        """Add built-in terms the map lacks; terms already there keep their labels. A map
        that has them all (every map this version has opened) is only read."""
        with self._connection() as connection:
            stored = {v: {t.code for t in term_rows(connection, v)} for v in BUILTIN_TERMS}
        if all(
            {t.code for t in terms} <= stored[vocabulary]
            for vocabulary, terms in BUILTIN_TERMS.items()
        ):
            return
        with self._write() as connection:
            for vocabulary, terms in BUILTIN_TERMS.items():
                add_terms(connection, vocabulary, terms)

    # -- reading -------------------------------------------------------------------------

    def get(self, entity_type: EntityType, entity_id: int) -> Entity | None:
        """The entity with ``entity_id``, or None when there is none."""
        return self.get_many(entity_type, [entity_id]).get(entity_id)

    def get_many(self, entity_type: EntityType, ids: Iterable[int]) -> dict[int, Entity]:
        """The entities among ``ids`` that exist, by id."""
        wanted = list(ids)
        if not wanted:
            return {}
        table = ENTITY_TABLES[entity_type]
        found: dict[int, Entity] = {}
        with self._connection() as connection:
            # Chunks keep the IN list under every database's parameter limit.
            for start in range(0, len(wanted), 500):
                chunk = table.c.id.in_(wanted[start : start + 500])
                found.update((e.id or 0, e) for e in rows_where(connection, entity_type, chunk))
        return found

    def all(self, entity_type: EntityType) -> list[Entity]:
        """Every entity of ``entity_type``, in id order.

        Read as plain rows of the table's columns, not ORM objects: a map of 10,000 actors
        and 30,000 ties reads so in 0.34 s instead of 1.7 s (the entities are the same, as
        :func:`~aspdesk.store.convert.entity_maker` says).
        """
        names, make = entity_maker(entity_type)
        table = ENTITY_TABLES[entity_type]
        query = select(*(table.c[name] for name in names)).order_by(table.c.id)
        with self._connection() as connection:
            return [make(row) for row in connection.execute(query)]

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        """The connection of :meth:`reading` when inside it, else one of its own (Core
        reads, without a write transaction)."""
        try:
            with nullcontext(self._held) if self._held else self.engine.connect() as connection:
                yield connection
        except SQLAlchemyError as error:
            raise StoreError(str(error)) from error

    def actors(self) -> list[Actor]:
        """Every actor."""
        return typed(self.all(EntityType.ACTOR), Actor)

    def clusters(self) -> list[Cluster]:
        """Every cluster."""
        return typed(self.all(EntityType.CLUSTER), Cluster)

    def relationships(self) -> list[Relationship]:
        """Every relationship."""
        return typed(self.all(EntityType.RELATIONSHIP), Relationship)

    def memberships(
        self, *, actor_id: int | None = None, cluster_id: int | None = None
    ) -> list[Membership]:
        """Memberships, optionally only those of one actor or one cluster."""
        column = memberships.c
        conditions: list[ColumnElement[bool]] = [true()]
        if actor_id is not None:
            conditions.append(column.actor_id == actor_id)
        if cluster_id is not None:
            conditions.append(column.cluster_id == cluster_id)
        with self._connection() as connection:
            found = rows_where(connection, EntityType.MEMBERSHIP, and_(*conditions))
        return typed(found, Membership)

    def contacts(self, actor_id: int) -> list[Contact]:
        """The contact persons of one actor."""
        condition = contacts.c.actor_id == actor_id
        with self._connection() as connection:
            return typed(rows_where(connection, EntityType.CONTACT, condition), Contact)

    def counts(self) -> dict[EntityType, int]:
        """How many entities of each type the map holds."""
        with self._connection() as connection:
            return {
                entity_type: connection.scalar(select(func.count()).select_from(table)) or 0
                for entity_type, table in ENTITY_TABLES.items()
            }

    # -- writing -------------------------------------------------------------------------

    def insert(self, entity: E) -> E:
        """Store a new entity and return it with its id (and times, for actors).

        An entity that already has an id is put back under that id: this is how an undone
        delete restores what it removed.
        """
        with self._write() as connection:
            stored = self._insert(connection, entity)
        return stored

    def _insert(self, connection: Connection, entity: E) -> E:
        values = values_of(entity)
        if isinstance(entity, Actor):
            now = datetime.now(UTC)
            values["created_at"] = values["created_at"] or now
            values["updated_at"] = values["updated_at"] or now
        if values["id"] is None:
            del values["id"]
        columns = {k: to_column(k, v) for k, v in values.items()}
        done = connection.execute(insert(ENTITY_TABLES[entity.entity_type]).values(columns))
        new_id = (cast("CursorResult[Any]", done).inserted_primary_key or (None,))[0]
        stored = replace(entity, id=new_id, **times(entity, values))
        recorder(connection).made(entity.entity_type.value, stored.id or 0, stored)
        return stored

    def update(
        self,
        entity_type: EntityType,
        entity_id: int,
        changes: Mapping[str, Any],
        expected: Mapping[str, Any] | None = None,
    ) -> Entity:
        """Change some fields of one entity and return it as stored; refused (StaleEditError)
        when a field of ``expected`` (what the user saw) holds another value now."""
        allowed = {f.name for f in fields(ENTITY_CLASSES[entity_type])} - {"id", "created_at"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self._write() as connection:
            row, entity = check_edit(connection, entity_type, entity_id, expected, changes)
            before = values_of(entity)
            recorder(connection).fields(entity_type.value, entity_id, before, changes)
            for name, value in changes.items():
                setattr(row, name, to_column(name, value))
            if entity_type is EntityType.ACTOR and "updated_at" not in changes:
                row.updated_at = datetime.now(UTC)
            mapped(connection).flush()
            return from_row(entity_type, row)

    def set_positions(
        self, entity_type: EntityType, positions: Mapping[int, Point], *, first: bool = False
    ) -> dict[int, Point]:
        """Place nodes of one type on the graph (actors, clusters or projects); where they
        stand afterwards. ``first``: only nodes with no position stored yet (another
        window's first place wins: :mod:`aspdesk.store.positions`)."""
        if not first:
            self.arrange(positions={entity_type: positions})
            return dict(positions)
        with self._write() as connection:
            return place_first(connection, entity_type, positions)

    def arrange(
        self,
        positions: Mapping[EntityType, Mapping[int, Point]] | None = None,
        pinned: Mapping[EntityType, Mapping[int, bool]] | None = None,
        expected: Mapping[EntityType, Mapping[int, Point]] | None = None,
        expected_pinned: Mapping[EntityType, Mapping[int, bool]] | None = None,
    ) -> None:
        """Place nodes of any types, and pin or unpin them, in one transaction.

        Unlike :meth:`update` this leaves ``updated_at`` alone: moving a node is layout,
        not a change to what the map knows about the actor. A move's undo or redo gives
        where it ``expected`` the nodes: refused (StaleEditError) if one was moved since;
        a pin's, whether it ``expected_pinned`` them.
        """
        with self._write() as connection:
            for entity_type, moves in (positions or {}).items():
                move(connection, entity_type, moves, (expected or {}).get(entity_type, {}))
            for entity_type, values in (pinned or {}).items():
                pin(connection, entity_type, values, (expected_pinned or {}).get(entity_type, {}))

    def dependents(self, entity_type: EntityType, entity_id: int) -> Removal:
        """What deleting the entity would take with it (the entity itself not included)."""
        with self._connection() as connection:
            return dependents_of(connection, entity_type, entity_id)

    def delete(
        self,
        entity_type: EntityType,
        entity_id: int,
        seen: Entity | None = None,
        seen_dependents: Seen | None = None,
    ) -> Removal:
        """Delete one entity with everything that depends on it, and return what went;
        refused (StaleEditError) when it, or what goes with it, differs from ``seen`` and
        ``seen_dependents`` (as the user saw them)."""
        with self._write() as connection:
            expected = None if seen is None else values_of(seen)
            _locked, entity = check_edit(
                connection, entity_type, entity_id, expected, {}, deleting=True
            )
            dependents = dependents_of(connection, entity_type, entity_id)
            check_dependents(connection, entity, dependents.entities, seen_dependents)
            log = recorder(connection)
            for cluster_id in dependents.uncoordinated:
                log.changed(EntityType.CLUSTER.value, cluster_id, "coordinator_id", entity_id, None)
            for gone in (entity, *dependents.entities):
                log.removed(gone.entity_type.value, gone.id or 0, gone)
            if dependents.uncoordinated:
                connection.execute(
                    update(clusters)
                    .where(clusters.c.id.in_(dependents.uncoordinated))
                    .values(coordinator_id=None)
                )
            for gone in (*reversed(dependents.entities), entity):
                table = ENTITY_TABLES[gone.entity_type]
                connection.execute(delete(table).where(table.c.id == gone.id))
        return Removal((entity, *dependents.entities), dependents.uncoordinated)

    def restore(self, removal: Removal) -> None:
        """Put back everything one delete took away, under the same ids."""
        with self._write() as connection:
            for entity in removal.entities:
                self._insert(connection, entity)
            coordinator = removal.entities[0].id
            for cluster_id in removal.uncoordinated:
                recorder(connection).changed(
                    EntityType.CLUSTER.value, cluster_id, "coordinator_id", None, coordinator
                )
            if removal.uncoordinated:
                connection.execute(
                    update(clusters)
                    .where(clusters.c.id.in_(removal.uncoordinated))
                    .values(coordinator_id=removal.entities[0].id)
                )

    def next_ids(self) -> dict[EntityType, int]:
        """The first id of each kind of entity never used in this map (:func:`.ids.unused_ids`)."""
        with self._connection() as connection:
            return unused_ids(connection)

    def apply(
        self,
        inserts: Sequence[Entity] = (),
        updates: Sequence[tuple[EntityType, int, Mapping[str, Any]]] = (),
        deletes: Sequence[tuple[EntityType, int]] = (),
        views: Sequence[SavedView] = (),
        view_deletes: Sequence[int] = (),
        *,
        rounds: Sequence[SurveyRound] = (),
        round_deletes: Sequence[int] = (),
        delete_first: bool = False,
        terms: Mapping[Vocabulary, Iterable[Term]] | None = None,
        map_name: str | None = None,
        history: History = (),
        expected: Sequence[tuple[EntityType, int, Mapping[str, Any]]] = (),
        expected_rounds: Sequence[SurveyRound] = (),
        renumber: bool = False,
    ) -> Ids:
        """Insert, then update, then delete, all in one transaction (all or nothing).

        With ``delete_first`` the deletes (views' too) come first, so that the inserts may
        reuse the ids of what they replace (a restore from a backup copy). ``terms`` the
        map lacks are added before anything else, and ``map_name`` is set last: an edit
        of many parts (an import, a restore, and their undo) is then one write, which a
        full disk refuses whole.

        Inserted entities carry their ids (an import numbers them beforehand) and go in
        the order given, many rows per statement. Deletes remove exactly the rows named,
        in the order given, and nothing that depends on them: the caller deletes the
        dependents first. This is how an import and its undo are stored. ``views`` (with
        their ids) are added and ``view_deletes`` removed in the same transaction; so are
        survey ``rounds`` put as given and ``round_deletes`` removed (a survey's answers and
        the round that records them). ``history`` (a backup's change log) goes into the
        log before this write's own set. ``expected`` (an import's undo: the values it
        wrote) refuses the whole write (StaleEditError) if someone else changed one since;
        so do ``expected_rounds``, the rounds as the write's user saw them.
        With ``renumber`` (an import's first run), a team map gives the inserts ids drawn
        from its sequences (see :mod:`aspdesk.store.ids`); returned, planned -> drawn.
        """
        with self._write() as connection:
            for entity_type, entity_id, values in expected:
                check_edit(connection, entity_type, entity_id, values, {})
            check_rounds(connection, expected_rounds, rounds, round_deletes)
            ids = drawn_ids(connection, inserts) if renumber else {}
            inserts, updates = renumbered(ids, inserts, updates)
            put_history(connection, history)
            apply_writes(
                connection,
                Writes(inserts, updates, deletes, views, view_deletes, rounds, round_deletes),
                delete_first=delete_first,
                terms=terms,
                map_name=map_name,
            )
        return ids

    def bulk_insert(self, entities: Iterable[Entity]) -> list[Entity]:
        """Insert many entities in one transaction (all or none), in order, and return them
        as stored: with ids (the map's next ones for those without) and actors' times.

        Many rows go in one statement, as an import's do: a statement built for each row
        took 0.5 ms in SQLAlchemy, 25 s for a map of 10,000 actors and 30,000 ties."""
        now = datetime.now(UTC)
        with self._write() as connection:
            stored = [
                changed(e, created_at=e.created_at or now, updated_at=e.updated_at or now)
                if isinstance(e, Actor)
                else e
                for e in numbered(connection, list(entities))
            ]
            apply_writes(connection, Writes(inserts=stored))
        return stored

    def save_copy(self, destination: Path) -> Path:
        """Write a consistent copy of the map to ``destination`` (SQLite backup API).

        Raises MapReplacedError when the map's file is no longer the one opened.
        """
        if isinstance(self.file, TeamServer):
            return self.file.copy_to(self.engine, destination)
        self.file.check_same()
        try:
            # A copy is a map of its own: its own id, so that its backups keep apart.
            return backup_copy(self.file.path, destination, info={MAP_ID_KEY: new_map_id()})
        except (OSError, sqlite3.Error) as error:
            raise StoreError(str(error), path=str(destination)) from error


__all__ = ["MapStore", "Removal"]
