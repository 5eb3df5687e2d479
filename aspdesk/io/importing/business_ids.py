"""A business ID (Y-tunnus) as a spreadsheet gives it: read in its standard form, or why not.

Excel keeps "0245437-2" as the number 2454372 when a user typed it without the hyphen,
registers write the VAT form "FI02454372", people type spaces. :func:`read_business_id`
turns each into ``NNNNNNN-C`` when the check digit then fits, with a note for the user
that says what was read as what; a value that does not become a business ID stays as it
was, with a problem that says what is wrong with it: the check digit of what it would be
read as, or how many digits it has. A value written as a business ID but with a wrong
check digit, or with letters in it, is left to the checks the actor form makes, so the
message is the form's.
"""

from __future__ import annotations

from dataclasses import field

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.validation import business_id_digits, business_id_reading

READ_AS = QT_TRANSLATE_NOOP("io", "Business ID {value} read as {read}.")
CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "io",
    "“{value}” would be the business ID {read}, but its check digit (the last digit) does "
    "not match the first seven digits. Check the number.",
)
DIGIT_COUNT = QT_TRANSLATE_NOOP(
    "io",
    "“{value}” has {count} digits, but a business ID has eight: seven digits, a hyphen and "
    "a check digit, such as 1234567-8.",
)
# Leading zeros a number cell may have lost: a business ID has eight digits, and no
# issued one starts with more than two zeros.
_FEWEST_DIGITS = 6


@record
class BusinessIdCell:
    """A business ID cell as read: the value to keep, and a note or a problem about it.

    ``note`` and ``problem`` are a message marked in the "io" context with its values.
    """

    value: str
    note: tuple[str, dict[str, str]] | None = None
    problem: tuple[str, dict[str, str]] | None = field(default=None)


def read_business_id(text: str) -> BusinessIdCell:
    """The business ID written as ``text`` (a cell's text, stripped), with what was done."""
    reading = business_id_reading(text)
    if reading is not None:
        if reading == text:
            return BusinessIdCell(reading)
        return BusinessIdCell(reading, note=(READ_AS, {"value": text, "read": reading}))
    digits = business_id_digits(text)
    if _FEWEST_DIGITS <= len(digits) <= 8:
        padded = digits.zfill(8)
        read = f"{padded[:7]}-{padded[7]}"
        if read == text:
            return BusinessIdCell(text)
        return BusinessIdCell(text, problem=(CHECK_DIGIT, {"value": text, "read": read}))
    if digits:
        count = str(len(digits))
        return BusinessIdCell(text, problem=(DIGIT_COUNT, {"value": text, "count": count}))
    return BusinessIdCell(text)


__all__ = ["BusinessIdCell", "read_business_id"]
