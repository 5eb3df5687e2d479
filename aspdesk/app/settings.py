"""The user's preferences, typed, over one QSettings file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from aspdesk.analysis.health.rules import HealthRules
from aspdesk.domain.json_shape import as_int, as_list, as_object, as_text, list_of
from aspdesk.domain.languages import LANGUAGES
from aspdesk.domain.records import record
from aspdesk.store.errors import StoreError
from aspdesk.store.team.address import TeamAddress, is_team_address

MAX_RECENT = 10
# Drafts of the consortium builder kept, one per map, the latest first.
MAX_DRAFTS = 30


@record
class ConsortiumDraft:
    """The consortium builder's unsaved work on one map.

    ``partners`` are (actor id, role code) pairs in the builder's order; ``project_id`` is
    the project the consortium was loaded from or saved as (None for none).
    """

    programme: str = ""
    project_id: int | None = None
    partners: tuple[tuple[int, str], ...] = ()

    def to_dict(self) -> dict[str, object]:
        """The draft as JSON values."""
        return {
            "programme": self.programme,
            "project": self.project_id,
            "partners": [[actor_id, role] for actor_id, role in self.partners],
        }

    @classmethod
    def from_dict(cls, data: object) -> ConsortiumDraft | None:
        """The draft in ``data`` (read leniently: what does not fit is left out)."""
        record = as_object(data)
        if record is None:
            return None
        return cls(
            as_text(record.get("programme")) or "",
            as_int(record.get("project")),
            list_of(record.get("partners"), _partner, skip=True) or (),
        )


def _partner(value: object) -> tuple[int, str] | None:
    """An (actor id, role) pair of a draft, from ``[id, role]``."""
    pair = as_list(value)
    if pair is None or len(pair) != 2:
        return None
    actor_id, role = as_int(pair[0]), as_text(pair[1])
    return None if actor_id is None or role is None else (actor_id, role)


class Settings:
    """Typed access to the settings file; the one place aspdesk uses QSettings."""

    def __init__(self, path: Path) -> None:
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def _string(self, key: str) -> str:
        return as_text(self._qsettings.value(key, "")) or ""

    @property
    def language(self) -> str:
        """The chosen UI language ("fi", "sv", "en"), or "" to follow the system (also
        when the file names a language aspdesk does not speak)."""
        language = self._string("ui/language")
        return language if language in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._qsettings.setValue("ui/language", value)

    @property
    def colour_scheme(self) -> str:
        """The chosen colour scheme ("light", "dark"), or "" to follow the desktop's."""
        value = self._string("ui/colour_scheme")
        return value if value in ("light", "dark") else ""

    @colour_scheme.setter
    def colour_scheme(self, value: str) -> None:
        self._qsettings.setValue("ui/colour_scheme", value)

    def _recent(self) -> list[str]:
        value = self._qsettings.value("maps/recent", [])
        # An INI file gives back a one-element list as a plain string.
        items = [value] if as_text(value) is not None else as_list(value) or []
        return [text for item in items if (text := as_text(item))]

    @property
    def recent_entries(self) -> list[Path | TeamAddress]:
        """Maps opened lately, files and team maps, the latest first.

        A team map is kept as its address without a password (TeamAddress never holds
        one), so nothing secret is written to the settings file.
        """
        entries: list[Path | TeamAddress] = []
        for text in self._recent():
            if not is_team_address(text):
                entries.append(Path(text))
                continue
            try:
                entries.append(TeamAddress.parse(text)[0])
            except StoreError:
                continue  # an address spoilt by hand in the settings file: left out
        return entries

    @property
    def recent_maps(self) -> list[Path]:
        """Map files opened lately, the latest first."""
        return [entry for entry in self.recent_entries if isinstance(entry, Path)]

    def add_recent_map(self, entry: Path | TeamAddress) -> None:
        """Put a map file or a team map first in the recent maps (a file: the last map)."""
        key = str(entry)
        entries = [key, *(text for text in self._recent() if _other(text, key))][:MAX_RECENT]
        self._qsettings.setValue("maps/recent", entries)

    def remove_recent_map(self, entry: Path | TeamAddress) -> None:
        """Forget a map (for example because it no longer exists)."""
        key = str(entry)
        self._qsettings.setValue("maps/recent", [t for t in self._recent() if _other(t, key)])

    @property
    def last_map(self) -> Path | None:
        """The map file open when aspdesk last closed, if any (a team map is not opened
        by itself at start: its server may want a password, or be out of reach)."""
        recent = self.recent_maps
        return recent[0] if recent else None

    @property
    def last_folder(self) -> Path | None:
        """The folder of the last file dialog."""
        value = self._string("ui/last_folder")
        return Path(value) if value else None

    @last_folder.setter
    def last_folder(self, value: Path) -> None:
        self._qsettings.setValue("ui/last_folder", str(value))

    @property
    def backups_to_keep(self) -> int:
        """How many copies made on opening a map are kept (at least 1; default 10)."""
        value = self._string("maps/backups_to_keep")
        return max(1, int(value)) if value.isdigit() else 10

    @backups_to_keep.setter
    def backups_to_keep(self, value: int) -> None:
        self._qsettings.setValue("maps/backups_to_keep", str(max(1, value)))

    @property
    def hide_personal(self) -> bool:
        """Whether personal data was hidden (workshop-safe) when aspdesk last ran."""
        return self._string("ui/hide_personal") == "yes"

    @hide_personal.setter
    def hide_personal(self, value: bool) -> None:
        self._qsettings.setValue("ui/hide_personal", "yes" if value else "no")

    @property
    def import_columns(self) -> dict[str, str]:
        """Columns the user matched by hand in an import: header -> actor field."""
        columns = as_object(self._json("import/columns")) or {}
        return {str(k): text for k, v in columns.items() if (text := as_text(v)) is not None}

    def remember_import_columns(self, columns: dict[str, str]) -> None:
        """Keep these header -> field choices (empty field: the column is ignored)."""
        merged = {**self.import_columns, **columns}
        self._qsettings.setValue("import/columns", json.dumps(merged, ensure_ascii=False))

    @property
    def health_rules(self) -> HealthRules:
        """The rules of the cluster health check (the defaults until the user changes one)."""
        data = as_object(self._json("analysis/health_rules"))
        try:
            return HealthRules() if data is None else HealthRules.from_dict(data)
        except ValueError:  # a hand-edited file: the defaults rather than no check
            return HealthRules()

    @health_rules.setter
    def health_rules(self, rules: HealthRules) -> None:
        self._qsettings.setValue("analysis/health_rules", json.dumps(rules.to_dict()))

    @property
    def consortium_programme(self) -> str:
        """The id of the programme last picked in the consortium builder ("" if none)."""
        return self._string("consortium/programme")

    @consortium_programme.setter
    def consortium_programme(self, value: str) -> None:
        self._qsettings.setValue("consortium/programme", value)

    def _drafts(self) -> dict[str, object]:
        # a hand-edited file: no drafts rather than no builder
        return dict(as_object(self._json("consortium/drafts")) or {})

    def _json(self, key: str) -> object:
        """The JSON value kept under ``key``; None when there is none or it does not
        parse (a hand-edited file). Nesting deeper than Python's parser goes raises
        RecursionError, not ValueError: that is a damaged file too."""
        text = self._string(key)
        if not text:
            return None
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            return None

    def consortium_draft(self, map_key: str) -> ConsortiumDraft | None:
        """The consortium builder's draft for the map ``map_key`` (its resolved path)."""
        return ConsortiumDraft.from_dict(self._drafts().get(map_key))

    def set_consortium_draft(self, map_key: str, draft: ConsortiumDraft | None) -> None:
        """Keep ``draft`` for the map ``map_key``, or forget the map's draft (None).

        Only the latest MAX_DRAFTS maps keep a draft, so maps long gone do not pile up.
        """
        drafts = {k: v for k, v in self._drafts().items() if k != map_key}
        if draft is not None:
            drafts = {map_key: draft.to_dict(), **drafts}
        kept = dict(list(drafts.items())[:MAX_DRAFTS])
        self._qsettings.setValue("consortium/drafts", json.dumps(kept, ensure_ascii=False))

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The main window's saved geometry and dock layout."""
        geometry = self._qsettings.value("window/geometry")
        state = self._qsettings.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        """Keep the main window's geometry and dock layout for the next start."""
        self._qsettings.setValue("window/geometry", geometry)
        self._qsettings.setValue("window/state", state)

    def sync(self) -> None:
        """Write pending changes to the file."""
        self._qsettings.sync()


def _other(text: str, key: str) -> bool:
    """Whether a recent entry is another map than ``key`` (an address compares by its
    normal form, a path by its text)."""
    if is_team_address(text):
        try:
            return str(TeamAddress.parse(text)[0]) != key
        except StoreError:
            return False  # a spoilt address: dropped when the list is written again
    return text != key
