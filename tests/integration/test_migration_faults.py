"""A migration stopped at any statement leaves a map that opens, at its old revision or the
new one, with all its data.

For every revision before the newest and every statement its migration to the newest
runs: a process is killed (SIGKILL) right after that statement, and, in a second round,
the migration fails with an error right after it. Each map is then opened through
aspdesk's own opening. Before migrations ran in one transaction, 18 of 30 kill points left
new columns under the old revision and every later opening failed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from aspdesk.store import opening
from aspdesk.store.errors import MigrationFailedError
from aspdesk.store.mapfile import check_map_file, head_revision, journal_of, recover
from aspdesk.store.opening import open_map

from ..maps import COMPANY_KIND, OLD_ACTOR, map_at

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.slow,
]

OLD_REVISIONS = ("0001", "0002", "0003")
_ROWS = (
    COMPANY_KIND,
    OLD_ACTOR.format(name="Lapin liitto"),
    OLD_ACTOR.format(name="Kemin Digipolis Oy"),
    "INSERT INTO relation_types VALUES ('collaboration', 'Collaboration', 'Yhteistyö', 0)",
    "INSERT INTO relationships (source_id, target_id, type, directed, strength, source_info, "
    "notes) VALUES (1, 2, 'collaboration', 0, 3, '', 'vanha')",
    "INSERT INTO map_info VALUES ('name', 'Vanha kartta')",
)

KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from aspdesk.store import opening
    target, seen = int(sys.argv[3]), [0]
    migrate = opening.migrate

    def kill_after(connection, cursor, statement, *args):
        seen[0] += 1
        if seen[0] == target:
            os.kill(os.getpid(), signal.SIGKILL)

    def migrate_and_die(path):
        event.listen(Engine, "after_cursor_execute", kill_after)
        migrate(path)

    opening.migrate = migrate_and_die
    opening.open_map(Path(sys.argv[1]), Path(sys.argv[2]))
    print("not killed", flush=True)
    """
)


@contextmanager
def _counting(on_statement: Callable[[int], None]) -> Iterator[None]:
    seen = [0]

    def after(*_args: Any) -> None:
        seen[0] += 1
        on_statement(seen[0])

    event.listen(Engine, "after_cursor_execute", after)
    try:
        yield
    finally:
        event.remove(Engine, "after_cursor_execute", after)


def _statements(template: Path, tmp_path: Path) -> int:
    """How many statements the migration of ``template`` to the newest revision runs."""
    copy = tmp_path / "count.aspmap"
    shutil.copy(template, copy)
    counted: list[int] = []
    real = opening.migrate

    def migrate(path: Path) -> None:
        with _counting(counted.append):
            real(path)

    opening.migrate = migrate  # type: ignore[assignment]
    try:
        open_map(copy, tmp_path / "backups").close()
    finally:
        opening.migrate = real  # type: ignore[assignment]
    return len(counted)


def _templates(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "templates"
    folder.mkdir()
    return {r: map_at(folder / f"at-{r}.aspmap", r, *_ROWS) for r in OLD_REVISIONS}


def _revision_left(path: Path, tmp_path: Path) -> str:
    """The revision the map is at, once its unfinished transaction is rolled back (on a
    copy, so that aspdesk's opening afterwards meets the map exactly as the kill left it)."""
    look = tmp_path / "look"
    shutil.rmtree(look, ignore_errors=True)
    look.mkdir()
    shutil.copy(path, look / path.name)
    if journal_of(path).exists():
        shutil.copy(journal_of(path), journal_of(look / path.name))
    recover(look / path.name)
    return check_map_file(look / path.name)


def _opens_whole(path: Path, backups: Path) -> None:
    store = open_map(path, backups)
    try:
        assert store.read_only is None
        assert check_map_file(path) == head_revision()
        assert sorted(a.name for a in store.actors()) == ["Kemin Digipolis Oy", "Lapin liitto"]
        assert [r.notes for r in store.relationships()] == ["vanha"]
        assert store.map_name() == "Vanha kartta"
    finally:
        store.close()


def test_a_kill_after_any_statement_of_a_migration_loses_nothing(tmp_path: Path) -> None:
    templates = _templates(tmp_path)
    points = [
        (revision, k)
        for revision, template in templates.items()
        for k in range(1, _statements(template, tmp_path) + 1)
    ]

    def kill_at(point: tuple[str, int]) -> tuple[str, int, str]:
        revision, k = point
        folder = tmp_path / f"kill-{revision}-{k}"
        folder.mkdir()
        path = folder / "kartta.aspmap"
        shutil.copy(templates[revision], path)
        child = subprocess.run(
            [sys.executable, "-c", KILLER, str(path), str(folder / "backups"), str(k)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert child.returncode == -signal.SIGKILL, (point, child.stdout, child.stderr)
        return revision, k, _revision_left(path, folder)

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        left = list(pool.map(kill_at, points))
    for revision, k, found in left:
        assert found in (revision, head_revision()), (revision, k, found)
        _opens_whole(tmp_path / f"kill-{revision}-{k}" / "kartta.aspmap", tmp_path / "backups")
    old = sum(1 for revision, _k, found in left if found == revision)
    print(
        f"\nmigration kill points: {len(points)} (from {', '.join(OLD_REVISIONS)}), left at "
        f"the old revision {old}, at the new {len(points) - old}, maps that failed to open 0"
    )


def test_a_migration_failing_after_any_statement_leaves_the_old_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = _templates(tmp_path)
    tried = 0
    for revision, template in templates.items():
        for k in range(1, _statements(template, tmp_path) + 1):
            path = tmp_path / f"fail-{revision}-{k}.aspmap"
            shutil.copy(template, path)
            real = opening.migrate

            def failing(target: Path, k: int = k, real: Any = real) -> None:
                def fail(seen: int) -> None:
                    if seen == k:
                        raise RuntimeError(f"stopped after statement {k}")

                with _counting(fail):
                    real(target)

            monkeypatch.setattr(opening, "migrate", failing)
            with pytest.raises(MigrationFailedError):
                open_map(path, tmp_path / "backups")
            monkeypatch.undo()
            assert check_map_file(path) == revision, (revision, k)
            _opens_whole(path, tmp_path / "backups")
            tried += 1
    print(f"\nmigration failure points: {tried}, each left at its old revision and reopened")
