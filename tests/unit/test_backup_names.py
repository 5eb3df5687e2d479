"""Backup copies follow their map: moved or renamed, a map still lists the copies made of
it; a copy of it living elsewhere keeps its own; copies made before migrations rotate."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from aspdesk.store.backups import BEFORE_MIGRATION, OPENED, list_backups, make_backup
from aspdesk.store.opening import open_map

from ..maps import COMPANY_KIND, OLD_ACTOR, map_at, rename_first_actor


def test_a_moved_map_still_lists_its_copies(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "a" / "kartta.aspmap"
    path.parent.mkdir()
    shutil.copy(sample_file, path)
    backups = tmp_path / "backups"
    for number in range(3):
        rename_first_actor(path, f"Lapin liitto {number}")  # a copy of each state
        open_map(path, backups).close()
    moved = tmp_path / "b" / "Lapin kartta.aspmap"
    moved.parent.mkdir()
    path.rename(moved)
    store = open_map(moved, backups)
    try:
        found = list_backups(moved, backups, store.map_id())
    finally:
        store.close()
    assert len(found) == 4, "the three made where it was, and the one made on this opening"
    assert all(b.reason == OPENED for b in found)


def test_a_copy_living_elsewhere_keeps_its_own_copies(sample_file: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "kartta.aspmap", tmp_path / "b" / "kartta.aspmap"
    for path in (first, second):
        path.parent.mkdir()
        shutil.copy(sample_file, path)  # the same map id in both
    backups = tmp_path / "backups"
    for number in range(3):
        rename_first_actor(first, f"Lapin liitto {number}")  # a copy of each state
        open_map(first, backups).close()
    open_map(second, backups).close()
    assert len(list_backups(first, backups)) == 3
    assert len(list_backups(second, backups)) == 1


def test_copies_made_before_migrations_rotate(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    path = tmp_path / "vanha.aspmap"
    for attempt in range(5):
        path.unlink(missing_ok=True)
        map_at(path, "0003", COMPANY_KIND, OLD_ACTOR.format(name=f"Kemi {attempt}"))
        make_backup(path, backups, "before-0003", keep=2, map_id="")
    kept = [b for b in list_backups(path, backups) if b.reason == BEFORE_MIGRATION]
    assert len(kept) == 2


def test_copies_list_the_moment_in_their_names_and_names_of_no_moment_are_passed_over(
    sample_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "kartta.aspmap"
    shutil.copy(sample_file, path)
    backups = tmp_path / "backups"
    open_map(path, backups).close()
    (made,) = list_backups(path, backups)
    stamp = made.path.name.rsplit("-", 1)[1].removesuffix(".aspmap")
    assert made.made == datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    for other in ("20250101T000000000001Z", "20241231T235959999999Z"):
        shutil.copy(made.path, made.path.with_name(made.path.name.replace(stamp, other)))
    impossible = made.path.with_name(made.path.name.replace(stamp, "20261399T250000000000Z"))
    shutil.copy(made.path, impossible)
    found = list_backups(path, backups)
    assert [b.made for b in found] == [
        made.made,
        datetime(2025, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
        datetime(2024, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    ]
    assert impossible not in [b.path for b in found]
    open_map(path, backups).close()  # the opening, which lists the copies, is not upset
