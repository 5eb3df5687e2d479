"""The report's outcomes section through ``aspdesk report --since/--until``, and bad input.

The crafted map of :mod:`tests.unit.test_outcomes` is written into a map file; its numbers
are known by hand, so the sentences a funder reads are checked word for word, in English
(HTML) and in Finnish (the PDF's text). The sample map's section is checked against the
outcome numbers of the same map.
"""

from __future__ import annotations

import base64
import re
import subprocess
import sys
from datetime import date
from html import unescape
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QImage

from aspdesk.analysis.outcomes import outcomes
from aspdesk.analysis.timeline import Timeline, compare
from aspdesk.app.exchange import snapshot_of
from aspdesk.graph.styling.style import NEW_COLOUR
from aspdesk.store.opening import create_map, open_map
from tests.unit.test_outcomes import crafted_map

pytestmark = pytest.mark.slow


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aspdesk", "report", *args],
        capture_output=True,
        text=True,
        timeout=180,
    )


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    return " ".join(" ".join(page.split()) for page in pages)


@pytest.fixture
def crafted_file(tmp_path: Path) -> Path:
    path = tmp_path / "crafted.aspmap"
    store = create_map(path)
    store.set_map_name("Crafted")
    store.bulk_insert(crafted_map())
    store.close()
    return path


