"""Checks of entities before they are stored, with messages for the user.

Each ``validate_*`` function returns a list of :class:`FieldError`, at most one per field,
in the order of the entity's fields; an empty list means the entity may be stored. Codes
(actor kinds, roles, ...) are checked against the codes a map knows, passed in by the
caller. Messages are English templates marked for translation; see :meth:`FieldError.text`.

``pyside6-lupdate`` only collects ``QT_TRANSLATE_NOOP`` calls whose arguments are both
string literals, so the context is written out as ``"validation"`` rather than as
``VALIDATION_CONTEXT`` (a unit test checks that the two are equal).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date
from itertools import compress, repeat
from operator import mul

from aspdesk.domain.addresses import (
    PHONE_MIN_DIGITS,
    is_valid_email,
    is_valid_phone,
    is_valid_website,
)
from aspdesk.domain.countries import COUNTRY_CODES
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Entity,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
    field_reader,
    format_tags,
)
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP, VALIDATION_CONTEXT
from aspdesk.domain.vocabulary import Vocabulary

NAME_MAX_LENGTH = 300
SHORT_NAME_MAX_LENGTH = 60
TAG_MAX_LENGTH = 60
STRENGTH_MIN = 1
STRENGTH_MAX = 5
# Far above any project's budget; past it a typo (or 400 nines, which is infinity to a
# float) would reach files where infinity cannot be written.
AMOUNT_MAX = 1e12
# Text fields that may hold several lines (and tabs); all other text fields are one line.
MULTILINE_FIELDS = frozenset({"description", "notes", "source_info"})

NAME_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter a name.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "Use at most {max} characters.")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "validation", "Remove the control character at position {position}."
)
UNKNOWN_KIND = QT_TRANSLATE_NOOP("validation", "Choose a kind of actor from the list.")
UNKNOWN_SIZE_CLASS = QT_TRANSLATE_NOOP("validation", "Choose a size class from the list.")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("validation", "Choose a role from the list.")
UNKNOWN_TYPE = QT_TRANSLATE_NOOP("validation", "Choose a relationship type from the list.")
BUSINESS_ID_FORMAT = QT_TRANSLATE_NOOP(
    "validation",
    "Write the business ID as seven digits, a hyphen and a check digit, such as 1234567-8.",
)
BUSINESS_ID_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "validation",
    "The check digit (the last digit) of this business ID does not match the first seven "
    "digits. Check the number.",
)
COUNTRY = QT_TRANSLATE_NOOP("validation", "Use a two-letter country code such as FI, SE or NO.")
EMAIL = QT_TRANSLATE_NOOP("validation", "Enter an email address such as name@example.fi.")
PHONE = QT_TRANSLATE_NOOP(
    "validation",
    "Enter a phone number of at least {min} digits, using only digits, spaces, +, -, ( and ).",
)
WEBSITE = QT_TRANSLATE_NOOP("validation", "Enter a web address such as www.example.fi.")
COLOUR = QT_TRANSLATE_NOOP("validation", "Use a colour in the form #RRGGBB, such as #1F77B4.")
TAG_TOO_LONG = QT_TRANSLATE_NOOP("validation", "Shorten the tag “{tag}” to {max} characters.")
END_BEFORE_START = QT_TRANSLATE_NOOP("validation", "The end date cannot be before the start date.")
ACTOR_REQUIRED = QT_TRANSLATE_NOOP("validation", "Choose an actor.")
CLUSTER_REQUIRED = QT_TRANSLATE_NOOP("validation", "Choose a cluster.")
SELF_RELATION = QT_TRANSLATE_NOOP("validation", "An actor cannot have a relationship with itself.")
STRENGTH = QT_TRANSLATE_NOOP("validation", "Choose a strength from {min} to {max}.")
PIC_FORMAT = QT_TRANSLATE_NOOP(
    "validation",
    "Write the PIC (Participant Identification Code) as nine digits, such as 999999999.",
)
UNKNOWN_PROGRAMME = QT_TRANSLATE_NOOP("validation", "Choose a funding programme from the list.")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("validation", "Choose a status from the list.")
UNKNOWN_PARTNER_ROLE = QT_TRANSLATE_NOOP("validation", "Choose a partner role from the list.")
PROJECT_REQUIRED = QT_TRANSLATE_NOOP("validation", "Choose a project.")
AMOUNT = QT_TRANSLATE_NOOP("validation", "Enter an amount in euros of 0 or more.")
AMOUNT_TOO_BIG = QT_TRANSLATE_NOOP(
    "validation", "Enter an amount in euros of at most {max} (a trillion)."
)
GRANT_OVER_BUDGET = QT_TRANSLATE_NOOP(
    "validation", "The grant cannot be more than the total budget ({budget} €)."
)
SHARE_RANGE = QT_TRANSLATE_NOOP("validation", "Enter a budget share from 0 to 100 %.")
SHARES_OVER_100 = QT_TRANSLATE_NOOP(
    "validation",
    "The budget shares of this project would come to {total} %; the other partners already "
    "have {others} %, so this share can be at most {left} %.",
)
PARTNER_TWICE = QT_TRANSLATE_NOOP("validation", "This actor is already a partner in this project.")


@record
class FieldError:
    """A problem with one field: its name, an English message template and its values."""

    field: str
    message: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message for the user, translated with ``translate(context, text)`` if given.

        A translation whose placeholders do not fit the values falls back to English.
        """
        values = dict(self.params)
        template = self.message
        if translate is not None:
            template = translate(VALIDATION_CONTEXT, self.message)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**values)


