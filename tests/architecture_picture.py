"""Draws the package's architecture from its real imports, as a Mermaid diagram in the README.

    python -m tests.architecture_picture           # rewrite the picture in README.md
    python -m tests.architecture_picture --print   # print it instead

Each layer (``aspdesk/<layer>/``) is a box; a layer cut into feature rooms (its
subpackages) is a box of its rooms, and the modules at the top of such a layer are one
node of their own, ``*.py``. An arrow ``A --> B`` says that some module of A imports
one of B: between rooms of one layer room by room, between layers once per pair of
layers, so the picture stays short. Every import counts, those inside functions and those
only for type checking too, since each is a dependency someone reading the code follows.
``tests/unit/test_architecture_picture.py`` fails when the README's picture is not what
this script draws from the code.
"""

from __future__ import annotations

import argparse
import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "aspdesk"
README = ROOT / "README.md"
BEGIN = "<!-- architecture picture: made by python -m tests.architecture_picture -->"
END = "<!-- end of architecture picture -->"
# Layers from the one that imports most to the one that imports nothing of ours.
LAYER_ORDER = ("cli", "ui", "graph", "app", "store", "io", "analysis", "domain")
TOP = "*.py"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path) -> set[str]:
    """The aspdesk modules a file imports, whole dotted names."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("aspdesk"))
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                base = _module_name(path).split(".")
                if path.name != "__init__.py":
                    base = base[:-1]
                module = ".".join(base[: len(base) - node.level + 1] + [node.module])
            else:
                module = node.module
            if not module.startswith("aspdesk"):
                continue
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                is_module = (PACKAGE.parent / submodule.replace(".", "/")).with_suffix(".py")
                is_package = PACKAGE.parent / submodule.replace(".", "/") / "__init__.py"
                found.add(submodule if is_module.exists() or is_package.exists() else module)
    return found


def _room(module: str) -> tuple[str, str] | None:
    """The layer and room of a module: (``"ui"``, ``"forms"``), (``"io"``, ``"*.py"``)."""
    parts = module.split(".")[1:]
    if not parts or parts[0] not in LAYER_ORDER:
        return None
    folder = PACKAGE / parts[0]
    if len(parts) > 1 and (folder / parts[1] / "__init__.py").is_file():
        return parts[0], parts[1]
    return parts[0], TOP


def _rooms_of(layer: str) -> list[str]:
    folder = PACKAGE / layer
    rooms = sorted(p.parent.name for p in folder.glob("*/__init__.py"))
    if any(p.name != "__init__.py" for p in folder.glob("*.py")):
        rooms.insert(0, TOP)
    return rooms


def _node(layer: str, room: str) -> str:
    # Mermaid ids with a suffix: "graph" and "end" are words of its own.
    return f"{layer}_top" if room == TOP else f"{layer}_{room}"


def picture() -> str:
    """The Mermaid text of the current code's architecture."""
    layer_edges: set[tuple[str, str]] = set()
    room_edges: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for path in sorted(PACKAGE.rglob("*.py")):
        source = _room(_module_name(path))
        if source is None:
            continue
        for name in _imported(path):
            target = _room(name)
            if target is None or target == source:
                continue
            if target[0] != source[0]:
                layer_edges.add((source[0], target[0]))
            else:
                room_edges[source[0]].add((source[1], target[1]))
    lines = ["```mermaid", "flowchart TD"]
    for layer in LAYER_ORDER:
        rooms = _rooms_of(layer)
        if rooms == [TOP]:
            lines.append(f'    {layer}_layer["{layer}/"]')
            continue
        lines.append(f'    subgraph {layer}_layer["{layer}/"]')
        for room in rooms:
            label = room if room == TOP else f"{room}/"
            lines.append(f'        {_node(layer, room)}["{label}"]')
        for a, b in sorted(room_edges[layer]):
            lines.append(f"        {_node(layer, a)} --> {_node(layer, b)}")
        lines.append("    end")

    order = {layer: i for i, layer in enumerate(LAYER_ORDER)}
    for a, b in sorted(layer_edges, key=lambda e: (order[e[0]], order[e[1]])):
        lines.append(f"    {a}_layer --> {b}_layer")
    lines.append("```")
    return "\n".join(lines) + "\n"


def kept_picture(readme: str) -> str:
    """The picture as the README keeps it, between its two markers."""
    start = readme.index(BEGIN) + len(BEGIN) + 1
    return readme[start : readme.index(END)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print the picture, keep README")
    args = parser.parse_args()
    drawn = picture()
    if args.print:
        print(drawn, end="")
        return
    readme = README.read_text(encoding="utf-8")
    kept = kept_picture(readme)
    README.write_text(readme.replace(BEGIN + "\n" + kept, BEGIN + "\n" + drawn), encoding="utf-8")


if __name__ == "__main__":
    main()
