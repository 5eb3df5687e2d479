"""File > Take a copy offline… and File > Send changes to the team map…

Taking a copy writes the team map into a map file off the window's thread (with the
app's progress dialog and Cancel) and opens it; the copy says on opening where it came
from. Sending opens the copy's team map (asking for a password as File > Open team map…
does), shows what would change in the import preview, three-way (conflicts listed, the
team map's value kept unless the user takes the copy's), and stores it as one undo step
on the team map, which the window then shows. See :mod:`aspdesk.app.offline`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from aspdesk.app.document import Document
from aspdesk.app.offline import (
    Sending,
    mark_sent,
    offline_copy,
    origin_address,
    origin_of,
    start_sending,
    store_sent,
)
from aspdesk.app.paths import unused_path
from aspdesk.io.errors import Progress
from aspdesk.store.errors import StoreError
from aspdesk.store.file_kinds import MAP_SUFFIX
from aspdesk.store.offline import OfflineOrigin
from aspdesk.ui.files.team_maps import open_or_ask
from aspdesk.ui.window.background import BackgroundTask
from aspdesk.ui.window.services import WindowServices

if TYPE_CHECKING:
    # The planner and the preview come when a copy is sent, not with every window.
    from aspdesk.io.merging.planner import Decisions, ImportPlan
    from aspdesk.io.snapshot import MapSnapshot
    from aspdesk.ui.importing.dialog import ImportDialog


class OfflineCopies(QObject):
    """The offline actions of one main window.

    ``show`` puts a map in the window; ``open_file`` opens a map file there.
    """

    def __init__(
        self,
        services: WindowServices,
        show: Callable[[Document], None],
        open_file: Callable[[Path], bool],
    ) -> None:
        super().__init__(services.owner)
        self.services = services
        self.show_map = show
        self.open_file = open_file
        self.take_action = QAction(self.tr("Take a copy &offline…"), services.owner)
        self.take_action.triggered.connect(self.take)
        self.send_action = QAction(self.tr("Send changes to the &team map…"), services.owner)
        self.send_action.triggered.connect(self.send_changes)
        self.task: BackgroundTask | None = None
        self.dialog: ImportDialog | None = None
        self.sending: Sending | None = None

    def add_to(self, menu: QMenu) -> None:
        """Put the actions in ``menu``, shown only where they apply."""
        menu.addAction(self.take_action)
        menu.addAction(self.send_action)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """Offer taking a copy on a team map, and sending on an offline copy."""
        document = self.services.document
        team = document.team_address is not None
        self.take_action.setVisible(team)
        copy = not team and origin_of(document) is not None
        self.send_action.setVisible(copy)
        # Sending records in the copy where it was sent: the copy must be writable.
        self.send_action.setEnabled(copy and not document.read_only)

    # -- taking a copy ------------------------------------------------------------------

    def take(self, _checked: bool = False) -> None:
        """Ask where to write the offline copy, write it off the window's thread, open it."""
        services = self.services
        document = services.document
        if document.team_address is None:
            return
        title = self.tr("Take a copy offline")
        folder = services.settings.last_folder or Path.home()
        name = self.tr("{name} (offline)").format(name=document.map_name())
        path = services.dialogs.save_path(title, unused_path(folder, name, MAP_SUFFIX))
        if path is None:
            return

        def work(progress: Progress) -> OfflineOrigin:
            progress(0, 0)
            return offline_copy(document, path)

        label = self.tr("Taking a copy of {map} offline…").format(map=document.team_place())
        self.task = BackgroundTask(services.owner, label, work)
        self.task.finished.connect(lambda _origin: self._on_taken(path))
        self.task.failed.connect(self._on_take_failed)
        self.task.start()

    def _on_taken(self, path: Path) -> None:
        self.services.settings.last_folder = path.parent
        if self.open_file(path):
            self.services.say(self.tr("Working on the offline copy {path}").format(path=path))

    def _on_take_failed(self, error: object) -> None:
        text = (
            error.text(QCoreApplication.translate) if isinstance(error, StoreError) else str(error)
        )
        self.services.dialogs.error(self.tr("The offline copy was not written"), text)

    # -- sending changes ----------------------------------------------------------------

    def send_changes(self, _checked: bool = False) -> bool:
        """Open the copy's team map and show what sending would change; False when it
        could not be shown (said why) or was cancelled."""
        from aspdesk.io.merging.planner import Decisions, Outcome
        from aspdesk.ui.importing.dialog import ImportDialog

        services = self.services
        copy = services.document
        origin = origin_of(copy)
        if origin is None:
            return False
        title = self.tr("The changes were not sent")
        team: Document | None = None
        try:
            address = origin_address(origin)
            opened = open_or_ask(services.dialogs.team_map, address, copy.language)
            if opened is None:
                return False
            team, address = opened
            self.sending = start_sending(copy, team)
            plan = self.sending.plan(Decisions(translate=QCoreApplication.translate))
        except StoreError as error:
            if team is not None:
                team.close()
            services.dialogs.error(title, error.text(QCoreApplication.translate))
            return False
        services.settings.add_recent_map(address)
        if plan.writes == 0 and not plan.counts()[Outcome.CONFLICT]:
            team.close()
            self.sending = None
            services.dialogs.inform(
                self.tr("Send changes to the team map"),
                self.tr(
                    "The team map {map} already has every change of this copy: there is "
                    "nothing to send."
                ).format(map=team.team_place()),
            )
            return False
        self.dialog = ImportDialog(
            services.owner, self._replan, language=services.document.language
        )
        self.dialog.setWindowTitle(self.tr("Send changes to the team map"))
        self.dialog.import_button.setText(self.tr("Send"))
        self.dialog.show_batch(self.sending.batch, plan, self.sending.current, columns_first=False)
        self.dialog.file_label.setText(
            self.tr("From the offline copy {file} to the team map {map}").format(
                file=self.sending.batch.file, map=team.team_place()
            )
        )
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()
        return True

    def _replan(self, decisions: Decisions) -> tuple[ImportPlan, MapSnapshot]:
        assert self.sending is not None
        return self.sending.plan(decisions), self.sending.current

    def _on_dialog_finished(self, result: int) -> None:
        from aspdesk.io.merging.planner import Outcome

        dialog, self.dialog = self.dialog, None
        sending, self.sending = self.sending, None
        if dialog is None or sending is None:
            return
        plan = dialog.plan
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or plan is None or not plan.ready:
            sending.team.close()
            self.services.say(self.tr("Nothing was sent; the team map was not changed."))
            return
        failed: list[str] = []
        sending.team.edit_failed.connect(failed.append)
        text = self.tr("Send changes from {file}").format(file=sending.batch.file)
        if not store_sent(sending, plan, text):
            sending.team.close()
            self.services.dialogs.error(self.tr("The changes were not sent"), "\n\n".join(failed))
            return
        try:
            mark_sent(sending, plan)
        except StoreError as error:
            self.services.dialogs.error(
                self.tr("The copy did not record the send"),
                self.tr(
                    "The changes are on the team map, but the offline copy could not record "
                    "that they were sent ({detail}): do not send this copy again."
                ).format(detail=error.text(QCoreApplication.translate)),
            )
        counts = plan.counts()
        self.show_map(sending.team)
        self.services.say(
            self.tr(
                "Sent to the team map: {added} added, {changed} changed, {deleted} deleted, "
                "{conflicts} conflicts kept as the team map has them."
            ).format(
                added=counts[Outcome.NEW],
                changed=len(plan.updates),
                deleted=len(plan.deletes),
                conflicts=sum(
                    1
                    for item in plan.items
                    if item.outcome is Outcome.CONFLICT
                    and not plan.decisions.takes_file(item.entity_type, item.candidate.key)
                ),
            ),
            15000,
        )
