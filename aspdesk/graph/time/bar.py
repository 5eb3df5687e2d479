"""The time bar under the graph: the map on a date, its growth played, and then and now.

One date is shown: the filter's "network as of" date (:attr:`GraphFilter.as_of`). The
Time switch (:attr:`TimeBar.action`, Ctrl+T, on the main window's toolbar) sets it to the
slider's day and clears it again, the slider and the date field move it, and a date set by
the filter's popup or a saved view shows the bar with its slider there: the bar is on
exactly while the graph shows a date. Play moves the day from the slider's to today in the
seconds chosen, whatever a redraw costs (a slow redraw skips days rather than slowing the
film); what appears is faint for a moment. Then and now compares two dates (written, or taken
from saved views that have one), drawn by the canvas (:mod:`aspdesk.graph.scene.on_day`);
:attr:`comparison_changed` tells who shows numbers beside it.

It stands under the canvas, never over the graph or its legend.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from aspdesk.analysis.network_view import GraphFilter
from aspdesk.app.document import Document
from aspdesk.app.style_marks import show_as_error
from aspdesk.domain.dates import format_date, parse_date
from aspdesk.domain.views import in_order
from aspdesk.graph.canvas.canvas import GraphCanvas
from aspdesk.graph.panel.toolbar import MenuButton
from aspdesk.graph.time.slider import DaySlider

TICK_MS = 40  # how often playing moves the day (a redraw that takes longer skips days)
SPEEDS = (5, 10, 20, 40)  # seconds from the slider's day to today
DEFAULT_SPEED = 10


class TimeBar(QWidget):
    """The slider with its date, Play, and the two dates of then and now."""

    comparison_changed = Signal(object)  # the Comparison shown, or None

    def __init__(
        self,
        document: Document,
        canvas: GraphCanvas,
        set_filter: Callable[[GraphFilter], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.canvas = canvas
        self.set_filter = set_filter
        self._span_known = False
        self._shown_comparison: object = None
        self._build_switch(parent)
        self._build_controls()
        self._build_comparison_row()
        self._lay_out()
        self.play_timer = QTimer(self)
        self.play_timer.setInterval(TICK_MS)
        self.play_timer.timeout.connect(self._on_play_timer_timeout)
        self._clock = QElapsedTimer()
        self._play_from = date.today()
        canvas.data_rebuilt.connect(self._on_canvas_data_rebuilt)
        document.entities_changed.connect(self._on_document_entities_changed)
        self.hide()

    # -- building ---------------------------------------------------------------------

    def _build_switch(self, parent: QWidget | None) -> None:
        self.action = QAction(self.tr("Time"), self)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.setToolTip(
            self.tr("Show the map on a date, play its growth, compare two dates (Ctrl+T)")
        )
        self.action.toggled.connect(self._on_action_toggled)
        if parent is not None:
            parent.addAction(self.action)  # its key works while the bar is hidden

    def _date_field(self) -> QLineEdit:
        field = QLineEdit(self)
        example = format_date(date(2020, 12, 31), self.document.language)
        metrics = field.fontMetrics()
        field.setFixedWidth(metrics.horizontalAdvance(example) + metrics.horizontalAdvance("MMM"))
        return field

    def _build_controls(self) -> None:
        self.play_button = QToolButton(self)
        self.play_button.setText(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play the growth of the network up to today"))
        self.play_button.clicked.connect(self._on_play_button_clicked)
        self.speed = QComboBox(self)
        for seconds in SPEEDS:
            self.speed.addItem(self.tr("{seconds} s").format(seconds=seconds), seconds)
        self.speed.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self.speed.setToolTip(self.tr("How many seconds playing up to today takes"))
        self.slider = DaySlider(self)
        self.slider.setToolTip(
            self.tr("Arrows: a day or a month; Page Up and Page Down: a year; Home, End")
        )
        self.slider.day_changed.connect(self._on_slider_day_changed)
        self.date = self._date_field()
        self.date.setToolTip(self.tr("The date the graph shows"))
        self.date.setAccessibleName(self.date.toolTip())
        self.slider.setAccessibleName(self.date.toolTip())
        self.date.editingFinished.connect(self._on_date_editing_finished)
        self.compare_button = QToolButton(self)
        self.compare_button.setText(self.tr("Then and now"))
        self.compare_button.setCheckable(True)
        self.compare_button.setToolTip(self.tr("Show what is new and what ended between two dates"))
        self.compare_button.toggled.connect(self._on_compare_button_toggled)
        self.error = QLabel(self)
        show_as_error(self.error)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()

    def _build_comparison_row(self) -> None:
        self.comparison_row = QWidget(self)
        row = QHBoxLayout(self.comparison_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.then_field, self.now_field = self._date_field(), self._date_field()
        self.then_views = MenuButton(self.tr("From a view"), self.comparison_row)
        self.now_views = MenuButton(self.tr("From a view"), self.comparison_row)
        for label, field, views in (
            (self.tr("Then:"), self.then_field, self.then_views),
            (self.tr("Now:"), self.now_field, self.now_views),
        ):
            field.setParent(self.comparison_row)
            field.editingFinished.connect(self._on_comparison_dates_edited)
            views.setToolTip(self.tr("Take the date of a saved view that shows a date"))
            views.menu().aboutToShow.connect(lambda v=views, f=field: self._fill_views_menu(v, f))
            title = QLabel(label, self.comparison_row)
            title.setBuddy(field)  # a screen reader names the field by it
            field.setAccessibleName(label.rstrip(":"))
            row.addWidget(title)
            row.addWidget(field)
            row.addWidget(views)
        row.addStretch(1)
        self.comparison_row.hide()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.play_button, 0, 0)
        grid.addWidget(self.speed, 0, 1)
        grid.addWidget(self.slider, 0, 2)
        grid.addWidget(self.date, 0, 3)
        grid.addWidget(self.compare_button, 0, 4)
        grid.addWidget(self.error, 1, 2, 1, 3)
        grid.addWidget(self.comparison_row, 2, 0, 1, 5)
        grid.setColumnStretch(2, 1)

    # -- the date -----------------------------------------------------------------------

    def shown_day(self) -> date | None:
        """The date the graph shows (None: the map as it is)."""
        return self.canvas.options.graph_filter.as_of

    def show_day(self, day: date | None) -> None:
        """Show the network on ``day`` (None: the map as it is, the bar off)."""
        graph_filter = self.canvas.options.graph_filter
        if graph_filter.as_of != day:
            self.set_filter(replace(graph_filter, as_of=day))
        self._follow()

    def _refresh_span(self) -> None:
        if not self._span_known:
            first = self.canvas.time.timeline().first_day()
            today = date.today()
            self.slider.set_span(min(first or today, today), today)
            self._span_known = True

    def _on_document_entities_changed(self, _type_value: str, _ids: list[int]) -> None:
        self._span_known = False

    def _on_action_toggled(self, on: bool) -> None:
        if on:
            self._refresh_span()
            self.show_day(self.shown_day() or self.slider.day())
        else:
            self.stop()
            self.compare_button.setChecked(False)
            self.show_day(None)

    def _on_slider_day_changed(self, day: date) -> None:
        if not self.is_playing():  # the user drags the slider or steps it with its keys
            self.canvas.scrub_step()
        self.show_day(day)

    def _on_date_editing_finished(self) -> None:
        day = self._read(self.date)
        if day is not None:
            self._refresh_span()
            self.slider.set_day(day, quiet=True)
            self.show_day(self.slider.day())

    def _read(self, field: QLineEdit) -> date | None:
        """The date written in ``field``, or None after saying what is wrong."""
        try:
            day = parse_date(field.text())
        except ValueError:
            day = None
        if day is None:
            self._say(self.tr("Write the date as 1.3.2016 or 2016-03-01."))
            return None
        self._say("")
        return day

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_canvas_data_rebuilt(self) -> None:
        self._follow()

    def _follow(self) -> None:
        """Show what the canvas shows: the bar on while it shows a date, at that date."""
        day = self.shown_day()
        if (day is not None) != self.action.isChecked():
            self.action.blockSignals(True)
            self.action.setChecked(day is not None)
            self.action.blockSignals(False)
            if day is None:
                self.stop()
                self._end_comparison()
        self.setVisible(day is not None)
        if day is not None:
            self._refresh_span()
            self.slider.set_day(day, quiet=True)
            if not self.date.hasFocus() or self.play_timer.isActive():
                self.date.setText(format_date(day, self.document.language))
        comparison = self.canvas.time.comparison
        if comparison is not self._shown_comparison:
            self._shown_comparison = comparison
            self.comparison_changed.emit(comparison)

    # -- playing ------------------------------------------------------------------------

    def is_playing(self) -> bool:
        """Whether the growth is playing."""
        return self.play_timer.isActive()

    def _on_play_button_clicked(self) -> None:
        if self.is_playing():
            self.stop()
        else:
            self.play()

    def play(self) -> None:
        """Play the growth from the slider's day (its first day when at today) to today."""
        if not self.action.isChecked():
            self.action.setChecked(True)
        self._refresh_span()
        if self.slider.day() >= self.slider.last:
            self.slider.set_day(self.slider.first)
        self._play_from = self.slider.day()
        self.canvas.time.fading = True
        self.play_button.setText(self.tr("Pause"))
        self.slider.setEnabled(False)
        self._clock.start()
        self.play_timer.start()

    def stop(self) -> None:
        """Stop playing where it is, drawing what appeared last in full."""
        if not self.play_timer.isActive():
            return
        self.play_timer.stop()
        self.play_button.setText(self.tr("Play"))
        self.slider.setEnabled(not self.compare_button.isChecked())
        self.canvas.time.fading = False
        if self.canvas.time.base is not None:
            self.canvas.rebuild(step=True)

    def _on_play_timer_timeout(self) -> None:
        seconds = float(self.speed.currentData() or DEFAULT_SPEED)
        share = min(1.0, self._clock.elapsed() / (seconds * 1000.0))
        span = (self.slider.last - self._play_from).days
        self.slider.set_day(self._play_from + (self.slider.last - self._play_from) * share)
        if share >= 1.0 or span <= 0:
            self.stop()

    # -- then and now -------------------------------------------------------------------

    def compare(self, then: date | None, now: date | None = None) -> None:
        """Show what changed between ``then`` and ``now`` (today when None); ``then`` None:
        the slider's day again."""
        if then is None:
            self.compare_button.setChecked(False)
            return
        now = now or date.today()
        self.then_field.setText(format_date(then, self.document.language))
        self.now_field.setText(format_date(now, self.document.language))
        if not self.action.isChecked():
            self.action.setChecked(True)
        if self.compare_button.isChecked():
            self._on_comparison_dates_edited()
        else:
            self.compare_button.setChecked(True)

    def _on_compare_button_toggled(self, on: bool) -> None:
        self.comparison_row.setVisible(on)
        if not on:
            self._end_comparison()
            return
        self.stop()
        if not self.then_field.text():
            self.then_field.setText(format_date(self.slider.day(), self.document.language))
        if not self.now_field.text():
            self.now_field.setText(format_date(date.today(), self.document.language))
        self._on_comparison_dates_edited()

    def _on_comparison_dates_edited(self) -> None:
        if not self.compare_button.isChecked():
            return
        then, now = self._read(self.then_field), self._read(self.now_field)
        if then is None or now is None:
            return
        if now < then:
            self._say(self.tr("The first date comes after the second."))
            return
        self.slider.setEnabled(False)
        self.play_button.setEnabled(False)
        self.canvas.time.compared = (then, now)
        self.canvas.rebuild(step=self.canvas.time.base is not None)
        self._refit()

    def _refit(self) -> None:
        # Then and now is another picture (its nodes sized by either day's ties, other
        # labels): a graph fitted whole is fitted again, or nodes at its edge were cut off.
        # The slider's steps are not refitted, so that Play does not zoom in and out.
        if self.canvas.fitted:
            self.canvas.fit()

    def _end_comparison(self) -> None:
        self.slider.setEnabled(True)
        self.play_button.setEnabled(True)
        self._say("")
        if self.canvas.time.compared is None:
            return
        self.canvas.time.compared = None
        if self.canvas.time.base is not None and self.shown_day() is not None:
            self.canvas.rebuild(step=True)
        else:
            self.canvas.rebuild()
        self._refit()

    def _fill_views_menu(self, button: MenuButton, field: QLineEdit) -> None:
        menu = button.menu()
        menu.clear()
        dated = [v for v in in_order(self.document.saved_views()) if v.state.as_of is not None]
        for view in dated:
            day = view.state.as_of
            assert day is not None
            name = view.name.replace("&", "&&")  # not a key of the menu
            text = f"{name} ({format_date(day, self.document.language)})"
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, d=day, f=field: self._take_day(f, d))
        if not dated:
            empty = menu.addAction(self.tr("No saved view shows a date"))
            empty.setEnabled(False)

    def _take_day(self, field: QLineEdit, day: date) -> None:
        field.setText(format_date(day, self.document.language))
        self._on_comparison_dates_edited()
