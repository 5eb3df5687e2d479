"""``aspdesk server init|upgrade ADDRESS``: a server admin sets up or upgrades a team map.

The address is libpq's (``postgresql://admin@server/database``, ``service=name``); the
password comes as libpq finds it (``~/.pgpass``, ``PGPASSWORD``), never from the command
line, where other users of the computer could read it.
"""

from __future__ import annotations

import argparse
import sys

from aspdesk.cli.text import cli_tr, translate
from aspdesk.domain.languages import LANGUAGES
from aspdesk.domain.text import QT_TRANSLATE_NOOP

LANG_HELP = QT_TRANSLATE_NOOP("cli", "language of the window and messages (default: the system's)")
ADDRESS_HELP = QT_TRANSLATE_NOOP(
    "cli",
    "the database, as libpq takes it: postgresql://user@server/database or service=name "
    "(a password from ~/.pgpass or PGPASSWORD)",
)


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``aspdesk server``."""
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser(
        "init",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "as a superuser: make the roles aspdesk_owner, aspdesk_editor and "
                "aspdesk_viewer with their grants, and the map's tables (run again: "
                "nothing changes)",
            )
        ),
    )
    init.add_argument("address", metavar="ADDRESS", help=cli_tr(ADDRESS_HELP))
    init.add_argument(
        "--name",
        default="",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the name of a new map (shown in the title bar)")),
    )
    upgrade = actions.add_parser(
        "upgrade",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "as a member of aspdesk_owner: bring the map's tables up to date for "
                "this version of aspdesk",
            )
        ),
    )
    upgrade.add_argument("address", metavar="ADDRESS", help=cli_tr(ADDRESS_HELP))
    copy = actions.add_parser(
        "copy",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "copy the map file MAP, its history included, into the empty team map at "
                "ADDRESS (made with init); a database holding a map is refused",
            )
        ),
    )
    copy.add_argument(
        "map", metavar="MAP", help=cli_tr(QT_TRANSLATE_NOOP("cli", "the map file (.aspmap)"))
    )
    copy.add_argument("address", metavar="ADDRESS", help=cli_tr(ADDRESS_HELP))
    for action in (init, upgrade, copy):
        # Also after the action (``aspdesk server init ADDRESS --lang fi``); SUPPRESS keeps
        # a --lang given before it.
        action.add_argument(
            "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=cli_tr(LANG_HELP)
        )


def run(args: argparse.Namespace) -> int:
    """Set up or upgrade the map; 0 when done (or nothing was needed), else 1."""
    from aspdesk.store.errors import StoreError
    from aspdesk.store.team.address import TeamAddress
    from aspdesk.store.team.server import init_server, upgrade_server

    name = f"aspdesk server {args.action}"
    if args.action == "copy":
        return _copy(args, name)
    try:
        address, password = TeamAddress.parse(args.address)
        if args.action == "init":
            report = init_server(address, password, name=args.name)
        else:
            report = upgrade_server(address, password)
    except StoreError as error:
        print(f"{name}: {error.text(translate)}", file=sys.stderr)
        return 1
    shown = address.url()
    if not report.changed:
        print(
            cli_tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The team map {address} is already set up (schema {revision}, roles "
                    "and grants in place): nothing was changed.",
                )
            ).format(address=shown, revision=report.revision_after)
        )
        return 0
    lines = []
    if report.roles_made:
        lines.append(
            cli_tr(QT_TRANSLATE_NOOP("cli", "Made the roles: {roles}")).format(
                roles=", ".join(report.roles_made)
            )
        )
    if report.schema_made:
        lines.append(cli_tr(QT_TRANSLATE_NOOP("cli", "Made the schema aspdesk")))
    if report.revision_before != report.revision_after:
        if report.revision_before:
            text = QT_TRANSLATE_NOOP("cli", "Brought the map from schema {old} to {new}")
        else:
            text = QT_TRANSLATE_NOOP("cli", "Made the map's tables (schema {new})")
        lines.append(cli_tr(text).format(old=report.revision_before, new=report.revision_after))
    if report.map_made:
        lines.append(cli_tr(QT_TRANSLATE_NOOP("cli", "Gave the new map its id")))
    if report.terms_added:
        lines.append(
            cli_tr(QT_TRANSLATE_NOOP("cli", "Added {count} built-in terms")).format(
                count=report.terms_added
            )
        )
    if report.history_guarded:
        lines.append(
            cli_tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The change log is now the server's: its time and database user on "
                    "every change, and editors can no longer change or delete it",
                )
            )
        )
    done = cli_tr(QT_TRANSLATE_NOOP("cli", "The team map {address} is ready:"))
    print(done.format(address=shown))
    for line in lines:
        print(f"  {line}")
    return 0


def _copy(args: argparse.Namespace, name: str) -> int:
    """``aspdesk server copy MAP ADDRESS``: 0 when copied, else 1 (nothing written)."""
    from pathlib import Path

    from aspdesk.app.paths import AppPaths
    from aspdesk.store.errors import StoreError
    from aspdesk.store.opening import Purpose, open_map
    from aspdesk.store.team.address import TeamAddress
    from aspdesk.store.team.to_server import copy_to_server

    try:
        address, password = TeamAddress.parse(args.address)
        store = open_map(Path(args.map), AppPaths.for_user().backup_dir, purpose=Purpose.READ)
        try:
            rows = copy_to_server(store.engine, address, password)
        finally:
            store.close()
    except StoreError as error:
        print(f"{name}: {error.text(translate)}", file=sys.stderr)
        return 1
    done = cli_tr(QT_TRANSLATE_NOOP("cli", "Copied {map} to the team map {address}: {rows} rows."))
    print(done.format(map=args.map, address=address.url(), rows=rows))
    return 0
