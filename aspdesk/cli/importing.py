"""``aspdesk import MAP FILE``: bring a spreadsheet, graph file or backup into a map.

It asks nothing. It prints what was (or, with ``--dry-run``, would be) added, updated and
left alone, every conflict and suggested duplicate, what was read differently from the
file (a business ID in standard form), every row not imported with its reasons, and every
problem with its file, sheet, row and column; the count of errors is the number of rows
not imported. Conflicts keep the map's values unless ``--take-file-values``; rows with
errors stop the import unless ``--skip-errors``, or go in without their bad fields with
``--without-bad-fields``. A CSV file's text encoding is
found from the file and printed, or given with ``--encoding``. MAP is created when it does
not exist (not on a dry run). The import is one transaction: all of it or none.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from aspdesk.cli.text import chosen_language, cli_tr, map_location, translate
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.errors import StoreError

if TYPE_CHECKING:
    from aspdesk.app.import_report import Names
    from aspdesk.io.importing.batch import ImportBatch
    from aspdesk.io.importing.read_ahead import WorkbookAhead
    from aspdesk.io.merging.plan import ImportPlan
    from aspdesk.io.merging.planner import PlanItem
    from aspdesk.io.snapshot import MapSnapshot
    from aspdesk.store.repository import MapStore

PROBLEMS_SHOWN = 200  # a file with thousands of bad rows gets the first ones and a count


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``aspdesk import``."""
    parser.add_argument(
        "map",
        type=map_location,
        metavar="MAP",
        help=cli_tr(
            QT_TRANSLATE_NOOP("cli", "the map file (.aspmap); created if it does not exist")
        ),
    )
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "the file to import: an .xlsx or .csv table of actors, a workbook exported "
                "by aspdesk, a .graphml or .gexf graph, or a .json map backup",
            )
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "show what would happen, and write nothing")),
    )
    parser.add_argument(
        "--take-file-values",
        action="store_true",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "where the file and the map disagree, take the file's value "
                "(default: keep the map's)",
            )
        ),
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "the text encoding of a CSV file, such as utf-8, utf-16, cp1252 or iso-8859-15 "
                "(default: found from the file, and printed)",
            )
        ),
    )
    parser.add_argument(
        "--without-bad-fields",
        action="store_true",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "import a row with errors without its bad fields, which are left empty, and "
                "keep the problems in the row's notes (a row whose name, ID or references "
                "are bad is still not imported)",
            )
        ),
    )
    parser.add_argument(
        "--skip-errors",
        action="store_true",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli", "import the other rows when some rows have errors (default: import nothing)"
            )
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Run ``aspdesk import``; 0 when the import was stored (or would be), else 1."""
    from aspdesk.io.importing.read_ahead import read_ahead

    # A workbook is opened on a thread while the map opens (see read_ahead): started
    # before the store's modules load, which is most of the opening's time.
    ahead = read_ahead(args.file)
    try:
        return _run(args, ahead)
    finally:
        if ahead is not None:
            ahead.close()


def _run(args: argparse.Namespace, ahead: WorkbookAhead | None) -> int:
    from aspdesk.app.paths import AppPaths
    from aspdesk.store.opening import Purpose, create_map, open_map

    if isinstance(args.map, str):
        return _run_on_team_map(args, ahead)
    map_path: Path = args.map
    source: Path = args.file
    backups = AppPaths.for_user().backup_dir
    try:
        if args.dry_run:
            if map_path.exists():
                store = open_map(map_path, backups, purpose=Purpose.READ)
                try:
                    return _import(store, args, ahead)
                finally:
                    store.close()
            with tempfile.TemporaryDirectory() as folder:
                store = create_map(Path(folder) / "dry-run.aspmap")
                try:
                    return _import(store, args, ahead)
                finally:
                    store.close()
        if map_path.exists():
            # The window's own opening: lock first, then recover, check, migrate, back up.
            store = open_map(map_path, backups)
        else:
            if not source.is_file():
                _fail(cli_tr(QT_TRANSLATE_NOOP("cli", "{path} does not exist")).format(path=source))
                return 1
            store = create_map(map_path, name=source.stem)
            if store.read_only is None:
                print(
                    cli_tr(QT_TRANSLATE_NOOP("cli", "Created the map {path}")).format(path=map_path)
                )
        try:
            if store.read_only is not None:
                _fail(
                    cli_tr(
                        QT_TRANSLATE_NOOP(
                            "cli",
                            "{path} is open for editing in aspdesk, or cannot be written here, "
                            "so nothing was imported. Close it there and run the import "
                            "again.",
                        )
                    ).format(path=map_path)
                    + "\n"
                    + store.read_only.text(translate)
                )
                return 1
            for note in store.notes:
                print(note.text(translate), file=sys.stderr)
            return _import(store, args, ahead)
        finally:
            store.close()
    except StoreError as error:
        _fail(error.text(translate))
        return 1


def _run_on_team_map(args: argparse.Namespace, ahead: WorkbookAhead | None) -> int:
    """``aspdesk import ADDRESS FILE``: the same import into a team map, one transaction on
    its server; a viewer (or --dry-run) only reads it."""
    from aspdesk.store.opening import Purpose
    from aspdesk.store.team.address import TeamAddress
    from aspdesk.store.team.opening import open_team_map

    try:
        address, password = TeamAddress.parse(args.map)
        args.map = str(address)  # shown in the preview: never a password given in it
        purpose = Purpose.READ if args.dry_run else Purpose.EDIT
        store = open_team_map(address, password, purpose=purpose)
        try:
            if store.read_only is not None and not args.dry_run:
                _fail(store.read_only.text(translate))
                return 1
            return _import(store, args, ahead)
        finally:
            store.close()
    except StoreError as error:
        _fail(error.text(translate))
        return 1


def _import(store: MapStore, args: argparse.Namespace, ahead: WorkbookAhead | None) -> int:
    """Bring ``args.file`` into ``store`` step by step; the exit status. Closes ``store``."""
    try:
        with _cycles_collected_after():
            return _steps(store, args, ahead)
    finally:
        store.close()


@contextmanager
def _cycles_collected_after() -> Iterator[None]:
    """Run the block with Python's cycle collector paused, and collect as usual after.

    An import makes hundreds of thousands of objects (cells, candidates, plan items, rows),
    almost none of them in reference cycles, which are freed as ever when no longer used;
    the collector traced them (and every imported module's objects) again and again as
    they piled up: 0.3 s of the 2.2 s a 10,000-row actor list took. Cycles the block
    leaves wait for the collector's first run after it (the readers bound a file's size)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _steps(store: MapStore, args: argparse.Namespace, ahead: WorkbookAhead | None) -> int:
    """Read, plan, show and (when ready) store the import; the exit status."""
    try:
        batch = _read_file(store, args, ahead)
        if batch is None:
            return 1
        plan, current = _plan(store, batch, args)
        _print_plan(args, batch, plan, current)
        if not _ready(plan):
            return 1
        return _write(store, args, plan, current)
    except StoreError as error:
        _fail(error.text(translate))
        return 1


