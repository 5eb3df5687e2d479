"""The consortium builder's questions answered from scripts, and finding actors by name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from aspdesk.app.document import Document
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.ui.consortium.dialogs import ConsortiumDialogs, ProjectNames
from aspdesk.ui.consortium.window import ConsortiumWindow


class ScriptedConsortiumDialogs(ConsortiumDialogs):
    """Answers the builder's questions from lists and records what it was told."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.names: list[ProjectNames | None] = []
        self.offered_names: list[ProjectNames] = []
        self.paths: list[Path | None] = []
        self.choices: list[int | None] = []
        self.offered_choices: list[list[str]] = []
        self.texts: list[str | None] = []
        self.errors: list[str] = []
        self.shown: list[Path] = []
        self.on_run: Callable[[QDialog], None] | None = None
        self.answers: list[bool] = []
        self.questions: list[str] = []
        self.save_choices: list[str | None] = []
        self.offered_projects: list[str] = []

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def inform(self, title: str, text: str) -> None:
        self.errors.append(text)

    def confirm(self, title: str, text: str, details: str, accept: str) -> bool:
        self.questions.append(text)
        return self.answers.pop(0)

    def save_choice(self, project: str) -> str | None:
        self.offered_projects.append(project)
        return self.save_choices.pop(0)

    def project_names(self, suggested: ProjectNames) -> ProjectNames | None:
        self.offered_names.append(suggested)
        return self.names.pop(0)

    def partner_table_path(self, suggested: Path) -> Path | None:
        return self.paths.pop(0)

    def choice(self, title: str, label: str, items: Sequence[str]) -> int | None:
        self.offered_choices.append(list(items))
        return self.choices.pop(0)

    def text(self, title: str, label: str, value: str = "") -> str | None:
        return self.texts.pop(0)

    def show_file(self, path: Path) -> bool:
        self.shown.append(path)
        return True

    def run(self, dialog: QDialog) -> None:
        if self.on_run is not None:
            self.on_run(dialog)


def scripted(builder: ConsortiumWindow) -> ScriptedConsortiumDialogs:
    """The builder's scripted dialogs."""
    assert isinstance(builder.dialogs, ScriptedConsortiumDialogs)
    return builder.dialogs


def actor_named(document: Document, name: str) -> Actor:
    """The actor of the map called ``name`` (or with that short name)."""
    for actor in document.index.all(EntityType.ACTOR):
        if isinstance(actor, Actor) and name in (actor.name, actor.short_name):
            return actor
    raise AssertionError(name)
