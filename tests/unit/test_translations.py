"""The shipped translations are complete and their compiled files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from aspdesk.domain.languages import LANGUAGES, TRANSLATED

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SOURCES = sorted(str(p) for p in (ROOT / "aspdesk").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.fail(f"{name} is missing; it comes with PySide6-Essentials")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") not in ("obsolete", "vanished")  # type: ignore[union-attr]
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_translation_covers_every_text_in_the_code(tmp_path: Path, language: str) -> None:
    name = f"aspdesk_{language}.ts"
    fresh = tmp_path / name
    shutil.copy(FOLDER / name, fresh)
    subprocess.run(
        [_tool("pyside6-lupdate"), *SOURCES, "-no-obsolete", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed, current = _messages(FOLDER / name), _messages(fresh)
    assert sorted(set(current) - set(committed)) == [], f"texts missing from {name}"
    unfinished = [
        key
        for key, message in current.items()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []


def _placeholders(text: str) -> list[str]:
    import re

    return sorted(re.findall(r"\{[a-z_0-9]+\}", text)) + ["%n"] * text.count("%n")


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders(language: str) -> None:
    for (context, source), message in _messages(FOLDER / f"aspdesk_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if message.get("numerus") == "yes":
            # Finnish and Swedish have a singular and a plural; each form shows the number.
            assert len(forms) == 2, (context, source)
            assert all("%n" in form for form in forms), (context, source, forms)
        for form in forms:
            assert form.strip(), (context, source)
            assert set(_placeholders(form)) == set(_placeholders(source)), (context, source, form)


@pytest.mark.parametrize("name", [*(f"aspdesk_{language}" for language in LANGUAGES), "qt_gaps_fi"])
def test_compiled_files_match_their_sources(tmp_path: Path, name: str) -> None:
    compiled = tmp_path / f"{name}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(FOLDER / f"{name}.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (FOLDER / f"{name}.qm").read_bytes(), (
        f"{name}.qm is stale: run pyside6-lrelease"
    )


@pytest.mark.parametrize(
    ("language", "context", "text", "n", "expected"),
    [
        ("fi", "MainWindow", "Actors", -1, "Toimijat"),
        ("fi", "MainWindow", "%n actor(s)", 1, "1 toimija"),
        ("fi", "MainWindow", "%n actor(s)", 3, "3 toimijaa"),
        ("fi", "RemovalText", "%n membership(s)", 2, "2 jäsenyyttä"),
        ("fi", "fields", "Business ID", -1, "Y-tunnus"),
        ("sv", "MainWindow", "Actors", -1, "Aktörer"),
        ("sv", "MainWindow", "%n actor(s)", 1, "1 aktör"),
        ("sv", "MainWindow", "%n actor(s)", 3, "3 aktörer"),
        ("sv", "RemovalText", "%n contact person(s)", 2, "2 kontaktpersoner"),
        ("sv", "fields", "Business ID", -1, "FO-nummer"),
        ("sv", "MainWindow", "&Map", -1, "&Karta"),
        ("en", "MainWindow", "%n actor(s)", 1, "1 actor"),
        ("en", "MainWindow", "%n actor(s)", 2, "2 actors"),
        ("en", "RemovalText", "%n contact person(s)", 2, "2 contact persons"),
    ],
)
def test_installed_translation_is_used(
    qapp: QCoreApplication, language: str, context: str, text: str, n: int, expected: str
) -> None:
    from aspdesk.ui.window.i18n import install_translators

    translators = install_translators(qapp, language)
    try:
        assert QCoreApplication.translate(context, text, None, n) == expected
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_data_file_messages_are_translated_before_values_go_in(qapp: QCoreApplication) -> None:
    from aspdesk.io.errors import DataFileError
    from aspdesk.io.exporting.formats import export_format
    from aspdesk.ui.window.i18n import install_translators

    with pytest.raises(DataFileError) as raised:
        export_format(Path("kartta.txt"))
    translators = install_translators(qapp, "fi")
    try:
        text = raised.value.text(QCoreApplication.translate)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert ".txt" in text and "aspdesk cannot write" not in text
