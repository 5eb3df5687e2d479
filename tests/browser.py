"""The browser of the web map's tests (tests/web/ and its benchmark): Debian's Chromium,
driven by Playwright, opens pages made by :func:`aspdesk.io.exporting.web_page.web_page`
from the file system. tests/conftest.py registers the fixtures, so there is one browser per
xdist worker for both.

Nothing is downloaded: Playwright drives /usr/bin/chromium through its executable path
(never ``playwright install``). Without that browser the tests skip, unless
ASPDESK_REQUIRE_BROWSER is set (CI sets it), when they fail. One browser per xdist worker;
each test gets a context of its own (Playwright launches with a fresh, temporary profile).
Every request the page makes other than for its own file is blocked and recorded, and a
test fails on any of them, on an error in the console, on an uncaught error and on a
dialog.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from aspdesk.io.exporting.web_page import web_page

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Chromium, once per worker: skipped where it is missing, unless it is required."""
    if not CHROMIUM.is_file():
        reason = f"the web map's browser tests need Chromium at {CHROMIUM}"
        if os.environ.get("ASPDESK_REQUIRE_BROWSER"):
            pytest.fail(reason + " (ASPDESK_REQUIRE_BROWSER is set)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        yield launched
        launched.close()


@dataclass
class MapPage:
    """An opened web map and what it did: requests, console messages, errors, dialogs."""

    page: Any
    url: str
    data: dict[str, Any]
    requests: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, argument: Any = None) -> Any:
        """The value of ``expression`` (a function of one argument, or an expression)."""
        return self.page.evaluate(expression, argument)

    def node_on_screen(self, key: str) -> tuple[float, float]:
        """Where node ``key`` is in the page (CSS pixels), from sigma's own conversion."""
        point = self.js(
            """key => {
                const map = window.aspdeskWebMap;
                const p = map.renderer.graphToViewport(map.graph.getNodeAttributes(key));
                const box = document.getElementById("graph").getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }""",
            key,
        )
        return point[0], point[1]

    def wait_still(self) -> None:
        """Waits until the camera has stopped moving and a frame was drawn since."""
        self.page.wait_for_function(
            "() => !window.aspdeskWebMap.renderer.getCamera().isAnimated()", timeout=10_000
        )
        self.js("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


OpenMap = Callable[..., MapPage]

# A map of 10,000 actors and 30,000 ties is painted on the processor here (SwiftShader):
# 8-12 s on this two-core machine alone, three times as long beside the other tests.
BIG_MAP_TIMEOUT_MS = 180_000


@pytest.fixture
def open_web_map(browser: Any, tmp_path: Path) -> Iterator[OpenMap]:
    """Opens ``web_page(data)`` from a file in a new context of ``width`` x ``height``."""
    contexts: list[Any] = []
    pages: list[MapPage] = []

    def opener(
        data: dict[str, Any],
        width: int = 1920,
        height: int = 1080,
        file: Path | None = None,
        timeout_ms: float = 30_000,
    ) -> MapPage:
        """``file`` opens a page already written (by the export itself) holding ``data``;
        ``timeout_ms`` bounds the wait for its first frame painted."""
        path = file or tmp_path / f"map-{len(pages)}.html"
        if file is None:
            path.write_text(web_page(data), encoding="utf-8")
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        opened = MapPage(page=page, url=path.as_uri(), data=data)

        def route(request_route: Any) -> None:
            if request_route.request.url == opened.url:
                request_route.continue_()
            else:
                opened.requests.append(request_route.request.url)
                request_route.abort()

        def dialog(shown: Any) -> None:
            opened.dialogs.append(shown.message)
            shown.dismiss()

        page.route("**/*", route)
        page.on("request", lambda r: r.url != opened.url and opened.requests.append(r.url))
        page.on("console", lambda m: opened.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("dialog", dialog)
        page.goto(opened.url, timeout=timeout_ms)
        page.wait_for_function("() => document.body.dataset.ready", timeout=timeout_ms)
        pages.append(opened)
        return opened

    yield opener
    for context in contexts:
        context.close()
    for opened in pages:
        assert opened.requests == [], "the page asked for more than its own file"
        assert opened.errors == []
        assert [text for kind, text in opened.console if kind == "error"] == []
        assert opened.dialogs == []
