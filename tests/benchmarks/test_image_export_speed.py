"""Image export speed on a generated map of 2,000 actors and 6,000 ties.

Prints figures (run with ``-s``): PNG at 3,840 px, SVG and PDF from the window's canvas
(the aim is under 3 s each), and ``aspdesk export MAP -o FILE.png`` as a process, timed
from start to finish, on a map whose actors were never placed (the layout is part of it;
Graphviz's sfdp takes 0.6-0.9 s for such a graph) and again once their positions are
saved. Asserts only what the files hold, never a time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from aspdesk.app.document import Document
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.export.image import Page, export_image
from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.store.opening import open_map

from .generate import generate_map

pytestmark = [pytest.mark.benchmark, pytest.mark.gui]

ACTORS, TIES = 2000, 6000


def test_image_export_speed(qtbot: QtBot, tmp_path: Path) -> None:
    path = generate_map(tmp_path / "big.aspmap", actors=ACTORS, relationships=TIES)
    document = Document(open_map(path, tmp_path / "backups"), "en")
    canvas = GraphCanvas(document)
    qtbot.addWidget(canvas)
    print(f"\n--- {ACTORS:,} actors / {TIES:,} relationships, from the window's canvas ---")
    exports = [
        ("PNG 3,840 px", ImageOptions(format="png", width_px=3840), "png"),
        ("SVG", ImageOptions(format="svg"), "svg"),
        ("PDF fitted", ImageOptions(format="pdf"), "pdf"),
        ("PDF A3", ImageOptions(format="pdf", page_size="A3"), "pdf"),
    ]
    for label, options, suffix in exports:
        target = tmp_path / f"graph-{label.split()[-1].lower()}.{suffix}"
        started = time.perf_counter()
        export_image(canvas, [Page(document.map_name())], options, target)
        seconds = time.perf_counter() - started
        megabytes = target.stat().st_size / 1e6
        print(f"{label}: {seconds:.2f} s, {megabytes:.1f} MB")
        if suffix == "png":
            assert QImage(str(target)).width() == 3840
        elif suffix == "svg":
            root = ET.parse(target).getroot()
            assert len(list(root.iter("{http://www.w3.org/2000/svg}path"))) >= ACTORS
            assert not list(root.iter("{http://www.w3.org/2000/svg}image"))
        else:
            pdf = pdfium.PdfDocument(str(target))
            assert len(pdf) == 1 and document.map_name() in pdf[0].get_textpage().get_text_range()
            pdf.close()
    document.close()


def test_command_line_export_speed(tmp_path: Path) -> None:
    path = generate_map(tmp_path / "fresh.aspmap", actors=ACTORS, relationships=TIES)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["ASPDESK_HOME"] = str(tmp_path / "home")
    print(f"\n--- aspdesk export of {ACTORS:,} actors / {TIES:,} relationships to PNG ---")
    for label in ("never placed (layout included)", "positions saved"):
        target = tmp_path / "graph.png"
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "aspdesk", "export", str(path), "-o", str(target)],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
        seconds = time.perf_counter() - started
        assert result.returncode == 0, result.stderr
        print(f"{label}: {seconds:.2f} s start to finish")
        assert QImage(str(target)).width() == 2400
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "aspdesk", "--version"], capture_output=True, env=env)
    print(f"(starting Python and aspdesk alone: {time.perf_counter() - started:.2f} s)")
