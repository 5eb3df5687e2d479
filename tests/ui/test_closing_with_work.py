"""Closing the window while work runs in the background: the work is cancelled and its
thread waited for before the map closes, and nothing is left half-written."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aspdesk.io.errors import Cancelled, Progress
from aspdesk.io.exporting import spreadsheet_export
from aspdesk.ui.files import map_files
from aspdesk.ui.window.background import BackgroundTask, stop_tasks
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.gui


def _export(window: MainWindow, target: Path) -> tuple[BackgroundTask, list[str]]:
    """Start File > Export data into ``target``; the task and what its signals said."""
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.paths = [target]
    window.map_files.export_action.trigger()
    task = window.map_files.task
    assert task is not None
    heard: list[str] = []
    task.finished.connect(lambda _result: heard.append("finished"))
    task.failed.connect(lambda _error: heard.append("failed"))
    task.cancelled.connect(lambda: heard.append("cancelled"))
    return task, heard


def test_closing_while_an_export_reads_the_map_cancels_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    midway = threading.Event()
    real_export = map_files.export_snapshot

    def held_export(*args: Any, progress: Progress, **kwargs: Any) -> str:
        """The real export, held among its rows (reporting progress) until cancelled."""
        calls = 0

        def holding(done: int, total: int) -> None:
            nonlocal calls
            calls += 1
            progress(done, total)
            if calls == 2:
                midway.set()
                for _ in range(6000):  # at most a minute
                    progress(done, total)  # raises Cancelled once the window stops the work
                    threading.Event().wait(0.01)

        return real_export(*args, progress=holding, **kwargs)

    monkeypatch.setattr(map_files, "export_snapshot", held_export)
    task, heard = _export(window, folder / "out.xlsx")
    qtbot.waitUntil(midway.is_set, timeout=30_000)
    assert task.running()

    window.close()

    assert not task.running(), "the thread ended before the window closed"
    assert list(folder.iterdir()) == [], "nothing written"
    qtbot.wait(50)  # what the worker sent on its way out reaches no one
    assert heard == []


def test_closing_while_an_export_writes_waits_for_a_whole_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    writing = threading.Event()
    partial: list[str] = []
    real_write = spreadsheet_export.write_atomically

    def slow_write(target: Path, save: Callable[[Path], None]) -> None:
        def slow_save(temporary: Path) -> None:
            save(temporary)
            partial.extend(p.name for p in folder.iterdir())
            writing.set()
            threading.Event().wait(0.3)  # a slow disk: still writing as the window closes

        real_write(target, slow_save)

    monkeypatch.setattr(spreadsheet_export, "write_atomically", slow_write)
    task, heard = _export(window, folder / "out.zip")
    qtbot.waitUntil(writing.is_set, timeout=30_000)
    assert [name.endswith(".partial") for name in partial] == [True]

    window.close()

    assert not task.running(), "the window waited for the write"
    assert [p.name for p in folder.iterdir()] == ["out.zip"], "whole, no partial file left"
    with zipfile.ZipFile(folder / "out.zip") as archive:
        assert archive.testzip() is None and "actors.csv" in archive.namelist()
    qtbot.wait(50)
    assert heard == []


def test_stopped_work_reports_nothing_and_its_thread_is_joined(
    qtbot: QtBot, window: MainWindow
) -> None:
    began, results = threading.Event(), list[str]()

    def work(progress: Progress) -> str:
        began.set()
        while True:
            progress(0, 0)
            threading.Event().wait(0.005)

    task = BackgroundTask(window, "Working…", work)
    task.cancelled.connect(lambda: results.append("cancelled"))
    task.start()
    qtbot.waitUntil(began.is_set, timeout=5000)
    assert stop_tasks(window, wait=10.0) == []
    assert not task.running()
    qtbot.wait(50)
    assert results == [] and not task.dialog.isVisible()


def test_progress_and_the_end_arrive_on_the_window_s_thread(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The public signals are sent on the window's thread: sent from the worker, one
    crashed the process when a handler was connected or disconnected on the window's
    thread meanwhile (as waiting for it does)."""
    main = threading.current_thread()

    def work(progress: Progress) -> str:
        for step in range(20):
            progress(step, 20)
            threading.Event().wait(0.06)  # longer than the reports' spacing: each one sent
        return "done"

    threads: list[str] = []
    task = BackgroundTask(window, "Working…", work)
    # Direct: the handler runs on the thread that sends the signal.
    direct = Qt.ConnectionType.DirectConnection
    task.progressed.connect(lambda *_: threads.append(threading.current_thread().name), direct)
    task.finished.connect(lambda _r: threads.append(threading.current_thread().name), direct)
    task.start()
    for _ in range(3):  # connect and disconnect as the worker reports
        with qtbot.waitSignal(task.progressed, timeout=5000):
            pass
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert len(threads) > 3 and set(threads) == {main.name}


def test_a_task_stopped_before_it_began_never_runs(qtbot: QtBot, window: MainWindow) -> None:
    ran: list[int] = []
    task = BackgroundTask(window, "Working…", lambda progress: ran.append(1))
    task.start()
    task.stop()
    assert task.wait(0.0)
    qtbot.wait(50)
    assert ran == [] and not task.running()


def test_a_task_that_outlasts_the_wait_is_named_and_still_ends_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Work that reports no progress for a while is not cut off: the closing window names it
    and the process waits for it (the thread is no daemon)."""
    began, release = threading.Event(), threading.Event()
    done: list[str] = []

    def work(progress: Progress) -> None:
        began.set()
        release.wait(30)
        done.append("written")
        progress(1, 1)  # too late: stopped

    task = BackgroundTask(window, "Working…", work)
    task.start()
    qtbot.waitUntil(began.is_set, timeout=5000)
    assert stop_tasks(window, wait=0.05) == [task]
    assert not task._thread.daemon
    release.set()
    assert task.wait(10.0)
    assert done == ["written"]
    with pytest.raises(Cancelled):
        task._progress(1, 1)


@pytest.mark.parametrize(("only_reads", "heard"), [(True, "cancelled"), (False, "finished")])
def test_a_cancel_after_the_last_report_drops_what_work_that_only_reads_gives(
    qtbot: QtBot, window: MainWindow, only_reads: bool, heard: str
) -> None:
    """Work may end without asking for progress again after Cancel was pressed (calamine's
    last half second of loading a workbook): the import's preview then opened anyway.
    Work that only reads is dropped as cancelled; work that writes finished, and says so."""
    released = threading.Event()

    def work(progress: Progress) -> str:
        progress(0, 0)
        released.wait(10.0)  # the user presses Cancel meanwhile; no report follows
        return "read"

    def cancel_and_release(_done: int, _total: int) -> None:
        task.cancel()
        released.set()

    results: list[str] = []
    task = BackgroundTask(window, "Reading…", work, only_reads=only_reads)
    task.progressed.connect(cancel_and_release)
    task.finished.connect(lambda value: results.append(f"finished {value}"))
    task.cancelled.connect(lambda: results.append("cancelled"))
    task.start()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    qtbot.wait(50)  # and nothing after it
    assert results == [heard if heard == "cancelled" else "finished read"]
    assert not task.dialog.isVisible()
