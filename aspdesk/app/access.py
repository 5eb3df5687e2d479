"""Whether this window may change a map: its file, its folder, and other aspdesk processes.

A map is opened for editing only when its file and folder can be written (SQLite writes a
journal beside the map) and no other aspdesk process is editing it (see
:mod:`aspdesk.store.locking`). Otherwise it opens read-only: the document refuses every
edit with the reason, and the window shows the reason in a banner.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from aspdesk.app.document import Document
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.locking import MapLock, holder_of

FILE_READ_ONLY = QT_TRANSLATE_NOOP(
    "Access",
    "This map file is read-only, so it is shown but cannot be changed. To edit it, save a "
    "copy (File > Save a copy as) and open the copy.",
)
FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "Access",
    "The folder of this map cannot be written, so the map is shown but cannot be changed. "
    "To edit it, save a copy in a folder of your own and open the copy.",
)
OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Access",
    "This map is open for editing in another aspdesk window ({where}), so it is shown "
    "read-only here and nothing can be lost between the two. Close it there and open it "
    "again here to edit.",
)


def writable(path: Path) -> str:
    """Why ``path`` cannot be written ("" when it can), as an untranslated template."""
    if not os.access(path, os.W_OK):
        return FILE_READ_ONLY
    if not os.access(path.parent, os.W_OK):
        return FOLDER_READ_ONLY
    return ""


def claim(document: Document) -> bool:
    """Take the map of ``document`` for editing, or make the document read-only.

    Returns True when this window may edit. Sets ``document.read_only`` to the reason
    (translated) otherwise.
    """
    path = document.store.path
    if path is None:
        return True
    reason = writable(path)
    if not reason:
        try:
            lock = MapLock.acquire(path)
        except OSError:
            reason = FOLDER_READ_ONLY
        else:
            if lock is None:
                holder = holder_of(path)
                where = ", ".join(
                    part
                    for part in (
                        holder.get("host", ""),
                        holder.get("since", "")[:16].replace("T", " "),
                    )
                    if part
                )
                text = QCoreApplication.translate("Access", OPEN_ELSEWHERE)
                document.read_only = text.format(where=where or "?")
                return False
            document.lock = lock
            return True
    document.read_only = QCoreApplication.translate("Access", reason)
    return False
