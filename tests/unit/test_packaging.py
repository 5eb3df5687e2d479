"""A regular (non-editable) install carries everything aspdesk reads at run time."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from aspdesk.domain.data_files import resource

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "aspdesk").rglob("__init__.py")
    }
    assert found | {"aspdesk.resources"} == listed


def test_resources_are_found_through_the_package() -> None:
    assert resource("sample", "arctic-smartness-portfolio-2015.json").is_file()
    assert resource("translations", "aspdesk_fi.qm").is_file()
    assert resource("programmes", "horizon_europe.json").is_file()
    assert resource("icons", "aspdesk.svg").is_file()
    assert resource("icons", "aspmap.svg").is_file()
    assert resource("webmap", "webmap.js").is_file()
    assert resource("webmap", "webmap.css").is_file()


@pytest.mark.slow
def test_wheel_contains_resources_and_migrations(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = tmp_path.glob("aspdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "aspdesk/resources/sample/arctic-smartness-portfolio-2015.json",
        "aspdesk/resources/translations/aspdesk_fi.qm",
        "aspdesk/resources/programmes/horizon_europe.json",
        "aspdesk/resources/translations/aspdesk_en.qm",
        "aspdesk/resources/help/fi/getting-started.html",
        "aspdesk/resources/help/en/cluster-health.html",
        "aspdesk/resources/help/fi/images/workshop.png",
        "aspdesk/resources/icons/aspdesk.svg",
        "aspdesk/resources/icons/aspmap.svg",
        "aspdesk/resources/webmap/webmap.js",
        "aspdesk/resources/webmap/webmap.css",
        "aspdesk/resources/webmap/THIRD_PARTY_LICENSES.txt",
        "aspdesk/store/migrations/env.py",
        "aspdesk/store/migrations/script.py.mako",
        "aspdesk/domain/country_names.json",
        "aspdesk/store/migrations/versions/0001_initial_map_schema.py",
        "aspdesk/__main__.py",
    }
    assert expected <= names
    # The web map's sources and Node's packages are not installed: only what is built.
    assert not any("node_modules" in n or "/webmap/src/" in n for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]" in text and "aspdesk = aspdesk.__main__:main" in text
