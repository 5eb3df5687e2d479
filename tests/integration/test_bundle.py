"""The Linux bundle, built and used as a coordinator gets it: the smoke test of issue 19.

``python -m aspdesk.packaging build`` makes the PyInstaller one-folder bundle and its
tarball in a temporary folder (once per run, shared with the start benchmark:
tests/bundles.py); the tarball is unpacked into another, clean folder, and the executable
found there is run with an environment that holds no trace of the build's Python
(``PATH`` of the system only, no ``PYTHONPATH``, a home of its own): ``--version``,
``sample``, ``export`` to PNG and PDF, ``report``, ``install-desktop`` (whose launcher must
start this executable), and a window on the sample map, offscreen, which closes itself
(``ASPDESK_EXIT_AFTER_START``).

PyInstaller comes with the test extra; on CI (``CI`` set) its absence fails the test, and
elsewhere it skips.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import tarfile
import tomllib
from pathlib import Path

import pytest

from aspdesk import __version__

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parents[2]


def _clean_environment(home: Path) -> dict[str, str]:
    """What a fresh login has: the system's PATH, a home, a UTF-8 locale; no Python."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "ASPDESK_HOME": str(home / "aspdesk"),
    }
    for name in ("DISPLAY", "XAUTHORITY", "TMPDIR"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _package_data() -> list[tuple[Path, Path]]:
    """(folder in the repository, folder in a bundle) and glob for every data file that
    pyproject.toml installs with the package: a bundle must carry each of them too."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    folders = {"aspdesk.resources": ROOT / "resources"}
    wanted = []
    for package, patterns in config["tool"]["setuptools"]["package-data"].items():
        source = folders.get(package, ROOT / package.replace(".", "/"))
        for pattern in patterns:
            for path in source.glob(pattern):
                relative = path.relative_to(source)
                wanted.append((path, Path(*package.split(".")) / relative))
    return wanted


def test_the_linux_bundle_works_from_a_clean_folder(tmp_path: Path, linux_bundle: Path) -> None:
    dist = linux_bundle
    (archive,) = dist.glob("aspdesk-*-linux-*.tar.gz")
    assert archive.name.startswith(f"aspdesk-{__version__}-linux-")

    clean = tmp_path / "unpacked"
    with tarfile.open(archive) as packed:
        tops = {Path(name).parts[0] for name in packed.getnames()}
        assert tops == {"aspdesk"}, "the archive unpacks into one folder"
        packed.extractall(clean, filter="tar")
    executable = clean / "aspdesk" / "aspdesk"
    assert os.access(executable, os.X_OK)
    inside = clean / "aspdesk" / "_internal"
    missing = [str(there) for _here, there in _package_data() if not (inside / there).is_file()]
    assert missing == [], "data files a pip install has and the bundle lacks"
    home = tmp_path / "home"
    home.mkdir()
    env = _clean_environment(home)

    def run(*arguments: str, **extra: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(executable), *arguments],
            capture_output=True,
            text=True,
            env=env | extra,
            cwd=home,
            timeout=300,
        )
        assert result.returncode == 0, f"{arguments}: {result.stderr[-3000:]}"
        assert "Traceback" not in result.stderr, result.stderr
        return result

    assert run("--version").stdout.strip() == f"aspdesk {__version__}"
    map_path = home / "sample.aspmap"
    run("sample", str(map_path))
    assert map_path.read_bytes()[:16] == b"SQLite format 3\x00"

    png, pdf, report = home / "map.png", home / "map.pdf", home / "report.pdf"
    run("export", str(map_path), "-o", str(png))
    run("export", str(map_path), "-o", str(pdf))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 50_000
    assert pdf.read_bytes()[:5] == b"%PDF-"
    web = home / "map.html"
    run("export", str(map_path), "-o", str(web))
    assert "Lapin liitto" in web.read_text(encoding="utf-8")
    said = run("report", str(map_path), "-o", str(report), "--lang", "fi").stdout
    assert report.read_bytes()[:5] == b"%PDF-" and "Raportti" in said, said

    # Translations, the sample, the migrations and the fonts came along: a window opens on
    # the map, draws and closes itself; the map is then the last one opened.
    run(str(map_path), QT_QPA_PLATFORM="offscreen", ASPDESK_EXIT_AFTER_START="1")
    settings = (home / "aspdesk" / "config" / "aspdesk.ini").read_text(encoding="utf-8")
    assert "sample.aspmap" in settings

    run("install-desktop")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(home / "share" / "applications" / "aspdesk.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == f"{executable} %f"
