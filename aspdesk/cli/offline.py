"""``aspdesk offline ADDRESS -o COPY``: take a team map offline without opening a window.

The copy is the one File > Take a copy offline… writes (:mod:`aspdesk.store.team.offline`):
a map file that remembers the team map and the change number it was taken at, so that the
window's File > Send changes to the team map… can send what changes in it back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aspdesk.cli.text import cli_tr, translate
from aspdesk.domain.text import QT_TRANSLATE_NOOP

ADDRESS_HELP = QT_TRANSLATE_NOOP(
    "cli", "the team map: postgresql://user@server/database or service=name"
)
OUTPUT_HELP = QT_TRANSLATE_NOOP("cli", "the offline copy to write (.aspmap; must not exist)")


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``aspdesk offline``."""
    parser.add_argument("address", metavar="ADDRESS", help=cli_tr(ADDRESS_HELP))
    parser.add_argument("-o", "--output", required=True, metavar="COPY", help=cli_tr(OUTPUT_HELP))


def run(args: argparse.Namespace) -> int:
    """Write the copy; 0 when written, else 1 (nothing written)."""
    from aspdesk.store.errors import MapExistsError, StoreError
    from aspdesk.store.team.address import TeamAddress
    from aspdesk.store.team.offline import take_offline
    from aspdesk.store.team.opening import open_team_map

    output = Path(args.output)
    try:
        if output.exists():
            raise MapExistsError(path=str(output))
        address, password = TeamAddress.parse(args.address)
        store = open_team_map(address, password)
        try:
            origin = take_offline(store.engine, address, output, store.map_name())
        finally:
            store.close()
    except StoreError as error:
        print(f"aspdesk offline: {error.text(translate)}", file=sys.stderr)
        return 1
    done = cli_tr(
        QT_TRANSLATE_NOOP(
            "cli", "Took {map} offline as {path}, at change {number}: open it in aspdesk to work."
        )
    )
    print(done.format(map=origin.name, path=output, number=origin.base))
    return 0
