"""Which map the window opens at start, and what a user's folders hold afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from aspdesk.app.paths import AppPaths
from aspdesk.app.settings import Settings
from aspdesk.store.mapfile import check_map_file
from aspdesk.ui.window import launch
from aspdesk.ui.window.launch import MapOpener, choose_map, open_start_map


@pytest.fixture
def opener(aspdesk_home: Path) -> MapOpener:
    return MapOpener(AppPaths.for_user(), "en")


@pytest.fixture
def settings(opener: MapOpener) -> Settings:
    return Settings(opener.paths.settings_file)


def test_first_start_opens_a_copy_of_the_sample(
    opener: MapOpener, settings: Settings, aspdesk_home: Path
) -> None:
    chosen = choose_map(opener, settings, None, sample=False)
    assert chosen is not None and chosen.parent == aspdesk_home / "data"
    assert chosen.name == "Arctic Smartness Portfolio 2015.aspmap"
    check_map_file(chosen)
    assert choose_map(opener, settings, None, sample=False) == chosen, "no second copy"


def test_last_map_is_opened_again(opener: MapOpener, settings: Settings, tmp_path: Path) -> None:
    mine = tmp_path / "mine.aspmap"
    opener(mine, True).close()
    settings.add_recent_map(mine)
    assert choose_map(opener, settings, None, sample=False) == mine


def test_vanished_last_map_falls_back_to_the_sample(
    opener: MapOpener, settings: Settings, tmp_path: Path
) -> None:
    settings.add_recent_map(tmp_path / "deleted.aspmap")
    chosen = choose_map(opener, settings, None, sample=False)
    assert chosen is not None and chosen.name.startswith("Arctic Smartness Portfolio 2015")


def test_sample_option_makes_a_fresh_copy_each_time(opener: MapOpener, settings: Settings) -> None:
    first = choose_map(opener, settings, None, sample=True)
    second = choose_map(opener, settings, None, sample=True)
    assert first is not None and second is not None and first != second
    assert second.name == "Arctic Smartness Portfolio 2015 (2).aspmap"


def test_new_path_is_created_after_asking(
    opener: MapOpener, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(launch, "_ask_create", lambda path: asked.append(path) or True)
    chosen = choose_map(opener, settings, tmp_path / "new-map", sample=False)
    assert asked == [tmp_path / "new-map.aspmap"] and chosen == asked[0]
    check_map_file(chosen)


def test_declined_new_path_creates_nothing(
    opener: MapOpener, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(launch, "_ask_create", lambda path: False)
    assert choose_map(opener, settings, tmp_path / "no.aspmap", sample=False) is None
    assert not (tmp_path / "no.aspmap").exists()


def test_recent_maps_keep_order_and_limit(settings: Settings, tmp_path: Path) -> None:
    for n in range(12):
        settings.add_recent_map(tmp_path / f"{n}.aspmap")
    settings.add_recent_map(tmp_path / "3.aspmap")
    recent = settings.recent_maps
    assert recent[0] == tmp_path / "3.aspmap" and len(recent) == 10
    assert recent.count(tmp_path / "3.aspmap") == 1


def test_a_data_file_given_at_start_opens_the_usual_map_and_is_offered_for_import(
    opener: MapOpener, settings: Settings, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.aspmap"
    opener(mine, True).close()
    settings.add_recent_map(mine)
    data = tmp_path / "kumppanit.graphml"
    data.write_text("<?xml version='1.0'?><graphml><graph/></graphml>", encoding="utf-8")
    start = open_start_map(opener, settings, data, sample=False)
    assert start is not None
    try:
        assert start.path == mine and start.data_file == data
        assert start.data_kind == "a GraphML graph"
    finally:
        start.document.close()


def test_a_renamed_data_file_given_at_start_is_refused_with_what_it_seems(
    opener: MapOpener, settings: Settings, tmp_path: Path
) -> None:
    from aspdesk.store.errors import NotAMapError

    data = tmp_path / "kumppanit.aspmap"
    data.write_text("Nimi;Kunta\nGTK;Rovaniemi\n", encoding="utf-8")
    with pytest.raises(NotAMapError) as refused:
        open_start_map(opener, settings, data, sample=False)
    assert "it seems to be a CSV or text table" in refused.value.text()
