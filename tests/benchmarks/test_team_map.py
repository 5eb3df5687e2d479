"""A 10,000-actor team map on the local PostgreSQL server beside the same map as a file.

The map is the import benchmark's (10,000 actors with most fields filled in, 30,000 ties,
8 clusters, 200 projects), put into an empty map file and into an empty team map with the
same code (``restore_snapshot``). Three figures, each min/median over ``ASPDESK_ROUNDS``
rounds (default 3, one where nobody reads the figures: rounds.py; the edit's over 20
edits), file and server taking turns in each round:

- opening the map to a Document with its index (what the window needs before it draws);
- one edit's round trip: an EditEntity pushed (one transaction, and the index refreshed);
- importing a 10,000-row actor workbook into an empty map as the window does (plan, place,
  one ImportData step), after reading the workbook once.

The server is the tests' own (tests/postgres.py: a Unix socket, fsync off), so the figures
are the client's and the protocol's cost, not a disk's. Prints the table (run with
``-n 0 -s``); asserts only that every run did its work.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from aspdesk.app.commands import EditEntity
from aspdesk.app.document import Document
from aspdesk.app.exchange import restore_snapshot
from aspdesk.app.importing import ImportData, plan_for, prepare
from aspdesk.app.team import open_team_document
from aspdesk.domain.entities import EntityType
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.exporting.spreadsheet_export import write_xlsx
from aspdesk.io.importing.batch import ImportBatch
from aspdesk.io.importing.formats import read_import
from aspdesk.store.opening import create_map, open_map
from tests.postgres import PostgresServer, TeamMapDatabase, new_team_map

from .rounds import rounds
from .test_import_speed import _valid_snapshot

pytestmark = pytest.mark.benchmark

ROUNDS = rounds(3)
EDITS = 20


def _figures(times: list[float]) -> str:
    return f"{min(times) * 1000:8.1f} {statistics.median(times) * 1000:8.1f}"


def _timed(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def _import(document: Document, batch: ImportBatch) -> None:
    prepared = prepare(plan_for(document.store, batch), document.snapshot())
    assert document.push(ImportData(document, prepared, "Import"))


def _importer(document: Document, batch: ImportBatch) -> Callable[[], None]:
    return lambda: _import(document, batch)


def _edit_times(document: Document) -> list[float]:
    actor = document.store.get(EntityType.ACTOR, 1)
    assert actor is not None
    times = []
    for n in range(EDITS):
        old = {"name": actor.name if n == 0 else f"Nimi {n - 1}"}
        command = EditEntity(document, EntityType.ACTOR, 1, old, {"name": f"Nimi {n}"}, "Edit")
        times.append(_timed(lambda c=command: document.push(c)))  # type: ignore[misc]
    assert document.store.get(EntityType.ACTOR, 1).name == f"Nimi {EDITS - 1}"  # type: ignore[union-attr]
    return times


def test_team_map_against_a_file_map(
    postgres: PostgresServer, tmp_path: Path, qapp: object
) -> None:
    snapshot = _valid_snapshot()
    file_path = tmp_path / "big.aspmap"
    filled = create_map(file_path)
    restore_snapshot(filled, snapshot)
    filled.close()
    made = new_team_map(postgres)
    team: TeamMapDatabase = next(made)
    server_store = team.open("editor")
    restore_snapshot(server_store, snapshot)
    server_store.close()

    def open_file() -> Document:
        return Document(open_map(file_path, tmp_path / "backups"), "en")

    def open_team() -> Document:
        return open_team_document(team.address("editor"), "", "en")

    opening: dict[str, list[float]] = {"file": [], "team": []}
    edits: dict[str, list[float]] = {"file": [], "team": []}
    for _ in range(ROUNDS):
        for kind, opener in (("file", open_file), ("team", open_team)):
            began = time.perf_counter()
            document = opener()
            opening[kind].append(time.perf_counter() - began)
            assert document.index.count(EntityType.ACTOR) == len(snapshot.actors)
            edits[kind] += _edit_times(document)
            document.close()

    rows = replace(
        snapshot,
        relationships=(),
        memberships=(),
        clusters=(),
        projects=(),
        project_partners=(),
        contacts=(),
        views=(),
    )
    workbook = tmp_path / "actors.xlsx"
    write_xlsx(rows, workbook)
    importing: dict[str, list[float]] = {"file": [], "team": []}
    batch: ImportBatch | None = None
    for n in range(ROUNDS):
        empty_file = Document(create_map(tmp_path / f"empty-{n}.aspmap"), "en")
        empty_made = new_team_map(postgres)
        empty_team_db = next(empty_made)
        empty_team = open_team_document(empty_team_db.address("editor"), "", "en")
        try:
            if batch is None:
                batch = read_import(
                    workbook,
                    known_codes=empty_file.codes(),
                    terms={v: empty_file.terms(v) for v in Vocabulary},
                )
                assert len(batch.actors) == len(snapshot.actors)
            for kind, document in (("file", empty_file), ("team", empty_team)):
                importing[kind].append(_timed(_importer(document, batch)))
                assert document.store.counts()[EntityType.ACTOR] == len(snapshot.actors)
        finally:
            empty_file.close()
            empty_team.close()
            next(empty_made, None)
    next(made, None)

    print()
    print(f"10,000-actor map, min / median in ms over {ROUNDS} rounds ({EDITS} edits each)")
    print(f"{'':34} {'file map':>17} {'team map':>17} {'ratio':>7}")
    for label, figures in (
        ("open to a Document with its index", opening),
        ("one edit's round trip (EditEntity)", edits),
        ("import of 10,000 actor rows", importing),
    ):
        ratio = statistics.median(figures["team"]) / statistics.median(figures["file"])
        print(f"{label:34} {_figures(figures['file'])} {_figures(figures['team'])} {ratio:7.2f}")
