"""Which encoding a text file is in, decoding it whole, and saying so to the user.

A coordinator's CSV file comes from Excel (Windows-1252, or UTF-8 with a byte order
mark), LibreOffice (UTF-8), a database (UTF-16) or a mix of them. aspdesk finds the encoding
as LibreOffice's CSV dialog does: a byte order mark, else the NUL bytes of UTF-16, else
UTF-8 if the whole file is valid UTF-8, else Windows-1252. The import says which encoding
it used, and why, and the user may choose another; a file that none fits is refused with
the line, column and value of the first byte that could not be read.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError, fill

Translate = Callable[[str, str], str]

UTF8, UTF16LE, UTF16BE, WINDOWS = "utf-8", "utf-16-le", "utf-16-be", "cp1252"
UNICODE = QT_TRANSLATE_NOOP("io", "Unicode")
WESTERN = QT_TRANSLATE_NOOP("io", "Western European")
# What the import dialog offers, in this order: the encodings met in Finnish offices, as
# (Python's name, the name people know, what it is for).
ENCODINGS: tuple[tuple[str, str, str], ...] = (
    (UTF8, "UTF-8", UNICODE),
    (UTF16LE, "UTF-16 LE", UNICODE),
    (UTF16BE, "UTF-16 BE", UNICODE),
    (WINDOWS, "Windows-1252", WESTERN),
    ("iso8859-15", "ISO-8859-15", QT_TRANSLATE_NOOP("io", "Western European, with €")),
    ("latin-1", "ISO-8859-1", WESTERN),
    ("cp850", "DOS 850", WESTERN),
    ("mac-roman", "Mac OS Roman", WESTERN),
)
_BOMS = (
    (codecs.BOM_UTF8, UTF8),
    (codecs.BOM_UTF16_LE, UTF16LE),
    (codecs.BOM_UTF16_BE, UTF16BE),
)
_SAMPLE = 4096  # bytes looked at for the NUL pattern of UTF-16 without a byte order mark

UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "io",
    "aspdesk does not know the encoding “{encoding}”. Give one such as utf-8, utf-16, cp1252 "
    "or iso-8859-15.",
)
NOT_IN_ENCODING = QT_TRANSLATE_NOOP(
    "io",
    "The file cannot be read as {encoding}: line {line}, column {column} holds the byte "
    "{byte}, which is no character in it. Choose another encoding.",
)
NO_ENCODING_FITS = QT_TRANSLATE_NOOP(
    "io",
    "The file is neither UTF-8 (line {utf8_line} is not) nor Windows-1252 (line {line}, "
    "column {column} holds the byte {byte}, which is no character in it). It may be damaged "
    "or binary data; if it is text, choose its encoding.",
)
NUL_IN_TEXT = QT_TRANSLATE_NOOP(
    "io",
    "Line {line} holds a NUL character, which CSV text never has. The file may be damaged or "
    "binary data, or its encoding is another: choose it.",
)
TEXT = QT_TRANSLATE_NOOP("io", "Text encoding: {encoding}. {reason}")
FOUND = QT_TRANSLATE_NOOP("io", "Found from the file.")
FOUND_MARK = QT_TRANSLATE_NOOP("io", "The mark at the start of the file says so.")
FALLBACK = QT_TRANSLATE_NOOP(
    "io",
    "The file is not UTF-8 (line {line} is not). If letters look wrong, choose another encoding.",
)
CHOSEN = QT_TRANSLATE_NOOP("io", "As chosen.")


@record
class TextEncoding:
    """The encoding a file was read in, and how it was settled.

    ``found`` is False when the user chose it; ``marked`` when a byte order mark said it;
    ``not_utf8_line`` is the line of the first byte UTF-8 could not read when aspdesk fell
    back to Windows-1252 (0 otherwise).
    """

    name: str
    found: bool = True
    marked: bool = False
    not_utf8_line: int = 0

    def text(self, translate: Translate | None = None) -> str:
        """The encoding and why, for ``aspdesk import``'s output."""
        values = {"encoding": short_name(self.name), "reason": self.reason(translate)}
        return fill(TEXT, values, "io", translate)

    def reason(self, translate: Translate | None = None) -> str:
        """Why the file was read in this encoding, for the import dialog."""
        if not self.found:
            return fill(CHOSEN, {}, "io", translate)
        if self.not_utf8_line:
            return fill(FALLBACK, {"line": str(self.not_utf8_line)}, "io", translate)
        return fill(FOUND_MARK if self.marked else FOUND, {}, "io", translate)


