"""Command-line arguments: the window's options and the headless subcommands.

``aspdesk [--lang fi|en] [--sample] [PATH]`` opens a window; ``aspdesk COMMAND ...`` runs
a command without one. Commands are registered in :data:`SUBCOMMANDS` so that later ones
(export, import, report) sit beside ``sample``.

A command's modules are imported when it runs (or its help is asked for), not with this
module: ``aspdesk --version`` and the window's ``--help`` would otherwise pay for the
exporters, SQLAlchemy and Qt before printing a line.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from aspdesk import __version__
from aspdesk.cli.before_qt import load_before_qt, load_pyqtgraph, load_qt
from aspdesk.cli.text import cli_tr, language_in, map_location, translate, use_language
from aspdesk.domain.languages import LANGUAGES, SOURCE_LANGUAGE
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.file_kinds import MAP_SUFFIX


@record
class Subcommand:
    """A headless command: how to describe its arguments and how to run it."""

    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _configure_sample(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the new map file (ending in {suffix})")).format(
            suffix=MAP_SUFFIX
        ),
    )


def _run_sample(args: argparse.Namespace) -> int:
    from aspdesk.store.errors import StoreError
    from aspdesk.store.sample import write_sample

    path: Path = args.path
    if path.suffix != MAP_SUFFIX:
        path = path.with_name(path.name + MAP_SUFFIX)
    try:
        write_sample(path)
    except StoreError as error:  # a full disk, no permission: the map is not left half-made
        print(f"aspdesk sample: {error.text(translate)}", file=sys.stderr)
        return 1
    print(cli_tr(QT_TRANSLATE_NOOP("cli", "Wrote the sample map to {path}")).format(path=path))
    return 0


def _configure_export(parser: argparse.ArgumentParser) -> None:
    from aspdesk.cli import film, image, web_map

    parser.add_argument("map", type=map_location, metavar="MAP", help=cli_tr(MAP_HELP))
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "the file to write; its extension chooses the format: .xlsx, .csv (or a "
                "folder, or .zip) with one table per sheet, .graphml, .gexf, .json for "
                "a full backup, an image of the graph: .png, .svg or .pdf, a web map "
                "that works offline in any browser: .html, or a film of the network's "
                "growth: .mp4, .gif or .webp",
            )
        ),
    )
    parser.add_argument(
        "--with-history",
        action="store_true",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "a .json backup carries the map's history too: every change, when and by "
                "whom (restored with the backup into an empty map)",
            )
        ),
    )
    image.add_arguments(parser)
    web_map.add_arguments(parser)
    film.add_arguments(parser)


def _run_export(args: argparse.Namespace) -> int:
    from aspdesk.cli import film, image, web_map

    if args.with_history and args.output.suffix.lower() != ".json":
        text = QT_TRANSLATE_NOOP("cli", "--with-history is for a .json backup only.")
        print(f"aspdesk export: {cli_tr(text)}", file=sys.stderr)
        return 2

    if film.is_film(args.output):
        return film.run(args)
    if image.is_image(args.output):
        return image.run(args)
    if web_map.is_web_map(args.output):
        return web_map.run(args)
    from aspdesk.app.exchange import snapshot_of
    from aspdesk.app.paths import AppPaths
    from aspdesk.io.errors import DataFileError
    from aspdesk.io.exporting.formats import export_format, export_snapshot
    from aspdesk.store.errors import StoreError
    from aspdesk.store.team.opening import open_for_reading

    language = language_in(sys.argv[1:]) if args.lang is None else args.lang
    try:
        export_format(args.output)
        paths = AppPaths.for_user()
        store = open_for_reading(args.map, paths.backup_dir, paths.checked_maps())
    except StoreError as error:
        print(f"aspdesk export: {error.text(translate)}", file=sys.stderr)
        return 1
    except DataFileError as error:
        print(f"aspdesk export: {_data_error(error)}", file=sys.stderr)
        return 1
    try:
        snapshot = snapshot_of(store, history=args.with_history)
        export_snapshot(snapshot, args.output, language=language, translate=translate)
    except DataFileError as error:
        print(f"aspdesk export: {_data_error(error)}", file=sys.stderr)
        return 1
    finally:
        store.close()
    from aspdesk.io.exporting.formats import csv_target

    written = csv_target(args.output) if export_format(args.output) == "csv" else args.output
    done = cli_tr(
        QT_TRANSLATE_NOOP(
            "cli", "Wrote {path}: actors {actors}, relationships {ties}, projects {projects}"
        )
    )
    print(
        done.format(
            actors=len(snapshot.actors),
            ties=len(snapshot.relationships),
            projects=len(snapshot.projects),
            path=written,
        )
    )
    return 0


def _configure_import(parser: argparse.ArgumentParser) -> None:
    from aspdesk.cli import importing

    importing.configure(parser)


def _run_import(args: argparse.Namespace) -> int:
    from aspdesk.cli import importing

    return importing.run(args)


def _configure_report(parser: argparse.ArgumentParser) -> None:
    from aspdesk.cli import report

    report.configure(parser)


def _run_report(args: argparse.Namespace) -> int:
    from aspdesk.cli import report

    return report.run(args)


def _configure_survey(parser: argparse.ArgumentParser) -> None:
    from aspdesk.cli import survey

    survey.configure(parser)


def _run_survey(args: argparse.Namespace) -> int:
    from aspdesk.cli import survey

    return survey.run(args)


def _configure_desktop(parser: argparse.ArgumentParser) -> None:
    """No options: the folder is the XDG one of the user running the command."""


def _run_install_desktop(args: argparse.Namespace) -> int:
    from aspdesk.cli import desktop

    return desktop.run_install(args)


def _run_uninstall_desktop(args: argparse.Namespace) -> int:
    from aspdesk.cli import desktop

    return desktop.run_uninstall(args)


def _configure_server(parser: argparse.ArgumentParser) -> None:
    from aspdesk.cli import server

    server.configure(parser)


def _run_server(args: argparse.Namespace) -> int:
    from aspdesk.cli import server

    return server.run(args)


def _configure_offline(parser: argparse.ArgumentParser) -> None:
    from aspdesk.cli import offline

    offline.configure(parser)


def _run_offline(args: argparse.Namespace) -> int:
    from aspdesk.cli import offline

    return offline.run(args)


def _data_error(error: Exception) -> str:
    text = getattr(error, "text", None)
    return str(text(translate)) if callable(text) else str(error)


MAP_HELP = QT_TRANSLATE_NOOP("cli", "the map file (.aspmap)")


SUBCOMMANDS: dict[str, Subcommand] = {
    "sample": Subcommand(
        QT_TRANSLATE_NOOP(
            "cli",
            "write the sample map Arctic Smartness Portfolio 2015 to PATH without opening a window",
        ),
        _configure_sample,
        _run_sample,
    ),
    "import": Subcommand(
        QT_TRANSLATE_NOOP(
            "cli",
            "bring a spreadsheet, GraphML, GEXF or JSON file into the map MAP, merging "
            "with what it holds",
        ),
        _configure_import,
        _run_import,
    ),
    "report": Subcommand(
        QT_TRANSLATE_NOOP(
            "cli",
            "write a report of the map MAP: the graph, each cluster's health, the actors' "
            "place in the network and the memberships, as PDF or HTML",
        ),
        _configure_report,
        _run_report,
    ),
    "survey": Subcommand(
        QT_TRANSLATE_NOOP(
            "cli",
            "ask the members of a cluster of the map MAP to check their ties: 'create' "
            "writes a questionnaire workbook for each, 'collect' brings the answers in",
        ),
        _configure_survey,
        _run_survey,
    ),
    "export": Subcommand(
        QT_TRANSLATE_NOOP(
            "cli",
            "write the map MAP to a spreadsheet, GraphML, GEXF or JSON file, draw its "
            "graph as a PNG, SVG or PDF image, make a web map of it (.html), or film its "
            "growth (.mp4, .gif, .webp)",
        ),
        _configure_export,
        _run_export,
    ),
    "server": Subcommand(
        QT_TRANSLATE_NOOP(
            "cli",
            "for a server admin: set up a team map on PostgreSQL ('init': roles, grants "
            "and tables) or bring it up to date ('upgrade')",
        ),
        _configure_server,
        _run_server,
    ),
    "offline": Subcommand(
        QT_TRANSLATE_NOOP(
            "cli",
            "take the team map ADDRESS offline: write a map file COPY that remembers it, "
            "to edit without the server and send the changes back later",
        ),
        _configure_offline,
        _run_offline,
    ),
    "install-desktop": Subcommand(
        QT_TRANSLATE_NOOP(
            "cli",
            "add aspdesk to the applications menu of this Linux user, with its icon, and "
            "have .aspmap files open in it",
        ),
        _configure_desktop,
        _run_install_desktop,
    ),
    "uninstall-desktop": Subcommand(
        QT_TRANSLATE_NOOP(
            "cli", "remove what install-desktop added (your maps stay where they are)"
        ),
        _configure_desktop,
        _run_uninstall_desktop,
    ),
}


LANG_HELP = QT_TRANSLATE_NOOP("cli", "language of the window and messages (default: the system's)")


def subcommand_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``aspdesk COMMAND ...``; given ``command``, only that command's
    arguments are described in full (the others are listed with their help, as always).

    Describing a command's arguments imports its modules (the report's pulls in the
    analysis and numpy), which ``aspdesk import`` of a big file paid for on every run.
    """
    parser = argparse.ArgumentParser(prog="aspdesk")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, subcommand in SUBCOMMANDS.items():
        text = cli_tr(subcommand.help)
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("--lang", choices=LANGUAGES, help=cli_tr(LANG_HELP))
        if command is None or name == command:
            subcommand.configure(sub)
    return parser