_BUSINESS_ID = re.compile(r"([0-9]{7})-([0-9])")
_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
# Unicode's control characters (category Cc) are exactly these two ranges; a multiline
# field allows line feeds and tabs. Found by a regex, checking 10,000 imported rows cost
# 0.1 s instead of 1.1 s (tests/unit/test_validation.py holds them to the definitions).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PIC = re.compile(r"[0-9]{9}")


def normalize_business_id(text: str) -> str:
    """``text`` without surrounding whitespace."""
    return text.strip()


def business_id_check_digit(digits: str) -> int | None:
    """The check digit of a Finnish business ID (Y-tunnus) whose first seven digits are ``digits``.

    ``None`` when no check digit fits (the weighted sum leaves a remainder of 1), as
    such numbers are never issued.
    """
    # An import checks each row's ID twice, reading it and validating the actor read:
    # the second time is the last ID checked, remembered.
    last_digits, last_check = _LAST_CHECKED[0]
    if digits == last_digits:
        return last_check
    # map() rather than a generator: the generator's frames were most of the cost.
    values = list(map(int, digits))
    if len(values) != len(_BUSINESS_ID_WEIGHTS):
        raise ValueError(f"a business ID has seven digits before its check digit: {digits!r}")
    remainder = int(sum(map(mul, values, _BUSINESS_ID_WEIGHTS))) % 11
    check = None if remainder == 1 else (11 - remainder) % 11
    _LAST_CHECKED[0] = (digits, check)
    return check


_LAST_CHECKED: list[tuple[str | None, int | None]] = [(None, None)]  # a pair replaced whole


def business_id_is_valid(text: str) -> bool:
    """Whether ``text`` (once normalised) is a Finnish business ID ``NNNNNNN-C``."""
    match = _BUSINESS_ID.fullmatch(normalize_business_id(text))
    return match is not None and business_id_check_digit(match[1]) == int(match[2])


# Hyphens a spreadsheet program or a word processor may put in place of "-" (an
# autocorrected en dash, a non-breaking hyphen, a minus sign).
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
# What is left of a business ID once spaces and a VAT prefix are gone: seven digits, a
# hyphen and the check digit, leading zeros perhaps lost ("245437-2"); or the eight
# digits without the hyphen, leading zeros perhaps lost too (a number cell: 2454372).
_WITH_HYPHEN = re.compile(r"([0-9]{5,7})-([0-9])")
_DIGITS_ONLY = re.compile(r"[0-9]{6,8}")


