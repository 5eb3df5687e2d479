"""Programme files: reading and checking one, writing one, and loading them all.

A file is JSON (see :mod:`aspdesk.analysis.consortium.rules` for what it holds). Anything
that is not a valid programme raises :class:`ProgrammeFileError` naming the file and the
field, such as ``rules[three_countries].parameters.count``, never a bare KeyError: user
files are edited by hand. Comments go in fields whose names start with "_".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from aspdesk.analysis.consortium import messages as say
from aspdesk.analysis.consortium.rules import (
    COUNTED_ROLES,
    EU,
    EXTRA_COUNTRY_CODES,
    LANGUAGES,
    OPTIONAL_LANGUAGES,
    PARAMETERS,
    ROLES,
    RULE_KINDS,
    CountryException,
    CountrySet,
    Programme,
    Rule,
    Source,
    Texts,
)
from aspdesk.domain.countries import COUNTRY_CODES
from aspdesk.domain.data_files import resource
from aspdesk.domain.json_shape import Mismatch, Node, Wanted, as_choice, as_int, as_object, as_text

FORMAT = 1
MAX_FILE_BYTES = 1_000_000
PROGRAMME_FOLDER = "programmes"
_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


class ProgrammeFileError(Exception):
    """A programme file is broken: what is wrong, in which file and which field.

    ``template`` is an English sentence marked for translation in the "consortium" context;
    ``values`` fill it after translation; ``where`` names the file.
    """

    def __init__(self, template: str, where: str = "", **values: str) -> None:
        self.template = template
        self.where = where
        self.values = values
        super().__init__(self.text())

    @property
    def field(self) -> str:
        """The field the problem is in ("" when it is the whole file)."""
        return self.values.get("field", "")

    def text(self, translate: say.Translate | None = None) -> str:
        """The message (translated when ``translate`` is given), prefixed with the file."""
        message = say.Sentence(self.template, self.values).text(translate)
        return f"{self.where}: {message}" if self.where else message


# --- reading one file ----------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


class _DuplicateKey(Exception):
    pass


class _Reader:
    """Checks the values of one file, naming the file and the field of each problem."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, template: str, field: str, **values: object) -> ProgrammeFileError:
        return ProgrammeFileError(
            template, self.where, field=field, **{k: str(v) for k, v in values.items()}
        )

    def mismatch(self, mismatch: Mismatch) -> ProgrammeFileError:
        # A programme is read only as objects, lists and texts (numbers: see count).
        return self.fail(_MUST_BE[mismatch.wanted], mismatch.path)

    def node(self, value: object, field: str = "") -> Node:
        return Node(value, field, self.mismatch)

    def record(
        self, node: Node, required: Iterable[str], optional: Iterable[str] = ()
    ) -> Mapping[str, object]:
        data = node.mapping()
        required, known = tuple(required), (*required, *optional)
        for key, entry in node.entries():
            if key not in known and not key.startswith("_"):  # "_comment" and the like
                raise self.fail(say.UNKNOWN_FIELD, entry.path, known=", ".join(known))
        for key in required:
            node.field(key)
        return data

    def text(self, node: Node) -> str:
        text = node.text().strip()
        if not text:
            raise self.fail(say.MUST_BE_TEXT, node.path)
        return text

    def optional_text(self, node: Node, key: str) -> str:
        return self.text(node.field(key)) if key in node.mapping() else ""

    def texts(self, node: Node) -> Texts:
        data = node.mapping()
        found = {}
        for language in LANGUAGES:
            text = as_text(data.get(language))
            if text is None or not text.strip():
                raise self.fail(say.NEEDS_LANGUAGE, node.path, language=language)
            found[language] = text.strip()
        for language in OPTIONAL_LANGUAGES:
            if language in data:
                found[language] = self.text(node.field(language))
        self.record(node, LANGUAGES, OPTIONAL_LANGUAGES)
        return Texts(found["en"], found["fi"], found.get("sv", ""))

    def identifier(self, node: Node) -> str:
        value = as_text(node.value)
        if value is None or not _ID.fullmatch(value):
            raise self.fail(say.BAD_ID, node.path, value=_quoted(node.value))
        return value

    def count(self, node: Node, least: int = 1) -> int:
        value = as_int(node.value)
        if value is None or value < least:
            raise self.fail(say.MUST_BE_COUNT, node.path, least=least)
        return value

    def day(self, node: Node) -> date:
        try:
            value = as_text(node.value)
            if value is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                return date.fromisoformat(value)
        except ValueError:
            pass
        raise self.fail(say.MUST_BE_DATE, node.path, value=_quoted(node.value))

    def strings(self, node: Node) -> tuple[str, ...]:
        return node.list_of(self.text, start=1)


