"""Names sort as a Finnish reader expects, Sámi letters with their base letters."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from aspdesk.app.collation import by_name, name_key

# Real-looking names of Lapland, in the order a Finnish reader looks for them: Á with A,
# Č with C, Đ with D, Ŋ with N, Š with S, Ŧ with T, Ž with Z; Å, Ä and Ö after Z;
# numbers as numbers.
FINNISH_ORDER = [
    "Aapa Puurakenne Oy",
    "Áillohaš-musiikki Oy",
    "Akkala Oy",
    "Čáhppes Duodji",
    "Cedercreutz Oy",
    "Dahl Consulting",
    "Duodji Shop",
    "Đuoktta Design",
    "Klusteri 2",
    "Klusteri 10",
    "Nieminen Tmi",
    "Ŋuorat Oy",
    "Nuorgam Holiday",
    "Sarre Oy",
    "Šiellat Oy",
    "Suohpan Tmi",
    "Tanhua Tmi",
    "Ŧeahkka Oy",
    "Tornio Works",
    "Zeta Oy",
    "Žolná Oy",
    "Åland Fisk Ab",
    "Äkäslompolon Kyläyhdistys",
    "Östersund Kontor",
]


def test_finnish_and_sami_names_sort_where_a_reader_expects_them() -> None:
    shuffled = FINNISH_ORDER[:]
    random.Random(14).shuffle(shuffled)
    assert by_name(shuffled, str) == FINNISH_ORDER
    assert sorted(shuffled, key=name_key) == FINNISH_ORDER


def test_case_only_breaks_ties() -> None:
    assert by_name(["lapin liitto", "Lapin AMK", "LAPIN KAUPPAKAMARI"], str) == [
        "Lapin AMK",
        "LAPIN KAUPPAKAMARI",
        "lapin liitto",
    ]
    assert by_name(["lapin liitto", "Lapin liitto"], str) == ["lapin liitto", "Lapin liitto"]


def test_the_reports_membership_list_sorts_sami_names(tmp_path: Path) -> None:
    from aspdesk.app.exchange import snapshot_of
    from aspdesk.app.report_html import gather, report_html
    from aspdesk.domain.entities import Actor, Cluster, Membership
    from aspdesk.store.opening import create_map

    store = create_map(tmp_path / "lappi.aspmap")
    cluster = store.insert(Cluster(name="Duodji"))
    shuffled = FINNISH_ORDER[:]
    random.Random(20).shuffle(shuffled)
    for name in shuffled:
        actor = store.insert(Actor(name=name))
        store.insert(Membership(actor_id=actor.id or 0, cluster_id=cluster.id or 0))
    snapshot = snapshot_of(store)
    store.close()

    def english(_context: str, source: str) -> str:
        return source

    html = report_html(gather(snapshot, "en", english, date(2026, 12, 5)), english)
    # The membership table may break long names at soft hyphens.
    text = html.replace("\u00ad", "")
    tables = [t for t in text.split("<table")[1:] if all(n in t for n in FINNISH_ORDER)]
    assert len(tables) == 2, "the network figures and the memberships list every actor"
    for table in tables:
        assert sorted(FINNISH_ORDER, key=table.index) == FINNISH_ORDER
