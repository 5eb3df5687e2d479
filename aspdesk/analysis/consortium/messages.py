"""The sentences of the consortium builder, as English templates marked for translation.

Each is translated in the "consortium" context and then filled with its values (see
:class:`Sentence`). Sentences that list partners end in a colon and the names, so that one
form serves one partner and many. The texts of a programme file (its name, notes, rule
descriptions, country-set names) are not here: the file carries them in Finnish and English
itself, because users edit it and the translation tool cannot see it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from aspdesk.domain.text import QT_TRANSLATE_NOOP

CONSORTIUM_CONTEXT = "consortium"

Translate = Callable[[str, str], str]


class Sentence(NamedTuple):
    """An English template marked for translation and the values that fill it."""

    template: str
    values: Mapping[str, str]

    def text(self, translate: Translate | None = None) -> str:
        """The sentence, translated when ``translate`` (context, text) is given.

        Values go in after translation, so the Finnish sentence is found; a translation
        that lost a placeholder falls back to the English sentence.
        """
        translated = translate(CONSORTIUM_CONTEXT, self.template) if translate else self.template
        # A name ending in a full stop ("UK cluster org.") at the end of a sentence must
        # not give two: the value's own stop ends the sentence.
        values = {
            key: value[:-1] if value.endswith(".") and "{" + key + "}." in translated else value
            for key, value in self.values.items()
        }
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.values)


# Shown with every check: the rules are a summary kept by hand, not the call itself.
CHECK_THE_CALL = QT_TRANSLATE_NOOP(
    "consortium",
    "These rules are a summary kept in aspdesk, not the call itself. Check every rule "
    "against the call text and its eligibility conditions before you apply.",
)
RULES_CHECKED_ON = QT_TRANSLATE_NOOP(
    "consortium", "The rules of {programme} were last checked against their sources on {date}."
)

# --- the verdict over all rules ------------------------------------------------------------
NO_RULES = QT_TRANSLATE_NOOP(
    "consortium",
    "No eligibility rules are recorded for {programme}, so there is nothing to check here; "
    "read the call text.",
)
ALL_MET = QT_TRANSLATE_NOOP("consortium", "The consortium meets all {count} rules of {programme}.")
SOME_UNMET = QT_TRANSLATE_NOOP(
    "consortium", "The consortium does not meet {unmet} of the {count} rules of {programme}."
)

# --- one rule ------------------------------------------------------------------------------
PARTNERS = QT_TRANSLATE_NOOP(
    "consortium", "Partners that count here: {count}; at least {least} needed."
)
NOT_COUNTED = QT_TRANSLATE_NOOP(
    "consortium", "Not counted here because of their role in the consortium: {names}."
)

COUNTRIES = QT_TRANSLATE_NOOP(
    "consortium",
    "Different countries among the partners that count here: {count} ({countries}); "
    "at least {least} needed.",
)
COUNTRIES_NONE = QT_TRANSLATE_NOOP(
    "consortium",
    "Different countries among the partners that count here: none yet; at least {least} needed.",
)
OUTSIDE_SET = QT_TRANSLATE_NOOP(
    "consortium", "Not counted here, as their countries are not in {allowed}: {names}."
)
NO_COUNTRY = QT_TRANSLATE_NOOP("consortium", "No country is given for: {names}.")

ALLOWED_MET = QT_TRANSLATE_NOOP("consortium", "Every partner that counts here is in {allowed}.")
ALLOWED_UNMET = QT_TRANSLATE_NOOP("consortium", "Not in {allowed}: {names}.")
ON_CONDITION = QT_TRANSLATE_NOOP("consortium", "Allowed only on a condition ({names}): {condition}")

IN_SET = QT_TRANSLATE_NOOP(
    "consortium", "Partners in {allowed}: {count} ({names}); at least {least} needed."
)
IN_SET_NONE = QT_TRANSLATE_NOOP(
    "consortium", "Partners in {allowed}: none yet; at least {least} needed."
)

KIND = QT_TRANSLATE_NOOP(
    "consortium", "Partners of the kind {kinds}: {count} ({names}); at least {least} needed."
)
KIND_NONE = QT_TRANSLATE_NOOP(
    "consortium", "Partners of the kind {kinds}: none yet; at least {least} needed."
)
DOES_NOT_APPLY = QT_TRANSLATE_NOOP(
    "consortium", "This rule does not apply: no partner that counts is of the kind {kinds}."
)

COORDINATOR_MET = QT_TRANSLATE_NOOP(
    "consortium", "The coordinator {name} is in {country}, one of {allowed}."
)
COORDINATOR_OUTSIDE = QT_TRANSLATE_NOOP(
    "consortium", "The coordinator {name} is in {country}, which is not one of {allowed}."
)
COORDINATOR_NONE = QT_TRANSLATE_NOOP(
    "consortium",
    "No partner is marked as the coordinator yet; the coordinator must be in {allowed}.",
)
COORDINATORS_MANY = QT_TRANSLATE_NOOP(
    "consortium", "More than one partner is marked as the coordinator: {names}."
)

PIC_MET = QT_TRANSLATE_NOOP("consortium", "Every partner that counts here has a PIC.")
PIC_NOBODY = QT_TRANSLATE_NOOP("consortium", "No partner that counts here yet.")
PIC_MISSING = QT_TRANSLATE_NOOP("consortium", "No PIC yet: {names}.")
PIC_MALFORMED = QT_TRANSLATE_NOOP("consortium", "A PIC has nine digits; check the PIC of: {names}.")

# --- why an actor is suggested -------------------------------------------------------------
WOULD_ADD_PARTNER = QT_TRANSLATE_NOOP(
    "consortium", "Would raise the partners that count here to {count}; at least {least} needed."
)
WOULD_ADD_COUNTRY = QT_TRANSLATE_NOOP("consortium", "Would add {country}.")
WOULD_ADD_IN_SET = QT_TRANSLATE_NOOP("consortium", "Would add a partner in {allowed}: {country}.")
WOULD_ADD_KIND = QT_TRANSLATE_NOOP("consortium", "Would add a partner of the kind {kind}.")
COULD_COORDINATE = QT_TRANSLATE_NOOP("consortium", "Could be the coordinator: based in {country}.")
TIED_TO_ONE = QT_TRANSLATE_NOOP("consortium", "Tied to {name} in the consortium.")
TIED_TO_TWO = QT_TRANSLATE_NOOP("consortium", "Tied to {name} and {other} in the consortium.")
TIED_TO_MANY = QT_TRANSLATE_NOOP(
    "consortium", "Tied to {name} and {others} other partners in the consortium."
)
NOT_TIED = QT_TRANSLATE_NOOP("consortium", "Not yet tied to any partner in the consortium.")
IN_CLUSTER_WITH_ONE = QT_TRANSLATE_NOOP("consortium", "In the cluster {cluster} with {name}.")
IN_CLUSTER_WITH_MANY = QT_TRANSLATE_NOOP(
    "consortium", "In the cluster {cluster} with {count} partners: {names}."
)

# --- reading programme files ---------------------------------------------------------------
CANNOT_READ = QT_TRANSLATE_NOOP("consortium", "The programme file cannot be read: {detail}")
TOO_BIG = QT_TRANSLATE_NOOP(
    "consortium", "The file is larger than {limit} and is not read as a programme."
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "consortium", "The file is not valid JSON at line {line}, column {column}: {detail}"
)
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "consortium",
    "The file is written in format {format}, which this version of aspdesk does not know "
    "(it reads format {known}).",
)
NOT_A_PROGRAMME = QT_TRANSLATE_NOOP(
    "consortium",
    "The file does not hold a programme: it must hold one object, written in curly brackets.",
)
MISSING = QT_TRANSLATE_NOOP("consortium", "The field {field} is missing.")
TWICE = QT_TRANSLATE_NOOP("consortium", "The field {field} is written twice.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "consortium", "The field {field} is not known here; the known fields are: {known}."
)
MUST_BE_OBJECT = QT_TRANSLATE_NOOP(
    "consortium", "The field {field} must be an object, written in curly brackets."
)
MUST_BE_LIST = QT_TRANSLATE_NOOP(
    "consortium", "The field {field} must be a list, written in square brackets."
)
MUST_BE_TEXT = QT_TRANSLATE_NOOP(
    "consortium", "The field {field} must be a text that is not empty."
)
MUST_BE_COUNT = QT_TRANSLATE_NOOP(
    "consortium", "The field {field} must be a whole number of at least {least}."
)
MUST_BE_DATE = QT_TRANSLATE_NOOP(
    "consortium", "The field {field} must be a date written as YYYY-MM-DD, not {value}."
)
NEEDS_LANGUAGE = QT_TRANSLATE_NOOP(
    "consortium", "The field {field} needs a text in the language {language}."
)
BAD_ID = QT_TRANSLATE_NOOP(
    "consortium",
    "The field {field} must be an id of letters a-z, digits, '-' and '_', not {value}.",
)
UNKNOWN_RULE_KIND = QT_TRANSLATE_NOOP(
    "consortium", "The rule kind {value} in {field} is not known; the known kinds are: {known}."
)
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
    "consortium",
    "The field {field} names {value}, which is neither a two-letter country code in capitals "
    "nor a country set of this file.",
)
UNKNOWN_ROLE = QT_TRANSLATE_NOOP(
    "consortium", "The field {field} names {value}, which is not a role; the roles are: {known}."
)
RESERVED_SET = QT_TRANSLATE_NOOP(
    "consortium", "The country set {value} is built in and cannot be redefined in {field}."
)
SAME_RULE_ID = QT_TRANSLATE_NOOP("consortium", "Two rules have the id {value}.")
SAME_PROGRAMME_ID = QT_TRANSLATE_NOOP(
    "consortium", "The programme id {value} is also used by {other}."
)
