"""Images of the graph: PNG, SVG and PDF, checked as a reader of each file would see them.

SVG is rendered by an independent renderer (resvg) and PDF by PDFium, and their text is
read back, so a label turned into a bitmap, a lost letter or a clipped edge shows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
import resvg_py
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.document import Document
from aspdesk.domain.entities import Actor, Relationship
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.export.image import (
    Page,
    capture,
    export_image,
    layout_of,
    render_qimage,
    view_image,
)
from aspdesk.graph.scene.data import ViewOptions
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.store.repository import MapStore

pytestmark = pytest.mark.gui

SAMI = "Áltá Čáhci Đuoddara Ŋuorra Šiida Ŧeahkka Žá"
TITLE = "Arktinen älykkyys – Sápmi 2015"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def canvas(qtbot: QtBot, sample_store: MapStore) -> Iterator[GraphCanvas]:
    """The sample map's graph with an actor whose name has Finnish and Sámi letters."""
    new = sample_store.insert(Actor(name=SAMI, kind="company"))
    first = sample_store.actors()[0]
    sample_store.insert(Relationship(source_id=new.id or 0, target_id=first.id or 0))
    document = Document(sample_store, "en")
    canvas = GraphCanvas(document)
    qtbot.addWidget(canvas)
    canvas.resize(1000, 700)
    yield canvas
    document.close()


