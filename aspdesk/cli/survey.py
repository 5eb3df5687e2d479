"""``aspdesk survey MAP create|collect``: send a cluster's members questionnaires, and
bring their answers into the map (a map file, or a team map's address, opened as
``aspdesk import`` and ``export`` open it: a password from ``.pgpass`` or the address).

``create --cluster NAME -o FOLDER [--lang fi|en|sv]`` writes one workbook per member actor
of the cluster into FOLDER and keeps the round in the map. ``collect FOLDER`` reads the
answers in FOLDER (or the workbooks named), prints what they would change as the import
does, and stores it in one transaction, the round recording who answered. The answers'
values win over the map's (they come from the organisations themselves); ties the two ends
disagree on are listed and stop the collection unless ``--skip-errors``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from aspdesk.cli.text import cli_tr, map_location, translate
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.errors import StoreError

if TYPE_CHECKING:
    from aspdesk.store.repository import MapStore


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``aspdesk survey``."""
    parser.add_argument(
        "map",
        type=map_location,
        metavar="MAP",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the map file")),
    )
    steps = parser.add_subparsers(dest="step", required=True, metavar="STEP")
    create = steps.add_parser(
        "create",
        help=cli_tr(
            QT_TRANSLATE_NOOP("cli", "write a questionnaire workbook for each member of a cluster")
        ),
    )
    create.add_argument(
        "--cluster",
        required=True,
        metavar="NAME",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the cluster whose members are asked")),
    )
    create.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FOLDER",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the folder to write the workbooks in")),
    )
    create.add_argument(
        "--lang",
        dest="workbook_language",
        choices=("fi", "en", "sv"),
        default="fi",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "language of the workbooks (default: fi)",
            )
        ),
    )
    collect = steps.add_parser(
        "collect",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "bring the returned answers into the map")),
    )
    collect.add_argument(
        "answers",
        type=Path,
        nargs="+",
        metavar="FOLDER",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "the folder of answers (or answer workbooks)")),
    )
    collect.add_argument(
        "--dry-run",
        action="store_true",
        help=cli_tr(QT_TRANSLATE_NOOP("cli", "show what would change, write nothing")),
    )
    collect.add_argument(
        "--skip-errors",
        action="store_true",
        help=cli_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "store the other answers when some rows have errors or disagree "
                "(default: store nothing)",
            )
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Run ``aspdesk survey``; 0 when the round was made or the answers stored."""
    from aspdesk.app.paths import AppPaths
    from aspdesk.store.opening import Purpose, open_map

    purpose = Purpose.READ if getattr(args, "dry_run", False) else Purpose.EDIT
    try:
        if isinstance(args.map, str):  # a team map's address (see map_location)
            from aspdesk.store.team.address import TeamAddress
            from aspdesk.store.team.opening import open_team_map

            address, password = TeamAddress.parse(args.map)
            store = open_team_map(address, password, purpose=purpose)
        else:
            store = open_map(args.map, AppPaths.for_user().backup_dir, purpose=purpose)
    except StoreError as error:
        _fail(error.text(translate))
        return 1
    try:
        if store.read_only is not None and purpose is not Purpose.READ:
            _fail(store.read_only.text(translate))
            return 1
        return _create(store, args) if args.step == "create" else _collect(store, args)
    except StoreError as error:
        _fail(error.text(translate))
        return 1
    finally:
        store.close()


def _create(store: MapStore, args: argparse.Namespace) -> int:
    from aspdesk.app.exchange import snapshot_of
    from aspdesk.app.survey import new_round, store_round, write_round
    from aspdesk.io.errors import DataFileError
    from aspdesk.io.merging.matching import name_key

    snapshot = snapshot_of(store)
    wanted = name_key(args.cluster)
    cluster = next(
        (c for c in snapshot.clusters if wanted in (name_key(c.name), name_key(c.short_name))),
        None,
    )
    if cluster is None or cluster.id is None:
        known = ", ".join(c.name for c in snapshot.clusters)
        text = QT_TRANSLATE_NOOP("cli", "The map has no cluster “{name}”. Its clusters: {known}")
        _fail(cli_tr(text).format(name=args.cluster, known=known))
        return 1
    survey_round = new_round(
        snapshot, cluster.id, args.workbook_language, date.today(), store.surveys.next_id()
    )
    if not survey_round.asked:
        _fail(
            cli_tr(QT_TRANSLATE_NOOP("cli", "The cluster “{name}” has no members.")).format(
                name=cluster.name
            )
        )
        return 1
    try:
        written = write_round(snapshot, survey_round, args.output)
    except DataFileError as error:
        _fail(error.text(translate))
        return 1
    step = translate("SurveyActions", "Survey round of {cluster}")
    store_round(store, survey_round, step.format(cluster=survey_round.cluster_name))
    done = QT_TRANSLATE_NOOP(
        "cli", "Wrote {count} questionnaires for the members of {cluster} to {folder}"
    )
    print(cli_tr(done).format(count=len(written), cluster=cluster.name, folder=args.output))
    for path in written:
        print(f"  {path.name}")
    return 0


def _collect(store: MapStore, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from aspdesk.app.exchange import snapshot_of
    from aspdesk.app.import_report import Names, count_lines
    from aspdesk.app.import_steps import commit, plan_for, prepare
    from aspdesk.app.survey import answer_files, collect_files, with_rounds
    from aspdesk.cli.importing import _print_changes, _print_row_notes
    from aspdesk.cli.text import language_in

    paths = answer_files(args.answers)
    current = snapshot_of(store)
    rounds = store.surveys.all()
    language = language_in(sys.argv[1:]) if args.lang is None else args.lang
    collected = collect_files(
        paths,
        current,
        rounds,
        date.today(),
        translate=translate,
        language=language,
        name=", ".join(p.name for p in args.answers),
    )
    decisions = replace(collected.decisions, skip_errors=args.skip_errors)
    plan = plan_for(store, collected.batch, decisions)
    names = Names(plan, current)
    answered = sum(len(a) for a in collected.answers.values())
    text = QT_TRANSLATE_NOOP("cli", "Answers read: {count} of {files} files")
    print(cli_tr(text).format(count=answered, files=len(paths)))
    for line in count_lines(plan, translate):
        print(f"  {line}")
    _print_changes(plan, current, names, take_file_values=True)
    _print_row_notes(collected.batch, plan, names)
    if not plan.ready:
        _fail(
            cli_tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Nothing was stored. Rows with errors or disagreements: {count}. Decide "
                    "them in the map, or run again with --skip-errors to store the rest.",
                )
            ).format(count=plan.errors)
        )
        return 1
    prepared = with_rounds(prepare(plan, current), plan, collected, rounds)
    if args.dry_run:
        print(cli_tr(QT_TRANSLATE_NOOP("cli", "Dry run: nothing was written.")))
        return 0
    if prepared.empty:
        print(cli_tr(QT_TRANSLATE_NOOP("cli", "No answers to store.")))
        return 0
    files = ", ".join(p.name for p in args.answers)
    commit(store, prepared, translate("Importer", "Import {file}").format(file=files))
    print(
        cli_tr(QT_TRANSLATE_NOOP("cli", "Stored: {added} added, {updated} changed.")).format(
            added=len(prepared.inserts), updated=len(prepared.updates)
        )
    )
    return 0


def _fail(message: str) -> None:
    print(f"aspdesk survey: {message}", file=sys.stderr)
