"""Swedish beside Finnish and English: vocabularies, programmes, formats, imports, system."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTranslator

from aspdesk.analysis.consortium.programme_files import (
    ProgrammeFileError,
    load_programmes,
    programme_from_dict,
    programme_to_dict,
)
from aspdesk.app.exchange import snapshot_of
from aspdesk.app.importing import all_translations
from aspdesk.domain.data_files import as_file, resource
from aspdesk.domain.dates import format_date
from aspdesk.domain.entities import EntityType
from aspdesk.domain.hyphenation import SOFT_HYPHEN, hyphenated
from aspdesk.domain.kind_words import WordMatcher
from aspdesk.domain.languages import LANGUAGES, writes_finnish_formats
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io.exporting.image_options import ImageOptions
from aspdesk.io.exporting.spreadsheet_export import write_xlsx
from aspdesk.io.importing.spreadsheet_import import guess_columns, read_actor_rows
from aspdesk.io.importing.workbook_import import read_workbook
from aspdesk.io.json_backup import read_json, write_json
from aspdesk.store.opening import create_map
from aspdesk.store.repository import MapStore
from aspdesk.ui.forms.amounts import format_amount, format_percent

KNOWN = {vocabulary: builtin_codes(vocabulary) for vocabulary in Vocabulary}


def _programme(**names: str) -> dict[str, object]:
    return {
        "format": 1,
        "id": "my_call",
        "name": names,
        "checked": "2026-01-15",
        "notes": {"en": "Check the call.", "fi": "Tarkista haku."},
        "rules": [
            {
                "id": "two",
                "kind": "min_partners",
                "parameters": {"count": 2},
                "description": {"en": "Two partners.", "fi": "Kaksi partneria."},
            }
        ],
    }


# --- vocabularies -------------------------------------------------------------------------


def test_every_built_in_term_has_a_swedish_label() -> None:
    for vocabulary, terms in BUILTIN_TERMS.items():
        for term in terms:
            assert term.label_sv.strip(), (vocabulary, term.code)
            assert term.label("sv") == term.label_sv
    kinds = {t.code: t for t in BUILTIN_TERMS[Vocabulary.ACTOR_KIND]}
    assert kinds["company"].label("sv") == "Företag"
    assert kinds["company"].label("fi") == "Yritys"
    assert kinds["company"].label("de") == "Company"


def test_a_maps_terms_read_with_their_swedish_labels(tmp_path: Path) -> None:
    store = create_map(tmp_path / "karta.aspmap")
    try:
        roles = {t.code: t.label("sv") for t in store.terms(Vocabulary.CLUSTER_ROLE)}
        statuses = {t.code: t.label("sv") for t in store.terms(Vocabulary.PROJECT_STATUS)}
    finally:
        store.close()
    assert roles["member_company"] == "Medlemsföretag"
    assert roles["research_partner"] == "Forsknings- och utbildningspartner"
    assert statuses["funded"] == "Beviljat"


def test_the_backup_keeps_no_swedish_label_yet_reads_back_with_it(
    sample_store: MapStore, tmp_path: Path
) -> None:
    snapshot = snapshot_of(sample_store)
    path = tmp_path / "backup.json"
    write_json(snapshot, path)
    kinds = json.loads(path.read_text(encoding="utf-8"))["vocabularies"]["actor_kind"]
    assert all("label_sv" not in kind for kind in kinds)
    back = read_json(path)
    assert back == snapshot
    assert back.terms[Vocabulary.ACTOR_KIND][0].label("sv") == "Företag"


def test_swedish_labels_and_words_name_kinds_in_an_import() -> None:
    kinds = WordMatcher.of(
        Vocabulary.ACTOR_KIND, KNOWN[Vocabulary.ACTOR_KIND], BUILTIN_TERMS[Vocabulary.ACTOR_KIND]
    )
    assert kinds.code("Forsknings- eller utbildningsorganisation") == "research"
    assert kinds.code("Utvecklingsbolag eller företagstjänst") == "development"
    assert kinds.code("Ab") == "company"


# --- programmes ---------------------------------------------------------------------------


def test_every_shipped_programme_speaks_swedish() -> None:
    for programme in load_programmes().values():
        texts = [programme.name, programme.notes, *(r.description for r in programme.rules)]
        texts += [s.name for s in programme.country_sets]
        for text in texts:
            assert text.sv.strip() and text.get("sv") == text.sv, text.en
    assert load_programmes()["erdf_finland"].name.get("sv").startswith("Eruf i Finland")


def test_a_users_file_without_swedish_shows_the_english() -> None:
    programme = programme_from_dict(_programme(en="My call", fi="Oma haku"))
    assert programme.name.get("sv") == "My call"
    assert programme.name.get("fi") == "Oma haku"
    assert "sv" not in programme_to_dict(programme)["name"]


def test_a_users_file_with_swedish_keeps_it() -> None:
    data = _programme(en="My call", fi="Oma haku", sv="Min utlysning")
    programme = programme_from_dict(data)
    assert programme.name.get("sv") == "Min utlysning"
    assert programme_from_dict(programme_to_dict(programme)) == programme


def test_an_empty_swedish_text_is_refused_where_it_is() -> None:
    with pytest.raises(ProgrammeFileError) as raised:
        programme_from_dict(_programme(en="My call", fi="Oma haku", sv="  "), "mine.json")
    assert raised.value.where == "mine.json"
    assert raised.value.field == "name.sv"


# --- dates, numbers and syllables ---------------------------------------------------------


def test_swedish_writes_dates_and_numbers_as_finland_does() -> None:
    assert writes_finnish_formats("sv") and not writes_finnish_formats("en")
    assert format_date(date(2016, 3, 1), "sv") == "1.3.2016"
    assert format_amount(1234.5, "sv") == "1\u00a0234,50"
    assert format_percent(12.5, "sv") == "12,5"
    options = ImageOptions(date=date(2026, 12, 5), language="sv")
    assert options.date_text() == "5.12.2026"


def test_swedish_words_break_at_their_joints() -> None:
    assert hyphenated("Utvecklingsbolag", "sv").split(SOFT_HYPHEN) == [
        "Ut",
        "veck",
        "lings",
        "bo",
        "lag",
    ]


# --- imports ------------------------------------------------------------------------------


def test_swedish_headers_are_recognised(tmp_path: Path) -> None:
    headers = ["Namn", "FO-nummer", "Kommun", "Typ", "E-post", "Bransch", "Kontaktperson"]
    assert guess_columns(headers) == {
        0: "name",
        1: "business_id",
        2: "municipality",
        3: "kind",
        4: "email",
        5: "sector",
    }
    path = tmp_path / "medlemmar.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Aktörer"
    sheet.append(headers)
    sheet.append(["Vasa universitet", "0357065-8", "Vasa", "universitet", "", "", "Anna"])
    sheet.append(["Wärtsilä Finland Ab", "", "Vasa", "Ab", "", "energi", ""])
    workbook.save(path)
    result = read_actor_rows(path, known_codes=KNOWN, terms=BUILTIN_TERMS)
    assert result.problems == []
    assert [(a.name, a.kind, a.municipality) for _, a in result.actors] == [
        ("Vasa universitet", "research", "Vasa"),
        ("Wärtsilä Finland Ab", "company", "Vasa"),
    ]


def test_a_swedish_export_reads_back_whole(sample_store: MapStore, tmp_path: Path) -> None:
    snapshot = snapshot_of(sample_store)
    translator = QTranslator()
    with as_file(resource("translations", "aspdesk_sv.qm")) as qm:
        assert translator.load(str(qm))

    def swedish(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    path = tmp_path / "karta.xlsx"
    write_xlsx(snapshot, path, language="sv", translate=swedish)
    workbook = openpyxl.load_workbook(path, read_only=True)
    assert workbook.sheetnames[:2] == ["Aktörer", "Kluster"]
    workbook.close()
    codes = {v: {t.code for t in terms} for v, terms in snapshot.terms.items()}
    batch = read_workbook(path, known_codes=codes, translations=all_translations())
    assert batch is not None and batch.problems == []
    assert batch.keeps_ids and batch.name == snapshot.name
    actors = batch.section(EntityType.ACTOR)
    assert [c.entity.name for c in actors] == [a.name for a in snapshot.actors]
    roles = [c.entity.role for c in batch.section(EntityType.MEMBERSHIP)]
    assert roles == [m.role for m in snapshot.memberships]


# --- the system's language ----------------------------------------------------------------


def test_aspdesk_speaks_three_languages() -> None:
    assert LANGUAGES == ("en", "fi", "sv")
    for language in ("fi", "sv"):
        assert resource("translations", f"aspdesk_{language}.qm").is_file()
        assert resource("help", language, "getting-started.html").is_file()


@pytest.mark.parametrize(("lang", "expected"), [("sv_FI.UTF-8", "sv"), ("sv_SE.UTF-8", "sv")])
def test_a_swedish_desktop_opens_the_window_in_swedish(lang: str, expected: str) -> None:
    code = "from aspdesk.ui.window.i18n import system_language\nprint(system_language())"
    env = {"LANG": lang, "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == expected
