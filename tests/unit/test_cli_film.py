"""``aspdesk export MAP -o growth.mp4|.gif|.webp --from --to``: a film of the network's
growth, read back by an independent reader (ffprobe and ffmpeg, Debian's FFmpeg, not the
PyAV that wrote it), and the command line's answers to bad input."""

from __future__ import annotations

import struct
from datetime import date
from pathlib import Path

import pytest

from aspdesk.cli.main import main
from tests.film_maps import colourful_pixels, dated_sample, decoded_frames, probe

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dated_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("film")
    return dated_sample(folder / "dated.aspmap", folder / "backups")


def _film(dated_map: Path, target: Path, *extra: str) -> int:
    return main(
        ["export", str(dated_map), "-o", str(target), "--from", "2015-01-01",
         "--to", "31.12.2020", *extra]
    )  # fmt: skip


def _bottom_right(image):  # type: ignore[no-untyped-def]
    """The corner where the date is written."""
    return image.copy(image.width() * 6 // 10, image.height() * 85 // 100,
                      image.width() * 4 // 10, image.height() * 15 // 100)  # fmt: skip


def test_mp4_is_h264_of_the_frames_size_and_length_asked(
    dated_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "growth.mp4"
    assert _film(dated_map, target, "--seconds", "3", "--width", "641", "--height", "360") == 0
    assert "from 2015-01-01 to 2020-12-31" in capsys.readouterr().out
    found = probe(target)
    assert found["codec_name"] == "h264" and found["pix_fmt"] == "yuv420p"
    assert found["color_space"] == "bt709", "tagged as it was converted"
    assert (found["width"], found["height"]) == (640, 360), "made even for yuv420p"
    assert int(found["nb_read_frames"]) == 75 and found["r_frame_rate"] == "25/1"
    assert float(found["duration"]) == pytest.approx(3.0, abs=0.05)
    # faststart: the index (moov) comes before the pictures (mdat), for the web
    data = target.read_bytes()
    assert 0 < data.find(b"moov") < data.find(b"mdat")
    first, middle, last = decoded_frames(target, [0, 40, 74], tmp_path)
    assert colourful_pixels(first) * 2 < colourful_pixels(last), "the network grows"
    assert colourful_pixels(first) <= colourful_pixels(middle) <= colourful_pixels(last)
    assert _bottom_right(first) != _bottom_right(last), "the date changes"
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_gif_at_a_chosen_size_and_rate(dated_map: Path, tmp_path: Path) -> None:
    target = tmp_path / "growth.gif"
    assert _film(dated_map, target, "--seconds", "2", "--fps", "10", "--width", "480",
                 "--height", "270", "--theme", "projector", "--lang", "fi") == 0  # fmt: skip
    found = probe(target)
    assert found["codec_name"] == "gif" and found["format_name"] == "gif"
    assert (found["width"], found["height"]) == (480, 270)
    assert int(found["nb_read_frames"]) == 20
    assert float(found["duration"]) == pytest.approx(2.0, abs=0.11)
    first, last = decoded_frames(target, [0, 19], tmp_path)
    assert colourful_pixels(first) * 2 < colourful_pixels(last)
    assert _bottom_right(first) != _bottom_right(last)


def test_webp_is_an_animation_of_the_length_asked(dated_map: Path, tmp_path: Path) -> None:
    target = tmp_path / "growth.webp"
    assert _film(dated_map, target, "--seconds", "2", "--width", "320", "--height", "180") == 0
    data = target.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    chunks: dict[bytes, int] = {}
    duration, at, size = 0, 12, (0, 0)
    while at < len(data):  # FFmpeg 5 decodes no animated WebP: read its chunks by hand
        tag, length = data[at : at + 4], struct.unpack("<I", data[at + 4 : at + 8])[0]
        chunks[tag] = chunks.get(tag, 0) + 1
        body = data[at + 8 : at + 8 + length]
        if tag == b"VP8X":
            size = (
                int.from_bytes(body[4:7], "little") + 1,
                int.from_bytes(body[7:10], "little") + 1,
            )
        if tag == b"ANMF":
            duration += int.from_bytes(body[12:15], "little")
        at += 8 + length + (length & 1)
    assert size == (320, 180) and chunks.get(b"ANIM") == 1
    assert 2 <= chunks[b"ANMF"] <= 50, "frames that change nothing are merged into the last"
    assert duration == 2000, "milliseconds"


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--from", "2015-13-01"], "--from 2015-13-01 is not a date"),
        (["--to", "eilen"], "--to eilen is not a date"),
        (["--from", "2020-01-01", "--to", "2015-01-01"], "before it starts"),
        (["--seconds", "0"], "2 to 300 seconds"),
        (["--width", "8000"], "160 to 3840"),
        (["--view", "Kaikki"], "--view and --all-views are for images"),
    ],
)
def test_bad_input_is_said_and_nothing_written(
    dated_map: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    words: str,
) -> None:
    target = tmp_path / "growth.mp4"
    assert main(["export", str(dated_map), "-o", str(target), *extra]) == 1
    assert words in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_suffix_is_said_and_nothing_written(
    dated_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(dated_map), "-o", str(tmp_path / "growth.avi")]) == 1
    assert "cannot write .avi files" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_first_day_defaults_to_the_maps_first_date(
    dated_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "growth.gif"
    code = main(["export", str(dated_map), "-o", str(target), "--to", "2016-01-01",
                 "--seconds", "2", "--fps", "5", "--width", "320", "--height", "180"])  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "to 2016-01-01" in out and "from 2015-01-" in out, out
    assert date(2015, 1, 1) <= date.fromisoformat(out.split("from ")[1][:10])
