"""``aspdesk import``: round trips, merging into a map, dry runs, errors and placement."""

from __future__ import annotations

import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import openpyxl
import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.cli.main import main
from aspdesk.domain.entities import Actor
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.opening import open_map


def _copy(sample_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "map.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    return copy


def _snapshot(path: Path, tmp_path: Path) -> MapSnapshot:
    store = open_map(path, tmp_path / "backups")
    try:
        return snapshot_of(store)
    finally:
        store.close()


def _without_times(snapshot: MapSnapshot) -> MapSnapshot:
    actors = tuple(replace(a, created_at=None, updated_at=None) for a in snapshot.actors)
    return replace(snapshot, actors=actors, terms={})


def test_json_backup_round_trip_is_identical(sample_file: Path, tmp_path: Path) -> None:
    backup, again = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["export", str(sample_file), "-o", str(backup)]) == 0
    assert main(["import", str(tmp_path / "new.aspmap"), str(backup)]) == 0
    assert main(["export", str(tmp_path / "new.aspmap"), "-o", str(again)]) == 0
    assert backup.read_bytes() == again.read_bytes()


@pytest.mark.parametrize("language", ["en", "fi"])
def test_xlsx_export_imports_into_an_empty_map_as_the_same_map(
    sample_file: Path, tmp_path: Path, language: str
) -> None:
    workbook = tmp_path / "kartta.xlsx"
    assert main(["export", str(sample_file), "-o", str(workbook), "--lang", language]) == 0
    target = tmp_path / "new.aspmap"
    assert main(["import", str(target), str(workbook), "--lang", "en"]) == 0
    original = _snapshot(sample_file, tmp_path)
    imported = _snapshot(target, tmp_path)
    assert _without_times(imported) == _without_times(original)


