"""Shared fixtures. Qt runs offscreen; user folders live in a temporary ASPDESK_HOME."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from aspdesk.cli.before_qt import load_pyqtgraph, load_qt  # noqa: E402

load_qt()  # the modules imported from here on load as aspdesk's commands load them
load_pyqtgraph()

from aspdesk.store.opening import create_map, open_map  # noqa: E402
from aspdesk.store.repository import MapStore  # noqa: E402
from aspdesk.store.sample import write_sample  # noqa: E402
from tests.browser import browser, open_web_map  # noqa: E402, F401 - the web map's fixtures
from tests.bundles import built_bundle  # noqa: E402
from tests.disk import SmallDisk, mounted_tmpfs  # noqa: E402
from tests.postgres import REQUIRE as REQUIRE_POSTGRESQL  # noqa: E402
from tests.postgres import (  # noqa: E402
    PostgresServer,
    TeamMapDatabase,
    new_team_map,
    prepare,
    sample_template,
    start_server,
)
from tests.qt_widgets import qtbot  # noqa: E402, F401 - pytest-qt's, keeping its widgets


@pytest.fixture(autouse=True)
def aspdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the user's real maps and settings."""
    home = tmp_path / "aspdesk-home"
    monkeypatch.setenv("ASPDESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def postgres(request: pytest.FixtureRequest) -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test session (of this xdist worker), started at the
    first test that asks and stopped at the end; skips (or, with ASPDESK_REQUIRE_POSTGRESQL,
    fails) when the machine has none."""
    try:
        server = start_server()
    except RuntimeError as error:
        if os.environ.get(REQUIRE_POSTGRESQL):
            pytest.fail(f"{REQUIRE_POSTGRESQL} is set, and {error}")
        pytest.skip(str(error))
    try:
        prepare(server)  # a failure here must not leave the server running
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="session")
def tls_postgres() -> Iterator[PostgresServer]:
    """A server of its own listening on 127.0.0.1 for TLS connections only, with a
    self-signed certificate for "localhost" (the TLS tests)."""
    try:
        server = start_server(tls=True)
    except RuntimeError as error:
        if os.environ.get(REQUIRE_POSTGRESQL):
            pytest.fail(f"{REQUIRE_POSTGRESQL} is set, and {error}")
        pytest.skip(str(error))
    try:
        prepare(server)  # a failure here must not leave the server running
        yield server
    finally:
        server.remove()


@pytest.fixture
def team_map(postgres: PostgresServer) -> Iterator[TeamMapDatabase]:
    """A new, empty team map (its own database, set up by ``aspdesk server init``'s code)."""
    yield from new_team_map(postgres)


@pytest.fixture
def backend() -> str:
    """Where ``store`` keeps its map: "sqlite" (a file) unless a test module asks for both
    (``pytestmark = pytest.mark.both_backends``), when each test runs on each."""
    return "sqlite"


@pytest.fixture
def store(tmp_path: Path, request: pytest.FixtureRequest, backend: str) -> Iterator[MapStore]:
    """A new, empty map: a file, or a team map on PostgreSQL (see ``backend``)."""
    if backend == "postgresql":
        database: TeamMapDatabase = request.getfixturevalue("team_map")
        opened = database.open("editor")
        opened.set_map_name("Test map")
    else:
        opened = create_map(tmp_path / "test.aspmap", "Test map")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def linux_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``dist`` folder of this run's one build of the Linux bundle (tests/bundles.py)."""
    return built_bundle(tmp_path_factory)


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample map written once per test session; copy it before changing it."""
    path = tmp_path_factory.mktemp("sample") / "sample.aspmap"
    write_sample(path)
    return path


@pytest.fixture(scope="session")
def sample_team_template(postgres: PostgresServer, sample_file: Path) -> str:
    """A database on the test server holding the sample map, copied there once per
    session: the template of each test's own sample team map."""
    return sample_template(postgres, sample_file)


@pytest.fixture
def sample_store(
    sample_file: Path, tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> Iterator[MapStore]:
    """A private copy of the sample map, open: a file, or a team map (see ``backend``)
    holding the sample as "Copy this map to a server" writes it, opened by an editor."""
    if backend == "postgresql":
        template: str = request.getfixturevalue("sample_team_template")
        server: PostgresServer = request.getfixturevalue("postgres")
        databases = new_team_map(server, template)
        opened = next(databases).open("editor")
        yield opened
        opened.close()
        next(databases, None)  # drops the database
        return
    copy = tmp_path / "sample-copy.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    opened = open_map(copy, tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A real disk of 8 MiB (a tmpfs, unmounted afterwards); ``fill()`` it when ready."""
    with mounted_tmpfs(tmp_path / "small-disk", 8 * 1024 * 1024) as disk:
        yield disk


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the tests of a module marked ``both_backends`` that use ``store`` or
    ``sample_store`` (the window tests' ``window``) on a map file and on a team map."""
    own = any(
        "backend" in str(marker.args[0])
        for marker in metafunc.definition.iter_markers("parametrize")
    )  # a test of one backend only (another user's change on a team map) says so itself
    if (
        "backend" in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("both_backends")
        and not own
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that drives Qt widgets (through qtbot, itself or by a fixture) gui,
    so ``-m "not gui"`` leaves them out without each file having to say so."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
