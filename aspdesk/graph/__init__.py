"""The network canvas: actors, clusters and ties drawn with pyqtgraph.

pyqtgraph looks for PyQt6 first; aspdesk uses PySide6, so the choice is made here, before
any module of this package imports pyqtgraph.
"""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6.QtCore  # noqa: E402,F401  (pyqtgraph must find PySide6 already loaded)
