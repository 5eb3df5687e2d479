"""Hostile import files, built in a second or two each: the shapes that exhausted aspdesk.

Each builder writes one file into a folder and returns its path. Large parts are streamed
through zlib a megabyte at a time, so building a workbook that unpacks to a gigabyte takes
about as long as zlib needs and no more memory than a megabyte. The unit tests check the
message of each refusal and the memory it took; the benchmark prints the seconds and
megabytes to refusal.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

MB = 1024 * 1024

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Toimijat" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<dimension ref="A1:B2"/><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nimi</t></is></c></row>'
)
SHEET_END = "</sheetData></worksheet>"
STRINGS_START = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def _repeated(start: str, item: bytes, count: int, end: str) -> Iterator[bytes]:
    """``start``, ``item`` ``count`` times and ``end``, a megabyte at a time."""
    yield start.encode()
    batch = max(1, MB // len(item))
    left = count
    while left > 0:
        yield item * min(batch, left)
        left -= batch
    yield end.encode()


def _numbered(
    start: str, make: Callable[[int], str], first: int, count: int, end: str
) -> Iterator[bytes]:
    """``start``, ``make(n)`` for ``count`` numbers from ``first``, and ``end``."""
    yield start.encode()
    for batch in range(first, first + count, 20_000):
        last = min(batch + 20_000, first + count)
        yield "".join(make(n) for n in range(batch, last)).encode()
    yield end.encode()


def workbook(
    path: Path,
    *,
    sheet: Iterator[bytes] | None = None,
    strings: Iterator[bytes] | None = None,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """An XLSX file with one sheet "Toimijat", its parts streamed in (level 1: speed)."""
    parts: dict[str, Iterator[bytes]] = {
        "[Content_Types].xml": iter([CONTENT_TYPES.encode()]),
        "_rels/.rels": iter([PACKAGE_RELS.encode()]),
        "xl/workbook.xml": iter([WORKBOOK.encode()]),
        "xl/_rels/workbook.xml.rels": iter([WORKBOOK_RELS.encode()]),
        "xl/worksheets/sheet1.xml": sheet
        or iter([(SHEET_START + _name_row(2) + SHEET_END).encode()]),
        "xl/sharedStrings.xml": strings or iter([(STRINGS_START + "</sst>").encode()]),
    }
    for name, data in (extra or {}).items():
        parts[name] = iter([data])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, chunks in parts.items():
            with archive.open(name, "w", force_zip64=True) as member:
                for chunk in chunks:
                    member.write(chunk)
    return path


def _name_row(n: int) -> str:
    return f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Yritys {n} Oy</t></is></c></row>'


# -- the files of the issue ---------------------------------------------------------------


def shared_strings(folder: Path, count: int = 20_000_000) -> Path:
    """An XLSX of ``count`` shared strings (the issue's: 20 million in a 2 MB file)."""
    strings = _repeated(STRINGS_START, b"<si><t>x</t></si>", count, "</sst>")
    return workbook(folder / f"strings-{count}.xlsx", strings=strings)


def zip_bomb(folder: Path, unpacked: int = 1024 * MB) -> Path:
    """An XLSX whose sheet unpacks to ``unpacked`` bytes of one repeated row."""
    row = b'<row><c t="inlineStr"><is><t>Pommi Oy</t></is></c></row>'
    sheet = _repeated(SHEET_START, row, unpacked // len(row), SHEET_END)
    return workbook(folder / "bomb.xlsx", sheet=sheet)


def million_rows(folder: Path, rows: int = 1_000_000) -> Path:
    """An XLSX of ``rows`` actors, one name each (the issue's: 2.7 MB)."""
    sheet = _numbered(SHEET_START, _name_row, 2, rows, SHEET_END)
    return workbook(folder / "rows.xlsx", sheet=sheet)


def million_nodes(folder: Path, nodes: int = 1_000_000, suffix: str = ".graphml") -> Path:
    """A GraphML (or GEXF) file of ``nodes`` named actors (the issue's: 98 MB)."""
    path = folder / f"nodes{suffix}"
    if suffix == ".graphml":
        start = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
            '<key id="name" for="node" attr.name="name" attr.type="string"/>'
            '<key id="kind" for="node" attr.name="kind" attr.type="string"/>'
            '<graph edgedefault="undirected">\n'
        )

        def node(n: int) -> str:
            return (
                f'<node id="n{n}"><data key="name">Toimija {n} Oy</data>'
                f'<data key="kind">company</data></node>\n'
            )

        end = "</graph></graphml>\n"
    else:
        start = (
            '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" '
            'version="1.3"><graph defaultedgetype="undirected"><nodes>\n'
        )

        def node(n: int) -> str:
            return f'<node id="n{n}" label="Toimija {n} Oy"/>\n'

        end = "</nodes></graph></gexf>\n"
    with path.open("wb") as file:
        for chunk in _numbered(start, node, 0, nodes, end):
            file.write(chunk)
    return path


def huge_csv(folder: Path, size: int = 1024 * MB) -> Path:
    """A CSV file of ``size`` bytes (the issue's: 1 GB): a megabyte of actor rows, then a
    hole up to the size (sparse: it takes no room on the disk, and a reader that reads
    it all meets NUL bytes)."""
    path = folder / "huge.csv"
    line = b"Yritys Oy;Rovaniemi;yritys\n"
    with path.open("wb") as file:
        file.write(b"Nimi;Kunta;Tyyppi\n" + line * (MB // len(line)))
        file.truncate(size)
    return path


# -- more shapes, each past one limit -----------------------------------------------------


def wide_rows(folder: Path, rows: int = 2_000) -> Path:
    """An XLSX whose every row reaches column XFD (16,384), with a header as wide."""
    header = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Nimi</t></is></c>'
        '<c r="XFD1" t="inlineStr"><is><t>Loppu</t></is></c></row>'
    )
    start = SHEET_START.replace(_first_row(), header)

    def row(n: int) -> str:
        return (
            f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>A{n} Oy</t></is></c>'
            f'<c r="XFD{n}" t="inlineStr"><is><t>x</t></is></c></row>'
        )

    return workbook(folder / "wide.xlsx", sheet=_numbered(start, row, 2, rows, SHEET_END))


def _first_row() -> str:
    return '<row r="1"><c r="A1" t="inlineStr"><is><t>Nimi</t></is></c></row>'


def far_row(folder: Path) -> Path:
    """An XLSX whose second row is numbered past Excel's last row (openpyxl fills the gap)."""
    sheet = SHEET_START + _name_row(2_000_000_000) + SHEET_END
    return workbook(folder / "far.xlsx", sheet=iter([sheet.encode()]))


def huge_styles(folder: Path, size: int = 40 * MB) -> Path:
    """An XLSX whose style table (parsed whole by openpyxl) is ``size`` bytes."""
    xf = b'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    styles = b"".join(
        _repeated(
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<cellXfs>",
            xf,
            size // len(xf),
            "</cellXfs></styleSheet>",
        )
    )
    return workbook(folder / "styles.xlsx", extra={"xl/styles.xml": styles})


def many_parts(folder: Path, parts: int = 10_001) -> Path:
    """An XLSX of ``parts`` parts (a real one has a few dozen)."""
    extra = {f"xl/media/p{n}.bin": b"" for n in range(parts)}
    return workbook(folder / "parts.xlsx", extra=extra)


def json_values(folder: Path, values: int = 6_000_000) -> Path:
    """A JSON file of ``values`` zeros in one list (12 MB: far below the size limit)."""
    path = folder / "values.json"
    path.write_bytes(b'{"format": "aspdesk-map", "actors": [' + b"0," * values + b"0]}")
    return path


def chart_sheet_drawing(folder: Path, size: int = 20 * MB) -> Path:
    """An XLSX with a chart sheet whose drawing (parsed whole by openpyxl) is ``size`` bytes,
    placed where the sheets are, as if it were one."""
    rels = WORKBOOK_RELS.replace(
        "</Relationships>",
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/chartsheet" Target="chartsheets/sheet2.xml"/></Relationships>',
    )
    chart_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/drawing" Target="../worksheets/drawing.xml"/></Relationships>'
    )
    drawing = b"<wsDr>" + b"<x/>" * (size // 4) + b"</wsDr>"
    return workbook(
        folder / "chart.xlsx",
        extra={
            "xl/_rels/workbook.xml.rels": rels.encode(),
            "xl/chartsheets/sheet2.xml": b"<chartsheet/>",
            "xl/chartsheets/_rels/sheet2.xml.rels": chart_rels.encode(),
            "xl/worksheets/drawing.xml": drawing,
        },
    )


# Every hostile file by the name tests and benchmarks give it; the issue's first, at the
# sizes it gives (the 3 GB zip bomb at 1 GB: declared sizes refuse both alike).
ALL: dict[str, Callable[[Path], Path]] = {
    "20 million shared strings": shared_strings,
    "zip bomb of 1 GB": zip_bomb,
    "a million rows": million_rows,
    "a million GraphML nodes": million_nodes,
    "a CSV of 1 GB": huge_csv,
    "1.2 million shared strings": lambda folder: shared_strings(folder, 1_200_000),
    "rows 16,384 cells wide": wide_rows,
    "a row past Excel's last": far_row,
    "40 MB of styles": huge_styles,
    "20 MB drawing of a chart sheet": chart_sheet_drawing,
    "10,001 parts": many_parts,
    "a million GEXF nodes": lambda folder: million_nodes(folder, suffix=".gexf"),
    "six million JSON values": json_values,
}
ISSUE = list(ALL)[:5]
