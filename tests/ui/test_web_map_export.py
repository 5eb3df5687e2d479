"""File > Export web map… and the page's data: what the canvas draws, and no personal data
unless asked for (and never while workshop-safe is on).

The page itself (drawing, search, cards, filters, steps) is tested in a real browser in
tests/web/; here the data the window hands it, through the window's own action.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from aspdesk.app.view_commands import AddView
from aspdesk.graph.export.image import Page
from aspdesk.graph.export.web_map import WebMapRequest, public_website, web_map_data
from aspdesk.graph.export.web_strings import STRINGS
from aspdesk.ui.exports.web_map_dialog import WebMapChoice
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs
from .status_bar import status_said

# Contact persons, e-mail addresses and notes of the sample map.
PERSONAL = ("Kristiina Jokelainen", "kristiina.jokelainen@lapinliitto.fi")

DATA = re.compile(r'<script type="application/json" id="aspdesk-data">(.*?)</script>', re.S)


def _page_data(path: Path) -> dict[str, object]:
    """The data a written page carries (its JSON, as the page's script reads it)."""
    found = DATA.search(path.read_text(encoding="utf-8"))
    assert found, "the page holds no data"
    data = json.loads(found.group(1))
    assert isinstance(data, dict)
    return data


def _export(qtbot: QtBot, window: MainWindow, choice: WebMapChoice) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.web_map_choices = [choice]
    window.web_maps.action.trigger()
    task = window.web_maps.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass


def test_each_step_holds_what_the_canvas_draws(window: MainWindow) -> None:
    canvas = window.graph.canvas
    data = web_map_data(canvas, WebMapRequest("Kartta", [Page("Kaikki")]), _translate)
    (step,) = data["steps"]  # type: ignore[misc]
    drawn = canvas.data
    assert len(step["nodes"]) == len(drawn.refs) == 21
    assert len(step["edges"]) == sum(len(group.sources) for group in drawn.edges) == 47
    assert [node["label"] for node in step["nodes"]] == drawn.labels
    assert [node["shape"] for node in step["nodes"]] == drawn.shapes
    assert {edge["type"] for edge in step["edges"]} >= {"collaboration", "funding"}
    cards = data["cards"]
    assert isinstance(cards, dict)
    assert set(cards) == {node["key"] for node in step["nodes"]}
    assert set(data["strings"]) == set(STRINGS)  # type: ignore[arg-type]
    assert step["legend"]["notes"] == canvas.legend.notes


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_the_file_menu_writes_a_page_without_personal_data(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "kartta.html"
    said = status_said(window)
    _export(qtbot, window, WebMapChoice(target, "Arctic Smartness"))
    text = target.read_text(encoding="utf-8")
    assert not any(item in text for item in PERSONAL)
    data = _page_data(target)
    assert data["title"] == "Arctic Smartness"
    cards = data["cards"]
    assert isinstance(cards, dict)
    assert all("contacts" not in card and "notes" not in card for card in cards.values())
    assert any("without personal data" in text for text in said), said


def test_personal_data_goes_in_only_when_asked_and_never_when_workshop_safe(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    asked = tmp_path / "with.html"
    _export(qtbot, window, WebMapChoice(asked, "Kartta", personal=True))
    assert all(item in asked.read_text(encoding="utf-8") for item in PERSONAL)

    window.privacy.action.setChecked(True)  # workshop-safe
    refused = tmp_path / "safe.html"
    _export(qtbot, window, WebMapChoice(refused, "Kartta", personal=True))
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert dialogs.web_map_offered is not None and dialogs.web_map_offered[2] is False
    assert not any(item in refused.read_text(encoding="utf-8") for item in PERSONAL)


def test_every_saved_view_is_a_step_and_the_graph_is_put_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    document = window.document
    base = window.graph.view_state()
    assert document.push(AddView(document, "Kaikki", base, "Add"))
    assert document.push(AddView(document, "Yritykset", replace(base, kinds=("company",)), "Add"))
    before = window.graph.view_state()
    target = tmp_path / "views.html"
    _export(qtbot, window, WebMapChoice(target, "Kartta", all_views=True))
    steps = _page_data(target)["steps"]
    assert isinstance(steps, list)
    assert [step["title"] for step in steps] == ["Kaikki", "Yritykset"]
    kinds = {node["kind"] for node in steps[1]["nodes"]}
    assert kinds == {"company"}, "the second view shows companies only"
    assert len(steps[0]["nodes"]) > len(steps[1]["nodes"])
    assert window.graph.view_state() == before
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert dialogs.web_map_offered is not None and dialogs.web_map_offered[1] == 2


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_left(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    target = blocker / "kartta.html"
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.web_map_choices = [WebMapChoice(target, "Kartta")]
    window.web_maps.action.trigger()
    task = window.web_maps.task
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=60_000):
        pass
    assert dialogs.errors and "not-a-folder" in dialogs.errors[-1]
    assert blocker.read_text(encoding="utf-8") == "a file where the folder would be"
    assert sorted(p.name for p in tmp_path.iterdir() if "folder" in p.name) == ["not-a-folder"]


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://www.ulapland.fi", "https://www.ulapland.fi"),
        ("http://example.org/a?b=c", "http://example.org/a?b=c"),
        ("www.lapinliitto.fi", "https://www.lapinliitto.fi"),
        ("javascript:alert(1)", ""),
        ("JavaScript:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("https://exa mple.org", ""),
        ("", ""),
    ],
)
def test_only_web_addresses_become_links(url: str, link: str) -> None:
    assert public_website(url) == link
