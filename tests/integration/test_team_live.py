"""A team map kept up to date while open: others' changes in place, catching up after a
reconnect, and the server going away and coming back (aspdesk.app.live)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity, RenameMap
from aspdesk.app.document import Document
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.graph_commands import MoveNodes
from aspdesk.app.importing import ImportData, plan_for, prepare
from aspdesk.app.live import LiveUpdates, live_updates
from aspdesk.app.selection import Ref
from aspdesk.app.survey import AddRound
from aspdesk.app.team import open_team_document
from aspdesk.app.view_commands import AddView, RenameView
from aspdesk.domain.changes import KEY, POSITIONS_KEPT, marked
from aspdesk.domain.entities import Actor, Cluster, EntityType, Relationship
from aspdesk.domain.survey import SurveyRound
from aspdesk.domain.views import ViewState
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.importing.formats import read_import
from aspdesk.io.json_backup import write_json
from aspdesk.store.opening import create_map
from tests.postgres import TeamMapDatabase
from tests.team_window_client import NEW

WAIT_MS = 5000


@pytest.fixture
def two(team_map: TeamMapDatabase, qapp: object) -> Iterator[tuple[Document, Document]]:
    """Two editors' documents on one team map."""
    first = open_team_document(team_map.address("editor"), "", "en")
    second = open_team_document(team_map.address("editor"), "", "en")
    yield first, second
    first.close()
    second.close()


def _live(document: Document) -> LiveUpdates:
    found = live_updates(document)
    assert found is not None
    return found


def _actor(document: Document, name: str, x: float = 0.0, y: float = 0.0) -> int:
    command = AddEntity(document, Actor(name=name, kind="company", x=x, y=y), f"Add {name}")
    assert document.push(command)
    return command.ref.id


def test_a_change_by_one_shows_in_the_others_index_with_the_right_signals(
    two: tuple[Document, Document], qtbot: QtBot
) -> None:
    writer, reader = two
    with qtbot.waitSignal(reader.entities_changed, timeout=WAIT_MS) as added:
        kemi = _actor(writer, "Kemin satama", 10, 20)
    assert added.args == [EntityType.ACTOR.value, [kemi]]
    assert reader.index.get(EntityType.ACTOR, kemi).name == "Kemin satama"  # type: ignore[union-attr]

    reader.selection.select([Ref(EntityType.ACTOR, kemi)])
    old = {"name": "Kemin satama"}
    with qtbot.waitSignal(reader.entities_changed, timeout=WAIT_MS) as edited:
        assert writer.push(
            EditEntity(writer, EntityType.ACTOR, kemi, old, {"name": "Kemi Port"}, "Rename")
        )
    assert edited.args == [EntityType.ACTOR.value, [kemi]]
    assert reader.index.get(EntityType.ACTOR, kemi).name == "Kemi Port"  # type: ignore[union-attr]
    assert Ref(EntityType.ACTOR, kemi) in reader.selection.selected  # the selection stays

    # A move alone tells the pictures only, with the node moved.
    moves: list[tuple[str, list[int]]] = []
    reader.entities_changed.connect(lambda t, ids: moves.append(("entities", ids)))
    with qtbot.waitSignal(reader.positions_changed, timeout=WAIT_MS) as moved:
        ref = Ref(EntityType.ACTOR, kemi)
        assert writer.push(MoveNodes(writer, {ref: (10, 20)}, {ref: (55, 66)}, "Move"))
    assert moved.args == [EntityType.ACTOR.value, [kemi]]
    assert moves == []
    shown = reader.index.get(EntityType.ACTOR, kemi)
    assert shown is not None and (shown.x, shown.y) == (55, 66)  # type: ignore[attr-defined]

    # A delete drops it from the index and from the selection.
    with qtbot.waitSignal(reader.entities_changed, timeout=WAIT_MS):
        assert writer.push(DeleteEntity(writer, Ref(EntityType.ACTOR, kemi), "Delete"))
    assert reader.index.get(EntityType.ACTOR, kemi) is None
    assert Ref(EntityType.ACTOR, kemi) not in reader.selection.selected
    assert reader.undo_stack.count() == 0 and writer.undo_stack.count() == 4


