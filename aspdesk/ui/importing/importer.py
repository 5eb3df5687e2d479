"""File > Import…: read a file off the window's thread, preview it, store it as one undo step.

The file is read and the plan made in a :class:`BackgroundTask` (with a progress dialog
and Cancel; a cancelled read changes nothing), then shown in the :class:`ImportDialog`.
The map is read once, on the window's thread, before the work starts; planning again after
a decision in the preview, or after a cell is mended there, reuses that reading (a mended
cell reads only its row again). Only when the user presses Import is
anything written: new actors are placed, and the import is pushed as one command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.errors import DataFileError, Progress
from aspdesk.ui.help.pages import Topic
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.services import WindowServices

if TYPE_CHECKING:
    # The readers, the planner and the preview come when a file is first imported, not
    # with every window: some 40 modules the window's first frame does not need.
    from aspdesk.analysis.layout.placing import Clearance
    from aspdesk.app.importing import PreparedImport
    from aspdesk.io.importing.batch import ImportBatch
    from aspdesk.io.merging.planner import Decisions, ImportPlan
    from aspdesk.io.snapshot import MapSnapshot
    from aspdesk.io.survey.collect import Collected
    from aspdesk.ui.importing.dialog import ImportDialog


class ImportGraph(Protocol):
    """What an import needs of the window's graph: room for new actors, then showing them."""

    def clearance(self, names: Sequence[str]) -> Clearance: ...

    def reveal_when_drawn(self, refs: Sequence[Ref]) -> None: ...


