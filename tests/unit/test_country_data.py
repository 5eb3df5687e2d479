"""The country names shipped with aspdesk: what CLDR says today, for every code a map holds."""

from __future__ import annotations

import pytest


def test_the_file_is_what_cldr_gives_today() -> None:
    pytest.importorskip("babel")
    from tests import country_data

    assert country_data.OUTPUT.read_text(encoding="utf-8") == country_data.text(), (
        "aspdesk/domain/country_names.json is stale: run python -m tests.country_data"
    )
