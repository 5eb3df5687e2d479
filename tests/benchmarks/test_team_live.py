"""How soon one editor's change reaches the other open windows of a team map.

Ten clients are connected: this test's process writes, and ``ASPDESK_LIVE_CLIENTS``
(default 9) others, each a process of its own with a Document kept live as the window's
is (tests/benchmarks/live_client.py), listen. The writer renames one actor
``ASPDESK_LIVE_EDITS`` times (default 20; ``ASPDESK_ROUNDS`` multiplies them as in the
other benchmarks), one EditEntity every 50 ms. For each edit and each listening client,
the latency is the time from the writer's commit (its push returned) to that client's
index holding the new name (or a later one: edits that arrive together are applied
together), as the same machine's clock tells both. Prints the median,
the 95th percentile and the largest (goal: under a second); asserts only that every
client saw the last edit.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.team import open_team_document
from aspdesk.domain.entities import Actor, EntityType
from tests.postgres import TeamMapDatabase

from .live_client import PREFIX

pytestmark = pytest.mark.benchmark

CLIENTS = int(os.environ.get("ASPDESK_LIVE_CLIENTS", "9"))
EDITS = int(os.environ.get("ASPDESK_LIVE_EDITS", "20")) * int(os.environ.get("ASPDESK_ROUNDS", "1"))
PAUSE_S = 0.05
ROOT = Path(__file__).resolve().parents[2]


def _reached(times: dict[int, float], number: int) -> float:
    """When a client's index first held edit ``number`` or a later one: edits that came in
    one catch-up show only the last of them, which holds the earlier ones too."""
    return min(at for seen, at in times.items() if seen >= number)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def test_a_change_reaches_every_open_client(team_map: TeamMapDatabase, qapp: object) -> None:
    writer = open_team_document(team_map.address("editor"), "", "en")
    add = AddEntity(writer, Actor(name="Kemi", kind="company", x=0, y=0), "Add")
    assert writer.push(add)
    actor_id = add.ref.id
    began = time.perf_counter()
    clients = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.live_client",
                team_map.url("editor"),
                str(actor_id),
                str(EDITS),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        for _ in range(CLIENTS)
    ]
    try:
        for client in clients:
            assert client.stdout is not None
            assert client.stdout.readline().strip() == "ready"
        started = time.perf_counter() - began
        committed: dict[int, float] = {}
        name = "Kemi"
        for number in range(EDITS):
            new = f"{PREFIX}{number}"
            edit = EditEntity(writer, EntityType.ACTOR, actor_id, {"name": name}, {"name": new}, "")
            assert writer.push(edit)
            committed[number] = time.time()
            name = new
            time.sleep(PAUSE_S)
        seen = []
        for client in clients:
            out, _ = client.communicate(timeout=120)
            seen.append({int(k): v for k, v in json.loads(out.strip().splitlines()[-1]).items()})
    finally:
        for client in clients:
            if client.poll() is None:
                client.kill()
        writer.close()
    assert all(EDITS - 1 in times for times in seen), [sorted(t) for t in seen]
    latencies = [_reached(times, n) - committed[n] for times in seen for n in range(EDITS)]
    print()
    print(
        f"{CLIENTS} listening clients (+ the writer), {EDITS} edits each 50 ms apart; "
        f"clients started in {started:.1f} s"
    )
    print(
        f"commit -> other client's index: median {statistics.median(latencies) * 1000:.1f} ms, "
        f"95th percentile {_percentile(latencies, 0.95) * 1000:.1f} ms, "
        f"largest {max(latencies) * 1000:.1f} ms (goal < 1000 ms)"
    )
