"""The layering of STYLE.md, checked on the imports of every module.

domain <- store <- app <- ui: the core runs without Qt, only the store touches SQLAlchemy,
and the app layer does not reach into the UI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "aspdesk"

# layer -> import prefixes it must not use
FORBIDDEN = {
    "domain": (
        "PySide6",
        "pyqtgraph",
        "sqlalchemy",
        "alembic",
        "aspdesk.analysis",
        "aspdesk.store",
        "aspdesk.app",
        "aspdesk.graph",
        "aspdesk.ui",
    ),
    "analysis": (
        "PySide6",
        "pyqtgraph",
        "sqlalchemy",
        "alembic",
        "aspdesk.store",
        "aspdesk.app",
        "aspdesk.graph",
        "aspdesk.ui",
    ),
    "io": (
        "PySide6",
        "pyqtgraph",
        "sqlalchemy",
        "alembic",
        "networkx",
        "aspdesk.store",
        "aspdesk.app",
        "aspdesk.graph",
        "aspdesk.ui",
    ),
    "store": ("PySide6", "pyqtgraph", "aspdesk.app", "aspdesk.graph", "aspdesk.ui"),
    "app": ("aspdesk.ui", "aspdesk.graph", "pyqtgraph", "sqlalchemy", "alembic"),
    "graph": ("aspdesk.ui", "sqlalchemy", "alembic"),
    "ui": ("sqlalchemy", "alembic"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules in {layer}"
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in _imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_only_the_store_uses_sqlalchemy() -> None:
    offences = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "store" not in path.relative_to(PACKAGE).parts
        and any(n.startswith("sqlalchemy") for n in _imports(path))
    ]
    assert offences == []


def test_modules_stay_small() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 550
    }
    assert long == {}


def test_only_the_main_window_joins_graph_and_ui() -> None:
    joined = [
        str(path.relative_to(PACKAGE))
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if any(n.startswith("aspdesk.graph") for n in _imports(path))
    ]
    assert joined == ["ui/window/main_window.py"]
