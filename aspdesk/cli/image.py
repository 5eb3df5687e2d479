"""``aspdesk export MAP -o FILE.png|.svg|.pdf``: an image of the graph without a window.

Drawing needs a Qt application, which the data exports must not create (they run where
no display exists), so this module starts one only for an image, on the "offscreen"
platform when there is no display to use. The graph is built as the window builds it,
placing actors that were never placed (the positions are saved in the map, as when it is
first opened in the window).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from aspdesk.cli.text import cli_tr, language_in, translate
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.image_options import (
    DEFAULT_WIDTH_PX,
    PAGE_SIZES,
    THEME_KEYS,
    ImageOptions,
    image_format,
)
from aspdesk.store.errors import StoreError

if TYPE_CHECKING:
    from aspdesk.app.document import Document
    from aspdesk.domain.views import ViewState
    from aspdesk.graph.canvas.canvas import GraphCanvas
    from aspdesk.graph.export.image import Page
    from aspdesk.graph.panel.panel import GraphPanel


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``aspdesk export`` that only images use."""
    images = parser.add_argument_group(
        cli_tr(QT_TRANSLATE_NOOP("cli", "images (.png, .svg, .pdf)"))
    )
    images.add_argument(
        "--view",
        action="append",
        default=[],
        metavar="NAME",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "draw the saved view NAME; give it more than once (or use --all-views) for a "
                "PDF with one page per view, or a web map with one step per view",
            )
        ),
    )
    images.add_argument(
        "--all-views",
        action="store_true",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli", "a PDF with one page (a web map with one step) for each saved view, in order"
            )
        ),
    )
    images.add_argument(
        "--width",
        type=int,
        default=None,  # a film's default differs (cli/film.py)
        metavar="PX",
        help=cli_tr(
            QT_TRANSLATE_NOOP("cli", "width of a PNG in pixels, up to 8000 (default: {width})")
        ).format(width=DEFAULT_WIDTH_PX),
    )
    images.add_argument(
        "--dpi",
        type=float,
        metavar="N",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli", "a PNG of the page (--page) at N dots per inch, instead of --width"
            )
        ),
    )
    images.add_argument(
        "--page",
        choices=PAGE_SIZES,
        default="fit",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli", "page: A4 or A3 landscape, or fit, as big as the drawing (default: fit)"
            )
        ),
    )
    images.add_argument(
        "--theme",
        choices=THEME_KEYS,
        default="light",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "look of the graph (default: light)")),
    )
    images.add_argument(
        "--transparent",
        action="store_true",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "a PNG without a background")),
    )
    images.add_argument(
        "--no-legend",
        dest="legend",
        action="store_false",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "leave out the legend")),
    )
    images.add_argument(
        "--title",
        metavar="TEXT",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli", "the heading (default: the map's name; an empty TEXT for none)"
            )
        ),
    )
    images.add_argument(
        "--date",
        action="store_true",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "print today's date under the graph")),
    )
    images.add_argument(
        "--source",
        metavar="TEXT",
        default="",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "a source or credit line under the graph")),
    )


def is_image(path: Path) -> bool:
    """Whether ``path`` names an image file (which this module writes)."""
    return image_format(path) is not None


def headless_platform(environ: MutableMapping[str, str]) -> None:
    """Draw offscreen where no display can be had (a server, a CI job, an SSH session).

    Only on X11 and Wayland systems: Windows and macOS draw without a display variable.
    An explicit "xcb" without a display could only abort the process, so it is replaced.
    """
    if sys.platform.startswith(("win", "darwin")):
        return
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return
    if environ.get("QT_QPA_PLATFORM", "") in ("", "xcb", "wayland"):
        environ["QT_QPA_PLATFORM"] = "offscreen"


def options_from(args: argparse.Namespace, language: str) -> ImageOptions:
    """The image options the command line asked for."""
    return ImageOptions(
        format=image_format(args.output) or "png",
        width_px=DEFAULT_WIDTH_PX if args.width is None else args.width,
        dpi=args.dpi,
        page_size=args.page,
        theme=args.theme,
        transparent=args.transparent,
        legend=args.legend,
        date=date.today() if args.date else None,
        source=args.source,
        language=language,
    )


