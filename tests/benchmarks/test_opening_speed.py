"""What opening a map costs, step by step, at 2,000 and 10,000 actors: the checks that keep a
damaged or hostile file out (integrity, schema, values), the writer's lock, the backup
copy, and the whole opening for editing and for reading.

Prints figures (run with ``-s``); asserts only that the maps open, never a time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from aspdesk.store.backups import make_backup
from aspdesk.store.connection import connect
from aspdesk.store.locking import MapLock
from aspdesk.store.mapfile import check_map_file
from aspdesk.store.opening import Purpose, open_map
from aspdesk.store.schema_check import differences, fingerprint, known_fingerprints
from aspdesk.store.value_check import first_bad_value

from .generate import generate_map

pytestmark = pytest.mark.benchmark


def _best(work: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


@pytest.mark.parametrize(("actors", "ties"), [(2000, 6000), (10000, 30000)])
def test_what_opening_a_map_costs(tmp_path: Path, actors: int, ties: int) -> None:
    path = generate_map(tmp_path / "big.aspmap", actors, ties, projects=200)
    size = path.stat().st_size / 2**20
    with closing(connect(path, read_only=True)) as connection:
        integrity = _best(lambda: connection.execute("PRAGMA integrity_check(3)").fetchall())
        schema = _best(lambda: differences(known_fingerprints()["0004"], fingerprint(connection)))
        values = _best(lambda: first_bad_value(connection))
    check = _best(lambda: check_map_file(path))

    def lock_once() -> None:
        lock = MapLock.acquire(path)
        assert isinstance(lock, MapLock)
        lock.release()

    lock = _best(lock_once)
    backup = _best(lambda: make_backup(path, tmp_path / "backups", keep=3), rounds=3)
    edit = _best(lambda: open_map(path, tmp_path / "backups", keep=3).close(), rounds=3)
    read = _best(lambda: open_map(path, tmp_path / "b", purpose=Purpose.READ).close())
    print(
        f"\nopening a map of {actors:,} actors and {ties:,} ties ({size:.1f} MB), best of "
        f"several, ms: integrity_check {integrity:.0f}, schema {schema:.0f}, values "
        f"{values:.0f}, whole check {check:.0f}; lock {lock:.1f}; backup copy {backup:.0f}; "
        f"open for editing {edit:.0f}, for reading {read:.0f}"
    )
    store = open_map(path, tmp_path / "backups", keep=3)
    try:
        assert store.read_only is None and len(store.actors()) == actors
    finally:
        store.close()
