"""``python -m aspdesk.packaging build`` makes the bundle; ``icons FOLDER`` only the icons."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aspdesk.packaging.bundle import ROOT, BuildError, build, folder_size
from aspdesk.packaging.icons import write_icons


def main(argv: list[str] | None = None) -> int:
    """Run the packaging command in ``argv``; the exit code."""
    parser = argparse.ArgumentParser(prog="python -m aspdesk.packaging")
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("build", help="build the one-folder bundle and its archive")
    make.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    make.add_argument(
        "--work", type=Path, default=ROOT / "build" / "bundle", help="PyInstaller's own files"
    )
    make.add_argument("--no-archive", action="store_true", help="leave the folder unpacked")
    icons = commands.add_parser("icons", help="write the PNG, ICO and ICNS icons")
    icons.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "icons":
        for path in write_icons(args.folder):
            print(path)
        return 0
    try:
        bundle = build(args.dist, args.work, archive=not args.no_archive)
    except BuildError as error:
        print(f"aspdesk.packaging: {error}", file=sys.stderr)
        return 1
    print(f"{bundle.folder}: {folder_size(bundle.folder) / 1e6:.1f} MB")
    if bundle.archive is not None:
        print(f"{bundle.archive}: {bundle.archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
