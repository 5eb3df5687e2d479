"""What collecting survey answers says about them: the texts of problems and sources.

Marked in the "survey" context; filled in after translating, so each reads in the user's
language.
"""

from __future__ import annotations

from aspdesk.domain.text import QT_TRANSLATE_NOOP

UNKNOWN_ROUND = QT_TRANSLATE_NOOP(
    "survey",
    "This answer belongs to a survey round this map does not hold (made from another map, "
    "or its round was undone). It was left out.",
)
NOTHING_ANSWERED = QT_TRANSLATE_NOOP(
    "survey", "Nothing is filled in on this questionnaire, so it does not count as an answer."
)
NOT_ASKED = QT_TRANSLATE_NOOP(
    "survey", "The round did not ask this organisation (actor {id}). The answer was left out."
)
ALREADY_ANSWERED = QT_TRANSLATE_NOOP(
    "survey",
    "{actor} has already answered this round ({first}). This second answer was left out: "
    "compare it with the first, and make any change it asks for in the map yourself.",
)
UNKNOWN_WORD = QT_TRANSLATE_NOOP(
    "survey", "“{value}” is not one of the answers offered. The row was left out."
)
UNKNOWN_CODE = QT_TRANSLATE_NOOP("survey", "“{value}” is not in the list. The row was left out.")
NOT_A_STRENGTH = QT_TRANSLATE_NOOP(
    "survey", "“{value}” is not a strength from 1 to 5. The row was left out."
)
NOT_THEIRS = QT_TRANSLATE_NOOP(
    "survey", "This row is about something the questionnaire did not ask. It was left out."
)
SELF_PARTNER = QT_TRANSLATE_NOOP(
    "survey", "An organisation cannot be its own partner. The row was left out."
)
DISAGREE = QT_TRANSLATE_NOOP(
    "survey",
    "The answers disagree: {first} says “{first_said}”, {second} says “{second_said}”. "
    "Decide in the map which is right; nothing was changed.",
)
LEFT_OUT = QT_TRANSLATE_NOOP(
    "survey",
    "{first} names {second} as a partner, but {second} answered without naming {first}. "
    "Ask them, and add the tie in the map if it is true; nothing was changed.",
)
SOURCE = QT_TRANSLATE_NOOP("survey", "Survey answer of {actors}, {date}")
NAMED = QT_TRANSLATE_NOOP("survey", "named in the answers")
SAID = {
    "confirm": QT_TRANSLATE_NOOP("survey", "still true"),
    "end": QT_TRANSLATE_NOOP("survey", "ended"),
    "change": QT_TRANSLATE_NOOP("survey", "changed to {type}, strength {strength}"),
}
