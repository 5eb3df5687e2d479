"""When Qt's window platform cannot load, aspdesk says which packages to install."""

from __future__ import annotations

from pathlib import Path

import pytest

from aspdesk import cli, platform_check
from aspdesk.platform_check import platform_problem

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
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0 libegl1" in text


def test_another_missing_library_is_named_first_among_the_packages() -> None:
    def missing_icccm(_path: str) -> object:
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file")

    text = platform_problem(
        {"DISPLAY": ":0"}, _same, platform="linux", plugin=_plugin, load=missing_icccm
    )
    assert text is not None
    assert "sudo apt install libxcb-icccm4 libxcb-cursor0 libxkbcommon-x11-0 libegl1" in text


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


def test_the_real_plugin_of_this_machine_loads() -> None:
    """This machine runs the window tests on xcb under Xvfb: its check must pass."""
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

    code = cli.main(["--sample", "--lang", language])

    assert code == 1
    err = capsys.readouterr().err
    assert words in err
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0 libegl1" in err
    # stopped before anything was made: no sample map was written for a window
    assert not list(aspdesk_home.rglob("*.aspmap"))
