"""Access to the data files installed with the package as ``aspdesk.resources``."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """The shipped resource file at ``parts`` (for example ``"sample", "x.json"``)."""
    node: Traversable = files("aspdesk.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


__all__ = ["as_file", "resource"]
