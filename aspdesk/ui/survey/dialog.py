"""The survey round window: the rounds of the map, who answered, who has not, what changed.

It only shows; making a round and collecting answers are the actions' (buttons here emit
:attr:`SurveyDialog.new_round_wanted` and :attr:`SurveyDialog.collect_wanted`). E-mail
addresses of the organisations still to answer are shown only while personal data is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import Actor
from aspdesk.domain.survey import Action, SurveyRound, summary


class SurveyDialog(QDialog):
    """The map's survey rounds and the status of the one chosen."""

    new_round_wanted = Signal()
    collect_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Survey rounds"))
        self.rounds: list[SurveyRound] = []
        self.actors: dict[int, Actor] = {}
        self.language = "en"
        self.personal = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Send each member of a cluster a questionnaire workbook to check its ties, "
                "then collect the answers: they are shown in the import preview before "
                "anything changes."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        layout.addWidget(self.choice)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names a cluster
        layout.addWidget(self.status)
        lists = QGridLayout()
        self.answered_label = QLabel(self.tr("Answered"))
        self.waiting_label = QLabel(self.tr("Not answered yet (to remind)"))
        self.answered = QListWidget()
        self.waiting = QListWidget()
        lists.addWidget(self.answered_label, 0, 0)
        lists.addWidget(self.waiting_label, 0, 1)
        lists.addWidget(self.answered, 1, 0)
        lists.addWidget(self.waiting, 1, 1)
        layout.addLayout(lists, 1)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        layout.addWidget(self.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.new_button = QPushButton(self.tr("&New round…"))
        self.collect_button = QPushButton(self.tr("&Collect answers…"))
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.collect_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.new_round_wanted)
        self.collect_button.clicked.connect(self.collect_wanted)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def show_rounds(
        self,
        rounds: Sequence[SurveyRound],
        actors: Sequence[Actor],
        language: str,
        *,
        personal: bool,
        writable: bool = True,
    ) -> None:
        """Show ``rounds`` (the newest chosen) with the map's ``actors``; a map that cannot
        be written offers no new round and no collecting."""
        chosen = self.choice.currentIndex()
        keep = chosen >= 0 and len(rounds) == len(self.rounds)
        self.rounds = list(rounds)
        self.actors = {a.id: a for a in actors if a.id is not None}
        self.language = language
        self.personal = personal
        self.choice.blockSignals(True)
        self.choice.clear()
        for survey_round in self.rounds:
            self.choice.addItem(
                self.tr("{cluster}, sent {date}").format(
                    cluster=survey_round.cluster_name,
                    date=format_date(survey_round.created_on, language),
                )
            )
        self.choice.setCurrentIndex(chosen if keep else len(self.rounds) - 1)
        self.choice.blockSignals(False)
        self.choice.setVisible(bool(self.rounds))
        self.new_button.setEnabled(writable)
        self.collect_button.setEnabled(writable and bool(self.rounds))
        self._on_choice_changed(self.choice.currentIndex())

    def _on_choice_changed(self, index: int) -> None:
        self.answered.clear()
        self.waiting.clear()
        if not 0 <= index < len(self.rounds):
            self.status.setText(self.tr("No survey rounds yet."))
            self.changes.clear()
            return
        survey_round = self.rounds[index]
        self.status.setText(
            self.tr(
                "Asked {asked}, answered {answered}, not answered {waiting}. Answers were "
                "asked for by {due}."
            ).format(
                asked=len(survey_round.asked),
                answered=len(survey_round.answered()),
                waiting=len(survey_round.waiting()),
                due=format_date(survey_round.due, self.language),
            )
        )
        for answer in survey_round.answers:
            name = self._name(answer.actor_id)
            self.answered.addItem(f"{name} ({format_date(answer.answered_on, self.language)})")
        for actor_id in survey_round.waiting():
            actor = self.actors.get(actor_id)
            email = actor.email if actor is not None and self.personal else ""
            name = self._name(actor_id)
            self.waiting.addItem(f"{name} <{email}>" if email else name)
        counts = summary(survey_round)
        self.changes.setText(
            self.tr(
                "What the round changed: confirmed {confirmed}, ended {ended}, changed "
                "{changed}, added {added}."
            ).format(
                confirmed=counts[Action.CONFIRMED],
                ended=counts[Action.ENDED],
                changed=counts[Action.CHANGED],
                added=counts[Action.ADDED],
            )
        )

    def _name(self, actor_id: int) -> str:
        actor = self.actors.get(actor_id)
        return (
            actor.name if actor is not None else self.tr("(deleted actor {id})").format(id=actor_id)
        )
