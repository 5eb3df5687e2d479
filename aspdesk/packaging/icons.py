"""The application's and the map file's icons in the formats installers want, drawn from
the SVG sources in ``resources/icons``: PNG at each size, Windows ICO and macOS ICNS.

Both container formats hold PNG images (Windows Vista and later read PNG entries of an
ICO, macOS 10.7 and later the PNG types of an ICNS), so they are written here from Qt's
PNGs in a few lines each, without Pillow. Generated at build time, not committed: the SVG
stays the one source and no binary copy can fall behind it.
"""

from __future__ import annotations

import struct
from pathlib import Path

from aspdesk.domain.data_files import resource
from aspdesk.ui.window.app_icon import png_bytes, svg_images

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an ICO entry can be
# ICNS element types that hold PNG data, by pixel size (Apple's icns format; the "@2x"
# types of Retina screens share the pixel sizes of the larger ones).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
SOURCES = {"aspdesk": "aspdesk.svg", "aspmap": "aspmap.svg"}


def rendered(svg: bytes, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """``svg`` as PNG files' bytes at each of ``sizes``."""
    images = svg_images(svg, sizes)
    if len(images) != len(sizes):
        raise ValueError("not an SVG picture")
    return {size: png_bytes(image) for size, image in zip(sizes, images, strict=True)}


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding ``pngs`` (pixel size -> PNG bytes), smallest first."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 stands for 256 in a directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        images += data
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon file holding ``pngs`` (pixel size -> PNG bytes) under each ICNS type
    of that size."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_icons(folder: Path) -> list[Path]:
    """Write the PNG sizes, ICO and ICNS of the application and the map file into
    ``folder``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, source in SOURCES.items():
        svg = resource("icons", source).read_bytes()
        sizes = tuple(sorted({*PNG_SIZES, *ICO_SIZES, *(s for _k, s in ICNS_TYPES)}))
        pngs = rendered(svg, sizes)
        for size in PNG_SIZES:
            path = folder / f"{name}-{size}.png"
            path.write_bytes(pngs[size])
            written.append(path)
        for suffix, data in (
            (".ico", ico({s: pngs[s] for s in ICO_SIZES})),
            (".icns", icns(pngs)),
        ):
            path = folder / f"{name}{suffix}"
            path.write_bytes(data)
            written.append(path)
    return written
