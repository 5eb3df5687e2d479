"""Writes through Core and the ORM in one transaction (aspdesk.store.transactions).

Most writes are Core statements on the write's connection and load no ORM; an edit of a
mapped object gets a Session on that same connection. Both commit or roll back together,
and a write, failed or not, leaves nothing of its own in the pooled connection for the
next write to find.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert, select

from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership
from aspdesk.store.changes import recorder
from aspdesk.store.errors import ConflictError
from aspdesk.store.repository import MapStore
from aspdesk.store.tables import map_info
from aspdesk.store.transactions import Transactions, mapped
from tests.fresh_process import run_script

pytestmark = pytest.mark.both_backends


def _fact(store: MapStore, key: str) -> str | None:
    with store.engine.connect() as connection:
        return connection.scalar(select(map_info.c.value).where(map_info.c.key == key))


def _edit_and_fact(store: MapStore, actor_id: int, *, fail: bool) -> None:
    """Rename the actor through its mapped row and add a fact through Core, in one write."""
    from aspdesk.store.schema import ActorRow

    with Transactions(store.engine).begin() as connection:
        row = mapped(connection).get(ActorRow, actor_id)
        assert row is not None
        row.name = "Renamed"
        connection.execute(insert(map_info).values(key="probe", value="written"))
        if fail:
            raise RuntimeError("stopped before the end of the write")


def test_core_and_orm_statements_of_a_write_commit_together(store: MapStore) -> None:
    actor = store.insert(Actor(name="Kemi", kind="company"))
    _edit_and_fact(store, actor.id or 0, fail=False)
    renamed = store.get(EntityType.ACTOR, actor.id or 0)
    assert renamed is not None and renamed.name == "Renamed"
    assert _fact(store, "probe") == "written"


def test_a_failed_write_leaves_neither_its_core_nor_its_orm_changes(store: MapStore) -> None:
    actor = store.insert(Actor(name="Kemi", kind="company"))
    with pytest.raises(RuntimeError):
        _edit_and_fact(store, actor.id or 0, fail=True)
    kept = store.get(EntityType.ACTOR, actor.id or 0)
    assert kept is not None and kept.name == "Kemi"
    assert _fact(store, "probe") is None


def test_a_failed_write_leaves_nothing_in_the_pooled_connection(store: MapStore) -> None:
    # A refused write (a duplicate membership) after an edit that loaded a Session: the
    # next writes start with a recorder and no Session of their own.
    actor = store.insert(Actor(name="Kemi", kind="company"))
    store.update(EntityType.ACTOR, actor.id or 0, {"name": "Kemi Oy"})
    members = _membership(store, actor.id or 0)
    with pytest.raises(ConflictError):
        store.insert(members)
    with Transactions(store.engine).begin() as connection:
        assert set(connection.info) <= {"aspdesk.server_stamps"}
        assert recorder(connection).rows == []
    store.update(EntityType.ACTOR, actor.id or 0, {"short_name": "KO"})
    history = store.changes.history(EntityType.ACTOR.value, actor.id or 0)
    assert [[c.field for c in changes] for _, changes in history] == [
        ["short_name"],
        ["name"],
        [None],
    ]


def _membership(store: MapStore, actor_id: int) -> Membership:
    cluster = store.insert(Cluster(name="Arctic design"))
    first = Membership(actor_id=actor_id, cluster_id=cluster.id, role="coordinator")
    store.insert(first)
    return Membership(actor_id=actor_id, cluster_id=cluster.id, role="coordinator")


# Runs aspdesk's own commands in one process: an import of a spreadsheet into a new map,
# then its first export (which lays the map out and stores the places); prints whether the
# ORM was loaded, then makes an edit and prints it again.
_COMMANDS = """
import sys
from pathlib import Path
from aspdesk.cli.main import main
from aspdesk.domain.entities import EntityType
from aspdesk.store.opening import open_map

book, target, picture = sys.argv[1:4]
assert main(["import", "--lang", "en", target, book]) == 0
assert main(["export", "--lang", "en", "-o", picture, target]) == 0
print("sqlalchemy.orm" in sys.modules, "aspdesk.store.schema" in sys.modules)
store = open_map(Path(target), Path(sys.argv[4]))
actor = store.actors()[0]
store.update(EntityType.ACTOR, actor.id, {"name": "Renamed"})
print("sqlalchemy.orm" in sys.modules, store.get(EntityType.ACTOR, actor.id).name)
store.close()
"""


def test_an_import_and_a_first_export_write_without_the_orm(tmp_path: Path) -> None:
    # Loading sqlalchemy.orm costs a command 110-190 ms; an import of 10,000 actors and
    # a first layout's 10,000 places are Core statements and need none of it.
    book = tmp_path / "toimijat.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nimi"])
    for number in range(30):
        sheet.append([f"Toimija {number}"])
    workbook.save(book)
    target, picture = tmp_path / "map.aspmap", tmp_path / "map.png"
    printed = run_script(
        _COMMANDS, book, target, picture, tmp_path, home=tmp_path / "home", cwd=tmp_path
    )
    written, edited = printed.splitlines()[-2:]
    assert written == "False False"
    assert edited == "True Renamed"
    assert picture.stat().st_size > 0
