"""The main window starts without importing what its first frame does not need.

The spreadsheet readers and writers, igraph, the consortium builder and the report are
imported when first used (an export or import, the metrics' computation, the builder's
opening, the report), so they must not come back into the window's start unnoticed. Each
check runs in a fresh interpreter: in the test process other tests have long since
imported them, so ``sys.modules`` here would prove nothing.
"""

from __future__ import annotations

from pathlib import Path

from aspdesk.store.sample import write_sample
from tests.fresh_process import run_script

LATER = (
    "openpyxl",
    "python_calamine",
    "igraph",
    "aspdesk.ui.consortium.window",
    "aspdesk.graph.export.report",
    "av",  # PyAV and its FFmpeg, for the growth film
)
READY = "window-drawn"

# Starts aspdesk on a map as its command does, and prints which of LATER are loaded once
# the graph's view has been painted the first time.
_START = f"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            canvas_module = sys.modules.get("aspdesk.graph.canvas.canvas")
            view = obj.parent()
            if canvas_module is not None and view is not None and isinstance(
                view.parent(), canvas_module.GraphCanvas
            ) and view is view.parent().view:
                QTimer.singleShot(0, done)
        return False

def done():
    print("{READY}", *(m for m in {LATER!r} if m in sys.modules), flush=True)
    os._exit(0)

app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from aspdesk.cli.main import main
from tests.fresh_process import run_script
sys.exit(main(["--lang", "en", sys.argv[1]]) or 3)
"""


def _python(code: str, *args: str, home: Path) -> list[str]:
    return run_script(code, *args, home=home, cwd=home, timeout=120).split()


def test_importing_the_main_window_loads_none_of_what_comes_later(tmp_path: Path) -> None:
    code = (
        "import sys\nimport aspdesk.ui.window.main_window\n"
        f"print(*(m for m in {LATER!r} if m in sys.modules))"
    )
    assert _python(code, home=tmp_path) == []


def test_a_shown_window_has_loaded_none_of_what_comes_later(tmp_path: Path) -> None:
    sample = tmp_path / "sample.aspmap"
    write_sample(sample)
    assert _python(_START, str(sample), home=tmp_path) == [READY]


def test_importing_the_main_window_loads_no_postgresql_dialect_nor_hyphenation_patterns(
    tmp_path: Path,
) -> None:
    # A copy to a team server needs the one (27 ms), a legend broken in English or
    # Swedish the other (pyphen lists its dictionaries when imported).
    later = ("sqlalchemy.dialects.postgresql", "pyphen")
    code = (
        "import sys\nimport aspdesk.ui.window.main_window\n"
        f"print(*(m for m in {later!r} if m in sys.modules))"
    )
    assert _python(code, home=tmp_path) == []
