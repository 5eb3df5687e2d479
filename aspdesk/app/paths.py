"""Where aspdesk keeps the user's files: maps, settings, backups, logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from aspdesk.domain.records import record
from aspdesk.store.checked import CheckedMaps

APP_NAME = "aspdesk"
HOME_VARIABLE = "ASPDESK_HOME"


@record
class AppPaths:
    """The folders aspdesk writes to."""

    data_dir: Path
    config_dir: Path
    backup_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        """The settings file (INI format, readable by people)."""
        return self.config_dir / "aspdesk.ini"

    @property
    def checked_maps_file(self) -> Path:
        """The stamps of the map files found sound (:mod:`aspdesk.store.checked`)."""
        return self.data_dir / "checked-maps.json"

    def checked_maps(self) -> CheckedMaps:
        """The maps found sound, which open again without a full check while unchanged."""
        return CheckedMaps(self.checked_maps_file)

    @property
    def programmes_dir(self) -> Path:
        """The user's programme rule files (see aspdesk.analysis.consortium.rules).

        A file here with the id of a shipped programme replaces it; other ids add
        programmes. The folder is made when the user first copies a programme into it.
        """
        return self.data_dir / "programmes"

    @classmethod
    def for_user(cls) -> AppPaths:
        """The platform's user folders, or all under ``$ASPDESK_HOME`` when it is set.

        ``ASPDESK_HOME`` keeps a portable install, a demo or a test run apart from the
        user's own maps and settings.
        """
        home = os.environ.get(HOME_VARIABLE)
        if home:
            root = Path(home)
            return cls(root / "data", root / "config", root / "backups", root / "logs")
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(
            data,
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data / "backups",
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )


def unused_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem (2)``, ``stem (3)``... if that is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate
