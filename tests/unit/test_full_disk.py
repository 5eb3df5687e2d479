"""The command line on a full disk (a real small tmpfs): the sample map ends with a message
that names the file and says the disk is full, exit code 1, no traceback, and nothing
half-written left behind; with room again it works."""

from __future__ import annotations

import pytest

from aspdesk.cli import main
from aspdesk.store.mapfile import check_map_file, head_revision
from aspdesk.store.opening import open_map
from tests.disk import SmallDisk


@pytest.mark.parametrize("leave", [0, 48 * 1024, 120 * 1024])
def test_the_sample_map_on_a_full_disk_leaves_no_half_map(
    small_disk: SmallDisk, capsys: pytest.CaptureFixture[str], leave: int
) -> None:
    # The sample map takes about 170 KB: the disk fills while the schema, the built-in
    # terms or the actors and ties are written.
    path = small_disk.path / "sample.aspmap"
    small_disk.fill(leave=leave)
    assert main(["sample", str(path), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"aspdesk sample: {path} was not written: the disk is full")
    assert "Traceback" not in captured.err and captured.out == ""
    assert small_disk.files() == set()

    small_disk.make_room()
    assert main(["sample", str(path), "--lang", "fi"]) == 0
    assert check_map_file(path) == head_revision()
    store = open_map(path, small_disk.path.parent / "backups")
    try:
        assert len(store.actors()) == 21
    finally:
        store.close()


def test_the_sample_map_on_a_full_disk_says_so_in_finnish(
    small_disk: SmallDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    path = small_disk.path / "esimerkki.aspmap"
    small_disk.fill()
    assert main(["sample", str(path), "--lang", "fi"]) == 1
    assert "levy on täynnä" in capsys.readouterr().err
    assert small_disk.files() == set()
