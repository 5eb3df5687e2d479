"""``aspdesk install-desktop`` and ``uninstall-desktop``: aspdesk as a Linux desktop
application of the user, by the freedesktop.org specifications.

What is written, under ``$XDG_DATA_HOME`` (``~/.local/share`` when unset):

* ``applications/aspdesk.desktop``: the launcher, whose ``Exec`` runs the very aspdesk that
  was installed (the bundle's executable, the virtual environment's script, or its Python
  with ``-m aspdesk``), with ``%f``: a map double-clicked in a file manager starts a new
  aspdesk process on it, so a second map opens in a window of its own while the first
  stays as it is (each process holds its own map's writer's lock, and one crashing takes
  no other map with it);
* ``mime/packages/aspdesk.xml``: the type of map files, by their ending and by their
  SQLite header with aspdesk's ``application_id``, so a map renamed without its ending is
  still one (as a subclass of SQLite's own type, whose magic weighs less);
* the icons of the application and of a map in the ``hicolor`` theme, drawn from the
  shipped SVG at the sizes of :data:`~aspdesk.ui.window.app_icon.ICON_SIZES` and as SVG.

The databases that desktops read (``update-mime-database``, ``update-desktop-database``)
are rebuilt when their tools are installed; without ``update-mime-database`` (package
shared-mime-info) the file type cannot work and the command says so.

Each text is written in every language aspdesk ships (``Name[fi]=``, ``xml:lang="fi"``),
not just the one of the command, since the desktop picks the user's language.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from aspdesk.cli.text import cli_tr, translator_for
from aspdesk.domain.data_files import resource
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.file_kinds import MAP_SUFFIX

MIME_TYPE = "application/x-aspdesk-map"
MIME_ICON = MIME_TYPE.replace("/", "-")
# PRAGMA application_id of a map (aspdesk.store.mapfile.APPLICATION_ID, "ASPD"), named here
# too since importing the store costs SQLAlchemy; a test keeps the two equal.
APPLICATION_ID = 0x41535044
# shared-mime-info gives SQLite's own type priority 50: ours must weigh more.
MAGIC_PRIORITY = 60

MAP_COMMENT = QT_TRANSLATE_NOOP("desktop", "aspdesk map")
GENERIC_NAME = QT_TRANSLATE_NOOP("desktop", "Cluster network map")
COMMENT = QT_TRANSLATE_NOOP(
    "desktop", "Map the actors, clusters and relationships of a regional cluster network"
)
KEYWORDS = QT_TRANSLATE_NOOP("desktop", "cluster;network;actors;graph;map;")

NOT_LINUX = QT_TRANSLATE_NOOP(
    "cli",
    "install-desktop is for Linux desktops. On Windows and macOS the installer adds aspdesk "
    "to the Start menu or Applications and registers .aspmap files.",
)
INSTALLED = QT_TRANSLATE_NOOP(
    "cli", "aspdesk is in the applications menu, and .aspmap files open in it. Files written:"
)
REMOVED = QT_TRANSLATE_NOOP("cli", "Removed aspdesk from the applications menu. Files removed:")
NOTHING_TO_REMOVE = QT_TRANSLATE_NOOP(
    "cli", "aspdesk was not installed for the desktop in {folder}: nothing to remove."
)
NO_MIME_TOOL = QT_TRANSLATE_NOOP(
    "cli",
    "update-mime-database was not found, so the desktop does not know .aspmap files yet: "
    "install the package shared-mime-info and run this command again.",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("cli", "Could not write {path}: {reason}")
CANNOT_REMOVE = QT_TRANSLATE_NOOP("cli", "Could not remove {path}: {reason}")


@record
class DesktopFiles:
    """Where aspdesk's desktop files go under one XDG data folder."""

    data_home: Path

    @property
    def desktop_entry(self) -> Path:
        return self.data_home / "applications" / "aspdesk.desktop"

    @property
    def mime_package(self) -> Path:
        return self.data_home / "mime" / "packages" / "aspdesk.xml"

    def icons(self) -> list[Path]:
        """Every icon file written, PNG sizes and SVG, application and map."""
        from aspdesk.ui.window.app_icon import DESKTOP_ID, ICON_SIZES

        hicolor = self.data_home / "icons" / "hicolor"
        found = []
        for folder, name in (("apps", DESKTOP_ID), ("mimetypes", MIME_ICON)):
            for size in ICON_SIZES:
                found.append(hicolor / f"{size}x{size}" / folder / f"{name}.png")
            found.append(hicolor / "scalable" / folder / f"{name}.svg")
        return found

    def all(self) -> list[Path]:
        return [self.desktop_entry, self.mime_package, *self.icons()]


