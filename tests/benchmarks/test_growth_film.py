"""Growth film speed: a 20-second 1080p MP4 of the generated 2,000-actor map, whose 6,000
ties start on random days of 2014-2023 (tests/benchmarks/generate.py).

Prints the figures (run with ``-n 0 -s``): the whole film from the window's canvas (the
aim is under 60 s) and where the time goes: the timeline (who is on the network on each
frame), painting the frames, encoding them (the encoder's own threads run beside the
painting: the CPU time of the whole can exceed its time). Asserts only what the file holds.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.document import Document
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.export.film import capture_film
from aspdesk.io.errors import no_progress
from aspdesk.io.exporting.film_options import FilmOptions
from aspdesk.store.opening import open_map
from tests.film_maps import probe

from .generate import generate_map

pytestmark = [pytest.mark.benchmark, pytest.mark.gui]

ACTORS, TIES, SECONDS = 2000, 6000, 20


def test_growth_film_speed(qtbot: QtBot, tmp_path: Path) -> None:
    path = generate_map(tmp_path / "big.aspmap", actors=ACTORS, relationships=TIES)
    document = Document(open_map(path, tmp_path / "backups"), "en")
    canvas = GraphCanvas(document)
    qtbot.addWidget(canvas)
    options = FilmOptions(date(2014, 1, 1), date(2023, 12, 31), seconds=SECONDS)
    target = tmp_path / "growth.mp4"
    started, cpu = time.perf_counter(), time.process_time()
    frames = capture_film(canvas, options, document.map_name())
    copied = time.perf_counter() - started
    frames.write(target, no_progress)
    total, cpu = time.perf_counter() - started, time.process_time() - cpu
    timing, count = frames.timing, options.frames
    print(f"\n--- growth film of {ACTORS:,} actors / {TIES:,} ties, {SECONDS} s at 1080p ---")
    size = target.stat().st_size / 1e6
    print(f"whole film: {total:.1f} s, {cpu:.1f} s of CPU ({count} frames, {size:.1f} MB)")
    print(f"copy from the canvas: {copied:.2f} s")
    print(f"timeline: {timing.timeline:.2f} s ({len(set(frames.days))} days asked)")
    print(f"painting: {timing.painting:.1f} s ({1000 * timing.painting / count:.0f} ms a frame)")
    print(f"encoding: {timing.encoding:.1f} s ({1000 * timing.encoding / count:.0f} ms a frame)")
    found = probe(target)
    assert (found["width"], found["height"]) == (1920, 1080)
    assert int(found["nb_read_frames"]) == count
    document.close()
