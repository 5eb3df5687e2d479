"""A form's labels beside their fields where its dock has room for both, above them where not.

Beside them always, a form was as wide as its longest label and its widest field together:
at 1366 pixels "Municipality or region" and a kind's choice made the actor form 332 pixels
wide in a dock of 295, and at 1280 the Swedish project form's "Utlysningens beteckning"
made it 287 in 272. The fields were cut at the right and the form scrolled sideways. Qt's
``WrapLongRows`` wraps only the rows that do not fit, a few labels above their fields and
the rest beside theirs; here every row wraps at once, so a narrow form still reads as one
column of labels and fields.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QScrollArea

SIDE_BY_SIDE = QFormLayout.RowWrapPolicy.DontWrapRows
ABOVE = QFormLayout.RowWrapPolicy.WrapAllRows


class RowWrapping(QObject):
    """Wraps the rows of ``layout`` (the form inside ``scroll``) when its viewport is too
    narrow for labels and fields side by side, and unwraps them when it is wide enough."""

    def __init__(self, layout: QFormLayout, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.layout, self.scroll = layout, scroll
        layout.setRowWrapPolicy(SIDE_BY_SIDE)
        scroll.viewport().installEventFilter(self)

    def side_by_side_width(self) -> int:
        """The least width the shown rows take with every label beside its field."""
        layout = self.layout
        labels = fields = 0
        for row in range(layout.rowCount()):
            if not layout.isRowVisible(row):
                continue
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None:
                labels = max(labels, label.sizeHint().width())
            if field is not None:
                fields = max(fields, field.minimumSize().width())
        margins = layout.contentsMargins()
        spacing = max(layout.horizontalSpacing(), 0)
        return labels + spacing + fields + margins.left() + margins.right()

    def fit(self) -> None:
        """Wrap or unwrap the rows for the viewport's present width."""
        narrow = self.scroll.viewport().width() < self.side_by_side_width()
        policy = ABOVE if narrow else SIDE_BY_SIDE
        if self.layout.rowWrapPolicy() != policy:
            self.layout.setRowWrapPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
