"""Pulling the plug: a process killed (SIGKILL) mid-edit or mid-import loses nothing committed.

A child process edits a map and prints a line after each commit; the parent kills it at a
random moment, then opens the map *through aspdesk's own opening*, nothing else touching the
file first: a kill during a commit leaves a hot journal, which that opening must roll back
(an earlier version checked the file read-only first, called such a map damaged and sent the
user to a backup). The map must hold every edit the child reported as committed (and at
most the one under way). An import is one transaction, so a kill during it leaves all of it
or none. ``KILL_POINTS`` sets how many moments are tried per scenario (default 12, kept
small for CI); the figures, hot journals among them, are printed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from aspdesk.store.mapfile import journal_of
from aspdesk.store.opening import open_map
from aspdesk.store.sample import write_sample

KILL_POINTS = int(os.environ.get("KILL_POINTS", "12"))
pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.slow,
]

EDITOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from aspdesk.domain.entities import Actor, Relationship
    from aspdesk.store.opening import open_map
    store = open_map(Path(sys.argv[1]), Path(sys.argv[2]))
    print("ready", flush=True)
    n = 0
    while True:
        actor = store.insert(Actor(name=f"Kill test {n}", x=float(n), y=0.0))
        store.update(actor.entity_type, actor.id, {"municipality": "Inari"})
        store.insert(Relationship(source_id=1, target_id=actor.id, type="collaboration"))
        n += 1
        print(n, flush=True)
    """
)

IMPORTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from aspdesk.app.exchange import snapshot_of
    from aspdesk.app.importing import commit, plan_for, prepare
    from aspdesk.domain.vocabulary import Vocabulary
    from aspdesk.io.importing.formats import read_import
    from aspdesk.store.opening import open_map
    store = open_map(Path(sys.argv[1]), Path(sys.argv[2]))
    known = {v: {t.code for t in store.terms(v)} for v in Vocabulary}
    terms = {v: store.terms(v) for v in Vocabulary}
    batch = read_import(Path(sys.argv[3]), known_codes=known, terms=terms)
    prepared = prepare(plan_for(store, batch), snapshot_of(store))
    print("ready", flush=True)
    commit(store, prepared)
    print("done", flush=True)
    """
)


def _child(script: str, *args: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_ready(child: subprocess.Popen[str]) -> None:
    assert child.stdout is not None and child.stderr is not None
    line = child.stdout.readline().strip()
    assert line == "ready", child.stderr.read()


def _check(path: Path) -> int:
    """The map opens for editing through aspdesk's own opening, and has this many actors."""
    store = open_map(path, path.parent / "backups")
    try:
        assert store.read_only is None, store.read_only
        return len(store.actors())
    finally:
        store.close()
    # (open_map checks integrity_check itself and refuses a damaged map)


def _hot(path: Path) -> bool:
    return journal_of(path).exists() and journal_of(path).stat().st_size > 0


def test_killed_while_editing_keeps_every_committed_edit(tmp_path: Path) -> None:
    lost = hot = 0
    moments = random.Random(20)
    for point in range(KILL_POINTS):
        path = tmp_path / f"edit{point}.aspmap"
        write_sample(path)
        child = _child(EDITOR, path, tmp_path / "backups")
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", (
            child.stderr.read() if child.stderr else ""
        )
        # Kill after a random number of committed edits, at a random moment within one.
        wanted = moments.randint(2, 40)
        committed = 0
        while committed < wanted:
            committed = int(child.stdout.readline())
        time.sleep(moments.uniform(0, 0.01))
        child.send_signal(signal.SIGKILL)
        child.wait()
        tail = child.stdout.read().split()
        committed = int(tail[-1]) if tail else committed
        hot += _hot(path)
        actors = _check(path)
        # 21 sample actors + one per reported edit, and perhaps the one under way
        assert actors - 21 in (committed, committed + 1), (point, actors, committed)
        lost += max(0, committed - (actors - 21))
    print(
        f"\nkills while editing: {KILL_POINTS}, hot journals left: {hot}, maps refused: 0, "
        f"committed edits lost: {lost}"
    )


def test_killed_while_importing_keeps_all_or_nothing(tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    rows = "\n".join(f"Yritys {n} Oy;Kemi" for n in range(4000))
    source.write_text("Nimi;Kunta\n" + rows, encoding="utf-8")
    outcomes = []
    hot = 0
    moments = random.Random(21)
    # How long the commit takes here, so that the kills fall within it, not after it.
    path = tmp_path / "timing.aspmap"
    write_sample(path)
    child = _child(IMPORTER, path, tmp_path / "backups", source)
    assert child.stdout is not None
    _wait_ready(child)
    started = time.perf_counter()
    assert child.stdout.readline().strip() == "done"
    commit_time = time.perf_counter() - started
    child.wait()
    for point in range(KILL_POINTS):
        path = tmp_path / f"import{point}.aspmap"
        write_sample(path)
        child = _child(IMPORTER, path, tmp_path / "backups", source)
        assert child.stdout is not None
        _wait_ready(child)
        time.sleep(moments.uniform(0, commit_time * 1.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        hot += _hot(path)
        actors = _check(path)
        assert actors in (21, 21 + 4000), (point, actors)
        outcomes.append("all" if actors > 21 else "none")
    print(
        f"\nkills while importing: {KILL_POINTS} (commit {commit_time:.2f} s), hot journals "
        f"left: {hot}, maps refused: 0, "
        f"all {outcomes.count('all')}, none {outcomes.count('none')}, partial 0"
    )


WORKSHOP = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from aspdesk.app.paths import AppPaths
    from aspdesk.app.settings import Settings
    from aspdesk.ui.window.launch import MapOpener
    from aspdesk.ui.window.main_window import MainWindow
    app = QApplication([])
    opener = MapOpener(AppPaths.for_user(), "fi")
    window = MainWindow(opener(Path(sys.argv[1]), False), Settings(Path(sys.argv[2])), opener)
    window.show()
    workshop = window.workshop.start(full_screen=False)
    for n in range(3):
        workshop.add_actor(f"Työpajan toimija {n}", "company")
        app.processEvents()
        print(n + 1, flush=True)
    time.sleep(60)
    """
)


def test_pulling_the_plug_mid_workshop_keeps_what_the_room_added(tmp_path: Path) -> None:
    path = tmp_path / "workshop.aspmap"
    write_sample(path)
    env = {**os.environ, "ASPDESK_HOME": str(tmp_path / "home")}
    child = subprocess.Popen(
        [sys.executable, "-c", WORKSHOP, str(path), str(tmp_path / "settings.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None and child.stderr is not None
    added = 0
    while added < 3:
        line = child.stdout.readline()
        assert line, child.stderr.read()
        added = int(line)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert _check(path) == 21 + 3
    store = open_map(path, tmp_path / "backups")
    try:
        names = {a.name for a in store.actors()}
    finally:
        store.close()
    assert {f"Työpajan toimija {n}" for n in range(3)} <= names
