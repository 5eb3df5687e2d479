"""The command line: version, help, and the headless sample command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from aspdesk import __version__
from aspdesk.cli.main import SUBCOMMANDS, main
from aspdesk.store.mapfile import check_map_file, head_revision


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    # No display at all: a command that opened a window (or a QApplication) would fail.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    return subprocess.run(
        [sys.executable, "-m", "aspdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"aspdesk {__version__}"


def test_help_names_the_options_and_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for text in ("--sample", "--lang", "PATH", "aspdesk sample"):
        assert text in out


def test_sample_command_writes_a_map_without_a_window(tmp_path: Path) -> None:
    path = tmp_path / "out" / "asp.aspmap"
    result = _run("sample", str(path))
    assert result.returncode == 0, result.stderr
    assert check_map_file(path) == head_revision()
    assert not (tmp_path / "aspdesk-home").exists()


def test_sample_command_adds_the_suffix(tmp_path: Path) -> None:
    assert main(["sample", str(tmp_path / "asp")]) == 0
    assert (tmp_path / "asp.aspmap").is_file()


def test_sample_command_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.aspmap"
    path.write_bytes(b"my own work")
    assert main(["sample", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == b"my own work"


def test_path_and_sample_together_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--sample", "x.aspmap"])
    assert stop.value.code == 2
    assert "not both" in capsys.readouterr().err


def test_subcommands_leave_room_for_more() -> None:
    assert "sample" in SUBCOMMANDS


def test_messages_follow_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sample", str(tmp_path / "fi.aspmap"), "--lang", "fi"]) == 0
    assert capsys.readouterr().out.startswith("Esimerkkikartta kirjoitettiin")
    assert main(["sample", str(tmp_path / "fi.aspmap"), "--lang", "fi"]) == 1
    assert "on jo olemassa" in capsys.readouterr().err
    assert main(["sample", str(tmp_path / "en.aspmap"), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Wrote the sample map")
    assert main(["sample", str(tmp_path / "sv.aspmap"), "--lang", "sv"]) == 0
    assert capsys.readouterr().out.startswith("Skrev exempelkartan")
    assert main(["sample", str(tmp_path / "sv.aspmap"), "--lang", "sv"]) == 1
    assert "finns redan; välj ett annat namn" in capsys.readouterr().err


def test_the_help_speaks_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "sv", "--help"])
    out = capsys.readouterr().out
    assert "Kartlägg aktörerna, klustren, rollerna och relationerna" in out
    assert "kommandon utan fönster:" in out and "{en,fi,sv}" in out


# A process each: one format for the quick loop, all of them in the full run.
@pytest.mark.parametrize(
    "suffix",
    [
        ".json",
        *(
            pytest.param(s, marks=pytest.mark.slow)
            for s in (".xlsx", ".csv", ".zip", ".graphml", ".gexf")
        ),
    ],
)
def test_export_command_writes_each_format(sample_file: Path, tmp_path: Path, suffix: str) -> None:
    copy = tmp_path / "map.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    target = tmp_path / f"out{suffix}"
    result = _run("export", str(copy), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "actors 21, relationships 47, projects 1" in result.stdout
    if suffix == ".csv":
        assert (tmp_path / "out" / "actors.csv").is_file(), "x.csv means a folder x of tables"
    else:
        assert target.is_file()


def test_export_command_refuses_unknown_types_and_bad_maps(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(sample_file), "-o", str(tmp_path / "out.docx")]) == 1
    assert "cannot write .docx files" in capsys.readouterr().err
    bogus = tmp_path / "bogus.aspmap"
    bogus.write_text("hello", encoding="utf-8")
    assert main(["export", str(bogus), "-o", str(tmp_path / "out.json")]) == 1
    assert "not an aspdesk map" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()
