"""A real PostgreSQL server for the tests: initdb into a temporary folder, one per worker.

Debian's ``postgresql`` package (15 or newer) provides ``initdb``, ``pg_ctl`` and
``postgres`` under ``/usr/lib/postgresql/*/bin``. The server listens only on a Unix socket
in its own folder (no TCP port, so xdist's workers each start their own without picking
ports), trusts local connections (the tests log in as the roles they make), and is stopped
when the test session ends. A server started with ``tls=True`` (the TLS tests) listens on
127.0.0.1 too, on a free port, for TLS connections only, with a self-signed certificate
made by ``openssl`` for "localhost".

initdb and postgres refuse to run as root, and CI runs as root: there the server runs as
the ``postgres`` user the package made (or ``nobody``), through ``runuser``, in a folder
that user owns. As a normal user they run directly.

Without a server (no package), the PostgreSQL tests skip saying how to install one;
``ASPDESK_REQUIRE_POSTGRESQL=1`` (set by ``.ci/run``) makes them fail instead.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REQUIRE = "ASPDESK_REQUIRE_POSTGRESQL"
HOW_TO_INSTALL = (
    "PostgreSQL tests need Debian's postgresql package (15 or newer): "
    "sudo apt-get install postgresql  (the tests start their own server from its "
    "initdb and pg_ctl; nothing needs to be running)"
)
SUPERUSER = "postgres"
PASSWORD_USER, PASSWORD = "paula", "Kemi-2015-secret"


def server_binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres of the newest installed server."""
    found = sorted(
        (Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin") if Path(p, "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _run_as() -> str | None:
    """The unprivileged user to run the server as when we are root, else None."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root, and there is no postgres or nobody user to run initdb as")


class PostgresServer:
    """One running server: its data folder, its socket folder and how to reach it."""

    def __init__(self, binaries: Path, *, tls: bool = False) -> None:
        self.binaries = binaries
        self.user = _run_as()
        self.folder = Path(tempfile.mkdtemp(prefix="aspdesk-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        # With TLS, the server listens on 127.0.0.1 too, with a self-signed certificate
        # for "localhost" (root.crt, to give as sslrootcert).
        self.tls = tls
        self.port = _free_port() if tls else 5432
        self.root_certificate = self.folder / "root.crt"
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.folder.chmod(0o755)  # the test process (root or not) reaches the socket

    def _command(self, *args: str) -> list[str]:
        if self.user is None:
            return list(args)
        return ["runuser", "-u", self.user, "--", *args]

    def _tool(self, name: str) -> str:
        return str(self.binaries / name)

    def init(self) -> None:
        """Make the database cluster (UTF-8, trust on the socket)."""
        subprocess.run(
            self._command(
                self._tool("initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
            cwd=self.folder,
        )
        # One user logs in with a password (the tests of asking for one, and .pgpass).
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all {PASSWORD_USER} scram-sha-256\n" + hba.read_text())
        if self.tls:  # over TCP, TLS only; trusted as on the socket
            tcp = "hostnossl all all 127.0.0.1/32 reject\nhostssl all all 127.0.0.1/32 trust\n"
            hba.write_text(tcp + hba.read_text())
            self._certificate()
            # In the file, not on the command line: a test can turn it off (ALTER SYSTEM).
            with (self.data / "postgresql.conf").open("a") as conf:
                conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")

    def _certificate(self) -> None:
        """A self-signed certificate for "localhost" and its key, the server's own."""
        key, certificate = self.data / "server.key", self.data / "server.crt"
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                "-keyout", str(key), "-out", str(certificate),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        shutil.copyfile(certificate, self.root_certificate)
        key.chmod(0o600)  # the server refuses a key others may read
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            for path in (key, certificate):
                os.chown(path, entry.pw_uid, entry.pw_gid)

    def start(self) -> None:
        """Start the server on its socket only, and wait until it accepts connections."""
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            "-c fsync=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        if self.tls:
            options += f" -c listen_addresses=127.0.0.1 -c port={self.port}"
        subprocess.run(
            self._command(
                self._tool("pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.folder / "server.log"),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ),
            check=True,
            capture_output=True,
            cwd=self.folder,
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate`` is a crash as far as clients can tell)."""
        subprocess.run(
            self._command(self._tool("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"),
            check=False,
            capture_output=True,
            cwd=self.folder,
        )

    def remove(self) -> None:
        """Stop the server and delete its folder."""
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, user: str = SUPERUSER) -> str:
        """A ``postgresql://`` address of ``database`` on this server's socket."""
        port = f"&port={self.port}" if self.tls else ""  # the socket's name holds it
        return f"postgresql://{user}@/{database}?host={self.socket_dir}{port}"

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run ``statements`` as the superuser, each in autocommit (CREATE DATABASE too)."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
        ) as connection:
            for statement in statements:
                connection.execute(statement.encode())


def _free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(*, tls: bool = False) -> PostgresServer:
    """A started server, or raise RuntimeError saying why there is none. With ``tls``, it
    also listens on 127.0.0.1 (``server.port``), for TLS connections only, with a
    self-signed certificate for "localhost" (``server.root_certificate``)."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError(HOW_TO_INSTALL)
    server = PostgresServer(binaries, tls=tls)
    began = time.monotonic()
    try:
        server.init()
        server.start()
    except (subprocess.CalledProcessError, OSError) as error:
        log = server.folder / "server.log"
        detail = getattr(error, "stderr", b"") or b""
        if log.exists():
            detail += log.read_bytes()[-2000:]
        server.remove()
        raise RuntimeError(
            f"the PostgreSQL test server did not start: {error}\n{detail!r}"
        ) from error
    server.started_in = time.monotonic() - began  # type: ignore[attr-defined]
    return server


# The people of the tests' team maps: login roles in each of aspdesk's roles.
USERS = {"owner": "olga", "editor": "alice", "viewer": "victor", "password": "paula"}
TEAM_USERS_SQL = (
    "CREATE DATABASE aspdesk_template",
    f"CREATE ROLE {USERS['owner']} LOGIN",
    f"CREATE ROLE {USERS['editor']} LOGIN",
    f"CREATE ROLE {USERS['viewer']} LOGIN",
)
_TEMPLATE = "aspdesk_template"


@dataclass
class TeamMapDatabase:
    """One database holding an empty team map, on a test server."""

    server: PostgresServer
    name: str

    def url(self, who: str = "editor") -> str:
        """The map's address for ``who`` (owner, editor, viewer or admin)."""
        return self.server.url(self.name, USERS.get(who, SUPERUSER))

    def address(self, who: str = "editor") -> Any:
        """The map's TeamAddress for ``who``."""
        from aspdesk.store.team.address import TeamAddress

        return TeamAddress.parse(self.url(who))[0]

    def open(self, who: str = "editor") -> Any:
        """The map opened as ``who`` would open it (a MapStore)."""
        from aspdesk.store.team.opening import open_team_map

        return open_team_map(self.address(who))


def prepare(server: PostgresServer) -> None:
    """The roles, the login users and a template database holding an empty team map,
    set up once per server by ``aspdesk server init``'s own code."""
    from aspdesk.store.team.address import TeamAddress
    from aspdesk.store.team.server import init_server

    server.execute(TEAM_USERS_SQL[0])
    init_server(TeamAddress.parse(server.url(_TEMPLATE))[0], name="")
    server.execute(*TEAM_USERS_SQL[1:])
    server.execute(
        f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}' IN ROLE aspdesk_editor"
    )
    server.execute(
        f"GRANT aspdesk_owner TO {USERS['owner']}",
        f"GRANT aspdesk_editor TO {USERS['editor']}",
        f"GRANT aspdesk_viewer TO {USERS['viewer']}",
    )


def new_team_map(server: PostgresServer, template: str = _TEMPLATE) -> Iterator[TeamMapDatabase]:
    """A new database copied from ``template`` (by default an empty team map) with its
    own map id, dropped afterwards."""
    name = f"map_{uuid.uuid4().hex[:12]}"
    server.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    server.execute(
        f"UPDATE aspdesk.map_info SET value = '{uuid.uuid4().hex}' WHERE key = 'map_id'",
        database=name,
    )
    try:
        yield TeamMapDatabase(server, name)
    finally:
        server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def sample_template(server: PostgresServer, sample: Path) -> str:
    """A database holding the map file ``sample`` copied to the server by "Copy this map
    to a server"'s own code, as a template for :func:`new_team_map` (copying a database
    takes a fraction of copying a map); its name."""
    from aspdesk.store.opening import Purpose, open_map
    from aspdesk.store.team.to_server import copy_to_server

    name = f"sample_{uuid.uuid4().hex[:12]}"
    server.execute(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}")
    source = open_map(sample, sample.parent / "backups", purpose=Purpose.READ)
    try:
        address = TeamMapDatabase(server, name).address("owner")
        copy_to_server(source.engine, address)
    finally:
        source.close()
    # A template must have no connection open: the pooled ones of the copy go.
    server.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
    )
    return name
