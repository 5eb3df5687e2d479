"""The report's pages: a one-page summary first, the graph and its legend on one page, and
membership tables whose words break only at a hyphen; on the sample and on a bigger map."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PySide6.QtGui import QImage

from aspdesk.app.exchange import snapshot_of
from aspdesk.app.html_pdf import broken_words, laid_out
from aspdesk.app.report_html import gather, matrix_section, page_html, report_html
from aspdesk.graph.export.report import fit_layout
from aspdesk.store.opening import open_map
from tests.benchmarks.generate import generate_map

pytestmark = pytest.mark.slow

FIRST_PAGE = (
    ("Report", "Network report"),
    ("Report", "What matters most"),
    ("Report", "The network; larger and with its legend in the next section."),
    ("Report", "The network"),
    ("Report", "Outcomes {since}–{until}"),
    ("Report", "Cluster health"),
)


def _words(qapp: object, language: str) -> list[str]:
    """The report's headings in ``language``, as the app translates them."""
    from PySide6.QtCore import QCoreApplication

    from aspdesk.ui.window.i18n import install_translators

    translators = install_translators(qapp, language)  # type: ignore[arg-type]
    try:
        return [QCoreApplication.translate(c, t) for c, t in FIRST_PAGE]
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


@pytest.fixture(scope="module")
def big_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A map of 400 actors in 14 clusters: more cluster lines and matrix columns."""
    return generate_map(
        tmp_path_factory.mktemp("big") / "big.aspmap", actors=400, relationships=1200, clusters=14
    )


def _report(map_file: Path, tmp_path: Path, language: str) -> list[pdfium.PdfPage]:
    copy = tmp_path / "map.aspmap"
    copy.write_bytes(map_file.read_bytes())
    target = tmp_path / "report.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "aspdesk", "report", str(copy), "-o", str(target)]
        + ["--lang", language],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    pdf = pdfium.PdfDocument(str(target))
    return [pdf[i] for i in range(len(pdf))]


def _text(page: pdfium.PdfPage) -> str:
    return " ".join(page.get_textpage().get_text_range().split())


def _images(page: pdfium.PdfPage) -> int:
    return len(list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])))


def _check_first_pages(pages: list[pdfium.PdfPage], map_file: Path, words: list[str]) -> None:
    store = open_map(map_file, map_file.parent / "backups")
    snapshot = snapshot_of(store)
    store.close()
    title, findings, caption, network, outcomes, health = words
    first = _text(pages[0])
    # Everything of the summary is on the first page, the picture last.
    assert snapshot.name in first and title in first and findings in first
    assert caption in first and _images(pages[0]) == 1
    for count in (len(snapshot.actors), len(snapshot.memberships), len(snapshot.relationships)):
        assert str(count) in first
    shown = sorted(snapshot.clusters, key=lambda c: c.name.casefold())[:18]
    assert all(c.name in first for c in shown)
    assert first.count("1. ") + first.count("2. ") + first.count("3. ") >= 3
    # The next page is the network, whole: picture and every legend row, nothing after.
    second = _text(pages[1])
    assert second.startswith(network) and _images(pages[1]) == 1
    # Then the outcomes of the last twelve months, and the health of each cluster.
    assert _text(pages[2]).startswith(outcomes.split("{since}")[0])
    assert any(_text(page).startswith(health) for page in pages[3:])


@pytest.mark.parametrize("language", ["en", "fi"])
def test_the_sample_s_summary_and_network_take_a_page_each(
    qapp: object, sample_file: Path, tmp_path: Path, language: str
) -> None:
    pages = _report(sample_file, tmp_path, language)
    _check_first_pages(pages, tmp_path / "map.aspmap", _words(qapp, language))
    first = _text(pages[0])
    for name in ("Arctic design", "Arctic security", "Arctic smart rural network"):
        assert name in first


def test_a_bigger_map_s_summary_fits_one_page(qapp: object, big_map: Path, tmp_path: Path) -> None:
    pages = _report(big_map, tmp_path, "en")
    _check_first_pages(pages, tmp_path / "map.aspmap", _words(qapp, "en"))


@pytest.mark.parametrize("language", ["en", "fi"])
@pytest.mark.parametrize("which", ["sample", "big"])
def test_no_word_in_the_membership_tables_is_cut_without_a_hyphen(
    qapp: object, sample_file: Path, big_map: Path, tmp_path: Path, which: str, language: str
) -> None:
    """Measured on the laid-out page, as the PDF is printed from it."""
    copy = tmp_path / "map.aspmap"
    copy.write_bytes((sample_file if which == "sample" else big_map).read_bytes())
    store = open_map(copy, tmp_path / "backups")
    snapshot = snapshot_of(store)
    store.close()
    from PySide6.QtCore import QCoreApplication

    from aspdesk.ui.window.i18n import install_translators

    translate = QCoreApplication.translate

    translators = install_translators(qapp, language)  # type: ignore[arg-type]
    data = gather(snapshot, language, translate, date(2025, 6, 1))
    layout = fit_layout(data, translate, QImage(800, 600, QImage.Format.Format_RGB32))
    matrix = laid_out(page_html(matrix_section(data, translate, layout.matrix_columns)))
    assert broken_words(matrix) == []
    # The whole report too (health sentences, metrics, projects).
    assert broken_words(laid_out(report_html(data, translate, layout=layout))) == []
    if which == "big":  # 14 clusters do not fit one table: split, not squeezed
        assert layout.matrix_columns is not None and layout.matrix_columns <= 8
    else:
        assert layout.matrix_columns is None, "the sample's five clusters fit one table"
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
