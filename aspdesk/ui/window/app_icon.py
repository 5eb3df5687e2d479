"""The application's icon: the SVG shipped in ``resources/icons``, drawn at the sizes that
task bars, window lists and the Alt+Tab switcher ask for."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QIcon, QImage, QImageWriter, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from aspdesk.domain.data_files import resource

DESKTOP_ID = "aspdesk"
"""The name of aspdesk's desktop entry (``aspdesk.desktop``) and of its icon in an icon
theme: a desktop matches a window to its launcher, and so to the icon in its task bar, by
this name (Wayland's app id, X11's window class)."""

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The sizes drawn: a window manager picks from these rather than scaling one picture
(X11 copies every listed size into the window's _NET_WM_ICON)."""


def app_icon() -> QIcon:
    """aspdesk's icon (``resources/icons/aspdesk.svg``) at every size of ICON_SIZES."""
    return svg_icon(resource("icons", "aspdesk.svg").read_bytes())


def svg_icon(svg: bytes, sizes: tuple[int, ...] = ICON_SIZES) -> QIcon:
    """An icon holding ``svg`` drawn at each of ``sizes``; a null icon if it is no SVG.

    Drawn once here rather than by Qt's SVG icon engine, a plugin a trimmed install may
    lack, and read as bytes so that it works from any kind of install.
    """
    icon = QIcon()
    for image in svg_images(svg, sizes):
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def svg_images(svg: bytes, sizes: tuple[int, ...]) -> list[QImage]:
    """``svg`` drawn into a square image at each of ``sizes``; none if it is no SVG.

    Needs no application object, so the command line can draw the desktop's icons.
    """
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        return []
    images = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        images.append(image)
    return images


def png_bytes(image: QImage) -> bytes:
    """``image`` as a PNG file's bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    return bytes(buffer.data().data())
