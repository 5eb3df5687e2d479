"""``aspdesk export MAP -o FILE.png|.svg|.pdf``: images drawn without a window or display."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QImage

from aspdesk.cli.image import headless_platform
from aspdesk.cli.main import main

pytestmark = pytest.mark.slow


def _run(*args: str, platform: str | None = None) -> subprocess.CompletedProcess[str]:
    """The command in a fresh process with no display at all."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    if platform is not None:
        env["QT_QPA_PLATFORM"] = platform
    return subprocess.run(
        [sys.executable, "-m", "aspdesk", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


@pytest.fixture
def sample_copy(sample_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "sample.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    return copy


def test_png_with_width_theme_and_title(sample_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.png"
    result = _run(
        "export", str(sample_copy), "-o", str(target), "--width", "1600", "--theme", "dark",
        "--title", "X",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "21 actors and 47 relationships" in result.stdout
    image = QImage(str(target))
    assert image.width() == 1600
    assert image.pixelColor(0, 0).name() == "#000000", "the dark theme's background"
    assert result.stderr == ""


def test_svg_and_pdf_carry_the_title_and_names(sample_copy: Path, tmp_path: Path) -> None:
    svg, pdf = tmp_path / "out.svg", tmp_path / "out.pdf"
    # An explicit "xcb" without a display is replaced, not left to abort the process.
    result = _run(
        "export", str(sample_copy), "-o", str(svg), "--title", "Ääniverkko",
        "--source", "Lähde: Lapin liitto", "--date", platform="xcb",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    texts = {"".join(t.itertext()) for t in ET.parse(svg).getroot().iter()}
    assert {"Ääniverkko", "Lähde: Lapin liitto", "Lapin liitto"} <= texts
    result = _run(
        "export", str(sample_copy), "-o", str(pdf), "--page", "A3", "--no-legend", "--lang", "fi"
    )
    assert result.returncode == 0, result.stderr
    document = pdfium.PdfDocument(str(pdf))
    page = document[0]
    assert [round(v) for v in page.get_size()] == [1191, 842], "A3 landscape"
    text = page.get_textpage().get_text_range()
    assert "Arctic Smartness Portfolio 2015" in text and "Lapin liitto" in text
    assert "Collaboration" not in text and "Yhteistyö" not in text, "no legend"
    document.close()


def test_a_map_never_drawn_gets_its_actors_placed(tmp_path: Path) -> None:
    from tests.benchmarks.generate import generate_map

    path = generate_map(tmp_path / "fresh.aspmap", actors=60, relationships=120, clusters=2)
    result = _run("export", str(path), "-o", str(tmp_path / "fresh.png"), "--width", "800")
    assert result.returncode == 0, result.stderr
    assert QImage(str(tmp_path / "fresh.png")).width() == 800


def test_bad_values_are_refused_before_anything_starts(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.png"
    assert main(["export", str(sample_copy), "-o", str(target), "--width", "9000"]) == 1
    assert "200 to 8000 pixels" in capsys.readouterr().err
    assert not target.exists()
    missing = tmp_path / "missing.aspmap"
    result = _run("export", str(missing), "-o", str(target))
    assert result.returncode == 1 and "aspdesk export:" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, "offscreen"),
        ("linux", {"QT_QPA_PLATFORM": "xcb"}, "offscreen"),
        ("linux", {"DISPLAY": ":0"}, None),
        ("linux", {"QT_QPA_PLATFORM": "minimal"}, "minimal"),
        ("win32", {}, None),
        ("darwin", {}, None),
    ],
)
def test_offscreen_only_without_a_display(
    monkeypatch: pytest.MonkeyPatch, platform: str, environ: dict[str, str], expected: str | None
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    headless_platform(environ)
    assert environ.get("QT_QPA_PLATFORM") == expected


def _with_views(path: Path) -> None:
    """Two saved views: every actor, and the companies only."""
    from aspdesk.domain.views import SavedView, ViewState
    from aspdesk.store.opening import open_map

    store = open_map(path, path.parent / "backups")
    try:
        store.views.insert(SavedView(None, "Koko verkosto", 0, ViewState()), at_end=True)
        companies = ViewState(kinds=("company",))
        store.views.insert(SavedView(None, "Yritykset", 1, companies), at_end=True)
    finally:
        store.close()


def test_one_pdf_page_per_saved_view(sample_copy: Path, tmp_path: Path) -> None:
    _with_views(sample_copy)
    target = tmp_path / "views.pdf"
    result = _run("export", str(sample_copy), "-o", str(target), "--all-views")
    assert result.returncode == 0, result.stderr
    pdf = pdfium.PdfDocument(str(target))
    try:
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    assert len(texts) == 2
    assert "Koko verkosto" in texts[0] and "Lapin liitto" in texts[0]
    assert "Yritykset" in texts[1] and "Lapin liitto" not in texts[1], "an authority"

    one = tmp_path / "one.png"
    assert _run("export", str(sample_copy), "-o", str(one), "--view", "yritykset").returncode == 0
    assert QImage(str(one)).width() > 0


def test_unknown_views_and_several_views_in_a_png_are_refused(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_views(sample_copy)
    assert main(["export", str(sample_copy), "-o", str(tmp_path / "x.png"), "--view", "Ei"]) == 1
    assert "has no view “Ei”" in capsys.readouterr().err
    assert main(["export", str(sample_copy), "-o", str(tmp_path / "x.png"), "--all-views"]) == 1
    assert "Only a PDF holds several views" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("command", ["export", "report"])
def test_the_commands_graph_is_deleted_when_the_command_ends(
    qapp: object, sample_copy: Path, tmp_path: Path, command: str
) -> None:
    # Not left to the garbage collector, which could free it inside a call from Qt that
    # walks its scene (see aspdesk.cli.image.headless_panel).
    import gc

    import shiboken6

    from aspdesk.graph.panel.panel import GraphPanel

    target = tmp_path / ("x.png" if command == "export" else "x.pdf")
    assert main([command, str(sample_copy), "-o", str(target)]) == 0
    left = [o for o in gc.get_objects() if isinstance(o, GraphPanel) and shiboken6.isValid(o)]
    assert left == []
