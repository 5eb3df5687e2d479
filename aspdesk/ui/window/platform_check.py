"""Whether Qt can open a window here, asked before it tries; a hint when it cannot.

On Linux Qt draws through its xcb platform plugin (X11, and XWayland), a library that
needs system libraries a fresh Debian or Ubuntu lacks: libxcb-cursor0 above all (needed
since Qt 6.5), libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0 and libegl1 (a Debian 12
that had the first and the last two still lacked icccm4 and keysyms1). Without one of
them Qt prints "Could not load the Qt platform plugin "xcb"", lists plugins, and aborts
the process, so no Python code can catch it. So aspdesk loads the plugin itself first,
with ``ctypes``, which opens the same libraries the same way (the dynamic loader follows
the plugin's own list of them) and names the first one missing in its error; only then
is the application object made. A missing library is named with the Debian and Ubuntu
package that holds it.

The check is skipped where it cannot say anything: on Windows and macOS, which need no
system libraries, when ``QT_QPA_PLATFORM`` names a platform other than xcb (offscreen,
wayland), when Qt would choose Wayland itself, and when the plugin is not where PySide6's
wheel keeps it (a distribution's own Qt, which its packages bring in whole). With no
display at all, the hint says so.
"""

from __future__ import annotations

import ctypes
import importlib.util
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from aspdesk.domain.text import QT_TRANSLATE_NOOP

# The libraries Qt's xcb plugin and its Qt libraries load, by the Debian/Ubuntu package.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# What a fresh Debian or Ubuntu needs for aspdesk's window, besides Python and its venv.
USUAL_PACKAGES = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxkbcommon-x11-0",
    "libegl1",
)

MISSING_LIBRARY = QT_TRANSLATE_NOOP(
    "cli",
    "aspdesk cannot open its window: Qt's X11 platform plugin (xcb) needs the system "
    "library {library}, which is not installed.\n"
    "On Debian and Ubuntu, install it with:\n"
    "    sudo apt install {packages}\n"
    "On other Linux distributions, install the package that holds {library}.",
)
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "cli",
    "aspdesk cannot open its window: no display was found (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set). Start it from a desktop session. Commands such as "
    "'aspdesk export' and 'aspdesk report' work without a display.",
)

_MISSING = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")

LoadLibrary = Callable[[str], object]


def load_library(path: str) -> object:
    """Open the shared library at ``path`` and the libraries it needs, as Qt would;
    OSError names the first one that is missing."""
    return ctypes.CDLL(path)


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of PySide6's wheel, if that is where Qt comes from."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def _uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt would start on the xcb platform with ``environ``."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Qt 6 prefers Wayland in a Wayland session, and falls back to xcb only if that fails.
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
    return not wayland


def platform_problem(
    environ: Mapping[str, str],
    translate: Callable[[str], str],
    *,
    platform: str | None = None,
    plugin: Callable[[], Path | None] = xcb_plugin,
    load: LoadLibrary | None = None,
) -> str | None:
    """Why Qt could not open a window with ``environ``, in words for the user; None when
    nothing is known to stop it. ``translate`` turns a "cli" text into the user's
    language."""
    if not (platform or sys.platform).startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if not chosen and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return translate(NO_DISPLAY)
    if not _uses_xcb(environ):
        return None
    found = plugin()
    if found is None:
        return None
    try:
        (load or load_library)(str(found))
    except OSError as error:
        match = _MISSING.search(str(error))
        library = match[1] if match else str(error)
        packages = list(USUAL_PACKAGES)
        package = DEBIAN_PACKAGES.get(library)
        if package is not None and package not in packages:
            packages.insert(0, package)
        return translate(MISSING_LIBRARY).format(library=library, packages=" ".join(packages))
    return None