def test_the_funder_s_sentences_on_the_crafted_map_in_english(
    crafted_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.html"
    # The day before 2.1.2016 is the crafted test's earlier day.
    result = _run(
        str(crafted_file), "-o", str(target), "--since", "2.1.2016", "--until", "2019-01-01"
    )
    assert result.returncode == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    section = _text(html[html.index("Outcomes 2016-01-02") : html.index(">Cluster health</h2>")])
    assert section.startswith(
        "Outcomes 2016-01-02–2019-01-01 The actors formed 6 new ties. 2 of them are "
        "international. 2 companies were tied to research for the first time. The clusters "
        "gained 4 new memberships. 1 tie ended. 1 membership ended."
    )
    # Tables: by type, then by cluster (Food gained nothing, so it has no row).
    assert "Type New Ended Collaboration 1 1 Funding 1 0 Information exchange 1 0" in section
    assert "Cluster New ties Ended ties New memberships Ended memberships " in section
    assert "Design 3 1 2 1 Mining 1 0 2 0 " in section
    assert "Kind New Company 2 International partner 1 Research or education organisation 1" in (
        section
    )
    assert (
        "New international ties DesignCo – UK Org (Collaboration) "
        "UK Org – Uni (Information exchange)"
    ) in section
    assert "Companies tied to research for the first time MineCo: Amk NewCo: Uni" in section
    # Under the default rules: UK Org brings the international link to Design, Fund ties
    # in to Food, and Mining's two members, untied when it was founded, are tied now;
    # Council's leaving costs Design its authority, and the 2015 checks grew old.
    solved = section[
        section.index("Cluster health: solved") : section.index("Cluster health: appeared")
    ]
    assert solved.count("Look at") == 5 and "Problem" not in solved
    assert solved == (
        "Cluster health: solved Founded within the period, so compared from the day they "
        "started: Mining (2017-01-01). Design "
        "Look at No one has the role International link yet (the Arctic Smartness "
        "Portfolio's cluster model of 2015). "
        "Look at The cluster has no international links: no member is from abroad, and no "
        "member has a tie to a partner abroad. "
        "Food Look at No funder has a tie with the cluster's members. "
        "Mining Look at The research and education member Amk has no ties to member "
        "companies. "
        "Look at 2 members have no ties to other members of the cluster: Amk, MineCo. "
    )
    appeared = section[section.index("Cluster health: appeared") :]
    assert appeared.count("Look at") == 5
    assert appeared.startswith("Cluster health: appeared Design Look at No member of the kind")
    assert "The membership of Council has passed its end date" in appeared
    assert (
        "Founded within the period, so compared from the day they started: Mining (2017-01-01)."
        in (section)
    )


def test_the_section_in_finnish_in_the_pdf(crafted_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "raportti.pdf"
    result = _run(
        str(crafted_file),
        "-o",
        str(target),
        "--since",
        "2.1.2016",
        "--until",
        "1.1.2019",
        "--lang",
        "fi",
    )
    assert result.returncode == 0, result.stderr
    text = _pdf_text(target)
    assert "Tulokset 2.1.2016–1.1.2019" in text
    assert (
        "Toimijoiden välille syntyi 6 uutta suhdetta. Niistä 2 on kansainvälisiä. 2 yritystä "
        "sai ensimmäisen suhteensa tutkimukseen. Klustereihin tuli 4 uutta jäsenyyttä. "
        "1 suhde päättyi. 1 jäsenyys päättyi."
    ) in text
    assert "Suhteet tyypeittäin" in text and "Klustereittain" in text


def test_the_section_in_swedish(crafted_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    result = _run(
        str(crafted_file),
        "-o",
        str(target),
        "--since",
        "2016-01-02",
        "--until",
        "2019-01-01",
        "--lang",
        "sv",
    )
    assert result.returncode == 0, result.stderr
    text = _text(target.read_text(encoding="utf-8"))
    assert (
        "Resultat 2.1.2016–1.1.2019 Aktörerna knöt 6 nya band. 2 av dem är internationella. "
        "2 företag fick band till forskningen för första gången. Klustren fick 4 nya "
        "medlemskap. 1 band upphörde. 1 medlemskap upphörde."
    ) in text
    assert "Band efter typ" in text and "Nya internationella band" in text


def test_the_sample_s_outcomes_2015_to_2020(sample_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "map.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    target = tmp_path / "report.html"
    result = _run(str(copy), "-o", str(target), "--since", "2015-01-01", "--until", "2020-12-31")
    assert result.returncode == 0, result.stderr
    store = open_map(copy, tmp_path / "backups")
    snapshot = snapshot_of(store)
    store.close()
    entities = [
        *snapshot.actors,
        *snapshot.clusters,
        *snapshot.memberships,
        *snapshot.relationships,
        *snapshot.projects,
    ]
    timeline = Timeline(entities, [])
    found = outcomes(compare(timeline, date(2014, 12, 31), date(2020, 12, 31)), timeline=timeline)
    text = _text(target.read_text(encoding="utf-8"))
    ended = found.ended_ties.all.count
    said = (
        f"The actors formed {found.new_ties.all.count} new ties. "
        f"{found.international.count} of them are international. "
        f"{found.companies_to_research.count} companies were tied to research for the first "
        f"time. The clusters gained {found.new_members.all.count} new memberships. "
        + (f"{ended} tie ended." if ended == 1 else f"{ended} ties ended.")
    )
    assert said in text
    # The story the sample's dates tell: growth, abroad from 2017, research ties for firms.
    assert found.new_ties.all.count >= 30 and found.ended_ties.all.count >= 1
    assert found.international.count >= 5 and found.companies_to_research.count >= 6
    assert found.solved  # the clusters founded in 2015 gained companies and links abroad
    assert "Founded within the period" in text
    # The section shows the period's then and now as the graph draws it, with its legend:
    # the new ties in their colour, and the legend's words for new and ended.
    html = target.read_text(encoding="utf-8")
    pictures = re.findall(r"<img src='data:image/png;base64,([^']+)'", html)
    assert len(set(pictures)) == 2  # the graph (on the first page and its own) and this
    assert html.index(pictures[-1]) > html.index(">Outcomes 2015-01-01") > html.index(pictures[0])
    change = QImage.fromData(base64.b64decode(pictures[-1]))
    assert not change.isNull() and change.width() > 600
    pixels = {
        change.pixelColor(x, y).name()
        for x in range(0, change.width(), 2)
        for y in range(0, change.height(), 2)
    }
    assert NEW_COLOUR.lower() in pixels
    # Its legend stands under it as text, so that the drawing has the page's width.
    assert change.width() <= change.height()
    assert "New: not on 2014-12-31, on 2020-12-31" in text
    assert "Faded: on both dates" in text


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--since", "32.1.2015"], "--since: “32.1.2015” is not a date"),
        (["--until", "2020-13-01"], "--until: “2020-13-01” is not a date"),
        (["--since", "last year"], "--since: “last year” is not a date"),
        (
            ["--since", "1.1.2021", "--until", "2020-12-31"],
            "The period would start on 2021-01-01, after it ends on 2020-12-31.",
        ),
    ],
)
def test_a_bad_period_writes_nothing(
    crafted_file: Path, tmp_path: Path, options: list[str], said: str
) -> None:
    target = tmp_path / "report.pdf"
    result = _run(str(crafted_file), "-o", str(target), *options)
    assert result.returncode != 0
    assert said in result.stderr
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [crafted_file]


def test_a_bad_date_is_told_in_finnish(crafted_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "raportti.pdf"
    result = _run(str(crafted_file), "-o", str(target), "--since", "31.2.2020", "--lang", "fi")
    assert result.returncode != 0
    assert "--since: ”31.2.2020” ei ole päivämäärä" in result.stderr
    assert not target.exists()
