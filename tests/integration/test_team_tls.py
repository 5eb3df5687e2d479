"""A team map over TLS (libpq's sslmode) on a server with a self-signed certificate for
"localhost" (tests/postgres.py): encrypted with require, checked with verify-full, and
each certificate problem reported as one, saying what is wrong and which setting to
change, never as a server that cannot be reached."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from aspdesk.app.team import open_team_document
from aspdesk.domain.entities import Actor, EntityType
from aspdesk.store.team.address import TeamAddress
from aspdesk.store.team.errors import (
    CERTIFICATE_NAME,
    CERTIFICATE_NO_ROOT,
    CERTIFICATE_UNTRUSTED,
    NO_ENCRYPTION,
    CertificateError,
)
from aspdesk.store.team.opening import open_team_map
from aspdesk.ui.window.i18n import install_translators
from tests.postgres import USERS, PostgresServer, TeamMapDatabase, new_team_map


@pytest.fixture
def tls_map(tls_postgres: PostgresServer) -> Iterator[TeamMapDatabase]:
    yield from new_team_map(tls_postgres)


@pytest.fixture(autouse=True)
def no_root_certificate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """libpq looks for ~/.postgresql/root.crt: the tests' user has none."""
    monkeypatch.setenv("PGSSLROOTCERT", str(tmp_path / "no-root.crt"))


def tls_address(
    database: TeamMapDatabase, host: str, role: str = "editor", **settings: str
) -> TeamAddress:
    extra = "".join(f" {key}={value}" for key, value in settings.items())
    port = database.server.port
    conninfo = f"host={host} port={port} dbname={database.name} user={USERS[role]}{extra}"
    return TeamAddress.parse(conninfo)[0]


def _encrypted(address: TeamAddress) -> bool:
    store = open_team_map(address)
    try:
        with store.engine.connect() as connection:
            query = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            return bool(connection.scalar(text(query)))
    finally:
        store.close()


def _refused(address: TeamAddress) -> CertificateError:
    with pytest.raises(CertificateError) as raised:
        open_team_map(address)
    return raised.value


def test_require_encrypts_and_verify_full_checks_the_name(
    tls_map: TeamMapDatabase, qapp: QApplication
) -> None:
    root = str(tls_map.server.root_certificate)
    assert _encrypted(tls_address(tls_map, "127.0.0.1", sslmode="require"))
    checked = tls_address(tls_map, "localhost", sslmode="verify-full", sslrootcert=root)
    assert _encrypted(checked)
    # Edits and live updates go over TLS too (the listener has a connection of its own).
    document = open_team_document(checked, "", "en")
    other = open_team_map(checked)
    try:
        other.insert(Actor(name="Kemi Oy"))
        deadline = time.monotonic() + 5
        while not document.index.all(EntityType.ACTOR) and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        assert [a.name for a in document.index.all(EntityType.ACTOR)] == ["Kemi Oy"]
    finally:
        other.close()
        document.close()


def test_a_certificate_for_another_name_is_reported_as_that(
    tls_map: TeamMapDatabase, qapp: QApplication
) -> None:
    root = str(tls_map.server.root_certificate)
    error = _refused(tls_address(tls_map, "127.0.0.1", sslmode="verify-full", sslrootcert=root))
    assert error.values["problem"] == CERTIFICATE_NAME
    said = error.text()
    assert "cannot be reached" not in said
    assert 'server certificate for "localhost"' in said and '"127.0.0.1"' in said
    assert "another name" in said and "“require”" in said and "sslmode" in said
    assert tls_map.name in said
    # In Finnish and Swedish, the advice in the user's words; libpq's reason as it is.
    for language, words in (("fi", "varmenne"), ("sv", "certifikat")):
        installed = install_translators(qapp, language)
        try:
            translated = error.text(QCoreApplication.translate)
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
        assert words in translated.lower() and "”require”" in translated, language
        assert '"127.0.0.1"' in translated


def test_no_root_certificate_and_an_untrusted_one_are_reported_as_such(
    tls_map: TeamMapDatabase, tmp_path: Path
) -> None:
    error = _refused(tls_address(tls_map, "localhost", sslmode="verify-full"))
    assert error.values["problem"] == CERTIFICATE_NO_ROOT
    assert str(tmp_path / "no-root.crt") in error.text(), "the file looked for"
    assert "root.crt" in error.text() and "“require”" in error.text()
    # A root that did not sign the server's certificate (another self-signed one).
    other = tmp_path / "other.crt"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
            "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=other",
            "-keyout", str(tmp_path / "other.key"), "-out", str(other),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    error = _refused(tls_address(tls_map, "localhost", sslmode="verify-ca", sslrootcert=str(other)))
    assert error.values["problem"] == CERTIFICATE_UNTRUSTED
    assert "certificate verify failed" in error.text()
    assert "not signed by an authority" in error.text()


def test_a_connection_without_tls_is_refused_by_this_server_as_a_login(
    tls_map: TeamMapDatabase,
) -> None:
    """The server takes TLS only: sslmode=disable meets its refusal, not a lost server."""
    from aspdesk.store.team.errors import LoginRefusedError

    with pytest.raises(LoginRefusedError) as raised:
        open_team_map(tls_address(tls_map, "127.0.0.1", sslmode="disable"))
    assert "no encryption" in raised.value.text()


def test_a_server_without_tls_when_it_is_required_is_reported_as_that(
    tls_map: TeamMapDatabase,
) -> None:
    """The server's TLS turned off (a reload, as its admin would): sslmode=require meets
    a server offering no encryption, and says which setting asks for it."""
    server = tls_map.server
    server.execute("ALTER SYSTEM SET ssl = off", "SELECT pg_reload_conf()")
    try:
        time.sleep(0.5)  # the postmaster rereads its settings between connections
        error = _refused(tls_address(tls_map, "127.0.0.1", sslmode="require"))
    finally:
        server.execute("ALTER SYSTEM RESET ssl", "SELECT pg_reload_conf()")
        time.sleep(0.5)
    assert error.values["problem"] == NO_ENCRYPTION
    said = error.text()
    assert "does not offer encryption" in said and "“prefer”" in said
    assert "server does not support SSL" in said and "cannot be reached" not in said
    assert _encrypted(tls_address(tls_map, "127.0.0.1", sslmode="require")), "on again"
