"""Encoding a film's frames (aspdesk.io.exporting.film_encoding), read back by ffprobe:
drawing and encoding side by side, and a cancel or a failure on either side leaving no
file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from aspdesk.io.errors import Cancelled
from aspdesk.io.exporting.film_encoding import Frame, write_film
from aspdesk.io.exporting.film_options import FilmOptions
from tests.film_maps import decoded_frames, probe

OPTIONS = FilmOptions(date(2015, 1, 1), date(2016, 1, 1), seconds=2, fps=10, width=320, height=180)


def _frame(number: int) -> Frame:
    """A white frame with a blue square moving right."""
    pixels = np.full((180, 320, 4), 255, dtype=np.uint8)
    pixels[60:120, number * 10 : number * 10 + 60, :3] = (178, 114, 0)  # B, G, R
    return pixels


def test_every_frame_is_encoded_in_order(tmp_path: Path) -> None:
    target = tmp_path / "film.mp4"
    seen: list[tuple[int, int]] = []
    busy = write_film(target, OPTIONS, _frame, lambda done, total: seen.append((done, total)))
    assert busy > 0
    assert seen[0] == (0, 20) and seen[-1] == (20, 20)
    found = probe(target)
    assert (found["width"], found["height"], int(found["nb_read_frames"])) == (320, 180, 20)
    (first,) = decoded_frames(target, [0], tmp_path)
    blue = first.pixelColor(30, 90)
    assert abs(blue.red() - 0) + abs(blue.green() - 114) + abs(blue.blue() - 178) <= 6, (
        "the colours come back as drawn (#0072B2)"
    )
    assert first.pixelColor(200, 90).name() == "#ffffff"


def test_a_cancel_leaves_no_file(tmp_path: Path) -> None:
    def progress(done: int, _total: int) -> None:
        if done == 5:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_film(tmp_path / "film.gif", OPTIONS, _frame, progress)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_drawing_leaves_no_file(tmp_path: Path) -> None:
    def frame(number: int) -> Frame:
        if number == 12:
            raise RuntimeError("drawing failed")
        return _frame(number)

    with pytest.raises(RuntimeError, match="drawing failed"):
        write_film(tmp_path / "film.webp", OPTIONS, frame, lambda _d, _t: None)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_encoding_stops_the_drawing_and_leaves_no_file(tmp_path: Path) -> None:
    drawn: list[int] = []

    def frame(number: int) -> Frame:
        drawn.append(number)
        return _frame(number) if number != 3 else np.zeros((180, 320, 3), dtype=np.uint8)

    with pytest.raises(ValueError):  # three channels where B, G, R, A were due
        write_film(tmp_path / "film.mp4", OPTIONS, frame, lambda _d, _t: None)
    assert list(tmp_path.iterdir()) == []
    assert len(drawn) < OPTIONS.frames, "drawing stopped once the encoder had failed"
