"""The command line starts without SQLAlchemy or Qt, and still speaks the system's language.

Each check runs in a fresh interpreter: in the test process other tests have long since
imported both, so ``sys.modules`` here would prove nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pytest

from aspdesk.cli.main import draws_a_graph, imports_translated
from aspdesk.cli.text import may_name_translated

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "PySide6", "shiboken6")


def _python(code: str, locale: Mapping[str, str]) -> str:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("LANG", "LANGUAGE") and not name.startswith("LC_")
    }
    env.update(locale)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _loaded_after(statements: str, locale: Mapping[str, str]) -> list[str]:
    code = f"import sys\n{statements}\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    return _python(code, locale).split()


def test_importing_the_command_line_loads_no_sqlalchemy_and_no_qt() -> None:
    assert _loaded_after("import aspdesk.cli.main", {"LANG": "C.UTF-8"}) == []


@pytest.mark.parametrize(
    "arguments",
    [["--version"], ["--help"], ["--lang", "en", "--help"], ["sample", "--help"]],
)
def test_english_help_and_version_load_no_sqlalchemy_and_no_qt(arguments: list[str]) -> None:
    statements = (
        "import contextlib, io\n"
        "from aspdesk.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        f"    main({arguments!r})"
    )
    assert _loaded_after(statements, {"LANG": "en_US.UTF-8"}) == []


def test_finnish_loads_the_translation() -> None:
    statements = "from aspdesk.cli.text import cli_tr, use_language\nuse_language('fi')"
    assert "PySide6" in _loaded_after(statements, {"LANG": "C.UTF-8"})


@pytest.mark.parametrize(
    "locale",
    [
        {},
        {"LANG": "C.UTF-8"},
        {"LANG": "fi_FI.UTF-8"},
        {"LANG": "en_US.UTF-8", "LANGUAGE": "fi:en"},
        {"LANG": "en_US.UTF-8", "LC_MESSAGES": "fi_FI.UTF-8"},
        {"LANG": "fi_FI.UTF-8", "LC_ALL": "en_GB.UTF-8"},
        {"LANG": "en_US.UTF-8", "LC_NUMERIC": "fi_FI.UTF-8"},
        {"LANG": "sv_FI.UTF-8"},
        {"LANG": "sv_SE.UTF-8"},
        {"LANG": "en_US.UTF-8", "LC_ALL": "sv_FI.UTF-8"},
    ],
)
def test_the_system_language_is_the_one_qt_finds(locale: dict[str, str]) -> None:
    # Qt is asked second, so the shortcut that avoids it runs first as it does in a command.
    code = (
        "from aspdesk.cli.text import system_language\n"
        "ours = system_language()\n"
        "from PySide6.QtCore import QLocale\n"
        "codes = {QLocale.Language.Finnish: 'fi', QLocale.Language.Swedish: 'sv'}\n"
        "print(ours, codes.get(QLocale.system().language(), 'en'))"
    )
    ours, qts = _python(code, locale).split()
    assert ours == qts


def test_swedish_systems_get_swedish() -> None:
    code = "from aspdesk.cli.text import system_language\nprint(system_language())"
    assert _python(code, {"LANG": "sv_FI.UTF-8"}).strip() == "sv"


def test_only_locale_variables_naming_a_translation_send_the_question_to_qt() -> None:
    assert may_name_translated({"LANG": "fi_FI.UTF-8"})
    assert may_name_translated({"LANG": "sv_FI.UTF-8"})
    assert may_name_translated({"LANG": "C.UTF-8", "LANGUAGE": "sv:fi"})
    assert may_name_translated({"LC_MESSAGES": "FI_FI"})
    assert not may_name_translated({"LANG": "en_US.UTF-8", "LC_ALL": "C", "LANGUAGE": "en"})
    assert not may_name_translated({"PATH": "/opt/fi/bin", "FILE": "fi"})
    assert not may_name_translated({})


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path: Path) -> None:
    """``aspdesk sample X | head -0``: the pipe closes before the command writes."""
    reader = subprocess.Popen(["head", "-c", "0"], stdin=subprocess.PIPE)
    assert reader.stdin is not None
    reader.wait()  # gone before aspdesk writes a word
    result = subprocess.run(
        [sys.executable, "-m", "aspdesk", "sample", str(tmp_path / "s.aspmap")],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    reader.stdin.close()
    assert "Traceback" not in result.stderr
    assert (tmp_path / "s.aspmap").exists()  # the work itself was done


def _import_order(arguments: list[str]) -> list[str]:
    """The modules a command loaded, in the order their imports ended (``-X importtime``)."""
    code = (
        "import contextlib, io\n"
        "from aspdesk.cli.main import main\n"
        "quiet = io.StringIO()\n"
        "with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):\n"
        f"    with contextlib.suppress(SystemExit):\n        main({arguments!r})"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    return [line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines() if "|" in line]


@pytest.mark.parametrize("language", ["en", "fi"])
def test_a_graph_is_drawn_with_sqlalchemy_and_numpy_loaded_before_qt(
    language: str, tmp_path: Path
) -> None:
    """PySide6's import hook reads the source of every module loaded after it: the big
    libraries that never use Qt come first (aspdesk/cli/before_qt.py)."""
    missing = str(tmp_path / "puuttuu.aspmap")  # fails to open, after loading what it needs
    order = _import_order(["export", missing, "-o", str(tmp_path / "x.png"), "--lang", language])
    assert {"sqlalchemy", "numpy", "PySide6.QtCore"} <= set(order)
    qt = order.index("PySide6.QtCore")
    assert order.index("sqlalchemy") < qt and order.index("numpy") < qt


def test_commands_without_a_graph_are_left_as_they_load(tmp_path: Path) -> None:
    assert "numpy" not in _import_order(["--version"])
    assert "numpy" not in _import_order(["export", "--help"])
    missing = str(tmp_path / "puuttuu.aspmap")
    assert "numpy" not in _import_order(["export", missing, f"-o{tmp_path / 'kartta.json'}"])


@pytest.mark.parametrize(
    ("arguments", "graph"),
    [
        ([], True),
        (["kartta.aspmap"], True),
        (["--lang", "fi", "--sample"], True),
        (["export", "kartta.aspmap", "-o", "verkko.png"], True),
        (["export", "kartta.aspmap", "--output=kasvu.mp4", "--from", "2015-01-01"], True),
        (["export", "kartta.aspmap", "-okartta.html"], True),
        (["report", "kartta.aspmap", "-o", "raportti.pdf"], True),
        (["export", "kartta.aspmap", "-o", "kartta.xlsx"], False),
        (["import", "kartta.aspmap", "toimijat.xlsx"], False),
        (["--version"], False),
        (["report", "--help"], False),
    ],
)
def test_which_commands_draw_a_graph(arguments: list[str], graph: bool) -> None:
    assert draws_a_graph(arguments) is graph


@pytest.mark.parametrize(
    ("arguments", "translated"),
    [
        (["import", "kartta.aspmap", "toimijat.xlsx", "--lang", "fi"], True),
        (["import", "kartta.aspmap", "aktörer.xlsx", "--lang=sv"], True),
        (["import", "kartta.aspmap", "actors.xlsx", "--lang", "en"], False),
        (["import", "--help", "--lang", "fi"], False),
        (["export", "kartta.aspmap", "-o", "kartta.xlsx", "--lang", "fi"], False),
    ],
)
def test_an_import_in_another_language_than_english_loads_the_store_before_qt(
    arguments: list[str], translated: bool
) -> None:
    assert imports_translated(arguments) is translated


_SOURCES_READ = """
import contextlib, inspect, io, sys
from aspdesk.cli.main import main
read = []
real_getsource = inspect.getsource
def getsource(thing):
    read.append(getattr(thing, "__name__", "?"))
    return real_getsource(thing)
