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
from tests.disk import SmallDisk, mounted_tmpfs  # noqa: E402
from tests.postgres import REQUIRE as REQUIRE_POSTGRESQL  # noqa: E402
from tests.postgres import (  # noqa: E402
    PostgresServer,
    TeamMapDatabase,
    new_team_map,
    prepare,
    start_server,
)


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
    prepare(server)
    try:
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
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample map written once per test session; copy it before changing it."""
    path = tmp_path_factory.mktemp("sample") / "sample.aspmap"
    write_sample(path)
    return path


@pytest.fixture
def sample_store(sample_file: Path, tmp_path: Path) -> Iterator[MapStore]:
    """A private copy of the sample map, open."""
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
    """Run the tests of a module marked ``both_backends`` that use ``store`` on a map
    file and on a team map."""
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_backends"
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that drives Qt widgets (through qtbot, itself or by a fixture) gui,
    so ``-m "not gui"`` leaves them out without each file having to say so."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
