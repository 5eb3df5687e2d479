"""A map left mid-save by a crash (a hot journal beside it) opens with everything committed,
through each of aspdesk's ways in: the window (which rolls the journal back and says so),
a read-only command (which never writes the map), and a window on a read-only folder (which
shows the last completed save and never calls the map damaged)."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from aspdesk.app.paths import AppPaths
from aspdesk.cli.main import main
from aspdesk.store.errors import BackupFailedError
from aspdesk.store.mapfile import check_map_file, journal_of
from aspdesk.store.opening import open_map
from aspdesk.store.sample import write_sample
from aspdesk.ui.window.launch import MapOpener

from ..disk import SmallDisk
from ..maps import COMPANY_KIND, OLD_ACTOR, half_saved, map_at, read_only_mount

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture
def crashed(tmp_path: Path) -> tuple[Path, Path]:
    """The sample map and the hot journal a killed save left beside it."""
    path = tmp_path / "maps" / "kartta.aspmap"
    path.parent.mkdir()
    write_sample(path)
    return path, half_saved(path, tmp_path / "backups")


def test_the_window_rolls_the_unfinished_save_back_and_says_so(
    qapp: object, crashed: tuple[Path, Path]
) -> None:
    path, journal = crashed
    document = MapOpener(AppPaths.for_user(), "en")(path, False)
    try:
        assert document.read_only == ""
        actors = document.store.actors()
        assert len(actors) == 21 and all(a.notes != "half-saved" for a in actors)
        (note,) = document.opening_notes()
        assert "stopped while this map was saving an edit" in note
    finally:
        document.close()
    assert not journal.exists()


def test_a_read_only_command_reads_the_last_save_and_writes_nothing(
    crashed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, journal = crashed
    before = (path.read_bytes(), journal.read_bytes())
    out = tmp_path / "kartta.json"
    assert main(["export", str(path), "-o", str(out)]) == 0, capsys.readouterr().err
    assert len(json.loads(out.read_text("utf-8"))["actors"]) == 21
    assert (path.read_bytes(), journal.read_bytes()) == before, "a read never writes the map"


@pytest.fixture
def read_only_folder(crashed: tuple[Path, Path], tmp_path: Path) -> Iterator[Path]:
    """The crashed map and its journal in a folder on a file system mounted read-only."""
    path, journal = crashed
    with read_only_mount(tmp_path / "readonly", path, journal) as folder:
        yield folder / path.name


def test_a_crashed_map_in_a_read_only_folder_shows_its_last_save(
    qapp: object, read_only_folder: Path
) -> None:
    path = read_only_folder
    document = MapOpener(AppPaths.for_user(), "en")(path, False)
    try:
        assert "read-only" in document.read_only
        assert "left in the middle of saving an edit" in document.read_only
        assert "damaged" not in document.read_only
        actors = document.store.actors()
        assert len(actors) == 21 and all(a.notes != "half-saved" for a in actors)
    finally:
        document.close()
    assert journal_of(path).exists(), "the journal stays for a writer to roll back"


def test_an_older_map_in_a_read_only_folder_opens_read_only(qapp: object, tmp_path: Path) -> None:
    old = map_at(tmp_path / "vanha.aspmap", "0003", COMPANY_KIND, OLD_ACTOR.format(name="Kemi"))
    with read_only_mount(tmp_path / "readonly", old) as folder:
        path = folder / old.name
        before = path.read_bytes()
        document = MapOpener(AppPaths.for_user(), "en")(path, False)
        try:
            assert "read-only" in document.read_only
            assert "made by an older version of aspdesk" in document.read_only
            assert [a.name for a in document.store.actors()] == ["Kemi"]
        finally:
            document.close()
        assert path.read_bytes() == before


def test_a_full_backup_folder_leaves_nothing_and_is_said(
    qapp: object, sample_file: Path, tmp_path: Path, small_disk: SmallDisk
) -> None:
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    small_disk.fill(leave=8192)
    paths = replace(AppPaths.for_user(), backup_dir=small_disk.path)
    document = MapOpener(paths, "en")(path, False)
    try:
        assert document.read_only == ""
        (note,) = document.opening_notes()
        assert note.startswith(f"No backup copy of this map could be made in {small_disk.path}")
        assert "the disk is full" in note
    finally:
        document.close()
    assert small_disk.files() == set(), "no partial copy is left in the backups folder"


def test_an_older_map_is_not_migrated_without_its_copy(
    tmp_path: Path, small_disk: SmallDisk
) -> None:
    path = map_at(tmp_path / "vanha.aspmap", "0003", COMPANY_KIND, OLD_ACTOR.format(name="Kemi"))
    before = path.read_bytes()
    small_disk.fill(leave=8192)
    with pytest.raises(BackupFailedError) as raised:
        open_map(path, small_disk.path)
    assert "the disk is full" in raised.value.text()
    assert path.read_bytes() == before and check_map_file(path) == "0003"
    assert small_disk.files() == set()