def test_map_name_views_and_the_readers_own_steps(
    two: tuple[Document, Document], qtbot: QtBot
) -> None:
    writer, reader = two
    with qtbot.waitSignal(reader.map_renamed, timeout=WAIT_MS) as renamed:
        assert writer.push(RenameMap(writer, writer.map_name(), "Lapin klusterit", "Rename map"))
    assert renamed.args == ["Lapin klusterit"]
    add = AddView(writer, "Kemi", ViewState(), "Save view")
    with qtbot.waitSignal(reader.views_changed, timeout=WAIT_MS):
        assert writer.push(add)
    assert [v.name for v in reader.index.views] == ["Kemi"]
    with qtbot.waitSignal(reader.views_changed, timeout=WAIT_MS):
        assert writer.push(RenameView(writer, writer.index.views[0], "Kemi-Tornio", "Rename"))
    assert [v.name for v in reader.index.views] == ["Kemi-Tornio"]
    cluster = AddEntity(writer, Cluster(name="Arctic industry"), "Add cluster")
    assert writer.push(cluster)
    survey_round = SurveyRound(id=writer.next_round_id(), token="t" * 32, cluster_id=cluster.ref.id)
    with qtbot.waitSignal(reader.surveys_changed, timeout=WAIT_MS):
        assert writer.push(AddRound(writer, survey_round, "Survey round"))
    assert [r.id for r in reader.survey_rounds()] == [survey_round.id]

    # The reader's own step comes back to it as a notification, and is not applied again.
    heard: list[list[int]] = []
    reader.entities_changed.connect(lambda _t, ids: heard.append(ids))
    live = _live(reader)
    with qtbot.waitSignal(_live(writer).caught_up, timeout=WAIT_MS):
        own = _actor(reader, "Oma")
    qtbot.wait(100)  # the reader's notifier has had the notification too
    assert heard == [[own]]  # once: from its own command
    assert live.last == reader.latest_change_set()


def test_an_import_bringing_new_terms_shows_their_labels(
    two: tuple[Document, Document], tmp_path: Path, qtbot: QtBot
) -> None:
    writer, reader = two
    source = create_map(tmp_path / "paliskunnat.aspmap")  # a map with a kind of its own
    herding = Term("reindeer_herding", "Reindeer herding co-operative", "Paliskunta", 50)
    source.add_terms(Vocabulary.ACTOR_KIND, [herding])
    source.insert(Actor(name="Muddusjärven paliskunta", kind=herding.code))
    backup = tmp_path / "paliskunnat.json"
    write_json(snapshot_of(source), backup)
    source.close()
    terms = {v: tuple(writer.terms(v)) for v in Vocabulary}
    batch = read_import(backup, known_codes=writer.codes(), terms=terms)
    prepared = prepare(plan_for(writer.store, batch), writer.snapshot())
    with qtbot.waitSignal(reader.entities_changed, timeout=WAIT_MS):
        assert writer.push(ImportData(writer, prepared, "Import"))
    (actor,) = reader.index.all(EntityType.ACTOR)
    assert reader.label(Vocabulary.ACTOR_KIND, actor.kind) == herding.label_en  # type: ignore[attr-defined]


def test_missed_notifications_are_caught_up_after_a_reconnect(
    two: tuple[Document, Document], team_map: TeamMapDatabase, qtbot: QtBot
) -> None:
    writer, reader = two
    live = _live(reader)
    live.stop()  # as a laptop asleep: nothing is heard
    first = _actor(writer, "Tornio")
    # A number drawn and rolled back leaves a gap.
    team_map.server.execute(
        "BEGIN; SELECT nextval(pg_get_serial_sequence('aspdesk.change_set', 'id')); ROLLBACK",
        database=team_map.name,
    )
    second = _actor(writer, "Haparanda")
    assert reader.index.get(EntityType.ACTOR, first) is None
    awake = LiveUpdates(reader, reader.store.file, live.last)  # type: ignore[arg-type]
    assert awake.last == writer.latest_change_set()
    assert {first, second} <= {a.id for a in reader.index.all(EntityType.ACTOR)}
    with qtbot.waitSignal(reader.entities_changed, timeout=WAIT_MS):
        third = _actor(writer, "Luulaja")
    assert reader.index.get(EntityType.ACTOR, third) is not None


