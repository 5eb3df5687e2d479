"""A map found sound opens again without a full check while unchanged, and any change from
anywhere has it checked whole again (aspdesk.store.checked)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

import aspdesk.store.mapfile as mapfile
from aspdesk.app.paths import AppPaths
from aspdesk.cli.main import main
from aspdesk.domain.entities import Actor
from aspdesk.store.checked import CheckedMaps, stamp
from aspdesk.store.errors import BadValueError
from aspdesk.store.opening import Purpose, open_map

BAD_DATE = "UPDATE memberships SET since = '2020-13-45' WHERE id = 3"


@pytest.fixture
def map_path(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    return path


@pytest.fixture
def checked(tmp_path: Path) -> CheckedMaps:
    return CheckedMaps(tmp_path / "home" / "checked-maps.json")


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The maps read whole by the opening's check, in order."""
    seen: list[str] = []
    real = mapfile.inspect

    def counting(connection: sqlite3.Connection, shown: str) -> str:
        seen.append(Path(shown).name)
        return real(connection, shown)

    monkeypatch.setattr(mapfile, "inspect", counting)
    return seen


def _open_and_close(path: Path, checked: CheckedMaps, purpose: Purpose = Purpose.EDIT) -> None:
    open_map(path, path.parent / "backups", purpose=purpose, checked=checked).close()


def _write_elsewhere(path: Path, statement: str) -> None:
    """A write by another program than aspdesk (sqlite3 itself)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(statement)
    finally:
        connection.close()


@pytest.mark.parametrize("purpose", list(Purpose))
def test_a_map_found_sound_opens_again_without_the_full_check(
    map_path: Path, checked: CheckedMaps, full_checks: list[str], purpose: Purpose
) -> None:
    _open_and_close(map_path, checked, purpose)
    _open_and_close(map_path, checked, purpose)
    _open_and_close(map_path, checked, Purpose.READ)
    assert full_checks == ["kartta.aspmap"]
    assert checked.knows(map_path.resolve(), stamp(map_path))


@pytest.mark.parametrize("purpose", list(Purpose))
def test_a_bad_value_written_by_another_program_since_is_refused(
    map_path: Path, checked: CheckedMaps, purpose: Purpose
) -> None:
    _open_and_close(map_path, checked)
    _write_elsewhere(map_path, BAD_DATE)
    with pytest.raises(BadValueError) as refused:
        _open_and_close(map_path, checked, purpose)
    assert "the field since" in refused.value.text()


def test_bytes_changed_in_place_with_the_times_set_back_are_found(
    map_path: Path, checked: CheckedMaps
) -> None:
    """Same size, same modification time, same SQLite change counter: the status change
    time, which no program can set back, still tells."""
    _open_and_close(map_path, checked)
    data = bytearray(map_path.read_bytes())
    at = bytes(data).index(b"Lapin yliopisto")
    data[at : at + 2] = b"\xff\xfe"  # the name is no longer UTF-8
    times = os.stat(map_path)
    map_path.write_bytes(bytes(data))
    os.utime(map_path, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert os.stat(map_path).st_mtime_ns == times.st_mtime_ns
    with pytest.raises(BadValueError) as refused:
        _open_and_close(map_path, checked)
    assert "not UTF-8" in refused.value.text()


def test_aspdesk_s_own_edits_are_checked_at_closing_and_remembered(
    map_path: Path, checked: CheckedMaps, full_checks: list[str]
) -> None:
    store = open_map(map_path, map_path.parent / "backups", checked=checked)
    store.insert(Actor(id=None, name="Uusi toimija"))
    store.close()
    assert full_checks == ["kartta.aspmap", "kartta.aspmap"]  # at opening, at closing
    _open_and_close(map_path, checked)
    assert len(full_checks) == 2


def test_a_bad_value_written_by_another_program_while_open_is_refused_next_time(
    map_path: Path, checked: CheckedMaps
) -> None:
    store = open_map(map_path, map_path.parent / "backups", checked=checked)
    _write_elsewhere(map_path, BAD_DATE)
    store.close()  # its check at closing finds the value: the map is left unremembered
    with pytest.raises(BadValueError):
        _open_and_close(map_path, checked)


def test_a_map_with_a_journal_beside_it_is_checked_whole(
    map_path: Path, checked: CheckedMaps
) -> None:
    _open_and_close(map_path, checked)
    journal = map_path.with_name(map_path.name + "-journal")
    journal.write_bytes(b"x" * 512)
    assert stamp(map_path) is None
    assert not checked.knows(map_path.resolve(), stamp(map_path))


@pytest.mark.parametrize("content", ["", "{", "[1, 2]", '{"aspdesk": "0.0.1", "maps": {}}'])
def test_a_stamps_file_that_is_not_ours_only_costs_a_full_check(
    map_path: Path, checked: CheckedMaps, full_checks: list[str], content: str
) -> None:
    checked.file.parent.mkdir(parents=True)
    checked.file.write_text(content, encoding="utf-8")
    _open_and_close(map_path, checked)
    _open_and_close(map_path, checked)
    assert full_checks == ["kartta.aspmap"]


def test_a_stamps_file_that_cannot_be_written_leaves_the_maps_opening(
    map_path: Path, tmp_path: Path, full_checks: list[str]
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    checked = CheckedMaps(blocked / "checked-maps.json")
    _open_and_close(map_path, checked)
    _open_and_close(map_path, checked)
    assert full_checks == ["kartta.aspmap", "kartta.aspmap"]


def test_the_export_command_refuses_a_map_changed_since_it_was_found_sound(
    map_path: Path, tmp_path: Path, full_checks: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the command itself, with the user's own stamps file (ASPDESK_HOME)."""
    out = tmp_path / "kartta.json"
    assert main(["export", str(map_path), "-o", str(out), "--lang", "en"]) == 0
    assert main(["export", str(map_path), "-o", str(out), "--lang", "en"]) == 0
    assert full_checks == ["kartta.aspmap"]
    assert AppPaths.for_user().checked_maps_file.exists()
    _write_elsewhere(map_path, BAD_DATE)
    capsys.readouterr()
    assert main(["export", str(map_path), "-o", str(tmp_path / "toinen.json")]) == 1
    said = capsys.readouterr().err
    assert "the field since" in said and "kartta.aspmap" in said
    assert not (tmp_path / "toinen.json").exists()


def test_the_window_s_opener_keeps_the_user_s_stamps(
    map_path: Path, tmp_path: Path, full_checks: list[str], qapp: object
) -> None:
    from aspdesk.ui.window.launch import MapOpener

    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "backups", tmp_path)
    opener = MapOpener(paths, "fi")
    opener(map_path, False).close()
    assert paths.checked_maps_file.exists()
    opener(map_path, False).close()
    assert full_checks == ["kartta.aspmap"]
    _write_elsewhere(map_path, BAD_DATE)
    with pytest.raises(BadValueError):
        opener(map_path, False)
