"""The Qt-free layers and the app layer pass mypy in strict mode (STYLE.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRICT = [
    "aspdesk/domain",
    "aspdesk/analysis",
    "aspdesk/store",
    "aspdesk/io",
    "aspdesk/app",
    "aspdesk/cli.py",
    "aspdesk/cli_text.py",
]


@pytest.mark.slow
def test_strict_layers_type_check() -> None:
    result = subprocess.run(
        # The window code these modules import is checked below, not strictly.
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--no-error-summary",
            *STRICT,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.slow
def test_whole_package_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "aspdesk"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
