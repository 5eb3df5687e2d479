"""Starting the window: the application object, translations, and which map to open.

``aspdesk FILE`` with a data file aspdesk can import (a workbook, CSV, GraphML, GEXF or
JSON backup) opens the usual map and then offers to import the file into a new map.
"""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from aspdesk import __version__
from aspdesk.app.document import Document
from aspdesk.app.paths import AppPaths, unused_path
from aspdesk.app.settings import Settings
from aspdesk.cli.text import cli_tr, use_language
from aspdesk.io.importing.suffixes import IMPORT_SUFFIXES
from aspdesk.store.backups import DEFAULT_KEEP
from aspdesk.store.errors import NotAMapError, StoreError
from aspdesk.store.file_kinds import MAP_SUFFIX
from aspdesk.store.opening import create_map, open_map
from aspdesk.store.sample import SAMPLE_STEM, write_sample
from aspdesk.store.team.address import TeamAddress
from aspdesk.ui.files.team_dialog import TeamMapDialog, TeamMapRequest
from aspdesk.ui.files.team_maps import open_or_ask
from aspdesk.ui.window.app_icon import DESKTOP_ID, app_icon
from aspdesk.ui.window.colour_scheme import ColourScheme
from aspdesk.ui.window.crash import CrashHandler
from aspdesk.ui.window.file_open import hand_over_files
from aspdesk.ui.window.first_frame import after_first_frame
from aspdesk.ui.window.i18n import install_translators, system_language
from aspdesk.ui.window.main_window import MainWindow
from aspdesk.ui.window.platform_check import platform_problem

EXIT_AFTER_START = "ASPDESK_EXIT_AFTER_START"
"""When this environment variable is set, the window closes itself as soon as it has been
shown, and aspdesk ends as after any close. No user sets it: the bundle's smoke test and the
start benchmark use it to start a built executable to a window on a map, with no one there
to close it (an option on the command line would be one more thing for users to read)."""

GC_OFF_AT_MOST_MS = 5000


class MapOpener:
    """Opens or creates map files as Documents in one language, backing up into one folder."""

    def __init__(self, paths: AppPaths, language: str, keep: int = DEFAULT_KEEP) -> None:
        self.paths = paths
        self.language = language
        self.keep = keep

    def __call__(self, path: Path, create: bool) -> Document:
        if create:
            return Document(create_map(path), self.language)
        checked = self.paths.checked_maps()
        store = open_map(path, self.paths.backup_dir, keep=self.keep, checked=checked)
        return Document(store, self.language)

    def fresh_sample(self) -> Path:
        """Write a new copy of the sample map into the data folder and return its path."""
        path = unused_path(self.paths.data_dir, SAMPLE_STEM, MAP_SUFFIX)
        write_sample(path)
        return path


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _ask_create(path: Path) -> bool:
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("launch", "Create a new map?"),
        QCoreApplication.translate(
            "launch", "{path} does not exist. Create a new, empty map there?"
        ).format(path=path),
    )
    return answer == QMessageBox.StandardButton.Yes


