"""Showing the document's selection in a table view: the rows selected, the current one
scrolled to, without the view telling the document back (callers guard that)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView


def show_rows(
    view: QAbstractItemView, rows: Iterable[QModelIndex], current: QModelIndex | None
) -> None:
    """Select exactly ``rows`` (indexes of the view's model) and make ``current`` current."""
    selection = QItemSelection()
    for index in rows:
        selection.select(index, index)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    model = view.selectionModel()
    model.select(selection, flags)
    if current is not None:
        model.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(current)
