"""Libraries a command loads before Qt, and Qt loaded without reading every later module.

Once PySide6 is imported, its import hook (shiboken's ``__feature__`` support, PYSIDE-2029)
reads the source of every Python module imported after it, to find out whether the module
uses PySide's optional features (``from __feature__ import snake_case``). Two remedies:

- :func:`load_before_qt` imports SQLAlchemy and numpy first, some 250 modules that never use
  Qt; loaded first they are not read. That took 0.10 to 0.15 s of processor time off every
  export of an image (five runs each way on this project's machine).
- :func:`load_qt` imports QtCore and then tells the hook not to read the modules that come
  after it (pyqtgraph and the app's own, some 780 sources: 0.1 to 0.3 s of a window's
  start). What the hook records only matters to a module that switches a feature on, and
  neither aspdesk nor any library it uses does: a module it has not recorded is treated
  as one it ignores, which is what it would have recorded for most of them anyway.
  ``tests/unit/test_cli_start.py`` fails when a PySide6 release no longer has the hook, so
  that this is looked at again.
"""

from __future__ import annotations

import sys
from types import ModuleType

#: Where shiboken keeps the hook's Python half; the C half calls its ``feature_imported``
#: by name after each new module, so replacing that attribute is enough.
FEATURE_MODULE = "shibokensupport.feature"


def load_before_qt() -> None:
    """Import the big non-Qt libraries that opening a map and drawing its graph need, if
    Qt is not loaded yet (after it, there is nothing to gain)."""
    if "PySide6" in sys.modules:
        return
    import numpy  # noqa: F401 - loaded for its side effect: see the module's docstring

    import aspdesk.store.opening  # noqa: F401
    import aspdesk.store.team.opening  # noqa: F401


def load_qt() -> None:
    """Import QtCore and stop PySide6's import hook from reading the source of the modules
    imported after it (see the module's docstring)."""
    import PySide6.QtCore  # noqa: F401 - the hook exists once QtCore is loaded

    feature = sys.modules.get(FEATURE_MODULE)
    if isinstance(feature, ModuleType) and callable(getattr(feature, "feature_imported", None)):
        setattr(feature, "feature_imported", _not_read)  # noqa: B010 - a module mypy cannot see


def _not_read(module: ModuleType) -> None:
    """The hook's ``feature_imported`` that records nothing (and so reads nothing)."""
