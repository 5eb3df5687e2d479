"""``aspdesk report MAP -o FILE.pdf|.html``: the network report, without a window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from aspdesk.cli.image import headless_platform
from aspdesk.cli.text import cli_tr, language_in, map_location, translate
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError
from aspdesk.store.errors import StoreError


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``aspdesk report``."""
    parser.add_argument(
        "map",
        type=map_location,
        metavar="MAP",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the map file (.aspmap)")),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "the report to write: .pdf for pages to print or send, .html for a web page",
            )
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Write the report; 0 when it was written, else 1 with a message."""
    language = language_in(sys.argv[1:]) if args.lang is None else args.lang
    headless_platform(os.environ)
    from PySide6.QtWidgets import QApplication

    from aspdesk.app.document import Document
    from aspdesk.app.paths import AppPaths
    from aspdesk.graph.export.report import write_report
    from aspdesk.graph.panel.panel import GraphPanel
    from aspdesk.store.team.opening import open_for_reading
    from aspdesk.ui.window.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, language)
    try:
        store = open_for_reading(args.map, AppPaths.for_user().backup_dir)
    except StoreError as error:
        print(f"aspdesk report: {error.text(translate)}", file=sys.stderr)
        return 1
    document = Document(store, language)
    try:
        panel = GraphPanel(document)
        write_report(panel.canvas, args.output, translate)
    except DataFileError as error:
        print(f"aspdesk report: {error.text(translate)}", file=sys.stderr)
        return 1
    finally:
        document.close()
        del translators
    done = cli_tr(QT_TRANSLATE_NOOP("cli", "Wrote the report to {path}"))
    print(done.format(path=args.output))
    return 0
