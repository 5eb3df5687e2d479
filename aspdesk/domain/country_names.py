"""Names of countries in English and Finnish, for partner tables and consortium sentences.

Maps store a country as its ISO 3166-1 alpha-2 code. A partner table or a sentence such
as "Would add Spain." needs the name in the UI language; Qt names territories in English
only, so the names are kept here, as the vocabularies keep their labels. The list covers
Europe, the countries the programme files name (Horizon Europe's associated countries,
the Interreg areas) and the usual partners further away; any other code is shown as it is.
"""

from __future__ import annotations

# code: (English, Finnish)
_NAMES: dict[str, tuple[str, str]] = {
    "AD": ("Andorra", "Andorra"),
    "AL": ("Albania", "Albania"),
    "AM": ("Armenia", "Armenia"),
    "AT": ("Austria", "Itävalta"),
    "AU": ("Australia", "Australia"),
    "AX": ("Åland Islands", "Ahvenanmaa"),
    "AZ": ("Azerbaijan", "Azerbaidžan"),
    "BA": ("Bosnia and Herzegovina", "Bosnia ja Hertsegovina"),
    "BE": ("Belgium", "Belgia"),
    "BG": ("Bulgaria", "Bulgaria"),
    "BR": ("Brazil", "Brasilia"),
    "BY": ("Belarus", "Valko-Venäjä"),
    "CA": ("Canada", "Kanada"),
    "CH": ("Switzerland", "Sveitsi"),
    "CL": ("Chile", "Chile"),
    "CN": ("China", "Kiina"),
    "CY": ("Cyprus", "Kypros"),
    "CZ": ("Czechia", "Tšekki"),
    "DE": ("Germany", "Saksa"),
    "DK": ("Denmark", "Tanska"),
    "EE": ("Estonia", "Viro"),
    "EG": ("Egypt", "Egypti"),
    "ES": ("Spain", "Espanja"),
    "FI": ("Finland", "Suomi"),
    "FO": ("Faroe Islands", "Färsaaret"),
    "FR": ("France", "Ranska"),
    "GB": ("United Kingdom", "Yhdistynyt kuningaskunta"),
    "GE": ("Georgia", "Georgia"),
    "GL": ("Greenland", "Grönlanti"),
    "GR": ("Greece", "Kreikka"),
    "HR": ("Croatia", "Kroatia"),
    "HU": ("Hungary", "Unkari"),
    "IE": ("Ireland", "Irlanti"),
    "IL": ("Israel", "Israel"),
    "IN": ("India", "Intia"),
    "IS": ("Iceland", "Islanti"),
    "IT": ("Italy", "Italia"),
    "JP": ("Japan", "Japani"),
    "KR": ("Republic of Korea", "Korean tasavalta"),
    "LI": ("Liechtenstein", "Liechtenstein"),
    "LT": ("Lithuania", "Liettua"),
    "LU": ("Luxembourg", "Luxemburg"),
    "LV": ("Latvia", "Latvia"),
    "MA": ("Morocco", "Marokko"),
    "MC": ("Monaco", "Monaco"),
    "MD": ("Moldova", "Moldova"),
    "ME": ("Montenegro", "Montenegro"),
    "MK": ("North Macedonia", "Pohjois-Makedonia"),
    "MT": ("Malta", "Malta"),
    "NL": ("Netherlands", "Alankomaat"),
    "NO": ("Norway", "Norja"),
    "NZ": ("New Zealand", "Uusi-Seelanti"),
    "PL": ("Poland", "Puola"),
    "PT": ("Portugal", "Portugali"),
    "RO": ("Romania", "Romania"),
    "RS": ("Serbia", "Serbia"),
    "RU": ("Russia", "Venäjä"),
    "SE": ("Sweden", "Ruotsi"),
    "SG": ("Singapore", "Singapore"),
    "SI": ("Slovenia", "Slovenia"),
    "SJ": ("Svalbard and Jan Mayen", "Huippuvuoret ja Jan Mayen"),
    "SK": ("Slovakia", "Slovakia"),
    "SM": ("San Marino", "San Marino"),
    "TN": ("Tunisia", "Tunisia"),
    "TR": ("Türkiye", "Turkki"),
    "UA": ("Ukraine", "Ukraina"),
    "US": ("United States", "Yhdysvallat"),
    "VA": ("Vatican City", "Vatikaani"),
    "XK": ("Kosovo", "Kosovo"),
    "ZA": ("South Africa", "Etelä-Afrikka"),
}


def country_name(code: str, language: str = "en") -> str:
    """The name of the country ``code`` in ``language`` ("fi" or "en"), else the code.

    The code is compared in capitals with spaces trimmed; "" stays "".
    """
    key = code.strip().upper()
    names = _NAMES.get(key)
    if names is None:
        return key
    return names[1] if language == "fi" else names[0]


def country_with_code(code: str, language: str = "en") -> str:
    """ "Spain (ES)": the name and the code, or the code alone when no name is known."""
    key = code.strip().upper()
    name = country_name(key, language)
    return f"{name} ({key})" if name != key else key


# The codes that have names here (for tests and for code that wants to know).
COUNTRY_CODES_NAMED = frozenset(_NAMES)
