"""The web map in a real browser: drawing, search, cards, filters, steps, the legend's place."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser import MapPage, OpenMap
from tests.web.maps import sample_data


def _box(map_page: MapPage, selector: str) -> dict[str, float]:
    box = map_page.page.locator(selector).bounding_box()
    assert box is not None, f"{selector} is not shown"
    return box


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def _hidden(map_page: MapPage) -> dict[str, bool]:
    return map_page.js(
        """() => {
            const out = {};
            window.aspdeskWebMap.graph.forEachNode((key, a) => { out[key] = a.hidden; });
            return out;
        }"""
    )


def test_page_draws_every_node_of_the_first_step(open_web_map: OpenMap) -> None:
    data = sample_data("fi")
    map_page = open_web_map(data)
    assert map_page.js("document.body.dataset.ready") == "1"
    assert int(map_page.js("document.body.dataset.drawMs")) > 0
    assert map_page.js("window.aspdeskWebMap.graph.order") == len(data["steps"][0]["nodes"])
    assert map_page.js("document.documentElement.lang") == "fi"
    assert map_page.page.title() == "Arctic Smartness"
    assert map_page.page.locator("#step-title").text_content() == "Koko verkosto"
    assert map_page.page.locator("#shown-count").text_content() == "6 näkyvissä"
    assert map_page.page.get_attribute("#search", "placeholder") == "Etsi toimijaa…"
    assert map_page.requests == [] and map_page.errors == []


@pytest.mark.parametrize(
    ("typed", "key", "name"),
    [
        ("sami", "a1", "Sámi Duodji Oy"),
        ("Čohkka", "a2", "Čohkka"),
        ("COHK", "a2", "Čohkka"),
    ],
)
def test_search_finds_with_or_without_diacritics_and_enter_centres_the_node(
    open_web_map: OpenMap, typed: str, key: str, name: str
) -> None:
    map_page = open_web_map(sample_data("fi"))
    page = map_page.page
    page.locator("#search").fill(typed)
    results = page.locator("#search-results li .name")
    expect(results).to_contain_text([name])  # waits for the list to follow the typing
    assert results.count() <= 10
    page.locator("#search").press("Enter")
    map_page.wait_still()
    x, y = map_page.node_on_screen(key)
    graph = _box(map_page, "#graph")
    assert abs(x - (graph["x"] + graph["width"] / 2)) < 3
    assert abs(y - (graph["y"] + graph["height"] / 2)) < 3
    assert page.locator("#card").is_visible()
    assert page.locator("#card .card-name").text_content().startswith(name)
    assert page.locator("#search-results").is_hidden()


def test_search_says_when_nothing_matches(open_web_map: OpenMap) -> None:
    map_page = open_web_map(sample_data("en"))
    map_page.page.locator("#search").fill("zzzz")
    expect(map_page.page.locator("#search-results li")).to_have_text(["No match"])


def test_clicking_a_node_shows_its_public_card_and_the_background_clears_it(
    open_web_map: OpenMap,
) -> None:
    map_page = open_web_map(sample_data("en"))
    page = map_page.page
    x, y = map_page.node_on_screen("a3")
    page.mouse.click(x, y)
    card = page.locator("#card")
    card.wait_for(state="visible")
    text = card.text_content() or ""
    assert "Lapin yliopisto" in text and "Rovaniemi" in text and "Arctic Design" in text
    assert "Contacts" not in text and "Notes" not in text
    link = page.locator("#card a")
    assert link.get_attribute("href") == "https://www.ulapland.fi"
    assert link.get_attribute("rel") == "noopener noreferrer"
    # The neighbourhood keeps its labels; the rest fades without them.
    display = "key => window.aspdeskWebMap.renderer.getNodeDisplayData(key)"
    assert map_page.js(display, "a1")["forceLabel"] is True
    assert map_page.js(display, "a4")["label"] is None
    map_page.wait_still()
    graph = _box(map_page, "#graph")
    page.mouse.click(graph["x"] + 5, graph["y"] + graph["height"] - 5)
    card.wait_for(state="hidden")
    assert page.locator("#status").is_hidden()


def test_hovering_a_node_shows_its_card_near_the_pointer(open_web_map: OpenMap) -> None:
    map_page = open_web_map(sample_data("en"))
    x, y = map_page.node_on_screen("a1")
    map_page.page.mouse.move(x, y)
    hover = map_page.page.locator("#hover-card")
    hover.wait_for(state="visible")
    assert "Sámi Duodji Oy" in (hover.text_content() or "")
    box = _box(map_page, "#hover-card")
    assert abs(box["x"] - x) < 400 and abs(box["y"] - y) < 400


def test_contacts_and_notes_show_when_the_data_has_them(open_web_map: OpenMap) -> None:
    data = sample_data("en")
    data["cards"]["a1"]["contacts"] = [
        {"name": "Áile Guttorm", "title": "CEO", "email": "aile@example.fi", "phone": "+358 40"}
    ]
    data["cards"]["a1"]["notes"] = "Met at the fair."
    map_page = open_web_map(data)
    map_page.js("window.aspdeskWebMap.select('a1')")
    text = map_page.page.locator("#card").text_content() or ""
    assert "Contacts" in text and "Áile Guttorm, CEO, aile@example.fi, +358 40" in text
    assert "Notes" in text and "Met at the fair." in text
    map_page.page.locator("#card-close").click()
    assert map_page.page.locator("#card").is_hidden()
    assert map_page.js("window.aspdeskWebMap.renderer.getNodeDisplayData('a4').label") is not None


def test_an_unchecked_kind_hides_exactly_its_actors(open_web_map: OpenMap) -> None:
    map_page = open_web_map(sample_data("en"))
    page = map_page.page
    page.locator('input[data-filter="kind"][value="university"]').uncheck()
    hidden = _hidden(map_page)
    assert {key for key, value in hidden.items() if value} == {"a3", "a5"}
    assert page.locator("#shown-count").text_content() == "4 shown"
    page.locator('input[data-filter="kind"][value="university"]').check()
    assert not any(_hidden(map_page).values())
    assert page.locator("#shown-count").text_content() == "6 shown"


def test_an_unchecked_cluster_hides_its_only_members_and_its_hub(open_web_map: OpenMap) -> None:
    map_page = open_web_map(sample_data("en"))
    map_page.page.locator('input[data-filter="cluster"][value="3"]').uncheck()
    hidden = _hidden(map_page)
    # a2 is in clusters 3 and 5; a4 is in none, and stays.
    assert {key for key, value in hidden.items() if value} == {"a1", "a5", "c3"}


def test_an_unchecked_tie_type_hides_its_ties(open_web_map: OpenMap) -> None:
    map_page = open_web_map(sample_data("en"))
    map_page.page.locator('input[data-filter="tie"][value="funding"]').uncheck()
    hidden = map_page.js(
        """() => window.aspdeskWebMap.graph.filterEdges((e, a) => a.hidden)
            .map(e => window.aspdeskWebMap.graph.extremities(e).join('>'))"""
    )
    assert sorted(hidden) == ["a1>a3", "a5>a2"]
    assert not any(_hidden(map_page).values())


def test_steps_change_title_by_button_and_key(open_web_map: OpenMap) -> None:
    map_page = open_web_map(sample_data("fi"))
    page = map_page.page
    assert page.locator("#prev").is_disabled()
    assert page.locator("#step-count").text_content() == "1 / 2"
    page.locator("#next").click()
    assert page.locator("#step-title").text_content() == "Rahoitus"
    assert page.locator("#step-count").text_content() == "2 / 2"
    assert page.locator("#next").is_disabled()
    funding = [e for e in map_page.data["steps"][1]["edges"]]
    assert map_page.js("window.aspdeskWebMap.graph.size") == len(funding)
    page.locator("#graph").focus()
    page.keyboard.press("ArrowLeft")
    assert page.locator("#step-title").text_content() == "Koko verkosto"
    page.keyboard.press("PageDown")
    assert page.locator("#step-title").text_content() == "Rahoitus"


def test_one_step_hides_the_steps_bar(open_web_map: OpenMap) -> None:
    data = sample_data("en")
    data["steps"] = data["steps"][:1]
    map_page = open_web_map(data)
    assert map_page.page.locator("#steps").is_hidden()


def test_keys_zoom_and_fit(open_web_map: OpenMap) -> None:
    map_page = open_web_map(sample_data("en"))
    page = map_page.page
    ratio = "window.aspdeskWebMap.renderer.getCamera().getState().ratio"
    start = map_page.js(ratio)
    page.locator("#graph").focus()
    page.keyboard.press("+")
    map_page.wait_still()
    assert map_page.js(ratio) < start
    page.keyboard.press("0")
    map_page.wait_still()
    assert map_page.js(ratio) == pytest.approx(1.0)
    map_page.js("window.aspdeskWebMap.select('a1')")
    assert page.locator("#card").is_visible()
    page.keyboard.press("Escape")
    assert page.locator("#card").is_hidden()


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (390, 844)])
def test_the_legend_is_beside_the_graph_never_over_it(
    open_web_map: OpenMap, width: int, height: int
) -> None:
    map_page = open_web_map(sample_data("fi"), width, height)
    legend = _box(map_page, "#legend")
    graph = _box(map_page, "#graph")
    assert legend["width"] > 0 and legend["height"] > 0
    assert not _overlap(legend, graph)
    assert graph["width"] >= width * 0.6 and graph["height"] >= 240
    assert graph["x"] >= 0 and graph["x"] + graph["width"] <= width
    symbols = map_page.page.locator("#legend svg")
    assert symbols.count() == 6
    if width > 1000:
        assert legend["x"] >= graph["x"] + graph["width"]
    else:
        assert (
            legend["y"] >= graph["y"] + graph["height"]
            or legend["y"] + legend["height"] <= graph["y"]
        )


def test_the_legend_can_be_hidden_and_shown(open_web_map: OpenMap) -> None:
    map_page = open_web_map(sample_data("en"), 390, 844)
    toggle = map_page.page.locator("#legend-toggle")
    toggle.click()
    assert map_page.page.locator("#legend").is_hidden()
    assert toggle.text_content() == "Show legend"
    toggle.click()
    assert map_page.page.locator("#legend").is_visible()


def test_touch_targets_are_big_enough_on_a_phone(open_web_map: OpenMap) -> None:
    map_page = open_web_map(sample_data("fi"), 390, 844)
    small = map_page.js(
        """() => [...document.querySelectorAll('button, input[type=search], label.filter')]
            .filter(e => e.offsetParent !== null)
            .map(e => [e.id || e.textContent, e.getBoundingClientRect()])
            .filter(([, r]) => r.width < 40 || r.height < 40)
            .map(([name]) => name)"""
    )
    assert small == []
    assert "width=device-width" in (
        map_page.page.get_attribute('meta[name="viewport"]', "content") or ""
    )


def test_unreadable_data_shows_a_plain_message(open_web_map: OpenMap) -> None:
    data: dict[str, Any] = {"version": 1, "title": "Broken", "steps": []}
    map_page = open_web_map(data)
    assert map_page.js("document.body.dataset.ready") == "error"
    assert "The map cannot be shown" in (map_page.page.locator("#problem").text_content() or "")
