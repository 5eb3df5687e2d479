"""A full-fidelity JSON backup of a whole map, and reading one back with clear errors.

The file holds every field of every entity (ids, times and graph positions included) and
the map's own vocabularies, so that restoring it into an empty map and writing it again
gives the same bytes. The saved views follow in a "views" list and the survey rounds in
"surveys"; a backup from before either has none and still reads.

Version 2 adds projects and their partners ("projects", "project_partners"), their three
vocabularies and the actors' PIC. A version 1 backup lacks them and still reads (no
projects, no PIC); the version went up because an aspdesk that knows only version 1
ignores keys it does not know, and would restore such a backup without its projects
rather than say that it cannot read them.

Reading trusts nothing: every problem becomes a :class:`~aspdesk.io.errors.DataFileError`
that says what is wrong and where (``backup.json, actors[3].business_id``), never a
traceback.
"""

from __future__ import annotations

import codecs
import json
import math
from collections.abc import Callable, Collection
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Entity,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.json_shape import (
    Fail,
    Mismatch,
    Node,
    Wanted,
    as_int,
    as_object,
    as_text,
    list_of,
)
from aspdesk.domain.text import VALIDATION_CONTEXT
from aspdesk.domain.validation import validate
from aspdesk.domain.views import SavedView, ViewState, in_order
from aspdesk.domain.vocabulary import Term, Vocabulary, with_swedish
from aspdesk.io.atomic import write_bytes_atomically
from aspdesk.io.errors import DataFileError
from aspdesk.io.importing.limits import MAX_JSON_BYTES, MAX_JSON_VALUES, shown
from aspdesk.io.importing.reading import EMPTY, read_limited
from aspdesk.io.json_backup_fast import FAST_READERS, MAX_INT, SLOW, FastReader
from aspdesk.io.json_backup_messages import (
    BAD_VERSION,
    DUPLICATE_CODE,
    DUPLICATE_ID,
    DUPLICATE_MEMBERSHIP,
    EMPTY_CODE,
    EXPECTED_BOOLEAN,
    EXPECTED_DATE,
    EXPECTED_ID,
    EXPECTED_IDS,
    EXPECTED_INTEGER,
    EXPECTED_LIST,
    EXPECTED_NUMBER,
    EXPECTED_OBJECT,
    EXPECTED_TAGS,
    EXPECTED_TEXT,
    EXPECTED_TIME,
    INVALID_TEXT,
    MISSING,
    NO_SUCH,
    NO_SUCH_CLUSTER,
    NOT_A_BACKUP,
    NOT_JSON,
    NOT_UTF8,
    TOO_LARGE,
    TOO_MANY_VALUES,
    TOO_NEW,
    UNKNOWN_CODE,
)
from aspdesk.io.json_history import SECTION as HISTORY_SECTION
from aspdesk.io.json_history import history_of, plain_history
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.io.survey.backup import plain_rounds, rounds_of

FORMAT = "aspdesk-map"
VERSION = 2
# A backup of the largest map a person could draw is a few MB; anything past this is not
# one (why this size: aspdesk.io.importing.limits).
MAX_FILE_BYTES = MAX_JSON_BYTES
_MAX_INT = MAX_INT  # what SQLite can store

E = TypeVar("E", bound=Entity)
R = TypeVar("R")

