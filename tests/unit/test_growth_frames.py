"""A growth film's days, who is on the network on each frame, and the fades
(aspdesk.io.exporting.film_options, aspdesk.analysis.growth)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from aspdesk.analysis.growth import fades, presence
from aspdesk.analysis.timeline import Timeline
from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership, Relationship
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.film_options import FilmOptions, film_format


def test_frames_advance_evenly_then_hold_the_last_day() -> None:
    options = FilmOptions(date(2015, 1, 1), date(2020, 12, 31), seconds=4, fps=25)
    days = options.days()
    assert len(days) == options.frames == 100
    assert days[0] == date(2015, 1, 1) and days[-1] == date(2020, 12, 31)
    assert days == sorted(days), "time never runs backwards"
    hold = options.hold_frames()
    assert hold >= options.fade_frames, "what joins last has faded in fully at the end"
    assert set(days[-hold:]) == {date(2020, 12, 31)}
    assert days[-hold - 2] < date(2020, 12, 31)
    one_day = FilmOptions(date(2020, 1, 1), date(2020, 1, 1), seconds=2, fps=5)
    assert set(one_day.days()) == {date(2020, 1, 1)}


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"width": 100}, "160 to 3840"),
        ({"height": 5000}, "160 to 3840"),
        ({"seconds": 1}, "2 to 300 seconds"),
        ({"fps": 240}, "5 to 60 frames"),
        ({"end": date(2014, 12, 31)}, "before it starts"),
        ({"theme": "neon"}, "not neon"),
    ],
)
def test_options_out_of_range_are_refused_with_a_reason(
    changes: dict[str, object], words: str
) -> None:
    options = FilmOptions(date(2015, 1, 1), date(2020, 12, 31))
    from dataclasses import replace

    with pytest.raises(DataFileError, match=words):
        replace(options, **changes).check()  # type: ignore[arg-type]


def test_the_date_is_written_as_the_language_writes_it() -> None:
    assert (
        FilmOptions(date(2015, 1, 1), date(2016, 3, 9), language="fi").date_text(date(2016, 3, 9))
        == "9.3.2016"
    )
    assert FilmOptions(date(2015, 1, 1), date(2016, 3, 9)).date_text(date(2016, 3, 9)) == (
        "2016-03-09"
    )
    assert [film_format(Path(n)) for n in ("a.MP4", "b.gif", "c.webp", "d.avi")] == [
        "mp4",
        "gif",
        "webp",
        None,
    ]


def test_fades_start_whole_ramp_in_and_out_and_never_jump() -> None:
    on = np.array([[1, 0], [1, 0], [0, 1], [0, 1], [0, 1], [0, 1], [1, 0]], dtype=np.bool_)
    opacity = fades(on, 3)
    assert opacity[0].tolist() == [1.0, 0.0], "what is there on the first frame starts whole"
    assert np.allclose(opacity[:, 1], [0, 0, 1 / 3, 2 / 3, 1, 1, 2 / 3])
    assert np.allclose(opacity[:, 0], [1, 1, 2 / 3, 1 / 3, 0, 0, 1 / 3])
    assert np.abs(np.diff(opacity, axis=0)).max() <= 1 / 3 + 1e-6, "no step bigger than a fade's"


def test_presence_asks_the_timeline_for_each_day() -> None:
    entities = [
        Cluster(id=1, name="Arctic design"),
        Actor(id=1, name="Early Oy"),
        Actor(id=2, name="Late Oy"),
        Actor(id=3, name="Undated Oy"),
        Membership(id=1, actor_id=1, cluster_id=1, since=date(2015, 2, 1)),
        Membership(id=2, actor_id=2, cluster_id=1, since=date(2018, 1, 1)),
        Relationship(
            id=1, source_id=1, target_id=2, start_date=date(2018, 6, 1), end_date=date(2019, 6, 1)
        ),
    ]
    timeline = Timeline(entities, [])
    days = [
        date(2015, 1, 1),
        date(2016, 1, 1),
        date(2018, 7, 1),
        date(2018, 7, 1),
        date(2020, 1, 1),
    ]
    elements = [
        (EntityType.ACTOR, 1),
        (EntityType.ACTOR, 2),
        (EntityType.ACTOR, 3),
        (EntityType.MEMBERSHIP, 2),
        (EntityType.RELATIONSHIP, 1),
    ]
    found = presence(timeline, days, elements)
    assert found.on.tolist() == [
        [False, False, True, False, False],
        [True, False, True, False, False],
        [True, True, True, True, True],
        [True, True, True, True, True],
        [True, True, True, True, False],
    ]
    for row, day in zip(found.on, days, strict=True):
        network = timeline.on(day)
        assert bool(row[0]) == (1 in network.actors)
        assert bool(row[4]) == (1 in network.relationships)
    assert found.ever().all()
