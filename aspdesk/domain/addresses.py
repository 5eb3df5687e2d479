"""Whether a text is an email address, a phone number or a web address, as the forms and
an import check them.

Each check has its rule written out for any text, and for text in ASCII (almost every
address in a member list) the same rule as one regular expression: an import of 10,000
rows checks 30,000 addresses, and the rule's steps in Python took 0.1 s of it. The tests
in tests/unit/test_addresses.py hold the two to the same answers.
"""

from __future__ import annotations

import re
import unicodedata

PHONE_MIN_DIGITS = 5

# A host name's label in ASCII: 1 to 63 letters, digits or hyphens, not starting or ending
# with a hyphen (what is_hostname's loop asks of any label).
_ASCII_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# Labels joined by dots: a host whose every label (split at the dots) is such a label.
_ASCII_HOST = re.compile(rf"{_ASCII_LABEL}(?:\.{_ASCII_LABEL})*")
# A host as is_hostname takes it, in ASCII: two labels or more, the last of two
# characters or more and not all digits (the lookahead stays inside the last label).
_ASCII_NAMED_HOST = (
    rf"{_ASCII_LABEL}(?:\.{_ASCII_LABEL})*\."
    r"(?=[A-Za-z0-9-]*[A-Za-z-])[A-Za-z0-9][A-Za-z0-9-]{0,61}[A-Za-z0-9]"
)
# In ASCII: whitespace (str.isspace: tab to carriage return, \x1c-\x1f, space) and controls.
_ASCII_SPACE_OR_CONTROL = re.compile("[\x00-\x20\x7f]")
# An email address in ASCII: a local part of anything plain but "@", and a host. Its
# length (at most 254) keeps the host within 253.
_ASCII_EMAIL = re.compile(rf"[^\x00-\x20\x7f@]+@{_ASCII_NAMED_HOST}")
# A web address's host, port and path in ASCII, once its scheme is taken off and the
# whole address is known to be plain; the host's length is checked apart.
_ASCII_SITE = re.compile(rf"({_ASCII_NAMED_HOST})(?::[0-9]{{1,5}})?(?:[/?#].*)?", re.DOTALL)
# Where a web address's host (and port) ends, and a port.
_PATH_START = re.compile(r"[/?#]")
_PORT = re.compile(r"[0-9]{1,5}")
# A phone number: a leading "+" or none, digits, spaces, "-", "(" and ")", and at least
# PHONE_MIN_DIGITS digits (each with the marks before it).
_PHONE = re.compile(rf"\+?(?:[ ()\-]*[0-9]){{{PHONE_MIN_DIGITS}}}[0-9 ()\-]*")


def is_plain(text: str) -> bool:
    """Whether ``text`` has no whitespace and no control or other invisible characters."""
    if text.isascii():  # the usual case, at one regex search rather than a loop in Python
        return _ASCII_SPACE_OR_CONTROL.search(text) is None
    return not any(c.isspace() or unicodedata.category(c).startswith("C") for c in text)


def is_hostname(host: str) -> bool:
    """Whether ``host`` is a host name with a dot: labels of letters, digits and hyphens
    (international ones too), the last of two characters or more and not a number."""
    labels = host.split(".")
    if len(labels) < 2 or len(host) > 253:
        return False
    top = labels[-1]
    if len(top) < 2 or top.isdigit():
        return False
    if host.isascii():  # the usual case: one regex for all labels instead of a loop
        return _ASCII_HOST.fullmatch(host) is not None
    return all(
        0 < len(label) <= 63
        and not label.startswith("-")
        and not label.endswith("-")
        and all(c.isalnum() or c == "-" for c in label)
        for label in labels
    )


def is_valid_email(text: str) -> bool:
    """Whether ``text`` looks like an email address (international domains allowed)."""
    if len(text) > 254:
        return False
    if text.isascii():
        return _ASCII_EMAIL.fullmatch(text) is not None
    if not is_plain(text) or text.count("@") != 1:
        return False
    local, domain = text.split("@")
    return bool(local) and is_hostname(domain)


def is_valid_phone(text: str) -> bool:
    """Whether ``text`` is a phone number: digits, spaces, ``-``, ``(``, ``)``, a leading
    ``+``, and at least PHONE_MIN_DIGITS digits."""
    return _PHONE.fullmatch(text) is not None


def is_valid_website(text: str) -> bool:
    """Whether ``text`` is an http(s) URL or a bare host such as ``www.example.fi``.

    A path may follow the host; the host needs a dot and may carry a port.
    """
    if not text or not is_plain(text):
        return False
    rest = text
    if "://" in text:
        scheme, rest = text.split("://", 1)
        if scheme.lower() not in {"http", "https"}:
            return False
    if rest.isascii():
        found = _ASCII_SITE.fullmatch(rest)
        return found is not None and len(found[1]) <= 253
    netloc = _PATH_START.split(rest, maxsplit=1)[0]
    host, colon, port = netloc.partition(":")
    if colon and not _PORT.fullmatch(port):
        return False
    return is_hostname(host)


__all__ = [
    "PHONE_MIN_DIGITS",
    "is_hostname",
    "is_plain",
    "is_valid_email",
    "is_valid_phone",
    "is_valid_website",
]