def data_home(environ: Mapping[str, str]) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (as
    the XDG Base Directory specification says to treat a relative one)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(environ.get("HOME") or Path.home()) / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this aspdesk: a bundle's executable, the ``aspdesk``
    script that runs now, or this Python with ``-m aspdesk``."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.stem == "aspdesk" and script.is_file():
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "aspdesk"]


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(argument: str) -> str:
    """``argument`` quoted for an ``Exec`` key (Desktop Entry specification): in double
    quotes, with ``"`` `` ` `` ``$`` and ``\\`` escaped, when it holds a reserved
    character; then ``\\`` doubled again as every string value needs; ``%`` doubled."""
    argument = argument.replace("%", "%%")
    if any(character in _RESERVED for character in argument):
        inner = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        argument = f'"{inner}"'
    return argument.replace("\\", "\\\\")


def _languages() -> list[str]:
    """The languages with a translation shipped (the ``.qm`` files), English aside."""
    folder = resource("translations")
    names = sorted(item.name for item in folder.iterdir() if item.name.endswith(".qm"))
    return [n.removeprefix("aspdesk_").removesuffix(".qm") for n in names if n != "aspdesk_en.qm"]


def _translations(
    text: str, translators: Mapping[str, Callable[[str, str], str]]
) -> dict[str, str]:
    found = {}
    for language, translate in translators.items():
        translated = translate("desktop", text)
        if translated and translated != text:
            found[language] = translated
    return found


def _one_line(text: str) -> str:
    # A desktop entry's value is one line; a translator's newline would end it.
    return " ".join(text.split())


def desktop_entry(command: list[str], translators: Mapping[str, Callable[[str, str], str]]) -> str:
    """The text of ``aspdesk.desktop`` for ``command``."""
    from aspdesk.ui.window.app_icon import DESKTOP_ID

    lines = ["[Desktop Entry]", "Type=Application", "Version=1.4", "Name=aspdesk"]
    for key, text in (("GenericName", GENERIC_NAME), ("Comment", COMMENT), ("Keywords", KEYWORDS)):
        lines.append(f"{key}={_one_line(text)}")
        for language, translated in _translations(text, translators).items():
            lines.append(f"{key}[{language}]={_one_line(translated)}")
    exec_line = " ".join(exec_argument(argument) for argument in command)
    lines += [
        f"Exec={exec_line} %f",
        f"TryExec={exec_argument(command[0])}",
        f"Icon={DESKTOP_ID}",
        "Terminal=false",
        f"MimeType={MIME_TYPE};",
        "Categories=Office;Chart;",
        f"StartupWMClass={DESKTOP_ID}",
        "StartupNotify=true",
    ]
    return "\n".join(lines) + "\n"


def mime_package(translators: Mapping[str, Callable[[str, str], str]]) -> str:
    """The text of ``mime/packages/aspdesk.xml``: the map type by ending and by magic."""
    comments = [f"    <comment>{escape(MAP_COMMENT)}</comment>"]
    for language, translated in _translations(MAP_COMMENT, translators).items():
        comments.append(
            f"    <comment xml:lang={quoteattr(language)}>{escape(_one_line(translated))}</comment>"
        )
    # The header's first 16 bytes name SQLite; application_id is a big-endian 32-bit
    # integer at offset 68 of the header (sqlite.org/fileformat.html).
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
            f'  <mime-type type="{MIME_TYPE}">',
            *comments,
            '    <sub-class-of type="application/vnd.sqlite3"/>',
            f'    <icon name="{MIME_ICON}"/>',
            f'    <glob pattern="*{MAP_SUFFIX}"/>',
            f'    <magic priority="{MAGIC_PRIORITY}">',
            '      <match type="string" value="SQLite format 3\\000" offset="0">',
            f'        <match type="big32" value="0x{APPLICATION_ID:08x}" offset="68"/>',
            "      </match>",
            "    </magic>",
            "  </mime-type>",
            "</mime-info>",
            "",
        ]
    )


