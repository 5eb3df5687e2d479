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

And :func:`load_pyqtgraph` imports pyqtgraph without making every Qt class: PySide6 makes
a class when it is first asked for, but pyqtgraph copies every name of QtCore, QtGui and
QtWidgets into its own mirrors of them (``pyqtgraph.Qt._copy_attrs``), which made all 721
with their enums, 0.10 to 0.15 s of every start that draws a graph. Its mirrors are made
here as modules that ask PySide6 for a name when one is first wanted (the same objects), and
while pyqtgraph imports, PySide6's modules list only the names already made, so that the
copying copies those. The aspdesk window then makes some 240 of the 721.
"""

from __future__ import annotations

import os
import sys
from functools import partial
from types import ModuleType

#: Where shiboken keeps the hook's Python half; the C half calls its ``feature_imported``
#: by name after each new module, so replacing that attribute is enough.
FEATURE_MODULE = "shibokensupport.feature"


def load_before_qt() -> None:
    """Import the big non-Qt libraries that opening a map and drawing its graph need, if
    Qt is not loaded yet (after it, there is nothing to gain)."""
    if "PySide6" in sys.modules:
        return
    one_blas_thread()
    import numpy  # noqa: F401 - loaded for its side effect: see the module's docstring

    import aspdesk.store.opening  # noqa: F401
    import aspdesk.store.team.opening  # noqa: F401


def one_blas_thread() -> None:
    """Have numpy's OpenBLAS start no pool of threads (unless the user set its size): it
    made one per core as numpy was imported, 50 to 80 ms of a start on two cores, and
    aspdesk never gives it work big enough to share (norms of a few thousand points, a
    2 x 2 SVD); layouts and exports are the same to the bit. Before numpy is imported."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def load_qt() -> None:
    """Import QtCore and stop PySide6's import hook from reading the source of the modules
    imported after it (see the module's docstring)."""
    import PySide6.QtCore  # noqa: F401 - the hook exists once QtCore is loaded

    feature = sys.modules.get(FEATURE_MODULE)
    if isinstance(feature, ModuleType) and callable(getattr(feature, "feature_imported", None)):
        setattr(feature, "feature_imported", _not_read)  # noqa: B010 - a module mypy cannot see


def _not_read(module: ModuleType) -> None:
    """The hook's ``feature_imported`` that records nothing (and so reads nothing)."""


def load_pyqtgraph() -> None:
    """Import pyqtgraph with lazy mirrors of Qt's modules (see the module's docstring)."""
    if "pyqtgraph" in sys.modules:
        return
    from PySide6 import QtCore, QtGui, QtWidgets

    sources = (QtCore, QtGui, QtWidgets)
    listing = {source: source.__dict__.get("__dir__") for source in sources}
    if not all(callable(names) for names in listing.values()):
        import pyqtgraph  # noqa: F401 - a PySide6 that lists its names otherwise: as it comes

        return
    for source in sources:
        name = f"pyqtgraph.Qt.{source.__name__.rpartition('.')[2]}"
        mirror = ModuleType(name, source.__doc__)
        setattr(mirror, "__getattr__", partial(getattr, source))  # noqa: B010 - a module's
        sys.modules[name] = mirror
    try:
        for source in sources:
            setattr(source, "__dir__", partial(_made_names, source))  # noqa: B010 - as above
        import pyqtgraph  # noqa: F401 - loaded for its side effect: see the module's docstring
    finally:
        for source, names in listing.items():
            setattr(source, "__dir__", names)  # noqa: B010 - as above


def _made_names(module: ModuleType) -> list[str]:
    """The names of ``module`` that are already made (what ``dir`` lists while pyqtgraph
    copies them)."""
    return list(module.__dict__)
