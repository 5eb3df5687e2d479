"""What the window's export actions draw from: its canvas and graph panel.

The window makes these as it opens, for File > Export image, web map and growth film
and Edit > Copy image, but the drawing machinery behind them (the page layout, the
growth timeline, the web map's data: :mod:`.image`, :mod:`.film`, :mod:`.web_map`) is
imported when an export is asked for, not in the way of the window's first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from aspdesk.graph.canvas.canvas import GraphCanvas
    from aspdesk.graph.panel.panel import GraphPanel
    from aspdesk.io.errors import Progress
    from aspdesk.io.exporting.film_options import FilmOptions
    from aspdesk.io.exporting.image_options import ImageOptions

Translate = Callable[[str, str], str]


class CanvasImages:
    """Images of the canvas that ``canvas`` returns (the window's, which a new map
    replaces), for the window's export and copy actions."""

    def __init__(
        self, canvas: Callable[[], GraphCanvas], panel: Callable[[], GraphPanel] | None = None
    ) -> None:
        self.canvas = canvas
        self.panel = panel

    def prepare(
        self, path: Path, options: ImageOptions, title: str, all_views: bool = False
    ) -> Callable[[Progress], None]:
        """See :func:`~aspdesk.graph.export.image.prepare_images`."""
        from aspdesk.graph.export.image import prepare_images

        panel = self.panel() if self.panel is not None else None
        return prepare_images(self.canvas(), panel, path, options, title, all_views)

    def view_image(self, scale: float) -> QImage:
        """What the graph shows now, ``scale`` output pixels per screen pixel."""
        from aspdesk.graph.export.image import view_image

        return view_image(self.canvas(), scale=scale)


class CanvasWebMaps:
    """Web maps of the canvas and panel that the callables return (the window's, which a
    new map replaces), for the window's Export web map action."""

    def __init__(
        self,
        canvas: Callable[[], GraphCanvas],
        panel: Callable[[], GraphPanel],
        translate: Translate,
    ) -> None:
        self.canvas = canvas
        self.panel = panel
        self.translate = translate

    def views(self) -> int:
        """How many saved views the map has (each can be a step)."""
        return len(self.canvas().document.index.views)

    def prepare(
        self, path: Path, title: str, all_views: bool, personal: bool
    ) -> Callable[[Progress], None]:
        """See :func:`~aspdesk.graph.export.web_map.prepare_web_map`."""
        from aspdesk.graph.export.web_map import prepare_web_map

        return prepare_web_map(
            self.canvas(),
            self.panel(),
            self.translate,
            path,
            title,
            all_views=all_views,
            personal=personal,
        )


class CanvasFilms:
    """Films of the canvas that ``canvas`` returns (the window's, which a new map
    replaces), for the window's Export growth film action."""

    def __init__(self, canvas: Callable[[], GraphCanvas]) -> None:
        self.canvas = canvas

    def first_day(self) -> date | None:
        """The earliest day the map has anything dated (None: nothing is)."""
        from aspdesk.app.timeline_source import timeline_of

        return timeline_of(self.canvas().document).first_day()

    def prepare(self, path: Path, options: FilmOptions, title: str) -> Callable[[Progress], None]:
        """See :func:`~aspdesk.graph.export.film.prepare_film`."""
        from aspdesk.graph.export.film import prepare_film

        return prepare_film(self.canvas(), path, options, title)
