"""What the change log costs a big map: a 10,000-actor map after 100,000 edits (issue 16).

The edits are recorded as the store records them (one set per edit, spread over five years,
each changing one field of one actor or tie, or moving an actor), in large transactions so
the benchmark takes seconds rather than the hours 100,000 clicks would. Prints the map's file
size before and after, how long one actor's history takes to list, how long all changes
after a date take to load (the time slider rewinds with them), a single edit's time with its
change recorded, and opening the map (whose value check reads the log too). Asserts what is
read, never a time.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from aspdesk.domain.change_values import POSITION, dumps
from aspdesk.domain.entities import EntityType
from aspdesk.store.changes import write_set
from aspdesk.store.opening import open_map

from .generate import MUNICIPALITIES, generate_map

pytestmark = pytest.mark.benchmark

ACTORS, TIES, EDITS = 10_000, 30_000, 100_000
# The edits follow the map's making (its own change set, now), over five years.
START = datetime.now(UTC) + timedelta(days=1)
STEP = timedelta(minutes=26)


def _edit(rng: random.Random, n: int) -> tuple[str, int, str, object, object, str]:
    """One edit as the form makes it: (subject, id, field, old, new, step name)."""
    roll = rng.random()
    if roll < 0.5:
        actor = rng.randrange(1, ACTORS + 1)
        field, old, new = rng.choice(
            [
                ("municipality", rng.choice(MUNICIPALITIES), rng.choice(MUNICIPALITIES)),
                ("notes", "", f"Tavattu messuilla {n}; seuraava tapaaminen sovittu."),
                ("tags", ("generated",), ("generated", f"tag{n % 50}")),
                ("phone", "", f"+358 40 {n:07d}"),
            ]
        )
        return "actor", actor, field, old, new, f"Edit “Toimija {actor:05d} Oy”: {field}"
    if roll < 0.8:
        tie = rng.randrange(1, TIES + 1)
        old_strength, new_strength = rng.randint(1, 5), rng.randint(1, 5)
        return "relationship", tie, "strength", old_strength, new_strength, "Edit tie: Strength"
    actor = rng.randrange(1, ACTORS + 1)
    old_place = (rng.uniform(-500, 500), rng.uniform(-500, 500))
    new_place = (rng.uniform(-500, 500), rng.uniform(-500, 500))
    return "actor", actor, POSITION, old_place, new_place, "Move node"


def _record_edits(path: Path) -> None:
    store = open_map(path, path.parent / "backups")
    rng = random.Random(16)
    try:
        done = 0
        while done < EDITS:
            with store.engine.begin() as connection:  # many sets per transaction: speed only
                for n in range(done, min(done + 10_000, EDITS)):
                    subject, entity_id, field, old, new, step = _edit(rng, n)
                    row = (subject, entity_id, field, dumps(old), dumps(new))
                    write_set(connection, [row], "koordinaattori", step, START + n * STEP)
            done += 10_000
    finally:
        store.close()


def _best(work: object, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def test_a_big_map_after_100000_edits(tmp_path: Path) -> None:
    path = generate_map(tmp_path / "big.aspmap", ACTORS, TIES)
    before = path.stat().st_size
    opening_before = _best(lambda: open_map(path, tmp_path / "b1", keep=1).close(), rounds=2)
    started = time.perf_counter()
    _record_edits(path)
    recording = time.perf_counter() - started
    after = path.stat().st_size
    opening_after = _best(lambda: open_map(path, tmp_path / "b2", keep=1).close(), rounds=2)

    store = open_map(path, tmp_path / "backups", keep=1)
    try:
        sets, changes = store.changes.count()
        assert changes >= EDITS
        busiest = 4_242
        history_ms = _best(lambda: store.changes.history("actor", busiest))
        history = store.changes.history("actor", busiest)
        assert history and history[0][0].id > history[-1][0].id, "newest first"
        middle = START + (EDITS // 2) * STEP
        since_ms = _best(lambda: store.changes.changes_since(middle), rounds=3)
        since = store.changes.changes_since(middle)
        assert len(since) == EDITS // 2 - 1
        assert [c.set_id for c in since] == sorted(c.set_id for c in since)
        latest_ms = _best(lambda: store.changes.latest_set_id())
        edit_ms = _best(
            lambda: store.update(EntityType.ACTOR, busiest, {"notes": str(time.perf_counter())}),
            rounds=20,
        )
    finally:
        store.close()
    print(
        f"\nchange log of a map of {ACTORS:,} actors and {TIES:,} ties after {EDITS:,} edits: "
        f"file {before / 2**20:.1f} MB before, {after / 2**20:.1f} MB after "
        f"({(after - before) / EDITS:.0f} bytes an edit; {sets:,} sets, {changes:,} changes "
        f"with the map's making); "
        f"one actor's history ({len(history)} steps) {history_ms:.1f} ms; all {len(since):,} "
        f"changes after {middle:%Y-%m-%d} {since_ms:.0f} ms; latest set {latest_ms:.2f} ms; "
        f"an edit with its change recorded {edit_ms:.1f} ms; opening for editing "
        f"{opening_before:.0f} ms before, {opening_after:.0f} ms after; recording the edits "
        f"in bulk {recording:.1f} s"
    )
