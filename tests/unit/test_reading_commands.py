"""Commands that only read a map never write it: not a node placed, not a term added, not
a backup made, not a journal rolled back. (A plain ``aspdesk export`` once wrote into a
damaged map.)"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from aspdesk.cli.main import main


@pytest.fixture
def unplaced(sample_file: Path, tmp_path: Path) -> Path:
    """The sample map with no node placed and a built-in term missing: a window opening it
    for editing would write both."""
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE actors SET x = NULL, y = NULL")
        connection.execute("UPDATE clusters SET x = NULL, y = NULL")
        connection.execute(
            "DELETE FROM size_classes WHERE code NOT IN (SELECT size_class "
            "FROM actors WHERE size_class IS NOT NULL)"
        )
    connection.close()
    return path


@pytest.mark.parametrize("output", ["kartta.png", "kartta.svg", "kartta.json", "kartta.xlsx"])
def test_an_export_leaves_the_map_as_it_was(
    unplaced: Path, tmp_path: Path, output: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = unplaced.read_bytes()
    assert main(["export", str(unplaced), "-o", str(tmp_path / output)]) == 0, (
        capsys.readouterr().err
    )
    assert unplaced.read_bytes() == before
    assert sorted(
        p.name for p in unplaced.parent.iterdir() if p.name.startswith("kartta.aspmap")
    ) == ["kartta.aspmap"]


def test_a_report_leaves_the_map_as_it_was(
    unplaced: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = unplaced.read_bytes()
    assert main(["report", str(unplaced), "-o", str(tmp_path / "raportti.html")]) == 0, (
        capsys.readouterr().err
    )
    assert unplaced.read_bytes() == before


def test_a_dry_run_import_leaves_the_map_as_it_was(
    unplaced: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "uudet.csv"
    source.write_text("Nimi;Kunta\nUusi Oy;Kemi\n", encoding="utf-8")
    before = unplaced.read_bytes()
    assert main(["import", str(unplaced), str(source), "--dry-run"]) == 0, capsys.readouterr().err
    assert unplaced.read_bytes() == before
