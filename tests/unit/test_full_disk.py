"""The command line on a full disk (a real small tmpfs): exports, images, reports and the
sample map each end with a message that names the file and says the disk is full, exit
code 1, no traceback, and nothing half-written left behind; with room again they work."""

from __future__ import annotations

from pathlib import Path

import pytest

from aspdesk.cli.main import main
from aspdesk.store.mapfile import check_map_file, head_revision
from aspdesk.store.opening import open_map
from tests.disk import SmallDisk

TABLES = {
    "actors.csv",
    "clusters.csv",
    "contacts.csv",
    "memberships.csv",
    "relationships.csv",
    "projects.csv",
    "project_partners.csv",
}


@pytest.fixture
def map_copy(sample_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "sample.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    return copy


def test_a_csv_folder_on_a_full_disk_leaves_no_table(
    map_copy: Path, small_disk: SmallDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    target = small_disk.path / "tables.csv"
    small_disk.fill(leave=16 * 1024)  # room for two or three of the seven tables
    assert main(["export", str(map_copy), "-o", str(target)]) == 1
    message = capsys.readouterr().err
    assert f"{small_disk.path / 'tables'}: Nothing was written: the disk is full" in message
    assert small_disk.files() == set()

    small_disk.make_room()
    assert main(["export", str(map_copy), "-o", str(target)]) == 0
    assert {p.name for p in (small_disk.path / "tables").iterdir()} == TABLES


def test_a_csv_folder_made_again_on_a_full_disk_keeps_every_old_table(
    map_copy: Path, small_disk: SmallDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    target = small_disk.path / "tables.csv"
    assert main(["export", str(map_copy), "-o", str(target), "--lang", "en"]) == 0
    folder = small_disk.path / "tables"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    small_disk.fill(leave=16 * 1024)
    # Finnish headers: a table of the new export among the old ones would show.
    assert main(["export", str(map_copy), "-o", str(target), "--lang", "fi"]) == 1
    assert "levy on täynnä" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert small_disk.files() == {"tables", *(f"tables/{name}" for name in TABLES)}


@pytest.mark.parametrize(
    "command, name",
    [
        ("export", "graph.png"),
        ("export", "graph.svg"),
        ("export", "graph.pdf"),
        ("report", "report.pdf"),
        ("report", "report.html"),
    ],
)
def test_an_image_or_report_on_a_full_disk_says_so_and_leaves_nothing(
    map_copy: Path,
    small_disk: SmallDisk,
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
) -> None:
    target = small_disk.path / name
    small_disk.fill(leave=4 * 1024)
    assert main([command, str(map_copy), "-o", str(target), "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"aspdesk {command}: {target}: Nothing was written: the disk is full. Free some space "
        "or choose another disk, then try again."
    )
    assert small_disk.files() == set()


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
