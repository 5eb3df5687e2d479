"""See-through ties drawn in batches look as when Qt strokes them one path at a time.

The batches (aspdesk.graph.canvas.see_through) are what both the window's canvas and an
exported image use; these tests paint the same lines both ways and compare the pixels,
under a magnifying and shifting mapping, on a picture of device pixel ratio 2, and on a
vector page, where nothing is rasterized.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform
from PySide6.QtSvg import QSvgGenerator

from aspdesk.graph.canvas.see_through import BATCHES, Layer, Lines, paint_line_groups

SIZE = 500


def _lines(count: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Ties towards a few hubs in the middle, as a crowded map draws them (in 0..400)."""
    rng = np.random.default_rng(seed)
    start = rng.uniform(0, 400, (count, 2))
    end = rng.normal(200, 30, (count, 2))
    return start, end


def _pen(alpha: int, width: float = 2.2) -> QPen:
    pen = QPen(QColor(60, 60, 60, alpha), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _picture(draw, ratio: float = 1.0, transform: QTransform | None = None) -> np.ndarray:  # noqa: ANN001
    image = QImage(round(SIZE * ratio), round(SIZE * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if transform is not None:
        painter.setTransform(transform)
    draw(painter)
    painter.end()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)
    return pixels[:, :, :3].astype(int)


def _direct(groups: list[Lines]):  # noqa: ANN202
    def draw(painter: QPainter) -> None:
        for lines in groups:
            painter.setPen(lines.pen)
            painter.drawPath(lines.whole())

    return draw


def _batched(groups: list[Lines]):  # noqa: ANN202
    return lambda painter: paint_line_groups(painter, groups, Layer())


@pytest.mark.parametrize(
    ("ratio", "transform"),
    [
        (1.0, None),
        (1.0, QTransform(1.25, 0, 0, 1.25, 7.5, -3.25)),  # an image page's magnification
        (2.0, QTransform.fromTranslate(40, 25)),  # a high-DPI screen, panned
    ],
)
def test_lines_that_do_not_cross_land_where_qt_strokes_them(
    ratio: float, transform: QTransform | None
) -> None:
    xs = np.linspace(10, 380, 60)
    start = np.column_stack([xs, np.full(60, 20.0)])
    end = np.column_stack([xs + 15, np.full(60, 370.0)])
    groups = [Lines.joining(_pen(89), start, end)]
    exact = _picture(_direct(groups), ratio, transform)
    fast = _picture(_batched(groups), ratio, transform)
    assert exact.min() < 200  # drawn
    assert np.abs(exact - fast).max() <= 3


def test_where_ties_crowd_the_batches_darken_nearly_as_far() -> None:
    start, end = _lines(1500)
    groups = [Lines.joining(_pen(89), start, end)]
    exact = _picture(_direct(groups))
    fast = _picture(_batched(groups))
    difference = np.abs(exact - fast).max(axis=2)
    assert exact.min() < 70  # the crowded middle darkens where many ties cross
    assert fast.min() - exact.min() <= 10
    assert difference.mean() < 6.0


def test_one_layer_alone_would_lose_the_crowd() -> None:
    """The comparison above can fail: lines laid as one layer do not darken where they
    cross, and differ from the exact picture far more than the batches do."""
    start, end = _lines(1500)
    groups = [Lines.joining(_pen(89), start, end)]
    exact = _picture(_direct(groups))
    opaque = QPen(_pen(89))
    opaque.setColor(QColor(60, 60, 60))

    def one_layer(painter: QPainter) -> None:
        layer = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        layer.fill(0)
        drawing = QPainter(layer)
        drawing.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        drawing.setPen(opaque)
        drawing.drawPath(groups[0].whole())
        drawing.end()
        painter.setOpacity(89 / 255)
        painter.drawImage(0, 0, layer)

    flat = np.abs(exact - _picture(one_layer)).max(axis=2)
    batched = np.abs(exact - _picture(_batched(groups))).max(axis=2)
    assert flat.mean() > 3 * batched.mean()


def test_styles_keep_their_order_and_alpha() -> None:
    """Faded lines under the others, a run of one alpha sharing layers, an opaque style
    between see-through ones: the same picture as painting each style in turn."""
    start, end = _lines(600, seed=2)
    other_start, other_end = _lines(600, seed=3)
    red = QPen(QColor(200, 40, 40, 89), 3.0)
    groups = [
        Lines.joining(_pen(40, 1.6), start[:200], end[:200]),
        Lines.joining(_pen(89), start[200:], end[200:]),
        Lines.joining(red, other_start, other_end),
        Lines.joining(_pen(255, 1.0), other_start[:50], end[:50]),
        Lines.joining(_pen(89), other_start[50:], other_end[50:]),
    ]
    exact = _picture(_direct(groups))
    fast = _picture(_batched(groups))
    difference = np.abs(exact - fast).max(axis=2)
    assert difference.mean() < 4.0
    red_pixels = (fast[:, :, 2] > fast[:, :, 1] + 40).sum()  # RGB32 holds blue, green, red
    assert red_pixels > 0.5 * (exact[:, :, 2] > exact[:, :, 1] + 40).sum()


def test_a_vector_page_gets_lines_not_pictures() -> None:
    start, end = _lines(300)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(QSize(SIZE, SIZE))
    svg.setViewBox(QRectF(0, 0, SIZE, SIZE))
    painter = QPainter(svg)
    paint_line_groups(painter, [Lines.joining(_pen(89), start, end)], Layer())
    painter.end()
    text = bytes(QByteArray(buffer.data()).data()).decode()
    assert "<image" not in text and "<path" in text


def test_lines_join_each_start_to_its_end() -> None:
    start = np.array([[0.0, 1.0], [2.0, 3.0]])
    end = np.array([[4.0, 5.0], [6.0, 7.0]])
    lines = Lines.joining(_pen(89), start, end)
    assert lines.xs.tolist() == [0.0, 4.0, 2.0, 6.0]
    assert lines.ys.tolist() == [1.0, 5.0, 3.0, 7.0]
    assert len(lines.batches()) == 2  # fewer lines than batches: one batch each
    many = Lines.joining(_pen(89), *_lines(100))
    assert len(many.batches()) == BATCHES
    counts = [p.elementCount() for p in many.batches()]
    assert sum(counts) == 200 and max(counts) - min(counts) <= 2  # dealt evenly


def test_lines_off_the_picture_draw_nothing_and_do_not_fail() -> None:
    start = np.array([[5000.0, 5000.0]])
    end = np.array([[6000.0, 5100.0]])
    picture = _picture(_batched([Lines.joining(_pen(89), start, end)]))
    assert (picture == 255).all()
    empty = Lines(_pen(89), np.zeros(0), np.zeros(0))
    assert (_picture(_batched([empty])) == 255).all()
