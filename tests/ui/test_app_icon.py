"""The application's icon: every window shows it, drawn at the sizes task bars ask for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from aspdesk.domain.data_files import resource
from aspdesk.ui.window.app_icon import DESKTOP_ID, ICON_SIZES, app_icon, svg_icon
from aspdesk.ui.window.launch import name_application
from aspdesk.ui.window.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def named_app(qapp: QApplication) -> Iterator[QApplication]:
    """The test run's application, named as the launcher names it, and put back after."""
    name, version, icon = qapp.applicationName(), qapp.applicationVersion(), qapp.windowIcon()
    desktop_file = qapp.desktopFileName()
    name_application(qapp)
    yield qapp
    qapp.setApplicationName(name)
    qapp.setApplicationVersion(version)
    qapp.setWindowIcon(icon)
    qapp.setDesktopFileName(desktop_file)


def _image(icon: QIcon, size: int) -> QImage:
    return icon.pixmap(QSize(size, size)).toImage()


def test_the_window_shows_the_icon_at_every_size(
    named_app: QApplication, window: MainWindow
) -> None:
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = sorted({(s.width(), s.height()) for s in icon.availableSizes()})
    assert sizes == [(size, size) for size in ICON_SIZES]
    assert ICON_SIZES[0] == 16 and ICON_SIZES[-1] == 256
    # The task bar finds the launcher, and so its icon, by the desktop entry's name.
    assert named_app.desktopFileName() == DESKTOP_ID == "aspdesk"


@pytest.mark.parametrize("size", [16, 256])
def test_the_icon_is_a_tile_with_the_hub_in_the_middle(qapp: QApplication, size: int) -> None:
    image = _image(app_icon(), size)
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(0, 0).alpha() == 0, "the corners are rounded off"
    hub = image.pixelColor(size // 2, size // 2)
    assert hub.red() > 200 and hub.green() > 150 and hub.blue() < 120, hub.name()
    tile = image.pixelColor(size // 2, size * 4 // 5)  # below the hub, between two nodes
    assert tile.blue() > 100 and tile.red() < 80 and tile.alpha() == 255, tile.name()


def test_the_map_file_icon_is_a_page_unlike_the_app_icon(qapp: QApplication) -> None:
    page = svg_icon(resource("icons", "aspmap.svg").read_bytes())
    assert not page.isNull()
    image, app = _image(page, 48), _image(app_icon(), 48)
    assert image != app
    corner = image.pixelColor(8, 42)  # lower left of the page: white paper
    assert corner == QColor("#ffffff"), corner.name()


@pytest.mark.parametrize("size", [16, 48])
def test_the_map_file_icon_carries_the_apps_tile_readable_at_16_px(
    qapp: QApplication, size: int
) -> None:
    image = _image(svg_icon(resource("icons", "aspmap.svg").read_bytes()), size)
    tile = image.pixelColor(size // 2, size * 41 // 100)  # in the tile, above the hub
    assert tile.blue() > 100 and tile.red() < 80, tile.name()
    outline = image.pixelColor(size // 2, size // 48)  # the top edge, dark enough to see
    assert outline.alpha() > 150 and outline.lightness() < 120, outline.name()


def test_something_that_is_not_svg_gives_no_icon(qapp: QApplication) -> None:
    assert svg_icon(b"<html>not a picture</html>").isNull()
