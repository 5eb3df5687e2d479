"""File > Export image, Edit > Copy image and the export dialog, as a user drives them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.ui.exports.image_actions import file_stem
from aspdesk.ui.exports.image_dialog import ImageExportDialog, ImageRequest
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs
from .status_bar import status_said

pytestmark = pytest.mark.gui


def _dialogs(window: MainWindow) -> ScriptedDialogs:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    return dialogs


def test_menus_offer_export_and_copy(window: MainWindow) -> None:
    export = window.images.export_action
    assert export.shortcut().toString() == "Ctrl+Shift+E"
    file_actions = window.menuBar().actions()[0].menu().actions()
    assert export in file_actions
    assert window.images.copy_action in window.edit_menu.actions()


def test_export_image_writes_the_chosen_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialogs = _dialogs(window)
    target = tmp_path / "net.png"
    dialogs.image_requests = [ImageRequest(target, ImageOptions(width_px=1000), "Heading")]
    window.images.export_action.trigger()
    defaults = dialogs.image_defaults
    assert defaults is not None
    assert defaults.title == window.document.map_name()
    assert defaults.path.suffix == ".png" and defaults.options.language == "en"
    task = window.images.task
    assert task is not None
    said = status_said(window)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert QImage(str(target)).width() == 1000
    assert dialogs.errors == []
    assert any("net.png" in text for text in said), said
    # The next export starts from these choices, in the same folder.
    dialogs.image_requests = [None]
    window.images.export_action.trigger()
    again = dialogs.image_defaults
    assert again is not None and again.options.width_px == 1000 and again.path.parent == tmp_path


def test_cancelled_dialog_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    dialogs = _dialogs(window)
    dialogs.image_requests = [None]
    window.images.export_action.trigger()
    assert window.images.task is None
    assert list(tmp_path.glob("*.png")) == []


def test_export_failure_is_reported(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialogs = _dialogs(window)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    dialogs.image_requests = [ImageRequest(blocker / "net.pdf", ImageOptions(format="pdf"), "")]
    window.images.export_action.trigger()
    task = window.images.task
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=60_000):
        pass
    (message,) = dialogs.errors
    assert "net.pdf" in message


def test_copy_image_puts_the_view_on_the_clipboard(window: MainWindow) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    window.images.copy_action.trigger()
    image = clipboard.image()
    canvas = window.graph.canvas
    assert not image.isNull()
    assert image.width() >= canvas.box.width() and image.height() >= canvas.box.height()


def test_file_names_come_from_the_map_name() -> None:
    assert file_stem("Arctic Smartness: 2015/16") == "Arctic Smartness- 2015-16"
    assert file_stem("..") == "graph"


def test_dialog_follows_the_format_of_the_file_name(qtbot: QtBot, tmp_path: Path) -> None:
    asked: list[Path] = []

    def ask(suggested: Path) -> Path | None:
        asked.append(suggested)
        return tmp_path / "chosen.pdf"

    start = ImageRequest(tmp_path / "map.png", ImageOptions(), "Arctic")
    dialog = ImageExportDialog(None, start, ask)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.width_px.isEnabled() and dialog.transparent.isEnabled()
    assert not dialog.page.isEnabled()
    dialog.by_dpi.setChecked(True)
    assert dialog.dpi.isEnabled() and dialog.page.isEnabled() and not dialog.width_px.isEnabled()
    dialog.transparent.setChecked(True)
    dialog.with_date.setChecked(True)
    dialog.source.setText("  Lähde: Lapin liitto ")
    request = dialog.request()
    assert request.options.format == "png" and request.options.dpi == 300
    assert request.options.transparent and request.options.date is not None
    assert request.options.source == "Lähde: Lapin liitto" and request.title == "Arctic"

    dialog.path.setText(str(tmp_path / "map.docx"))
    assert not ok.isEnabled()
    dialog._on_browse_clicked()
    assert asked == [tmp_path / "map.docx"]
    assert dialog.format() == "pdf" and ok.isEnabled()
    assert not dialog.transparent.isEnabled() and dialog.page.isEnabled()
    dialog.page.setCurrentIndex(dialog.page.findData("A3"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("projector"))
    dialog.legend.setChecked(False)
    dialog.title.setText("")
    request = dialog.request()
    assert request.path == tmp_path / "chosen.pdf"
    options = request.options
    assert (options.format, options.page_size, options.theme) == ("pdf", "A3", "projector")
    assert not options.legend
    assert request.options.dpi is None and not request.options.transparent
    assert request.title == ""


def test_a_pdf_with_one_page_per_saved_view_leaves_the_graph_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from dataclasses import replace as replaced

    import pypdfium2 as pdfium

    from aspdesk.app.view_commands import AddView
    from aspdesk.io.exporting.image_options import ImageOptions
    from aspdesk.ui.exports.image_dialog import ImageRequest

    document = window.document
    base = window.graph.view_state()
    document.push(AddView(document, "Kaikki", base, "Add"))
    document.push(AddView(document, "Yritykset", replaced(base, kinds=("company",)), "Add"))
    before = window.graph.view_state()
    shown = len(window.graph.canvas.data.refs)
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    target = tmp_path / "views.pdf"
    dialogs.image_requests = [
        ImageRequest(target, ImageOptions(format="pdf", page_size="A4"), "Kartta", True)
    ]
    window.images.export_action.trigger()
    task = window.images.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    pdf = pdfium.PdfDocument(str(target))
    try:
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    assert len(texts) == 2
    assert "Kartta – Kaikki" in texts[0] and "Kartta – Yritykset" in texts[1]
    assert "Lapin liitto" in texts[0] and "Lapin liitto" not in texts[1]
    assert len(window.graph.canvas.data.refs) == shown
    assert window.graph.view_state().kinds == before.kinds


def test_file_export_report_writes_a_pdf(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    target = tmp_path / "raportti.pdf"
    dialogs.paths = [target]
    window.report.action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert dialogs.errors == []
    assert "Report saved" in window.statusBar().currentMessage()
