"""The Export image dialog: file, size, page, look, and what the picture carries.

The format follows the file name's extension (.png, .svg, .pdf), and only the choices that
format uses are enabled: pixel width or resolution and a transparent background for PNG,
the page for PDF (and for a PNG sized by resolution). The dialog only collects choices;
the window draws the image (this module knows nothing of the graph).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aspdesk.domain.records import record
from aspdesk.io.exporting.image_options import (
    MAX_DPI,
    MAX_WIDTH_PX,
    MIN_DPI,
    MIN_WIDTH_PX,
    ImageOptions,
    image_format,
)

# Asks where to save an image, starting from a suggested path; None when cancelled.
PathAsker = Callable[[Path], "Path | None"]


@record
class ImageRequest:
    """What the user asked for: where, how, and the heading (empty: none)."""

    path: Path
    options: ImageOptions
    title: str
    all_views: bool = False  # a PDF with one page per saved view


class ImageExportDialog(QDialog):
    """Choices for one image export, starting from ``request``."""

    def __init__(self, parent: QWidget | None, request: ImageRequest, ask_path: PathAsker):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export image"))
        self.ask_path = ask_path
        self.base = request.options
        options = request.options

        self.path = QLineEdit(str(request.path))
        self.path.textChanged.connect(self._on_path_text_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.format_label = QLabel()

        self.by_width = QRadioButton(self.tr("Width"))
        self.by_dpi = QRadioButton(self.tr("Resolution"))
        self.size_mode = QButtonGroup(self)
        self.size_mode.addButton(self.by_width)
        self.size_mode.addButton(self.by_dpi)
        self.width_px = QSpinBox()
        self.width_px.setRange(MIN_WIDTH_PX, MAX_WIDTH_PX)
        self.width_px.setSingleStep(100)
        self.width_px.setSuffix(self.tr(" px"))
        self.width_px.setValue(options.width_px)
        self.dpi = QSpinBox()
        self.dpi.setRange(int(MIN_DPI), int(MAX_DPI))
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(self.tr(" dpi"))
        self.dpi.setValue(round(options.dpi or 300))
        (self.by_dpi if options.dpi else self.by_width).setChecked(True)
        self.size_mode.buttonToggled.connect(self._on_size_mode_toggled)
        size_row = QHBoxLayout()
        for widget in (self.by_width, self.width_px, self.by_dpi, self.dpi):
            size_row.addWidget(widget)
        size_row.addStretch(1)

        self.page = QComboBox()
        self.page.addItem(self.tr("Fit to the drawing"), "fit")
        self.page.addItem(self.tr("A4 landscape"), "A4")
        self.page.addItem(self.tr("A3 landscape"), "A3")
        self.page.setCurrentIndex(max(0, self.page.findData(options.page_size)))
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Projector (thick lines, big nodes)"), "projector")
        self.theme.addItem(self.tr("Dark (high contrast)"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(options.theme)))
        self.transparent = QCheckBox(self.tr("Transparent background"))
        self.transparent.setChecked(options.transparent)
        self.legend = QCheckBox(self.tr("Legend"))
        self.legend.setChecked(options.legend)
        self.title = QLineEdit(request.title)
        self.title.setPlaceholderText(self.tr("No heading"))
        self.with_date = QCheckBox(self.tr("Today's date"))
        self.with_date.setChecked(options.date is not None)
        self.source = QLineEdit(options.source)
        self.source.setPlaceholderText(self.tr("For example: Source: Regional Council, 2025"))

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Format:"), self.format_label)
        form.addRow(self.tr("Size:"), size_row)
        form.addRow(self.tr("Page:"), self.page)
        self.all_views = QCheckBox(self.tr("One page for each saved view"))
        self.all_views.setChecked(request.all_views)
        form.addRow("", self.all_views)
        form.addRow(self.tr("Look:"), self.theme)
        form.addRow("", self.transparent)
        form.addRow(self.tr("Heading:"), self.title)
        form.addRow("", self.legend)
        form.addRow("", self.with_date)
        form.addRow(self.tr("Source line:"), self.source)
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
        self._update_enabled()

    def format(self) -> str | None:
        """The format the file name asks for, or None for a name aspdesk cannot write."""
        return image_format(Path(self.path.text().strip()))

    def request(self) -> ImageRequest:
        """The choices made, as a request."""
        kind = self.format() or "png"
        dpi = float(self.dpi.value()) if kind == "png" and self.by_dpi.isChecked() else None
        options = replace(
            self.base,
            format=kind,
            width_px=self.width_px.value(),
            dpi=dpi,
            page_size=str(self.page.currentData()),
            theme=str(self.theme.currentData()),
            transparent=self.transparent.isChecked() and kind == "png",
            legend=self.legend.isChecked(),
            date=date.today() if self.with_date.isChecked() else None,
            source=self.source.text().strip(),
        )
        pdf = self.format() == "pdf"
        return ImageRequest(
            Path(self.path.text().strip()),
            options,
            self.title.text().strip(),
            pdf and self.all_views.isChecked(),
        )

    def _update_enabled(self) -> None:
        kind = self.format()
        names = {
            "png": self.tr("PNG picture"),
            "svg": self.tr("SVG drawing (vectors, text stays text)"),
            "pdf": self.tr("PDF document (vectors, text stays text)"),
        }
        self.format_label.setText(
            names[kind] if kind else self.tr("Choose a name ending in .png, .svg or .pdf")
        )
        png = kind == "png"
        for widget in (self.by_width, self.by_dpi, self.transparent):
            widget.setEnabled(png)
        self.width_px.setEnabled(png and self.by_width.isChecked())
        self.dpi.setEnabled(png and self.by_dpi.isChecked())
        self.page.setEnabled(kind in ("pdf", "svg") or (png and self.by_dpi.isChecked()))
        self.all_views.setEnabled(kind == "pdf")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(kind is not None)

    def _on_path_text_changed(self, _text: str) -> None:
        self._update_enabled()

    def _on_size_mode_toggled(self, *_args: object) -> None:
        self._update_enabled()

    def _on_browse_clicked(self) -> None:
        chosen = self.ask_path(Path(self.path.text().strip()))
        if chosen is not None:
            self.path.setText(str(chosen))