def test_a_listening_connection_cut_reconnects_and_catches_up(
    two: tuple[Document, Document], team_map: TeamMapDatabase, qtbot: QtBot
) -> None:
    writer, reader = two
    live = _live(reader)
    # Every listening connection of the map is cut (a network gone, a laptop that slept),
    # and the writer writes before any client can notice: those notifications are lost.
    team_map.server.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{team_map.name}' AND query LIKE 'LISTEN%'"
    )
    missed = [_actor(writer, name) for name in ("Kemi", "Tornio")]
    with qtbot.waitSignal(live.reachable_changed, timeout=WAIT_MS) as gone:
        pass
    assert gone.args == [False]
    with qtbot.waitSignal(live.reachable_changed, timeout=10_000) as back:
        pass
    assert back.args == [True] and not reader.read_only
    assert {a.id for a in reader.index.all(EntityType.ACTOR)} == set(missed)
    assert live.last == writer.latest_change_set()
    qtbot.waitUntil(lambda: not writer.read_only, timeout=10_000)
    with qtbot.waitSignal(reader.entities_changed, timeout=WAIT_MS):
        _actor(writer, "Luulaja")  # heard again


def test_a_set_committed_after_a_later_one_is_applied_when_it_comes(
    two: tuple[Document, Document], team_map: TeamMapDatabase, qtbot: QtBot
) -> None:
    writer, reader = two
    live = _live(reader)
    with qtbot.waitSignal(reader.entities_changed, timeout=WAIT_MS):
        kemi = _actor(writer, "Kemi")
    slow = team_map.open("editor")  # another client, in the middle of a long transaction
    try:
        with slow.engine.begin() as connection:
            with slow.changes.recording(connection) as log:
                connection.execute(
                    text("UPDATE actors SET name = 'Kemi late' WHERE id = :i"), {"i": kemi}
                )
                log.changed(EntityType.ACTOR.value, kemi, "name", "Kemi", "Kemi late")
            (late,) = slow.changes.written  # its number is drawn, its commit still to come
            with qtbot.waitSignal(live.caught_up, timeout=WAIT_MS):
                oulu = _actor(writer, "Oulu")
            assert live.last > late
            assert reader.index.get(EntityType.ACTOR, oulu) is not None
            assert reader.index.get(EntityType.ACTOR, kemi).name == "Kemi"  # type: ignore[union-attr]
        with qtbot.waitSignal(reader.entities_changed, timeout=WAIT_MS) as changed:
            pass  # the commit above notified the late set
        assert changed.args == [EntityType.ACTOR.value, [kemi]]
        assert reader.index.get(EntityType.ACTOR, kemi).name == "Kemi late"  # type: ignore[union-attr]
    finally:
        slow.close()


def test_a_viewer_receives_live_changes(team_map: TeamMapDatabase, qtbot: QtBot) -> None:
    writer = open_team_document(team_map.address("editor"), "", "en")
    viewer = open_team_document(team_map.address("viewer"), "", "en")
    try:
        assert viewer.read_only
        with qtbot.waitSignal(viewer.entities_changed, timeout=WAIT_MS):
            kemi = _actor(writer, "Kemi")
        assert viewer.index.get(EntityType.ACTOR, kemi) is not None
        with qtbot.waitSignal(viewer.map_renamed, timeout=WAIT_MS) as renamed:
            assert writer.push(RenameMap(writer, writer.map_name(), "Lappi", "Rename map"))
        assert renamed.args == ["Lappi"]
    finally:
        writer.close()
        viewer.close()


def test_the_server_away_and_back(team_map: TeamMapDatabase, qtbot: QtBot, qapp: object) -> None:
    writer = open_team_document(team_map.address("editor"), "", "en")
    other = open_team_document(team_map.address("editor"), "", "en")
    stopped = False
    try:
        kept = _actor(writer, "Ennen")
        with qtbot.waitSignal(writer.access_changed, timeout=WAIT_MS) as away:
            team_map.server.stop("immediate")
            stopped = True
        assert "cannot be reached" in away.args[0] and "was saved" in away.args[0]
        assert writer.read_only == away.args[0]
        # Every edit is refused with the banner's reason, and nothing is written.
        with qtbot.waitSignal(writer.edit_failed) as refused:
            assert not writer.push(AddEntity(writer, Actor(name="Katkolla"), "Add Katkolla"))
        assert refused.args == [writer.read_only]
        with qtbot.waitSignal(writer.edit_failed) as undo_refused:
            writer.undo_stack.undo()
        assert undo_refused.args == [writer.read_only]
        assert writer.undo_stack.index() == 1  # the step is still there to undo later
        assert not _live(writer).reachable
        # A window that changed nothing is not told of a last change.
        qtbot.waitUntil(lambda: bool(other.read_only), timeout=WAIT_MS)
        assert other.read_only.startswith("The server cannot be reached. Editing is off")
        with qtbot.waitSignal(writer.access_changed, timeout=10_000) as back:
            team_map.server.start()
            stopped = False
        assert back.args == [""] and not writer.read_only
        assert _live(writer).reachable
        # The other client wrote nothing meanwhile, and catches up what is written now.
        with qtbot.waitSignal(other.entities_changed, timeout=10_000):
            after = _actor(writer, "Jälkeen")
        assert [a.name for a in writer.store.actors()] == ["Ennen", "Jälkeen"]
        assert other.index.get(EntityType.ACTOR, after) is not None
        assert other.index.get(EntityType.ACTOR, kept) is not None
    finally:
        if stopped:
            team_map.server.start()
        writer.close()
        other.close()