# The lists of the file, in restore order.
SECTIONS: tuple[tuple[str, type[Entity]], ...] = (
    ("actors", Actor),
    ("clusters", Cluster),
    ("contacts", Contact),
    ("memberships", Membership),
    ("relationships", Relationship),
    ("projects", Project),
    ("project_partners", ProjectPartner),
)
# What version 1 lacks: read as empty (lists and vocabularies) or as the field's default.
_LATER_SECTIONS = frozenset({"projects", "project_partners"})
_LATER_VOCABULARIES = frozenset(
    {Vocabulary.PROGRAMME, Vocabulary.PROJECT_STATUS, Vocabulary.PARTNER_ROLE}
)
_LATER_FIELDS: dict[type[Any], frozenset[str]] = {
    Actor: frozenset({"pic", "name_sv", "name_en"}),
    Cluster: frozenset({"name_sv", "name_en"}),
}
# Fields that hold the id of another entity, and the list that id must be in.
_REFERENCES: dict[EntityType, tuple[tuple[str, str], ...]] = {
    EntityType.CLUSTER: (("coordinator_id", "actors"),),
    EntityType.CONTACT: (("actor_id", "actors"),),
    EntityType.MEMBERSHIP: (("actor_id", "actors"), ("cluster_id", "clusters")),
    EntityType.RELATIONSHIP: (("source_id", "actors"), ("target_id", "actors")),
    EntityType.PROJECT_PARTNER: (("project_id", "projects"), ("actor_id", "actors")),
}
# Fields that hold a vocabulary code ("" means none where a code is optional).
CODE_FIELDS: dict[EntityType, tuple[tuple[str, Vocabulary], ...]] = {
    EntityType.ACTOR: (("kind", Vocabulary.ACTOR_KIND), ("size_class", Vocabulary.SIZE_CLASS)),
    EntityType.MEMBERSHIP: (("role", Vocabulary.CLUSTER_ROLE),),
    EntityType.RELATIONSHIP: (("type", Vocabulary.RELATION_TYPE),),
    EntityType.PROJECT: (
        ("programme", Vocabulary.PROGRAMME),
        ("status", Vocabulary.PROJECT_STATUS),
    ),
    EntityType.PROJECT_PARTNER: (("role", Vocabulary.PARTNER_ROLE),),
}


# -- writing ----------------------------------------------------------------------------


def write_json(snapshot: MapSnapshot, path: Path) -> None:
    """Write ``snapshot`` to ``path`` as a JSON backup; the same snapshot gives the same bytes."""
    text = json.dumps(_document(snapshot), ensure_ascii=False, indent=2, allow_nan=False)
    write_bytes_atomically(path, (text + "\n").encode("utf-8"))


def _document(snapshot: MapSnapshot) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": snapshot.name,
        "vocabularies": {
            v.value: [_plain_record(t) for t in snapshot.terms.get(v, ())] for v in Vocabulary
        },
    }
    clusters = {c.id for c in snapshot.clusters}
    for key, _cls in SECTIONS:
        entities: tuple[Entity, ...] = getattr(snapshot, key)
        ordered = sorted(entities, key=lambda e: (e.id is None, e.id or 0))
        document[key] = [_plain_record(_linking_only(e, clusters)) for e in ordered]
    document["views"] = [_plain_view(view) for view in in_order(snapshot.views)]
    document["surveys"] = plain_rounds(snapshot.surveys)
    if snapshot.history:  # optional: only a backup made with its history has it
        document[HISTORY_SECTION] = plain_history(snapshot.history)
    return document


def _linking_only(entity: E, clusters: Collection[int | None]) -> E:
    """``entity`` with only the links a reader can follow: a project keeps, once each, the
    clusters that are in the file (a deleted cluster may stay listed in the map)."""
    if not isinstance(entity, Project):
        return entity
    linked = tuple(dict.fromkeys(c for c in entity.cluster_ids if c in clusters))
    return entity if linked == entity.cluster_ids else replace(entity, cluster_ids=linked)


def _plain_view(view: SavedView) -> dict[str, Any]:
    return {
        "id": view.id,
        "name": view.name,
        "position": view.position,
        "state": view.state.to_dict(),
    }


def _plain_record(item: Entity | Term) -> dict[str, Any]:
    return {f.name: _plain(getattr(item, f.name)) for f in fields(item) if f.compare}


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        # The store keeps UTC, and so does the file; a time without a zone is UTC already.
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None  # a position that is not a number is no position
    return value


# -- reading ----------------------------------------------------------------------------


def read_json(path: Path) -> MapSnapshot:
    """The map held in the JSON backup at ``path``.

    Raises :class:`DataFileError` for anything that is not a complete, consistent backup.
    """
    data = _load(path)
    try:
        return _snapshot(data)
    except DataFileError as error:  # where is a place in the document: add the file
        where = f"{path.name}, {error.where}" if error.where else path.name
        raise error.located(where) from None


