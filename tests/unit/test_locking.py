"""One writer per map, whatever the way in: the lock is taken before anything is written,
holds under contention, says why when it cannot be taken, and covers every name of a map."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from aspdesk.cli.main import main
from aspdesk.domain.entities import Actor
from aspdesk.store.locking import MapLock, lock_path
from aspdesk.store.mapfile import check_map_file
from aspdesk.store.opening import create_map, open_map

from ..maps import COMPANY_KIND, OLD_ACTOR, map_at

CONTENDER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from aspdesk.store.locking import MapLock
    map_path, marker, seconds = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
    taken = doubled = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        lock = MapLock.acquire(map_path)
        if not isinstance(lock, MapLock):
            continue
        taken += 1
        try:
            # Only a holder may have the marker: finding it made means a second holder.
            handle = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            doubled += 1
        else:
            os.close(handle)
            os.unlink(marker)
        lock.release()
    print(taken, doubled, flush=True)
    """
)


@pytest.mark.slow
def test_four_processes_never_hold_the_lock_at_once(tmp_path: Path) -> None:
    """Our own lock removed its file before unlocking: 1,396 double holds in 49,612."""
    map_path = tmp_path / "kartta.aspmap"
    map_path.write_bytes(b"")
    seconds = float(os.environ.get("LOCK_SECONDS", "3"))
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CONTENDER, str(map_path), str(tmp_path / "held"), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    taken = doubled = 0
    for child in children:
        out, _ = child.communicate(timeout=seconds + 60)
        a, b = map(int, out.split())
        taken, doubled = taken + a, doubled + b
    print(f"\nlock taken {taken} times by 4 processes in {seconds:.0f} s, twice at once {doubled}")
    assert taken > 100, "the processes must really have contended"
    assert doubled == 0


def test_a_closed_map_leaves_no_lock_file(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    store = open_map(path, tmp_path / "backups")
    assert lock_path(path).exists()
    store.close()
    assert not lock_path(path).exists()


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from aspdesk.store.locking import MapLock
    lock = MapLock.acquire(Path(sys.argv[1]))
    print("held" if isinstance(lock, MapLock) else "refused", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def held_elsewhere() -> Iterator[list[subprocess.Popen[str]]]:
    children: list[subprocess.Popen[str]] = []
    yield children
    for child in children:
        child.kill()
        child.wait()


def _hold(path: Path, children: list[subprocess.Popen[str]]) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    children.append(child)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"


def test_an_old_map_held_by_another_aspdesk_is_not_migrated_on_disk(
    tmp_path: Path, held_elsewhere: list[subprocess.Popen[str]]
) -> None:
    """An older aspdesk still has the map open: this one shows it, brought up to date in a
    private copy, and writes nothing (before, it migrated the file under the other)."""
    path = map_at(tmp_path / "old.aspmap", "0003", COMPANY_KIND, OLD_ACTOR.format(name="Kemi"))
    _hold(path, held_elsewhere)
    before = path.read_bytes()
    store = open_map(path, tmp_path / "backups")
    try:
        assert store.read_only is not None
        text = store.read_only.text()
        assert "open for editing in another aspdesk window" in text
        assert "made by an older version of aspdesk" in text
        assert [a.name for a in store.actors()] == ["Kemi"]
    finally:
        store.close()
    assert path.read_bytes() == before
    assert check_map_file(path) == "0003"
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_a_folder_in_place_of_the_lock_file_is_named(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    lock_path(path).mkdir()
    store = open_map(path, tmp_path / "backups")
    try:
        assert store.read_only is not None
        assert "a folder of that name is in its place" in store.read_only.text()
    finally:
        store.close()


@pytest.mark.skipif(
    not hasattr(os, "seteuid") or os.geteuid() != 0, reason="needs root to act as another user"
)
def test_a_lock_file_of_another_user_is_named(sample_file: Path) -> None:
    import pwd

    nobody = pwd.getpwnam("nobody")
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"aspdesk-users-{os.getpid()}"
    folder.mkdir(mode=0o777)
    try:
        folder.chmod(0o777)
        path = folder / "kartta.aspmap"
        shutil.copy(sample_file, path)
        path.chmod(0o666)
        lock_path(path).write_text("{}")  # root's, 0644: nobody may not write it
        os.seteuid(nobody.pw_uid)
        try:
            store = open_map(path, folder / "backups")
        finally:
            os.seteuid(0)
        try:
            assert store.read_only is not None
            text = store.read_only.text()
            assert "belongs to another user account (root)" in text
        finally:
            store.close()
    finally:
        shutil.rmtree(folder)


def test_a_map_with_two_names_gets_no_second_writer(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    other = tmp_path / "elsewhere" / "same.aspmap"
    other.parent.mkdir()
    os.link(path, other)
    first = open_map(path, tmp_path / "backups")
    second = open_map(other, tmp_path / "backups")
    try:
        for store in (first, second):
            assert store.read_only is not None
            assert "2 names on the disk" in store.read_only.text()
    finally:
        first.close()
        second.close()


def test_a_new_map_is_locked_from_the_start(tmp_path: Path) -> None:
    path = tmp_path / "uusi.aspmap"
    store = create_map(path)
    try:
        assert isinstance(store.lock, MapLock) and store.lock.held
        store.insert(Actor(name="Ensimmäinen"))
        second = open_map(path, tmp_path / "backups")
        try:
            assert second.read_only is not None
        finally:
            second.close()
    finally:
        store.close()


def test_importing_into_a_map_another_process_is_creating_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], held_elsewhere: list[subprocess.Popen[str]]
) -> None:
    path = tmp_path / "uusi.aspmap"
    _hold(path, held_elsewhere)
    source = tmp_path / "list.csv"
    source.write_text("Nimi\nUusi Oy\n", encoding="utf-8")
    assert main(["import", str(path), str(source)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert not path.exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[" * 4096, b"\xff\xfe", b'["a list"]', b'{"host": "kone", "pid": 12'],
    ids=["empty", "not-json", "nested-deep", "not-utf8", "a-list", "cut-short"],
)
def test_a_lock_file_that_does_not_say_who_holds_it_names_nobody(
    tmp_path: Path, content: bytes
) -> None:
    """The holder's note is read only to say who has the map open; a note another program
    (or a full disk) left damaged says nothing rather than stopping the opening."""
    from aspdesk.store.locking import holder_of

    map_path = tmp_path / "kartta.aspmap"
    lock_path(map_path).write_bytes(content)
    assert holder_of(map_path) == {}


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_folder_where_no_file_can_be_made_is_not_said_to_hold_the_map(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """In /proc no file can be made, and filelock waits that out as if the lock were
    held: a new map there was said to "already exist"."""
    assert main(["sample", "/proc/aspdesk-test.aspmap"]) == 1
    said = capsys.readouterr().err
    assert "already exists" not in said and "aspdesk-test.aspmap" in said
    assert not Path("/proc/aspdesk-test.aspmap").exists()
