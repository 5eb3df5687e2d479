"""Broken and random files for every importer and for opening a map: a clear error, never
a crash, never a half-written map.

Each importer gets random bytes under its own extension and real exports with bytes
flipped, cut short or spliced; the map opener gets random and damaged ``.aspmap`` files.
The only exceptions allowed are the ones that carry a message for the user
(:class:`DataFileError`, :class:`StoreError`); a file that still reads must give a batch
that plans without error. Each test checks that it tried its kind of file many times.
``FUZZ_EXAMPLES`` sets how many cases each test tries (default 60, kept small for CI).
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aspdesk.app.exchange import snapshot_of
from aspdesk.domain.entities import EntityType
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.formats import export_snapshot
from aspdesk.io.importing.formats import read_import
from aspdesk.io.merging.planner import plan_import
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.errors import StoreError
from aspdesk.store.opening import open_map
from aspdesk.store.sample import write_sample

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
KNOWN = {v: builtin_codes(v) for v in Vocabulary}
SUFFIXES = [".xlsx", ".csv", ".graphml", ".gexf", ".json"]
TRIED: Counter[str] = Counter()
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


@pytest.fixture(autouse=True)
def _tried_many_times() -> Iterator[None]:
    """Each test here tried its kind of file many times: a strategy hypothesis could not
    draw from, or a test that returned early, fails it. Checked test by test, since the
    test run's workers share a module's tests out (a test that reported on them all, last
    in the module, saw only those run by its own worker)."""
    before = sum(TRIED.values())
    yield
    assert sum(TRIED.values()) - before >= min(EXAMPLES, 10), TRIED


@functools.cache
def exports() -> dict[str, bytes]:
    """The sample map exported in every importable format, as bytes (made once; not a
    fixture, so that a failing case does not print half a megabyte of it)."""
    folder = Path(tempfile.mkdtemp(prefix="aspdesk-fuzz-"))
    write_sample(folder / "sample.aspmap")
    store = open_map(folder / "sample.aspmap", folder / "backups")
    snapshot = snapshot_of(store)
    store.close()
    files = {}
    for suffix in SUFFIXES:
        target = folder / f"sample{suffix}"
        if suffix == ".csv":
            target = folder / "actors.csv"
            export_snapshot(snapshot, folder / "tables.csv")
            shutil.copy(folder / "tables" / "actors.csv", target)
        else:
            export_snapshot(snapshot, target)
        files[suffix] = target.read_bytes()
    files[".aspmap"] = (folder / "sample.aspmap").read_bytes()
    return files


def _import(data: bytes, suffix: str) -> None:
    """Read ``data`` as a file with ``suffix``; it must fail clearly or plan cleanly."""
    TRIED[suffix] += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            batch = read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS)
        except DataFileError as error:
            assert error.text()  # a message for the user, never an empty one
            return
        plan = plan_import(batch, MapSnapshot(name=""), {t: 1 for t in EntityType})
        assert len(plan.items) == batch.size, "every candidate gets a verdict"
        blocked = sum(c.blocked for t in EntityType for c in batch.section(t))
        assert plan.errors >= blocked, "a row with errors is never imported"


def _mutate(data: bytes, cuts: list[int], flips: list[tuple[int, int]], tail: bytes) -> bytes:
    damaged = bytearray(data)
    for position, value in flips:
        if damaged:
            damaged[position % len(damaged)] = value
    for cut in cuts:
        if damaged:
            del damaged[cut % len(damaged) :]
    return bytes(damaged) + tail


mutations = st.tuples(
    st.lists(st.integers(min_value=0), max_size=1),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=8),
    st.binary(max_size=64),
)


@pytest.mark.parametrize("suffix", SUFFIXES)
@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_get_a_clear_error(suffix: str, data: bytes) -> None:
    _import(data, suffix)


@pytest.mark.parametrize("suffix", SUFFIXES)
@FUZZ
@given(change=mutations)
def test_damaged_exports_get_a_clear_error_or_read(
    suffix: str, change: tuple[list[int], list[tuple[int, int]], bytes]
) -> None:
    _import(_mutate(exports()[suffix], *change), suffix)


@pytest.mark.parametrize("suffix", [".csv", ".graphml", ".gexf", ".json"])
@FUZZ
@given(text=st.text(max_size=300))
def test_random_text_gets_a_clear_error(suffix: str, text: str) -> None:
    _import(text.encode("utf-8", "surrogatepass"), suffix)


@FUZZ
@given(change=mutations)
def test_damaged_map_files_are_refused_untouched(
    change: tuple[list[int], list[tuple[int, int]], bytes],
) -> None:
    TRIED[".aspmap"] += 1
    data = _mutate(exports()[".aspmap"], *change)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "map.aspmap"
        path.write_bytes(data)
        try:
            store = open_map(path, Path(folder) / "backups")
        except StoreError as error:
            assert error.text()
            assert path.read_bytes() == data, "a refused map is left as it was"
            return
        try:
            store.counts()  # it opened: it must also read
        except StoreError:
            pass
        finally:
            store.close()
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA quick_check").fetchone()
        connection.close()


@FUZZ
@given(data=st.binary(max_size=8192))
def test_random_bytes_named_aspmap_are_refused(data: bytes) -> None:
    TRIED[".aspmap random"] += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "map.aspmap"
        path.write_bytes(data)
        with pytest.raises(StoreError):
            open_map(path, Path(folder) / "backups")
        assert path.read_bytes() == data