def _load(path: Path) -> object:
    name = path.name
    raw = read_limited(path, MAX_FILE_BYTES, TOO_LARGE)
    # Parsed JSON takes up to twelve times its text in memory: count what it would make
    # first. Every value but the first follows a comma, a colon or an opening bracket
    # (those inside strings count too, which only makes the bound safer).
    values = raw.count(b",") + raw.count(b":") + raw.count(b"[") + raw.count(b"{")
    if values > MAX_JSON_VALUES:
        raise DataFileError(TOO_MANY_VALUES, name, limit=shown(MAX_JSON_VALUES))
    skipped = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[skipped:].decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataFileError(NOT_UTF8, f"{name}, byte {skipped + error.start + 1}") from None
    if not text.strip():
        raise DataFileError(EMPTY, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{name}, line {error.lineno}, column {error.colno}"
        raise DataFileError(NOT_JSON, where) from None
    except (ValueError, RecursionError):  # a number too long to read, nesting too deep
        raise DataFileError(NOT_JSON, name) from None


def _snapshot(data: object) -> MapSnapshot:
    record = as_object(data)
    if record is None:
        raise DataFileError(NOT_A_BACKUP)
    if record.get("format") != FORMAT:
        raise DataFileError(NOT_A_BACKUP, "format")
    top = Node(record, "", _complain)
    version = as_int(top.field("version").value)
    if version is None or version < 1:
        raise DataFileError(BAD_VERSION, "version")
    if version > VERSION:
        raise DataFileError(TOO_NEW, "version", version=_shown(version))
    name = _text(top.field("name"))
    vocabularies = top.field("vocabularies")
    listed = vocabularies.mapping()
    terms = {
        v: _terms(v, vocabularies.field(v.value))
        for v in Vocabulary
        if v.value in listed or v not in _LATER_VOCABULARIES
    }
    sections: dict[str, list[Entity]] = {}
    for key, cls in SECTIONS:
        items = top.field(key, []) if key in _LATER_SECTIONS else top.field(key)
        sections[key] = [_record(cls, item) for item in items.items()]
    _check(sections, terms)
    return MapSnapshot(
        views=_views(top),
        surveys=rounds_of(top),
        history=history_of(top),
        name=name,
        terms=terms,
        actors=_in_id_order(sections["actors"], Actor),
        clusters=_in_id_order(sections["clusters"], Cluster),
        contacts=_in_id_order(sections["contacts"], Contact),
        memberships=_in_id_order(sections["memberships"], Membership),
        relationships=_in_id_order(sections["relationships"], Relationship),
        projects=_in_id_order(sections["projects"], Project),
        project_partners=_in_id_order(sections["project_partners"], ProjectPartner),
    )


def _views(top: Node) -> tuple[SavedView, ...]:
    """The saved views, in list order; a backup from before views has none.

    Only a view's id, name and place are checked: its state is read leniently
    (:meth:`ViewState.from_dict`), since a view showing a little less is no reason to
    refuse a whole map.
    """
    views: list[SavedView] = []
    seen: set[int] = set()
    for item in top.field("views", []).items():
        state = item.mapping().get("state")
        id_node = item.field("id")
        view_id = _id(id_node)
        if view_id in seen:
            raise DataFileError(DUPLICATE_ID, id_node.path, id=view_id)
        seen.add(view_id)
        name = _text(item.field("name"))
        position = _integer(item.field("position"))
        views.append(SavedView(view_id, name, position, ViewState.from_dict(state)))
    return tuple(in_order(views))


def _in_id_order(entities: list[Entity], cls: type[E]) -> tuple[E, ...]:
    return tuple(sorted((e for e in entities if isinstance(e, cls)), key=lambda e: e.id or 0))


def _terms(vocabulary: Vocabulary, node: Node) -> tuple[Term, ...]:
    terms: dict[str, Term] = {}
    for item in node.items():
        term = with_swedish(vocabulary, _record(Term, item))
        at = f"{item.path}.code"
        if not term.code.strip():
            raise DataFileError(EMPTY_CODE, at)
        if term.code in terms:
            raise DataFileError(DUPLICATE_CODE, at, code=_shown(term.code))
        terms[term.code] = term
    return tuple(terms.values())


def _check(sections: dict[str, list[Entity]], terms: dict[Vocabulary, tuple[Term, ...]]) -> None:
    """Ids unique, references inside the file, codes known, every entity valid."""
    ids: dict[str, set[int]] = {}
    for key, entities in sections.items():
        seen: set[int] = set()
        for index, entity in enumerate(entities):
            entity_id = entity.id or 0  # never None: ids are read with _id
            if entity_id in seen:
                raise DataFileError(DUPLICATE_ID, f"{key}[{index}].id", id=entity_id)
            seen.add(entity_id)
        ids[key] = seen
    codes = {v: frozenset(t.code for t in vocabulary) for v, vocabulary in terms.items()}
    roles: set[tuple[int, int, str]] = set()
    partners: dict[int, list[Entity]] = {}  # of each project, so far
    for key, entities in sections.items():
        for index, entity in enumerate(entities):
            at = f"{key}[{index}]"
            for field, target in _REFERENCES.get(entity.entity_type, ()):
                value = getattr(entity, field)
                if value is not None and value not in ids[target]:
                    raise DataFileError(NO_SUCH[target], f"{at}.{field}", id=value)
            if isinstance(entity, Project):
                _check_clusters(entity.cluster_ids, ids["clusters"], f"{at}.cluster_ids")
            for field, vocabulary in CODE_FIELDS.get(entity.entity_type, ()):
                code = getattr(entity, field)
                # A vocabulary a version 1 backup may lack is no vocabulary at all here.
                if code and code not in codes.get(vocabulary, frozenset()):
                    raise DataFileError(
                        UNKNOWN_CODE,
                        f"{at}.{field}",
                        code=_shown(code),
                        vocabulary=vocabulary.value,
                    )
            # A partner is checked against the earlier partners of its project, so a share
            # that takes the total past 100 % or an actor listed twice is found where it is.
            siblings = (
                partners.setdefault(entity.project_id, [])
                if isinstance(entity, ProjectPartner)
                else []
            )
            errors = validate(entity, codes, siblings)
            siblings.append(entity)
            if errors:
                first = errors[0]
                raise DataFileError(
                    first.message,
                    f"{at}.{first.field}",
                    context=VALIDATION_CONTEXT,
                    **dict(first.params),
                )
            if isinstance(entity, Membership):
                role = (entity.actor_id, entity.cluster_id, entity.role)
                if role in roles:
                    raise DataFileError(DUPLICATE_MEMBERSHIP, at)
                roles.add(role)


def _check_clusters(cluster_ids: tuple[int, ...], known: set[int], location: str) -> None:
    seen: set[int] = set()
    for index, cluster_id in enumerate(cluster_ids):
        if cluster_id not in known:
            raise DataFileError(NO_SUCH_CLUSTER, f"{location}[{index}]", id=cluster_id)
        if cluster_id in seen:
            raise DataFileError(DUPLICATE_ID, f"{location}[{index}]", id=cluster_id)
        seen.add(cluster_id)


def _shown(value: object, limit: int = 40) -> str:
    """``value`` as a message may quote it: a hostile file's megabyte string is cut short."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- values -----------------------------------------------------------------------------


def _complain(mismatch: Mismatch) -> DataFileError:
    """The error of a value that is not of the type its place wants."""
    if mismatch.wanted is Wanted.FIELD:
        return DataFileError(MISSING, mismatch.path, field=mismatch.key)
    return DataFileError(_EXPECTED[mismatch.wanted], mismatch.path)


_EXPECTED = {
    Wanted.OBJECT: EXPECTED_OBJECT,
    Wanted.LIST: EXPECTED_LIST,
    Wanted.TEXT: EXPECTED_TEXT,
    Wanted.INTEGER: EXPECTED_INTEGER,
    Wanted.NUMBER: EXPECTED_NUMBER,
    Wanted.BOOLEAN: EXPECTED_BOOLEAN,
}


def _saying(template: str) -> Fail:
    """A complaint that says ``template`` whatever the mismatch (an id says more than
    "a whole number")."""

    def fail(mismatch: Mismatch) -> DataFileError:
        return DataFileError(template, mismatch.path)

    return fail


_AS_ID = _saying(EXPECTED_ID)
_AS_IDS = _saying(EXPECTED_IDS)


def _storable(text: str, location: str) -> str:
    try:
        text.encode("utf-8")  # a lone surrogate from a \ud800 escape cannot be stored
    except UnicodeEncodeError:
        raise DataFileError(INVALID_TEXT, location) from None
    return text


def _text(node: Node) -> str:
    return _storable(node.text(), node.path)


def _integer(node: Node) -> int:
    return node.integer(-_MAX_INT, _MAX_INT)


def _id(node: Node) -> int:
    return node.with_fail(_AS_ID).integer(1, _MAX_INT)


def _date(node: Node) -> date:
    try:
        if (text := as_text(node.value)) is not None:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise DataFileError(EXPECTED_DATE, node.path, value=_shown(node.value))


def _time(node: Node) -> datetime:
    try:
        if (text := as_text(node.value)) is not None:
            parsed = datetime.fromisoformat(text)
            if parsed.tzinfo is not None:
                return parsed.astimezone(UTC)  # the store keeps times in UTC
    except (ValueError, OverflowError):
        pass
    raise DataFileError(EXPECTED_TIME, node.path, value=_shown(node.value))


def _tags(node: Node) -> tuple[str, ...]:
    tags = list_of(node.value, as_text)
    if tags is None:  # the list is at fault, whichever item is not a text
        raise DataFileError(EXPECTED_TAGS, node.path)
    return tuple(_storable(tag, node.path) for tag in tags)


def _ids(node: Node) -> tuple[int, ...]:
    return node.with_fail(_AS_IDS).list_of(_id)


_Parser = Callable[[Node], object]


def _nullable(parse: _Parser) -> _Parser:
    def parse_or_none(node: Node) -> object:
        return node.optional(parse)

    return parse_or_none


# Parsers by the annotation of a dataclass field, and of every entity's own "id".
_PARSERS: dict[str, _Parser] = {
    "id": _id,
    "str": _text,
    "int": _integer,
    "int | None": _nullable(_id),
    "bool": Node.boolean,
    "float | None": _nullable(Node.number),
    "date | None": _nullable(_date),
    "datetime | None": _nullable(_time),
    "tuple[str, ...]": _tags,
    "tuple[int, ...]": _ids,
}


def _field_parsers(cls: type[Any]) -> tuple[tuple[str, _Parser, FastReader], ...]:
    # Built on import, so a field of a type without a parser fails every test at once.
    kinds = {f.name: "id" if f.name == "id" else str(f.type) for f in fields(cls) if f.compare}
    return tuple((name, _PARSERS[kind], FAST_READERS[kind]) for name, kind in kinds.items())


_FIELD_PARSERS: dict[type[Any], tuple[tuple[str, _Parser, FastReader], ...]] = {
    cls: _field_parsers(cls) for cls in (Term, *(cls for _key, cls in SECTIONS))
}


def _record(cls: type[R], node: Node) -> R:
    record = node.mapping()
    later = _LATER_FIELDS.get(cls, frozenset())
    values: dict[str, object] = {}
    for name, parse, fast in _FIELD_PARSERS[cls]:
        if name in record:
            # A Node only for a value that may be wrong, to say so (json_backup_fast).
            value = fast(record[name])
            values[name] = parse(node.field(name)) if value is SLOW else value
        elif name not in later:  # an older file lacks a later field: its default
            values[name] = parse(node.field(name))  # missing: says so
    return cls(**values)
