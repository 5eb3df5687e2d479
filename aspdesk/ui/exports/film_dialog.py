"""The Export growth film dialog: file and format, the two dates, length, size and look.

The format is chosen from a list and the file name's extension follows it (a name typed
with .mp4, .gif or .webp chooses the format in turn). The dialog only collects choices;
the window films the graph (this module knows nothing of the graph).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aspdesk.domain.languages import writes_finnish_formats
from aspdesk.domain.records import record
from aspdesk.io.exporting.film_options import (
    FILM_SUFFIXES,
    MAX_SECONDS,
    MAX_SIDE,
    MIN_SECONDS,
    MIN_SIDE,
    FilmOptions,
    film_format,
)

# Asks where to save a film, starting from a suggested path; None when cancelled.
PathAsker = Callable[[Path], "Path | None"]


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@record
class FilmRequest:
    """What the user asked for: where, how, and the heading (empty: none)."""

    path: Path
    options: FilmOptions
    title: str


class FilmExportDialog(QDialog):
    """Choices for one film of the network's growth, starting from ``request``."""

    def __init__(self, parent: QWidget | None, request: FilmRequest, ask_path: PathAsker):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export growth film"))
        self.ask_path = ask_path
        self.base = request.options
        options = request.options

        self.path = QLineEdit(str(request.path))
        # room for a folder and a name, where the image dialog's field showed only the end
        self.path.setMinimumWidth(self.path.fontMetrics().averageCharWidth() * 48)
        self.path.textChanged.connect(self._on_path_text_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.format = QComboBox()
        self.format.addItem(self.tr("MP4 video (plays everywhere)"), "mp4")
        self.format.addItem(self.tr("Animated GIF (for slides and e-mail)"), "gif")
        self.format.addItem(self.tr("Animated WebP (for web pages)"), "webp")
        self.format.setCurrentIndex(max(0, self.format.findData(options.format)))
        self.format.currentIndexChanged.connect(self._on_format_changed)

        self.start = self._date_edit(options.start)
        self.end = self._date_edit(options.end)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        self.seconds = QSpinBox()
        self.seconds.setRange(MIN_SECONDS, MAX_SECONDS)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setValue(options.seconds)
        self.width_px = self._side(options.width)
        self.height_px = self._side(options.height)
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_px)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_px)
        size_row.addStretch(1)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Projector (thick lines, big nodes)"), "projector")
        self.theme.addItem(self.tr("Dark (high contrast)"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(options.theme)))
        self.legend = QCheckBox(self.tr("Legend"))
        self.legend.setChecked(options.legend)
        self.title = QLineEdit(request.title)
        self.title.setPlaceholderText(self.tr("No heading"))
        self.problem = QLabel()

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("From – to:"), period)
        form.addRow(self.tr("Length:"), self.seconds)
        form.addRow(self.tr("Size:"), size_row)
        form.addRow(self.tr("Look:"), self.theme)
        form.addRow(self.tr("Heading:"), self.title)
        form.addRow("", self.legend)
        form.addRow("", self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.start.dateChanged.connect(self._on_date_changed)
        self.end.dateChanged.connect(self._on_date_changed)
        self._update_enabled()

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        finnish = writes_finnish_formats(self.base.language)
        edit.setDisplayFormat("d.M.yyyy" if finnish else "yyyy-MM-dd")  # as the frames write it
        return edit

    def _side(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(MIN_SIDE, MAX_SIDE)
        box.setSingleStep(10)
        box.setSuffix(self.tr(" px"))
        box.setValue(value)
        return box

    def request(self) -> FilmRequest:
        """The choices made, as a request."""
        options = replace(
            self.base,
            format=str(self.format.currentData()),
            start=_day(self.start.date()),
            end=_day(self.end.date()),
            seconds=self.seconds.value(),
            width=self.width_px.value(),
            height=self.height_px.value(),
            theme=str(self.theme.currentData()),
            legend=self.legend.isChecked(),
        )
        return FilmRequest(Path(self.path.text().strip()), options, self.title.text().strip())

    def _update_enabled(self) -> None:
        backwards = self.end.date() < self.start.date()
        named = film_format(Path(self.path.text().strip())) is not None
        problem = ""
        if backwards:
            problem = self.tr("The last day comes before the first.")
        elif not named:
            problem = self.tr("Choose a name ending in .mp4, .gif or .webp")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(named and not backwards)

    def _on_path_text_changed(self, text: str) -> None:
        kind = film_format(Path(text.strip()))
        if kind is not None and kind != self.format.currentData():
            self.format.setCurrentIndex(self.format.findData(kind))
        self._update_enabled()

    def _on_format_changed(self, _index: int) -> None:
        path = Path(self.path.text().strip())
        suffix = next(s for s, kind in FILM_SUFFIXES.items() if kind == self.format.currentData())
        if path.name and path.suffix.lower() != suffix:
            self.path.setText(str(path.with_suffix(suffix)))

    def _on_date_changed(self, _date: QDate) -> None:
        self._update_enabled()

    def _on_browse_clicked(self) -> None:
        chosen = self.ask_path(Path(self.path.text().strip()))
        if chosen is not None:
            self.path.setText(str(chosen))
