"""``aspdesk survey MAP create|collect``: the round from the command line, and the answers it
explains rather than takes (a second answer, an unknown round, a changed layout)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from aspdesk.cli.main import main
from aspdesk.store.opening import Purpose, open_map
from aspdesk.store.sample import write_sample
from tests.integration.test_survey_round import _sheet, fill_answers


@pytest.fixture
def sample(tmp_path: Path, sample_file: Path) -> Path:
    path = tmp_path / "map.aspmap"
    shutil.copy(sample_file, path)
    return path


def _create(sample: Path, folder: Path, *extra: str) -> int:
    return main(
        [
            "survey",
            str(sample),
            "create",
            "--cluster",
            "Arctic design",
            "-o",
            str(folder),
            "--lang",
            "en",
            *extra,
        ]
    )


def _ties(path: Path) -> dict[int, object]:
    store = open_map(path, path.parent / "backups", purpose=Purpose.READ)
    try:
        return {t.id: t for t in store.relationships()}
    finally:
        store.close()


def test_create_and_collect(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "round"
    assert _create(sample, folder) == 0
    out = capsys.readouterr().out
    assert "Wrote 11 questionnaires for the members of Arctic design" in out
    assert len(list(folder.glob("*.xlsx"))) == 11
    fill_answers(folder)
    before = _ties(sample)
    # The disagreement stops the collection: nothing is stored.
    assert main(["survey", str(sample), "collect", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "Answers read: 5 of 11 files" in captured.out
    assert "The answers disagree" in captured.out
    assert "Rows with errors or disagreements: 1" in captured.err
    assert _ties(sample) == before
    assert main(["survey", str(sample), "collect", str(folder), "--skip-errors"]) == 0
    assert "Stored:" in capsys.readouterr().out
    after = _ties(sample)
    assert after[45] == before[45]
    assert after[43].strength == 5  # type: ignore[attr-defined]
    # The same answers again: each is a second answer, explained and left out.
    assert main(["survey", str(sample), "collect", str(folder), "--skip-errors"]) == 0
    out = capsys.readouterr().out
    assert out.count("has already answered this round") == 5
    assert "Answers read: 0 of 11 files" in out
    assert _ties(sample) == after


def test_unknown_round_and_changed_layout(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.aspmap"
    write_sample(other)
    assert _create(other, tmp_path / "elsewhere") == 0
    assert _create(sample, tmp_path / "round") == 0
    capsys.readouterr()
    stranger = tmp_path / "elsewhere" / "Kuura Design Oy (example).xlsx"
    book = load_workbook(stranger)
    ties = _sheet(book, "ties")
    ties.cell(4, 5, "Still true")
    book.save(stranger)
    changed = tmp_path / "round" / "Aapa Puurakenne Oy (example).xlsx"
    book = load_workbook(changed)
    ties = _sheet(book, "ties")
    ties.cell(4, 5, "Still true")
    ties.delete_cols(5)  # the answer column is gone
    book.save(changed)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(changed.read_bytes()[:3000])  # cut off in the middle, as a bad mail
    before = _ties(sample)
    files = [str(stranger), str(changed), str(damaged)]
    assert main(["survey", str(sample), "collect", *files, "--skip-errors"]) == 0
    out = capsys.readouterr().out
    assert "damaged.xlsx: " in out
    assert "belongs to a survey round this map does not hold" in out
    assert "The columns of the sheet “Partners” were changed" in out
    assert "Answers read: 0 of 3 files" in out
    assert _ties(sample) == before


def test_import_of_a_questionnaire_says_to_collect_it(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _create(sample, tmp_path / "round") == 0
    capsys.readouterr()
    questionnaire = tmp_path / "round" / "Digipolis.xlsx"
    assert main(["import", str(sample), str(questionnaire)]) == 1
    err = capsys.readouterr().err
    assert "This workbook is a questionnaire of a survey round." in err
    assert "aspdesk survey MAP collect FOLDER" in err


def test_a_new_round_never_replaces_files_in_its_folder(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "round"
    assert _create(sample, folder) == 0
    answer = folder / "Digipolis.xlsx"
    answer.write_bytes(b"an answer that came back")
    assert _create(sample, folder) == 1
    err = capsys.readouterr().err
    assert "The folder already holds Aapa Puurakenne Oy (example).xlsx" in err
    assert answer.read_bytes() == b"an answer that came back"
    store = open_map(sample, sample.parent / "backups", purpose=Purpose.READ)
    try:
        assert len(store.surveys.all()) == 1  # the refused round is not kept
    finally:
        store.close()
