"""Makes the user guide's pictures from the sample map with the app's own windows and drawing.

    python -m tests.help_pictures            # every language, into resources/help/*/images
    python -m tests.help_pictures --out DIR  # elsewhere (DIR/fi/images, DIR/sv/images, ...)

Each language is drawn in a process of its own on an offscreen screen of 1366x768 at
scale 2, so the pictures have the pixels of a HiDPI screen (the guide shows them at half
their size, see ``aspdesk/ui/help/pages.py``) and a window is laid out as on a laptop.
The main window, the workshop, the import dialog and the Cluster health panel are grabbed
as the app draws them; the graph picture is the app's own image export. A picture wider
than the page (:data:`PAGE_WIDTH`) is scaled down smoothly to it here, which keeps the
files small, as do 256 colours.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fi", "sv", "en")
SCALE = 2  # the screen's device pixel ratio, aspdesk.ui.help.pages.PICTURE_SCALE
PAGE_WIDTH = 720  # widest picture on a page, in page pixels
SCREEN = (1366, 768)  # logical pixels


def _draw_all(out: Path) -> None:
    """Start one drawing process per language."""
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as folder:
            config = Path(folder) / "screens.json"
            screen = {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": SCREEN[0] * SCALE,
                "height": SCREEN[1] * SCALE,
            }
            config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
            env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
            env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
            env["QT_SCALE_FACTOR"] = str(SCALE)
            env["ASPDESK_HOME"] = str(Path(folder) / "home")
            env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
            command = [sys.executable, "-m", "tests.help_pictures", "--draw", language]
            subprocess.run([*command, "--out", str(out)], cwd=ROOT, env=env, check=True)


def _draw(language: str, out: Path) -> None:
    """Draw the pictures of ``language`` into ``out/<language>/images`` (Qt set up)."""
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from aspdesk.app.document import Document
    from aspdesk.app.selection import Ref
    from aspdesk.app.settings import Settings
    from aspdesk.domain.entities import EntityType
    from aspdesk.graph.export.image import Page, export_image
    from aspdesk.io.exporting.image_options import ImageOptions
    from aspdesk.store.opening import open_map
    from aspdesk.store.sample import write_sample
    from aspdesk.ui.window.dialogs import Dialogs
    from aspdesk.ui.window.i18n import install_translators
    from aspdesk.ui.window.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    translators = install_translators(app, language)
    folder = out / language / "images"
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_for(ready: Callable[[], bool], what: str) -> None:
        for _ in range(300):
            if ready():
                return
            settle(100)
        raise RuntimeError(f"{what} did not come")

    def save(image: QImage, name: str) -> None:
        width = min(PAGE_WIDTH * SCALE, image.width())
        if width != image.width():
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        image.setDevicePixelRatio(1.0)
        # 256 colours: a fifth of the bytes, and a window grab shows few more than that.
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.PreferDither
        image = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
        if not image.save(str(folder / name), quality=0):  # PNG: the most compression
            raise RuntimeError(f"could not write {folder / name}")
        print(f"wrote {folder / name} ({image.width()}x{image.height()})")

    def grab(widget: QWidget, name: str) -> None:
        save(widget.grab().toImage(), name)

    sample = work / "sample.aspmap"
    write_sample(sample)
    store = open_map(sample, work / "backups")
    document = Document(store, language)
    settings = Settings(work / "settings.ini")

    class FileAnswers(Dialogs):
        """Answers File > Import… with the spreadsheet made for the pictures."""

        answer: Path | None = None

        def import_path(self, folder: Path | None) -> Path | None:
            return self.answer

    def opener(path: Path, create: bool) -> Document:
        raise RuntimeError("the pictures open no other map")

    window = MainWindow(document, settings, opener)
    dialogs = FileAnswers(window)
    window.dialogs = dialogs
    window.resize(*SCREEN)
    window.show()
    settle(800)
    window.graph.canvas.fit()
    first = next(a for a in store.actors() if a.name == "Lapin liitto")
    document.selection.select([Ref(EntityType.ACTOR, first.id or 0)])
    settle(800)
    grab(window, "main-window.png")

    export = work / "graph.png"
    options = ImageOptions(width_px=PAGE_WIDTH * SCALE, theme="light", language=language)
    export_image(window.graph.canvas, [Page()], options, export)
    save(QImage(str(export)), "graph.png")

    window.analysis.health_dock.show()
    window.analysis.health_dock.raise_()
    settle(800)
    health = window.analysis.health
    assert health is not None
    health.refresh()
    window.analysis.health_dock.setFloating(True)
    window.analysis.health_dock.resize(560, 640)
    settle(800)
    grab(health, "health-dock.png")
    window.analysis.health_dock.setFloating(False)

    dialogs.answer = _spreadsheet(work, language)
    window.importer.import_file()
    wait_for(lambda: window.importer.dialog is not None, "the import dialog")
    dialog = window.importer.dialog
    assert dialog is not None
    dialog.resize(1100, 640)
    settle(800)
    grab(dialog, "import-columns.png")
    dialog.next_button.click()
    wait_for(lambda: dialog.pages.currentWidget() is dialog.preview, "the preview")
    settle(800)
    grab(dialog, "import-preview.png")
    dialog.reject()
    settle(300)

    workshop = window.workshop.start(full_screen=False)
    assert workshop is not None
    settle(1500)
    grab(workshop, "workshop.png")
    workshop.close()
    settle(300)

    window.close()
    del translators


# A coordinator's member list, as it might come from a spreadsheet: actors the sample map
# holds (one with news, one that differs), a new one, a near duplicate and one with a typo.
_HEADERS = {
    "fi": ["Organisaatio", "Y-tunnus", "Kunta", "Tyyppi", "Toimiala", "Yhteyshenkilö"],
    "sv": ["Organisation", "FO-nummer", "Kommun", "Typ", "Bransch", "Kontaktperson"],
    "en": ["Organisation", "Business ID", "Municipality", "Type", "Sector", "Contact person"],
}
_BOOKS = {"fi": ("jasenet", "Jäsenet"), "sv": ("medlemmar", "Medlemmar")}
_ROWS = [
    ["Lapin yliopisto", "0245904-2", "Rovaniemi", "yliopisto", "", "Maija M."],
    ["Digipolis", "", "Tornio", "kehittämisyhtiö", "", ""],
    ["Revontuli Sauna Oy (example)", "3111111-7", "Inari", "Oy", "matkailu", "Aslak S."],
    ["Lapin Marjatila (example)", "", "Posio", "yritys", "elintarvikkeet", ""],
    ["Kuura Desing Oy (example)", "", "Rovaniemi", "Oy", "muotoilu", ""],
    ["Aurora Arktinen Oy (example)", "1234567-0", "Kittilä", "Oy", "kaivos", ""],
]


def _spreadsheet(folder: Path, language: str) -> Path:
    import openpyxl

    stem, title = _BOOKS.get(language, ("members", "Members"))
    path = folder / f"{stem}.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(_HEADERS[language])
    for row in _ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "help")
    parser.add_argument("--draw", choices=LANGUAGES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.draw:
        _draw(args.draw, args.out)
    else:
        _draw_all(args.out)


if __name__ == "__main__":
    main()