def business_id_reading(text: str) -> str | None:
    """The business ID ``NNNNNNN-C`` that ``text`` is written as in a spreadsheet, or None.

    Spreadsheets keep a business ID in many forms: without the hyphen ("02454372"), as
    a number that lost its leading zero (2454372), with spaces ("0245437 - 2"), in the
    VAT form ("FI02454372", "FI 0245437-2"). The reading is only a business ID when its
    check digit fits; anything else gives None, so nothing is guessed.
    """
    compact = "".join(text.translate(_DASHES).split())
    if compact[:2].upper() == "FI":
        compact = compact[2:]
    match = _WITH_HYPHEN.fullmatch(compact)
    if match is not None:
        digits, check = match[1].zfill(7), match[2]
    elif _DIGITS_ONLY.fullmatch(compact):
        padded = compact.zfill(8)
        digits, check = padded[:7], padded[7]
    else:
        return None
    if business_id_check_digit(digits) != int(check):
        return None
    return f"{digits}-{check}"


def business_id_digits(text: str) -> str:
    """The digits of what ``text`` would be as a business ID once read, "" when it has
    letters or marks no reading takes off (for saying why a reading failed)."""
    compact = "".join(text.translate(_DASHES).split())
    if compact[:2].upper() == "FI":
        compact = compact[2:]
    plain = compact.replace("-", "", 1) if compact.count("-") == 1 else compact
    return plain if plain.isdigit() else ""


def is_valid_colour(text: str) -> bool:
    """Whether ``text`` is a colour ``#RRGGBB``."""
    return _COLOUR.fullmatch(text) is not None


def _control_position(text: str, multiline: bool) -> int | None:
    """The 1-based position of the first control character not allowed in ``text``."""
    found = (_CONTROL_IN_LINES if multiline else _CONTROL).search(text)
    return None if found is None else found.start() + 1


class _Errors:
    """Collects the first error of each field and returns them in field order."""

    def __init__(self, entity: Entity) -> None:
        self._order, read = field_reader(type(entity))  # all at once: see entities
        self._errors: dict[str, FieldError] = {}
        values = read(entity)
        text = "".join(compress(values, map(isinstance, values, repeat(str))))
        if "tags" in self._order:  # checked as the text a user types
            text += format_tags(values[self._order.index("tags")])
        # No control character in any field, the usual case: one test in C. Printable
        # text has none; other text (a new line in a description) is searched.
        if text.isprintable() or _CONTROL.search(text) is None:
            return
        texts = dict(zip(self._order, values, strict=True))
        if "tags" in texts:
            texts["tags"] = format_tags(texts["tags"])
        for name, text in texts.items():
            if isinstance(text, str):
                position = _control_position(text, name in MULTILINE_FIELDS)
                if position is not None:
                    self.add(name, CONTROL_CHARACTER, position=position)

    def add(self, field: str, message: str, **params: object) -> None:
        if field not in self._errors:
            values = tuple((key, str(value)) for key, value in params.items())
            self._errors[field] = FieldError(field, message, values)

    def check_text(self, field: str, value: str, max_length: int, required: bool = False) -> None:
        if required and not value.strip():
            self.add(field, NAME_REQUIRED)
        elif len(value) > max_length:
            self.add(field, TOO_LONG, max=max_length)

    def dates(self, field: str, start: date | None, end: date | None) -> None:
        if start is not None and end is not None and end < start:
            self.add(field, END_BEFORE_START)

    def result(self) -> list[FieldError]:
        errors = self._errors
        if not errors:  # almost every row of an import: no walk over the fields
            return []
        return [errors[name] for name in self._order if name in errors]


