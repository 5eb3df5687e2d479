"""The PyInstaller one-folder bundle of aspdesk, built from ``packaging/aspdesk.spec``.

``build`` draws the icons, runs PyInstaller on the spec in a process of its own and, on
Linux, packs the folder into ``aspdesk-VERSION-linux-MACHINE.tar.gz``. Windows and macOS
pack the same folder with the recipes beside the spec (``packaging/windows/aspdesk.iss``,
``packaging/macos/make_dmg.sh``), which the hosted CI workflow runs.

No AppImage: ``appimagetool`` is in no package registry this project can install from
(not in Debian, not on PyPI; the Python tools that make AppImages download it from GitHub
while they run), and the tarball with ``aspdesk install-desktop`` gives a Linux user the
same launcher, icon and file type.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import subprocess
import sys
import tarfile
from pathlib import Path

from aspdesk import __version__
from aspdesk.domain.records import record
from aspdesk.packaging.icons import write_icons

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "aspdesk.spec"


class BuildError(Exception):
    """A bundle could not be built; the message says why."""


@record
class Bundle:
    """What a build made: the bundle's folder, its executable and the archive (if any)."""

    folder: Path
    executable: Path
    archive: Path | None


def executable_in(folder: Path) -> Path:
    """The aspdesk program inside a bundle's folder on this platform."""
    if sys.platform == "win32":
        return folder / "aspdesk.exe"
    return folder / "aspdesk"


def build(dist: Path, work: Path, *, archive: bool = True) -> Bundle:
    """Build the one-folder bundle into ``dist / "aspdesk"`` using ``work`` for PyInstaller's
    files; pack it on Linux when ``archive``. Raises BuildError."""
    if not SPEC.is_file():
        raise BuildError(f"{SPEC} is missing: build from a checkout of aspdesk's repository")
    if importlib.util.find_spec("PyInstaller") is None:  # it runs in its own process
        raise BuildError("PyInstaller is not installed: pip install -e '.[bundle]' first")
    icons = write_icons(work / "icons")[0].parent
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        str(SPEC),
    ]
    env = {**os.environ, "ASPDESK_ICONS": str(icons)}
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed:\n{result.stderr[-4000:]}")
    folder = dist / "aspdesk"
    executable = executable_in(folder)
    if not executable.is_file():
        raise BuildError(f"PyInstaller made no {executable}")
    packed = tarball(folder, dist) if archive and sys.platform.startswith("linux") else None
    return Bundle(folder, executable, packed)


def tarball(folder: Path, dist: Path) -> Path:
    """``folder`` packed as ``aspdesk-VERSION-linux-MACHINE.tar.gz`` in ``dist`` (the folder
    itself at its top, so it unpacks into one folder)."""
    path = dist / f"aspdesk-{__version__}-linux-{platform.machine()}.tar.gz"
    temporary = path.with_name(path.name + ".part")
    with tarfile.open(temporary, "w:gz") as archive:
        archive.add(folder, arcname=folder.name)
    temporary.replace(path)
    return path


def folder_size(folder: Path) -> int:
    """The bytes of every file under ``folder`` (links not followed)."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
