"""Euro amounts and per cent shares: read as people type them, shown as the UI language writes.

An amount may be typed with spaces, commas or dots between thousands and a comma or a dot
before the cents: "1 250 000", "1250000,50", "1,250,000.50" and "1.250.000,50" all read.
One separator followed by exactly three digits groups thousands ("1,250" is 1250 euros,
never 1.25: an amount has two decimals at most); followed by one or two digits it starts
the cents. A share is a number from 0 to 100 whose only separator is its decimal one.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QLocale

from aspdesk.app.locales import ui_locale

# Spaces people and locales put between thousands: plain, no-break, narrow and thin.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_CURRENCY = re.compile(r"^(?:€|eur)|(?:€|eur|euroa|euros?)$", re.IGNORECASE)
_PERCENT_SIGN = re.compile(r"%$")
_DIGITS = re.compile(r"[0-9]+")
_GROUPED = {sep: re.compile(r"[0-9]{1,3}(?:" + re.escape(sep) + r"[0-9]{3})+") for sep in ",."}
# Per cent shares and amounts keep two decimals (cents, hundredths of a per cent).
DECIMALS = 2


def _signed(text: str) -> tuple[str, str]:
    """The sign ("" or "-") and the rest of ``text``; U+2212 is a minus too."""
    text = text.replace("\u2212", "-")
    if text[:1] in {"+", "-"}:
        return text[:1].replace("+", ""), text[1:]
    return "", text


def _whole(text: str, separator: str) -> str:
    """The digits of ``text`` whose thousands may be grouped with ``separator``."""
    if _DIGITS.fullmatch(text):
        return text
    if separator and _GROUPED[separator].fullmatch(text):
        return text.replace(separator, "")
    raise ValueError(text)


def parse_amount(text: str) -> float | None:
    """The amount typed in ``text`` (None when empty); ValueError when it is not one."""
    cleaned = _SPACES.sub("", text)
    cleaned = _CURRENCY.sub("", cleaned)
    if not cleaned:
        return None
    sign, cleaned = _signed(cleaned)
    if not cleaned:
        raise ValueError(text)
    commas, dots = cleaned.count(","), cleaned.count(".")
    fraction = ""
    if commas and dots:
        # Both: the last one starts the cents, the other groups thousands.
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group = "." if decimal == "," else ","
        if cleaned.count(decimal) != 1:
            raise ValueError(text)
        head, _, fraction = cleaned.partition(decimal)
        whole = _whole(head, group)
    elif commas or dots:
        separator = "," if commas else "."
        head, _, tail = cleaned.rpartition(separator)
        if commas + dots == 1 and len(tail) != 3:
            whole, fraction = _whole(head, ""), tail
        else:
            whole = _whole(cleaned, separator)
    else:
        whole = _whole(cleaned, "")
    if fraction and not (_DIGITS.fullmatch(fraction) and len(fraction) <= DECIMALS):
        raise ValueError(text)
    return float(f"{sign}{whole}.{fraction or '0'}")


def parse_percent(text: str) -> float | None:
    """The share typed in ``text`` (None when empty); ValueError when it is not a number
    with two decimals at most. Whether it is from 0 to 100 is for validation to say."""
    cleaned = _PERCENT_SIGN.sub("", _SPACES.sub("", text))
    if not cleaned:
        return None
    sign, cleaned = _signed(cleaned)
    whole, _, fraction = cleaned.replace(",", ".").partition(".")
    if not _DIGITS.fullmatch(whole) or (fraction and not _DIGITS.fullmatch(fraction)):
        raise ValueError(text)
    if len(fraction) > DECIMALS or cleaned.endswith((".", ",")):
        raise ValueError(text)
    return float(f"{sign}{whole}.{fraction or '0'}")


def format_amount(value: float | None, language: str) -> str:
    """``value`` euros grouped in thousands as the UI language writes them; "" for None.

    Whole euros show no decimals ("1 250 000"), any cents show two ("1 250 000,50").
    """
    if value is None:
        return ""
    if not math.isfinite(value):  # a typed 400 nines; the form says it is too big
        return str(value)
    decimals = 0 if round(value, DECIMALS) == round(value) else DECIMALS
    return ui_locale(language).toString(float(value), "f", decimals)


def format_percent(value: float | None, language: str) -> str:
    """A share with at most two decimals and no trailing zeros ("12,5", "40"); "" for None."""
    if value is None:
        return ""
    locale = ui_locale(language)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", DECIMALS)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text
