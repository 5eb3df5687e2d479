"""Hostile text in every text field of the data shows as text: nothing of it runs."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.browser import OpenMap
from tests.web.maps import sample_data

SCRIPT = "<script>window.__pwned = 1; alert(1)</script>"
CLOSER = '</script><img src=x onerror="window.__pwned = 2; alert(2)">'
QUOTES = "\"'`Ő ' \" ${1+1} {{7*7}}"
JAVASCRIPT = "javascript:alert(1)"
HOSTILE = [SCRIPT, CLOSER, QUOTES]


def _hostile_data() -> dict[str, Any]:
    data = sample_data("en")
    data["title"] = SCRIPT + CLOSER
    data["made"] = CLOSER
    data["strings"]["noMatch"] = CLOSER
    for group in ("clusters",):
        for item in data[group]:
            item["name"] = CLOSER
    for group in ("kinds", "tieTypes"):
        for item in data[group]:
            item["label"] = SCRIPT
    for index, card in enumerate(data["cards"].values()):
        text = HOSTILE[index % len(HOSTILE)]
        card["name"] = f"{text} {index}"
        card["short"] = QUOTES
        card["fields"] = [[SCRIPT, CLOSER], [QUOTES, JAVASCRIPT], ["Web", JAVASCRIPT]]
        card["website"] = JAVASCRIPT
        card["memberships"] = [{"cluster": CLOSER, "role": SCRIPT, "period": QUOTES}]
        card["ties"] = [{"other": SCRIPT, "type": CLOSER, "direction": "in"}]
        card["contacts"] = [{"name": SCRIPT, "title": CLOSER, "email": JAVASCRIPT, "phone": QUOTES}]
        card["notes"] = CLOSER + "\n" + SCRIPT
    for step in data["steps"]:
        step["title"] = CLOSER
        for node in step["nodes"]:
            node["label"] = SCRIPT
        step["legend"]["nodes"][0]["label"] = SCRIPT
        step["legend"]["lines"][0]["label"] = CLOSER
        step["legend"]["notes"] = [QUOTES]
        step["legend"]["nodes"][1]["colour"] = '"/><script>window.__pwned = 3</script>'
    return data


def test_hostile_text_shows_as_text_and_runs_nothing(open_web_map: OpenMap) -> None:
    map_page = open_web_map(_hostile_data())
    page = map_page.page
    for key in map_page.data["cards"]:
        map_page.js("key => window.aspdeskWebMap.select(key)", key)
        assert page.locator("#card").is_visible()
        card_text = page.locator("#card").text_content() or ""
        assert CLOSER in card_text and SCRIPT in card_text and JAVASCRIPT in card_text
    x, y = map_page.node_on_screen("a1")
    page.mouse.move(x, y)
    page.locator("#search").fill("<script")
    expect(page.locator("#search-results li").first).to_be_visible()
    page.locator("#search").fill("nothing like it")
    expect(page.locator("#search-results li")).to_have_text([CLOSER])

    assert map_page.js("typeof window.__pwned") == "undefined"
    assert map_page.dialogs == []
    assert page.title() == SCRIPT + CLOSER
    assert map_page.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert map_page.js("document.querySelectorAll('a').length") == 0
    assert map_page.js("document.querySelectorAll('script').length") == 2
    text = map_page.js("document.body.textContent")
    for hostile in (SCRIPT, CLOSER, QUOTES, JAVASCRIPT):
        assert hostile in text
    assert map_page.requests == [] and map_page.errors == []


def test_a_website_that_is_not_http_is_never_a_link(open_web_map: OpenMap) -> None:
    data = sample_data("en")
    data["cards"]["a3"]["website"] = " JavaScript:alert(1)"
    data["cards"]["a3"]["fields"][-1][1] = " JavaScript:alert(1)"
    map_page = open_web_map(data)
    map_page.js("window.aspdeskWebMap.select('a3')")
    assert map_page.page.locator("#card a").count() == 0
    assert "JavaScript:alert(1)" in (map_page.page.locator("#card").text_content() or "")
