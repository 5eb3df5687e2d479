"""``aspdesk export MAP -o map.html``: the web map from the command line, without a window.

What the page does with its data is tested in a browser (tests/web/); here the command:
its steps, its personal data rule, and its errors.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from aspdesk.app.view_commands import AddView
from aspdesk.cli.main import main
from aspdesk.domain.views import ViewState

PERSONAL = ("Kristiina Jokelainen", "kristiina.jokelainen@lapinliitto.fi")
DATA = re.compile(r'<script type="application/json" id="aspdesk-data">(.*?)</script>', re.S)


def _data(path: Path) -> dict[str, object]:
    found = DATA.search(path.read_text(encoding="utf-8"))
    assert found
    data = json.loads(found.group(1))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def sample_copy(sample_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "sample.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    return copy


def _with_views(path: Path, *names: str) -> None:
    """Save views called ``names`` in the map at ``path`` (the first shows companies)."""
    from aspdesk.app.document import Document
    from aspdesk.store.opening import open_map

    document = Document(open_map(path, path.parent / "backups"))
    try:
        for n, name in enumerate(names):
            state = ViewState(kinds=("company",)) if n == 0 else ViewState()
            assert document.push(AddView(document, name, state, "Add"))
    finally:
        document.close()


def test_the_map_as_stored_without_personal_data(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kartta.html"
    assert main(["export", str(sample_copy), "-o", str(target), "--lang", "fi"]) == 0
    assert "21" in capsys.readouterr().out
    text = target.read_text(encoding="utf-8")
    assert not any(item in text for item in PERSONAL)
    data = _data(target)
    assert data["language"] == "fi" and data["title"] == "Arctic Smartness Portfolio 2015"
    strings = data["strings"]
    assert isinstance(strings, dict) and strings["search"] == "Etsi toimijaa…"


def test_personal_data_only_when_asked(sample_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "kartta.html"
    args = ["export", str(sample_copy), "-o", str(target), "--personal-data"]
    assert main(args) == 0
    assert all(item in target.read_text(encoding="utf-8") for item in PERSONAL)


def test_views_are_steps_in_order(sample_copy: Path, tmp_path: Path) -> None:
    _with_views(sample_copy, "Yritykset", "Kaikki")
    target = tmp_path / "kartta.html"
    assert main(["export", str(sample_copy), "-o", str(target), "--all-views"]) == 0
    steps = _data(target)["steps"]
    assert isinstance(steps, list)
    assert [step["title"] for step in steps] == ["Yritykset", "Kaikki"]
    assert {node["kind"] for node in steps[0]["nodes"]} == {"company"}
    one = tmp_path / "one.html"
    assert main(["export", str(sample_copy), "-o", str(one), "--view", "kaikki"]) == 0
    steps = _data(one)["steps"]
    assert isinstance(steps, list) and [step["title"] for step in steps] == ["Kaikki"]


def test_a_view_the_map_does_not_have_is_named_and_nothing_written(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_views(sample_copy, "Yritykset")
    target = tmp_path / "kartta.html"
    assert main(["export", str(sample_copy), "-o", str(target), "--view", "Nope"]) == 1
    err = capsys.readouterr().err
    assert "Nope" in err and "Yritykset" in err
    assert not target.exists()


def test_a_file_that_is_not_a_map_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "not-a-map.aspmap"
    bogus.write_bytes(b"hello")
    target = tmp_path / "kartta.html"
    assert main(["export", str(bogus), "-o", str(target)]) == 1
    assert "aspdesk export:" in capsys.readouterr().err
    assert bogus.read_bytes() == b"hello" and not target.exists()
