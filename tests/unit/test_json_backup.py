"""The JSON backup: a whole map out and back without loss, and bad files refused clearly."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aspdesk.app.exchange import restore_snapshot, snapshot_of
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.json_shape import Node
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Term, Vocabulary
from aspdesk.io import json_backup
from aspdesk.io.errors import DataFileError
from aspdesk.io.json_backup import read_json, write_json
from aspdesk.io.json_backup_fast import FAST_READERS, SLOW
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.opening import create_map
from aspdesk.store.repository import MapStore

# Each test using the store fixture runs on a map file and on a team map (PostgreSQL).
pytestmark = pytest.mark.both_backends

NORTHERN = "äöå ÄÖÅ šž ŠŽ đ Đ ŋ Ŋ ŧ Ŧ ʒ Ʒ čá 🦌❄️👩🏽‍🔬"
CREATED = datetime(2015, 6, 1, 9, 30, 15, 123456, tzinfo=UTC)


def _small() -> MapSnapshot:
    """A map with one of everything, ids with gaps (as after deletes)."""
    return MapSnapshot(
        name="Lapin klusterit",
        terms=dict(BUILTIN_TERMS),
        actors=(
            Actor(
                id=3,
                name="Lapin liitto",
                kind="authority",
                business_id="0209669-1",
                pic="999999999",
                tags=("aluekehitys", "ERDF"),
                created_at=CREATED,
                updated_at=CREATED,
                x=1.25,
                y=-3.5,
                pinned=True,
            ),
            Actor(
                id=7, name="Arctic Oy", size_class="micro", created_at=CREATED, updated_at=CREATED
            ),
        ),
        clusters=(
            Cluster(id=4, name="Arctic Design", coordinator_id=3, start_date=date(2015, 6, 1)),
        ),
        contacts=(
            Contact(id=2, actor_id=3, name="Maija Meikäläinen", email="maija@lapinliitto.fi"),
        ),
        memberships=(Membership(id=5, actor_id=3, cluster_id=4, role="coordinator"),),
        relationships=(
            Relationship(
                id=9, source_id=3, target_id=7, type="funding", last_verified=date(2016, 1, 2)
            ),
        ),
        projects=(
            Project(
                id=2,
                name="Arctic Smartness Portfolio",
                acronym="ASP",
                programme="erdf",
                status="closed",
                budget=500_000.0,
                grant=350_000.25,
                start_date=date(2015, 6, 1),
                cluster_ids=(4,),
                notes="Puolen vuoden hanke",
            ),
        ),
        project_partners=(
            ProjectPartner(id=6, project_id=2, actor_id=3, role="coordinator", budget_share=60.0),
            ProjectPartner(id=8, project_id=2, actor_id=7, budget_share=40.0),
        ),
    )


def _write_document(path: Path, change: Callable[[dict[str, Any]], object]) -> Path:
    write_json(_small(), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")  # \\u escapes: lone surrogates too
    return path


def _fresh(tmp_path: Path, name: str = "x.aspmap") -> MapStore:
    return create_map(tmp_path / name)


# -- round trips --------------------------------------------------------------------------


def test_the_sample_map_comes_back_equal(sample_store: MapStore, tmp_path: Path) -> None:
    snapshot = snapshot_of(sample_store)
    assert snapshot.actors and snapshot.clusters and snapshot.memberships
    assert snapshot.relationships and snapshot.contacts
    assert snapshot.projects and snapshot.project_partners
    path = tmp_path / "backup.json"
    write_json(snapshot, path)
    assert read_json(path) == snapshot


def test_json_map_json_gives_an_identical_file(sample_store: MapStore, tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    actor = sample_store.actors()[0]
    assert actor.id is not None
    sample_store.update(EntityType.ACTOR, actor.id, {"pic": "999999999"})
    project = snapshot_of(sample_store).projects[0]
    assert project.id is not None
    changes = {"budget": 812_345.5, "grant": 0.1 + 0.2, "call_id": "ERDF-2015-1"}
    sample_store.update(EntityType.PROJECT, project.id, changes)
    partner = snapshot_of(sample_store).project_partners[0]
    assert partner.id is not None
    sample_store.update(EntityType.PROJECT_PARTNER, partner.id, {"budget_share": 12.25})
    write_json(snapshot_of(sample_store), first)
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["projects"][0]["cluster_ids"] and len(document["project_partners"]) == 8
    assert document["actors"][0]["pic"] == "999999999"
    restored = _fresh(tmp_path)
    try:
        restore_snapshot(restored, read_json(first))
        write_json(snapshot_of(restored), second)
    finally:
        restored.close()
    assert second.read_bytes() == first.read_bytes()


def test_restore_keeps_ids_times_and_positions(tmp_path: Path) -> None:
    restored = _fresh(tmp_path)
    try:
        restore_snapshot(restored, _small())
        assert snapshot_of(restored) == _small()
        # Ids after a gap stay free of clashes: the next actor gets a new one.
        assert restored.insert(Actor(name="Uusi", kind="company")).id == 8
    finally:
        restored.close()


def test_the_file_is_deterministic_and_readable(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_json(_small(), first)
    write_json(_small(), second)
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert list(document) == [
        "format",
        "version",
        "name",
        "vocabularies",
        "actors",
        "clusters",
        "contacts",
        "memberships",
        "relationships",
        "projects",
        "project_partners",
        "views",
        "surveys",
    ]
    assert (document["format"], document["version"]) == ("aspdesk-map", 2)
    assert set(document["vocabularies"]) == {v.value for v in Vocabulary}
    assert document["vocabularies"]["actor_kind"][0] == {
        "code": "company",
        "label_en": "Company",
        "label_fi": "Yritys",
        "position": 0,
    }
    actor = document["actors"][0]
    assert actor["tags"] == ["aluekehitys", "ERDF"]
    assert actor["created_at"] == "2015-06-01T09:30:15.123456+00:00"
    assert actor["size_class"] == "" and document["actors"][1]["x"] is None
    assert document["clusters"][0]["start_date"] == "2015-06-01"
    assert document["clusters"][0]["end_date"] is None
    assert [a["id"] for a in document["actors"]] == [3, 7]


def test_finnish_and_sami_letters_and_emoji_survive(tmp_path: Path) -> None:
    base = _small()
    snapshot = MapSnapshot(
        name=f"Kartta {NORTHERN}",
        terms=base.terms,
        actors=(
            replace(
                base.actors[0],
                name=f"Sámediggi {NORTHERN}",
                notes=f"rivi 1\n{NORTHERN}\trivi 2",
                tags=("ŋoahkki", "🦌"),
                municipality="Anár / Aanaar / Inari",
            ),
            base.actors[1],
        ),
        clusters=base.clusters,
        contacts=(Contact(id=2, actor_id=3, name="Áigin Ŋuolja", title=NORTHERN),),
        memberships=base.memberships,
        relationships=base.relationships,
    )
    path = tmp_path / "backup.json"
    write_json(snapshot, path)
    assert NORTHERN in path.read_text(encoding="utf-8")  # written as letters, not \u escapes
    assert read_json(path) == snapshot
    restored = _fresh(tmp_path)
    try:
        restore_snapshot(restored, read_json(path))
        assert snapshot_of(restored) == snapshot
    finally:
        restored.close()


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    def add_keys(document: dict[str, Any]) -> None:
        document["comment"] = "made by hand"
        document["actors"][0]["favourite_colour"] = "blue"
        document["vocabularies"]["moods"] = [{"code": "happy"}]
        document["vocabularies"]["actor_kind"][0]["icon"] = "factory"

    assert read_json(_write_document(tmp_path / "backup.json", add_keys)) == _small()


# -- bad input ----------------------------------------------------------------------------


def _set(section: str, index: int, field: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        document[section][index][field] = value

    return change


def _drop(section: str, index: int, field: str) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        del document[section][index][field]

    return change


def _top(key: str, value: object = ...) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        if value is ...:
            del document[key]
        else:
            document[key] = value

    return change


def _vocabulary(change_terms: Callable[[list[dict[str, Any]]], object]) -> Callable[..., None]:
    def change(document: dict[str, Any]) -> None:
        change_terms(document["vocabularies"]["actor_kind"])

    return change


def _second_membership(document: dict[str, Any]) -> None:
    document["memberships"].append({**document["memberships"][0], "id": 6})


BAD_DOCUMENTS: list[tuple[str, Callable[[dict[str, Any]], object], str, str]] = [
    ("wrong format", _top("format", "something-else"), "format", "not an aspdesk map"),
    ("no format", _top("format"), "format", "not an aspdesk map"),
    ("newer version", _top("version", 3), "version", "made by a newer aspdesk"),
    ("version as text", _top("version", "1"), "version", "whole number"),
    ("version zero", _top("version", 0), "version", "whole number"),
    ("no name", _top("name"), "name", "“name” is missing"),
    ("name a number", _top("name", 5), "name", "text"),
    ("no vocabularies", _top("vocabularies"), "vocabularies", "missing"),
    ("actors an object", _top("actors", {}), "actors", "list"),
    ("no clusters", _top("clusters"), "clusters", "missing"),
    ("actor not an object", _top("actors", [1]), "actors[0]", "object"),
    ("missing field", _drop("actors", 1, "business_id"), "actors[1].business_id", "missing"),
    ("name a number", _set("actors", 0, "name", 5), "actors[0].name", "text"),
    ("pinned as text", _set("actors", 0, "pinned", "yes"), "actors[0].pinned", "true or false"),
    ("tags as text", _set("actors", 0, "tags", "a, b"), "actors[0].tags", "list"),
    ("tag a number", _set("actors", 0, "tags", ["a", 1]), "actors[0].tags", "list"),
    ("x as text", _set("actors", 0, "x", "1.5"), "actors[0].x", "number"),
    ("x too large", _set("actors", 0, "x", 10**400), "actors[0].x", "number"),
    ("lone surrogate", _set("actors", 0, "notes", "\ud800"), "actors[0].notes", "Unicode"),
    ("bad time", _set("actors", 0, "created_at", "yesterday"), "actors[0].created_at", "time"),
    (
        "time without zone",
        _set("actors", 0, "created_at", "2015-06-01T09:30:15"),
        "actors[0].created_at",
        "time zone",
    ),
    (
        "not a date",
        _set("clusters", 0, "start_date", "2015-13-45"),
        "clusters[0].start_date",
        "date",
    ),
    (
        "date a number",
        _set("clusters", 0, "start_date", 20150601),
        "clusters[0].start_date",
        "date",
    ),
    (
        "strength true",
        _set("relationships", 0, "strength", True),
        "relationships[0].strength",
        "whole",
    ),
    ("no id", _set("actors", 0, "id", None), "actors[0].id", "id"),
    ("id zero", _set("actors", 0, "id", 0), "actors[0].id", "id"),
    ("id too large", _set("actors", 0, "id", 2**63), "actors[0].id", "id"),
    ("duplicate id", _set("actors", 1, "id", 3), "actors[1].id", "used twice"),
    ("contact of nobody", _set("contacts", 0, "actor_id", 99), "contacts[0].actor_id", "no actor"),
    (
        "coordinator missing",
        _set("clusters", 0, "coordinator_id", 99),
        "clusters[0].coordinator_id",
        "no actor with the id 99",
    ),
    (
        "member missing",
        _set("memberships", 0, "actor_id", 7_000),
        "memberships[0].actor_id",
        "actor",
    ),
    (
        "cluster missing",
        _set("memberships", 0, "cluster_id", 3),
        "memberships[0].cluster_id",
        "no cluster",
    ),
    (
        "tie to nobody",
        _set("relationships", 0, "target_id", 4),
        "relationships[0].target_id",
        "actor",
    ),
    ("unknown kind", _set("actors", 0, "kind", "alien"), "actors[0].kind", "“alien”"),
    ("unknown size", _set("actors", 1, "size_class", "huge"), "actors[1].size_class", "“huge”"),
    ("unknown role", _set("memberships", 0, "role", "boss"), "memberships[0].role", "“boss”"),
    ("unknown type", _set("relationships", 0, "type", "love"), "relationships[0].type", "“love”"),
    (
        "code not in the file's own list",
        _vocabulary(lambda terms: terms.pop(5)),  # "authority", the kind of actors[0]
        "actors[0].kind",
        "“authority”",
    ),
    (
        "vocabulary missing",
        lambda d: d["vocabularies"].pop("size_class"),
        "vocabularies.size_class",
        "missing",
    ),
    (
        "code a number",
        _vocabulary(lambda terms: terms[0].update(code=3)),
        "vocabularies.actor_kind[0].code",
        "text",
    ),
    (
        "code twice",
        _vocabulary(lambda terms: terms.append(dict(terms[0]))),
        "vocabularies.actor_kind[8].code",
        "twice",
    ),
    (
        "empty code",
        _vocabulary(lambda terms: terms[2].update(code=" ")),
        "vocabularies.actor_kind[2].code",
        "empty",
    ),
    (
        "bad business id",
        _set("actors", 0, "business_id", "0209669-2"),
        "actors[0].business_id",
        "check digit",
    ),
    (
        "bad email",
        _set("contacts", 0, "email", "maija at lapinliitto"),
        "contacts[0].email",
        "email",
    ),
    ("empty name", _set("clusters", 0, "name", "  "), "clusters[0].name", "Enter a name"),
    (
        "tie to itself",
        _set("relationships", 0, "target_id", 3),
        "relationships[0].target_id",
        "itself",
    ),
    ("strength 9", _set("relationships", 0, "strength", 9), "relationships[0].strength", "1 to 5"),
    ("role twice", _second_membership, "memberships[1]", "already has this role"),
    (
        "projects, but no project statuses",  # found by tests/unit/test_fuzz_import_commits.py
        lambda document: document["vocabularies"].pop("project_status"),
        "projects[0].status",
        "not among the file's terms in “project_status”",
    ),
]


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [case[1:] for case in BAD_DOCUMENTS],
    ids=[f"{case[0]}-{i}" for i, case in enumerate(BAD_DOCUMENTS)],
)
def test_a_bad_document_says_what_and_where(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], where: str, words: str
) -> None:
    path = _write_document(tmp_path / "backup.json", change)
    with pytest.raises(DataFileError) as raised:
        read_json(path)
    assert raised.value.where == f"backup.json, {where}"
    assert words.casefold() in raised.value.message.casefold()


def test_a_message_quotes_a_long_value_cut_short(tmp_path: Path) -> None:
    path = _write_document(tmp_path / "backup.json", _set("clusters", 0, "end_date", "9" * 100_000))
    with pytest.raises(DataFileError) as raised:
        read_json(path)
    assert raised.value.where == "backup.json, clusters[0].end_date"
    assert "“" + "9" * 39 + "…”" in raised.value.message
    assert len(raised.value.message) < 200


def test_times_in_other_zones_are_kept_as_utc(tmp_path: Path) -> None:
    helsinki = datetime.fromisoformat("2015-06-01T12:30:15.123456+03:00")
    base = _small()
    path = tmp_path / "backup.json"
    write_json(
        replace(base, actors=(replace(base.actors[0], created_at=helsinki), base.actors[1])), path
    )
    assert '"created_at": "2015-06-01T09:30:15.123456+00:00"' in path.read_text(encoding="utf-8")
    assert read_json(path).actors[0].created_at == CREATED


def _truncated(path: Path) -> None:
    write_json(_small(), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


BAD_FILES: list[tuple[str, Callable[[Path], object], str, str]] = [
    ("missing", lambda p: None, "backup.json", "does not exist"),
    ("folder", lambda p: p.mkdir(), "backup.json", "not a file"),
    ("empty", lambda p: p.write_bytes(b""), "backup.json", "empty"),
    ("only spaces", lambda p: p.write_bytes(b" \n\t\n"), "backup.json", "empty"),
    ("truncated", _truncated, "backup.json, line ", "not valid JSON"),
    (
        "random bytes",
        lambda p: p.write_bytes(b"\xff" + random.Random(7).randbytes(4096)),
        "backup.json, byte 1",
        "not UTF-8",
    ),
    (
        "latin-1",
        lambda p: p.write_bytes('{"name": "Hämeenlinna"}'.encode("latin-1")),
        "backup.json, byte 12",
        "UTF-8",
    ),
    (
        "not json",
        lambda p: p.write_text('{\n  "format": "aspdesk-map",\n  oops\n}'),
        "backup.json, line 3, column 3",
        "JSON",
    ),
    ("array", lambda p: p.write_text("[]"), "backup.json", "not an aspdesk map"),
    ("string", lambda p: p.write_text('"aspdesk-map"'), "backup.json", "not an aspdesk map"),
    ("deep nesting", lambda p: p.write_text("[" * 200_000), "backup.json", "JSON"),
    (
        "huge number",
        lambda p: p.write_text('{"version": ' + "9" * 10_000 + "}"),
        "backup.json",
        "JSON",
    ),
]


@pytest.mark.parametrize(
    ("make", "where", "words"),
    [case[1:] for case in BAD_FILES],
    ids=[case[0] for case in BAD_FILES],
)
def test_a_bad_file_says_what_and_where(
    tmp_path: Path, make: Callable[[Path], object], where: str, words: str
) -> None:
    path = tmp_path / "backup.json"
    make(path)
    with pytest.raises(DataFileError) as raised:
        read_json(path)
    assert raised.value.where.startswith(where)
    assert words.casefold() in raised.value.message.casefold()


def test_a_file_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    write_json(_small(), path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert read_json(path) == _small()


def test_a_201_mb_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    with path.open("wb") as handle:
        handle.truncate(json_backup.MAX_FILE_BYTES + 1)  # sparse: takes no room on disk
    with pytest.raises(DataFileError) as raised:
        read_json(path)
    assert raised.value.where == "backup.json"
    assert f"larger than {json_backup.MAX_FILE_BYTES // 2**20} MB" in raised.value.message


def test_the_size_limit_is_the_constant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "backup.json"
    write_json(_small(), path)
    monkeypatch.setattr(json_backup, "MAX_FILE_BYTES", path.stat().st_size)
    assert read_json(path) == _small()
    monkeypatch.setattr(json_backup, "MAX_FILE_BYTES", path.stat().st_size - 1)
    with pytest.raises(DataFileError, match="larger than"):
        read_json(path)


# -- the fast path ------------------------------------------------------------------------

BOUNDS = [0, 1, -1, 2**63 - 1, 2**63, -(2**63 - 1), -(2**63), 10**400]
ZONES = st.builds(timezone, st.timedeltas(timedelta(hours=-23), timedelta(hours=23)))
# What a field of a backup may hold: JSON's values, edge cases of each type, and texts that
# almost are dates and times.
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(BOUNDS),
    st.floats(),
    st.text(st.characters(exclude_categories=()), max_size=8),  # lone surrogates too
    st.dates().map(date.isoformat),
    st.datetimes().map(datetime.isoformat),  # without a zone: not a time of a backup
    st.datetimes(timezones=ZONES).map(datetime.isoformat),
    st.sampled_from(["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "2015-6-1"]),
    st.sampled_from(["\ud800", "Kittilä \udfff", "Sodankylä", "🦌"]),
)
FIELD_VALUES = st.one_of(LEAVES, st.lists(LEAVES, max_size=4), st.dictionaries(st.text(), LEAVES))
FIELD_READERS = [(name, json_backup._PARSERS[name], fast) for name, fast in FAST_READERS.items()]


@pytest.mark.parametrize(
    ("parse", "fast"),
    [(parse, fast) for _name, parse, fast in FIELD_READERS],
    ids=[name for name, _parse, _fast in FIELD_READERS],
)
@settings(max_examples=400, deadline=None, derandomize=True)
@given(value=FIELD_VALUES)
def test_the_fast_path_reads_a_value_as_the_slow_one_does(
    parse: Callable[[Node], object], fast: Callable[[object], object], value: object
) -> None:
    """A value the fast path takes, the Node path takes too, and reads the same (the same
    types, the same time zone); any other value is left to the Node path and its message."""
    taken = fast(value)
    if taken is not SLOW:
        read = parse(Node(value, "actors[0].field", json_backup._complain))
        assert repr(read) == repr(taken)


def test_every_field_of_a_plain_backup_takes_the_fast_path(tmp_path: Path) -> None:
    """The fast path is taken: a backup as aspdesk writes it needs no Node per field."""
    path = _write_document(tmp_path / "backup.json", lambda document: None)
    document = json.loads(path.read_text(encoding="utf-8"))
    taken = 0
    for key, cls in json_backup.SECTIONS:
        for record in document[key]:
            for name, _parse, fast in json_backup._FIELD_PARSERS[cls]:
                assert fast(record[name]) is not SLOW, f"{key}: {name} = {record[name]!r}"
                taken += 1
    assert taken > 100


# -- restoring ----------------------------------------------------------------------------


def test_restore_into_a_map_with_actors_is_refused(sample_store: MapStore) -> None:
    before = snapshot_of(sample_store)
    with pytest.raises(ValueError, match="empty map"):
        restore_snapshot(sample_store, _small())
    assert snapshot_of(sample_store) == before


def test_restore_into_a_map_with_only_a_cluster_is_refused(store: MapStore) -> None:
    store.insert(Cluster(name="Yksin"))
    before = snapshot_of(store)
    with pytest.raises(ValueError):
        restore_snapshot(store, _small())
    assert snapshot_of(store) == before


def test_restore_adds_the_terms_a_backup_brings(store: MapStore) -> None:
    base = _small()
    terms = {**base.terms, Vocabulary.ACTOR_KIND: (Term("guild", "Guild", "Kilta", 9),)}
    actors = (base.actors[0], Actor(id=7, name="Kilta", kind="guild", created_at=CREATED))
    restore_snapshot(store, MapSnapshot("Kilta", terms, actors=actors))
    assert "guild" in {t.code for t in store.terms(Vocabulary.ACTOR_KIND)}
    assert [a.kind for a in store.actors()][-1] == "guild"


def test_restore_refuses_codes_nobody_knows(store: MapStore) -> None:
    base = _small()
    actors = (base.actors[0], Actor(id=7, name="Kilta", kind="guild", created_at=CREATED))
    with pytest.raises(DataFileError) as raised:
        restore_snapshot(store, MapSnapshot("Kilta", base.terms, actors=actors))
    assert raised.value.where == "actors[1].kind"
    assert "“guild”" in raised.value.message
    assert store.counts()[EntityType.ACTOR] == 0
    assert store.map_name() == "Test map"
