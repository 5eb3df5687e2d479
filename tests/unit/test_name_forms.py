"""Actors' and clusters' names in Swedish and English beside the main name: kept in the map
(migration 0006), shown in their language, searched, and carried by every data path."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from aspdesk.analysis.network_view import matches
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.importing import plan_for
from aspdesk.cli.main import main
from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership
from aspdesk.domain.validation import NAME_MAX_LENGTH, validate_actor
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io.importing.formats import read_import
from aspdesk.io.json_backup import read_json, write_json
from aspdesk.io.merging.plan import Outcome
from aspdesk.store.mapfile import check_map_file, head_revision
from aspdesk.store.opening import open_map
from aspdesk.store.repository import MapStore

from ..maps import COMPANY_KIND, OLD_ACTOR, map_at

KNOWN = {vocabulary: builtin_codes(vocabulary) for vocabulary in Vocabulary}
VAASA = Actor(
    name="Vaasan yliopisto",
    name_sv="Vasa universitet",
    name_en="University of Vaasa",
    kind="research",
    municipality="Vaasa",
)


def _with_forms(store: MapStore) -> tuple[Actor, Cluster]:
    actor = store.insert(VAASA)
    cluster = store.clusters()[0]
    changes = {"name_sv": "Arktisk design", "name_en": "Arctic design cluster"}
    updated = store.update(EntityType.CLUSTER, cluster.id or 0, changes)
    assert isinstance(updated, Cluster)
    return actor, updated


def test_a_name_is_shown_in_the_language_that_has_one() -> None:
    assert VAASA.name_in("sv") == "Vasa universitet"
    assert VAASA.name_in("en") == "University of Vaasa"
    assert VAASA.name_in("fi") == "Vaasan yliopisto"
    only_swedish = replace(VAASA, name_en="")
    assert only_swedish.name_in("en") == "Vaasan yliopisto", "no form: the main name"
    short = replace(VAASA, short_name="UVA")
    assert short.display_name_in("sv") == "UVA", "a short name is the same in every language"
    too_long = replace(VAASA, name_sv="x" * (NAME_MAX_LENGTH + 1))
    kinds, sizes = KNOWN[Vocabulary.ACTOR_KIND], KNOWN[Vocabulary.SIZE_CLASS]
    problems = validate_actor(too_long, kinds, sizes)
    assert [p.field for p in problems] == ["name_sv"]


def test_an_older_map_gains_the_name_forms_and_keeps_them(tmp_path: Path) -> None:
    path = map_at(tmp_path / "vanha.aspmap", "0004", COMPANY_KIND, OLD_ACTOR.format(name="Kemi Oy"))
    store = open_map(path, tmp_path / "backups")
    try:
        (actor,) = store.actors()
        assert (actor.name_sv, actor.name_en) == ("", "")
        store.update(EntityType.ACTOR, actor.id or 0, {"name_sv": "Kemi Ab"})
    finally:
        store.close()
    assert check_map_file(path) == head_revision()
    again = open_map(path, tmp_path / "backups")
    try:
        assert again.actors()[0].name_in("sv") == "Kemi Ab"
    finally:
        again.close()
    with sqlite3.connect(path) as connection:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'actors'"
        ).fetchone()
    assert "AUTOINCREMENT" in sql


def test_the_backup_carries_the_name_forms_and_older_backups_read(
    sample_store: MapStore, tmp_path: Path
) -> None:
    actor, cluster = _with_forms(sample_store)
    snapshot = snapshot_of(sample_store)
    path = tmp_path / "backup.json"
    write_json(snapshot, path)
    back = read_json(path)
    assert back == snapshot
    assert next(a for a in back.actors if a.id == actor.id).name_sv == "Vasa universitet"
    document = json.loads(path.read_text(encoding="utf-8"))
    for section in ("actors", "clusters"):
        for item in document[section]:
            del item["name_sv"], item["name_en"]
    path.write_text(json.dumps(document), encoding="utf-8")
    older = read_json(path)
    assert all(a.name_sv == a.name_en == "" for a in older.actors)


@pytest.mark.parametrize(
    ("suffix", "language"), [(".xlsx", "sv"), (".xlsx", "fi"), (".graphml", "en"), (".gexf", "sv")]
)
def test_exports_carry_the_name_forms_into_another_map(
    sample_store: MapStore, tmp_path: Path, suffix: str, language: str
) -> None:
    actor, cluster = _with_forms(sample_store)
    source = sample_store.path
    sample_store.close()
    target = tmp_path / f"out{suffix}"
    assert main(["export", str(source), "-o", str(target), "--lang", language]) == 0
    copy = tmp_path / "copy.aspmap"
    assert main(["import", str(copy), str(target), "--lang", language]) == 0
    store = open_map(copy, tmp_path / "backups")
    try:
        vaasa = next(a for a in store.actors() if a.name == "Vaasan yliopisto")
        design = next(c for c in store.clusters() if c.name == cluster.name)
    finally:
        store.close()
    assert (vaasa.name_sv, vaasa.name_en) == ("Vasa universitet", "University of Vaasa")
    assert (design.name_sv, design.name_en) == ("Arktisk design", "Arctic design cluster")


def test_a_table_with_swedish_names_fills_the_forms_and_finds_the_actor(
    sample_store: MapStore, tmp_path: Path
) -> None:
    _with_forms(sample_store)
    path = tmp_path / "medlemmar.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Namn", "Namn på svenska", "Nimi englanniksi", "Kommun"])
    sheet.append(["Vasa universitet", "", "", "Vasa"])  # the map's actor, by its Swedish name
    sheet.append(["Vaasan ammattikorkeakoulu", "Vasa yrkeshögskola", "VAMK", "Vaasa"])
    workbook.save(path)
    batch = read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)
    plan = plan_for(sample_store, batch)
    outcomes = {
        getattr(item.candidate.entity, "name", ""): (item.outcome, item.existing)
        for item in plan.items
        if item.entity_type is EntityType.ACTOR
    }
    outcome, existing = outcomes["Vasa universitet"]
    assert outcome is not Outcome.NEW, "found by its Swedish name"
    assert isinstance(existing, Actor) and existing.name == "Vaasan yliopisto"
    new = [e for e in plan.inserts if isinstance(e, Actor)]
    assert [(a.name, a.name_sv, a.name_en) for a in new] == [
        ("Vaasan ammattikorkeakoulu", "Vasa yrkeshögskola", "VAMK")
    ]


def test_the_graph_search_finds_an_actor_by_any_of_its_names(sample_store: MapStore) -> None:
    actor, _cluster = _with_forms(sample_store)
    actors = sample_store.actors()
    for text in ("vasa univ", "University of", "Vaasan"):
        assert actor.id in matches(actors, text), text


@pytest.mark.parametrize(
    ("language", "shown"), [("sv", "Vasa universitet"), ("fi", "Vaasan yliopisto")]
)
def test_the_web_map_names_an_actor_in_its_language(
    sample_store: MapStore, tmp_path: Path, language: str, shown: str
) -> None:
    _with_forms(sample_store)
    source = sample_store.path
    sample_store.close()
    page = tmp_path / "kartta.html"
    assert main(["export", str(source), "-o", str(page), "--lang", language]) == 0
    text = page.read_text(encoding="utf-8")
    assert f'"name": "{shown}"' in text or f'"name":"{shown}"' in text


@pytest.mark.parametrize(
    ("language", "actor_name", "cluster_name"),
    [
        ("sv", "Vasa universitet", "Arktisk design"),
        ("en", "University of Vaasa", "Arctic design cluster"),
        ("fi", "Vaasan yliopisto", None),
    ],
)
def test_a_report_names_actors_and_clusters_in_its_language(
    sample_store: MapStore, language: str, actor_name: str, cluster_name: str | None
) -> None:
    from datetime import date

    from aspdesk.app.report_html import gather, report_html

    actor, cluster = _with_forms(sample_store)
    sample_store.insert(Membership(actor_id=actor.id or 0, cluster_id=cluster.id or 0))
    snapshot = snapshot_of(sample_store)

    def untranslated(_context: str, source: str) -> str:
        return source

    data = gather(snapshot, language, untranslated, date(2026, 12, 5))
    text = report_html(data, untranslated).replace("\u00ad", "")  # soft hyphens in tables
    assert actor_name in text
    assert (cluster_name or cluster.name) in text
    if language != "fi":
        assert "Vaasan yliopisto" not in text
