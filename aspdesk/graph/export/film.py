"""A film of the network's growth: MP4, GIF or WebP, drawn as the image export draws.

The graph is copied from the canvas once, as an image export copies it
(:func:`aspdesk.graph.export.image.capture`), with every date filter lifted so that every
node and line that is on the network on any day of the film is in the copy; the page is
laid out once (:func:`aspdesk.graph.export.page.lay_out`), so nothing moves or rescales
between frames. Each frame is that page painted by :func:`paint_page` with the opacity of
each node and line on the frame's day (:mod:`aspdesk.analysis.growth`): nodes keep their
places, and what joins or leaves the network fades. The last frames show the network on
the last day, whole: as the image export draws the graph on that day. The day is written
large at the bottom right, the map's title at the top, the legend beside the graph.

Like an image, a film is copied on the window's thread (:func:`capture_film`) and drawn
and encoded on any (:meth:`FilmFrames.write`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from aspdesk.analysis.growth import Element, fades, presence
from aspdesk.analysis.timeline import Timeline
from aspdesk.app.timeline_source import timeline_of
from aspdesk.domain.entities import EntityType
from aspdesk.graph.export.image import Page, capture
from aspdesk.graph.export.page import GraphPicture, PageLayout, lay_out, paint_page
from aspdesk.graph.scene.edges import EdgeGroup
from aspdesk.io.errors import Progress, no_progress
from aspdesk.io.exporting.film_options import FilmOptions, frame_size
from aspdesk.io.exporting.image_options import ImageOptions

if TYPE_CHECKING:
    from aspdesk.graph.canvas.canvas import GraphCanvas
    from aspdesk.io.exporting.film_encoding import Frame

# The virtual screen of a frame (see page.py): a big film magnifies a desktop's screen,
# as an image does; a small one (a GIF for e-mail) shrinks a laptop's, whose legend and
# labels still leave the graph room, where a screen of its own few pixels would not.
VIRTUAL_WIDTH = 1600.0
LEAST_VIRTUAL_WIDTH = 1280.0
DATE_SCALE = 3.2  # the date's height in label heights: legible from the back of a room


@dataclass
class Timing:
    """Seconds spent on each part of a film (the benchmark prints them); the encoding
    runs beside the painting, on a thread of its own."""

    timeline: float = 0.0
    painting: float = 0.0
    encoding: float = 0.0


@dataclass
class FilmFrames:
    """A film's page and what fades on it, ready to draw frame by frame (any thread)."""

    picture: GraphPicture  # every node and line on the network on some day of the film
    refs: list[tuple[EntityType, int]]  # what each node is
    timeline: Timeline
    options: FilmOptions
    timing: Timing = field(default_factory=Timing)
    days: list[date] = field(default_factory=list)
    layout: PageLayout | None = None
    nodes: NDArray[np.float32] = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    edges: list[NDArray[np.float32]] = field(default_factory=list)
    _image: QImage | None = None
    _last: tuple[int, Frame] | None = None  # the frame drawn last, and its number

    def prepare(self, progress: Progress = no_progress) -> None:
        """Find who is on the network on each frame, and lay the page out once;
        ``progress`` hears of each day asked (not knowing the total) and may cancel."""
        started = time.perf_counter()
        options, picture = self.options, self.picture
        self.days = options.days()
        node_elements: list[Element] = list(self.refs)
        edge_elements: list[Element] = []
        for group in picture.edges:
            kind = EntityType.RELATIONSHIP if group.tie_type else EntityType.MEMBERSHIP
            edge_elements += [(kind, i) for i in _ids(group).tolist()]
        found = presence(
            self.timeline, self.days, node_elements + edge_elements, partial(progress, 0, 0)
        )
        self.timing.timeline += time.perf_counter() - started
        count = len(node_elements)
        on_nodes = found.on[:, :count]
        self.nodes = fades(on_nodes, options.fade_frames)
        ever = np.asarray(on_nodes.any(axis=0), dtype=np.bool_)
        # What is never on the network in the film takes no room on its page.
        picture.positions[~ever] = np.nan
        order = picture.label_order
        picture.label_order = [n for n in order if ever[n]]
        picture.always = int(np.count_nonzero(ever[order[: picture.always]]))
        on_edges = fades(found.on[:, count:], options.fade_frames)
        start = 0
        self.edges = []
        for group in picture.edges:
            ids = _ids(group)
            end = start + len(ids)
            own = on_edges[:, start:end]
            own[:, ids == 0] = 1.0  # a project's line is there while its two ends are
            ends = np.minimum(self.nodes[:, group.sources], self.nodes[:, group.targets])
            self.edges.append(np.minimum(own, ends))
            start = end
        width, height = frame_size(options)
        page = QSizeF(min(max(float(width), LEAST_VIRTUAL_WIDTH), VIRTUAL_WIDTH), 0.0)
        page.setHeight(page.width() * height / width)
        self.layout = lay_out(picture, page, fitted=False, footer=("", self._longest_date()))

    def actors_shown(self) -> int:
        """How many actors are on the network on some frame (after :meth:`prepare`)."""
        placed = self.picture.placed()
        return sum(1 for n, (t, _) in enumerate(self.refs) if t is EntityType.ACTOR and placed[n])

    def _longest_date(self) -> str:
        texts = {self.options.date_text(day) for day in self.days} or {""}
        return max(texts, key=len)

    def frame(self, number: int) -> Frame:
        """The pixels of frame ``number`` (B, G, R, 255 rows); the same array as the
        frame before when nothing differs (the last day's frames, held at the end)."""
        if self._last is not None and self._same(self._last[0], number):
            return self._last[1]
        started = time.perf_counter()
        assert self.layout is not None
        width, height = frame_size(self.options)
        if self._image is None:
            self._image = QImage(width, height, QImage.Format.Format_RGB32)
        image = self._image
        image.fill(QColor(self.picture.theme.background))
        picture = replace(
            self.picture,
            opacity=self.nodes[number],
            edge_opacity=[edges[number] for edges in self.edges],
        )
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            scale = width / self.layout.size.width()
            painter.scale(scale, scale)
            footer = ("", self.options.date_text(self.days[number]))
            paint_page(painter, picture, self.layout, transparent=False, footer=footer)
        finally:
            painter.end()
        rows = np.frombuffer(image.constBits(), np.uint8).reshape(height, -1, 4)
        pixels = rows[:, :width].copy()
        self.timing.painting += time.perf_counter() - started
        self._last = (number, pixels)
        return pixels

    def _same(self, one: int, other: int) -> bool:
        """Whether frames ``one`` and ``other`` show the same day and the same fades."""
        return (
            self.days[one] == self.days[other]
            and np.array_equal(self.nodes[one], self.nodes[other])
            and all(np.array_equal(edges[one], edges[other]) for edges in self.edges)
        )

    def write(self, path: Path, progress: Progress) -> None:
        """Draw and encode the film into ``path``, whole or not at all; ``progress`` may
        cancel between frames (nothing is left of the file then)."""
        # PyAV and its FFmpeg are loaded for the first film, not with the window
        from aspdesk.io.exporting.film_encoding import write_film

        if self.layout is None:
            self.prepare(progress)
        self.timing.encoding = write_film(path, self.options, self.frame, progress)


