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

    def record(
        self, value: object, field: str, required: Iterable[str], optional: Iterable[str] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(say.MUST_BE_OBJECT, field)
        required, known = tuple(required), (*required, *optional)
        for key in value:
            if key not in known and not key.startswith("_"):  # "_comment" and the like
                raise self.fail(say.UNKNOWN_FIELD, _at(field, key), known=", ".join(known))
        for key in required:
            if key not in value:
                raise self.fail(say.MISSING, _at(field, key))
        return value

    def sequence(self, value: object, field: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(say.MUST_BE_LIST, field)
        return value

    def text(self, value: object, field: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(say.MUST_BE_TEXT, field)
        return value.strip()

    def optional_text(self, data: Mapping[str, Any], key: str, field: str) -> str:
        return self.text(data[key], _at(field, key)) if key in data else ""

    def texts(self, value: object, field: str) -> Texts:
        if not isinstance(value, dict):
            raise self.fail(say.MUST_BE_OBJECT, field)
        for language in LANGUAGES:
            if not isinstance(value.get(language), str) or not value[language].strip():
                raise self.fail(say.NEEDS_LANGUAGE, field, language=language)
        data = self.record(value, field, LANGUAGES)
        return Texts(data["en"].strip(), data["fi"].strip())

    def identifier(self, value: object, field: str) -> str:
        if not isinstance(value, str) or not _ID.fullmatch(value):
            raise self.fail(say.BAD_ID, field, value=json.dumps(value, ensure_ascii=False))
        return value

    def count(self, value: object, field: str, least: int = 1) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise self.fail(say.MUST_BE_COUNT, field, least=least)
        return value

    def day(self, value: object, field: str) -> date:
        try:
            if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                return date.fromisoformat(value)
        except ValueError:
            pass
        raise self.fail(say.MUST_BE_DATE, field, value=json.dumps(value, ensure_ascii=False))

    def strings(self, value: object, field: str) -> tuple[str, ...]:
        items = self.sequence(value, field)
        return tuple(self.text(item, f"{field}[{i + 1}]") for i, item in enumerate(items))


def _at(field: str, key: str) -> str:
    return f"{field}.{key}" if field else key


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
    if not isinstance(data, dict):
        raise ProgrammeFileError(say.NOT_A_PROGRAMME, where)
    top = read.record(
        data,
        "",
        ("id", "name", "checked", "notes", "rules"),
        ("format", "sources", "country_sets"),
    )
    if "format" in top:
        version = read.count(top["format"], "format")
        if version > FORMAT:
            raise ProgrammeFileError(say.NEWER_FORMAT, where, format=str(version), known="1")
    sets = _country_sets(read, top.get("country_sets", {}))
    known_sets = {s.id for s in sets} | {EU.id}
    rules: list[Rule] = []
    for position, value in enumerate(read.sequence(top["rules"], "rules"), start=1):
        rule = _rule(read, value, position, known_sets)
        if any(r.id == rule.id for r in rules):
            raise read.fail(say.SAME_RULE_ID, f"rules[{rule.id}]", value=rule.id)
        rules.append(rule)
    return Programme(
        id=read.identifier(top["id"], "id"),
        name=read.texts(top["name"], "name"),
        checked=read.day(top["checked"], "checked"),
        notes=read.texts(top["notes"], "notes"),
        rules=tuple(rules),
        sources=tuple(
            _source(read, value, f"sources[{i}]")
            for i, value in enumerate(read.sequence(top.get("sources", []), "sources"), start=1)
        ),
        country_sets=sets,
        origin=origin,
    )


def _source(read: _Reader, value: object, field: str) -> Source:
    data = read.record(value, field, ("title",), ("url", "version"))
    return Source(
        read.text(data["title"], _at(field, "title")),
        read.optional_text(data, "url", field),
        read.optional_text(data, "version", field),
    )


def _country_sets(read: _Reader, value: object) -> tuple[CountrySet, ...]:
    if not isinstance(value, dict):
        raise read.fail(say.MUST_BE_OBJECT, "country_sets")
    sets = []
    for set_id, body in value.items():
        field = f"country_sets.{set_id}"
        if set_id == EU.id:
            raise read.fail(say.RESERVED_SET, field, value=set_id)
        read.identifier(set_id, field)
        data = read.record(body, field, ("name", "countries"), ("source",))
        codes = read.strings(data["countries"], _at(field, "countries"))
        for i, code in enumerate(codes, start=1):
            if code not in COUNTRY_CODES | EXTRA_COUNTRY_CODES:
                raise read.fail(say.UNKNOWN_COUNTRY, f"{field}.countries[{i}]", value=code)
        sets.append(
            CountrySet(
                set_id,
                read.texts(data["name"], _at(field, "name")),
                frozenset(codes),
                read.optional_text(data, "source", field),
            )
        )
    return tuple(sets)


def _rule(read: _Reader, value: object, position: int, known_sets: set[str]) -> Rule:
    field = f"rules[{position}]"
    data = read.record(
        value, field, ("id", "kind", "description"), ("parameters", "source", "only_if_kinds")
    )
    rule_id = read.identifier(data["id"], _at(field, "id"))
    field = f"rules[{rule_id}]"
    kind = data["kind"]
    if kind not in RULE_KINDS:
        raise read.fail(
            say.UNKNOWN_RULE_KIND,
            _at(field, "kind"),
            value=json.dumps(kind, ensure_ascii=False),
            known=", ".join(RULE_KINDS),
        )
    required, optional = PARAMETERS[kind]
    where = _at(field, "parameters")
    parameters = read.record(data.get("parameters", {}), where, required, optional)
    values: dict[str, Any] = {}
    if "count" in parameters:
        values["count"] = read.count(parameters["count"], _at(where, "count"))
    if "countries" in parameters:
        values["countries"] = _countries(read, parameters["countries"], where, known_sets)
    if "kinds" in parameters:
        values["kinds"] = read.strings(parameters["kinds"], _at(where, "kinds"))
        if not values["kinds"]:
            raise read.fail(say.MUST_BE_TEXT, f"{where}.kinds[1]")
    if "roles" in parameters:
        roles = read.strings(parameters["roles"], _at(where, "roles"))
        for i, role in enumerate(roles, start=1):
            if role not in ROLES:
                raise read.fail(
                    say.UNKNOWN_ROLE, f"{where}.roles[{i}]", value=role, known=", ".join(ROLES)
                )
        values["roles"] = roles
    if "exceptions" in parameters:
        values["exceptions"] = tuple(
            _exception(read, item, f"{where}.exceptions[{i}]", known_sets)
            for i, item in enumerate(
                read.sequence(parameters["exceptions"], _at(where, "exceptions"))
            )
        )
    if "only_if_kinds" in data:
        values["only_if_kinds"] = read.strings(data["only_if_kinds"], _at(field, "only_if_kinds"))
    return Rule(
        id=rule_id,
        kind=kind,
        description=read.texts(data["description"], _at(field, "description")),
        source=read.optional_text(data, "source", field),
        **values,
    )


def _countries(read: _Reader, value: object, field: str, known_sets: set[str]) -> tuple[str, ...]:
    field = _at(field, "countries")
    entries = read.strings(value, field)
    if not entries:
        raise read.fail(say.MUST_BE_TEXT, f"{field}[1]")
    for i, entry in enumerate(entries, start=1):
        if entry not in known_sets and entry not in COUNTRY_CODES | EXTRA_COUNTRY_CODES:
            raise read.fail(say.UNKNOWN_COUNTRY, f"{field}[{i}]", value=entry)
    return entries


def _exception(read: _Reader, value: object, field: str, known_sets: set[str]) -> CountryException:
    data = read.record(value, field, ("countries", "condition"))
    return CountryException(
        _countries(read, data["countries"], field, known_sets),
        read.texts(data["condition"], _at(field, "condition")),
    )


# --- writing one file ----------------------------------------------------------------------


def programme_to_dict(programme: Programme) -> dict[str, Any]:
    """``programme`` as the JSON object of its file (read back by :func:`programme_from_dict`)."""

    def texts(value: Texts) -> dict[str, str]:
        return {"en": value.en, "fi": value.fi}

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
