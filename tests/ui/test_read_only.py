"""Read-only maps: a second aspdesk on the same map, and files or folders that cannot be
written. The map opens, says why it cannot be changed, and refuses edits; nothing is lost."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspdesk.app.commands import AddEntity
from aspdesk.app.document import Document
from aspdesk.app.paths import AppPaths
from aspdesk.app.settings import Settings
from aspdesk.domain.entities import Actor
from aspdesk.store.locking import lock_path
from aspdesk.ui.window.launch import MapOpener
from aspdesk.ui.window.main_window import MainWindow

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.gui

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from aspdesk.store.opening import open_map
    store = open_map(Path(sys.argv[1]), Path(sys.argv[2]))
    print("editing" if store.read_only is None else "read-only", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def map_copy(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "maps" / "kartta.aspmap"
    path.parent.mkdir()
    shutil.copy(sample_file, path)
    return path


def _open(path: Path) -> Document:
    return MapOpener(AppPaths.for_user(), "en")(path, False)


def test_a_second_window_on_the_same_map_is_read_only(qapp: object, map_copy: Path) -> None:
    first = _open(map_copy)
    second = _open(map_copy)
    try:
        assert first.read_only == "" and first.lock is not None
        assert "open for editing in another aspdesk window" in second.read_only
        refused: list[str] = []
        second.edit_failed.connect(refused.append)
        assert not second.push(AddEntity(second, Actor(name="Lost?"), "Add"))
        assert refused == [second.read_only]
        assert first.push(AddEntity(first, Actor(name="Kept"), "Add"))
    finally:
        first.close()
        second.close()
    assert not lock_path(map_copy).exists(), "a closed map is one file again"
    third = _open(map_copy)
    try:
        assert third.read_only == ""
        assert any(a.name == "Kept" for a in third.store.actors())
        assert all(a.name != "Lost?" for a in third.store.actors())
    finally:
        third.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_another_process_holds_the_map_until_it_dies(
    qapp: object, map_copy: Path, tmp_path: Path
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(map_copy), str(tmp_path / "backups")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "editing"
        here = _open(map_copy)
        assert "another aspdesk window" in here.read_only
        here.close()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    # The plug was pulled: the lock file may remain, but nobody holds it any more.
    after = _open(map_copy)
    try:
        assert after.read_only == ""
    finally:
        after.close()


def test_a_read_only_file_opens_with_a_banner_and_no_edit_actions(
    qtbot: QtBot, map_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if Path(str(path)) == map_copy and mode == os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    before = map_copy.read_bytes()
    document = _open(map_copy)
    assert "read-only" in document.read_only
    window = MainWindow(
        document, Settings(tmp_path / "s.ini"), MapOpener(AppPaths.for_user(), "en")
    )
    window.dialogs = ScriptedDialogs(window)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and "read-only" in window.banner.label.text()
    assert not window.add_actions[next(iter(window.add_actions))].isEnabled()
    assert not window.importer.action.isEnabled()
    assert all(not form.isEnabled() for form in window.forms.values())
    assert window.map_files.copy_action.isEnabled(), "saving a copy is the way out"
    survey = window.survey.open()  # the rounds can be looked at, not made or collected
    assert not survey.new_button.isEnabled() and not survey.collect_button.isEnabled()
    assert not document.push(AddEntity(document, Actor(name="Nope"), "Add"))
    window.close()
    document.close()
    assert map_copy.read_bytes() == before


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root writes read-only files anyway"
)
def test_a_really_read_only_folder(qapp: object, map_copy: Path) -> None:
    folder = map_copy.parent
    folder.chmod(0o555)
    try:
        document = _open(map_copy)
        assert "folder of this map cannot be written" in document.read_only
        document.close()
    finally:
        folder.chmod(0o755)


def test_the_import_command_waits_for_the_window_to_close(
    qapp: object, map_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from aspdesk.cli.main import main

    source = tmp_path / "list.csv"
    source.write_text("Nimi\nUusi Oy\n", encoding="utf-8")
    window_document = _open(map_copy)
    try:
        assert main(["import", str(map_copy), str(source)]) == 1
        assert "is open for editing in aspdesk" in capsys.readouterr().err
    finally:
        window_document.close()
    assert main(["import", str(map_copy), str(source)]) == 0


def _window(qtbot: QtBot, document: Document, settings: Settings) -> MainWindow:
    window = MainWindow(document, settings, MapOpener(AppPaths.for_user(), "en"))
    window.dialogs = ScriptedDialogs(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_second_copy_shows_the_banner_after_a_saved_state_that_hid_it(
    qtbot: QtBot, map_copy: Path, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = _window(qtbot, _open(map_copy), settings)
    assert not first.banner.isVisible()
    first.close()  # saves a window state in which the banner (a toolbar) is hidden

    holder = _open(map_copy)  # another aspdesk is editing the map
    try:
        second = _open(map_copy)
        assert "another aspdesk window" in second.read_only
        window = _window(qtbot, second, settings)
        banner = window.banner
        assert banner.isVisible() and banner.label.text() == second.read_only
        assert banner.height() > 0 and window.rect().contains(banner.geometry())
        window.close()
    finally:
        holder.close()


def test_the_banner_shows_when_the_map_turns_read_only_while_open(
    qtbot: QtBot, map_copy: Path, sample_file: Path, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    _window(qtbot, _open(map_copy), settings).close()
    window = _window(qtbot, _open(map_copy), settings)  # its state has the banner hidden
    assert not window.banner.isVisible()
    # A sync tool puts another file in the map's place: the next edit is refused.
    incoming = tmp_path / "incoming.aspmap"
    shutil.copy(sample_file, incoming)
    os.replace(incoming, map_copy)
    document = window.document
    assert not document.push(AddEntity(document, Actor(name="Lost"), "Add actor"))
    assert window.banner.isVisible() and window.banner.label.text() == document.read_only
    window.close()
