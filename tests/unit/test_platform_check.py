"""When Qt's window platform cannot load, aspdesk says which packages to install."""

from __future__ import annotations

from pathlib import Path

import pytest

from aspdesk.cli.main import main
from aspdesk.ui.window import platform_check
from aspdesk.ui.window.platform_check import platform_problem

USUAL = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1"
GLIBC_MISSING = "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"


def _missing(_path: str) -> object:
    raise OSError(GLIBC_MISSING)


def _loaded(_path: str) -> object:
    return object()


def _plugin() -> Path:
    return Path("/opt/PySide6/Qt/plugins/platforms/libqxcb.so")


def _same(text: str) -> str:
    return text


def test_a_missing_library_of_the_xcb_plugin_is_named_with_its_packages() -> None:
    text = platform_problem(
        {"DISPLAY": ":0"}, _same, platform="linux", plugin=_plugin, load=_missing
    )
    assert text is not None
    assert "libxcb-cursor.so.0" in text
    assert f"sudo apt install {USUAL}" in text


def test_another_missing_library_is_named_first_among_the_packages() -> None:
    def missing_shape(_path: str) -> object:
        raise OSError("libxcb-shape.so.0: cannot open shared object file: No such file")

    text = platform_problem(
        {"DISPLAY": ":0"}, _same, platform="linux", plugin=_plugin, load=missing_shape
    )
    assert text is not None
    assert f"sudo apt install libxcb-shape0 {USUAL}" in text


@pytest.mark.parametrize(
    "environ",
    [
        {"QT_QPA_PLATFORM": "offscreen"},  # asked for another platform
        {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"},
        {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},
    ],
)
def test_no_check_where_xcb_is_not_used(environ: dict[str, str]) -> None:
    assert platform_problem(environ, _same, platform="linux", plugin=_plugin, load=_missing) is None


def test_no_check_off_linux_nor_when_everything_loads() -> None:
    environ = {"DISPLAY": ":0"}
    assert platform_problem(environ, _same, platform="win32", load=_missing) is None
    assert platform_problem(environ, _same, platform="darwin", load=_missing) is None
    assert platform_problem(environ, _same, platform="linux", plugin=_plugin, load=_loaded) is None


def test_no_display_at_all_is_said() -> None:
    text = platform_problem({}, _same, platform="linux", plugin=_plugin, load=_loaded)
    assert text is not None and "DISPLAY" in text


def test_the_readme_and_ci_name_the_packages_the_message_names() -> None:
    """The message, the README's Linux step and .ci/run (which installs them, so that the
    next test checks the README's list on a fresh machine) name the same packages."""
    root = Path(__file__).resolve().parents[2]
    readme = " ".join((root / "README.md").read_text(encoding="utf-8").split())
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    for package in platform_check.USUAL_PACKAGES:
        assert f"`{package}`" in readme
        assert f" {package} " in ci or f" {package};" in ci
    assert len(platform_check.USUAL_PACKAGES) == 5 and "five libraries" in readme


def test_the_real_plugin_of_this_machine_loads() -> None:
    """With the libraries the README names for Linux (.ci/run installs them as a user
    would), the real xcb plugin loads: the check finds nothing missing, and the README's
    list is enough."""
    assert platform_check.xcb_plugin() is not None
    assert platform_problem({"DISPLAY": ":0"}, _same, platform="linux") is None


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "is not installed"), ("fi", "jota ei ole asennettu")],
)
def test_starting_the_window_prints_the_hint_in_the_users_language_and_opens_nothing(
    language: str,
    words: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    aspdesk_home: Path,
) -> None:
    # A Linux desktop whose xcb plugin cannot find libxcb-cursor.so.0, as on a fresh Ubuntu.
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setattr(platform_check, "load_library", _missing)

    code = main(["--sample", "--lang", language])

    assert code == 1
    err = capsys.readouterr().err
    assert words in err
    assert f"sudo apt install {USUAL}" in err
    # stopped before anything was made: no sample map was written for a window
    assert not list(aspdesk_home.rglob("*.aspmap"))