def validate_actor(
    actor: Actor, known_kinds: Collection[str], known_size_classes: Collection[str]
) -> list[FieldError]:
    """The problems with ``actor``, given the actor kinds and size classes the map knows."""
    errors = _Errors(actor)
    errors.check_text("name", actor.name, NAME_MAX_LENGTH, required=True)
    errors.check_text("name_sv", actor.name_sv, NAME_MAX_LENGTH)
    errors.check_text("name_en", actor.name_en, NAME_MAX_LENGTH)
    errors.check_text("short_name", actor.short_name, SHORT_NAME_MAX_LENGTH)
    if actor.kind not in known_kinds:
        errors.add("kind", UNKNOWN_KIND)
    if actor.business_id and not business_id_is_valid(actor.business_id):
        if _BUSINESS_ID.fullmatch(normalize_business_id(actor.business_id)):
            errors.add("business_id", BUSINESS_ID_CHECK_DIGIT)
        else:
            errors.add("business_id", BUSINESS_ID_FORMAT)
    if actor.country not in COUNTRY_CODES:
        errors.add("country", COUNTRY)
    if actor.website and not is_valid_website(actor.website):
        errors.add("website", WEBSITE)
    if actor.email and not is_valid_email(actor.email):
        errors.add("email", EMAIL)
    if actor.phone and not is_valid_phone(actor.phone):
        errors.add("phone", PHONE, min=PHONE_MIN_DIGITS)
    if actor.size_class and actor.size_class not in known_size_classes:
        errors.add("size_class", UNKNOWN_SIZE_CLASS)
    for tag in actor.tags:
        if len(tag) > TAG_MAX_LENGTH:
            errors.add("tags", TAG_TOO_LONG, tag=tag, max=TAG_MAX_LENGTH)
    if actor.pic and not pic_is_valid(actor.pic):
        errors.add("pic", PIC_FORMAT)
    return errors.result()


def pic_is_valid(text: str) -> bool:
    """Whether ``text`` is a Participant Identification Code: nine digits, nothing else."""
    return _PIC.fullmatch(text) is not None


def validate_contact(contact: Contact) -> list[FieldError]:
    """The problems with ``contact``."""
    errors = _Errors(contact)
    errors.check_text("name", contact.name, NAME_MAX_LENGTH, required=True)
    if contact.email and not is_valid_email(contact.email):
        errors.add("email", EMAIL)
    if contact.phone and not is_valid_phone(contact.phone):
        errors.add("phone", PHONE, min=PHONE_MIN_DIGITS)
    return errors.result()


def validate_cluster(cluster: Cluster) -> list[FieldError]:
    """The problems with ``cluster``."""
    errors = _Errors(cluster)
    errors.check_text("name", cluster.name, NAME_MAX_LENGTH, required=True)
    errors.check_text("name_sv", cluster.name_sv, NAME_MAX_LENGTH)
    errors.check_text("name_en", cluster.name_en, NAME_MAX_LENGTH)
    errors.check_text("short_name", cluster.short_name, SHORT_NAME_MAX_LENGTH)
    if cluster.colour and not is_valid_colour(cluster.colour):
        errors.add("colour", COLOUR)
    errors.dates("end_date", cluster.start_date, cluster.end_date)
    return errors.result()


def validate_membership(membership: Membership, known_roles: Collection[str]) -> list[FieldError]:
    """The problems with ``membership``, given the cluster roles the map knows."""
    errors = _Errors(membership)
    if (membership.actor_id or 0) <= 0:
        errors.add("actor_id", ACTOR_REQUIRED)
    if (membership.cluster_id or 0) <= 0:
        errors.add("cluster_id", CLUSTER_REQUIRED)
    if membership.role not in known_roles:
        errors.add("role", UNKNOWN_ROLE)
    errors.dates("until", membership.since, membership.until)
    return errors.result()


def validate_relationship(
    relationship: Relationship, known_types: Collection[str]
) -> list[FieldError]:
    """The problems with ``relationship``, given the relationship types the map knows."""
    errors = _Errors(relationship)
    if (relationship.source_id or 0) <= 0:
        errors.add("source_id", ACTOR_REQUIRED)
    if (relationship.target_id or 0) <= 0:
        errors.add("target_id", ACTOR_REQUIRED)
    elif relationship.target_id == relationship.source_id:
        errors.add("target_id", SELF_RELATION)
    if relationship.type not in known_types:
        errors.add("type", UNKNOWN_TYPE)
    if not STRENGTH_MIN <= relationship.strength <= STRENGTH_MAX:
        errors.add("strength", STRENGTH, min=STRENGTH_MIN, max=STRENGTH_MAX)
    errors.dates("end_date", relationship.start_date, relationship.end_date)
    return errors.result()


