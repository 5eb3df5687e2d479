"""The questionnaires open in LibreOffice without a repair: Debian's libreoffice-calc converts
them to PDF headless, and the PDF holds the cover sheet's text (pdftotext, poppler-utils).

Skipped where soffice is missing, unless ASPDESK_REQUIRE_LIBREOFFICE is set (.ci/run sets it
and installs both), as the web map's tests do for Chromium. A workbook LibreOffice has to
repair converts to nothing or to an empty page, so both are checked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.app.survey import new_round, write_round
from aspdesk.store.repository import MapStore
from tests.integration.test_survey_round import ARCTIC_DESIGN

pytestmark = pytest.mark.slow


def _tools() -> tuple[str, str]:
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        reason = "the LibreOffice test needs soffice (libreoffice-calc) and pdftotext"
        if os.environ.get("ASPDESK_REQUIRE_LIBREOFFICE"):
            pytest.fail(reason + " (ASPDESK_REQUIRE_LIBREOFFICE is set)")
        pytest.skip(reason)
    return soffice, pdftotext


@pytest.mark.parametrize(
    ("language", "title", "heading"),
    [
        ("fi", "Klusterin Arctic design kysely", "Miksi kysymme"),
        ("en", "Questionnaire of the cluster Arctic design", "Why we ask"),
    ],
)
def test_questionnaires_convert_without_repair(
    sample_store: MapStore, tmp_path: Path, language: str, title: str, heading: str
) -> None:
    soffice, pdftotext = _tools()
    snapshot = snapshot_of(sample_store)
    survey_round = new_round(snapshot, ARCTIC_DESIGN, language, date(2026, 12, 5), 1)
    written = write_round(snapshot, survey_round, tmp_path / "round")
    chosen = [p for p in written if p.name.startswith(("Kuura", "Lapin liitto"))]
    out = tmp_path / "pdf"
    profile = tmp_path / "profile"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, chosen),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for workbook in chosen:
        pdf = out / (workbook.stem + ".pdf")
        assert pdf.is_file(), f"no PDF of {workbook.name}: {result.stdout} {result.stderr}"
        text = subprocess.run(
            [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert title in text
        assert heading in text
        assert workbook.stem.split(" (")[0] in text  # "For: Kuura Design Oy (example)"
        assert "repair" not in (result.stdout + result.stderr).lower()
