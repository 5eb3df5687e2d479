"""``aspdesk import`` prints counts that agree with its lists, on files with every problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.cli import main
from aspdesk.store.repository import MapStore

from .. import problem_files


def _sections(out: str) -> dict[str, list[str]]:
    """The printed sections: title (without its count) -> the lines under it."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in out.splitlines():
        if line.startswith("  ") and current is not None:
            current.append(line.strip())
        elif re.search(r" \(\d+\):$", line) and not line.startswith(" "):
            current = sections.setdefault(re.sub(r" \(\d+\):$", "", line), [])
        else:
            current = None
    return sections


def _titled_counts(out: str) -> dict[str, int]:
    return {
        match[1]: int(match[2]) for match in re.finditer(r"^(\S[^\n]*?) \((\d+)\):$", out, re.M)
    }


def _errors(out: str, kind: str = "Actors") -> int:
    match = re.search(rf"^  {kind}: new \d+, .* errors (\d+)$", out, re.M)
    assert match is not None, out
    return int(match[1])


def _rows(lines: list[str]) -> set[tuple[str, int]]:
    found = set()
    for line in lines:
        match = re.match(r"(?:\S+\.xlsx, )?([^,]+), row (\d+)", line)
        assert match is not None, line
        found.add((match[1], int(match[2])))
    return found


def test_a_coordinators_table_with_every_problem_counts_what_it_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = problem_files.coordinators_table(tmp_path / "toimijat.xlsx")

    assert main(["import", str(tmp_path / "kartta.aspmap"), str(source), "--dry-run"]) == 1
    captured = capsys.readouterr()
    out = captured.out
    sections = _sections(out)
    counts = _titled_counts(out)

    not_imported = sections["Not imported"]
    assert _errors(out) == len(not_imported) == counts["Not imported"] == 8
    assert _rows(not_imported) == {("Toimijat", r) for r in problem_files.TABLE_NOT_IMPORTED}
    problems = sections["Problems"]
    assert len(problems) == counts["Problems"] == problem_files.TABLE_PROBLEM_COUNT
    # Every row with a problem is among the rows not imported: the formula's row too.
    assert _rows(problems) == {("Toimijat", r) for r in problem_files.TABLE_WITH_PROBLEMS}
    assert _rows(problems) <= _rows(not_imported)
    assert "Rows with errors: 8." in captured.err
    new = sections["New"]
    assert len(new) == counts["New"] == 2
    assert re.search(r"new 2, updated 0, unchanged 0, conflicts 0, errors 8", out)
    # The row whose name is a formula is named as a row without one, and says why.
    assert any(
        line.startswith("Toimijat, row 4 “(no name)”: Nimi: This cell holds a formula")
        for line in not_imported
    )
    assert "Toimijat, row 9 “HYVÄ OY”: It is the same as Toimijat, row 8 in the file" in out
    read = sections["Read differently from the file"]
    assert read == [
        "Toimijat, row 5 “Tornion Panimo Oy”: Business ID 2454372 read as 0245437-2.",
        "Toimijat, row 8 “Hyvä Oy”: Business ID FI02454372 read as 0245437-2.",
        "Toimijat, row 10 “Pohjolan Säätiö sr”: Business ID 0245437 2 read as 0245437-2.",
    ]


def test_rows_go_in_without_their_bad_fields_and_keep_the_problems_in_their_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = problem_files.coordinators_table(tmp_path / "toimijat.xlsx")
    target = tmp_path / "kartta.aspmap"
    args = ["import", str(target), str(source), "--without-bad-fields", "--skip-errors"]

    assert main(args) == 0
    out = capsys.readouterr().out
    sections = _sections(out)
    dropped = sections["Imported without their bad fields"]
    assert _rows(dropped) == {("Toimijat", r) for r in (2, 3, 5, 7)}
    # Still not imported: the name is the problem, or it is the same as an earlier row
    # (8 and 10 have the business ID of row 5, which now goes in).
    assert _rows(sections["Not imported"]) == {("Toimijat", r) for r in (4, 6, 8, 10)}
    assert _errors(out) == 4
    assert re.search(r"new 6, updated 0, unchanged 0, conflicts 0, errors 4", out)

    from aspdesk.store.opening import open_map

    store = open_map(target, tmp_path / "backups")
    try:
        actors = {a.name: a for a in snapshot_of(store).actors}
    finally:
        store.close()
    assert len(actors) == 6
    hub = actors["Arctic Hub Oy"]
    assert hub.business_id == ""
    assert hub.notes.splitlines() == [
        "Left out when importing toimijat.xlsx (Toimijat, row 2):",
        "Y-tunnus “1234567-0”: The check digit (the last digit) of this business ID does not "
        "match the first seven digits. Check the number.",
    ]
    assert actors["Lumo ry"].kind == "other"
    assert "Tyyppi “harrastusporukka”" in actors["Lumo ry"].notes
    assert actors["Tornion Panimo Oy"].business_id == "0245437-2"
    assert actors["Tornion Panimo Oy"].email == ""
    port = actors["Kemin Satama Oy"]
    assert (port.size_class, port.municipality) == ("", "")
    assert "Kokoluokka “jättimäinen”" in port.notes and "Kunta: This cell holds" in port.notes
    assert actors["Lapin ammattikorkeakoulu"].kind == "research"
    assert "HYVÄ OY" in actors and "Hyvä Oy" not in actors


def test_an_edited_export_with_every_problem_counts_what_it_lists(
    sample_store: MapStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = snapshot_of(sample_store)
    source, broken = problem_files.edited_export(snapshot, tmp_path / "kartta.xlsx")

    assert main(["import", str(tmp_path / "uusi.aspmap"), str(source), "--dry-run"]) == 1
    out = capsys.readouterr().out
    sections = _sections(out)
    counts = _titled_counts(out)

    not_imported = sections["Not imported"]
    total_errors = sum(
        int(m[1]) for m in re.finditer(r"^  \w[\w ]*: new \d+, .* errors (\d+)$", out, re.M)
    )
    assert total_errors == len(not_imported) == counts["Not imported"]
    problems = sections["Problems"]
    assert len(problems) == counts["Problems"]
    # Every broken row is listed as not imported, with the rows that refer to them.
    assert broken <= _rows(problems) <= _rows(not_imported)
    assert any("Clusters, row 2" in line and "31.2.2015" in line for line in not_imported)
    assert any(
        line.startswith("Actors, row 5 ") and "Name: This cell holds a formula" in line
        for line in not_imported
    )
    # What refers to a row with errors says so (not that there is no such actor).
    assert "It refers to Actors, row 6, which has errors and is not imported." in out
