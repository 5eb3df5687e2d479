"""PNG files written by aspdesk.graph.export.png_file: the same pixels as the picture,
read back by Qt's reader (libpng) and by zlib itself, in one band or several."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QPen
from PySide6.QtWidgets import QApplication

from aspdesk.graph.export import png_file
from aspdesk.graph.export.png_file import png_bytes


def _chunks(data: bytes) -> dict[bytes, bytes]:
    assert data[:8] == png_file.SIGNATURE
    found: dict[bytes, bytes] = {}
    at = 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        assert kind not in found or kind == b"IDAT"
        found[kind] = found.get(kind, b"") + body
        at += 12 + length
    return found


def _picture(width: int, height: int, image_format: QImage.Format) -> QImage:
    """Lines and noise: every pixel differs from its neighbours somewhere."""
    rng = np.random.default_rng(7)
    image = QImage(width, height, image_format)
    image.fill(QColor(255, 255, 255, 0 if image.hasAlphaChannel() else 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for _ in range(300):
        colour = QColor(*(int(c) for c in rng.integers(0, 256, 3)), int(rng.integers(40, 256)))
        painter.setPen(QPen(colour, float(rng.uniform(0.5, 4))))
        x0, x1 = rng.uniform(0, width, 2)
        y0, y1 = rng.uniform(0, height, 2)
        painter.drawLine(int(x0), int(y0), int(x1), int(y1))
    painter.end()
    image.setDotsPerMeterX(3780 * 2)
    image.setDotsPerMeterY(3780 * 2)
    return image


@pytest.mark.parametrize("bands", [1, 2, 4])
@pytest.mark.parametrize("size", [(333, 217), (1201, 999)])
def test_an_opaque_picture_reads_back_pixel_for_pixel(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, bands: int, size: tuple[int, int]
) -> None:
    monkeypatch.setattr(png_file.os, "cpu_count", lambda: bands)
    monkeypatch.setattr(png_file, "BAND_MIN_BYTES", 1)
    image = _picture(*size, QImage.Format.Format_RGB32)
    data = png_bytes(image)

    back = QImage.fromData(data, "PNG")
    assert not back.isNull()
    assert back.convertToFormat(QImage.Format.Format_RGB32) == image
    assert (back.dotsPerMeterX(), back.dotsPerMeterY()) == (7560, 7560)
    chunks = _chunks(data)
    width, height, depth, colour, *_ = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (width, height, depth, colour) == (*size, 8, 2)
    rows = zlib.decompress(chunks[b"IDAT"])  # checks the joined Adler-32 too
    assert len(rows) == height * (1 + 3 * width)
    assert rows[:: 1 + 3 * width] == bytes(height), "every row unfiltered"


def test_a_transparent_picture_keeps_its_alpha_as_qt_s_writer_did(qapp: QApplication) -> None:
    image = _picture(640, 480, QImage.Format.Format_ARGB32_Premultiplied)
    data = png_bytes(image)
    assert struct.unpack(">IIBBBBB", _chunks(data)[b"IHDR"])[3] == 6  # RGBA
    ours = QImage.fromData(data, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, QByteArray(b"png")).write(image)
    qt = QImage.fromData(bytes(buffer.data().data()), "PNG")
    assert ours == qt.convertToFormat(QImage.Format.Format_ARGB32)
    assert ours.pixelColor(0, 0).alpha() == 0


def test_checksums_of_pieces_join_as_zlib_s_of_the_whole() -> None:
    rng = np.random.default_rng(3)
    data = rng.integers(0, 256, 70_000, dtype=np.uint8).tobytes()
    for cut in (0, 1, 5_552, 35_000, 69_999, 70_000):
        first, second = data[:cut], data[cut:]
        joined = png_file._adler_joined(zlib.adler32(first), zlib.adler32(second), len(second))
        assert joined == zlib.adler32(data), cut
