"""A settings file someone edited by hand: every damaged value falls back, nothing crashes.

Settings are read at start and while the window is open; a bad value in the file must
give the default (no remembered columns, no drafts, the default health rules), never a
traceback. Deeply nested JSON makes Python's parser raise RecursionError, not ValueError.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from aspdesk.analysis.health.rules import HealthRules
from aspdesk.app.settings import Settings

DEEP = "[" * 100_000 + "]" * 100_000

DAMAGED = [
    pytest.param("{not json", id="not JSON"),
    pytest.param(DEEP, id="nested 100,000 deep"),
    pytest.param('{"broker_share": 1e400}', id="a number too big"),
    pytest.param("[1, 2, 3]", id="a list, not an object"),
    pytest.param('"text"', id="text, not an object"),
    pytest.param("\x00\xff", id="control bytes"),
]


def _settings_with(tmp_path: Path, key: str, value: str) -> Settings:
    path = tmp_path / "settings.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue(key, value)
    raw.sync()
    return Settings(path)


@pytest.mark.parametrize("value", DAMAGED)
def test_damaged_health_rules_give_the_defaults(tmp_path: Path, value: str) -> None:
    settings = _settings_with(tmp_path, "analysis/health_rules", value)
    assert settings.health_rules == HealthRules()


@pytest.mark.parametrize("value", DAMAGED)
def test_damaged_import_columns_are_forgotten(tmp_path: Path, value: str) -> None:
    assert _settings_with(tmp_path, "import/columns", value).import_columns == {}


@pytest.mark.parametrize("value", DAMAGED)
def test_damaged_drafts_leave_the_builder_without_a_draft(tmp_path: Path, value: str) -> None:
    settings = _settings_with(tmp_path, "consortium/drafts", value)
    assert settings.consortium_draft("/maps/a.aspmap") is None


def test_good_values_are_read_back(tmp_path: Path) -> None:
    settings = _settings_with(tmp_path, "import/columns", '{"Yritys": "name"}')
    assert settings.import_columns == {"Yritys": "name"}
    settings.health_rules = HealthRules(min_members=7)
    assert Settings(tmp_path / "settings.ini").health_rules.min_members == 7