def _read_file(
    store: MapStore, args: argparse.Namespace, ahead: WorkbookAhead | None
) -> ImportBatch | None:
    """What the file offers, read with the map's vocabularies; None (and said) if unreadable."""
    from aspdesk.app.import_steps import all_translations
    from aspdesk.domain.vocabulary import Vocabulary
    from aspdesk.io.errors import DataFileError
    from aspdesk.io.importing.formats import read_import

    try:
        return read_import(
            args.file,
            known_codes={v: {t.code for t in store.terms(v)} for v in Vocabulary},
            terms={v: store.terms(v) for v in Vocabulary},
            translations=all_translations(),
            encoding=args.encoding,
            ahead=ahead,
        )
    except DataFileError as error:
        _fail(error.text(translate))
        return None


def _plan(
    store: MapStore, batch: ImportBatch, args: argparse.Namespace
) -> tuple[ImportPlan, MapSnapshot]:
    """What the import would do with the options' decisions, and the map it compared with."""
    from aspdesk.app.exchange import snapshot_of
    from aspdesk.app.import_steps import plan_for
    from aspdesk.io.merging.planner import Decisions

    decisions = Decisions(
        take_file_always=args.take_file_values,
        skip_errors=args.skip_errors,
        without_bad_always=args.without_bad_fields,
        translate=translate,
    )
    current = snapshot_of(store)  # read once: the plan and the preview compare with it
    return plan_for(store, batch, decisions, current), current


def _print_plan(
    args: argparse.Namespace, batch: ImportBatch, plan: ImportPlan, current: MapSnapshot
) -> None:
    """The preview: what goes where, the counts, then every row that has something to say."""
    from aspdesk.app.import_report import Names, count_lines

    names = Names(plan, current)
    print(
        cli_tr(QT_TRANSLATE_NOOP("cli", "{file} into {map}:")).format(
            file=args.file.name, map=getattr(args.map, "name", args.map)
        )
    )
    if batch.table is not None and batch.table.encoding is not None:
        print(f"  {batch.table.encoding.text(translate)}")
    if batch.table is not None and batch.table.ignored_columns:
        # The window lists every column and lets the user choose; here they are named.
        left_out = QT_TRANSLATE_NOOP(
            "cli", "Columns not imported (their headers name no field of an actor): {columns}"
        )
        print(f"  {cli_tr(left_out).format(columns=', '.join(batch.table.ignored_columns))}")
    for line in count_lines(plan, translate):
        print(f"  {line}")
    _print_changes(plan, current, names, take_file_values=args.take_file_values)
    _print_row_notes(batch, plan, names)


