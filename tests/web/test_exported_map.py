"""Web maps written by aspdesk's own export, opened in Chromium: the whole way from a map.

tests/web/test_web_map.py drives the page with data written by hand; here the file is the
one ``aspdesk export MAP -o map.html`` writes, for the sample map and for a map whose every
text is hostile. The fixture fails a test on any request beyond the file, any console
error, page error or dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aspdesk.cli.main import main
from aspdesk.domain.entities import Actor, Cluster, Contact, Membership, Relationship
from aspdesk.store.opening import create_map
from tests.browser import OpenMap

PERSONAL = ("Kristiina Jokelainen", "kristiina.jokelainen@lapinliitto.fi")
SCRIPT = "<script>window.__pwned = 1</script>"
CLOSER = '</script><img src=x onerror="window.__pwned = 2">'


def _export(map_path: Path, target: Path, *options: str) -> None:
    assert main(["export", str(map_path), "-o", str(target), *options]) == 0


def _box(page: Any, selector: str) -> dict[str, float]:
    box = page.locator(selector).bounding_box()
    assert box is not None, selector
    return dict(box)


def _apart(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (390, 844)])
def test_the_sample_maps_page_draws_every_actor_without_personal_data(
    open_web_map: OpenMap, sample_file: Path, tmp_path: Path, width: int, height: int
) -> None:
    target = tmp_path / "kartta.html"
    _export(sample_file, target, "--lang", "fi")
    text = target.read_text(encoding="utf-8")
    assert not any(item in text for item in PERSONAL)
    map_page = open_web_map({}, width, height, file=target)
    assert map_page.js("() => window.aspdeskWebMap.graph.order") == 21
    assert map_page.js("() => window.aspdeskWebMap.graph.size") == 47
    assert map_page.page.title() == "Arctic Smartness Portfolio 2015"
    assert _apart(_box(map_page.page, "#legend"), _box(map_page.page, "#graph"))
    x, y = map_page.node_on_screen("a1")
    map_page.page.mouse.click(x, y)
    card = map_page.page.locator("#card")
    card.wait_for(state="visible")
    shown = card.text_content() or ""
    assert "Lapin liitto" in shown and "Rovaniemi" in shown
    assert not any(item in shown for item in PERSONAL)


def _hostile_map(path: Path) -> Path:
    store = create_map(path, SCRIPT)
    try:
        actor = store.insert(
            Actor(
                name=CLOSER,
                short_name=SCRIPT,
                description="\"quoted\" 'single' & <b>bold</b>",
                municipality=SCRIPT,
                website="javascript:window.__pwned = 3",
                sector=CLOSER,
                tags=(SCRIPT,),
                x=0.0,
                y=0.0,
            )
        )
        other = store.insert(Actor(name="Ordinary Oy", x=5.0, y=0.0))
        cluster = store.insert(Cluster(name=CLOSER, short_name=SCRIPT, x=2.0, y=4.0))
        store.insert(Membership(actor_id=actor.id or 0, cluster_id=cluster.id or 0))
        store.insert(Relationship(source_id=actor.id or 0, target_id=other.id or 0))
        store.insert(Contact(actor_id=actor.id or 0, name=SCRIPT, email="a@b.fi"))
    finally:
        store.close()
    return path


def test_hostile_texts_of_a_map_show_as_text_and_run_nothing(
    open_web_map: OpenMap, tmp_path: Path
) -> None:
    map_path = _hostile_map(tmp_path / "hostile.aspmap")
    target = tmp_path / "hostile.html"
    _export(map_path, target, "--personal-data")
    map_page = open_web_map({}, file=target)
    page = map_page.page
    assert map_page.js("() => window.aspdeskWebMap.graph.order") == 2
    x, y = map_page.node_on_screen("a1")
    page.mouse.click(x, y)
    card = page.locator("#card")
    card.wait_for(state="visible")
    shown = card.text_content() or ""
    assert CLOSER in shown and SCRIPT in shown and '"quoted"' in shown
    assert page.locator("#card a").count() == 0, "a javascript: website is not a link"
    page.locator("#search").fill("</script")
    page.locator("#search-results li").first.wait_for(state="visible")
    assert map_page.js("() => typeof window.__pwned") == "undefined"
    assert page.title() == SCRIPT
    assert map_page.js("() => document.querySelectorAll('script').length") == 2
