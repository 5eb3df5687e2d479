"""The application's icon: the SVG shipped in ``resources/icons``, drawn at the sizes that
task bars, window lists and the Alt+Tab switcher ask for."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from aspdesk.domain.data_files import resource

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
    renderer = QSvgRenderer(QByteArray(svg))
    icon = QIcon()
    if not renderer.isValid():
        return icon
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