def pixels(image: QImage) -> NDArray[np.uint8]:
    """The image as an (h, w, 4) RGBA array."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(rgba.constBits(), dtype=np.uint8).reshape(rgba.height(), -1)
    # A copy: the array must not outlive the converted image's memory.
    return rows[:, : rgba.width() * 4].reshape(rgba.height(), rgba.width(), 4).copy()


def drawn_box(rgba: NDArray[np.uint8], background: tuple[int, int, int]) -> tuple[float, ...]:
    """The box around everything not of the background colour, as shares of the size."""
    differs = np.abs(rgba[:, :, :3].astype(int) - background).sum(axis=2) > 60
    rows, cols = np.flatnonzero(differs.any(axis=1)), np.flatnonzero(differs.any(axis=0))
    h, w = differs.shape
    return cols[0] / w, rows[0] / h, (cols[-1] + 1) / w, (rows[-1] + 1) / h


def test_png_has_the_requested_width_and_a_background(canvas: GraphCanvas, tmp_path: Path) -> None:
    path = tmp_path / "graph.png"
    export_image(canvas, [Page(TITLE)], ImageOptions(width_px=1600), path)
    image = QImage(str(path))
    assert image.width() == 1600
    assert 400 < image.height() <= 1600 * 1.3
    corner = pixels(image)[0, 0]
    assert tuple(corner) == (255, 255, 255, 255)


def test_transparent_png_has_clear_corners(canvas: GraphCanvas, tmp_path: Path) -> None:
    path = tmp_path / "graph.png"
    export_image(canvas, [Page(TITLE)], ImageOptions(width_px=1200, transparent=True), path)
    rgba = pixels(QImage(str(path)))
    assert rgba[0, 0, 3] == 0 and rgba[-1, -1, 3] == 0
    assert (rgba[:, :, 3] == 255).sum() > 0.01 * rgba[:, :, 3].size, "the graph is opaque"


def test_dpi_sizes_the_png_by_its_page(canvas: GraphCanvas, tmp_path: Path) -> None:
    path = tmp_path / "graph.png"
    options = ImageOptions(dpi=150, page_size="A4")
    export_image(canvas, [Page(TITLE)], options, path)
    image = QImage(str(path))
    assert abs(image.width() - 297 / 25.4 * 150) <= 1
    assert abs(image.height() - 210 / 25.4 * 150) <= 1
    assert round(image.dotsPerMeterX() * 0.0254) == 150
    with pytest.raises(DataFileError):
        export_image(canvas, [Page()], replace(options, dpi=1200, page_size="A3"), path)


def test_a_big_png_magnifies_the_picture_instead_of_shrinking_labels(
    canvas: GraphCanvas,
) -> None:
    """A 3,840 px image is the 1,600 px one magnified: labels, nodes and lines grow with it
    (were they drawn at screen size, the reduced big image would differ from the small)."""
    picture = capture(canvas, [Page(TITLE)], ImageOptions())[0]
    small = render_qimage(picture, ImageOptions(width_px=1600))
    big = render_qimage(picture, ImageOptions(width_px=3840))
    assert big.width() == 3840
    reduced = big.scaled(
        small.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    difference = np.abs(pixels(reduced).astype(int) - pixels(small).astype(int)).mean()
    # 0.5 here; drawing labels, nodes and lines at screen size in the big image gives 3.1.
    assert difference < 1.5
    layout = layout_of(picture, ImageOptions(width_px=3840))
    label_px = picture.fonts.label.pixelSize() * 3840 / layout.size.width()
    assert label_px >= 30, "labels in a 4K image are as big as on a 4K screen"


def test_nothing_is_clipped_at_the_edges(canvas: GraphCanvas) -> None:
    options = ImageOptions(width_px=1600)
    picture = capture(canvas, [Page(TITLE)], options)[0]
    layout = layout_of(picture, options)
    page = QRectF(0, 0, layout.size.width(), layout.size.height())
    inner = page.adjusted(20, 20, -20, -20)
    assert len(layout.labels) == len(canvas.data.refs), "a small map shows every label"
    for _node, box in layout.labels:
        assert inner.contains(box)
        assert layout.legend is None or not layout.legend.intersects(box)
    rgba = pixels(render_qimage(picture, options))
    border = 20
    edges = [rgba[:border], rgba[-border:], rgba[:, :border], rgba[:, -border:]]
    assert all((strip[:, :, :3] == 255).all() for strip in edges), "a margin all round"


def test_legend_and_title_are_drawn_beside_the_graph(canvas: GraphCanvas) -> None:
    options = ImageOptions(width_px=1600)
    with_all = capture(canvas, [Page(TITLE)], options)[0]
    layout = layout_of(with_all, options)
    assert layout.legend is not None and layout.title is not None
    for (x, y), size in zip(with_all.positions, with_all.sizes, strict=True):
        centre = layout.to_px.map(QPointF(float(x), float(y)))
        node = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
        assert layout.graph.contains(node) and not layout.legend.intersects(node)
    rgba = pixels(render_qimage(with_all, options))
    scale = rgba.shape[1] / layout.size.width()

    def ink(rect: QRectF) -> float:
        part = rgba[
            int(rect.top() * scale) : int(rect.bottom() * scale),
            int(rect.left() * scale) : int(rect.right() * scale),
        ]
        return float((part[:, :, :3].sum(axis=2) < 300).mean())

    assert ink(layout.legend) > 0.02
    assert ink(layout.title) > 0.02
    bare = capture(canvas, [Page("")], replace(options, legend=False))[0]
    bare_layout = layout_of(bare, replace(options, legend=False))
    assert bare_layout.legend is None and bare_layout.title is None
    assert bare_layout.graph.width() > layout.graph.width(), "the graph takes the room"


def test_svg_has_vectors_and_text_in_every_letter(canvas: GraphCanvas, tmp_path: Path) -> None:
    path = tmp_path / "graph.svg"
    export_image(canvas, [Page(TITLE)], ImageOptions(format="svg"), path)
    root = ET.parse(path).getroot()
    texts = {"".join(t.itertext()) for t in root.iter(f"{SVG}text")}
    assert TITLE in texts and SAMI in texts
    assert set(canvas.data.labels) <= texts
    assert "Collaboration" in texts, "the legend is text too"
    assert list(root.iter(f"{SVG}image")) == []
    assert len(list(root.iter(f"{SVG}path"))) >= len(canvas.data.refs)


def test_svg_looks_like_the_png_in_another_renderer(canvas: GraphCanvas, tmp_path: Path) -> None:
    options = ImageOptions(format="svg")
    export_image(canvas, [Page(TITLE)], options, tmp_path / "graph.svg")
    rendered = QImage.fromData(resvg_py.svg_to_bytes(svg_path=str(tmp_path / "graph.svg")))
    assert not rendered.isNull()
    png = render_qimage(
        capture(canvas, [Page(TITLE)], options)[0], replace(options, format="png"), 1.0
    )
    assert rendered.size() == png.size()
    a, b = pixels(rendered), pixels(png)
    box_a, box_b = drawn_box(a, (255, 255, 255)), drawn_box(b, (255, 255, 255))
    assert np.allclose(box_a, box_b, atol=0.02), (box_a, box_b)
    histogram_a = np.histogramdd(a[:, :, :3].reshape(-1, 3) // 64, bins=4, range=[(0, 4)] * 3)[0]
    histogram_b = np.histogramdd(b[:, :, :3].reshape(-1, 3) // 64, bins=4, range=[(0, 4)] * 3)[0]
    overlap = np.minimum(histogram_a, histogram_b).sum() / histogram_b.sum()
    assert overlap > 0.97


def test_pdf_pages_render_and_hold_the_text(canvas: GraphCanvas, tmp_path: Path) -> None:
    path = tmp_path / "graph.pdf"
    export_image(canvas, [Page(TITLE)], ImageOptions(format="pdf", page_size="A4"), path)
    document = pdfium.PdfDocument(str(path))
    assert len(document) == 1
    page = document[0]
    width, height = page.get_size()
    assert (round(width), round(height)) == (842, 595), "A4 landscape in points"
    text = page.get_textpage().get_text_range()
    for name in [TITLE, SAMI, *canvas.data.labels]:
        assert name in text
    bitmap = page.render(scale=1).to_numpy()
    assert (bitmap[:, :, :3] < 128).any(), "something is drawn"
    document.close()


def test_pdf_has_one_page_per_page_and_fits_its_drawing(
    canvas: GraphCanvas, tmp_path: Path
) -> None:
    path = tmp_path / "views.pdf"
    kinds = frozenset({"company"})

    def companies(target: GraphCanvas) -> None:
        target.set_options(ViewOptions(graph_filter=GraphFilter(kinds=kinds)))

    pages = [Page("Everyone"), Page("Companies only", companies)]
    export_image(canvas, pages, ImageOptions(format="pdf", page_size="fit"), path)
    document = pdfium.PdfDocument(str(path))
    assert len(document) == 2
    first = document[0].get_textpage().get_text_range()
    second = document[1].get_textpage().get_text_range()
    assert "Everyone" in first and "Lapin liitto" in first
    assert "Companies only" in second and SAMI in second
    assert "Lapin liitto" not in second, "filtered out on the page of companies"
    width, height = document[0].get_size()
    assert width == pytest.approx(1200, abs=1) and 0.3 < height / width < 1.4
    document.close()


def test_hidden_actors_stay_out_and_the_theme_is_used(canvas: GraphCanvas, tmp_path: Path) -> None:
    hidden = next(ref.id for n, ref in enumerate(canvas.data.refs) if canvas.data.labels[n] == SAMI)
    canvas.set_options(ViewOptions(graph_filter=GraphFilter(hidden=frozenset({hidden}))))
    path = tmp_path / "dark.svg"
    export_image(canvas, [Page(TITLE)], ImageOptions(format="svg", theme="dark"), path)
    root = ET.parse(path).getroot()
    texts = {"".join(t.itertext()) for t in root.iter(f"{SVG}text")}
    assert SAMI not in texts and "Lapin liitto" in texts
    png = tmp_path / "dark.png"
    export_image(canvas, [Page(TITLE)], ImageOptions(width_px=800, theme="dark"), png)
    assert tuple(pixels(QImage(str(png)))[0, 0]) == (0, 0, 0, 255)


def test_a_failed_export_leaves_no_file(canvas: GraphCanvas, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DataFileError):
        export_image(canvas, [Page()], ImageOptions(), blocker / "graph.png")
    target = tmp_path / "graph.png"
    target.write_bytes(b"old picture")
    with pytest.raises(DataFileError):
        export_image(canvas, [Page()], ImageOptions(width_px=50_000), target)
    assert target.read_bytes() == b"old picture"


def test_view_image_is_what_the_window_shows(canvas: GraphCanvas) -> None:
    canvas.zoom_to([0])
    image = view_image(canvas, scale=2.0)
    assert image.width() >= 2 * canvas.box.width()
    assert image.height() >= 2 * canvas.box.height()
    assert (pixels(image)[:, :, :3] < 128).any()


def test_an_svg_is_drawn_on_the_window_s_thread_and_only_written_off_it(
    canvas: GraphCanvas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ending an SVG generator's painter off the window's thread could freeze the window
    (see aspdesk.graph.export.image._drawing): the window's export draws it first."""
    import threading

    import aspdesk.graph.export.image as image_module

    made_on: list[threading.Thread] = []
    real = image_module.QSvgGenerator

    def generator() -> object:
        made_on.append(threading.current_thread())
        return real()

    monkeypatch.setattr(image_module, "QSvgGenerator", generator)
    from aspdesk.graph.export.sources import CanvasImages

    images = CanvasImages(lambda: canvas)
    target = tmp_path / "graph.svg"
    draw = images.prepare(target, ImageOptions(format="svg"), "Graph")
    assert made_on == [threading.main_thread()]
    assert not target.exists()
    steps: list[tuple[int, int]] = []
    worker = threading.Thread(target=draw, args=(lambda done, total: steps.append((done, total)),))
    worker.start()
    worker.join(30)
    assert made_on == [threading.main_thread()]  # nothing more drawn off the thread
    assert ET.parse(target).getroot().tag == f"{SVG}svg"
    assert steps[-1] == (2, 2)
