"""The top of the consortium builder: the programme, what it says, and the call warning.

The programme list comes from the rule files (:func:`read_programmes`); names are in the
UI language. Under it: when the rules were last checked against their sources, the
programme's notes and sources, and a warning, always on show, that the rules must be
checked against the call text. User files that could not be read are counted here and
explained in Programmes….
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aspdesk.analysis.consortium.builder import (
    CHECK_THE_CALL,
    Programme,
    ProgrammeFileError,
    checked_sentence,
)
from aspdesk.app.collation import name_key
from aspdesk.app.settings import Settings
from aspdesk.app.style_marks import show_as_error
from aspdesk.domain.dates import format_date
from aspdesk.ui.consortium.dialogs import ConsortiumDialogs
from aspdesk.ui.programmes.editor import ProgrammesDialog, read_programmes

DEFAULT_PROGRAMME = "horizon_europe"
WARNING_STYLE = (
    "QFrame#callWarning { background: #FFF4CE; border: 1px solid #C8A200; border-radius: 4px; }"
    " QFrame#callWarning QLabel { background: transparent; border: none; color: #1F1F1F; }"
)


def translate(context: str, text: str) -> str:
    """The Qt translation of a text of the Qt-free layers."""
    return QCoreApplication.translate(context, text)


def plain_label(parent: QWidget, text: str = "") -> QLabel:
    """A word-wrapped label that shows its text as it is, never as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ProgrammePicker(QWidget):
    """Pick a programme; read its notes; ``programme_changed`` after every change."""

    programme_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        folder: Path,
        language: str,
        dialogs: Callable[[], ConsortiumDialogs],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.folder = folder
        self.language = language
        self.dialogs = dialogs
        self.programmes: dict[str, Programme] = {}
        self.problems: list[ProgrammeFileError] = []

        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        label = QLabel(self.tr("&Programme:"), self)
        label.setBuddy(self.combo)
        self.programmes_button = QPushButton(self.tr("Pro&grammes…"), self)
        self.programmes_button.setToolTip(self.tr("Add a programme or edit its rules"))
        self.programmes_button.clicked.connect(self.manage)
        self.checked_label = plain_label(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        # Four whole lines of notes and no part of a fifth; the rest scrolls by lines.
        margins = self.notes.document().documentMargin() + 2 * self.notes.frameWidth()
        self.notes.setMaximumHeight(int(self.notes.fontMetrics().lineSpacing() * 4 + margins))
        self.notes.setAccessibleName(self.tr("About this programme"))
        self.problems_label = plain_label(self)
        show_as_error(self.problems_label)
        self.call_warning = self._call_warning()

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.combo, 1)
        top.addWidget(self.programmes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.checked_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.call_warning)
        layout.addWidget(self.problems_label)

    def _call_warning(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("callWarning")
        frame.setStyleSheet(WARNING_STYLE)
        icon = QLabel(frame)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size * 2, size * 2))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.call_text = plain_label(frame, translate("consortium", CHECK_THE_CALL))
        font = self.call_text.font()
        font.setBold(True)
        self.call_text.setFont(font)
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(icon)
        row.addWidget(self.call_text, 1)
        return frame

    # -- the programmes -----------------------------------------------------------------

    def load(self) -> None:
        """Read the programme files again and keep the programme picked, if still there."""
        wanted = self.programme_id() or self.settings.consortium_programme or DEFAULT_PROGRAMME
        self.programmes, self.problems = read_programmes(self.folder)
        ordered = sorted(
            self.programmes.values(), key=lambda p: name_key(p.name.get(self.language))
        )
        self.combo.blockSignals(True)
        self.combo.clear()
        for programme in ordered:
            self.combo.addItem(programme.name.get(self.language), programme.id)
        self.combo.setCurrentIndex(max(self.combo.findData(wanted), 0))
        self.combo.blockSignals(False)
        self.problems_label.setText(
            self.tr(
                "%n programme file(s) of yours could not be read and are left out; "
                "Programmes… says what is wrong.",
                "",
                len(self.problems),
            )
        )
        self.problems_label.setVisible(bool(self.problems))
        self._on_combo_current_index_changed()

    def programme_id(self) -> str:
        """The id of the programme picked ("" when none)."""
        value = self.combo.currentData()
        return value if isinstance(value, str) else ""

    def programme(self) -> Programme | None:
        """The programme picked."""
        return self.programmes.get(self.programme_id())

    def choose(self, programme_id: str) -> bool:
        """Pick the programme ``programme_id``; False when there is none such."""
        position = self.combo.findData(programme_id)
        if position >= 0:
            self.combo.setCurrentIndex(position)
        return position >= 0

    def _on_combo_current_index_changed(self, *_args: object) -> None:
        programme = self.programme()
        language = self.language
        if programme is None:
            self.checked_label.clear()
            self.notes.clear()
        else:
            self.settings.consortium_programme = programme.id
            sentence = checked_sentence(programme, language, lambda d: format_date(d, language))
            where = (
                self.tr("Rules from your file {file}.").format(file=programme.origin)
                if programme.origin
                else ""
            )
            self.checked_label.setText(" ".join(t for t in (sentence.text(translate), where) if t))
            sources = "\n".join(
                "• " + " — ".join(part for part in (s.title, s.version, s.url) if part)
                for s in programme.sources
            )
            notes = programme.notes.get(language)
            heading = self.tr("Sources:")
            self.notes.setPlainText(f"{notes}\n\n{heading}\n{sources}" if sources else notes)
        self.programme_changed.emit()

    def manage(self) -> None:
        """Show the programme files (to edit, add or mend one); read them again afterwards."""
        dialogs = self.dialogs()
        dialog = ProgrammesDialog(self.folder, self.language, dialogs, self.window())
        dialog.select(self.programme_id())
        # A programme saved in the editor shows in the builder at once, behind the dialog.
        dialog.programmes_saved.connect(self.load)
        try:
            dialogs.run(dialog)
        finally:
            dialog.deleteLater()
        self.load()
