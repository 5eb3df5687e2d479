"""Team map passwords in the system keyring, when this computer has a working one.

``keyring`` is optional: without it, or when its backend is the "fail" or "null" one (a
server without a desktop session), nothing is kept and the dialog shows no tick. A
password is kept under the team map's address (which never holds the password itself).
"""

from __future__ import annotations

from typing import Any

from aspdesk.store.team.address import TeamAddress

SERVICE = "aspdesk team map"


def _keyring() -> Any | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except (KeyringError, RuntimeError, ValueError):
        return None
    module = type(backend).__module__
    if priority <= 0 or module.endswith((".fail", ".null")):
        return None
    return keyring


def keyring_usable() -> bool:
    """Whether a password can be kept in the system keyring here."""
    return _keyring() is not None


def kept_password(address: TeamAddress) -> str:
    """The password kept for ``address`` ("" when none, or no keyring)."""
    keyring = _keyring()
    if keyring is None:
        return ""
    try:
        return str(keyring.get_password(SERVICE, str(address)) or "")
    except Exception:  # noqa: BLE001 - a locked or broken keyring: as if nothing was kept
        return ""


def keep_password(address: TeamAddress, password: str) -> bool:
    """Keep ``password`` for ``address``; False when the keyring would not."""
    keyring = _keyring()
    if keyring is None or not password:
        return False
    try:
        keyring.set_password(SERVICE, str(address), password)
    except Exception:  # noqa: BLE001 - a locked keyring: the map opens all the same
        return False
    return True
