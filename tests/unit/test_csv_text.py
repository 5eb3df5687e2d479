"""CSV text as offices write it: its encoding found and said, or chosen; UTF-16, long
fields and NUL bytes anywhere in the file."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io import import_limits, text_encoding
from aspdesk.io.errors import DataFileError
from aspdesk.io.import_formats import read_import
from aspdesk.io.spreadsheet_import import ActorImport, read_actor_rows

KNOWN = {v: builtin_codes(v) for v in Vocabulary}
ROWS = "Nimi;Kunta\nLapin Yrittäjät ry;Rovaniemi\nSäätiö Kemiönsaari;Kemi\n"


def _read(path: Path, encoding: str | None = None) -> ActorImport:
    return read_actor_rows(path, known_codes=KNOWN, terms=BUILTIN_TERMS, encoding=encoding)


def _names(table: ActorImport) -> list[str]:
    return [actor.name for _, actor in table.actors]


def _file(tmp_path: Path, data: bytes, name: str = "kumppanit.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding", "said"),
    [
        (ROWS.encode("utf-8"), "utf-8", "Text encoding: UTF-8. Found from the file."),
        (
            codecs.BOM_UTF8 + ROWS.encode("utf-8"),
            "utf-8",
            "Text encoding: UTF-8. The mark at the start of the file says so.",
        ),
        (
            ROWS.encode("cp1252"),
            "cp1252",
            "Text encoding: Windows-1252. The file is not UTF-8 (line 2 is not). If letters "
            "look wrong, choose another encoding.",
        ),
        (
            codecs.BOM_UTF16_LE + ROWS.encode("utf-16-le"),
            "utf-16-le",
            "Text encoding: UTF-16 LE. The mark at the start of the file says so.",
        ),
        (
            codecs.BOM_UTF16_BE + ROWS.encode("utf-16-be"),
            "utf-16-be",
            "Text encoding: UTF-16 BE. The mark at the start of the file says so.",
        ),
        (ROWS.encode("utf-16-le"), "utf-16-le", "Text encoding: UTF-16 LE. Found from the file."),
        (ROWS.encode("utf-16-be"), "utf-16-be", "Text encoding: UTF-16 BE. Found from the file."),
    ],
    ids=[
        "utf-8",
        "utf-8 bom",
        "cp1252",
        "utf-16 le bom",
        "utf-16 be bom",
        "utf-16 le",
        "utf-16 be",
    ],
)
def test_the_encoding_is_found_and_said(
    tmp_path: Path, data: bytes, encoding: str, said: str
) -> None:
    table = _read(_file(tmp_path, data))

    assert _names(table) == ["Lapin Yrittäjät ry", "Säätiö Kemiönsaari"]
    assert table.encoding is not None
    assert table.encoding.name == encoding
    assert table.encoding.text() == said


def test_a_mixed_file_says_where_it_stops_being_utf8_and_reads_as_chosen(
    tmp_path: Path,
) -> None:
    # Saved twice: the first rows by a UTF-8 program, the last by Excel in Windows-1252.
    path = _file(tmp_path, ROWS.encode("utf-8") + "Pohjoisen Ääni Oy;Inari\n".encode("cp1252"))

    found = _read(path)
    assert found.encoding is not None and found.encoding.not_utf8_line == 4
    assert _names(found)[0] == "Lapin YrittÃ¤jÃ¤t ry"  # UTF-8 read as Windows-1252

    with pytest.raises(DataFileError) as raised:
        _read(path, "utf-8")  # the user picks UTF-8: the last row cannot be read
    assert raised.value.template == text_encoding.NOT_IN_ENCODING
    assert raised.value.values == {"encoding": "UTF-8", "line": "4", "column": "11", "byte": "0xC4"}


def test_an_encoding_chosen_is_used_and_said(tmp_path: Path) -> None:
    path = _file(tmp_path, "Nimi\nÄänekosken Sähkö Oy €\n".encode("iso8859-15"))

    table = _read(path, "iso-8859-15")

    assert _names(table) == ["Äänekosken Sähkö Oy €"]
    assert table.encoding is not None
    assert table.encoding.text() == "Text encoding: ISO-8859-15. As chosen."


def test_a_file_in_no_encoding_says_where_the_first_bad_byte_is(tmp_path: Path) -> None:
    # 0x81 is no character in Windows-1252, and 0xE4 alone is no UTF-8.
    path = _file(tmp_path, b"Nimi\nOy A\nK\xe4pp\xe4 \x81 Oy\n")

    with pytest.raises(DataFileError) as raised:
        _read(path)

    assert raised.value.template == text_encoding.NO_ENCODING_FITS
    assert raised.value.values == {"utf8_line": "3", "line": "3", "column": "7", "byte": "0x81"}
    assert raised.value.where == "kumppanit.csv"


def test_an_unknown_encoding_is_refused(tmp_path: Path) -> None:
    path = _file(tmp_path, ROWS.encode())
    for name in ("klingon", "rot13"):
        with pytest.raises(DataFileError) as raised:
            _read(path, name)
        assert raised.value.template == text_encoding.UNKNOWN_ENCODING


def test_read_import_passes_the_encoding_on(tmp_path: Path) -> None:
    path = _file(tmp_path, "Nimi\nÅbo Akademi\n".encode("cp850"))

    batch = read_import(path, known_codes=KNOWN, terms=BUILTIN_TERMS, encoding="cp850")

    assert [c.entity.name for c in batch.actors] == ["Åbo Akademi"]  # type: ignore[attr-defined]


def test_a_field_over_128_kb_reads(tmp_path: Path) -> None:
    notes = "Pitkä muistiinpano. " * 10_000  # 200 KB, past csv's own limit
    path = _file(tmp_path, f'Nimi;Muistiinpanot\nA Oy;"{notes}"\n'.encode())

    table = _read(path)

    assert table.actors[0][1].notes == notes.strip()


def test_a_field_over_our_limit_is_refused_with_its_row_and_column(tmp_path: Path) -> None:
    long = "x" * (import_limits.MAX_FIELD_CHARS + 1)
    path = _file(tmp_path, f"Nimi;Kunta\nA Oy;Kemi\nB Oy;{long}\n".encode())

    with pytest.raises(DataFileError) as raised:
        _read(path)

    assert raised.value.template == import_limits.FIELD_TOO_LONG
    assert raised.value.values == {
        "row": "3",
        "column": "Kunta",
        "limit": import_limits.shown(import_limits.MAX_FIELD_CHARS),
    }


def test_a_nul_byte_after_the_first_64_kb_is_refused(tmp_path: Path) -> None:
    rows = "".join(f"Yritys {n} Oy;Kemi\n" for n in range(5_000))  # about 100 KB
    path = _file(tmp_path, ("Nimi;Kunta\n" + rows).encode() + b"Rikki\x00 Oy;Kemi\n")

    with pytest.raises(DataFileError) as raised:
        _read(path)

    assert raised.value.template == text_encoding.NUL_IN_TEXT
    assert raised.value.values == {"line": "5002"}