def encoding_label(name: str, translate: Translate | None = None) -> str:
    """How the encoding ``name`` is offered ("Windows-1252 (Western European)")."""
    known = codec_name(name)
    for code, short, use in ENCODINGS:
        if codec_name(code) == known:
            return f"{short} ({translate('io', use) if translate else use})"
    return name


def short_name(name: str) -> str:
    """The name people know the encoding ``name`` by ("Windows-1252")."""
    known = codec_name(name)
    return next((short for code, short, _ in ENCODINGS if codec_name(code) == known), name)


def codec_name(name: str) -> str:
    """Python's own name of the text encoding ``name``; raises LookupError if unknown."""
    info = codecs.lookup(name)
    if not getattr(info, "_is_text_encoding", True):  # hex, rot13, zip... are not text
        raise LookupError(name)
    return info.name


def decode_text(data: bytes, file: str, encoding: str | None = None) -> tuple[str, TextEncoding]:
    """The text of ``data`` (a file named ``file``) and the encoding it was read in.

    ``encoding`` is the user's choice; None finds it. Raises :class:`DataFileError` for an
    unknown encoding, bytes the encoding cannot read, or a NUL character anywhere.
    """
    if encoding is not None:
        try:
            name = codec_name(encoding)
        except LookupError:
            raise DataFileError(UNKNOWN_ENCODING, file, encoding=encoding) from None
        body = _without_mark(data, name)
        text = _decoded(body, name, file)
        settled = TextEncoding(name, found=False, marked=len(body) < len(data))
    else:
        text, settled = _found(data, file)
    nul = text.find("\x00")
    if nul >= 0:
        raise DataFileError(NUL_IN_TEXT, file, line=str(text.count("\n", 0, nul) + 1))
    return text, settled


def _found(data: bytes, file: str) -> tuple[str, TextEncoding]:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return _decoded(data[len(mark) :], name, file), TextEncoding(name, marked=True)
    name = _utf16_pattern(data[:_SAMPLE])
    if name:
        return _decoded(data, name, file), TextEncoding(name)
    try:
        return data.decode(UTF8), TextEncoding(UTF8)
    except UnicodeDecodeError as not_utf8:
        utf8_line, _ = _place(data, not_utf8.start, UTF8)
    try:
        return data.decode(WINDOWS), TextEncoding(WINDOWS, not_utf8_line=utf8_line)
    except UnicodeDecodeError as error:
        place = _bad_byte(data, error, WINDOWS)
        raise DataFileError(NO_ENCODING_FITS, file, utf8_line=str(utf8_line), **place) from None


def _utf16_pattern(sample: bytes) -> str:
    """UTF-16 LE or BE when most characters of ``sample`` have a NUL byte on one side
    only, as Latin text in UTF-16 has; "" otherwise."""
    pairs = len(sample) // 2
    if pairs < 2:
        return ""
    even, odd = sample[0 : pairs * 2 : 2].count(0), sample[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.05:
        return UTF16LE
    if even >= pairs * 0.3 and odd <= pairs * 0.05:
        return UTF16BE
    return ""


def _without_mark(data: bytes, name: str) -> bytes:
    """``data`` without the byte order mark of the encoding ``name``, if it has one."""
    for mark, marked in _BOMS:
        if codec_name(marked) == name and data.startswith(mark):
            return data[len(mark) :]
    return data


def _decoded(data: bytes, name: str, file: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        place = _bad_byte(data, error, name)
        raise DataFileError(NOT_IN_ENCODING, file, encoding=short_name(name), **place) from None


def _bad_byte(data: bytes, error: UnicodeDecodeError, name: str) -> dict[str, str]:
    """The line, column and value of the byte ``name`` could not read, for a message."""
    line, column = _place(data, error.start, name)
    byte = f"0x{data[error.start]:02X}" if error.start < len(data) else "?"
    return {"line": str(line), "column": str(column), "byte": byte}


def _place(data: bytes, offset: int, name: str) -> tuple[int, int]:
    """The line and column (from 1) of the byte at ``offset`` in ``data`` read as ``name``."""
    before = data[:offset].decode(name, errors="replace")
    line_start = before.rfind("\n") + 1
    return before.count("\n") + 1, len(before) - line_start + 1
