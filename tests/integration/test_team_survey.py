"""``aspdesk survey ADDRESS create|collect`` on a team map: opened as ``aspdesk import`` and
``export`` open one (the address, a service, a password from .pgpass), with a clear message
when it cannot be."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from aspdesk.cli.main import main as cli_main
from tests.integration.test_survey_round import fill_answers
from tests.postgres import PASSWORD, USERS, TeamMapDatabase


def _create(address: str, folder: Path) -> int:
    return cli_main(
        ["survey", address, "create", "--cluster", "Arctic design", "-o", str(folder)]
        + ["--lang", "en"]
    )


def _strengths(team_map: TeamMapDatabase) -> dict[int, object]:
    store = team_map.open("viewer")
    try:
        return {t.id or 0: t.strength for t in store.relationships()}
    finally:
        store.close()


def test_a_survey_round_on_a_team_map(
    team_map: TeamMapDatabase,
    sample_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sample = tmp_path / "sample.aspmap"
    shutil.copy(sample_file, sample)
    assert cli_main(["server", "copy", str(sample), team_map.url("owner"), "--lang", "en"]) == 0
    capsys.readouterr()
    # A viewer may not make a round, and is told why; nothing is written.
    assert _create(team_map.url("viewer"), tmp_path / "viewer") == 1
    assert "only the viewer's role" in capsys.readouterr().err
    assert not (tmp_path / "viewer").exists()
    # Without the password the server asks for: said so, with where to put it.
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    assert _create(team_map.url("password"), tmp_path / "round") == 1
    said = capsys.readouterr().err
    assert "asks for a password" in said and ".pgpass" in said and team_map.name in said
    # With it in .pgpass, as psql would find it.
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{USERS['password']}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    folder = tmp_path / "round"
    assert _create(team_map.url("password"), folder) == 0
    assert "Wrote 11 questionnaires for the members of Arctic design" in capsys.readouterr().out
    store = team_map.open("viewer")
    try:
        (survey_round,) = store.surveys.all()
        assert survey_round.cluster_name == "Arctic design" and len(survey_round.asked) == 11
    finally:
        store.close()
    fill_answers(folder)
    before = _strengths(team_map)
    editor = team_map.url("editor")
    assert cli_main(["survey", editor, "collect", str(folder), "--dry-run"]) == 1
    capsys.readouterr()  # the ties the two ends disagree on stop it, as on a file
    assert cli_main(["survey", editor, "collect", str(folder), "--skip-errors"]) == 0
    assert "Stored:" in capsys.readouterr().out
    after = _strengths(team_map)
    assert after[43] == 5 and after[45] == before[45]
    store = team_map.open("viewer")
    try:
        (survey_round,) = store.surveys.all()
        assert len(survey_round.answered()) == 5
        (latest,) = store.changes.sets_after(store.changes.latest_set_id() - 1)
        assert latest.author == USERS["editor"]
    finally:
        store.close()


def test_an_address_that_cannot_be_read_or_reached(
    team_map: TeamMapDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = team_map.server.url("no_such_map", USERS["editor"])
    assert _create(missing, tmp_path / "round") == 1
    said = capsys.readouterr().err
    assert said.startswith("aspdesk survey: ")
    assert "The server refused to open the team map" in said and "no_such_map" in said
    assert cli_main(["survey", "postgresql://[broken", "collect", str(tmp_path)]) == 1
    assert "aspdesk survey: " in capsys.readouterr().err
    assert not (tmp_path / "round").exists()