def window_parser() -> argparse.ArgumentParser:
    """The parser of ``aspdesk [options] [PATH]`` (opening a window)."""
    commands = "\n".join(
        f"  aspdesk {name} ...  {cli_tr(s.help)}" for name, s in SUBCOMMANDS.items()
    )
    epilog = cli_tr(
        QT_TRANSLATE_NOOP(
            "cli",
            "commands without a window:\n{commands}\n\n"
            "Run 'aspdesk COMMAND --help' for a command's options.",
        )
    )
    description = QT_TRANSLATE_NOOP(
        "cli",
        "Map the actors, clusters, roles and relationships of a regional business-cluster network.",
    )
    parser = argparse.ArgumentParser(
        prog="aspdesk",
        description=cli_tr(description),
        epilog=epilog.format(commands=commands),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    path_help = QT_TRANSLATE_NOOP(
        "cli",
        "the map to open (asks to create it if it does not exist); without PATH, "
        "the last map opened, or the sample map on first start",
    )
    team_help = QT_TRANSLATE_NOOP(
        "cli",
        "; or a team map on a PostgreSQL server: postgresql://user@server/database or service=name",
    )
    parser.add_argument(
        "path", nargs="?", metavar="PATH", help=cli_tr(path_help) + cli_tr(team_help)
    )
    sample_help = QT_TRANSLATE_NOOP("cli", "open a fresh copy of the sample map")
    parser.add_argument("--sample", action="store_true", help=cli_tr(sample_help))
    parser.add_argument("--lang", choices=LANGUAGES, help=cli_tr(LANG_HELP))
    parser.add_argument("--version", action="version", version=f"aspdesk {__version__}")
    return parser


def draws_a_graph(arguments: Sequence[str]) -> bool:
    """Whether ``arguments`` open a window or draw a map's graph (an image, a film, a
    report), rather than ask for help or the version or run a command without a graph."""
    if any(argument in ("-h", "--help", "--version") for argument in arguments):
        return False
    command = arguments[0] if arguments and arguments[0] in SUBCOMMANDS else None
    if command == "export":
        from aspdesk.cli import film, image, web_map

        output = Path(_output_of(arguments))
        return image.is_image(output) or film.is_film(output) or web_map.is_web_map(output)
    return command in (None, "report")  # None: the window


def film_wanted(arguments: Sequence[str]) -> bool:
    """Whether ``arguments`` export a film (of the network's growth)."""
    if arguments[:1] != ["export"]:
        return False
    from aspdesk.cli import film

    return film.is_film(Path(_output_of(arguments)))


def imports_translated(arguments: Sequence[str]) -> bool:
    """Whether ``arguments`` import a file in a language other than English: its
    translations load Qt, and an import loads the store and numpy anyway."""
    if arguments[:1] != ["import"] or any(a in ("-h", "--help") for a in arguments):
        return False
    return language_in(arguments) != "en"


def _output_of(arguments: Sequence[str]) -> str:
    """The ``-o``/``--output`` argument among ``arguments`` ("" when there is none)."""
    for index, argument in enumerate(arguments):
        if argument in ("-o", "--output") and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--output="):
            return argument.partition("=")[2]
        if argument.startswith("-o") and not argument.startswith("--"):
            return argument[2:]
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    """Run aspdesk with ``argv`` (default: the process arguments); return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    graph = draws_a_graph(arguments)
    # A start that draws a graph makes a million objects and lets few go: Python's cyclic
    # collector went over them again and again (0.12 s of a start on the sample map, 0.4 s
    # on 10,000 actors; two full passes, 0.1-0.15 s, of a 10,000-actor image's export). It
    # waits until the window is drawn (run_window turns it on then), or the image is
    # written. Not for a film, whose frames are many pictures one after another.
    # The collector is left as it was found: ``python -m aspdesk`` keeps it paused to the
    # end of a one-picture process (see aspdesk.__main__).
    paused = graph and not film_wanted(arguments) and gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _run(arguments, graph)
    finally:
        if paused:
            gc.enable()


def _run(arguments: list[str], graph: bool) -> int:
    if graph or imports_translated(arguments):
        load_before_qt()  # before the translations, which load Qt: see its module
    language = language_in(arguments)
    if graph or language != SOURCE_LANGUAGE:
        load_qt()  # before the modules that come after it: see its module
    if graph:
        load_pyqtgraph()  # before the graph's modules import it: see its module
    use_language(language)
    if arguments and arguments[0] in SUBCOMMANDS:
        args = subcommand_parser(arguments[0]).parse_args(arguments)
        return SUBCOMMANDS[args.command].run(args)
    args = window_parser().parse_args(arguments)
    if args.sample and args.path is not None:
        window_parser().error(
            cli_tr(QT_TRANSLATE_NOOP("cli", "give either PATH or --sample, not both"))
        )
    gc.disable()  # until the window is drawn: see main
    try:
        from aspdesk.store.team.address import is_team_address
        from aspdesk.ui.window.launch import run_window

        # What the imports made (modules, classes, functions) lives as long as the process:
        # the collector need never go over it again (it found 533 unreachable objects of
        # 200,000 here, which stay). Its pass after the start then took under 5 ms instead
        # of 71 (sample map), 32 instead of 125 ms (10,000 actors), and each later one less.
        gc.freeze()
        if args.path is not None and is_team_address(args.path):
            return run_window(None, sample=False, language=args.lang, team=args.path)
        path = None if args.path is None else Path(args.path)
        return run_window(path, sample=args.sample, language=args.lang)
    finally:
        gc.enable()
