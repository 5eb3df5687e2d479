"""What a JSON backup that cannot be read says, and where (aspdesk.io.json_backup reads)."""

from __future__ import annotations

from aspdesk.domain.text import QT_TRANSLATE_NOOP

TOO_LARGE = QT_TRANSLATE_NOOP(
    "io", "The file is larger than {limit} MB, far larger than any map backup, so it was not read."
)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "io", "The file is not UTF-8 text. It may be damaged, or it is not a map backup."
)
NOT_JSON = QT_TRANSLATE_NOOP("io", "The file is not valid JSON. It may be damaged or cut short.")
TOO_MANY_VALUES = QT_TRANSLATE_NOOP(
    "io",
    "The file holds more than {limit} values, far more than any map backup, so it was not read.",
)
NOT_A_BACKUP = QT_TRANSLATE_NOOP("io", "This file is not an aspdesk map backup.")
TOO_NEW = QT_TRANSLATE_NOOP(
    "io",
    "This backup was made by a newer aspdesk (format version {version}). "
    "Update aspdesk to read it.",
)
BAD_VERSION = QT_TRANSLATE_NOOP("io", "The format version must be a whole number from 1 up.")
MISSING = QT_TRANSLATE_NOOP("io", "The field “{field}” is missing.")
EXPECTED_OBJECT = QT_TRANSLATE_NOOP("io", "This must be a JSON object of names and values.")
EXPECTED_LIST = QT_TRANSLATE_NOOP("io", "This must be a list in square brackets.")
EXPECTED_TEXT = QT_TRANSLATE_NOOP("io", "This must be text in quotes.")
EXPECTED_TAGS = QT_TRANSLATE_NOOP("io", "This must be a list of texts in quotes.")
EXPECTED_IDS = QT_TRANSLATE_NOOP(
    "io", "This must be a list of ids: whole numbers from 1 up, in square brackets."
)
INVALID_TEXT = QT_TRANSLATE_NOOP("io", "This text holds characters that are not valid Unicode.")
EXPECTED_INTEGER = QT_TRANSLATE_NOOP("io", "This must be a whole number.")
EXPECTED_ID = QT_TRANSLATE_NOOP("io", "This must be an id: a whole number from 1 up.")
EXPECTED_NUMBER = QT_TRANSLATE_NOOP("io", "This must be a number or null.")
EXPECTED_BOOLEAN = QT_TRANSLATE_NOOP("io", "This must be true or false.")
EXPECTED_DATE = QT_TRANSLATE_NOOP(
    "io", "“{value}” is not a date. Write a date as YYYY-MM-DD, such as 2015-06-30, or null."
)
EXPECTED_TIME = QT_TRANSLATE_NOOP(
    "io",
    "“{value}” is not a date and time with a time zone, such as 2015-06-30T12:00:00+00:00.",
)
EMPTY_CODE = QT_TRANSLATE_NOOP("io", "A code cannot be empty.")
DUPLICATE_CODE = QT_TRANSLATE_NOOP("io", "The code “{code}” is listed twice.")
DUPLICATE_ID = QT_TRANSLATE_NOOP("io", "The id {id} is used twice in this list.")
NO_SUCH_ACTOR = QT_TRANSLATE_NOOP("io", "There is no actor with the id {id} in the file.")
NO_SUCH_CLUSTER = QT_TRANSLATE_NOOP("io", "There is no cluster with the id {id} in the file.")
NO_SUCH_PROJECT = QT_TRANSLATE_NOOP("io", "There is no project with the id {id} in the file.")
NO_SUCH = {"actors": NO_SUCH_ACTOR, "clusters": NO_SUCH_CLUSTER, "projects": NO_SUCH_PROJECT}
UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "io", "The code “{code}” is not among the file's terms in “{vocabulary}”."
)
DUPLICATE_MEMBERSHIP = QT_TRANSLATE_NOOP(
    "io", "The actor already has this role in this cluster earlier in the file."
)
