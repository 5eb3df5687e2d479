"""``aspdesk export MAP -o growth.mp4|.gif|.webp --from DATE --to DATE``: a film of the
network's growth without a window.

The graph is built as for an image (:func:`aspdesk.cli.image.graph_of`), and the film is
drawn and encoded by :mod:`aspdesk.graph.export.film`. Everything the command line can
check is checked before the map is opened, and the file is written whole or not at all:
a bad date, a film that would end before it starts, a size out of range leave nothing
behind.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from aspdesk.cli.image import fail, graph_of
from aspdesk.cli.text import cli_tr, language_in, translate
from aspdesk.domain.dates import format_date, parse_date
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError, no_progress
from aspdesk.io.exporting.film_options import (
    DEFAULT_FPS,
    DEFAULT_HEIGHT,
    DEFAULT_SECONDS,
    DEFAULT_WIDTH,
    FilmOptions,
    film_format,
)
from aspdesk.store.errors import StoreError

if TYPE_CHECKING:
    from aspdesk.graph.panel.panel import GraphPanel

BAD_DATE = QT_TRANSLATE_NOOP(
    "cli", "{option} {value} is not a date: write it as 2020-12-31 or 31.12.2020."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``aspdesk export`` that only films use."""
    films = parser.add_argument_group(
        cli_tr(QT_TRANSLATE_NOOP("cli", "films of the network's growth (.mp4, .gif, .webp)"))
    )
    films.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli", "the film's first day (default: the first day the map has a date for)"
            )
        ),
    )
    films.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the film's last day (default: today)")),
    )
    films.add_argument(
        "--seconds",
        type=int,
        default=DEFAULT_SECONDS,
        metavar="N",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the film's length (default: {n} seconds)")).format(
            n=DEFAULT_SECONDS
        ),
    )
    films.add_argument(
        "--fps",
        type=int,
        default=DEFAULT_FPS,
        metavar="N",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "frames a second (default: {n})")).format(
            n=DEFAULT_FPS
        ),
    )
    films.add_argument(
        "--height",
        type=int,
        metavar="PX",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli", "height of a film in pixels (default: {height}; --width: {width})"
            )
        ).format(height=DEFAULT_HEIGHT, width=DEFAULT_WIDTH),
    )


def is_film(path: Path) -> bool:
    """Whether ``path`` names a film (which this module writes)."""
    return film_format(path) is not None


def _day(option: str, text: str | None) -> date | None:
    """The date ``text`` gives (None when not given); ValueError with the message."""
    if text is None:
        return None
    try:
        value = parse_date(text)
    except ValueError:
        value = None
    if value is None:
        raise ValueError(cli_tr(BAD_DATE).format(option=option, value=text))
    return value


def run(args: argparse.Namespace) -> int:
    """Write the film ``args.output`` of the map ``args.map``; return the exit code."""
    language = language_in(sys.argv[1:]) if args.lang is None else args.lang
    if args.view or args.all_views:
        return fail(
            cli_tr(
                QT_TRANSLATE_NOOP(
                    "cli", "A film shows the whole map; --view and --all-views are for images."
                )
            )
        )
    try:
        start, end = _day("--from", args.start), _day("--to", args.end)
    except ValueError as error:
        return fail(str(error))
    last = end or date.today()
    options = FilmOptions(
        start=start or last,
        end=last,
        format=film_format(args.output) or "mp4",
        seconds=args.seconds,
        fps=args.fps,
        width=DEFAULT_WIDTH if args.width is None else args.width,
        height=DEFAULT_HEIGHT if args.height is None else args.height,
        theme=args.theme,
        legend=args.legend,
        language=language,
    )
    try:
        options.check()
        with graph_of(args.map, language) as panel:
            return _film(panel, args, options, start is None)
    except (DataFileError, StoreError) as error:
        return fail(error.text(translate))


def _film(panel: GraphPanel, args: argparse.Namespace, options: FilmOptions, first: bool) -> int:
    from aspdesk.app.timeline_source import timeline_of
    from aspdesk.graph.export.film import capture_film

    document = panel.canvas.document
    timeline = timeline_of(document)
    if first:
        options = replace(options, start=min(timeline.first_day() or options.end, options.end))
    title = document.map_name() if args.title is None else args.title
    frames = capture_film(panel.canvas, options, title, timeline)
    frames.write(args.output, no_progress)
    actors = frames.actors_shown()
    done = cli_tr(
        QT_TRANSLATE_NOOP(
            "cli",
            "Filmed the growth of {actors} actors from {start} to {end} in {path}: "
            "{frames} frames, {seconds} seconds",
        )
    )
    print(
        done.format(
            actors=actors,
            start=format_date(options.start, language=options.language),
            end=format_date(options.end, language=options.language),
            path=args.output,
            frames=options.frames,
            seconds=options.seconds,
        )
    )
    return 0
