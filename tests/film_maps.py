"""Maps for the tests of the growth film: the sample map with its memberships and ties
dated over 2015-2020, as a portfolio that grew (some ties ended on the way)."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QImage

from aspdesk.domain.entities import EntityType, Membership, Relationship
from aspdesk.store.opening import open_map
from aspdesk.store.sample import write_sample

FIRST, LAST = date(2015, 1, 1), date(2020, 12, 31)


def dated_sample(path: Path, backups: Path, seed: int = 16) -> Path:
    """The sample map at ``path``: every membership and tie starts on a day of 2015-2020
    (a few memberships and ties of the first half of 2015, most later), every tenth tie
    ends before 2020; so 2015 shows a few actors and 2020 the whole portfolio."""
    rng = random.Random(seed)
    write_sample(path)
    store = open_map(path, backups)
    span = (LAST - FIRST).days

    def day(low: float = 0.0) -> date:
        return FIRST + timedelta(days=int(span * (low + (1 - low) * rng.random() ** 0.7)))

    try:
        for n, entity in enumerate(store.all(EntityType.MEMBERSHIP)):
            assert isinstance(entity, Membership) and entity.id is not None
            since = FIRST + timedelta(days=rng.randrange(150)) if n % 5 == 0 else day()
            store.update(EntityType.MEMBERSHIP, entity.id, {"since": since, "until": None})
        for n, entity in enumerate(store.all(EntityType.RELATIONSHIP)):
            assert isinstance(entity, Relationship) and entity.id is not None
            start = day(0.05)
            end = start + timedelta(days=400 + rng.randrange(500)) if n % 10 == 0 else None
            if end is not None and end >= LAST:
                end = None
            store.update(EntityType.RELATIONSHIP, entity.id, {"start_date": start, "end_date": end})
    finally:
        store.close()
    return path


def ffprobe() -> str:
    """ffprobe's path: the independent reader of the films. Skips the test without it,
    unless ASPDESK_REQUIRE_FFPROBE is set (.ci/run sets it and installs Debian's ffmpeg),
    where it fails instead."""
    found = shutil.which("ffprobe")
    if found is None or shutil.which("ffmpeg") is None:
        reason = "ffprobe and ffmpeg (Debian's ffmpeg) are not installed"
        if os.environ.get("ASPDESK_REQUIRE_FFPROBE"):
            pytest.fail(reason + " (ASPDESK_REQUIRE_FFPROBE is set)")
        pytest.skip(reason)
    return found


def probe(path: Path) -> dict[str, Any]:
    """The video stream and the container of ``path`` as ffprobe reads them, frames
    counted by decoding every one."""
    result = subprocess.run(
        [ffprobe(), "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
         "stream=codec_name,pix_fmt,width,height,nb_read_frames,r_frame_rate,color_space:"
         "format=duration,"
         "format_name", "-of", "json", str(path)],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    found = json.loads(result.stdout)
    return {**found["streams"][0], **found["format"]}


def decoded_frames(path: Path, frames: list[int], folder: Path) -> list[QImage]:
    """Frames ``frames`` (numbers from 0) of the film at ``path``, decoded by ffmpeg to
    PNG files in ``folder`` and read back."""
    images = []
    for number in frames:
        target = folder / f"{path.stem}-{number}.png"
        subprocess.run(
            ["ffmpeg", "-v", "error", "-y", "-i", str(path), "-vf", f"select=eq(n\\,{number})",
             "-frames:v", "1", str(target)],
            capture_output=True, timeout=120, check=True,
        )  # fmt: skip
        images.append(QImage(str(target)))
    return images


def colourful_pixels(image: QImage) -> int:
    """How many pixels are of a strong colour (nodes, most of all; not the white ground,
    not the grey or black text and lines)."""
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(pixels.constBits(), np.uint8).reshape(pixels.height(), -1, 4)
    rgb = rows[:, : pixels.width(), :3].astype(np.int16)
    return int(((rgb.max(axis=2) - rgb.min(axis=2)) > 90).sum())
