"""The sample map's whole path on a map file and on a team map (PostgreSQL), by the same
code: an import of a workbook as one undo step, an export read back, the health check and
the report, each giving on the team map exactly what it gives on the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aspdesk.analysis.health.check import check_clusters
from aspdesk.app.document import Document
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.importing import ImportData, plan_for, prepare
from aspdesk.app.report_html import gather, report_html
from aspdesk.domain.entities import EntityType
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.exporting.formats import export_snapshot
from aspdesk.io.importing.formats import read_import
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.opening import Purpose, open_map
from aspdesk.store.repository import MapStore

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 12, 5)


def _english(_context: str, text: str) -> str:
    return text


@pytest.fixture(scope="module")
def sample_workbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MapSnapshot]:
    from aspdesk.store.sample import write_sample

    folder = tmp_path_factory.mktemp("sample-workbook")
    write_sample(folder / "sample.aspmap")
    store = open_map(folder / "sample.aspmap", folder / "backups", purpose=Purpose.READ)
    try:
        snapshot = snapshot_of(store)
    finally:
        store.close()
    export_snapshot(snapshot, folder / "sample.xlsx", language="en", translate=_english)
    return folder / "sample.xlsx", snapshot


def _people(snapshot: MapSnapshot) -> dict[str, object]:
    """What a user sees of a map, by name: ids may differ between two maps."""
    names = {a.id: a.name for a in snapshot.actors}
    clusters = {c.id: c.name for c in snapshot.clusters}
    return {
        "actors": sorted((a.name, a.kind, a.municipality, a.tags) for a in snapshot.actors),
        "clusters": sorted(c.name for c in snapshot.clusters),
        "memberships": sorted(
            (names[m.actor_id], clusters[m.cluster_id], m.role) for m in snapshot.memberships
        ),
        "ties": sorted(
            (names[r.source_id], names[r.target_id], r.type, r.strength)
            for r in snapshot.relationships
        ),
        "projects": sorted(p.name for p in snapshot.projects),
    }


def _findings(snapshot: MapSnapshot) -> dict[str, list[str]]:
    found = check_clusters(
        snapshot.clusters, snapshot.actors, snapshot.memberships, snapshot.relationships, TODAY
    )
    names = {c.id: c.name for c in snapshot.clusters}
    return {names[key]: sorted(f.text(_english) for f in value) for key, value in found.items()}


def test_import_export_health_and_report(
    store: MapStore,
    backend: str,
    qapp: object,
    tmp_path: Path,
    sample_workbook: tuple[Path, MapSnapshot],
) -> None:
    workbook, sample = sample_workbook
    document = Document(store, "en")
    try:
        batch = read_import(
            workbook,
            known_codes=document.codes(),
            terms={v: document.terms(v) for v in Vocabulary},
        )
        prepared = prepare(plan_for(store, batch), document.snapshot())
        assert document.push(ImportData(document, prepared, "Import"))
        imported = document.snapshot()
        assert _people(imported) == _people(sample), backend
        document.undo_stack.undo()
        assert store.counts()[EntityType.ACTOR] == 0
        document.undo_stack.redo()
        assert _people(document.snapshot()) == _people(sample)

        exported = tmp_path / "out.xlsx"
        export_snapshot(document.snapshot(), exported, language="en", translate=_english)
        again = read_import(
            exported, known_codes=document.codes(), terms={v: document.terms(v) for v in Vocabulary}
        )
        names = sorted(getattr(c.entity, "name", "") for c in again.actors)
        assert names == sorted(a.name for a in sample.actors)

        assert _findings(document.snapshot()) == _findings(sample)
        assert any(_findings(sample).values()), "the sample has findings to compare"

        data = gather(document.snapshot(), "en", _english, TODAY)
        html = report_html(data, _english)
        for cluster in sample.clusters:
            assert cluster.name in html
    finally:
        document.close()