inspect.getsource = getsource
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    with contextlib.suppress(SystemExit):
        main(ARGUMENTS)
hook = sys.modules["shibokensupport.feature"]
before = len(read)
import pyqtgraph, aspdesk.ui.window.main_window
print(before, len(read) - before)
"""


@pytest.mark.parametrize("language", ["en", "fi"])
def test_a_graph_is_drawn_without_pyside_reading_every_module_s_source(
    language: str, tmp_path: Path
) -> None:
    """PySide6's import hook would read the source of pyqtgraph's and aspdesk's modules,
    some 780 of them; the command stops it (aspdesk/cli/before_qt.py). The hook being
    there at all is checked too: a PySide6 release without it ends the need."""
    missing = str(tmp_path / "puuttuu.aspmap")
    arguments = ["export", missing, "-o", str(tmp_path / "x.png"), "--lang", language]
    code = _SOURCES_READ.replace("ARGUMENTS", repr(arguments))
    _, after = _python(code, {}).split()
    assert int(after) == 0  # nothing imported after the command's start is read
    probe = (
        "import sys, PySide6.QtCore\n"
        "hook = sys.modules['shibokensupport.feature']\n"
        "print(hook.feature_imported.__name__, 'PySide6' in hook._mod_uses_pyside.__doc__)"
    )
    assert _python(probe, {}) == "feature_imported True"


_CLASSES_MADE = """
import contextlib, io, os, sys
os.environ.pop("OPENBLAS_NUM_THREADS", None)  # a user's own setting is kept; none here
from aspdesk.cli.main import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    with contextlib.suppress(SystemExit):
        main(ARGUMENTS)
