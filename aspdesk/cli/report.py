"""``aspdesk report MAP -o FILE.pdf|.html [--since DATE] [--until DATE]``: the network
report, without a window; its outcomes section covers the period from ``--since`` to
``--until`` (default: the twelve months up to today; a date as 2024-03-01 or 1.3.2024)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from aspdesk.analysis.outcomes import twelve_months_to
from aspdesk.cli.image import headless_panel, headless_platform
from aspdesk.cli.text import cli_tr, language_in, map_location, translate
from aspdesk.domain.dates import parse_date
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
    parser.add_argument(
        "--since",
        metavar="DATE",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "the first day of the period whose outcomes the report gives, as 2024-03-01 "
                "or 1.3.2024 (default: twelve months before --until)",
            )
        ),
    )
    parser.add_argument(
        "--until",
        metavar="DATE",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the last day of the period (default: today)")),
    )


NOT_A_DATE = QT_TRANSLATE_NOOP(
    "cli", "{option}: “{text}” is not a date; write it as 2024-03-01 or 1.3.2024."
)
BACKWARDS = QT_TRANSLATE_NOOP("cli", "The period would start on {since}, after it ends on {until}.")


def period_of(since: str | None, until: str | None, today: date) -> tuple[date, date]:
    """The period the options give (both days included); ValueError with the message."""
    days: dict[str, date | None] = {}
    for option, text in (("--since", since), ("--until", until)):
        try:
            days[option] = parse_date(text or "")
        except ValueError:
            raise ValueError(cli_tr(NOT_A_DATE).format(option=option, text=text)) from None
    last = days["--until"] or today
    first = days["--since"] or twelve_months_to(last)[0]
    if first > last:
        raise ValueError(cli_tr(BACKWARDS).format(since=first.isoformat(), until=last.isoformat()))
    return first, last


def run(args: argparse.Namespace) -> int:
    """Write the report; 0 when it was written, else 1 with a message."""
    language = language_in(sys.argv[1:]) if args.lang is None else args.lang
    try:
        period = period_of(args.since, args.until, date.today())
    except ValueError as error:
        print(f"aspdesk report: {error}", file=sys.stderr)
        return 1
    headless_platform(os.environ)
    from PySide6.QtWidgets import QApplication

    from aspdesk.app.document import Document
    from aspdesk.app.paths import AppPaths
    from aspdesk.graph.export.report import write_report
    from aspdesk.store.team.opening import open_for_reading
    from aspdesk.ui.window.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, language)
    try:
        paths = AppPaths.for_user()
        store = open_for_reading(args.map, paths.backup_dir, paths.checked_maps())
    except StoreError as error:
        print(f"aspdesk report: {error.text(translate)}", file=sys.stderr)
        return 1
    document = Document(store, language)
    try:
        with headless_panel(document) as panel:
            write_report(panel.canvas, args.output, translate, period=period)
    except DataFileError as error:
        print(f"aspdesk report: {error.text(translate)}", file=sys.stderr)
        return 1
    finally:
        document.close()
        del translators
    done = cli_tr(QT_TRANSLATE_NOOP("cli", "Wrote the report to {path}"))
    print(done.format(path=args.output))
    return 0