def _view_pages(
    document: Document, panel: GraphPanel, args: argparse.Namespace, title: str
) -> list[Page] | str:
    """The pages asked for: the named saved views (or all), else the map as stored; or the
    message to show when a view does not exist."""
    from aspdesk.graph.export.image import Page

    views = document.saved_views()
    if args.all_views:
        chosen = views
    else:
        by_name = {view.name.casefold(): view for view in views}
        chosen = []
        for name in args.view:
            view = by_name.get(name.strip().casefold())
            if view is None:
                known = ", ".join(f"“{v.name}”" for v in views) or "-"
                text = cli_tr(
                    QT_TRANSLATE_NOOP("cli", "The map has no view “{name}”. Its views: {views}")
                )
                return text.format(name=name, views=known)
            chosen.append(view)
    if not chosen:
        return [Page(title)]

    def show(state: ViewState) -> Callable[[GraphCanvas], None]:
        return lambda _canvas: panel.apply_view_state(state)

    named = args.title is not None
    return [
        Page(f"{title} – {view.name}" if named else view.name, show(view.state)) for view in chosen
    ]


@contextmanager
def graph_of(map_path: Path | str, language: str) -> Iterator[GraphPanel]:
    """The graph of the map at ``map_path`` as the window would draw it, without a window:
    a Qt application (offscreen where there is no display), the language's translations,
    the map (a file, or a team map's address) opened for reading. Raises StoreError when
    the map cannot be opened."""
    headless_platform(os.environ)
    from PySide6.QtWidgets import QApplication

    from aspdesk.app.document import Document
    from aspdesk.app.paths import AppPaths
    from aspdesk.store.team.opening import open_for_reading
    from aspdesk.ui.window.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, language)
    try:
        paths = AppPaths.for_user()
        store = open_for_reading(map_path, paths.backup_dir, paths.checked_maps())
        document = Document(store, language)
        try:
            with headless_panel(document) as panel:
                yield panel
        finally:
            document.close()
    finally:
        # The translators are the application's children: remove them, so that a caller
        # in the same process (a test, a script) keeps its own language.
        for translator in translators:
            app.removeTranslator(translator)


@contextmanager
def headless_panel(document: Document) -> Iterator[GraphPanel]:
    """A graph panel of ``document`` with no window, deleted as the block ends.

    Without a parent it belongs to Python, and left to the garbage collector it was freed
    whenever that next ran, which could be inside a method Qt called while walking its
    scene, deleting the scene under the walk: the crash the tests met with canvases of
    their own (tests/qt_widgets.py), and a caller in the same process could meet."""
    import shiboken6

    from aspdesk.graph.panel.panel import GraphPanel

    panel = GraphPanel(document)
    try:
        yield panel
    finally:
        shiboken6.delete(panel)


def view_pages(panel: GraphPanel, args: argparse.Namespace) -> list[Page] | str:
    """The pages ``--view`` and ``--all-views`` ask for, titled as ``--title`` says."""
    document = panel.canvas.document
    title = document.map_name() if args.title is None else args.title
    return _view_pages(document, panel, args, title)


def fail(message: str) -> int:
    """Say what went wrong on the error stream; the exit code of a failed export."""
    print(f"aspdesk export: {message}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    """Write the image ``args.output`` of the map ``args.map``; return the exit code."""
    language = language_in(sys.argv[1:]) if args.lang is None else args.lang
    options = options_from(args, language)
    try:
        options.check()
    except DataFileError as error:
        return fail(error.text(translate))
    try:
        with graph_of(args.map, language) as panel:
            return _draw(panel, args, options)
    except StoreError as error:
        return fail(error.text(translate))


def _draw(panel: GraphPanel, args: argparse.Namespace, options: ImageOptions) -> int:
    from aspdesk.graph.export.image import export_image

    canvas = panel.canvas
    try:
        pages = view_pages(panel, args)
        if isinstance(pages, str):
            return fail(pages)
        if len(pages) > 1 and options.format != "pdf":
            return fail(
                cli_tr(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "Only a PDF holds several views, one per page; give one --view for "
                        "a PNG or SVG.",
                    )
                )
            )
        export_image(canvas, pages, options, args.output)
        data = canvas.data
        actors, ties = len(data.visible.actors), len(data.visible.relationships)
    except DataFileError as error:
        return fail(error.text(translate))
    done = cli_tr(
        QT_TRANSLATE_NOOP("cli", "Drew {actors} actors and {ties} relationships in {path}")
    )
    print(done.format(actors=actors, ties=ties, path=args.output))
    return 0
