"""Team maps on a real PostgreSQL server: setting one up, opening it as each role, its
checks, passwords, a copy into a file, and a server lost and back in the middle of work."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from aspdesk.app.commands import AddEntity, EditEntity
from aspdesk.app.document import translate_store
from aspdesk.app.team import open_team_document
from aspdesk.cli.main import main as cli_main
from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership, Relationship
from aspdesk.store.errors import StoreError
from aspdesk.store.mapfile import head_revision
from aspdesk.store.opening import open_map
from aspdesk.store.team.address import TeamAddress, TeamAddressError
from aspdesk.store.team.errors import (
    LoginRefusedError,
    NotATeamMapError,
    PasswordNeededError,
    ServerLostError,
    ServerUnreachableError,
    TeamMapTooNewError,
    TeamMapTooOldError,
    TeamSchemaError,
)
from aspdesk.store.team.opening import open_team_map
from aspdesk.store.team.server import init_server, init_sql, upgrade_server
from tests.postgres import PASSWORD, SUPERUSER, USERS, PostgresServer, TeamMapDatabase


def _fresh_database(postgres: PostgresServer, name: str) -> str:
    postgres.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}")
    return name


# -- setting up ---------------------------------------------------------------------------


def test_server_init_makes_the_map_and_a_second_run_changes_nothing(
    postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _fresh_database(postgres, "init_twice")
    url = postgres.url(name)
    assert cli_main(["server", "init", url, "--name", "Lapin klusterit", "--lang", "en"]) == 0
    first = capsys.readouterr().out
    assert f"Made the map's tables (schema {head_revision()})" in first
    assert "Gave the new map its id" in first
    assert cli_main(["server", "init", url, "--lang", "en"]) == 0
    second = capsys.readouterr().out
    assert "already set up" in second and "nothing was changed" in second
    store = open_team_map(TeamAddress.parse(postgres.url(name, USERS["editor"]))[0])
    try:
        assert store.map_name() == "Lapin klusterit"
        assert store.read_only is None
        assert len(store.map_id()) == 32
    finally:
        store.close()


def test_the_sql_file_with_psql_then_upgrade_as_the_owner(postgres: PostgresServer) -> None:
    name = _fresh_database(postgres, "by_psql")
    sql = Path(postgres.folder) / "server_init.sql"
    sql.write_text(init_sql())
    sql.chmod(0o644)
    subprocess.run(
        ["psql", "-v", "ON_ERROR_STOP=1", "-q", "-h", str(postgres.socket_dir), "-U", SUPERUSER]
        + ["-d", name, "-f", str(sql)],
        check=True,
        capture_output=True,
    )
    owner = TeamAddress.parse(postgres.url(name, USERS["owner"]))[0]
    report = upgrade_server(owner)
    assert report.revision_before == "" and report.revision_after == head_revision()
    assert not upgrade_server(owner).changed
    # The owner role owns the tables, so the editors' grants came from its default privileges.
    postgres.execute(
        "DO $$ BEGIN IF (SELECT tableowner FROM pg_tables WHERE schemaname = 'aspdesk' "
        "AND tablename = 'actors') <> 'aspdesk_owner' THEN RAISE 'wrong owner'; END IF; END $$",
        database=name,
    )
    store = open_team_map(TeamAddress.parse(postgres.url(name, USERS["editor"]))[0])
    try:
        assert store.insert(Actor(name="GTK", kind="research")).id == 1
    finally:
        store.close()


def test_only_the_owner_may_change_the_schema_revision(team_map: TeamMapDatabase) -> None:
    store = team_map.open("editor")
    try:
        with pytest.raises(Exception, match="permission denied"):
            with store.engine.begin() as connection:
                connection.execute(text("UPDATE alembic_version SET version_num = '0005'"))
        with pytest.raises(Exception, match="permission denied|must be owner"):
            with store.engine.begin() as connection:
                connection.execute(text("ALTER TABLE actors ADD COLUMN x2 integer"))
    finally:
        store.close()


# -- opening as each role -------------------------------------------------------------------


def test_a_viewer_sees_the_map_read_only_and_every_edit_is_refused(
    team_map: TeamMapDatabase, qapp: object, qtbot: QtBot
) -> None:
    editor = team_map.open("editor")
    actor = editor.insert(Actor(name="Lapin liitto", kind="authority"))
    editor.close()
    document = open_team_document(team_map.address("viewer"), "", "en")
    try:
        assert "only the viewer's role" in document.read_only
        assert USERS["viewer"] in document.read_only
        with qtbot.waitSignal(document.edit_failed) as refused:
            pushed = document.push(
                EditEntity(
                    document,
                    EntityType.ACTOR,
                    actor.id or 0,
                    {"name": "Lapin liitto"},
                    {"name": "X"},
                    "edit",
                )
            )
        assert not pushed
        assert refused.args == [document.read_only]
        assert document.store.get(EntityType.ACTOR, actor.id or 0).name == "Lapin liitto"
        # Even behind the Document's back, the server refuses a viewer's write.
        with pytest.raises(StoreError):
            document.store.insert(Actor(name="Y", kind="company"))
    finally:
        document.close()


def test_an_editor_meeting_an_older_schema_is_told_the_owner_must_upgrade(
    postgres: PostgresServer,
) -> None:
    name = _fresh_database(postgres, "older_map")
    admin = TeamAddress.parse(postgres.url(name))[0]
    # The roles and schema, then the tables only up to 0005, as an older aspdesk made them.
    postgres.execute(init_sql(), database=name)
    postgres.execute(
        "SET ROLE aspdesk_owner",
        "CREATE TABLE aspdesk.alembic_version (version_num varchar(32) PRIMARY KEY)",
        database=name,
    )
    from sqlalchemy import create_engine

    from aspdesk.store.mapfile import upgrade

    engine = create_engine(f"postgresql+psycopg://{SUPERUSER}@/{name}?host={postgres.socket_dir}")
    with engine.begin() as connection:
        connection.execute(text("SET LOCAL ROLE aspdesk_owner"))
        connection.execute(text("SET LOCAL search_path TO aspdesk"))
        upgrade(connection, "0005")
    engine.dispose()
    editor = TeamAddress.parse(postgres.url(name, USERS["editor"]))[0]
    with pytest.raises(TeamMapTooOldError) as refused:
        open_team_map(editor)
    message = refused.value.text()
    assert "schema 0005" in message and head_revision() in message
    assert "aspdesk server upgrade" in message and "aspdesk_owner" in message
    # An editor cannot upgrade it either; the owner can.
    with pytest.raises(StoreError):
        upgrade_server(editor)
    owner = TeamAddress.parse(postgres.url(name, USERS["owner"]))[0]
    assert upgrade_server(owner).revision_before == "0005"
    open_team_map(editor).close()
    assert init_server(admin).changed is False


def test_a_database_that_is_no_map_or_a_changed_one_is_refused(
    postgres: PostgresServer, team_map: TeamMapDatabase
) -> None:
    name = _fresh_database(postgres, "not_a_map")
    with pytest.raises(NotATeamMapError) as no_map:
        open_team_map(TeamAddress.parse(postgres.url(name))[0])
    assert "aspdesk server init" in no_map.value.text()
    postgres.execute(
        "CREATE FUNCTION aspdesk.touch() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RETURN NEW; END $$",
        "CREATE TRIGGER spy BEFORE INSERT ON aspdesk.actors FOR EACH ROW "
        "EXECUTE FUNCTION aspdesk.touch()",
        database=team_map.name,
    )
    with pytest.raises(TeamSchemaError) as refused:
        team_map.open("editor")
    assert "trigger spy" in refused.value.text() and "function touch" in refused.value.text()
    postgres.execute("DROP TRIGGER spy ON aspdesk.actors", database=team_map.name)
    postgres.execute("DROP FUNCTION aspdesk.touch()", database=team_map.name)
    postgres.execute("ALTER TABLE aspdesk.clusters DROP COLUMN theme", database=team_map.name)
    with pytest.raises(TeamSchemaError) as changed:
        team_map.open("editor")
    assert "clusters: columns theme" in changed.value.text()
    postgres.execute(
        "UPDATE aspdesk.alembic_version SET version_num = '9999'", database=team_map.name
    )
    with pytest.raises(TeamMapTooNewError) as newer:
        team_map.open("editor")
    assert "schema 9999" in newer.value.text() and "Update aspdesk" in newer.value.text()


# -- addresses and passwords ---------------------------------------------------------------


def test_addresses_keep_no_password_and_read_every_libpq_form() -> None:
    address, password = TeamAddress.parse("postgresql://alice:s3cret@db.example.fi:5433/kartta")
    assert password == "s3cret"
    assert "s3cret" not in str(address) and "s3cret" not in address.conninfo
    assert str(address) == "postgresql://alice@db.example.fi:5433/kartta"
    assert (address.server(), address.database()) == ("db.example.fi:5433", "kartta")
    tls, _ = TeamAddress.parse("postgresql://db.example.fi/kartta?sslmode=verify-full")
    assert tls.params()["sslmode"] == "verify-full" and "sslmode=verify-full" in str(tls)
    service, _ = TeamAddress.parse("service=lappi")
    assert service.server() == "service=lappi" and str(service) == "service=lappi"
    keyed, secret = TeamAddress.parse("host=db.example.fi dbname=kartta password='x y'")
    assert secret == "x y" and "x y" not in str(keyed)
    with pytest.raises(TeamAddressError) as bad:
        TeamAddress.parse("postgresql://alice:s3cret@db.example.fi/kartta?nosuch=1")
    assert "s3cret" not in bad.value.text()


def test_a_password_is_asked_for_refused_when_wrong_and_found_in_pgpass(
    team_map: TeamMapDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    address = team_map.address("password")
    with pytest.raises(PasswordNeededError) as needed:
        open_team_map(address)
    assert "asks for a password" in needed.value.text()
    with pytest.raises(LoginRefusedError) as refused:
        open_team_map(address, "wrong")
    assert "password authentication failed" in refused.value.text()
    open_team_map(address, PASSWORD).close()
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{USERS['password']}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    store = open_team_map(address)
    try:
        assert store.read_only is None
    finally:
        store.close()


def test_a_service_from_pg_service_conf(
    team_map: TeamMapDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[lappi]\nhost={team_map.server.socket_dir}\ndbname={team_map.name}\n"
        f"user={USERS['editor']}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    store = open_team_map(TeamAddress.parse("service=lappi")[0])
    try:
        assert store.file.shown() == f"{team_map.name} @ service=lappi"  # type: ignore[union-attr]
    finally:
        store.close()


def test_a_server_that_is_not_there(tmp_path: Path) -> None:
    address, _ = TeamAddress.parse(f"host={tmp_path} dbname=kartta user=alice")
    with pytest.raises(ServerUnreachableError) as unreachable:
        open_team_map(address)
    assert "its server cannot be reached (connection to server" in unreachable.value.text()


# -- a copy into a file ---------------------------------------------------------------------


def test_save_a_copy_of_a_team_map_as_a_file_map(team_map: TeamMapDatabase, tmp_path: Path) -> None:
    store = team_map.open("editor")
    try:
        store.set_map_name("Lapin klusterit")
        a = store.insert(Actor(name="Lapin liitto", kind="authority", tags=("ASP",)))
        b = store.insert(Actor(name="GTK", kind="research"))
        gone = store.insert(Actor(name="Poistettu", kind="company"))
        c = store.insert(Cluster(name="Arctic security", coordinator_id=a.id))
        store.insert(Membership(actor_id=a.id or 0, cluster_id=c.id or 0, role="coordinator"))
        store.insert(Relationship(source_id=a.id or 0, target_id=b.id or 0, type="funding"))
        store.delete(EntityType.ACTOR, gone.id or 0)
        copy = store.save_copy(tmp_path / "copy.aspmap")
        server_map = {t: store.all(t) for t in EntityType}
        server_id = store.map_id()
    finally:
        store.close()
    opened = open_map(copy, tmp_path / "backups")
    try:
        assert {t: opened.all(t) for t in EntityType} == server_map
        assert opened.map_name() == "Lapin klusterit"
        assert opened.map_id() not in ("", server_id)
        # The deleted actor's id is not handed out again in the copy either.
        assert opened.next_ids()[EntityType.ACTOR] == (gone.id or 0) + 1
    finally:
        opened.close()
    assert not (tmp_path / "copy.aspmap.partial").exists()


def test_ids_put_back_or_planned_are_never_handed_out_again(team_map: TeamMapDatabase) -> None:
    store = team_map.open("editor")
    try:
        planned = store.bulk_insert([Actor(id=40, name="Tuotu", kind="company")])
        assert planned[0].id == 40
        assert store.next_ids()[EntityType.ACTOR] == 41
        assert store.insert(Actor(name="Uusi", kind="company")).id == 41
    finally:
        store.close()


# -- the server lost and back ---------------------------------------------------------------


def test_the_server_stopped_mid_session_then_back(
    team_map: TeamMapDatabase, qapp: object, qtbot: QtBot
) -> None:
    document = open_team_document(team_map.address("editor"), "", "en")
    try:
        document.push(AddEntity(document, Actor(name="Ennen", kind="company"), "add"))
        before = {t: document.store.all(t) for t in EntityType}
        team_map.server.stop("immediate")
        try:
            with qtbot.waitSignal(document.edit_failed) as failed:
                pushed = document.push(
                    AddEntity(document, Actor(name="Katkolla", kind="company"), "add")
                )
            assert not pushed
            assert "cannot be reached" in failed.args[0]
            assert "This change was not saved" in failed.args[0]
            assert team_map.name in failed.args[0]
            assert document.undo_stack.count() == 1
            # Edits are off until aspdesk reaches the server again (aspdesk.app.live).
            assert "was not saved: add" in document.read_only
        finally:
            team_map.server.start()
        qtbot.waitUntil(lambda: not document.read_only, timeout=10_000)
        assert {t: document.store.all(t) for t in EntityType} == before
        assert document.push(AddEntity(document, Actor(name="Jälkeen", kind="company"), "add"))
        names = [a.name for a in document.store.actors()]
        assert names == ["Ennen", "Jälkeen"]
    finally:
        document.close()


def test_a_translated_lost_server_message_names_no_password(
    team_map: TeamMapDatabase, qapp: object
) -> None:
    document = open_team_document(team_map.address("password"), PASSWORD, "en")
    try:
        assert PASSWORD not in document.team_place()
        assert team_map.name in document.team_place()
        assert PASSWORD not in str(document.team_address)
        assert translate_store("store", "x") == "x"
    finally:
        document.close()
    assert os.environ.get("PGPASSWORD") in (None, "")


def test_a_connection_cut_in_the_middle_of_a_step_leaves_nothing(
    team_map: TeamMapDatabase,
) -> None:
    store = team_map.open("editor")
    try:
        with pytest.raises(ServerLostError) as lost:
            with store.engine.begin() as connection:
                connection.execute(
                    text(
                        "INSERT INTO actors (name, short_name, kind, description, business_id, "
                        "municipality, country, website, email, phone, sector, tags, notes, "
                        "created_at, updated_at) VALUES ('Puolitiehen', '', 'company', '', '', "
                        "'', 'FI', '', '', '', '', '[]', '', now(), now())"
                    )
                )
                pid = connection.scalar(text("SELECT pg_backend_pid()"))
                team_map.server.execute(f"SELECT pg_terminate_backend({pid})")
                connection.execute(text("SELECT 1"))
        assert "cannot be reached" in lost.value.text()
        assert store.actors() == []  # the step's row never committed; the pool reconnects
        assert store.insert(Actor(name="Kokonainen", kind="company")).name == "Kokonainen"
    finally:
        store.close()


def test_export_and_report_read_a_team_map_by_its_address(
    team_map: TeamMapDatabase, tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    store = team_map.open("editor")
    store.set_map_name("Lapin klusterit")
    a = store.insert(Actor(name="Lapin liitto", kind="authority"))
    c = store.insert(Cluster(name="Arctic security", coordinator_id=a.id))
    store.insert(Membership(actor_id=a.id or 0, cluster_id=c.id or 0, role="coordinator"))
    store.close()
    viewer = team_map.url("viewer")
    workbook = tmp_path / "kartta.xlsx"
    assert cli_main(["export", viewer, "-o", str(workbook), "--lang", "en"]) == 0
    assert "actors 1" in capsys.readouterr().out
    import openpyxl

    sheet = openpyxl.load_workbook(workbook)["Actors"]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Lapin liitto"]
    report = tmp_path / "raportti.html"
    assert cli_main(["report", viewer, "-o", str(report), "--lang", "en"]) == 0
    text_of_report = report.read_text(encoding="utf-8")
    assert "Lapin klusterit" in text_of_report and "Arctic security" in text_of_report
    missing = team_map.server.url("no_such_map", USERS["viewer"])
    assert cli_main(["export", missing, "-o", str(tmp_path / "x.xlsx"), "--lang", "en"]) == 1
    said = capsys.readouterr().err
    assert "The server refused to open the team map" in said and "no_such_map" in said
    assert not (tmp_path / "x.xlsx").exists()


def test_aspdesk_import_into_a_team_map(
    team_map: TeamMapDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "toimijat.csv"
    table.write_text(
        "Name,Kind,Municipality\nLapin liitto,authority,Rovaniemi\nGTK,research,Rovaniemi\n"
    )
    viewer = team_map.url("viewer")
    assert cli_main(["import", viewer, str(table), "--lang", "en"]) == 1
    assert "only the viewer's role" in capsys.readouterr().err
    assert cli_main(["import", viewer, str(table), "--dry-run", "--lang", "en"]) == 0
    capsys.readouterr()
    with_password = team_map.url("password").replace("paula@", f"paula:{PASSWORD}@")
    assert cli_main(["import", with_password, str(table), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert PASSWORD not in said and "toimijat.csv into" in said
    store = team_map.open("viewer")
    try:
        assert sorted(a.name for a in store.actors()) == ["GTK", "Lapin liitto"]
    finally:
        store.close()


def test_a_team_maps_change_log_names_the_database_user(team_map: TeamMapDatabase) -> None:
    """Issue 16: on a team map the author of a change is the database user."""
    store = team_map.open("editor")
    try:
        with store.changes.step("Add actor"):
            actor = store.insert(Actor(name="Lokissa", kind="company"))
        with store.changes.step("Edit"):
            store.update(EntityType.ACTOR, actor.id or 0, {"municipality": "Oulu"})
        (edited, made) = store.changes.history("actor", actor.id or 0)
        assert edited[0].author == made[0].author == USERS["editor"]
        assert edited[0].id > made[0].id and made[1][0].made
        (change,) = edited[1]
        assert (change.field, change.old, change.new) == ("municipality", "", "Oulu")
    finally:
        store.close()
