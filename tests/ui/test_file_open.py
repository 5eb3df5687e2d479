"""A map the system hands to the running aspdesk (macOS: a double-click in Finder).

The event is posted to the application as macOS posts it; the windows are made by the
launcher's own :class:`~aspdesk.ui.window.launch.MapWindows`, the event filter is the one
``run_window`` installs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity
from aspdesk.app.paths import AppPaths
from aspdesk.app.settings import Settings
from aspdesk.domain.entities import Actor
from aspdesk.store.sample import write_sample
from aspdesk.ui.window import launch
from aspdesk.ui.window.colour_scheme import ColourScheme
from aspdesk.ui.window.file_open import hand_over_files
from aspdesk.ui.window.launch import MapOpener, MapWindows

pytestmark = pytest.mark.gui


@pytest.fixture
def windows(qapp: QApplication, tmp_path: Path) -> Iterator[MapWindows]:
    """The launcher's windows, with its file-open filter on the application."""
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "backups", tmp_path)
    settings = Settings(paths.settings_file)
    scheme = ColourScheme(qapp, settings)
    made = MapWindows(MapOpener(paths, "en"), settings, scheme)
    handed_over = hand_over_files(qapp, made.open_path, platform="darwin")
    assert handed_over is not None
    yield made
    qapp.removeEventFilter(handed_over)
    for window in made.windows:
        window.close()
    qapp.styleHints().colorSchemeChanged.disconnect(scheme._on_style_hints_color_scheme_changed)
    qapp.setPalette(QPalette())


def _maps(tmp_path: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        path = tmp_path / f"{name}.aspmap"
        write_sample(path)
        paths.append(path)
    return paths


def _hand_over(qapp: QApplication, path: Path) -> None:
    QApplication.sendEvent(qapp, QFileOpenEvent(str(path)))


def test_the_map_aspdesk_started_on_gives_way_to_the_double_clicked_one(
    qapp: QApplication, qtbot: QtBot, windows: MapWindows, tmp_path: Path
) -> None:
    last, clicked = _maps(tmp_path, "last", "clicked")
    first = windows.show(windows.opener(last, False), chosen_by_aspdesk=True)
    _hand_over(qapp, clicked)
    assert windows.windows == [first]
    assert first.document.path == clicked


def test_a_second_map_opens_in_a_window_of_its_own(
    qapp: QApplication, qtbot: QtBot, windows: MapWindows, tmp_path: Path
) -> None:
    given, clicked, again = _maps(tmp_path, "given", "clicked", "again")
    first = windows.show(windows.opener(given, False))  # aspdesk MAP: the user's own choice
    _hand_over(qapp, clicked)
    assert len(windows.windows) == 2
    second = windows.windows[1]
    assert second.isVisible() and second.document.path == clicked
    assert first.document.path == given, "the first map stays where it was"
    # An edit in the start window keeps it too.
    windows.replaceable = second
    second.document.push(AddEntity(second.document, Actor(name="New member"), "Add"))
    _hand_over(qapp, again)
    assert [w.document.path for w in windows.windows] == [given, clicked, again]


def test_a_map_already_open_is_raised_not_opened_twice(
    qapp: QApplication, qtbot: QtBot, windows: MapWindows, tmp_path: Path
) -> None:
    (path,) = _maps(tmp_path, "open")
    windows.show(windows.opener(path, False))
    _hand_over(qapp, path)
    assert len(windows.windows) == 1


def test_a_file_that_is_no_map_is_refused_with_a_message(
    qapp: QApplication,
    qtbot: QtBot,
    windows: MapWindows,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (path,) = _maps(tmp_path, "open")
    windows.show(windows.opener(path, False))
    stranger = tmp_path / "notes.aspmap"
    stranger.write_text("not a map")
    shown: list[str] = []
    monkeypatch.setattr(launch, "_show_error", shown.append)
    _hand_over(qapp, stranger)
    assert len(windows.windows) == 1
    assert len(shown) == 1 and "notes.aspmap" in shown[0]


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_no_filter_watches_the_application_where_no_map_is_handed_over(
    qapp: QApplication, platform: str
) -> None:
    """Linux and Windows start an aspdesk for each map: a filter on the application would
    only cost a call into Python for every event of every widget."""
    opened: list[Path] = []
    assert hand_over_files(qapp, opened.append, platform=platform) is None
    _hand_over(qapp, Path("/tmp/kartta.aspmap"))
    assert opened == []
