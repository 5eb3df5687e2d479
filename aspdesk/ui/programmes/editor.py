"""Programmes…: the programme rule files, and the user's own copies to edit or add.

Rules are data: one JSON file per programme. Shipped files cannot be changed; Edit… on one
first copies it into the user's programmes folder, where a file with the same id replaces
the shipped programme, and a file under a new id adds one. Edit… and New programme… open
the file's text in aspdesk (:class:`ProgrammeFileDialog`), which writes only a valid
programme; a file changed in another editor is read again with Reload. A file that cannot
be read is listed with its file and field (and can be opened to mend it), and the other
programmes stay available.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.consortium.builder import Programme, ProgrammeFileError, load_programmes
from aspdesk.analysis.consortium.programme_files import programme_to_dict
from aspdesk.analysis.consortium.rules import RULE_KINDS, Texts
from aspdesk.app.collation import name_key
from aspdesk.app.style_marks import show_as_error
from aspdesk.domain.dates import format_date
from aspdesk.io.atomic import write_bytes_atomically
from aspdesk.io.errors import DataFileError
from aspdesk.ui.consortium.dialogs import ConsortiumDialogs
from aspdesk.ui.consortium.results import top_items
from aspdesk.ui.programmes.file_editor import ProgrammeFileDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2  # a user file that could not be read
MAX_ID = 64


def new_programme_id(name: str, taken: set[str]) -> str:
    """An id for a programme called ``name``: a-z, digits and "_", not one of ``taken``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[: MAX_ID - 4] or "programme"
    candidate, number = stem, 2
    while candidate in taken:
        candidate = f"{stem}_{number}"
        number += 1
    return candidate


def read_programmes(folder: Path) -> tuple[dict[str, Programme], list[ProgrammeFileError]]:
    """The shipped programmes and the user's, and the user files that could not be read.

    A folder that cannot be listed is one problem; the shipped programmes still load.
    """
    problems: list[ProgrammeFileError] = []
    try:
        return load_programmes(folder, problems), problems
    except ProgrammeFileError as error:
        return load_programmes(), [*problems, error]