class Importer(QObject):
    """The import action of one main window and the import under way, if any."""

    def __init__(
        self,
        services: WindowServices,
        graph: Callable[[], ImportGraph],
        watch_help: Callable[[QWidget, Topic], None],
    ) -> None:
        super().__init__(services.owner)
        self.services = services
        self.graph = graph  # the graph of the map on show
        self.watch_help = watch_help
        self.action = QAction(self.tr("&Import…"), services.owner)
        self.action.setShortcut(QKeySequence("Ctrl+I"))
        self.action.triggered.connect(self.import_file)
        self.task: BackgroundTask | None = None
        self.dialog: ImportDialog | None = None
        self.path: Path | None = None
        self.columns: Mapping[str, str] | None = None  # as the user chose them, if they did
        self.encoding: str | None = None  # of a CSV file, as the user chose it, if they did
        self.batch: ImportBatch | None = None
        self.current: MapSnapshot | None = None
        self.next_ids: dict[EntityType, int] = {}
        # Survey answers being collected: the map's rounds and what the answers offer.
        self.rounds: list[SurveyRound] = []
        self.collected: Collected | None = None

    def import_file(self) -> None:
        """Ask for a file and start importing it."""
        folder = self.services.settings.last_folder
        path = self.services.dialogs.import_path(folder)
        if path is not None:
            self.columns, self.encoding = None, None
            self.start(path)

    def start(
        self, path: Path, columns: Mapping[str, str] | None = None, encoding: str | None = None
    ) -> None:
        """Read ``path`` (with ``columns`` for a table and ``encoding`` for a CSV file, if
        chosen) and show the preview."""
        from aspdesk.app.importing import all_translations
        from aspdesk.io.importing.formats import QuestionnaireFile, read_import
        from aspdesk.io.merging.planner import Decisions, plan_import

        document = self.services.document
        self.path = path
        self.current = document.snapshot()
        self.next_ids = document.next_ids()
        known = document.codes()
        terms = {v: list(document.terms(v)) for v in Vocabulary}
        remembered = self.services.settings.import_columns
        current = self.current
        next_ids = dict(self.next_ids)
        translations = all_translations()

        rounds = document.survey_rounds()
        self.rounds, self.collected = rounds, None

        def work(progress: Progress) -> tuple[ImportBatch, ImportPlan, Collected | None]:
            chosen = columns
            try:
                batch = read_import(
                    path,
                    known_codes=known,
                    terms=terms,
                    translations=translations,
                    columns=chosen,
                    progress=progress,
                    encoding=encoding,
                )
            except QuestionnaireFile:
                return self._collect([path], current, next_ids, rounds, progress)
            if chosen is None and batch.table is not None and remembered:
                table = batch.table
                mapping = {h: remembered.get(h, table.columns.get(h, "")) for h in table.headers}
                if mapping != {h: table.columns.get(h, "") for h in table.headers}:
                    batch = read_import(
                        path,
                        known_codes=known,
                        terms=terms,
                        columns=mapping,
                        progress=progress,
                        encoding=encoding,
                    )
            decisions = Decisions(translate=QCoreApplication.translate)
            return batch, plan_import(batch, current, next_ids, decisions), None

        label = self.tr("Reading {file}…").format(file=path.name)
        self.task = BackgroundTask(self.services.owner, label, work, only_reads=True)
        self.task.finished.connect(lambda result: self._on_read(result, columns is None))
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.start()

    def collect_answers(self, paths: Sequence[Path]) -> None:
        """Read the survey answers in ``paths`` (workbooks or folders) and show the preview."""
        # Loaded here, on the window's thread, rather than by _collect on the worker's.
        from aspdesk.app.survey import answer_files, collect_files  # noqa: F401
        from aspdesk.io.merging.planner import plan_import  # noqa: F401

        document = self.services.document
        files = answer_files(paths)
        if not files:
            return
        self.path = Path(paths[0])
        self.columns, self.encoding = None, None
        self.current = current = document.snapshot()
        self.next_ids = next_ids = document.next_ids()
        rounds = document.survey_rounds()
        self.rounds, self.collected = rounds, None

        def work(progress: Progress) -> tuple[ImportBatch, ImportPlan, Collected | None]:
            return self._collect(files, current, next_ids, rounds, progress)

        label = self.tr("Reading the answers in {file}…").format(file=self.path.name)
        self.task = BackgroundTask(self.services.owner, label, work, only_reads=True)
        self.task.finished.connect(lambda result: self._on_read(result, False))
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.start()

    def _collect(
        self,
        files: Sequence[Path],
        current: MapSnapshot,
        next_ids: Mapping[EntityType, int],
        rounds: Sequence[SurveyRound],
        progress: Progress,
    ) -> tuple[ImportBatch, ImportPlan, Collected | None]:
        """Survey answers as an import (off the window's thread)."""
        from aspdesk.app.survey import collect_files
        from aspdesk.io.merging.planner import plan_import

        collected = collect_files(
            files,
            current,
            rounds,
            date.today(),
            translate=QCoreApplication.translate,
            language=self.services.document.language,
            name=", ".join(p.name for p in files),
            progress=progress,
        )
        decisions = replace(collected.decisions, translate=QCoreApplication.translate)
        return (
            collected.batch,
            plan_import(collected.batch, current, next_ids, decisions),
            collected,
        )

    def _on_read(
        self, result: tuple[ImportBatch, ImportPlan, Collected | None], first: bool
    ) -> None:
        batch, plan, self.collected = result
        assert self.current is not None
        self.batch = batch
        if self.dialog is None:
            from aspdesk.ui.importing.dialog import ImportDialog

            self.dialog = ImportDialog(
                self.services.owner,
                self._replan,
                self._mend,
                language=self.services.document.language,
            )
            self.dialog.columns_chosen.connect(self._on_columns_chosen)
            self.dialog.encoding_chosen.connect(self._on_encoding_chosen)
            self.dialog.template_wanted.connect(self._save_template)
            self.dialog.finished.connect(self._on_dialog_finished)
            self.watch_help(self.dialog, Topic.IMPORTING)
            self.dialog.show_batch(batch, plan, self.current, columns_first=first)
            self.dialog.open()
        else:
            self.dialog.show_batch(batch, plan, self.current, columns_first=False)

    def _replan(self, decisions: Decisions) -> tuple[ImportPlan, MapSnapshot]:
        from aspdesk.io.merging.planner import plan_import

        assert self.batch is not None and self.current is not None
        return plan_import(self.batch, self.current, self.next_ids, decisions), self.current

    def _mend(self, row: int, name: str, text: str) -> tuple[ImportPlan, MapSnapshot] | None:
        """Read ``row`` of the table again with its ``name`` cell as ``text``, and plan again
        with the choices made so far; None when the row cannot be mended."""
        from aspdesk.io.importing.batch import from_table
        from aspdesk.io.importing.spreadsheet_import import mend_cell
        from aspdesk.io.merging.planner import Decisions

        batch = self.batch
        if batch is None or batch.table is None:
            return None
        try:
            table = mend_cell(batch.table, row, name, text)
        except KeyError:
            return None
        self.batch = from_table(table)
        plan = self.dialog.plan if self.dialog is not None else None
        decisions = plan.decisions if plan is not None else Decisions()
        return self._replan(replace(decisions, translate=QCoreApplication.translate))

    def _on_columns_chosen(self, mapping: dict[str, str]) -> None:
        self.services.settings.remember_import_columns(mapping)
        assert self.path is not None
        self.columns = mapping
        self.start(self.path, mapping, self.encoding)

    def _on_encoding_chosen(self, encoding: str) -> None:
        assert self.path is not None
        self.encoding = encoding
        self.start(self.path, self.columns, encoding)

    def _on_failed(self, error: object) -> None:
        if isinstance(error, DataFileError):
            text = error.text(QCoreApplication.translate)
        else:
            text = str(error)
        self.services.dialogs.error(self.tr("The file was not imported"), text)
        if self.dialog is not None and self.batch is not None and self.batch.table is not None:
            # The preview still shows the file as it was read before: so does the list.
            self.dialog.encoding.show_encoding(self.batch.table.encoding)

    def _on_cancelled(self) -> None:
        self.services.say(self.tr("Import cancelled; the map was not changed."))

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        plan = dialog.plan
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or plan is None or not plan.ready:
            self._on_cancelled()
            return
        self.commit(plan)

    def commit(self, plan: ImportPlan) -> None:
        """Place the new actors off the window's thread, then store ``plan`` as one step.

        Placing 10,000 actors takes a second or two; Cancel meanwhile stores nothing.
        """
        from aspdesk.app.importing import prepare
        from aspdesk.app.survey import with_rounds

        current = self.current
        assert current is not None
        # measured here, on the window's thread: what the graph shows and where
        names = [e.name for e in plan.inserts if isinstance(e, Actor)]
        clearance = self.graph().clearance(names)

        collected, rounds = self.collected, self.rounds

        def work(progress: Progress) -> PreparedImport:
            progress(0, 0)
            prepared = prepare(plan, current, clearance)
            if collected is not None:  # survey answers: their rounds record them
                prepared = with_rounds(prepared, plan, collected, rounds)
            progress(1, 1)  # a Cancel pressed while placing stops here, before any write
            return prepared

        self.task = BackgroundTask(
            self.services.owner, self.tr("Placing the new actors…"), work, only_reads=True
        )
        self.task.finished.connect(self._store)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.start()

    def _store(self, prepared: PreparedImport) -> None:
        from aspdesk.app.importing import ImportData

        document = self.services.document
        assert self.path is not None
        if prepared.empty:
            self.services.say(
                self.tr("The map already holds everything in {file}.").format(file=self.path.name)
            )
            return
        text = self.tr("Import {file}").format(file=self.path.name)
        if not document.push(ImportData(document, prepared, text)):
            return
        self.services.settings.last_folder = self.path.parent
        added = [Ref(e.entity_type, e.id) for e in prepared.inserts if e.id is not None]
        actors = [r for r in added if r.type is EntityType.ACTOR]
        if actors:
            document.selection.select(actors)
            self.graph().reveal_when_drawn(actors)  # the view follows what came in
        self.services.say(
            self.tr("Imported {file}: {added} added, {changed} changed.").format(
                file=self.path.name, added=len(prepared.inserts), changed=len(prepared.updates)
            ),
            10000,
        )

    def _save_template(self) -> None:
        from aspdesk.io.importing.template import write_template

        document = self.services.document
        folder = self.services.settings.last_folder or Path.home()
        suggested = folder / (self.tr("actors-template") + ".xlsx")
        path = self.services.dialogs.template_path(suggested)
        if path is None:
            return
        try:
            write_template(
                path,
                kinds=document.terms(Vocabulary.ACTOR_KIND),
                size_classes=document.terms(Vocabulary.SIZE_CLASS),
                language=document.language,
                translate=QCoreApplication.translate,
            )
        except DataFileError as error:
            self.services.dialogs.error(
                self.tr("The template was not saved"), error.text(QCoreApplication.translate)
            )
            return
        self.services.say(self.tr("Saved the template {path}").format(path=path))
