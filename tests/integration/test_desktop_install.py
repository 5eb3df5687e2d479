"""``aspdesk install-desktop`` and ``uninstall-desktop``, run as a user runs them.

Each run is a fresh ``python -m aspdesk`` process with ``HOME`` and ``XDG_DATA_HOME`` in a
temporary folder. What the desktop then knows is asked of the desktop's own tools:
``xdg-mime query filetype`` names the type of a map (by its ending, and by its header when
renamed), ``desktop-file-validate`` reads the launcher, and the launcher's ``Exec`` line,
with ``%f`` given a map as a file manager gives it, starts aspdesk on that map. The tools
come with the Debian packages xdg-utils, shared-mime-info, libfile-mimeinfo-perl and
desktop-file-utils, which ``.ci/run`` installs; a test that needs one skips where it is
missing.
"""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from aspdesk.cli.desktop import APPLICATION_ID, MIME_TYPE, DesktopFiles, exec_argument
from aspdesk.store import mapfile
from aspdesk.store.sample import write_sample
from aspdesk.ui.window.app_icon import ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]


def _environment(home: Path) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("XDG_") and name not in ("LANG", "LANGUAGE", "HOME")
    }
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"), LANG="C.UTF-8")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["ASPDESK_HOME"] = str(home / "aspdesk")
    env["PYTHONPATH"] = str(ROOT)
    return env


def _aspdesk(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aspdesk", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env=_environment(home),
        cwd=ROOT,
    )


def _entry(home: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(home / "share" / "applications" / "aspdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _needs(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"not installed here: {', '.join(missing)}")


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """A home folder where ``aspdesk install-desktop`` has run."""
    result = _aspdesk(tmp_path, "install-desktop")
    if result.returncode != 0 and shutil.which("update-mime-database") is None:
        pytest.skip("shared-mime-info is not installed here")
    assert result.returncode == 0, result.stderr
    return tmp_path


@pytest.mark.slow
def test_install_writes_the_launcher_the_type_and_every_icon(installed: Path) -> None:
    files = DesktopFiles(installed / "share")
    assert all(path.is_file() for path in files.all())
    for path in files.icons():
        if path.suffix == ".png":
            image = QImage(str(path))
            size = int(path.parent.parent.name.split("x")[0])
            assert (image.width(), image.height()) == (size, size), path
            assert image.pixelColor(size // 2, size // 2).alpha() == 255, path
    sizes = {p.parent.parent.name for p in files.icons() if p.suffix == ".png"}
    assert sizes == {f"{size}x{size}" for size in ICON_SIZES}
    entry = _entry(installed)
    assert entry["Name"] == "aspdesk" and entry["Icon"] == "aspdesk"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Comment[fi]"] == (
        "Kartoita alueellisen klusteriverkoston toimijat, klusterit ja suhteet"
    )
    assert entry["GenericName[fi]"] == "Klusteriverkoston kartta"
    mime = (installed / "share" / "mime" / "packages" / "aspdesk.xml").read_text()
    assert '<comment xml:lang="fi">aspdesk-kartta</comment>' in mime


@pytest.mark.slow
def test_the_launcher_is_valid_for_the_desktop(installed: Path) -> None:
    _needs("desktop-file-validate")
    path = installed / "share" / "applications" / "aspdesk.desktop"
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


@pytest.mark.slow
def test_the_desktop_knows_a_map_by_its_ending_and_by_its_header(
    installed: Path, tmp_path: Path
) -> None:
    _needs("xdg-mime")
    maps = tmp_path / "maps"
    maps.mkdir()
    write_sample(maps / "sample.aspmap")
    shutil.copy(maps / "sample.aspmap", maps / "renamed")
    sqlite3.connect(maps / "other.aspmap.db").execute("CREATE TABLE t (x)").connection.close()

    def filetype(path: Path) -> str:
        result = subprocess.run(
            ["xdg-mime", "query", "filetype", str(path)],
            capture_output=True,
            text=True,
            env=_environment(installed),
            timeout=60,
        )
        return result.stdout.strip().split(";")[0]

    assert filetype(maps / "sample.aspmap") == MIME_TYPE
    assert filetype(maps / "renamed") == MIME_TYPE
    assert filetype(maps / "other.aspmap.db") != MIME_TYPE  # SQLite, but not a map

    result = _aspdesk(installed, "uninstall-desktop")
    assert result.returncode == 0, result.stderr
    assert filetype(maps / "sample.aspmap") != MIME_TYPE


@pytest.mark.slow
def test_the_launcher_opens_the_map_a_file_manager_gives_it(
    installed: Path, tmp_path: Path
) -> None:
    map_path = tmp_path / "my maps" / "Lapland's $clusters.aspmap"
    map_path.parent.mkdir()
    write_sample(map_path)
    # A file manager puts the file's path in place of %f, as one argument.
    words = shlex.split(_entry(installed)["Exec"].replace("\\\\", "\\"))
    assert words[-1] == "%f"
    command = [*words[:-1], str(map_path)]
    env = _environment(installed) | {
        "QT_QPA_PLATFORM": "offscreen",
        "ASPDESK_EXIT_AFTER_START": "1",
    }
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    settings = (installed / "aspdesk").rglob("*.ini")
    recent = "".join(path.read_text(encoding="utf-8") for path in settings)
    assert "Lapland's $clusters.aspmap" in recent


@pytest.mark.slow
def test_uninstall_removes_every_file_and_says_so_when_there_is_nothing(
    installed: Path,
) -> None:
    result = _aspdesk(installed, "uninstall-desktop")
    assert result.returncode == 0, result.stderr
    files = DesktopFiles(installed / "share")
    assert not any(path.exists() for path in files.all())
    assert str(files.desktop_entry) in result.stdout
    again = _aspdesk(installed, "uninstall-desktop", "--lang", "fi")
    assert again.returncode == 0
    assert "poistettavaa ei ole" in again.stdout


@pytest.mark.slow
def test_a_failed_install_leaves_nothing_half_made(tmp_path: Path) -> None:
    (tmp_path / "share" / "icons").mkdir(parents=True)
    (tmp_path / "share" / "icons" / "hicolor").write_text("a file where a folder must be")
    result = _aspdesk(tmp_path, "install-desktop")
    assert result.returncode == 1
    assert "hicolor" in result.stderr and "Traceback" not in result.stderr
    files = DesktopFiles(tmp_path / "share")
    assert not files.desktop_entry.exists() and not files.mime_package.exists()


def test_exec_arguments_are_quoted_as_the_specification_says() -> None:
    assert exec_argument("/usr/bin/aspdesk") == "/usr/bin/aspdesk"
    assert exec_argument("/home/a b/aspdesk") == '"/home/a b/aspdesk"'
    # In quotes, " ` $ \ take a backslash; then every backslash is doubled for the file.
    assert exec_argument('/x/$a"b') == '"/x/\\\\$a\\\\"b"'
    assert exec_argument("/x/100%") == "/x/100%%"


def test_the_magic_names_the_application_id_of_maps() -> None:
    assert APPLICATION_ID == mapfile.APPLICATION_ID