def test_a_write_that_meets_a_lost_server_says_it_was_not_saved(
    team_map: TeamMapDatabase, qtbot: QtBot, qapp: object
) -> None:
    writer = open_team_document(team_map.address("editor"), "", "en")
    try:
        _actor(writer, "Ennen")
        # No event is handled in between: the write finds the server gone before the
        # listener can tell.
        team_map.server.stop("immediate")
        try:
            shown: list[str] = []  # the banner's reason when the error is told
            writer.edit_failed.connect(lambda _message: shown.append(writer.read_only))
            with qtbot.waitSignal(writer.access_changed, timeout=WAIT_MS) as away:
                assert not writer.push(AddEntity(writer, Actor(name="Katkolla"), "Add Katkolla"))
            assert "was not saved: Add Katkolla" in away.args[0]
            assert shown == [away.args[0]]
            assert writer.read_only == away.args[0]
        finally:
            team_map.server.start()
        with qtbot.waitSignal(writer.access_changed, timeout=10_000) as back:
            pass
        assert back.args == [""]
        assert [a.name for a in writer.store.actors()] == ["Ennen"]  # nothing half-written
        assert writer.undo_stack.count() == 1
    finally:
        writer.close()


WINDOWS = (("adder", "1200x800"), ("watcher", "1366x768"), ("watcher", "900x700"))
WINDOWS += (("watcher", "1920x1080"),)
ROOT = Path(__file__).resolve().parents[2]


def _readline(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline().strip()


@pytest.mark.slow
def test_a_new_actor_stands_at_one_place_in_every_window_and_never_jumps(
    team_map: TeamMapDatabase, tmp_path: Path
) -> None:
    """One editor adds an actor with no position while four windows (processes of their
    own, of different sizes) show the map: each window places it as it first draws it,
    only the first place saved counts, and no window draws it anywhere else afterwards."""
    seed = team_map.open("editor")
    place = random.Random(1)
    count = 60
    seed.bulk_insert(
        [
            Actor(
                id=n + 1,
                name=f"A{n}",
                kind="company",
                x=place.uniform(0, 3000),
                y=place.uniform(0, 3000),
            )
            for n in range(count)
        ]
    )
    seed.bulk_insert(
        [
            Relationship(id=n + 1, source_id=n + 1, target_id=(n * 7) % count + 1)
            for n in range(count - 1)
            if (n * 7) % count != n
        ]
    )
    start = seed.changes.latest_set_id()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "tests.team_window_client", "place", team_map.url("editor")]
    clients = [
        subprocess.Popen(
            [*command, role, size, str(tmp_path)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for role, size in WINDOWS
    ]
    try:
        assert [_readline(c) for c in clients] == ["ready"] * len(clients)
        (tmp_path / "go").write_text("")
        assert [_readline(c) for c in clients] == ["seen"] * len(clients)
        # Every window has placed the actor (and saved its place, or lost the race) by
        # the time it drew it: once each has caught up with all that was saved, nothing
        # more can come.
        (tmp_path / "stop").write_text(str(seed.changes.latest_set_id()))
        outcomes = [
            json.loads(c.communicate(timeout=60)[0].strip().splitlines()[-1]) for c in clients
        ]
    finally:
        for client in clients:
            if client.poll() is None:
                client.kill()
    new = next(a for a in seed.actors() if a.name == NEW)
    kept = [s for s in seed.changes.sets_after(start) if s.summary == marked(KEY, POSITIONS_KEPT)]
    seed.close()
    drawn = {f"{o['role']} {o['size']}": [tuple(p) for p in o["drawn"]] for o in outcomes}
    assert all(len(places) == 1 for places in drawn.values()), f"a window's node jumped: {drawn}"
    assert {places[0] for places in drawn.values()} == {(new.x, new.y)}, drawn
    assert len(kept) == 1, "only the first place is saved"
