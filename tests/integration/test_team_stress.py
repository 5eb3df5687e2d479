"""Several editors at once on one team map, nothing lost: ten client processes making 200
random edits each through the Document's commands (tests/team_client.py), each applying
the others' changes live as they come, and a client killed at 50 random moments while it
imports."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import psycopg
import pytest

from aspdesk.domain.changes import Change
from aspdesk.domain.entities import Actor, EntityType, values_of
from aspdesk.store.repository import MapStore
from aspdesk.store.team.check import check_team_map
from tests.postgres import SUPERUSER, USERS, TeamMapDatabase
from tests.team_client import SHARED, _comparable

ROOT = Path(__file__).resolve().parents[2]
CLIENTS, EDITS = 10, 200
A = EntityType.ACTOR


def _client(kind: str, url: str, name: str, seed: int, count: int, folder: Path) -> Any:
    """``python -m tests.team_client kind url name seed count folder``, started."""
    command = [sys.executable, "-m", "tests.team_client", kind, url, name, str(seed)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [*command, str(count), str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _records(folder: Path, name: str) -> list[dict[str, Any]]:
    lines = (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _replayed(changes: list[Change]) -> dict[int, dict[str, Any]]:
    """The actors as the change log makes them, set by set in the order of their numbers."""
    actors: dict[int, dict[str, Any]] = {}
    for change in changes:
        if change.subject != A.value:
            continue
        if change.field is None:
            if change.new is not None:
                actors[change.entity_id] = _comparable(values_of(change.new))
            else:
                actors.pop(change.entity_id, None)
        elif change.field == "position":
            actors[change.entity_id]["x"], actors[change.entity_id]["y"] = change.new
        else:
            actors[change.entity_id][change.field] = change.new
    return actors


def _server_actors(store: MapStore) -> dict[int, dict[str, Any]]:
    return {a.id or 0: _comparable(values_of(a)) for a in store.actors()}


def _check(store: MapStore) -> None:
    with store.engine.connect() as connection:
        check_team_map(connection, "the test map")  # raises on a broken map


@pytest.mark.slow
def test_ten_clients_editing_at_once_lose_nothing(
    team_map: TeamMapDatabase, tmp_path: Path
) -> None:
    began = time.monotonic()
    server = team_map.open("owner")
    for n in range(SHARED):
        server.insert(Actor(name=f"Shared {n + 1}"))
    first_set = server.changes.latest_set_id()
    url = team_map.url("editor")
    # The ten clients are forks of one process (tests/team_client.py editors).
    clients = _client("editors", url, str(CLIENTS), 1000, EDITS, tmp_path)
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"c{n}.done").exists() for n in range(CLIENTS)):
        assert clients.poll() is None, clients.stderr.read().decode()
        assert time.monotonic() < deadline, "the clients did not finish"
        time.sleep(0.05)
    (tmp_path / "read").write_text("")
    assert clients.wait(60) == 0, clients.stderr.read().decode()

    records = [r for n in range(CLIENTS) for r in _records(tmp_path, f"c{n}")]
    committed = [r for r in records if r["committed"]]
    refused = [r for r in records if not r["committed"]]
    # Every refusal reached the Document's signals (a conflict, a failure, a refused step).
    assert all(r["told"] for r in refused if not r.get("retry")), [
        r for r in refused if not r["told"]
    ]
    conflicts = sum("conflict" in r.get("told", ()) for r in records)
    assert conflicts > 0 and any(r["op"] in ("undo", "redo") for r in committed)

    # Every committed step is one set of the change log under its summary, and nothing
    # else was written.
    sets = server.changes.sets_after(first_set)
    assert Counter(s.summary for s in sets) == Counter(r["summary"] for r in committed)
    changes = server.changes.changes_after(first_set)
    by_summary: dict[str, list[Change]] = {}
    summary_of = {s.id: s.summary for s in sets}
    for change in changes:
        by_summary.setdefault(summary_of[change.set_id], []).append(change)
    for record in committed:
        made = by_summary[record["summary"]]
        for field, value in record.get("values", {}).items():
            assert any(
                c.entity_id == record["id"] and c.field == field and c.new == value for c in made
            ), record
        if record["op"] == "delete":
            assert any(c.entity_id == record["id"] and c.new is None for c in made), record

    # The map on the server is the change log replayed in the order of its sets.
    final = _server_actors(server)
    assert _replayed(server.changes.changes_after(0)) == final
    # Every client's index, kept up to date by the live updates alone while it edited
    # (never read whole again), holds the map as the server has it.
    late = 0
    for n in range(CLIENTS):
        seen = json.loads((tmp_path / f"c{n}.live.json").read_text())
        assert seen["heard"] >= seen["latest"] == sets[-1].id, (n, seen["heard"], seen["latest"])
        late += seen["late"]
        live = {int(k): v for k, v in seen["live"].items()}
        assert live.keys() == final.keys(), (n, live.keys() ^ final.keys())
        assert live == final, (n, [k for k in final if live[k] != final[k]])
    _check(server)
    server.close()
    print(
        f"\n{CLIENTS} clients x {EDITS} edits: {len(committed)} committed, "
        f"{len(refused)} refused, {conflicts} conflicts, {len(sets)} change sets, all "
        f"applied live by every client ({late} found by the last catch-up), "
        f"{time.monotonic() - began:.1f} s"
    )


@pytest.mark.slow
def test_a_client_killed_at_50_moments_leaves_nothing_half_written(
    team_map: TeamMapDatabase, tmp_path: Path
) -> None:
    began = time.monotonic()
    url = team_map.url("editor")
    server = team_map.open("owner")
    chooser = random.Random(15)
    command = [sys.executable, "-m", "tests.team_client", "serve", url, str(tmp_path)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    starter = subprocess.Popen(
        command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert starter.stdin is not None and starter.stdout is not None
    kills = midway = 0
    verified: set[str] = set()
    watcher = psycopg.connect(
        host=str(team_map.server.socket_dir), user=SUPERUSER, dbname=team_map.name, autocommit=True
    )
    try:
        for round_ in range(50):
            starter.stdin.write(f"{round_}\n")
            starter.stdin.flush()
            pid = int(starter.stdout.readline())
            # Opening the map takes some 0.1 s and an import of 300 actors and 299 ties
            # ~0.2 s: the kill lands before, during or between imports.
            time.sleep(chooser.uniform(0.02, 0.8))
            midway += _in_transaction(watcher)
            os.kill(pid, signal.SIGKILL)
            kills += 1
            _wait_gone(pid, watcher)
            reported = [r["tag"] for r in _records_if_any(tmp_path, "k") if r["committed"]]
            for tag in set(reported) - verified:  # every import reported is there, whole
                assert _rows_of(watcher, tag) == (300, 299), tag
                verified.add(tag)
    finally:
        watcher.close()
        starter.stdin.close()
        starter.wait(10)
    imported = Counter(a.name.rsplit(" ", 1)[0] for a in server.actors())
    # All or nothing: each import that is there has every one of its rows.
    assert set(imported.values()) <= {300}, imported
    ties = server.counts()[EntityType.RELATIONSHIP]
    assert ties == 299 * len(imported)
    # One set of the change log for each import there, none for any other.
    sets = [s for s in server.changes.sets_after(0) if s.author == USERS["editor"]]
    assert Counter(s.summary.removeprefix("Import ") for s in sets) == Counter(
        {tag: 1 for tag in imported}
    )
    assert _replayed(server.changes.changes_after(0)) == _server_actors(server)
    _check(server)
    server.close()
    print(
        f"\n{kills} kills: {len(imported)} imports whole ({len(verified)} reported before "
        f"the kill; {midway} kills inside a transaction), none half-written, "
        f"{time.monotonic() - began:.1f} s"
    )


def _in_transaction(watcher: Any) -> bool:
    """Whether the importing client has a transaction open on the server now (asked as
    the superuser: other roles do not see another user's transactions)."""
    query = "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND xact_start IS NOT NULL"
    return bool(watcher.execute(query, (USERS["editor"],)).fetchone()[0])


def _rows_of(watcher: Any, tag: str) -> tuple[int, int]:
    """How many actors and ties of the import ``tag`` the map holds."""
    actors = watcher.execute(
        "SELECT count(*) FROM aspdesk.actors WHERE name LIKE %s", (f"{tag} %",)
    ).fetchone()[0]
    ties = watcher.execute(
        "SELECT count(*) FROM aspdesk.relationships r JOIN aspdesk.actors a "
        "ON a.id = r.source_id WHERE a.name LIKE %s",
        (f"{tag} %",),
    ).fetchone()[0]
    return int(actors), int(ties)


def _wait_gone(pid: int, watcher: Any) -> None:
    """Wait until the killed client's process is gone, and the server has ended its
    session (rolling back what it had begun), so the next kill's count is its own."""
    for _ in range(1000):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.002)
    query = "SELECT count(*) FROM pg_stat_activity WHERE usename = %s"
    for _ in range(1000):
        if not watcher.execute(query, (USERS["editor"],)).fetchone()[0]:
            return
        time.sleep(0.002)


def _records_if_any(folder: Path, name: str) -> list[dict[str, Any]]:
    path = folder / f"{name}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.endswith("}")]
