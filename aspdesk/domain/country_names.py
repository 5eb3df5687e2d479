"""Names of countries in English, Finnish and Swedish, for partner tables and consortium sentences.

Maps store a country as its ISO 3166-1 alpha-2 code. A partner table or a sentence such
as "Would add Spain." needs the name in the UI language, and Qt names territories in
English only. The names come from CLDR, the Unicode consortium's locale data, through
Babel, but Babel is not a dependency of the app: ``python -m tests.country_data`` writes
them into ``country_names.json`` beside this module, and a test fails when that file is
not what CLDR gives today. Every code a map can hold (the 249 officially assigned codes of
ISO 3166-1, and XK for Kosovo) has a name in each language; any other code is shown as
it is. The script's docstring says what it leaves out of CLDR and what it corrects.

Why not Babel at run time: its wheel (2.19.0) is 10,983,582 bytes and installs 34,073,665
bytes (with its bytecode), nearly all of it locale data (32,442,912 bytes for 1,147 locales
of 331 languages), to answer one question in three languages. Our file is 19,884 bytes
(4,572 gzipped), loads in about 0.3 ms where Babel takes about 27 ms to load its three
locales, and grows by one block of names when another language comes.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

NAMES_FILE = "country_names.json"
FALLBACK_LANGUAGE = "en"


@cache
def _names() -> dict[str, dict[str, str]]:
    """language -> code -> name, read from the data file once."""
    data = json.loads(files("aspdesk.domain").joinpath(NAMES_FILE).read_text(encoding="utf-8"))
    names: dict[str, dict[str, str]] = data["names"]
    return names


def country_name(code: str, language: str = "en") -> str:
    """The name of the country ``code`` in ``language`` ("en", "fi" or "sv"), else the code.

    The code is compared in capitals with spaces trimmed; "" stays "". A language without
    names gets the English ones.
    """
    key = code.strip().upper()
    names = _names()
    return names.get(language, names[FALLBACK_LANGUAGE]).get(key, key)


def country_with_code(code: str, language: str = "en") -> str:
    """ "Spain (ES)": the name and the code, or the code alone when no name is known."""
    key = code.strip().upper()
    name = country_name(key, language)
    return f"{name} ({key})" if name != key else key


# The codes that have names (for tests and for code that wants to know).
COUNTRY_CODES_NAMED: frozenset[str] = frozenset(_names()[FALLBACK_LANGUAGE])
