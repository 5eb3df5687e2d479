"""The layering of STYLE.md, checked as import-linter contracts, and proved able to fail.

The contracts live in ``pyproject.toml`` (``[tool.importlinter]``): domain <- analysis, io,
store <- app <- graph <- ui <- the command line; the core imports no Qt, not even
indirectly; only the store imports SQLAlchemy; views go through the Document. import-linter
reads every import statement (relative ones, ``from aspdesk import ui``, those inside
functions and under ``TYPE_CHECKING``) but cannot see a module imported by its name at run
time, so a small check here forbids ``importlib.import_module`` and ``__import__`` of
aspdesk's modules: a literal name can always be an import statement the contracts see.
Nor can a contract see a view reach past the Document for its store
(``document.store.set_positions``): a second small check allows the attribute ``store``
only inside ``aspdesk.app`` and ``aspdesk.store``.

``test_planted_violations_are_caught`` copies the package, adds one offending module for
each kind of violation (each its own module, importing nothing planted), runs the same
checks on the copy once, and asserts that each planted module is named as a violation;
the clean copy passes the same checks.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "aspdesk"
CONFIG = ROOT / "pyproject.toml"

LINT = (
    "import sys; from importlinter.cli import lint_imports; "
    "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))"
)


def check_contracts(root: Path) -> subprocess.CompletedProcess[str]:
    """import-linter's contracts run on the ``aspdesk`` package found in ``root``."""
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "200"}
    return subprocess.run(
        # import-linter puts the working folder first on sys.path, so `aspdesk` is root's.
        [sys.executable, "-c", LINT, str(CONFIG)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _names_aspdesk(node: ast.expr | None) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and (node.value == "aspdesk" or node.value.startswith(("aspdesk.", ".")))
    )


def dynamic_imports(package: Path) -> list[str]:
    """Every ``import_module(...)`` or ``__import__(...)`` of a literal aspdesk module name
    (or a relative one) in ``package``, as ``path:line name``."""
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and _names_aspdesk(node.args[0]):
                name = node.args[0].value  # type: ignore[attr-defined]
                found.append(f"{path.relative_to(package.parent).as_posix()}:{node.lineno} {name}")
    return found


def store_reaches(package: Path) -> list[str]:
    """Every use of an attribute named ``store`` outside ``app`` and ``store`` (a view
    reading or writing the map behind the Document's back), as ``path:line``."""
    found = []
    for path in sorted(package.rglob("*.py")):
        if path.relative_to(package).parts[0] in ("app", "store"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "store":
                found.append(f"{path.relative_to(package.parent).as_posix()}:{node.lineno}")
    return found


def test_layer_contracts_are_kept() -> None:
    result = check_contracts(ROOT)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "broken" in result.stdout  # the summary line: "Contracts: N kept, 0 broken."


def test_no_module_is_imported_by_name_at_run_time() -> None:
    assert dynamic_imports(PACKAGE) == []


def test_only_the_document_reaches_the_store() -> None:
    assert store_reaches(PACKAGE) == []


def _placeholders(package: Path) -> dict[str, str]:
    """Names the planted modules use that a move inside a layer may change."""
    translator = next(
        path
        for path in sorted(package.rglob("*.py"))
        if "def cli_tr(" in path.read_text(encoding="utf-8")
    )
    return {
        # A new command-line module goes inside aspdesk/cli/ once the command line is a
        # package, beside cli.py until then.
        "cli": "cli/planted" if (package / "cli").is_dir() else "cli_planted",
        # The module that translates the command line's text without a Qt application.
        "cli_translator": ".".join(translator.relative_to(package.parent).with_suffix("").parts),
    }


# case -> (the offending module in the package, without .py and its number; its text)
PLANTED = {
    "relative import": ("domain/planted", "from ..store import opening\n"),
    "from aspdesk import ui": ("app/planted", "from aspdesk import ui\n"),
    "importlib.import_module": (
        "app/planted",
        'import importlib\n\nwindow = importlib.import_module("aspdesk.ui.main_window")\n',
    ),
    "command line imports SQLAlchemy": ("{cli}", "from sqlalchemy import select\n"),
    "domain imports io": ("domain/planted", "from aspdesk.io.errors import DataFileError\n"),
    "graph imports the store's repository": (
        "graph/planted",
        "from aspdesk.store.repository import MapStore\n",
    ),
    # Realistic: analysis wants translated messages and borrows the command line's
    # translator, which brings Qt into the core indirectly.
    "analysis reaches Qt through the command line's translator": (
        "analysis/planted",
        "from {cli_translator} import cli_tr\n",
    ),
    # And a view that would write behind the Document's back.
    "ui imports the store's repository": (
        "ui/planted",
        "from aspdesk.store.repository import MapStore\n",
    ),
    "graph writes positions through the Document's store": (
        "graph/planted",
        'def place(document, positions):\n    document.store.set_positions("actor", positions)\n',
    ),
    # A helper of the window that takes the whole window again, for typing only.
    "ui helper holds the main window": (
        "ui/planted",
        "from typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:\n"
        "    from aspdesk.ui.window.main_window import MainWindow\n",
    ),
}


def _copy(root: Path) -> Path:
    return shutil.copytree(PACKAGE, root / "aspdesk", ignore=shutil.ignore_patterns("__pycache__"))


def test_the_clean_copy_passes(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    result = check_contracts(tmp_path)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert dynamic_imports(copy) == []
    assert store_reaches(copy) == []


@pytest.fixture(scope="module")
def planted(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, str], subprocess.CompletedProcess[str], list[str]]:
    """A copy with every violation planted: case -> its module's path in the package, the
    contracts' result and what the checks of imports by name and of store reaches found."""
    root = tmp_path_factory.mktemp("planted")
    copy = _copy(root)
    names = _placeholders(copy)
    paths = {}
    for number, (case, (where, text)) in enumerate(sorted(PLANTED.items()), start=1):
        paths[case] = f"{where.format(**names)}_{number}.py"
        (copy / paths[case]).write_text(text.format(**names), encoding="utf-8")
    return paths, check_contracts(root), dynamic_imports(copy) + store_reaches(copy)


@pytest.mark.parametrize("case", sorted(PLANTED))
def test_planted_violations_are_caught(
    case: str, planted: tuple[dict[str, str], subprocess.CompletedProcess[str], list[str]]
) -> None:
    paths, result, dynamic = planted
    module = ".".join(Path("aspdesk", paths[case]).with_suffix("").parts)
    reported = [line for line in result.stdout.splitlines() if module in line.split()]
    by_contracts = result.returncode == 1 and reported != []
    by_ast_checks = any(line.startswith(f"aspdesk/{paths[case]}:") for line in dynamic)
    assert by_contracts or by_ast_checks, f"{case} was not caught:\n{result.stdout}\n{dynamic}"


def test_modules_stay_small() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 550
    }
    assert long == {}


FUNCTION_CAP = 100  # lines, decorators and docstring included


def test_functions_stay_short() -> None:
    """A function a reader cannot see whole is cut into named steps (build_graph_data was
    261 lines, GraphPanel.__init__ 138). Migrations are exempt: each is frozen history,
    the schema of its revision written out once."""
    long = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                if (lines := (node.end_lineno or first) - first + 1) > FUNCTION_CAP:
                    long[f"{path.relative_to(PACKAGE)}:{node.name}"] = lines
    assert long == {}
