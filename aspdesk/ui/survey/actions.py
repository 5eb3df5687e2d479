"""Map > Survey round…: the survey window of one main window, making rounds and collecting.

A new round writes its questionnaires off the window's thread, then keeps the round in the
map as one undo step. Collecting hands the chosen folder to the window's importer, whose
preview shows the answers before anything is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from aspdesk.domain.survey import SurveyRound
from aspdesk.io.errors import DataFileError, Progress
from aspdesk.ui.survey.dialog import SurveyDialog
from aspdesk.ui.survey.new_round import NewRoundDialog, RoundChoice
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.services import WindowServices

Collect = Callable[[Sequence[Path]], None]
AskRound = Callable[[NewRoundDialog], RoundChoice | None]
AskFolder = Callable[[str, Path], Path | None]


def ask_round(dialog: NewRoundDialog) -> RoundChoice | None:
    """Show ``dialog`` and return the choices (None when cancelled)."""
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_folder(title: str, folder: Path) -> Path | None:
    """A folder the user picks, or None."""
    chosen = QFileDialog.getExistingDirectory(None, title, str(folder))
    return Path(chosen) if chosen else None


class SurveyActions(QObject):
    """The Survey round action and window of one main window.

    ``collect`` starts the import of answer files (the window's importer); ``ask_round`` and
    ``ask_folder`` ask the user, replaced by scripted answers in tests.
    """

    def __init__(
        self,
        services: WindowServices,
        collect: Collect,
        ask_round: AskRound = ask_round,
        ask_folder: AskFolder = ask_folder,
    ) -> None:
        super().__init__(services.owner)
        self.services = services
        self.collect = collect
        self.ask_round = ask_round
        self.ask_folder = ask_folder
        self.dialog: SurveyDialog | None = None
        self.task: BackgroundTask | None = None
        self.action = QAction(self.tr("&Survey round…"), services.owner)
        self.action.setToolTip(
            self.tr("Ask the members of a cluster to check their ties, with a workbook each")
        )
        self.action.triggered.connect(self.open)
        self.attach()

    def attach(self) -> None:
        """Follow the map the window shows now."""
        self.services.document.surveys_changed.connect(self.refresh)
        self.services.document.privacy_changed.connect(self.refresh)
        self.services.document.access_changed.connect(self.refresh)
        self.refresh()

    def open(self) -> SurveyDialog:
        """Show the survey window (made on first use), in front."""
        if self.dialog is None:
            self.dialog = SurveyDialog(self.services.owner)
            self.dialog.new_round_wanted.connect(self.new_round)
            self.dialog.collect_wanted.connect(self.collect_answers)
        self.refresh()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def refresh(self) -> None:
        """Show the rounds as the map holds them now."""
        if self.dialog is None:
            return
        document = self.services.document
        self.dialog.show_rounds(
            document.survey_rounds(),
            document.snapshot().actors,
            document.language,
            personal=not document.hide_personal,
            writable=not document.read_only,
        )

    def new_round(self) -> None:
        """Ask for the cluster, language and folder; write the questionnaires; keep the round."""
        # The survey's reading and writing come when a round is made, not with every window.
        from aspdesk.app.survey import new_round, write_round
        from aspdesk.io.survey.questionnaire import members

        document = self.services.document
        snapshot = document.snapshot()
        clusters = [c for c in snapshot.clusters if c.id is not None]
        if not clusters:
            self.services.dialogs.inform(
                self.tr("Survey round"), self.tr("The map has no clusters to ask.")
            )
            return
        folder = (self.services.settings.last_folder or Path.home()) / self.tr("survey")
        dialog = NewRoundDialog(
            clusters,
            lambda cluster_id: len(members(snapshot, cluster_id)),
            document.language,
            folder,
            lambda start: self.ask_folder(self.tr("Folder of the questionnaires"), start),
            self.dialog or self.services.owner,
        )
        choice = self.ask_round(dialog)
        dialog.deleteLater()
        if choice is None:
            return
        survey_round = new_round(
            snapshot,
            choice.cluster_id,
            choice.language,
            date.today(),
            document.next_round_id(),
        )

        def work(progress: Progress) -> list[Path]:
            return write_round(snapshot, survey_round, choice.folder, progress)

        label = self.tr("Writing the questionnaires…")
        self.task = BackgroundTask(self.services.owner, label, work)
        self.task.finished.connect(lambda written: self._store(survey_round, choice, written))
        self.task.failed.connect(self._on_failed)
        self.task.start()

    def _store(self, survey_round: SurveyRound, choice: RoundChoice, written: list[Path]) -> None:
        from aspdesk.app.survey import AddRound

        document = self.services.document
        text = self.tr("Survey round of {cluster}").format(cluster=survey_round.cluster_name)
        if not document.push(AddRound(document, survey_round, text)):
            return
        self.services.settings.last_folder = choice.folder
        self.services.say(
            self.tr("Wrote {count} questionnaires to {folder}").format(
                count=len(written), folder=choice.folder
            ),
            10000,
        )

    def _on_failed(self, error: object) -> None:
        text = (
            error.text(QCoreApplication.translate)
            if isinstance(error, DataFileError)
            else str(error)
        )
        self.services.dialogs.error(self.tr("The questionnaires were not written"), text)

    def collect_answers(self) -> None:
        """Ask for the folder of the answers and preview them as an import."""
        folder = self.services.settings.last_folder or Path.home()
        chosen = self.ask_folder(self.tr("Folder of the answers"), folder)
        if chosen is not None:
            self.collect([chosen])