def _percent(value: float) -> str:
    """A share as people write it: 12.5, 40 (no trailing zeros)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def validate_project(
    project: Project, vocab: Mapping[Vocabulary, Collection[str]]
) -> list[FieldError]:
    """The problems with ``project``, given the programmes and statuses the map knows."""
    errors = _Errors(project)
    errors.check_text("name", project.name, NAME_MAX_LENGTH, required=True)
    errors.check_text("acronym", project.acronym, SHORT_NAME_MAX_LENGTH)
    errors.check_text("call_id", project.call_id, NAME_MAX_LENGTH)
    if project.programme not in vocab.get(Vocabulary.PROGRAMME, ()):
        errors.add("programme", UNKNOWN_PROGRAMME)
    if project.status not in vocab.get(Vocabulary.PROJECT_STATUS, ()):
        errors.add("status", UNKNOWN_STATUS)
    for name in ("budget", "grant"):
        amount = getattr(project, name)
        if amount is not None and not amount >= 0:  # also refuses NaN
            errors.add(name, AMOUNT)
        elif amount is not None and amount > AMOUNT_MAX:  # also refuses infinity
            errors.add(name, AMOUNT_TOO_BIG, max="1 000 000 000 000")
    if (
        project.grant is not None
        and project.budget is not None
        and 0 <= project.budget <= AMOUNT_MAX
        and project.grant > project.budget
    ):
        errors.add("grant", GRANT_OVER_BUDGET, budget=f"{project.budget:,.0f}".replace(",", " "))
    errors.dates("end_date", project.start_date, project.end_date)
    return errors.result()


def validate_project_partner(
    partner: ProjectPartner, known_roles: Collection[str], others: Iterable[Entity] = ()
) -> list[FieldError]:
    """The problems with ``partner``; ``others`` are the map's partners (any project).

    The shares of one project's partners may not come to more than 100 %, and an actor is
    a partner of a project once.
    """
    errors = _Errors(partner)
    if (partner.project_id or 0) <= 0:
        errors.add("project_id", PROJECT_REQUIRED)
    if (partner.actor_id or 0) <= 0:
        errors.add("actor_id", ACTOR_REQUIRED)
    if partner.role not in known_roles:
        errors.add("role", UNKNOWN_PARTNER_ROLE)
    share = partner.budget_share
    if share is not None and not 0 <= share <= 100:
        errors.add("budget_share", SHARE_RANGE)
    siblings = [
        o
        for o in others
        if isinstance(o, ProjectPartner)
        and o.project_id == partner.project_id
        and (partner.id is None or o.id != partner.id)
    ]
    if partner.actor_id and any(o.actor_id == partner.actor_id for o in siblings):
        errors.add("actor_id", PARTNER_TWICE)
    taken = sum(o.budget_share or 0.0 for o in siblings)
    # Shares are typed with two decimals at most; a hundredth of slack absorbs float sums.
    if share is not None and 0 <= share <= 100 and taken + share > 100.005:
        errors.add(
            "budget_share",
            SHARES_OVER_100,
            total=_percent(taken + share),
            others=_percent(taken),
            left=_percent(max(0.0, 100 - taken)),
        )
    return errors.result()


def validate(
    entity: Entity, vocab: Mapping[Vocabulary, Collection[str]], others: Iterable[Entity] = ()
) -> list[FieldError]:
    """The problems with ``entity`` of any type; ``vocab`` maps vocabularies to known codes.

    A vocabulary missing from ``vocab`` knows no codes. ``others`` are entities of the map
    that a check compares with (the other partners of a project).
    """

    def known(vocabulary: Vocabulary) -> Collection[str]:
        return vocab.get(vocabulary, frozenset())

    if isinstance(entity, Actor):
        return validate_actor(entity, known(Vocabulary.ACTOR_KIND), known(Vocabulary.SIZE_CLASS))
    if isinstance(entity, Contact):
        return validate_contact(entity)
    if isinstance(entity, Cluster):
        return validate_cluster(entity)
    if isinstance(entity, Membership):
        return validate_membership(entity, known(Vocabulary.CLUSTER_ROLE))
    if isinstance(entity, Relationship):
        return validate_relationship(entity, known(Vocabulary.RELATION_TYPE))
    if isinstance(entity, Project):
        return validate_project(entity, vocab)
    if isinstance(entity, ProjectPartner):
        return validate_project_partner(entity, known(Vocabulary.PARTNER_ROLE), others)
    raise TypeError(f"cannot validate a {type(entity).__name__}")