def _print_changes(
    plan: ImportPlan, current: MapSnapshot, names: Names, *, take_file_values: bool
) -> None:
    """The rows that change the map: new, updated, in conflict, possibly duplicates."""
    from aspdesk.app.import_report import FieldValues, change_texts, conflict_texts
    from aspdesk.io.merging.planner import Outcome

    values = FieldValues.of(plan, current, chosen_language())

    new = [item for item in plan.items if item.outcome is Outcome.NEW]
    # One line an item: only the lines shown are made (10,000 new actors show 200).
    shown = [_label(item, names) for item in new[:PROBLEMS_SHOWN]]
    _section(QT_TRANSLATE_NOOP("cli", "New:"), shown, more=len(new) - len(shown))
    _section(
        QT_TRANSLATE_NOOP("cli", "Updated (empty fields filled in):"),
        [
            f"{_label(item, names)}: " + "; ".join(change_texts(item, translate, values))
            for item in plan.items
            if item.outcome is Outcome.UPDATED
        ],
    )
    _section(
        QT_TRANSLATE_NOOP(
            "cli", "Conflicts (the map's values are kept; --take-file-values takes the file's):"
        )
        if not take_file_values
        else QT_TRANSLATE_NOOP("cli", "Conflicts (the file's values are taken):"),
        [
            f"{_label(item, names)}: {text}"
            for item in plan.items
            if item.outcome is Outcome.CONFLICT
            for text in conflict_texts(item, translate, values=values)
        ],
    )
    _section(
        QT_TRANSLATE_NOOP("cli", "Possible duplicates (imported as new; check them in the map):"),
        [
            f"{_label(item, names)} ~ "
            + ", ".join(f"“{getattr(s, 'name', '')}”" for s in item.suggestions)
            for item in plan.items
            if item.suggestions
        ],
    )


def _print_row_notes(batch: ImportBatch, plan: ImportPlan, names: Names) -> None:
    """What was read differently, dropped or refused, and the file's problems."""
    from aspdesk.app.import_report import dropped_text, note_texts, reason_text
    from aspdesk.io.merging.planner import Outcome

    _section(
        QT_TRANSLATE_NOOP("cli", "Read differently from the file:"),
        [
            f"{_label(item, names)}: {text}"
            for item in plan.items
            for text in note_texts(item, translate)
        ],
    )
    _section(
        QT_TRANSLATE_NOOP("cli", "Imported without their bad fields:"),
        [
            f"{_label(item, names)}: {dropped_text(item, translate)}"
            for item in plan.items
            if item.dropped
        ],
    )
    _section(
        QT_TRANSLATE_NOOP("cli", "Not imported:"),
        [
            f"{_label(item, names)}: {reason_text(item, translate)}"
            for item in plan.items
            if item.outcome is Outcome.ERROR
        ],
    )
    _section(
        QT_TRANSLATE_NOOP("cli", "Problems:"),
        [problem.line(translate) for problem in batch.problems],
        more=batch.problems.left_out,
    )


def _ready(plan: ImportPlan) -> bool:
    """Whether the plan may be stored; when rows with errors stop it, says so and how to go on.

    The command line asks nothing: the options given beforehand are its answers."""
    if plan.ready:
        return True
    _fail(
        cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Nothing was imported. Rows with errors: {count}. Correct them in the "
                "file, or run again with --skip-errors to import the rest, or with "
                "--without-bad-fields to import them without their bad fields.",
            )
        ).format(count=plan.errors)
    )
    return False


def _write(
    store: MapStore, args: argparse.Namespace, plan: ImportPlan, current: MapSnapshot
) -> int:
    """Store the plan in one transaction (not on a dry run) and say what came of it."""
    from aspdesk.app.import_steps import commit, prepare

    prepared = prepare(plan, current)
    if args.dry_run:
        print(cli_tr(QT_TRANSLATE_NOOP("cli", "Dry run: nothing was written.")))
        return 0
    if prepared.empty:
        print(cli_tr(QT_TRANSLATE_NOOP("cli", "The map already holds everything in the file.")))
        return 0
    # The step's text the window gives an import, in the command's language.
    commit(store, prepared, translate("Importer", "Import {file}").format(file=args.file.name))
    print(
        cli_tr(QT_TRANSLATE_NOOP("cli", "Imported: {added} added, {updated} changed.")).format(
            added=len(prepared.inserts), updated=len(prepared.updates)
        )
    )
    return 0


def _label(item: PlanItem, names: Names) -> str:
    place = item.candidate.place(translate)
    name = names.of(item, translate)
    return f"{place} “{name}”" if place else f"“{name}”"


def _section(title: str, lines: list[str], more: int = 0) -> None:
    """``title`` and the first lines; ``more`` were not even listed (problems past the
    number a reader keeps, new rows past those shown)."""
    if not lines:
        return
    # The count beside the title, so that it can be checked against the counts above.
    print(f"{cli_tr(title).rstrip(':')} ({len(lines) + more}):")
    for line in lines[:PROBLEMS_SHOWN]:
        print(f"  {line}")
    if len(lines) + more > PROBLEMS_SHOWN:
        text = cli_tr(QT_TRANSLATE_NOOP("cli", "… and {count} more"))
        print(f"  {text.format(count=len(lines) + more - PROBLEMS_SHOWN)}")


def _fail(message: str) -> None:
    print(f"aspdesk import: {message}", file=sys.stderr)
