"""How nodes and the workshop's text look: an actor's clusters as segments, on screen and
in images; node colours on the dark theme; prompts at the size of the room's labels."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QFontInfo, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.export.image import Page, capture, layout_of, render_qimage
from aspdesk.graph.styling.themes import DARK, LIGHT, PROJECTOR
from aspdesk.graph.workshop.window import WorkshopWindow
from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.store.repository import MapStore
from aspdesk.ui.window.main_window import MainWindow

from .conftest import make_window
from .graph_helpers import choose

pytestmark = pytest.mark.gui


def _by_cluster(window: MainWindow) -> GraphCanvas:
    window.resize(1500, 950)
    graph = window.graph
    choose(graph.colour_by, "cluster")
    QApplication.processEvents()
    graph.canvas.fit()
    QApplication.processEvents()
    return graph.canvas


def _segment_points(centre: QPointF, radius: float, count: int) -> list[QPointF]:
    """A point well inside each segment: clockwise from the top, halfway round each."""
    points = []
    for index in range(count):
        angle = -math.pi / 2 + 2 * math.pi * (index + 0.5) / count
        points.append(centre + QPointF(math.cos(angle), math.sin(angle)) * radius * 0.5)
    return points


def _close(found: QColor, wanted: str) -> bool:
    colour = QColor(wanted)
    return all(
        abs(a - b) <= 24
        for a, b in zip(
            (found.red(), found.green(), found.blue()),
            (colour.red(), colour.green(), colour.blue()),
            strict=True,
        )
    )


def _two_cluster_actor(canvas: GraphCanvas) -> int:
    found = [n for n, colours in canvas.data.segments.items() if len(colours) == 2]
    assert found, "the sample has actors in two clusters"
    return max(found, key=lambda n: canvas.data.sizes[n])


def test_an_actor_in_several_clusters_shows_each_of_them(window: MainWindow) -> None:
    canvas = _by_cluster(window)
    segments = canvas.data.segments
    assert segments, "the sample has actors in several clusters"
    for node, colours in segments.items():
        assert canvas.data.colours[node] == colours[0], "the main cluster's colour under"
        assert len(set(colours)) == len(colours) >= 2
    legend = canvas.legend.entries_text()
    assert "In several clusters: a segment for each" in legend
    node = _two_cluster_actor(canvas)
    x, y = canvas.data.positions[node]
    transform = canvas.box.childGroup.sceneTransform() * canvas.view.viewportTransform()
    centre = transform.map(QPointF(float(x), float(y)))
    radius = canvas.node_sizes(canvas.data)[node] / 2
    image = canvas.view.viewport().grab().toImage()
    for point, colour in zip(_segment_points(centre, radius, 2), segments[node], strict=True):
        found = image.pixelColor(point.toPoint())
        assert _close(found, canvas.theme.node_colour(colour)), (found.name(), colour)


def test_an_image_shows_the_segments_as_the_screen_does(window: MainWindow) -> None:
    canvas = _by_cluster(window)
    node = _two_cluster_actor(canvas)
    options = ImageOptions(format="png", width_px=1600, legend=True)
    picture = capture(canvas, [Page("Clusters")], options)[0]
    assert picture.segments == canvas.data.segments
    image: QImage = render_qimage(picture, options, 1.0)
    layout = layout_of(picture, options)
    x, y = picture.positions[node]
    centre = layout.to_px.map(QPointF(float(x), float(y)))
    radius = picture.sizes[node] / 2
    colours = picture.segments[node]
    for point, colour in zip(_segment_points(centre, radius, 2), colours, strict=True):
        found = image.pixelColor(point.toPoint())
        assert _close(found, picture.theme.node_colour(colour)), (found.name(), colour)


def test_the_dark_theme_draws_company_nodes_light_enough(window: MainWindow) -> None:
    canvas = window.graph.canvas
    canvas.set_theme(DARK, 20.0)
    companies = [n for n, c in enumerate(canvas.data.colours) if c == "#0072B2"]
    assert companies
    brushes = canvas.nodes.data["brush"]
    shown = {brushes[n].color().name() for n in companies}
    assert shown == {DARK.node_colour("#0072B2").lower()}


def _workshop(qtbot: QtBot, window: MainWindow) -> WorkshopWindow:
    workshop = window.workshop.start(full_screen=False)
    assert workshop is not None
    qtbot.waitExposed(workshop)
    workshop.resize(1920, 1080)
    workshop.start(1080)  # a 1080p projector's labels
    QApplication.processEvents()
    return workshop


def _pixels(widget: QWidget) -> int:
    return QFontInfo(widget.font()).pixelSize()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_workshop_prompts_are_written_at_the_label_size(qtbot: QtBot, window: MainWindow) -> None:
    workshop = _workshop(qtbot, window)
    label_px = round(workshop.label_px)
    assert label_px >= 27
    assert _pixels(workshop.title) >= label_px
    qtbot.keyClick(workshop.panel.canvas.view, Qt.Key.Key_N)
    prompt = workshop.prompt
    assert prompt.isVisible()
    qtbot.keyClicks(prompt.name, "Napapiirin Kahvila")
    qtbot.keyClick(prompt.name, Qt.Key.Key_Return)
    assert prompt.kinds.isVisible()
    for widget in (prompt.question, prompt.name, prompt.kinds):
        assert _pixels(widget) >= label_px, widget
        assert widget.fontMetrics().height() >= label_px, widget
    qtbot.keyClick(prompt.name, Qt.Key.Key_Escape)

    # The menu of a Shift-drag's new tie, asked on the workshop's panel.
    seen: list[int] = []

    def look_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if menu is not None:
            seen.append(_pixels(menu))
            menu.close()

    QTimer.singleShot(100, look_and_close)
    chosen = workshop.panel.choose_relation_type(QPoint(200, 200))
    assert chosen is None
    assert seen and seen[0] >= label_px
    workshop.close()


def test_plus_and_minus_leave_the_legend_alone(qtbot: QtBot, window: MainWindow) -> None:
    workshop = _workshop(qtbot, window)
    canvas = workshop.panel.canvas
    legend_px, label_px = canvas.legend.font_used.pixelSize(), canvas.labels.font.pixelSize()
    size = canvas.legend.size()
    for _ in range(3):
        qtbot.keyClick(canvas.view, Qt.Key.Key_Plus)
    assert canvas.labels.font.pixelSize() > label_px
    assert canvas.legend.font_used.pixelSize() == legend_px
    assert canvas.legend.size() == size
    qtbot.keyClick(canvas.view, Qt.Key.Key_L)
    assert not canvas.legend.isVisible(), "L hides the legend in a workshop"
    assert canvas.view.width() == canvas.width()
    qtbot.keyClick(canvas.view, Qt.Key.Key_L)
    assert canvas.legend.isVisible()
    assert np.isfinite(canvas.data.positions).all()
    workshop.close()


def test_the_legend_takes_the_theme(
    qtbot: QtBot, qapp: QApplication, sample_store: MapStore, tmp_path: Path
) -> None:
    # The window's style sheet (an application's sheet, then) had reset the legend's
    # palette and fonts: grey, and white headings on grey once a view turned dark.
    window = make_window(qtbot, sample_store, tmp_path)
    window.resize(1500, 950)
    QApplication.processEvents()
    legend = window.graph.canvas.legend
    for theme in (LIGHT, DARK, PROJECTOR, LIGHT):
        if theme is not window.graph.canvas.theme:  # the first look is the window's own
            window.graph.canvas.set_theme(theme, None)
        QApplication.processEvents()
        image = legend.grab().toImage()
        content = legend.content
        for point in (QPoint(content.width() - 3, 3), QPoint(3, content.height() - 3)):
            found = image.pixelColor(content.mapTo(legend, point))
            assert found.name() == theme.background.lower(), theme.key
        corner = image.pixelColor(image.width() - 6, image.height() - 6)
        assert corner.name() == theme.background.lower(), theme.key
        title = legend.title.grab().toImage()
        text = QColor(theme.text)
        inked = [
            title.pixelColor(x, y) for x in range(title.width()) for y in range(title.height())
        ]
        assert any(_close(c, text.name()) for c in inked), f"{theme.key}: title unseen"
