"""Fixtures for window tests: a main window on a private map, with scripted dialogs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from aspdesk.app.document import Document
from aspdesk.app.settings import Settings
from aspdesk.app.team import team_document
from aspdesk.store.backups import Backup
from aspdesk.store.opening import create_map, open_map
from aspdesk.store.repository import MapStore
from aspdesk.store.team.location import TeamServer
from aspdesk.ui.consortium.window import ConsortiumWindow
from aspdesk.ui.exports.film_dialog import FilmRequest
from aspdesk.ui.exports.image_dialog import ImageRequest
from aspdesk.ui.exports.web_map_dialog import WebMapChoice
from aspdesk.ui.window.dialogs import Dialogs
from aspdesk.ui.window.i18n import install_translators
from aspdesk.ui.window.main_window import MainWindow
from tests.benchmarks.generate import generate_map
from tests.ui.consortium_helpers import ScriptedConsortiumDialogs


class ScriptedDialogs(Dialogs):
    """Answers the window's questions from lists and records what was asked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.confirmations: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.answers: list[bool] = []
        self.paths: list[Path | None] = []
        self.texts: list[str | None] = []
        # Answers of the Export image dialog: a request, or None for Cancel.
        self.image_requests: list[ImageRequest | None] = []
        self.image_defaults: ImageRequest | None = None
        self.choices: list[int | None] = []
        # Answers of the Export web map dialog, and what it was offered: (choice, views,
        # whether personal data may go in).
        self.web_map_choices: list[WebMapChoice | None] = []
        self.web_map_offered: tuple[WebMapChoice, int, bool] | None = None
        self.offered_backups: list[Backup] = []
        # Answers of the Export growth film dialog, and what it was offered.
        self.film_requests: list[FilmRequest | None] = []
        self.film_defaults: FilmRequest | None = None
        # Answers of the report's period question (first and last day; None for Cancel),
        # and the period it offered; with no answer left, the offered one is taken.
        self.report_periods: list[tuple[date, date] | None] = []
        self.offered_period: tuple[date, date] | None = None

    def confirm(self, title: str, text: str, details: str, accept: str) -> bool:
        self.confirmations.append((text, details))
        return self.answers.pop(0) if self.answers else False

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def inform(self, title: str, text: str) -> None:
        self.errors.append(text)

    def open_path(self, folder: Path | None) -> Path | None:
        return self.paths.pop(0)

    def save_path(self, title: str, suggested: Path) -> Path | None:
        return self.paths.pop(0)

    def text(self, title: str, label: str, value: str) -> str | None:
        return self.texts.pop(0)

    def export_path(self, suggested: Path) -> Path | None:
        return self.paths.pop(0)

    def choose_backup(self, backups: Sequence[Backup], keep: int) -> tuple[Backup | None, int]:
        self.offered_backups = list(backups)
        index = self.choices.pop(0) if self.choices else None
        return (backups[index] if index is not None else None), keep

    def choice(self, title: str, label: str, items: Sequence[str]) -> int | None:
        return self.choices.pop(0) if self.choices else None

    def import_path(self, folder: Path | None) -> Path | None:
        return self.paths.pop(0)

    def image_path(self, suggested: Path) -> Path | None:
        return self.paths.pop(0)

    def image_options(self, request: ImageRequest) -> ImageRequest | None:
        self.image_defaults = request
        return self.image_requests.pop(0)

    def film_options(self, request: FilmRequest) -> FilmRequest | None:
        self.film_defaults = request
        return self.film_requests.pop(0)

    def web_map_options(
        self, choice: WebMapChoice, views: int, personal_allowed: bool
    ) -> WebMapChoice | None:
        self.web_map_offered = (choice, views, personal_allowed)
        return self.web_map_choices.pop(0)

    def report_path(self, suggested: Path) -> Path | None:
        return self.paths.pop(0)

    def report_period(self, period: tuple[date, date], language: str) -> tuple[date, date] | None:
        self.offered_period = period
        return self.report_periods.pop(0) if self.report_periods else period

    def template_path(self, suggested: Path) -> Path | None:
        return self.paths.pop(0)


@pytest.fixture(scope="session")
def generated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated map of 300 actors and 900 ties in 8 clusters, written once per session:
    dense enough that symbols and labels would cover each other without level of detail."""
    path = tmp_path_factory.mktemp("generated") / "generated.aspmap"
    return generate_map(path, actors=300, relationships=900)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """Window tests read the English text with its plural forms ("1 actor", "2 actors")."""
    translators = install_translators(qapp, "en")
    assert translators, "the English translation file is missing"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(params=["en", "fi", "sv"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each language of the app in turn, its translations installed for the test."""
    installed = install_translators(qapp, request.param) if request.param != "en" else []
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def _opener(backups: Path, language: str = "en") -> object:
    def open_document(path: Path, create: bool) -> Document:
        store = create_map(path) if create else open_map(path, backups)
        return Document(store, language)

    return open_document


def make_window(qtbot: QtBot, store: MapStore, tmp_path: Path, language: str = "en") -> MainWindow:
    """A shown main window on ``store`` whose dialogs answer from scripts; the map's
    words in ``language`` (install its translators for the window's own)."""
    # A team map's Document follows the server, as File > Open team map… makes it.
    team = isinstance(store.file, TeamServer)
    document = team_document(store, language) if team else Document(store, language)
    settings = Settings(tmp_path / "settings.ini")
    opener = _opener(tmp_path / "backups", language)
    window = MainWindow(document, settings, opener)  # type: ignore[arg-type]
    window.dialogs = ScriptedDialogs(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, sample_store: MapStore, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a private copy of the sample map."""
    yield make_window(qtbot, sample_store, tmp_path)


@pytest.fixture
def builder(qtbot: QtBot, window: MainWindow) -> Iterator[ConsortiumWindow]:
    """Map > Consortium builder of ``window``, its questions answered from scripts."""
    opened = window.consortium.open_builder()
    opened.dialogs = ScriptedConsortiumDialogs(opened)
    qtbot.waitExposed(opened)
    yield opened
    opened.close()


@pytest.fixture
def empty_window(qtbot: QtBot, store: MapStore, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a new, empty map."""
    yield make_window(qtbot, store, tmp_path)
