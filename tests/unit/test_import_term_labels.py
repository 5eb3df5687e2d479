"""An import's preview names a vocabulary's codes by their terms' labels, in the language
it speaks: a Finnish coordinator reads "Viranomainen", not the code "authority"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from aspdesk.app.import_report import FieldValues, change_texts, conflict_texts
from aspdesk.app.import_steps import plan_for
from aspdesk.domain.entities import EntityType
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.importing.formats import read_import
from aspdesk.io.merging.planner import Outcome
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.opening import create_map

HEADER = "Nimi;Toimijatyyppi;Kokoluokka\n"


def _csv(path: Path, *rows: str) -> Path:
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("language", "conflict", "update"),
    [
        ("fi", "Tyyppi: kartassa ”Viranomainen”, tiedostossa ”Muu”", "Pieni (10-49 henkeä)"),
        ("en", "Kind: map “Authority”, file “Other”", "Small (10-49 people)"),
    ],
)
def test_the_command_s_preview_names_kinds_and_sizes_in_its_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    conflict: str,
    update: str,
) -> None:
    from aspdesk.cli.main import main

    monkeypatch.setenv("ASPDESK_HOME", str(tmp_path / "home"))
    target = tmp_path / "kartta.aspmap"
    first = _csv(tmp_path / "a.csv", "Lapin liitto;Viranomainen;", "Kemin Digipolis Oy;Yritys;")
    assert main(["import", "--lang", language, str(target), str(first)]) == 0
    second = _csv(tmp_path / "b.csv", "Lapin liitto;Muu;", "Kemin Digipolis Oy;Yritys;Pieni")
    capsys.readouterr()
    assert main(["import", "--lang", language, "--dry-run", str(target), str(second)]) == 0
    printed = capsys.readouterr().out
    assert conflict in printed
    size = "Kokoluokka" if language == "fi" else "Size class"
    assert f"“Kemin Digipolis Oy”: {size}: {update}" in printed
    assert "authority" not in printed and "small" not in printed


def test_a_code_the_map_lacks_is_named_by_the_file_s_term_or_shown_as_written(
    tmp_path: Path,
) -> None:
    store = create_map(tmp_path / "kartta.aspmap")
    try:
        known = {v: {t.code for t in store.terms(v)} for v in Vocabulary}
        terms = {v: store.terms(v) for v in Vocabulary}
        source = _csv(tmp_path / "a.csv", "Lapin liitto;Viranomainen;Mikro")
        plan = plan_for(store, read_import(source, known_codes=known, terms=terms))
    finally:
        store.close()
    (new,) = plan.items
    # The file's terms first, the map's after them: the map's label wins.
    files = {Vocabulary.ACTOR_KIND: (Term("cooperative", "Cooperative", "Osuuskunta"),)}
    files[Vocabulary.ACTOR_KIND] += (Term("authority", "Authority (file)", "Viranomainen (x)"),)
    maps = {Vocabulary.ACTOR_KIND: (Term("authority", "Authority", "Julkinen viranomainen"),)}
    values = FieldValues([files, maps], "fi")
    assert values.text(EntityType.ACTOR, "kind", "cooperative") == "Osuuskunta"
    assert values.text(EntityType.ACTOR, "kind", "authority") == "Julkinen viranomainen"
    assert values.text(EntityType.ACTOR, "kind", "guild") == "guild"
    # Only a vocabulary's field is named: a municipality called "authority" stays itself.
    assert values.text(EntityType.ACTOR, "municipality", "authority") == "authority"
    assert values.text(EntityType.MEMBERSHIP, "role", "authority") == "authority"
    # A term without a Finnish label is named in English.
    bare = FieldValues([{Vocabulary.ACTOR_KIND: (Term("guild", "Guild", ""),)}], "fi")
    assert bare.text(EntityType.ACTOR, "kind", "guild") == "Guild"

    conflicted = replace(
        new,
        outcome=Outcome.CONFLICT,
        conflicts={"kind": ("authority", "cooperative")},
        changes={"kind": "cooperative", "size_class": "micro"},
    )
    # Without values (as before), the codes as written.
    assert conflict_texts(conflicted) == ["Kind: map “authority”, file “cooperative”"]
    assert change_texts(conflicted) == ["Size class: micro"]
    assert conflict_texts(conflicted, values=values) == [
        "Kind: map “Julkinen viranomainen”, file “Osuuskunta”"
    ]
    english = FieldValues.of(plan, snapshot_of_terms(terms), "en")
    assert change_texts(conflicted, values=english) == ["Size class: Micro (under 10 people)"]


def snapshot_of_terms(terms: dict[Vocabulary, list[Term]]) -> MapSnapshot:
    return MapSnapshot(name="", terms={v: tuple(listed) for v, listed in terms.items()})
