"""See-through ties, drawn fast on screen and in images alike.

On a crowded map the ties are see-through (``scene.edges`` fades them as their number
grows), so that where many cross the picture darkens and shows where the network is dense.
Qt's raster engine strokes a see-through pen wider than a pixel 5-10 times slower than an
opaque one (6,000 ties 2.75 px wide on a 2,000 px picture: 730-1,090 ms against 86-140 ms
opaque, measured on this project's 2-core machine): an opaque pen takes the rasterizer's
fast path for lines, a see-through one is stroked as outlines that are filled one by one.
At 10,000 actors that was 4.3 of an export's 7.5 s and most of the window's first frame.

So a group of see-through lines is dealt, round robin, into :data:`BATCHES` batches; each
batch is drawn in the opaque colour onto a clear layer, and the layer is laid onto the
picture at the group's alpha. Where lines of different batches cross, the picture darkens
as before; where lines of one batch cross it does not, so a spot where ``n`` lines meet
darkens as if ``min(n, BATCHES)`` or a few fewer met. With eight batches a spot crossed by
many ties at the crowded alpha of 0.35 reaches 97 % of the colour instead of 100 %, and a
2,000-actor picture differs from the exact one by 2 of 255 grey levels on average
(tests/unit/test_see_through.py compares them). Opaque pens and vector pages (PDF, SVG)
are drawn directly: there the fast path or the file needs no help.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QPainterPath, QPen, QTransform

BATCHES = 8


def batch_paths(xs: NDArray[np.float64], ys: NDArray[np.float64]) -> list[QPainterPath]:
    """The lines ``(xs[2i], ys[2i]) - (xs[2i+1], ys[2i+1])`` dealt round robin into at
    most :data:`BATCHES` paths (a hub's ties spread over all of them)."""
    count = len(xs) // 2
    paths = []
    for batch in range(min(BATCHES, count)):
        lines = np.arange(batch, count, BATCHES)
        ends = np.column_stack([2 * lines, 2 * lines + 1]).ravel()
        paths.append(pg.arrayToQPath(xs[ends], ys[ends], connect="pairs"))
    return paths


def is_see_through(painter: QPainter, pen: QPen) -> bool:
    """Whether ``pen`` is see-through and wider than a device pixel on a raster picture:
    where batching pays (a hairline takes a fast path of its own, see-through or not)."""
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster or pen.color().alpha() == 255:
        return False
    scale = painter.device().devicePixelRatioF() if pen.isCosmetic() else _scale(painter)
    return pen.widthF() * scale > 1.0


def _scale(painter: QPainter) -> float:
    """Device pixels per unit of the painter's mapping (its larger stretch)."""
    t = painter.transform()
    ratio = painter.device().devicePixelRatioF()
    return ratio * max(abs(t.m11()) + abs(t.m21()), abs(t.m12()) + abs(t.m22()))


class Layer:
    """A scratch picture for the batches, kept between paintings of the same size."""

    def __init__(self) -> None:
        self._image: QImage | None = None

    def clear(self, size: QRect, ratio: float) -> QImage:
        """A transparent picture of ``size`` device pixels."""
        image = self._image
        if image is None or image.width() != size.width() or image.height() != size.height():
            image = QImage(size.width(), size.height(), QImage.Format.Format_ARGB32_Premultiplied)
            self._image = image
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        return image


def _device_area(painter: QPainter, paths: list[QPainterPath], pen: QPen) -> QRect:
    """Device pixels the lines can touch, within the painter's device."""
    bounds = QRectF()
    for path in paths:
        bounds = bounds.united(path.controlPointRect())
    device = painter.device()
    ratio = device.devicePixelRatioF()
    reach = pen.widthF() * (ratio if pen.isCosmetic() else _scale(painter)) + 2
    mapped = painter.transform().mapRect(bounds)
    scaled = QRectF(mapped.topLeft() * ratio, mapped.size() * ratio)
    area = scaled.adjusted(-reach, -reach, reach, reach).toAlignedRect()
    if isinstance(device, QImage):  # its size is in pixels already
        whole = QRect(0, 0, device.width(), device.height())
    else:
        whole = QRect(0, 0, round(device.width() * ratio), round(device.height() * ratio))
    return area.intersected(whole)


class Lines:
    """One group's lines and its pen; the paths are made when first painted."""

    def __init__(self, pen: QPen, xs: NDArray[np.float64], ys: NDArray[np.float64]) -> None:
        self.pen = pen
        self.xs, self.ys = xs, ys  # start, end, start, end, ...
        self._whole: QPainterPath | None = None
        self._batches: list[QPainterPath] | None = None

    @classmethod
    def joining(cls, pen: QPen, start: NDArray[np.float64], end: NDArray[np.float64]) -> Lines:
        """Lines from each point of ``start`` to the same row of ``end``."""
        xs = np.empty(2 * len(start))
        ys = np.empty(2 * len(start))
        xs[0::2], xs[1::2] = start[:, 0], end[:, 0]
        ys[0::2], ys[1::2] = start[:, 1], end[:, 1]
        return cls(pen, xs, ys)

    def same_lines(self, other: Lines) -> bool:
        """Whether ``other`` draws the very lines these draw (pens aside)."""
        return np.array_equal(self.xs, other.xs) and np.array_equal(self.ys, other.ys)

    def whole(self) -> QPainterPath:
        """All the lines as one path."""
        if self._whole is None:
            self._whole = pg.arrayToQPath(self.xs, self.ys, connect="pairs")
        return self._whole

    def batches(self) -> list[QPainterPath]:
        """The lines dealt into batches (:func:`batch_paths`)."""
        if self._batches is None:
            self._batches = batch_paths(self.xs, self.ys)
        return self._batches


def paint_line_groups(painter: QPainter, groups: Sequence[Lines], layer: Layer) -> None:
    """Paint ``groups`` in order. Neighbouring see-through groups of the same alpha share
    the layers of their batches, so a picture of twenty styles is laid eight times, not
    160 (at 10,000 actors the laying cost more than the lines)."""
    index = 0
    while index < len(groups):
        pen = groups[index].pen
        if not is_see_through(painter, pen):
            if len(groups[index].xs):
                painter.setPen(pen)
                painter.drawPath(groups[index].whole())
            index += 1
            continue
        run = [groups[index]]
        index += 1
        # A hairline of the same alpha joins the run too: drawn on its own it would end the
        # run, and each run lays its eight layers again (a map whose tie strengths alternate
        # 1 px and wider lines made six runs of one picture).
        while index < len(groups) and groups[index].pen.color().alpha() == pen.color().alpha():
            run.append(groups[index])
            index += 1
        _paint_run(painter, run, layer)


def _paint_run(painter: QPainter, run: list[Lines], layer: Layer) -> None:
    """Paint see-through groups of one alpha batch by batch: each batch of every group
    opaque on the clear layer, the layer laid on the picture at the alpha."""
    run = [lines for lines in run if len(lines.xs)]
    if not run:
        return
    area = QRect()
    for lines in run:
        area = area.united(_device_area(painter, lines.batches(), lines.pen))
    if area.isEmpty():
        return
    ratio = painter.device().devicePixelRatioF()
    # The layer starts at the area's corner: shift the painter's mapping to match.
    shift = QTransform.fromTranslate(-area.x() / ratio, -area.y() / ratio)
    to_layer = painter.transform() * shift
    antialias = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
    opaque = [_opaque(lines.pen) for lines in run]
    opacity = painter.opacity() * run[0].pen.color().alphaF()
    corner = QPointF(area.x() / ratio, area.y() / ratio)
    painter.save()
    painter.resetTransform()
    painter.setOpacity(opacity)
    for batch in range(BATCHES):
        image = layer.clear(area, ratio)
        drawing = QPainter(image)
        drawing.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        drawing.setTransform(to_layer)
        drawn = False
        for lines, pen in zip(run, opaque, strict=True):
            batches = lines.batches()
            if batch < len(batches):
                drawing.setPen(pen)
                drawing.drawPath(batches[batch])
                drawn = True
        drawing.end()
        if not drawn:
            break
        painter.drawImage(corner, image)
    painter.restore()


def _opaque(pen: QPen) -> QPen:
    opaque = QPen(pen)
    colour = pen.color()
    opaque.setColor(QColor(colour.red(), colour.green(), colour.blue()))
    return opaque
