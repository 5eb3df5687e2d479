"""How fast the JSON backup of the benchmark map is read, with and without the fast path.

The backup is the one ``tests/integration/test_big_map_imports.py`` imports: the generated
map of 10,000 actors, 30,000 ties and 200 projects (some 15 MB). One run prints the CPU time
of ``read_json`` (parse, shape checks, validation), then the same with every field read
through a ``Node`` as before the fast path (``aspdesk/io/json_backup_fast.py``), and the
ratio (run with ``-s``); best of a few runs each, since the machine is shared. Asserts
that both ways give the same map, never a time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.io import json_backup
from aspdesk.io.json_backup import read_json, write_json
from aspdesk.io.json_backup_fast import SLOW
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.opening import open_map

from .generate import generate_map
from .rounds import rounds

pytestmark = pytest.mark.benchmark

ACTORS, TIES, PROJECTS = 10_000, 30_000, 200
ROUNDS = rounds(5)


def _best(read: Callable[[], MapSnapshot]) -> tuple[float, MapSnapshot]:
    """The least CPU time of ``ROUNDS`` reads, and what the last one read."""
    times = []
    for _ in range(ROUNDS):
        start = time.process_time()
        snapshot = read()
        times.append(time.process_time() - start)
    return min(times), snapshot


def _never_fast(_value: object) -> object:
    return SLOW


def test_reading_the_json_backup_of_the_benchmark_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_map(tmp_path / "big.aspmap", ACTORS, TIES, projects=PROJECTS)
    store = open_map(tmp_path / "big.aspmap", tmp_path / "backups")
    try:
        expected = snapshot_of(store)
    finally:
        store.close()
    path = tmp_path / "big.json"
    write_json(expected, path)
    fast, read = _best(lambda: read_json(path))
    assert read == expected and len(read.actors) == ACTORS
    assert len(read.relationships) == TIES and len(read.projects) == PROJECTS
    slow_parsers = {
        cls: tuple((name, parse, _never_fast) for name, parse, _fast in parsers)
        for cls, parsers in json_backup._FIELD_PARSERS.items()
    }
    monkeypatch.setattr(json_backup, "_FIELD_PARSERS", slow_parsers)
    slow, read_slowly = _best(lambda: read_json(path))
    assert read_slowly == expected
    size = path.stat().st_size / 2**20
    print(
        f"\nJSON backup of {ACTORS} actors, {TIES} ties, {PROJECTS} projects ({size:.1f} MB), "
        f"CPU s, best of {ROUNDS}: read_json {fast:.3f}; every field through a Node "
        f"{slow:.3f} ({slow / fast:.2f}x)"
    )
