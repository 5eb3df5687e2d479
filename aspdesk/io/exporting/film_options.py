"""What a film of the network's growth should be: format, dates, length, size, look.

Plain values without Qt, so that the command line can tell a film from a data export
(``aspdesk export map.aspmap -o growth.mp4``) without starting Qt, and the window's dialog
can hand its choices to the graph, which draws the frames.

A film runs from ``start`` to ``end``: frame by frame the days advance evenly, and the
last :func:`hold_frames` frames stay on ``end``, so that what joined the network near the
end has faded in fully and the viewer sees the network as it is on that day.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from aspdesk.domain.dates import format_date
from aspdesk.domain.records import record
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.image_options import BAD_THEME, THEME_KEYS

# Extension -> film format, in the order a file dialog offers them.
FILM_SUFFIXES = {".mp4": "mp4", ".gif": "gif", ".webp": "webp"}
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1920, 1080
MIN_SIDE, MAX_SIDE = 160, 3840  # H.264's 4K; bigger frames only make a slide deck slow
DEFAULT_SECONDS, MIN_SECONDS, MAX_SECONDS = 12, 2, 300
DEFAULT_FPS, MIN_FPS, MAX_FPS = 25, 5, 60
FADE_SECONDS = 0.4  # how long a node or tie takes to appear or to go
HOLD_SECONDS = 1.0  # the last day stays this long at the end

BAD_SIZE = QT_TRANSLATE_NOOP(
    "io", "A film can be {low} to {high} pixels wide and high; {width} x {height} is outside that."
)
BAD_SECONDS = QT_TRANSLATE_NOOP(
    "io", "A film can last {low} to {high} seconds; {value} is outside that."
)
BAD_FPS = QT_TRANSLATE_NOOP(
    "io", "A film can have {low} to {high} frames a second; {value} is outside that."
)
BAD_PERIOD = QT_TRANSLATE_NOOP(
    "io", "The film would end ({end}) before it starts ({start}): give the earlier date first."
)


def film_format(path: Path) -> str | None:
    """``"mp4"``, ``"gif"`` or ``"webp"`` for a film's file name, else None."""
    return FILM_SUFFIXES.get(path.suffix.lower())


def frame_size(options: FilmOptions) -> tuple[int, int]:
    """The frames' width and height: as asked, made even for H.264's yuv420p."""
    if options.format == "mp4":
        return options.width - options.width % 2, options.height - options.height % 2
    return options.width, options.height


@record
class FilmOptions:
    """How to film the network's growth from ``start`` to ``end`` (both days included)."""

    start: date
    end: date
    format: str = "mp4"  # mp4 | gif | webp
    seconds: int = DEFAULT_SECONDS
    fps: int = DEFAULT_FPS
    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT
    theme: str = "light"
    legend: bool = True
    language: str = "en"  # of the date on the frames

    def check(self) -> None:
        """Raise :class:`DataFileError` when a value is out of range."""
        if not (MIN_SIDE <= self.width <= MAX_SIDE and MIN_SIDE <= self.height <= MAX_SIDE):
            raise DataFileError(
                BAD_SIZE, low=MIN_SIDE, high=MAX_SIDE, width=self.width, height=self.height
            )
        if not MIN_SECONDS <= self.seconds <= MAX_SECONDS:
            raise DataFileError(BAD_SECONDS, low=MIN_SECONDS, high=MAX_SECONDS, value=self.seconds)
        if not MIN_FPS <= self.fps <= MAX_FPS:
            raise DataFileError(BAD_FPS, low=MIN_FPS, high=MAX_FPS, value=self.fps)
        if self.end < self.start:
            raise DataFileError(
                BAD_PERIOD,
                start=format_date(self.start, self.language),
                end=format_date(self.end, self.language),
            )
        if self.theme not in THEME_KEYS:
            raise DataFileError(BAD_THEME, value=self.theme)

    @property
    def frames(self) -> int:
        """How many frames the film has."""
        return self.seconds * self.fps

    @property
    def fade_frames(self) -> int:
        """How many frames a node or tie takes to fade in or out."""
        return max(1, round(self.fps * FADE_SECONDS))

    def hold_frames(self) -> int:
        """How many frames at the end show the last day (at least a fade's)."""
        return max(self.fade_frames, min(round(self.fps * HOLD_SECONDS), self.frames // 4))

    def days(self) -> list[date]:
        """The day each frame shows: evenly from ``start``, then ``end`` held."""
        moving = max(1, self.frames - 1 - self.hold_frames())
        span = (self.end - self.start).days
        return [
            self.start + timedelta(days=round(span * min(1.0, frame / moving)))
            for frame in range(self.frames)
        ]

    def date_text(self, day: date) -> str:
        """``day`` as the frames show it, written as this language writes dates."""
        return format_date(day, self.language)
