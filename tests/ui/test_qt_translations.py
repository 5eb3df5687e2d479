"""Qt's own dialogs speak the window's language: Qt's translations and our gaps file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, QLibraryInfo, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFileIconProvider,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from aspdesk.ui.window.i18n import install_translators

pytestmark = pytest.mark.gui

# Texts that read the same in a translation.
SAME_WORDS = {"fi": {"OK"}, "sv": {"OK"}}


@pytest.fixture
def finnish(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "fi")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def _visible_texts(widget: QWidget) -> list[str]:
    """The labels, buttons, tooltips, headers and actions of ``widget`` and its children."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        for getter in ("text", "toolTip", "placeholderText"):
            method = getattr(child, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue  # a text() that wants arguments
                if isinstance(value, str) and value.strip():
                    texts.append(value)
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
    texts += [a.text() for a in widget.findChildren(QAction) if a.text()]
    texts += [a.toolTip() for a in widget.findChildren(QAction) if a.toolTip()]
    return texts


def _qt_dialogs(folder: Path) -> list[list[str]]:
    """What Qt's dialogs the app uses show, each as a list of texts (in the same order
    in every language)."""
    found: list[list[str]] = []
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        files = QFileDialog(None, "", str(folder), "aspdesk (*.aspmap)")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
        files.setAcceptMode(mode)
        found.append(_visible_texts(files))
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "", "")
    box.setStandardButtons(
        buttons.Ok | buttons.Cancel | buttons.Yes | buttons.No | buttons.Save | buttons.Close
    )
    found.append(_visible_texts(box))
    found.append(_visible_texts(QInputDialog()))
    for editor in (QLineEdit("x"), QPlainTextEdit("x")):
        menu = editor.createStandardContextMenu()  # the editor owns it: keep it alive
        found.append([a.text() for a in menu.actions() if a.text()])
    found.append([QFileIconProvider().type(QFileInfo(str(folder)))])
    return found


def test_qts_finnish_and_swedish_translations_come_with_pyside6() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_fi.qm").is_file()
    assert (folder / "qtbase_sv.qm").is_file()


def test_the_file_dialog_is_swedish_without_a_gaps_file(qapp: QApplication, tmp_path: Path) -> None:
    # Qt's Swedish catalogue has the texts its Finnish one misses, so no qt_gaps_sv is needed.
    installed = install_translators(qapp, "sv")
    try:
        files = QFileDialog(None, "", str(tmp_path), "aspdesk (*.aspmap)")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        assert files.labelText(QFileDialog.DialogLabel.LookIn) == "&Titta i:"
        assert files.labelText(QFileDialog.DialogLabel.FileType) == "Filer av &typ:"
        assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Mapp"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_message_boxs_cancel_is_finnish(finnish: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "", "")
    box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Ok)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Peru"


def test_the_file_dialog_is_finnish(finnish: None, tmp_path: Path) -> None:
    files = QFileDialog(None, "", str(tmp_path), "aspdesk (*.aspmap)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    assert files.labelText(QFileDialog.DialogLabel.LookIn) == "&Sijainti:"
    assert files.labelText(QFileDialog.DialogLabel.FileType) == "Tiedosto&tyyppi:"
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Kansio"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_text_of_qts_dialogs_stays_english(
    qapp: QApplication, tmp_path: Path, language: str
) -> None:
    english = _qt_dialogs(tmp_path)
    installed = install_translators(qapp, language)
    try:
        translated = _qt_dialogs(tmp_path)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert [len(texts) for texts in translated] == [len(texts) for texts in english]
    untranslated = {
        e
        for texts_en, texts_tr in zip(english, translated, strict=True)
        for e, f in zip(texts_en, texts_tr, strict=True)
        if e == f and any(c.isalpha() for c in e)
    }
    assert untranslated <= SAME_WORDS[language]