def test_importing_a_map_into_itself_changes_nothing(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(sample_file, tmp_path)
    workbook = tmp_path / "kartta.xlsx"
    assert main(["export", str(copy), "-o", str(workbook)]) == 0
    before = copy.read_bytes()
    capsys.readouterr()
    assert main(["import", str(copy), str(workbook)]) == 0
    out = capsys.readouterr().out
    assert "Actors: new 0, updated 0, unchanged 21, conflicts 0, errors 0" in out
    assert "The map already holds everything in the file." in out
    assert _snapshot(copy, tmp_path) == _snapshot(sample_file, tmp_path)
    assert copy.read_bytes() == before


def _partner_list(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nimi", "Y-tunnus", "Kunta", "Tyyppi"])
    sheet.append(["Lapin yliopisto", "0245904-2", "Kemi", "yliopisto"])  # conflict: Rovaniemi
    sheet.append(["Arctic Hub Oy", "1234567-0", "Kemi", "Oy"])  # bad check digit
    sheet.append(["Tornion Panimo Oy", "2233445-8", "Tornio", "yritys"])
    workbook.save(path)
    return path


def test_dry_run_reports_and_writes_nothing(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(sample_file, tmp_path)
    before = copy.read_bytes()
    source = _partner_list(tmp_path / "kumppanit.xlsx")

    assert main(["import", str(copy), str(source), "--dry-run", "--skip-errors"]) == 0
    out = capsys.readouterr().out
    assert "Actors: new 1, updated 0, unchanged 0, conflicts 1, errors 1" in out
    assert "Municipality or region: map “Rovaniemi”, file “Kemi”" in out
    assert "kumppanit.xlsx, Sheet, row 3, column Y-tunnus:" in out
    assert "Dry run: nothing was written." in out
    assert copy.read_bytes() == before
    missing = tmp_path / "missing.aspmap"
    assert main(["import", str(missing), str(source), "--dry-run", "--skip-errors"]) == 0
    assert not missing.exists()


def test_errors_stop_the_import_unless_skipped_and_conflicts_keep_the_map(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(sample_file, tmp_path)
    before = copy.read_bytes()
    source = _partner_list(tmp_path / "kumppanit.xlsx")

    assert main(["import", str(copy), str(source)]) == 1
    assert "Nothing was imported. Rows with errors: 1." in capsys.readouterr().err
    assert copy.read_bytes() == before

    assert main(["import", str(copy), str(source), "--skip-errors"]) == 0
    actors = {a.name: a for a in _snapshot(copy, tmp_path).actors}
    assert actors["Lapin yliopisto"].municipality == "Rovaniemi"
    assert actors["Tornion Panimo Oy"].business_id == "2233445-8"
    assert "Arctic Hub Oy" not in actors
    # The sample's graph was never shown: its actors are placed with the new one.
    assert all(a.x is not None and a.y is not None for a in actors.values())

    assert main(["import", str(copy), str(source), "--skip-errors", "--take-file-values"]) == 0
    actors = {a.name: a for a in _snapshot(copy, tmp_path).actors}
    assert actors["Lapin yliopisto"].municipality == "Kemi"
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_networkx_graph_is_placed_readably_around_the_map(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Positions as the window gives them, so that the new actors are placed around them.
    copy = tmp_path / "placed.aspmap"
    assert main(["import", str(copy), str(_json_with_positions(sample_file, tmp_path))]) == 0
    graph = nx.karate_club_graph()
    nx.relabel_nodes(graph, {n: f"Karate {n}" for n in graph}, copy=False)
    nx.write_graphml(graph, tmp_path / "karate.graphml")

    assert main(["import", str(copy), str(tmp_path / "karate.graphml")]) == 0
    assert "Relationships: new 78" in capsys.readouterr().out
    snapshot = _snapshot(copy, tmp_path)
    old = [a for a in snapshot.actors if not a.name.startswith("Karate")]
    new = [a for a in snapshot.actors if a.name.startswith("Karate")]
    assert len(new) == 34 and all(a.x is not None and a.y is not None for a in new)
    before = {a.id: (a.x, a.y) for a in _snapshot(sample_file, tmp_path).actors}
    assert all(before[a.id] == (a.x, a.y) for a in old if before[a.id][0] is not None)
    points = np.array([(a.x, a.y) for a in snapshot.actors], dtype=float)
    gaps = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=2))
    np.fill_diagonal(gaps, np.inf)
    assert gaps.min() > 0.3, "no two actors on top of each other"


def _json_with_positions(sample_file: Path, tmp_path: Path) -> Path:
    from aspdesk.io.json_backup import read_json, write_json

    backup = tmp_path / "sample.json"
    assert main(["export", str(sample_file), "-o", str(backup)]) == 0
    snapshot = read_json(backup)
    angle = np.linspace(0, 2 * np.pi, len(snapshot.actors), endpoint=False)
    actors = tuple(
        replace(a, x=float(6 * np.cos(t)), y=float(6 * np.sin(t)))
        for a, t in zip(snapshot.actors, angle, strict=True)
    )
    placed = tmp_path / "placed.json"
    write_json(replace(snapshot, actors=actors), placed)
    return placed


def test_bad_files_get_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "list.xlsx"
    fake.write_text("Nimi;Kunta\n", encoding="utf-8")
    target = tmp_path / "map.aspmap"
    assert main(["import", str(target), str(fake)]) == 1
    assert "not an Excel workbook" in capsys.readouterr().err
    unknown = tmp_path / "list.pdf"
    unknown.write_bytes(b"%PDF-1.7")
    assert main(["import", str(target), str(unknown)]) == 1
    assert "cannot import .pdf files" in capsys.readouterr().err
    assert main(["import", str(target), str(tmp_path / "nothing.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_actors_in_a_fresh_map_from_a_spreadsheet_are_all_placed(tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text("Nimi\n" + "\n".join(f"Yritys {n}" for n in range(30)), encoding="utf-8")
    target = tmp_path / "map.aspmap"
    assert main(["import", str(target), str(source)]) == 0
    actors: tuple[Actor, ...] = _snapshot(target, tmp_path).actors
    assert len(actors) == 30 and all(a.x is not None for a in actors)
    assert _snapshot(target, tmp_path).name == "list"


def test_the_text_encoding_of_a_csv_file_is_printed(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kumppanit.csv"
    source.write_bytes("Nimi;Kunta\nLapin Säätiö;Kemi\n".encode("cp1252"))  # Excel's CSV
    target = _copy(sample_file, tmp_path)

    assert main(["import", str(target), str(source), "--dry-run", "--lang", "en"]) == 0

    assert (
        "\n  Text encoding: Windows-1252. The file is not UTF-8 (line 2 is not). If letters "
        "look wrong, choose another encoding.\n" in capsys.readouterr().out
    )


def test_a_csv_file_in_no_encoding_found_imports_in_the_one_given(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kumppanit.csv"
    source.write_bytes("Nimi;Kunta\nÅbo Akademi;Turku\n".encode("cp850"))  # a DOS program's
    target = _copy(sample_file, tmp_path)

    assert main(["import", str(target), str(source), "--lang", "en"]) == 1
    assert "line 2, column 1 holds the byte 0x8F" in capsys.readouterr().err

    assert main(["import", str(target), str(source), "--encoding", "cp850", "--lang", "fi"]) == 0
    assert "\n  Merkistö: DOS 850. Valitsit sen itse.\n" in capsys.readouterr().out
    assert "Åbo Akademi" in {actor.name for actor in _snapshot(target, tmp_path).actors}


def test_an_unknown_encoding_is_refused_and_nothing_is_written(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kumppanit.csv"
    source.write_text("Nimi\nA Oy\n", encoding="utf-8")
    target = _copy(sample_file, tmp_path)

    assert main(["import", str(target), str(source), "--encoding", "klingon", "--lang", "en"]) == 1

    assert "aspdesk does not know the encoding “klingon”." in capsys.readouterr().err
    assert target.read_bytes() == sample_file.read_bytes()


def test_a_workbook_is_opened_on_a_thread_while_the_map_opens(
    sample_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An XLSX file is opened (checked, its first sheet read) on a thread as the command
    starts, and the import reads that workbook: not a second opening after the map's."""
    import threading

    from aspdesk.io.importing import formats, read_ahead

    opened: list[str] = []

    def watched(opening: Any) -> Any:
        def open_workbook(path: Path, progress: Any) -> Any:
            opened.append(threading.current_thread().name)
            return opening(path, progress)

        return open_workbook

    monkeypatch.setattr(read_ahead, "open_workbook", watched(read_ahead.open_workbook))
    monkeypatch.setattr(formats, "open_workbook", watched(formats.open_workbook))
    copy = _copy(sample_file, tmp_path)
    source = _partner_list(tmp_path / "kumppanit.xlsx")

    assert main(["import", str(copy), str(source), "--skip-errors"]) == 0
    assert opened == ["aspdesk-read-ahead"]
    names = {actor.name for actor in _snapshot(copy, tmp_path).actors}
    assert "Tornion Panimo Oy" in names and "Arctic Hub Oy" not in names


def test_a_damaged_workbook_read_ahead_is_said_as_before_and_the_map_is_as_it_was(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from aspdesk.io.errors import DataFileError
    from aspdesk.io.importing.xlsx_reading import open_workbook

    copy = _copy(sample_file, tmp_path)
    before = copy.read_bytes()
    whole = _partner_list(tmp_path / "kumppanit.xlsx")
    broken = tmp_path / "rikki.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = b'<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>9'
            target.writestr(item, data)
    with pytest.raises(DataFileError) as raised, open_workbook(broken, lambda *_: None) as book:
        book.header(book.titles[0])
    said = raised.value.text()

    assert main(["import", str(copy), str(broken)]) == 1
    assert said in capsys.readouterr().err
    assert copy.read_bytes() == before


def test_columns_whose_headers_name_no_field_are_named_and_a_size_column_is_read(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "toimijat.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nimi", "Koko", "Yhteyshenkilö", "Kunta", "Vastuuhenkilö"])
    sheet.append(["Pohjoisen Puu Oy", "mikro", "Aino", "Ranua", "Eero"])
    book.save(source)
    target = _copy(sample_file, tmp_path)

    assert main(["import", str(target), str(source), "--lang", "fi"]) == 0

    out = capsys.readouterr().out
    left_out = "Sarakkeet, joita ei tuoda (otsikko ei vastaa mitään toimijan kenttää)"
    assert f"\n  {left_out}: Yhteyshenkilö, Vastuuhenkilö\n" in out
    imported = [a for a in _snapshot(target, tmp_path).actors if a.name == "Pohjoisen Puu Oy"]
    assert [(a.size_class, a.municipality) for a in imported] == [("micro", "Ranua")]