class ProgrammesDialog(QDialog):
    """The programmes aspdesk knows, where each comes from, and the files in error.

    ``programmes_saved`` is emitted after a programme file was saved from the editor.
    """

    programmes_saved = Signal()

    def __init__(
        self,
        folder: Path,
        language: str,
        dialogs: ConsortiumDialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.language = language
        self.dialogs = dialogs
        self.programmes: dict[str, Programme] = {}
        self.problems: list[ProgrammeFileError] = []
        self.setWindowTitle(self.tr("Programmes"))
        intro = QLabel(
            self.tr(
                "Each programme's eligibility rules are kept in a file. Edit… on a programme "
                "that comes with aspdesk first copies it into your programmes folder; your "
                "copy replaces it. New programme… starts one from a copy of the programme "
                "picked. If you change a file in another editor, press Reload."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setText(self.tr("Your programmes folder: {folder}").format(folder=folder))

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Programme"), self.tr("Rules checked"), self.tr("File")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)

        self.problems_title = QLabel(
            self.tr(
                "These files could not be read (pick one in the list and press Edit… to mend it):"
            ),
            self,
        )
        self.problems_title.setWordWrap(True)
        show_as_error(self.problems_title)
        self.problems_text = QPlainTextEdit(self)
        self.problems_text.setReadOnly(True)
        self.problems_text.setMaximumHeight(110)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(
            self.tr(
                "Edit this programme's rules (one that comes with aspdesk is first copied "
                "into your folder)"
            )
        )
        self.edit_button.clicked.connect(self.edit)
        self.new_button = QPushButton(self.tr("&New programme…"), self)
        self.new_button.setToolTip(self.tr("Start a new programme from a copy of this one"))
        self.new_button.clicked.connect(self.new_programme)
        self.open_button = QPushButton(self.tr("&Open file"), self)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Open &folder"), self)
        self.folder_button.clicked.connect(self.open_folder)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setToolTip(self.tr("Read the programme files again"))
        self.reload_button.clicked.connect(self.reload)
        row = QHBoxLayout()
        for button in (
            self.edit_button,
            self.new_button,
            self.open_button,
            self.folder_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reload_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems_text)
        layout.addWidget(close)
        self.resize(760, 560)
        self.reload()

    # -- the list -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the shipped and the user's programme files again and list them."""
        current = self.selected()
        self.programmes, self.problems = read_programmes(self.folder)
        self.tree.clear()
        ordered = sorted(
            self.programmes.values(), key=lambda p: name_key(p.name.get(self.language))
        )
        for programme in ordered:
            source = Path(programme.origin).name if programme.origin else self.tr("built in")
            checked = format_date(programme.checked, self.language)
            item = QTreeWidgetItem([programme.name.get(self.language), checked, source])
            item.setData(0, ID_ROLE, programme.id)
            item.setToolTip(2, programme.origin or self.tr("Comes with aspdesk"))
            self.tree.addTopLevelItem(item)
            if current is not None and programme.id == current.id:
                self.tree.setCurrentItem(item)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in self.problems:
            path = Path(problem.where)
            if path.parent != self.folder:
                continue  # the folder itself could not be read: nothing to open
            item = QTreeWidgetItem([path.name, self.tr("cannot be read"), path.name])
            item.setIcon(0, warning)
            item.setData(0, PATH_ROLE, str(path))
            item.setToolTip(0, problem.text(QCoreApplication.translate))
            item.setToolTip(2, str(path))
            self.tree.addTopLevelItem(item)
        items = top_items(self.tree)
        if self.tree.currentItem() is None and items:
            self.tree.setCurrentItem(items[0])
        texts = [p.text(QCoreApplication.translate) for p in self.problems]
        self.problems_text.setPlainText("\n\n".join(texts))
        self.problems_title.setVisible(bool(texts))
        self.problems_text.setVisible(bool(texts))
        self._on_tree_current_item_changed()

    def selected(self) -> Programme | None:
        """The programme picked in the list."""
        item = self.tree.currentItem() if self.tree.topLevelItemCount() else None
        return self.programmes.get(str(item.data(0, ID_ROLE))) if item is not None else None

    def selected_file(self) -> Path | None:
        """The user file picked in the list: a programme's own, or one that cannot be read."""
        item = self.tree.currentItem() if self.tree.topLevelItemCount() else None
        broken = item.data(0, PATH_ROLE) if item is not None else None
        if broken:
            return Path(str(broken))
        programme = self.selected()
        return Path(programme.origin) if programme is not None and programme.origin else None

    def select(self, programme_id: str) -> None:
        """Pick ``programme_id`` in the list."""
        for item in top_items(self.tree):
            if item.data(0, ID_ROLE) == programme_id:
                self.tree.setCurrentItem(item)

    def _on_tree_current_item_changed(self, *_args: object) -> None:
        programme = self.selected()
        own = self.selected_file()
        self.edit_button.setEnabled(programme is not None or own is not None)
        self.new_button.setEnabled(programme is not None)
        self.open_button.setEnabled(own is not None)

    # -- the files ----------------------------------------------------------------------

    def _file_text(self, programme: Programme) -> str:
        note = self.tr(
            "Edit this file in aspdesk (Programmes…, Edit…), or in a text editor and then "
            'press Reload in aspdesk\'s Programmes window. Set "checked" to the day you '
            "checked the rules against the call text (YYYY-MM-DD). Rule kinds: {kinds}. "
            "Fields whose names start with _ are comments."
        ).format(kinds=", ".join(RULE_KINDS))
        data = {"_comment": note, **programme_to_dict(programme)}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def _write(self, programme: Programme, path: Path) -> bool:
        try:
            write_bytes_atomically(path, self._file_text(programme).encode("utf-8"))
        except DataFileError as error:
            self.dialogs.error(
                self.tr("The programme was not copied"), error.text(QCoreApplication.translate)
            )
            return False
        return True

    def edit(self) -> None:
        """Edit the picked programme's file in aspdesk (a shipped one is copied first)."""
        programme = self.selected()
        path = self.selected_file()
        if path is None and programme is not None:
            path = self.folder / f"{programme.id}.json"
            if path.exists():
                self.status.setText(
                    self.tr("Your folder already has {file}; it is opened for you.").format(
                        file=path.name
                    )
                )
            elif not self._write(programme, path):
                return
            else:
                self.status.setText(
                    self.tr(
                        "Copied to {path}. Your copy replaces the programme that comes with "
                        "aspdesk."
                    ).format(path=path)
                )
                self.reload()
                self.select(programme.id)
        if path is None:
            return
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else error.reason
            self.dialogs.error(
                self.tr("The programme file cannot be opened"), f"{path}: {reason or error}"
            )
            return
        self._open_editor(path, text)

    def new_programme(self) -> None:
        """Ask for a name and edit a new programme that starts as a copy of the picked one.

        The file is written only when the new programme is saved in the editor.
        """
        base = self.selected()
        if base is None:
            return
        name = self.dialogs.text(
            self.tr("New programme"),
            self.tr("Name of the new programme (it starts as a copy of {programme}):").format(
                programme=base.name.get(self.language)
            ),
        )
        if name is None:
            return
        taken = set(self.programmes) | self._file_stems()
        programme_id = new_programme_id(name, taken)
        path = self.folder / f"{programme_id}.json"
        programme = replace(base, id=programme_id, name=Texts(name, name, name), origin="")
        self._open_editor(path, self._file_text(programme))

    def _file_stems(self) -> set[str]:
        try:
            return {p.stem.lower() for p in self.folder.iterdir()}
        except OSError:
            return set()

    def _open_editor(self, path: Path, text: str) -> None:
        dialog = ProgrammeFileDialog(path, text, self.dialogs, self)
        try:
            self.dialogs.run(dialog)
            saved = dialog.saved
        finally:
            dialog.deleteLater()
        if saved is None:
            return
        self.status.setText(self.tr("Saved {path}.").format(path=path))
        self.reload()
        self.select(saved.id)
        self.programmes_saved.emit()

    def open_file(self) -> None:
        """Open the picked programme's own file in the system's editor."""
        path = self.selected_file()
        if path is not None:
            self.dialogs.show_file(path)

    def open_folder(self) -> None:
        """Show the user's programmes folder (made if it is not there yet)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.dialogs.error(
                self.tr("The folder cannot be made"), f"{self.folder}: {error.strerror or error}"
            )
            return
        self.dialogs.show_file(self.folder)
