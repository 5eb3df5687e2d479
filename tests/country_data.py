"""Writes ``aspdesk/domain/country_names.json``: the names of countries, from CLDR via Babel.

    python -m tests.country_data           # rewrite the file
    python -m tests.country_data --print   # print it instead

Babel is a test dependency (the ``test`` extra), not a runtime one: the app reads only the
small file this writes (see ``aspdesk/domain/country_names.py`` for why).
``tests/unit/test_country_data.py`` fails when the committed file is not what this writes,
so a Babel upgrade that brings new CLDR names shows up as a failing test, not as a drift.

Which codes: every two-letter territory CLDR names, less those below, which must come out
as exactly the codes a map or a programme file can hold (``COUNTRY_CODES``, the officially
assigned ISO 3166-1 codes, and ``EXTRA_COUNTRY_CODES``, Kosovo's XK). When a CLDR release
adds a territory, writing stops and says which, so that someone decides where it belongs.

What is changed from CLDR, and why (each change names the CLDR text it replaces, so a new
CLDR text stops the writing instead of being overwritten unseen):

* English "&" is written "and" ("Bosnia and Herzegovina"): CLDR abbreviates for menus, but
  these names go into partner tables of funding applications, where the EU and ISO spell
  "and" (as aspdesk's own table did before CLDR).
* GB in Finnish: CLDR says "Iso-Britannia", Great Britain, the island without Northern
  Ireland, while the code (and CLDR's English, "United Kingdom") is the whole state; the
  EU's Finnish drafting guide says to call the state "Yhdistynyt kuningaskunta", not
  "Iso-Britannia", and so did aspdesk's own table before CLDR. Swedish keeps CLDR's
  "Storbritannien", which Swedish usage gives the whole state; the Swedish translation
  may decide otherwise (EU texts write "Förenade kungariket").
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from babel import Locale
from babel.core import get_cldr_version

from aspdesk.analysis.consortium.rules import EXTRA_COUNTRY_CODES
from aspdesk.domain.countries import COUNTRY_CODES

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "aspdesk" / "domain" / "country_names.json"
LANGUAGES = ("en", "fi", "sv")

# CLDR's two-letter territories that are not countries a map can hold.
NOT_COUNTRIES = {
    "EU": "the European Union",
    "EZ": "the euro area",
    "UN": "the United Nations",
    "QO": "Outlying Oceania, CLDR's group of small islands",
    "XA": "a pseudo-locale for testing (accents)",
    "XB": "a pseudo-locale for testing (right to left)",
    "ZZ": "Unknown Region",
}
# ISO 3166-1's exceptionally reserved codes for parts of countries (Ascension Island,
# Clipperton, Sark, Diego Garcia, Ceuta and Melilla, the Canary Islands, Tristan da Cunha):
# an actor's country is validated against the assigned codes, so no map holds these.
RESERVED = frozenset({"AC", "CP", "CQ", "DG", "EA", "IC", "TA"})

# (language, code): (CLDR's name, ours); why is in the docstring.
CORRECTIONS = {
    ("fi", "GB"): ("Iso-Britannia", "Yhdistynyt kuningaskunta"),
}
# The words that replace "&" in a language's names (only English has any).
AND = {"en": "and"}

ABOUT = (
    "Names of countries by ISO 3166-1 alpha-2 code (and XK, Kosovo), in the languages "
    "aspdesk speaks or will. Made from CLDR by python -m tests.country_data, which says what "
    "it leaves out and corrects; do not edit by hand. Read by aspdesk.domain.country_names."
)


class CountryDataError(Exception):
    """CLDR's data no longer fits what this script expects; someone must decide."""


def _codes(territories: dict[str, str]) -> list[str]:
    two_letter = {code for code in territories if len(code) == 2 and code.isalpha()}
    kept = two_letter - set(NOT_COUNTRIES) - RESERVED
    wanted = COUNTRY_CODES | EXTRA_COUNTRY_CODES
    if kept != wanted:
        raise CountryDataError(
            f"CLDR names {sorted(kept - wanted)} that a map cannot hold, and lacks "
            f"{sorted(wanted - kept)}: decide in tests/country_data.py"
        )
    return sorted(kept)


def _name(language: str, code: str, cldr: str) -> str:
    correction = CORRECTIONS.get((language, code))
    if correction is not None:
        expected, ours = correction
        if cldr != expected:
            raise CountryDataError(
                f"CLDR's {language} name of {code} is now {cldr!r}, not {expected!r}: "
                "check the correction in tests/country_data.py"
            )
        return ours
    if "&" in cldr:
        if language not in AND:
            raise CountryDataError(f"{language} name of {code} has '&': {cldr!r}")
        return cldr.replace(" & ", f" {AND[language]} ")
    return cldr


def names() -> dict[str, dict[str, str]]:
    """language -> code -> name, for every code a map can hold."""
    by_language = {language: Locale.parse(language).territories for language in LANGUAGES}
    codes = _codes(dict(by_language["en"]))
    found: dict[str, dict[str, str]] = {}
    for language, territories in by_language.items():
        missing = [code for code in codes if code not in territories]
        if missing:
            raise CountryDataError(f"CLDR has no {language} name for {missing}")
        found[language] = {code: _name(language, code, territories[code]) for code in codes}
    return found


def text() -> str:
    """The file as it should be: one name a line, so that a changed name is one line."""
    data = {"about": ABOUT, "cldr": get_cldr_version(), "names": names()}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print the file, write nothing")
    made = text()
    if parser.parse_args().print:
        print(made, end="")
        return
    OUTPUT.write_text(made, encoding="utf-8")
    print(f"Wrote {OUTPUT.relative_to(ROOT)} ({len(made.encode())} bytes)")


if __name__ == "__main__":
    main()