_MUST_BE = {
    Wanted.FIELD: say.MISSING,
    Wanted.OBJECT: say.MUST_BE_OBJECT,
    Wanted.LIST: say.MUST_BE_LIST,
    Wanted.TEXT: say.MUST_BE_TEXT,
}


def _quoted(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def read_programme(text: str | bytes, where: str = "", origin: str = "") -> Programme:
    """The programme in the JSON ``text`` of a file; ``where`` names it in errors.

    Raises ProgrammeFileError, naming the field, for anything that is not a valid programme.
    """
    if len(text) > MAX_FILE_BYTES:
        raise ProgrammeFileError(say.TOO_BIG, where, limit="1 MB")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise ProgrammeFileError(
            say.NOT_JSON, where, line=str(error.lineno), column=str(error.colno), detail=error.msg
        ) from None
    except _DuplicateKey as error:
        raise ProgrammeFileError(say.TWICE, where, field=str(error.args[0])) from None
    except (UnicodeDecodeError, RecursionError) as error:
        raise ProgrammeFileError(say.CANNOT_READ, where, detail=str(error)) from None
    return programme_from_dict(data, where, origin)


def programme_from_dict(data: object, where: str = "", origin: str = "") -> Programme:
    """The programme in ``data`` (a file's parsed JSON); see :func:`read_programme`."""
    read = _Reader(where)
    if as_object(data) is None:
        raise ProgrammeFileError(say.NOT_A_PROGRAMME, where)
    top = read.node(data)
    fields = read.record(
        top,
        ("id", "name", "checked", "notes", "rules"),
        ("format", "sources", "country_sets"),
    )
    if "format" in fields:
        version = read.count(top.field("format"))
        if version > FORMAT:
            raise ProgrammeFileError(say.NEWER_FORMAT, where, format=str(version), known="1")
    sets = _country_sets(read, top.field("country_sets", {}))
    known_sets = {s.id for s in sets} | {EU.id}
    rules: list[Rule] = []
    for node in top.field("rules").items(start=1):
        rule = _rule(read, node, known_sets)
        if any(r.id == rule.id for r in rules):
            raise read.fail(say.SAME_RULE_ID, f"rules[{rule.id}]", value=rule.id)
        rules.append(rule)
    return Programme(
        id=read.identifier(top.field("id")),
        name=read.texts(top.field("name")),
        checked=read.day(top.field("checked")),
        notes=read.texts(top.field("notes")),
        rules=tuple(rules),
        sources=top.field("sources", []).list_of(lambda source: _source(read, source), start=1),
        country_sets=sets,
        origin=origin,
    )


def _source(read: _Reader, node: Node) -> Source:
    read.record(node, ("title",), ("url", "version"))
    return Source(
        read.text(node.field("title")),
        read.optional_text(node, "url"),
        read.optional_text(node, "version"),
    )


def _country_sets(read: _Reader, node: Node) -> tuple[CountrySet, ...]:
    sets = []
    for set_id, body in node.entries():
        if set_id == EU.id:
            raise read.fail(say.RESERVED_SET, body.path, value=set_id)
        read.identifier(read.node(set_id, body.path))
        read.record(body, ("name", "countries"), ("source",))
        codes = read.strings(body.field("countries"))
        for i, code in enumerate(codes, start=1):
            if code not in COUNTRY_CODES | EXTRA_COUNTRY_CODES:
                raise read.fail(say.UNKNOWN_COUNTRY, f"{body.path}.countries[{i}]", value=code)
        sets.append(
            CountrySet(
                set_id,
                read.texts(body.field("name")),
                frozenset(codes),
                read.optional_text(body, "source"),
            )
        )
    return tuple(sets)


def _rule(read: _Reader, node: Node, known_sets: set[str]) -> Rule:
    data = read.record(
        node, ("id", "kind", "description"), ("parameters", "source", "only_if_kinds")
    )
    rule_id = read.identifier(node.field("id"))
    node = node.renamed(f"rules[{rule_id}]")
    kind = as_choice(data["kind"], RULE_KINDS)
    if kind is None:
        raise read.fail(
            say.UNKNOWN_RULE_KIND,
            node.field("kind").path,
            value=_quoted(data["kind"]),
            known=", ".join(RULE_KINDS),
        )
    required, optional = PARAMETERS[kind]
    parameters = node.field("parameters", {})
    where = parameters.path
    given = read.record(parameters, required, optional)
    values: dict[str, Any] = {}
    if "count" in given:
        values["count"] = read.count(parameters.field("count"))
    if "countries" in given:
        values["countries"] = _countries(read, parameters.field("countries"), known_sets)
    if "kinds" in given:
        values["kinds"] = read.strings(parameters.field("kinds"))
        if not values["kinds"]:
            raise read.fail(say.MUST_BE_TEXT, f"{where}.kinds[1]")
    if "roles" in given:
        roles = read.strings(parameters.field("roles"))
        for i, role in enumerate(roles, start=1):
            if as_choice(role, ROLES) is None:
                raise read.fail(
                    say.UNKNOWN_ROLE, f"{where}.roles[{i}]", value=role, known=", ".join(ROLES)
                )
        values["roles"] = roles
    if "exceptions" in given:
        values["exceptions"] = parameters.field("exceptions").list_of(
            lambda item: _exception(read, item, known_sets)
        )
    if "only_if_kinds" in data:
        values["only_if_kinds"] = read.strings(node.field("only_if_kinds"))
    return Rule(
        id=rule_id,
        kind=kind,
        description=read.texts(node.field("description")),
        source=read.optional_text(node, "source"),
        **values,
    )


def _countries(read: _Reader, node: Node, known_sets: set[str]) -> tuple[str, ...]:
    entries = read.strings(node)
    if not entries:
        raise read.fail(say.MUST_BE_TEXT, f"{node.path}[1]")
    for i, entry in enumerate(entries, start=1):
        if entry not in known_sets and entry not in COUNTRY_CODES | EXTRA_COUNTRY_CODES:
            raise read.fail(say.UNKNOWN_COUNTRY, f"{node.path}[{i}]", value=entry)
    return entries


def _exception(read: _Reader, node: Node, known_sets: set[str]) -> CountryException:
    read.record(node, ("countries", "condition"))
    return CountryException(
        _countries(read, node.field("countries"), known_sets),
        read.texts(node.field("condition")),
    )


# --- writing one file ----------------------------------------------------------------------


def programme_to_dict(programme: Programme) -> dict[str, Any]:
    """``programme`` as the JSON object of its file (read back by :func:`programme_from_dict`)."""

    def texts(value: Texts) -> dict[str, str]:
        data = {"en": value.en, "fi": value.fi, "sv": value.sv}
        return {k: v for k, v in data.items() if v}

    def source(value: Source) -> dict[str, str]:
        data = {"title": value.title, "url": value.url, "version": value.version}
        return {k: v for k, v in data.items() if v}

    def rule(value: Rule) -> dict[str, Any]:
        required, optional = PARAMETERS[value.kind]
        names = (*required, *optional)
        parameters: dict[str, Any] = {}
        if "count" in names and ("count" in required or value.count != 1):
            parameters["count"] = value.count
        if "countries" in names and value.countries:
            parameters["countries"] = list(value.countries)
        if "kinds" in names:
            parameters["kinds"] = list(value.kinds)
        if "roles" in names and value.roles != COUNTED_ROLES:
            parameters["roles"] = list(value.roles)
        if value.exceptions:
            parameters["exceptions"] = [
                {"countries": list(e.countries), "condition": texts(e.condition)}
                for e in value.exceptions
            ]
        data: dict[str, Any] = {"id": value.id, "kind": value.kind, "parameters": parameters}
        if value.only_if_kinds:
            data["only_if_kinds"] = list(value.only_if_kinds)
        data["description"] = texts(value.description)
        if value.source:
            data["source"] = value.source
        return data

    return {
        "format": FORMAT,
        "id": programme.id,
        "name": texts(programme.name),
        "checked": programme.checked.isoformat(),
        "sources": [source(s) for s in programme.sources],
        "notes": texts(programme.notes),
        "country_sets": {
            s.id: {
                "name": texts(s.name),
                "countries": sorted(s.countries),
                **({"source": s.source} if s.source else {}),
            }
            for s in programme.country_sets
        },
        "rules": [rule(r) for r in programme.rules],
    }


def programme_to_json(programme: Programme) -> str:
    """The text of ``programme``'s file: indented JSON, UTF-8 letters kept as they are."""
    return json.dumps(programme_to_dict(programme), ensure_ascii=False, indent=2) + "\n"


# --- all programmes ------------------------------------------------------------------------


def _shipped_files() -> Iterator[tuple[str, Traversable]]:
    folder = resource(PROGRAMME_FOLDER)
    for node in sorted(folder.iterdir(), key=lambda n: n.name):
        if node.name.endswith(".json") and node.is_file():
            yield f"{PROGRAMME_FOLDER}/{node.name}", node


def _user_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise ProgrammeFileError(say.CANNOT_READ, str(folder), detail=str(error)) from None


def _read_user_file(path: Path) -> Programme:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ProgrammeFileError(say.TOO_BIG, str(path), limit="1 MB")
        data = path.read_bytes()
    except OSError as error:
        raise ProgrammeFileError(say.CANNOT_READ, str(path), detail=str(error)) from None
    return read_programme(data, str(path), origin=str(path))


def load_programmes(
    user_folder: Path | None = None, problems: list[ProgrammeFileError] | None = None
) -> dict[str, Programme]:
    """The shipped programmes, with those in ``user_folder`` added or replacing them by id.

    A broken user file raises :class:`ProgrammeFileError` naming the file and the field;
    when ``problems`` is given, the error is put there instead and the file skipped, so one
    bad file does not hide the others. A missing folder holds no programmes. A broken
    shipped file always raises: it is a fault of aspdesk, not of the user.
    """
    programmes: dict[str, Programme] = {}
    seen: dict[str, str] = {}
    for where, node in _shipped_files():
        programme = read_programme(node.read_bytes(), where)
        if programme.id in seen:
            raise ProgrammeFileError(
                say.SAME_PROGRAMME_ID,
                where,
                field="id",
                value=programme.id,
                other=seen[programme.id],
            )
        seen[programme.id] = where
        programmes[programme.id] = programme
    if user_folder is None:
        return programmes
    user_seen: dict[str, str] = {}
    for path in _user_files(user_folder):
        try:
            programme = _read_user_file(path)
            if programme.id in user_seen:
                raise ProgrammeFileError(
                    say.SAME_PROGRAMME_ID,
                    str(path),
                    field="id",
                    value=programme.id,
                    other=user_seen[programme.id],
                )
        except ProgrammeFileError as error:
            if problems is None:
                raise
            problems.append(error)
            continue
        user_seen[programme.id] = str(path)
        programmes[programme.id] = programme
    return programmes