def _show_error(text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("launch", "The map could not be opened"),
        text,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def choose_map(
    opener: MapOpener, settings: Settings, path: Path | None, sample: bool
) -> Path | None:
    """The map to open at start, creating it when needed; None when the user declined."""
    if sample:
        return opener.fresh_sample()
    if path is not None:
        if path.exists():
            return path
        if path.suffix != MAP_SUFFIX:
            path = path.with_name(path.name + MAP_SUFFIX)
            if path.exists():
                return path
        if not _ask_create(path):
            return None
        opener(path, True).close()
        return path
    last = settings.last_map
    if last is not None and last.exists():
        return last
    first = opener.paths.data_dir / f"{SAMPLE_STEM}{MAP_SUFFIX}"
    if first.exists():
        return first
    return opener.fresh_sample()


@dataclass
class StartMap:
    """What the window shows at start: the map, and a data file given instead of a map
    (``aspdesk partners.xlsx``), to be offered for import into a new map."""

    path: Path | None  # None for a team map
    document: Document
    data_file: Path | None = None
    data_kind: str = ""  # what the data file seems to be (a marked template), if known


def open_start_map(
    opener: MapOpener, settings: Settings, path: Path | None, sample: bool
) -> StartMap | None:
    """Open the map to show at start (None when the user declined to create one).

    A data file aspdesk can import given as ``path`` goes through the opening path like
    any map; when that says it is not a map, the usual start map is opened instead and
    the file is handed back to be offered for import. Raises StoreError.
    """
    chosen = choose_map(opener, settings, path, sample)
    if chosen is None:
        return None
    try:
        return StartMap(chosen, opener(chosen, False))
    except NotAMapError as error:
        if chosen != path or chosen.suffix.lower() not in IMPORT_SUFFIXES:
            raise
        refused = error
    usual = choose_map(opener, settings, None, sample=False)
    assert usual is not None  # without a path, a map is always found or made
    return StartMap(usual, opener(usual, False), chosen, refused.kind)


def open_team_start(text: str, settings: Settings, language: str) -> StartMap | None:
    """Open the team map ``aspdesk ADDRESS`` names, asking for a password if the server
    wants one (None when the user cancelled). Raises StoreError."""
    address, password = TeamAddress.parse(text)

    def ask(can_remember: bool, shown: TeamAddress | None, message: str) -> TeamMapRequest | None:
        dialog = TeamMapDialog(None, can_remember=can_remember, address=shown, message=message)
        return dialog.request if dialog.exec() == QDialog.DialogCode.Accepted else None

    opened = open_or_ask(ask, address, language, password=password)
    if opened is None:
        return None
    document, address = opened
    settings.add_recent_map(address)
    return StartMap(None, document)


def name_application(app: QApplication) -> None:
    """Give the application its name, version and icon (every window shows the icon), and
    the desktop entry it belongs to, through which a task bar finds the launcher's icon."""
    app.setApplicationName("aspdesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)


def follow_colour_scheme(window: MainWindow, scheme: ColourScheme) -> None:
    """Have ``window`` follow ``scheme``, and choose it in View > Colour scheme."""
    window.set_dark(scheme.dark)
    scheme.dark_changed.connect(window.set_dark)
    window.view_menu.addSeparator()
    window.view_menu.addMenu(scheme.menu(window))


class MapWindows:
    """The main windows of this process: the first, and one more for each map the system
    hands over while aspdesk runs (:mod:`aspdesk.ui.window.file_open`)."""

    def __init__(self, opener: MapOpener, settings: Settings, scheme: ColourScheme) -> None:
        self.opener = opener
        self.settings = settings
        self.scheme = scheme
        self.windows: list[MainWindow] = []
        # The first window shows a map aspdesk chose itself (the last one, or the sample):
        # a map handed over before anything is edited there takes its place, as macOS
        # starts an app on a double-clicked document and then hands the document over.
        self.replaceable: MainWindow | None = None

    def show(self, document: Document, *, chosen_by_aspdesk: bool = False) -> MainWindow:
        """A new main window on ``document``, shown and following the colour scheme."""
        window = MainWindow(document, self.settings, self.opener)
        follow_colour_scheme(window, self.scheme)
        self.windows.append(window)
        self.replaceable = window if chosen_by_aspdesk else None
        window.show()
        # Ready for the first edit once the map is drawn, not before it.
        window.graph.canvas.view.after_first_paint(document.prepare_writing)
        return window

    def open_path(self, path: Path) -> None:
        """Show the map at ``path``: in the untouched first window, else in a new one."""
        # A closed window is hidden, its map closed; it is not shown again.
        shown = [window for window in self.windows if window.isVisible()]
        for window in shown:
            open_path = window.document.path
            if open_path is not None and open_path.resolve() == path.resolve():
                window.raise_()
                window.activateWindow()
                return
        first = self.replaceable
        if first in shown and first is not None and first.document.undo_stack.isClean():
            self.replaceable = None
            first.map_files.open(path, create=False)
            return
        try:
            document = self.opener(path, False)
        except StoreError as error:
            _show_error(error.text(_translate))
            return
        self.settings.add_recent_map(path.resolve())
        self.show(document)


def collect_again() -> None:
    """Turn Python's cyclic collector on again after a start (once: later calls do nothing)."""
    if not gc.isenabled():
        gc.enable()
        # One pass over all the start's objects now, rather than a pass over the young ones
        # at once and another soon after (on 10,000 actors 125 ms instead of 112 + 119).
        gc.collect()


def start_language(asked: str | None, settings: Settings) -> str:
    """The language of this run: ``--lang``, else the one chosen in View > Language, else
    the system's."""
    return asked or settings.language or system_language()


def run_window(
    path: Path | None, *, sample: bool, language: str | None, team: str | None = None
) -> int:
    """Open the main window on the chosen map (``team``: a team map's address) and run
    until it closes."""
    paths = AppPaths.for_user()
    settings = Settings(paths.settings_file)
    language = start_language(language, settings)
    # Qt aborts the process when its platform plugin cannot load: ask first, and say
    # which package to install rather than Qt's list of plugins.
    use_language(language)
    problem = platform_problem(os.environ, cli_tr)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    name_application(app)
    translators = install_translators(app, language)
    crashes = CrashHandler(paths.log_dir)
    crashes.install()
    opener = MapOpener(paths, language, settings.backups_to_keep)
    try:
        if team is not None:
            start = open_team_start(team, settings, language)
        else:
            start = open_start_map(opener, settings, path, sample)
    except StoreError as error:
        _show_error(error.text(_translate))
        return 1
    if start is None:
        return 1
    if start.path is not None:
        settings.add_recent_map(start.path.resolve())
    windows = MapWindows(opener, settings, ColourScheme(app, settings, app))
    chosen = path is None and team is None and not sample
    window = windows.show(start.document, chosen_by_aspdesk=chosen)
    # The collector, off for the start (aspdesk.cli.main), runs again once there is a
    # window to see; a few seconds at most, should the window never be drawn (minimised).
    after_first_frame(window, collect_again)
    QTimer.singleShot(GC_OFF_AT_MOST_MS, collect_again)
    handed_over = hand_over_files(app, windows.open_path)
    if os.environ.get(EXIT_AFTER_START):
        QTimer.singleShot(0, window.close)
    if start.data_file is not None:
        # Asked once the window is up, so the questions have a window to stand over.
        data_file, kind = start.data_file, start.data_kind
        QTimer.singleShot(0, lambda: window.map_files.import_into_new_map(data_file, kind))
    code = app.exec()
    if handed_over is not None:
        app.removeEventFilter(handed_over)
    crashes.uninstall()
    del translators
    return code
