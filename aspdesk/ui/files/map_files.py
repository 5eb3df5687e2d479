"""The File menu's work on map files: new, open, open recent, save a copy, export, rename.

Opening a data file that is not a map (a workbook, CSV, GraphML, GEXF or JSON backup,
known by its ending) offers to import it into a new map; the file goes through the one
opening path first (:func:`aspdesk.store.opening.open_map`), whose header check says it
is not a map and what it seems to be.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from aspdesk.app.commands import RenameMap
from aspdesk.app.document import Document
from aspdesk.app.exchange import write_snapshot_map
from aspdesk.app.on_screen import escape_mnemonic
from aspdesk.app.paths import AppPaths, unused_path
from aspdesk.app.restore import RestoreBackup, read_backup
from aspdesk.io.errors import DataFileError, Progress
from aspdesk.io.exporting.formats import export_snapshot
from aspdesk.io.importing.suffixes import IMPORT_SUFFIXES
from aspdesk.io.snapshot import without_personal_data
from aspdesk.store.backups import list_backups
from aspdesk.store.connection import MapReplacedError
from aspdesk.store.errors import NotAMapError, StoreError
from aspdesk.store.file_kinds import MAP_SUFFIX
from aspdesk.store.sample import SAMPLE_STEM, write_sample
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.errors import ServerLostError
from aspdesk.ui.files.offline import OfflineCopies
from aspdesk.ui.files.team_maps import TeamMaps
from aspdesk.ui.files.to_server import ServerCopies
from aspdesk.ui.importing.importer import Importer
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.services import WindowServices

# Opens a map file as a Document (made new if the flag says so); raises StoreError.
MapOpener = Callable[[Path, bool], Document]


class MapFiles(QObject):
    """Actions that open, create and copy maps for one main window.

    ``opener`` opens a map (the one opening path, lock first), ``show`` puts an opened
    map in the window, ``importer`` is the window's import (a data file opened as a map is
    imported into a new one), and ``add_actor`` starts a new actor (an empty map offers it).
    """

    def __init__(
        self,
        services: WindowServices,
        opener: MapOpener,
        show: Callable[[Document], None],
        importer: Importer,
        add_actor: Callable[[], None],
    ) -> None:
        super().__init__(services.owner)
        self.services = services
        self.opener = opener
        self.show_map = show
        self.importer = importer
        self.add_actor = add_actor
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New map…"), self.new_map, keys.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_map, keys.Open)
        self.team = TeamMaps(services, show)
        self.open_team_action = self.team.action
        # Take a copy offline, send it back (shown in the File menu where they apply).
        self.offline = OfflineCopies(services, show, self._open_existing)
        self.to_server = ServerCopies(services, show)
        self.copy_action = self._action(
            self.tr("Save a &copy as…"), self.save_copy, QKeySequence("Ctrl+Shift+S")
        )
        self.rename_action = self._action(self.tr("&Rename map…"), self.rename_map, None)
        self.export_action = self._action(
            self.tr("&Export data…"), self.export_data, QKeySequence("Ctrl+E")
        )
        self.restore_action = self._action(
            self.tr("Restore from &backup…"), self.restore_backup, None
        )
        self.task: BackgroundTask | None = None
        self.recent_menu = QMenu(self.tr("Open &recent"), services.owner)
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None
    ) -> QAction:
        action = QAction(text, self.services.owner)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def new_map(self) -> None:
        """Create a new, empty map and show it."""
        services = self.services
        folder = services.settings.last_folder or Path.home()
        suggested = folder / (self.tr("New map") + ".aspmap")
        path = services.dialogs.save_path(self.tr("New map"), suggested)
        if path is not None:
            self.open(path, create=True)

    def open_map(self) -> None:
        """Ask for a map and show it."""
        path = self.services.dialogs.open_path(self.services.settings.last_folder)
        if path is not None:
            self.open(path, create=False)

    def open(self, path: Path, *, create: bool) -> bool:
        """Show the map at ``path`` (made new if ``create``); False with a message if not.

        A spreadsheet, CSV, GraphML, GEXF or JSON file (by its ending) that is not a map
        is offered for import into a new map instead (:meth:`import_into_new_map`).
        """
        services = self.services
        try:
            document = self.opener(path, create)
        except NotAMapError as error:
            if not create and path.suffix.lower() in IMPORT_SUFFIXES:
                self.import_into_new_map(path, error.kind)
            else:
                text = error.text(QCoreApplication.translate)
                services.dialogs.error(self.tr("The map could not be opened"), text)
            return False
        except StoreError as error:
            services.dialogs.error(
                self.tr("The map could not be opened"), error.text(QCoreApplication.translate)
            )
            if not create and not path.exists():
                services.settings.remove_recent_map(path)
            return False
        services.settings.last_folder = path.parent
        self.show_map(document)
        return True

    def add_team_copies(self, menu: QMenu) -> None:
        """Put Take a copy offline, Send changes to the team map and Copy this map to a
        server in ``menu``, each shown only where it applies."""
        self.offline.add_to(menu)
        menu.addAction(self.to_server.action)
        menu.aboutToShow.connect(self.to_server.update_action)
        self.to_server.update_action()

    def _open_existing(self, path: Path) -> bool:
        return self.open(path, create=False)

    def import_into_new_map(self, path: Path, kind: str = "") -> bool:
        """Offer to import ``path`` (a data file, not a map) into a new map: ask, ask where
        to save the map, create and show it, then run the usual import of ``path`` into
        it. False when the user declined or the map could not be made."""
        services = self.services
        seems = QCoreApplication.translate("store", kind) if kind else self.tr("a data file")
        title = self.tr("Import into a new map")
        text = self.tr("{file} is {kind}, not an aspdesk map.").format(file=path.name, kind=seems)
        details = self.tr(
            "aspdesk can make a new map and import the file's data into it: first choose "
            "where to save the new map, then check the import as usual. {file} itself is "
            "not changed."
        ).format(file=path.name)
        if not services.dialogs.confirm(title, text, details, self.tr("Import into a new map…")):
            return False
        folder = services.settings.last_folder or path.parent
        target = services.dialogs.save_path(title, unused_path(folder, path.stem, MAP_SUFFIX))
        if target is None or not self.open(target, create=True):
            return False
        self.importer.columns, self.importer.encoding = None, None
        self.importer.start(path)
        return True

    def start(self, way: str) -> None:
        """Start an empty map the ``way`` its canvas offers (graph.empty_hint): add an
        actor, import a spreadsheet or open the sample map (the ways are the strings of
        ``aspdesk.graph.canvas.empty_hint``; the ui does not import the graph's modules)."""
        if way == "actor":
            self.add_actor()
        elif way == "import":
            self.importer.action.trigger()
        elif way == "sample":
            self.open_sample()

    def open_sample(self) -> None:
        """Write a new copy of the sample map into the data folder and show it (an empty
        map's canvas offers this)."""
        path = unused_path(AppPaths.for_user().data_dir, SAMPLE_STEM, MAP_SUFFIX)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_sample(path)
        except (OSError, StoreError) as error:
            text = (
                error.text(QCoreApplication.translate)
                if isinstance(error, StoreError)
                else str(error)
            )
            self.services.dialogs.error(self.tr("The map could not be opened"), text)
            return
        self.open(path, create=False)

    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        document = self.services.document
        current = document.path or document.team_address
        for entry in self.services.settings.recent_entries:
            if str(entry) == str(current):
                continue
            if isinstance(entry, TeamAddress):
                name = f"{entry.database()} @ {entry.server()}"
                action = self.recent_menu.addAction(escape_mnemonic(name))
                action.triggered.connect(lambda _checked=False, a=entry: self.team.open(a))
            else:
                action = self.recent_menu.addAction(escape_mnemonic(entry.name))
                action.triggered.connect(lambda _checked=False, p=entry: self.open(p, create=False))
            action.setToolTip(str(entry))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No other maps opened yet")).setEnabled(False)

    def save_copy(self) -> None:
        """Write a copy of the map to a file the user picks."""
        services = self.services
        document = services.document
        folder = services.settings.last_folder or Path.home()
        suggested = folder / (self.tr("{name} (copy)").format(name=document.map_name()) + ".aspmap")
        path = services.dialogs.save_path(self.tr("Save a copy as"), suggested)
        if path is None:
            return
        if document.path is not None and path.resolve() == document.path:
            services.dialogs.error(
                self.tr("Save a copy as"), self.tr("Choose a file other than the open map.")
            )
            return
        try:
            try:
                document.save_copy(path)
            except MapReplacedError:
                # The file is gone: what this window holds is the map now.
                write_snapshot_map(document.memory_snapshot(), path)
                services.dialogs.inform(
                    self.tr("Save a copy as"),
                    self.tr(
                        "The map's own file was gone, so the copy was written from what this "
                        "window holds: every actor, cluster, tie, project and saved view. Open "
                        "{path} to go on working."
                    ).format(path=path),
                )
            except ServerLostError:
                # The team map's server is out of reach: the window still holds the map.
                write_snapshot_map(document.memory_snapshot(), path)
                services.dialogs.inform(
                    self.tr("Save a copy as"),
                    self.tr(
                        "The team map's server could not be reached, so the copy was written "
                        "from what this window holds: every actor, cluster, tie, project and "
                        "saved view as they were when last read from the server."
                    ),
                )
        except (StoreError, DataFileError) as error:
            text = error.text(QCoreApplication.translate)
            services.dialogs.error(self.tr("The copy was not saved"), text)
            return
        services.say(self.tr("Copy saved to {path}").format(path=path))

    def export_data(self) -> None:
        """Write the map's data to a spreadsheet, GraphML, GEXF or JSON file, off the window's
        thread, with a progress dialog while it runs."""
        services = self.services
        document = services.document
        folder = services.settings.last_folder or Path.home()
        path = services.dialogs.export_path(folder / (document.map_name() + ".xlsx"))
        if path is None:
            return
        history = False
        # A backup may carry the map's history; not in workshop-safe mode, where its old
        # values would bring back the personal data the export leaves out.
        if path.suffix.lower() == ".json" and not document.hide_personal:
            chosen = services.dialogs.choice(
                self.tr("Export the map's history too?"),
                # Short: the dialog's label is one line, as wide as its text.
                self.tr("The map's history: every change, when and by whom."),
                [
                    self.tr("Without the history"),
                    self.tr("With the history (a larger file; a restore keeps it)"),
                ],
            )
            if chosen is None:
                return
            history = chosen == 1
        snapshot = document.snapshot(history=history)
        if document.hide_personal:
            snapshot = without_personal_data(snapshot)
        language = document.language

        def work(progress: Progress) -> str:
            return export_snapshot(
                snapshot,
                path,
                language=language,
                translate=QCoreApplication.translate,
                progress=progress,
            )

        self.task = BackgroundTask(
            services.owner, self.tr("Exporting to {path}…").format(path=path), work
        )
        self.task.finished.connect(lambda _kind: self._on_export_finished(path))
        self.task.failed.connect(self._on_export_failed)
        self.task.cancelled.connect(
            lambda: services.say(self.tr("Export cancelled; no file was written."))
        )
        self.task.start()

    def _on_export_finished(self, path: Path) -> None:
        self.services.settings.last_folder = path.parent
        if self.services.document.hide_personal:
            text = self.tr("Exported to {path}, without personal data").format(path=path)
        else:
            text = self.tr("Exported to {path}").format(path=path)
        self.services.say(text)

    def _on_export_failed(self, error: object) -> None:
        if isinstance(error, DataFileError):
            text = error.text(QCoreApplication.translate)
        else:
            text = str(error)
        self.services.dialogs.error(self.tr("The export was not written"), text)

    def restore_backup(self) -> None:
        """Offer the map's backup copies and restore the chosen one (undoable)."""
        services = self.services
        document = services.document
        path = document.path
        if document.team_address is not None:
            services.dialogs.inform(
                self.tr("Restore from backup"),
                self.tr(
                    "A team map's backups are kept by its server's admin, who can restore "
                    "one. File > Save a copy as… keeps a copy of the map as it is now."
                ),
            )
            return
        if path is None:
            return
        backup_dir = AppPaths.for_user().backup_dir
        chosen, keep = services.dialogs.choose_backup(
            list_backups(path, backup_dir, document.map_id()),
            services.settings.backups_to_keep,
        )
        services.settings.backups_to_keep = keep
        if getattr(self.opener, "keep", None) is not None:
            self.opener.keep = keep  # type: ignore[attr-defined]
        if chosen is None:
            return
        try:
            copy = read_backup(chosen.path)
        except (StoreError, OSError) as error:
            text = (
                error.text(QCoreApplication.translate)
                if isinstance(error, StoreError)
                else str(error)
            )
            services.dialogs.error(self.tr("The copy could not be read"), text)
            return
        made = chosen.made.astimezone().strftime("%Y-%m-%d %H:%M")
        label = self.tr("Restore the copy of {made}").format(made=made)
        if document.push(RestoreBackup(document, copy, backup_dir, label)):
            services.say(
                self.tr("Restored the copy of {made}. Edit > Undo takes it back.").format(
                    made=made
                ),
                10000,
            )

    def rename_map(self) -> None:
        """Give the map a new name (shown in the title bar); undoable."""
        document = self.services.document
        old = document.map_name()
        name = self.services.dialogs.text(self.tr("Rename map"), self.tr("Name of the map:"), old)
        if name is None or name == old:
            return
        text = self.tr("Rename map to “{name}”").format(name=name)
        document.push(RenameMap(document, old, name, text))
