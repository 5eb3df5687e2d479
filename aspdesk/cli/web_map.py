"""``aspdesk export MAP -o map.html``: the map as one web page that works offline.

The page is drawn from the graph as the window draws it (:mod:`aspdesk.cli.image` makes
it without a window), one step per saved view asked for (``--view NAME``, ``--all-views``)
or the map as stored. Personal data stays out unless ``--personal-data`` asks for it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aspdesk.cli import image
from aspdesk.cli.text import cli_tr, language_in, translate
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError
from aspdesk.store.errors import StoreError

SUFFIXES = (".html", ".htm")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options only a web map uses (``--view``, ``--all-views`` and ``--title`` are the
    images' too)."""
    pages = parser.add_argument_group(cli_tr(QT_TRANSLATE_NOOP("cli", "web maps (.html)")))
    pages.add_argument(
        "--personal-data",
        action="store_true",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "put contact persons, e-mail addresses, phone numbers and notes in the web "
                "map (left out unless asked for)",
            )
        ),
    )


def is_web_map(path: Path) -> bool:
    """Whether ``path`` names a web map (an .html file)."""
    return path.suffix.lower() in SUFFIXES


def run(args: argparse.Namespace) -> int:
    """Write the web map ``args.output`` of the map ``args.map``; return the exit code."""
    language = language_in(sys.argv[1:]) if args.lang is None else args.lang
    from aspdesk.graph.export.web_map import WebMapRequest, web_map_data
    from aspdesk.io.exporting.web_page import write_web_page

    try:
        with image.graph_of(args.map, language) as panel:
            pages = image.view_pages(panel, args)
            if isinstance(pages, str):
                return image.fail(pages)
            canvas = panel.canvas
            title = canvas.document.map_name() if args.title is None else args.title
            request = WebMapRequest(title, pages, personal=args.personal_data)
            data = web_map_data(canvas, request, translate)
            write_web_page(args.output, data)
    except StoreError as error:
        return image.fail(error.text(translate))
    except DataFileError as error:
        return image.fail(error.text(translate))
    steps = data["steps"]
    assert isinstance(steps, list)
    done = cli_tr(
        QT_TRANSLATE_NOOP("cli", "Wrote the web map {path}: {actors} actors, {steps} step(s)")
    )
    cards = data["cards"]
    assert isinstance(cards, dict)
    actors = sum(1 for key in cards if key.startswith("a"))
    print(done.format(path=args.output, actors=actors, steps=len(steps)))
    return 0
