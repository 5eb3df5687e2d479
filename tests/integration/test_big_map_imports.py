"""The import limits let every real map through: the benchmark map, exported by aspdesk
itself in each format, imports again whole (10,000 actors, 30,000 ties, 200 projects).

The limits of ``aspdesk/io/import_limits.py`` are set several times above this map; if one
is lowered below it, or an exporter grows past one, this test says which.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.app.importing import all_translations, commit, plan_for, prepare
from aspdesk.domain.entities import EntityType
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.formats import export_snapshot
from aspdesk.io.import_formats import read_import
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.opening import create_map, open_map

from ..benchmarks.generate import generate_map

pytestmark = pytest.mark.slow

ACTORS, TIES, PROJECTS = 10_000, 30_000, 200


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[MapSnapshot, Path]]:
    """The benchmark map and a folder of its exports (the CSV one is a folder of tables)."""
    folder = tmp_path_factory.mktemp("big-map")
    generate_map(folder / "big.aspmap", ACTORS, TIES, projects=PROJECTS)
    store = open_map(folder / "big.aspmap", folder / "backups")
    snapshot = snapshot_of(store)
    store.close()
    for suffix in (".xlsx", ".csv", ".graphml", ".gexf", ".json"):
        export_snapshot(snapshot, folder / f"big{suffix}")
    yield snapshot, folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("name", ["big.xlsx", "big/actors.csv", "big.graphml", "big.gexf"])
def test_every_export_of_the_benchmark_map_reads_whole(
    exported: tuple[MapSnapshot, Path], name: str
) -> None:
    snapshot, folder = exported
    store = create_map(folder / f"{name.replace('/', '-')}.aspmap")
    try:
        known = {v: {t.code for t in store.terms(v)} for v in Vocabulary}
        terms = {v: store.terms(v) for v in Vocabulary}
        batch = read_import(
            folder / name, known_codes=known, terms=terms, translations=all_translations()
        )
        plan = plan_for(store, batch)
    finally:
        store.close()
    assert len(batch.actors) == len(snapshot.actors) == ACTORS
    if not name.endswith(".csv"):  # the CSV table holds actors only
        assert len(batch.relationships) == len(snapshot.relationships) == TIES
        assert len(batch.memberships) == len(snapshot.memberships)
    if name.endswith(".xlsx"):
        assert len(batch.projects) == PROJECTS
    assert plan.ready


def test_the_json_backup_of_the_benchmark_map_imports_into_a_new_map(
    exported: tuple[MapSnapshot, Path],
) -> None:
    snapshot, folder = exported
    store = create_map(folder / "from-json.aspmap")
    try:
        known = {v: {t.code for t in store.terms(v)} for v in Vocabulary}
        terms = {v: store.terms(v) for v in Vocabulary}
        batch = read_import(folder / "big.json", known_codes=known, terms=terms)
        commit(store, prepare(plan_for(store, batch), snapshot_of(store)))
        counts = store.counts()
    finally:
        store.close()
    assert counts[EntityType.ACTOR] == ACTORS
    assert counts[EntityType.RELATIONSHIP] == TIES
    assert counts[EntityType.PROJECT] == PROJECTS == len(snapshot.projects)
