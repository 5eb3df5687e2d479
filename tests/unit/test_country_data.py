"""The country names shipped with aspdesk: what CLDR says today, for every code a map holds."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from aspdesk.analysis.consortium.rules import EXTRA_COUNTRY_CODES
from aspdesk.domain.countries import COUNTRY_CODES
from aspdesk.domain.country_names import COUNTRY_CODES_NAMED, country_name, country_with_code
from aspdesk.domain.data_files import resource

LANGUAGES = ("en", "fi", "sv")


def _codes_in(value: object) -> set[str]:
    """The country codes in a programme file's "countries" lists, wherever they are."""
    if isinstance(value, list):
        return set().union(*(_codes_in(v) for v in value))
    if not isinstance(value, dict):
        return set()
    found = {
        code
        for code in value.get("countries", [])
        if isinstance(code, str) and len(code) == 2 and code.isupper()
    }
    return found.union(*(_codes_in(v) for v in value.values()))


def test_the_file_is_what_cldr_gives_today() -> None:
    pytest.importorskip("babel")
    from tests import country_data

    assert country_data.OUTPUT.read_text(encoding="utf-8") == country_data.text(), (
        "aspdesk/domain/country_names.json is stale: run python -m tests.country_data"
    )


def test_every_code_a_map_or_programme_holds_has_a_name_in_every_language() -> None:
    # Read as the app reads it, through the package; no Babel needed.
    text = files("aspdesk.domain").joinpath("country_names.json").read_text(encoding="utf-8")
    names = json.loads(text)["names"]
    assert sorted(names) == sorted(LANGUAGES)
    assert COUNTRY_CODES_NAMED == COUNTRY_CODES | EXTRA_COUNTRY_CODES
    for language in LANGUAGES:
        assert set(names[language]) == COUNTRY_CODES_NAMED, language
        assert all(name and name != code for code, name in names[language].items()), language
    named_by_programmes = set().union(
        *(
            _codes_in(json.loads(file.read_text(encoding="utf-8")))
            for file in resource("programmes").iterdir()
            if file.name.endswith(".json")
        )
    )
    assert named_by_programmes and named_by_programmes <= COUNTRY_CODES_NAMED


def test_names_read_like_a_funding_application() -> None:
    # CLDR's "&" and the Finnish "Iso-Britannia" (Great Britain) are corrected on writing.
    assert country_name("BA") == "Bosnia and Herzegovina"
    assert country_name("SJ") == "Svalbard and Jan Mayen"
    assert country_name("GB", "fi") == "Yhdistynyt kuningaskunta"
    assert all("&" not in country_name(code, "en") for code in COUNTRY_CODES_NAMED)
    assert (country_name("CZ"), country_name("CZ", "fi")) == ("Czechia", "Tšekki")
    assert (country_name("TR"), country_name("TR", "fi")) == ("Türkiye", "Turkki")
    assert (country_name("KR"), country_name("KR", "fi")) == ("South Korea", "Etelä-Korea")


def test_swedish_names_and_unknown_languages() -> None:
    assert country_name("FI", "sv") == "Finland"
    assert country_name("AX", "sv") == "Åland"
    assert country_with_code(" ax ", "sv") == "Åland (AX)"
    assert country_name("DE", "sv") == "Tyskland"
    assert country_name("DE", "de") == "Germany", "a language without names gets English"


def test_codes_that_are_not_countries_are_shown_as_they_are() -> None:
    for code in ("ZZ", "EU", "UN", "IC", "XA", "150", "UK", "EL"):
        assert country_name(code, "fi") == code
        assert country_with_code(code) == code
    assert country_name(" gb ") == "United Kingdom"
