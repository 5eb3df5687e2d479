"""Damaged and tampered map files through aspdesk's own opening: refused untouched with a
message, or opened and then read and edited like any map; never a traceback.

Each mutant is the sample map with one kind of harm: bytes flipped in a page (anywhere, in
the header, in the schema page), the file cut short, a page copied over another, or a cell
set to a value of the wrong kind through SQL (which no integrity check sees). Every mutant
is opened for editing and for reading. A refused one must be byte for byte as it was, with
nothing left beside it; an opened one must read whole (every entity, view and term) and
take an edit. ``MAP_MUTANTS`` sets how many are tried (default 300, for CI); the figures
are printed.
"""

from __future__ import annotations

import os
import random
import sqlite3
import traceback
from collections import Counter
from pathlib import Path

import pytest

from aspdesk.app.index import EntityIndex
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.store.errors import StoreError
from aspdesk.store.opening import Purpose, open_map

MUTANTS = int(os.environ.get("MAP_MUTANTS", "300"))
_VALUES = [
    "'2020-13-45'",
    "'eilen'",
    "x'ff00fe'",
    "CAST(x'4b656d69ff' AS TEXT)",
    "-1",
    "3.5",
    "NULL",
    "''",
    "'[1, \"a\"]'",
    "'{\"a\": 1}'",
    "99999999999999999999",
    "'x'",
]


def _tables_and_columns(data: bytes, folder: Path) -> list[tuple[str, str]]:
    probe = folder / "probe.aspmap"
    probe.write_bytes(data)
    connection = sqlite3.connect(probe)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return [
            (table, column)
            for table in tables
            for (_cid, column, *_rest) in connection.execute(f'PRAGMA table_info("{table}")')
        ]
    finally:
        connection.close()
        probe.unlink()


def _mutant(data: bytes, rng: random.Random, cells: list[tuple[str, str]], path: Path) -> str:
    """Write a mutant of ``data`` to ``path``; return the kind of harm done."""
    page = int.from_bytes(data[16:18], "big") or 65536
    damaged = bytearray(data)
    kind = rng.choice(["flip", "flip", "header", "schema", "cut", "page", "value", "value"])
    if kind == "flip":
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
    elif kind == "header":
        at = rng.choice([n for n in range(100) if not 68 <= n < 72])  # keep it ours
        damaged[at] = rng.randrange(256)
    elif kind == "schema":
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(100, page)] = rng.randrange(256)
    elif kind == "cut":
        del damaged[rng.randrange(100, len(damaged)) :]
    elif kind == "page":
        pages = len(damaged) // page
        a, b = rng.randrange(1, pages), rng.randrange(1, pages)
        damaged[a * page : (a + 1) * page] = data[b * page : (b + 1) * page]
    path.write_bytes(bytes(damaged))
    if kind == "value":
        table, column = rng.choice(cells)
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("PRAGMA foreign_keys = OFF")
            connection.execute(
                f'UPDATE "{table}" SET "{column}" = {rng.choice(_VALUES)} '
                f'WHERE rowid IN (SELECT rowid FROM "{table}" ORDER BY random() LIMIT 1)'
            )
        except sqlite3.Error:
            pass  # a constraint refused it: the map stays as good as it was
        finally:
            connection.close()
    return kind


def _use(store_path: Path, backups: Path, purpose: Purpose) -> str:
    """Open, read everything and (when editing) edit; the outcome's name."""
    try:
        store = open_map(store_path, backups, purpose=purpose)
    except StoreError as error:
        assert error.text()
        return f"refused: {type(error).__name__}"
    try:
        index = EntityIndex(store)  # every entity and saved view, as the window reads them
        for vocabulary in Vocabulary:
            store.terms(vocabulary)
        store.map_name()
        if purpose is Purpose.EDIT and store.read_only is None:
            actor = store.insert(Actor(name="Uusi toimija"))
            store.update(EntityType.ACTOR, actor.id or 0, {"municipality": "Inari"})
            for cluster in index.all(EntityType.CLUSTER)[:1]:
                store.delete(EntityType.CLUSTER, cluster.id or 0)
        return "opened"
    except StoreError as error:
        assert error.text()
        if os.environ.get("MAP_MUTANTS_SHOW"):
            print(purpose, error.text())
        return f"opened, then refused: {type(error).__name__}"
    finally:
        store.close()


@pytest.mark.slow
def test_mutated_maps_are_refused_untouched_or_work(sample_file: Path, tmp_path: Path) -> None:
    data = sample_file.read_bytes()
    cells = _tables_and_columns(data, tmp_path)
    rng = random.Random(2026)
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    tracebacks: list[str] = []
    changed = 0
    for number in range(MUTANTS):
        folder = tmp_path / f"m{number % 50}"
        folder.mkdir(exist_ok=True)
        path = folder / "kartta.aspmap"
        kinds[_mutant(data, rng, cells, path)] += 1
        before = path.read_bytes()
        for purpose in (Purpose.READ, Purpose.EDIT):
            try:
                outcome = _use(path, tmp_path / "backups", purpose)
            except Exception:  # noqa: BLE001 - a traceback is what this test counts
                tracebacks.append(traceback.format_exc())
                continue
            outcomes[f"{purpose.value}: {outcome}"] += 1
            if outcome.startswith("refused") or purpose is Purpose.READ:
                if path.read_bytes() != before:
                    changed += 1
        leftovers = sorted(p.name for p in folder.iterdir() if p.name != "kartta.aspmap")
        assert leftovers == [], leftovers
        path.unlink()
    print(f"\nmutated maps: {MUTANTS} ({dict(kinds)})")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome}: {count}")
    print(f"  tracebacks: {len(tracebacks)}, files changed by a refusal or a read: {changed}")
    distinct = Counter(
        " | ".join(line.strip() for line in t.strip().splitlines()[-3:]) for t in tracebacks
    )
    assert not tracebacks, "\n".join(f"{n} x {t}" for t, n in distinct.most_common()) + (
        "\n\n" + tracebacks[0]
    )
    assert changed == 0