def _ids(group: EdgeGroup) -> NDArray[np.int64]:
    """The tie or membership id of each of ``group``'s edges (0: a project's line)."""
    if len(group.ids) == len(group.sources):
        return group.ids
    return np.zeros(len(group.sources), dtype=np.int64)


def film_font(label: QFont, scale: float) -> QFont:
    """The date's font: the label's family, ``scale`` times its height, bold."""
    font = QFont(label)
    font.setPixelSize(max(12, round(label.pixelSize() * scale)))
    font.setBold(True)
    return font


def _without_date(canvas: GraphCanvas) -> None:
    """Show every date's network on the canvas: the film decides what each frame shows."""
    graph_filter = canvas.options.graph_filter
    if graph_filter.as_of is not None:
        options = replace(canvas.options, graph_filter=replace(graph_filter, as_of=None))
        canvas.set_options(options)


def capture_film(
    canvas: GraphCanvas, options: FilmOptions, title: str, timeline: Timeline | None = None
) -> FilmFrames:
    """Copy what a film of ``canvas`` needs (window's thread); the canvas is put back as
    it was (a date filter of the window's is lifted for the copy)."""
    options.check()
    before = canvas.options
    look = ImageOptions(theme=options.theme, legend=options.legend, language=options.language)
    try:
        picture = capture(canvas, [Page(title, _without_date)], look)[0]
        refs = [(ref.type, ref.id) for ref in canvas.data.refs]
    finally:
        if canvas.options is not before:
            canvas.set_options(before)
    picture.fonts.footer = film_font(picture.fonts.label, DATE_SCALE)
    if timeline is None:
        timeline = timeline_of(canvas.document)
    return FilmFrames(picture, refs, timeline, options)


def prepare_film(
    canvas: GraphCanvas, path: Path, options: FilmOptions, title: str
) -> Callable[[Progress], None]:
    """Copy the graph now (window's thread); the call returned draws and writes the film,
    on any thread."""
    frames = capture_film(canvas, options, title)
    return partial(frames.write, path)