import PySide6.QtCore, PySide6.QtWidgets, pyqtgraph, pyqtgraph.Qt
mirrored = pyqtgraph.Qt.QtWidgets.QGraphicsView is PySide6.QtWidgets.QGraphicsView
made, listed = len(PySide6.QtWidgets.__dict__), len(dir(PySide6.QtWidgets))
print(made, listed, mirrored, pyqtgraph.Qt.QtVersion, os.environ.get("OPENBLAS_NUM_THREADS"))
"""


def test_a_graph_is_drawn_without_pyqtgraph_making_every_qt_class(tmp_path: Path) -> None:
    """pyqtgraph's mirrors of Qt's modules ask PySide6 for a class when one is wanted
    (aspdesk/cli/before_qt.py); PySide6's listing of its names is as it was; and numpy
    came without a pool of BLAS threads."""
    missing = str(tmp_path / "puuttuu.aspmap")
    arguments = ["export", missing, "-o", str(tmp_path / "x.png"), "--lang", "en"]
    made, listed, mirrored, version, blas = _python(
        _CLASSES_MADE.replace("ARGUMENTS", repr(arguments)), {}
    ).split()
    assert int(made) < int(listed) / 2, "QtWidgets' classes were made all at once"
    assert int(listed) > 150 and mirrored == "True" and version.startswith("6.")
    assert blas == "1", "numpy's OpenBLAS started a pool of threads (before_qt.one_blas_thread)"


@pytest.mark.parametrize(
    ("output", "paused"),
    [("verkko.png", True), ("kartta.html", True), ("kasvu.mp4", False), ("kartta.xlsx", False)],
)
def test_the_collector_waits_while_a_picture_is_made_not_a_film(
    output: str, paused: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Python's cyclic collector is paused for a command that draws one picture (its two
    full passes cost 0.1-0.15 s of a 10,000-actor export), not for a film's many frames
    nor a command without a graph, and is on again when the command ends."""
    import gc

    from aspdesk.cli import main as cli_main

    seen: list[bool] = []

    def run(_args: object) -> int:
        seen.append(gc.isenabled())
        return 0

    export = cli_main.SUBCOMMANDS["export"]
    monkeypatch.setitem(cli_main.SUBCOMMANDS, "export", replace(export, run=run))
    assert gc.isenabled()
    assert cli_main.main(["export", str(tmp_path / "kartta.aspmap"), "-o", output]) == 0
    assert seen == [not paused] and gc.isenabled()


def test_a_collector_paused_before_the_command_stays_paused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``main`` gives the collector back as it found it: ``python -m aspdesk`` pauses it
    for a picture's whole process, and it must not come back on as the picture is done."""
    import gc

    from aspdesk.cli import main as cli_main

    export = cli_main.SUBCOMMANDS["export"]
    monkeypatch.setitem(cli_main.SUBCOMMANDS, "export", replace(export, run=lambda _args: 0))
    gc.disable()
    try:
        assert cli_main.main(["export", str(tmp_path / "kartta.aspmap"), "-o", "k.png"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize(("output", "frozen"), [("verkko.png", True), ("toimijat.xlsx", False)])
def test_a_picture_s_process_ends_without_collecting_what_it_drew(
    output: str, frozen: bool, tmp_path: Path
) -> None:
    """``aspdesk export`` of an image keeps the cycle collector paused to its end and
    leaves its objects out of the collections Python runs as it exits (0.1-0.24 s of a
    2,000-actor export, and a 64 ms pass when the collector came back on as the picture
    was written); exit handlers still run after it and the picture is whole. A command
    without a graph exits as before."""
    from aspdesk.store.sample import write_sample

    write_sample(tmp_path / "kartta.aspmap")
    script = (
        "import atexit, gc, runpy, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0,"
        " 'paused', not gc.isenabled(), flush=True))\n"
        f"sys.argv = ['aspdesk', 'export', 'kartta.aspmap', '-o', {output!r}]\n"
        "runpy.run_module('aspdesk', run_name='__main__')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ASPDESK_HOME": str(tmp_path / "home")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"frozen {frozen} paused {frozen}"
    assert (tmp_path / output).stat().st_size > 1000
    if output.endswith(".png"):
        from PySide6.QtGui import QImage

        assert not QImage(str(tmp_path / output)).isNull()


_WIDGET_CLASSES = """
import contextlib, io
from pathlib import Path
from aspdesk.cli.main import main
from aspdesk.store.sample import write_sample
folder = Path(FOLDER)
write_sample(folder / "otos.aspmap")
with contextlib.redirect_stdout(io.StringIO()):
    main(["export", str(folder / "otos.aspmap"), "-o", str(folder / "otos.png"), "--lang", "en"])
import PySide6.QtWidgets as widgets
print(*(name in widgets.__dict__ for name in ("QWizard", "QMdiArea", "QFontDialog")))
"""


def test_a_picture_is_drawn_without_pyside_making_the_widget_classes_it_could_be(
    tmp_path: Path,
) -> None:
    """No widget Qt made is handed to Python while a picture is drawn: PySide6 would make
    every lazily loaded widget class that it could be, QWizard's among them, to find its
    class (graph/canvas/graph_view.py)."""
    made = _python(_WIDGET_CLASSES.replace("FOLDER", repr(str(tmp_path))), {}).split()
    assert (tmp_path / "otos.png").stat().st_size > 1000
    assert made == ["False", "False", "False"]
