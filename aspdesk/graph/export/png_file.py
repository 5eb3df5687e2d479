"""A picture as a PNG file, compressed on all cores.

Qt's PNG writer (libpng; zlib level 1 at the quality the export asks for) took 107 ms of a
2,000 x 1,590 picture of the 2,000-actor graph, a tenth of the whole export. Here the
rows go unfiltered (a graph's flat colours and thin lines gain nothing from PNG's filters
at a fast level: the files came out 3-6 % smaller than Qt's) and are deflated at level 2
in as many bands as there are cores (up to four), each on a thread: zlib lets go of
Python's lock while it compresses. A band but the last ends in a full flush, which ends
its deflate blocks on a byte and lets the next band start afresh, so the bands joined are
one valid zlib stream; its Adler-32 is the bands' checksums combined. The same picture
took 34-41 ms and decodes to the very same pixels (tests/unit/test_png_file.py).

Opaque pictures are written as RGB, transparent ones as RGBA (straight, not premultiplied
alpha, as PNG wants; Qt converts a few rows at a time), with the picture's resolution as
the pHYs chunk, as Qt wrote it.
"""

from __future__ import annotations

import os
import struct
import threading
import zlib

import numpy as np
from PySide6.QtGui import QImage

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 2  # zlib's fast levels (1-3) differ little in time; 2 made the smallest graphs
MAX_BANDS = 4
BAND_MIN_BYTES = 1 << 20  # a smaller picture is one band: a thread would not pay
STEP_ROWS = 128  # rows made ready and compressed at a time
_ADLER_BASE = 65521
_RGB, _RGBA = 2, 6  # PNG colour types


def png_bytes(image: QImage) -> bytes:
    """``image`` as the bytes of a PNG file."""
    alpha = image.hasAlphaChannel()
    width, height = image.width(), image.height()
    header = struct.pack(">IIBBBBB", width, height, 8, _RGBA if alpha else _RGB, 0, 0, 0)
    chunks = [_chunk(b"IHDR", header)]
    x, y = image.dotsPerMeterX(), image.dotsPerMeterY()
    if x > 0 and y > 0:
        chunks.append(_chunk(b"pHYs", struct.pack(">IIB", x, y, 1)))  # 1: per metre
    chunks.append(_chunk(b"IDAT", _deflated(image, alpha)))
    chunks.append(_chunk(b"IEND", b""))
    return SIGNATURE + b"".join(chunks)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _rows(image: QImage, top: int, count: int, alpha: bool) -> memoryview:
    """Rows ``top`` to ``top + count`` as PNG wants them: a filter byte (0: none), then
    R, G, B (and A, straight) bytes. A few rows at a time: a picture 8,000 px wide is never
    held a second time whole, as Qt's writer never held it."""
    layout = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
    part = image.copy(0, top, image.width(), count).convertToFormat(layout)
    depth = 4 if alpha else 3
    lines = np.frombuffer(part.constBits(), np.uint8, count=part.sizeInBytes())
    raw = np.empty((count, 1 + depth * image.width()), np.uint8)
    raw[:, 0] = 0
    raw[:, 1:] = lines.reshape(count, part.bytesPerLine())[:, : depth * image.width()]
    return raw.data


def _deflated(image: QImage, alpha: bool) -> bytes:
    """The zlib stream of the image's rows, its bands compressed side by side."""
    height = image.height()
    row_bytes = 1 + (4 if alpha else 3) * image.width()
    bands = max(1, min(MAX_BANDS, os.cpu_count() or 1, height * row_bytes // BAND_MIN_BYTES))
    edges = [round(band * height / bands) for band in range(bands + 1)]
    parts: list[tuple[bytes, int, int]] = [(b"", 1, 0)] * bands

    def deflate(band: int) -> None:
        compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)  # raw deflate, no header
        pieces, adler, length = [], 1, 0
        for top in range(edges[band], edges[band + 1], STEP_ROWS):
            rows = _rows(image, top, min(STEP_ROWS, edges[band + 1] - top), alpha)
            pieces.append(compressor.compress(rows))
            adler, length = zlib.adler32(rows, adler), length + rows.nbytes
        last = band == bands - 1
        pieces.append(compressor.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH))
        parts[band] = (b"".join(pieces), adler, length)

    threads = [threading.Thread(target=deflate, args=(band,)) for band in range(1, bands)]
    for thread in threads:
        thread.start()
    deflate(0)
    for thread in threads:
        thread.join()
    checksum = 1
    for _body, adler, length in parts:
        checksum = _adler_joined(checksum, adler, length)
    # 0x78 0x5E: a 32 KB window, "fast" compression; the header is a multiple of 31
    return b"\x78\x5e" + b"".join(body for body, _a, _n in parts) + struct.pack(">I", checksum)


def _adler_joined(first: int, second: int, length: int) -> int:
    """The Adler-32 of two pieces of data one after the other, from each one's and the
    second's ``length`` (zlib's adler32_combine, which Python's zlib does not offer)."""
    a1, b1 = first & 0xFFFF, first >> 16
    a2, b2 = second & 0xFFFF, second >> 16
    a = (a1 + a2 - 1) % _ADLER_BASE
    b = (b1 + b2 + length * (a1 - 1)) % _ADLER_BASE
    return (b << 16) | a
