"""The web map of generated maps of 2,000 actors / 6,000 ties and 10,000 / 30,000.

Prints figures (run with ``-n 0 -s``): the export (the page's data copied from the canvas
and the file written), the file's size, and in headless Chromium the time from opening the
file to the first frame painted (the page's own count from its script's start, and the
wall time of the whole load). Here Chromium draws WebGL on the processor (SwiftShader), so
the drawing figures are an upper bound of what a graphics card does. Asserts only what is
drawn, never a time.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from aspdesk.app.document import Document
from aspdesk.graph.export.image import Page
from aspdesk.graph.export.web_map import WebMapRequest, web_map_data
from aspdesk.graph.panel.panel import GraphPanel
from aspdesk.io.exporting.web_page import write_web_page
from aspdesk.store.opening import open_map as open_store
from tests.benchmarks.generate import generate_map
from tests.browser import BIG_MAP_TIMEOUT_MS, OpenMap

pytestmark = [pytest.mark.benchmark, pytest.mark.browser]


@pytest.mark.parametrize(("actors", "ties"), [(2000, 6000), (10000, 30000)])
def test_web_map_speed(
    qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest, actors: int, ties: int
) -> None:
    open_page: OpenMap = request.getfixturevalue("open_web_map")  # tests/browser.py's
    path = generate_map(tmp_path / "big.aspmap", actors=actors, relationships=ties)
    document = Document(open_store(path, tmp_path / "backups"))
    try:
        panel = GraphPanel(document)
        qtbot.addWidget(panel)
        target = tmp_path / "big.html"
        started = time.perf_counter()
        request = WebMapRequest("Benchmark", [Page("All")])
        data = web_map_data(panel.canvas, request, QCoreApplication.translate)
        copied = time.perf_counter()
        write_web_page(target, data)
        written = time.perf_counter()
    finally:
        document.close()
    size = target.stat().st_size
    opened = time.perf_counter()
    map_page = open_page(data, file=target, timeout_ms=BIG_MAP_TIMEOUT_MS)
    loaded = time.perf_counter()
    assert map_page.js("() => window.aspdeskWebMap.graph.order") == actors
    drawn = map_page.js("() => Number(document.body.dataset.drawMs)")
    print(
        f"\nweb map of {actors:,} actors / {ties:,} ties: data copied from the canvas "
        f"{(copied - started) * 1000:.0f} ms, page written {(written - copied) * 1000:.0f} ms, "
        f"file {size / 1e6:.1f} MB; in headless Chromium (WebGL on the CPU): first frame "
        f"painted {drawn:.0f} ms after the script starts, {(loaded - opened) * 1000:.0f} ms from "
        "opening the file to the first frame"
    )
