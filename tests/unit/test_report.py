"""The network report: ``aspdesk report`` and File > Export report, as PDF and as HTML."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.store.opening import open_map

pytestmark = pytest.mark.slow


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aspdesk", *args], capture_output=True, text=True, timeout=180
    )


def _pdf_text(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_the_pdf_report_names_each_cluster_and_finding(
    sample_file: Path, tmp_path: Path, language: str
) -> None:
    copy = tmp_path / "map.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    target = tmp_path / "raportti.pdf"
    result = _run("report", str(copy), "-o", str(target), "--lang", language)
    assert result.returncode == 0, result.stderr
    pages = _pdf_text(target)
    text = " ".join(" ".join(page.split()) for page in pages)
    store = open_map(copy, tmp_path / "backups")
    snapshot = snapshot_of(store)
    store.close()
    assert snapshot.name in pages[0]
    for cluster in snapshot.clusters:
        assert cluster.name in text, cluster.name
    committed = {"en": "committed members", "fi": "sitoutunutta jäsentä"}
    assert committed.get(language, "engagerade medlemmar") in text
    if language == "sv":  # headings, vocabulary, programme and dates in Swedish
        for words in ("Klusterhälsa", "Medlemmar", "Medlemsföretag", "Avslutat", "Delgenomförare"):
            assert words in text or words.lower() in text, words
        assert "Europeiska regionala utvecklingsfonden" in text
    if language == "en":  # every finding of every cluster is in the report, word for word
        from datetime import date

        from aspdesk.app.report_html import gather

        def english(_context: str, source: str) -> str:
            return source

        data = gather(snapshot, "en", english, date.today())
        sentences = [f.text(english) for found in data.findings.values() for f in found]
        assert sentences and all(" ".join(s.split()) in text for s in sentences)
    assert "Lapin yliopisto" in text and "Lapin AMK" in text
    # every page renders
    pdf = pdfium.PdfDocument(str(target))
    try:
        assert all(pdf[i].render(scale=0.3).width > 0 for i in range(len(pdf)))
    finally:
        pdf.close()


def test_the_html_report_stands_alone(sample_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "map.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    target = tmp_path / "report.html"
    assert _run("report", str(copy), "-o", str(target)).returncode == 0
    html = target.read_text(encoding="utf-8")
    assert "<img src='data:image/png;base64," in html
    assert "Arctic Smartness" in html and "Lapin liitto" in html
    assert "Cluster health" in html and "Memberships" in html
    # The projects section: the ASP project with its programme, status and partners.
    projects = html[html.index("<h2 style='page-break-before: always'>Projects</h2>") :]
    assert "ASP — Arctic Smartness Portfolio" in projects
    assert "European Regional Development Fund · Closed" in projects
    assert projects.index("Lapin liitto") < projects.index("Digipolis"), "coordinator first"
    assert projects.count("<td>Partner</td>") == 7


def test_a_report_of_another_type_is_refused(sample_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "map.aspmap"  # never the shared sample: drawing places its actors
    copy.write_bytes(sample_file.read_bytes())
    result = _run("report", str(copy), "-o", str(tmp_path / "r.docx"))
    assert result.returncode == 1 and ".docx" in result.stderr
    assert not (tmp_path / "r.docx").exists()