def _icon_files(files: DesktopFiles) -> dict[Path, bytes]:
    from aspdesk.ui.window.app_icon import ICON_SIZES, png_bytes, svg_images

    written: dict[Path, bytes] = {}
    paths = iter(files.icons())
    for source in ("aspdesk.svg", "aspmap.svg"):
        svg = resource("icons", source).read_bytes()
        for image in svg_images(svg, ICON_SIZES):
            written[next(paths)] = png_bytes(image)
        written[next(paths)] = svg
    return written


def _write(path: Path, data: bytes) -> None:
    """Write ``path`` whole: into a temporary file beside it, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def _refresh(files: DesktopFiles) -> bool:
    """Rebuild the desktop's databases under ``files``; False without the MIME tool."""
    found = True
    for tool, folder in (
        ("update-mime-database", files.data_home / "mime"),
        ("update-desktop-database", files.data_home / "applications"),
    ):
        program = shutil.which(tool)
        if program is None:
            found = found and tool != "update-mime-database"
            continue
        if folder.is_dir():
            subprocess.run([program, str(folder)], capture_output=True, timeout=120, check=False)
    # Icon caches are rebuilt only where a theme has one (a user's hicolor has none);
    # a changed folder time tells the rest to look again.
    hicolor = files.data_home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)
    return found


def install(files: DesktopFiles, command: list[str]) -> list[Path]:
    """Write aspdesk's desktop files for ``command``; the paths written. Raises OSError."""
    translators = {language: translator_for(language) for language in _languages()}
    contents: dict[Path, bytes] = {
        files.desktop_entry: desktop_entry(command, translators).encode(),
        files.mime_package: mime_package(translators).encode(),
        **_icon_files(files),
    }
    # All or nothing: a launcher without its type or icons is worse than none, so a
    # failure takes back the files this run added (those of an earlier install stay).
    added: list[Path] = []
    try:
        for path, data in contents.items():
            existed = path.exists()
            _write(path, data)
            if not existed:
                added.append(path)
    except OSError:
        for path in added:
            path.unlink(missing_ok=True)
        raise
    return list(contents)


def uninstall(files: DesktopFiles) -> list[Path]:
    """Remove aspdesk's desktop files; the paths removed (none when it was not there)."""
    removed = []
    for path in files.all():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def _linux_desktop() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def run_install(args: argparse.Namespace) -> int:
    """``aspdesk install-desktop``."""
    if not _linux_desktop():
        print(cli_tr(NOT_LINUX), file=sys.stderr)
        return 1
    files = DesktopFiles(data_home(os.environ))
    try:
        written = install(files, launch_command())
    except OSError as error:
        where = error.filename or files.data_home
        reason = error.strerror or str(error)
        print(cli_tr(CANNOT_WRITE).format(path=where, reason=reason), file=sys.stderr)
        return 1
    known = _refresh(files)
    print(cli_tr(INSTALLED))
    for path in written:
        print(f"  {path}")
    if not known:
        print(cli_tr(NO_MIME_TOOL), file=sys.stderr)
        return 1
    return 0


def run_uninstall(args: argparse.Namespace) -> int:
    """``aspdesk uninstall-desktop``."""
    if not _linux_desktop():
        print(cli_tr(NOT_LINUX), file=sys.stderr)
        return 1
    files = DesktopFiles(data_home(os.environ))
    try:
        removed = uninstall(files)
    except OSError as error:
        reason = error.strerror or str(error)
        print(cli_tr(CANNOT_REMOVE).format(path=error.filename, reason=reason), file=sys.stderr)
        return 1
    if not removed:
        print(cli_tr(NOTHING_TO_REMOVE).format(folder=files.data_home))
        return 0
    _refresh(files)
    print(cli_tr(REMOVED))
    for path in removed:
        print(f"  {path}")
    return 0
