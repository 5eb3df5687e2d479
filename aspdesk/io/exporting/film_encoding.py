"""Encoding a film's frames into MP4 (H.264), animated GIF or animated WebP, with PyAV.

PyAV's wheels carry FFmpeg with libx264, the GIF encoder and libwebp, so nothing is
installed on the system and no encoder is ours. Frames come as the pixels of a
``QImage.Format_RGB32`` picture (bytes B, G, R, 255 on every platform Qt runs on), an
array of height x width x 4.

- MP4: H.264 in yuv420p, which every browser, phone and presentation program plays;
  ``faststart`` puts the index at the front, so a web page starts playing before the
  whole file has arrived. yuv420p needs even sides: the options make them so. The colours
  are converted as BT.709 says and the file says so: a player guesses BT.709 for HD
  video without the tag, and FFmpeg converts by BT.601 unless told (an orange #E69F00
  came back #E49D00).
- GIF: 256 colours. One palette is made for the whole film from sample frames (the
  first, the middle and the last), and each frame is
  mapped onto it with an ordered dither, which does not shimmer from frame to frame as
  error diffusion does, and which lets the GIF muxer store only the part that changed.
- WebP: libwebp's animation, lossy at a quality that keeps thin lines and text sharp.

A film is written through :func:`aspdesk.io.atomic.atomic_path`, like every export: a
cancelled or failed film leaves no file behind. Frames are encoded on a thread of their
own while the next ones are drawn: PyAV lets go of Python's lock while FFmpeg converts and
encodes (a busy Python loop beside an encoding thread kept 72 % of its speed), so drawing
and encoding share the two cores of a laptop instead of taking turns.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from types import TracebackType
from typing import Any

import av
import numpy as np
from av.video.reformatter import ColorRange, Colorspace
from numpy.typing import NDArray

from aspdesk.io.atomic import atomic_path
from aspdesk.io.errors import CANNOT_WRITE, DataFileError, Progress
from aspdesk.io.exporting.film_options import FilmOptions, frame_size

Frame = NDArray[np.uint8]  # height x width x 4: B, G, R, 255
MP4_PRESET = "veryfast"  # graphs on a plain ground: slower presets gain little here
MP4_CRF = "20"  # visually lossless for lines and text at 1080p
WEBP_QUALITY = "85"
# libwebp's effort (0-6, default 4): at 2 a 1080p frame of the graph encoded a fifth
# faster for a file 3 % bigger; the animation encoder tries each frame several ways.
WEBP_EFFORT = "2"
BGRA = av.VideoFormat("bgra")
PALETTE_USE = "dither=bayer:bayer_scale=4:diff_mode=rectangle"
QUEUED = 3  # frames drawn ahead of the encoder (each 8 MB at 1080p)
BGRA = av.VideoFormat("bgra")
PALETTE_USE = "dither=bayer:bayer_scale=4:diff_mode=rectangle"
QUEUED = 3  # frames drawn ahead of the encoder (each 8 MB at 1080p)


class FilmEncoder:
    """Frames into one film file at ``path`` (a temporary one: see :func:`write_film`).

    ``samples`` are frames whose colours a GIF's palette is made from (other formats
    ignore them). Use as a context manager: the file is finished on a normal exit and
    only closed when the block raises.
    """

    def __init__(self, path: Path, options: FilmOptions, samples: Sequence[Frame] = ()) -> None:
        self.options = options
        self.width, self.height = frame_size(options)
        self.time_base = Fraction(1, options.fps)
        self.count = 0
        self.busy = 0.0  # seconds spent encoding
        self.container: Any = av.open(
            str(path),
            "w",
            format=options.format,
            options={"movflags": "+faststart"} if options.format == "mp4" else {},
        )
        self.stream: Any = self._stream()
        self.palette: Any = None
        if options.format == "gif":
            self.palette = self._gif_palette(samples)

    def _stream(self) -> Any:
        codec = {"mp4": "libx264", "gif": "gif", "webp": "libwebp_anim"}[self.options.format]
        stream = self.container.add_stream(codec, rate=self.options.fps)
        stream.width, stream.height = self.width, self.height
        stream.time_base = self.time_base
        if self.options.format == "mp4":
            stream.pix_fmt = "yuv420p"
            stream.options = {"preset": MP4_PRESET, "crf": MP4_CRF}
            context = stream.codec_context
            # BT.709 primaries, transfer and matrix (their codes are all 1), TV range
            context.colorspace = context.color_primaries = context.color_trc = 1
            context.color_range = 1
        elif self.options.format == "gif":
            stream.pix_fmt = "pal8"
        else:
            stream.pix_fmt = "yuv420p"
            stream.options = {
                "quality": WEBP_QUALITY,
                "loop": "0",
                "compression_level": WEBP_EFFORT,
            }
        return stream

    def _frame(self, pixels: Frame, pts: int) -> Any:
        frame = av.VideoFrame.from_ndarray(
            np.ascontiguousarray(pixels[: self.height, : self.width]), format="bgra"
        )
        if self.options.format == "mp4":
            frame = frame.reformat(
                format="yuv420p", dst_colorspace=Colorspace.ITU709, dst_color_range=ColorRange.MPEG
            )
        frame.pts = pts
        frame.time_base = self.time_base
        return frame

    def _gif_palette(self, samples: Sequence[Frame]) -> Any:
        """One palette for the film, from the colours of ``samples``."""
        graph = av.filter.Graph()
        source = graph.add_buffer(
            width=self.width, height=self.height, format=BGRA, time_base=self.time_base
        )
        palette = graph.add("palettegen", "stats_mode=full:max_colors=256")
        sink = graph.add("buffersink")
        source.link_to(palette)
        palette.link_to(sink)
        graph.configure()
        for number, pixels in enumerate(samples):
            source.push(self._frame(pixels, number))
        source.push(None)
        made = graph.pull()
        assert isinstance(made, av.VideoFrame)
        self._map_graph = av.filter.Graph()
        frames = self._map_graph.add_buffer(
            width=self.width, height=self.height, format=BGRA, time_base=self.time_base
        )
        colours = self._map_graph.add_buffer(
            width=made.width, height=made.height, format=made.format, time_base=self.time_base
        )
        mapping = self._map_graph.add("paletteuse", PALETTE_USE)
        out = self._map_graph.add("buffersink")
        frames.link_to(mapping, 0, 0)
        colours.link_to(mapping, 0, 1)
        mapping.link_to(out)
        self._map_graph.configure()
        self._inputs = (frames, colours)
        return made.to_ndarray(), made.format.name

    def add(self, pixels: Frame) -> None:
        """Encode the next frame."""
        started = time.perf_counter()
        frame = self._frame(pixels, self.count)
        if self.palette is not None:
            frames, colours = self._inputs
            frames.push(frame)
            colour_frame = av.VideoFrame.from_ndarray(self.palette[0], format=self.palette[1])
            colour_frame.pts, colour_frame.time_base = self.count, self.time_base
            colours.push(colour_frame)  # paletteuse takes a palette beside every frame
            frame = self._map_graph.pull()
            frame.pts, frame.time_base = self.count, self.time_base
        self.container.mux(self.stream.encode(frame))
        self.count += 1
        self.busy += time.perf_counter() - started

    def finish(self) -> None:
        """Flush the encoder and write the file's end (and MP4's index at its front)."""
        started = time.perf_counter()
        self.container.mux(self.stream.encode(None))
        self.container.close()
        self.busy += time.perf_counter() - started

    def __enter__(self) -> FilmEncoder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self.finish()
        else:
            self.container.close()


def write_film(
    path: Path,
    options: FilmOptions,
    frame: Callable[[int], Frame],
    progress: Progress,
    samples: Sequence[int] = (),
) -> float:
    """Write the film of ``options.frames`` frames, ``frame(n)`` drawing the n-th, to
    ``path``, whole or not at all; return the seconds spent encoding. ``progress`` may
    cancel between frames; ``samples`` are the numbers of the frames a GIF's palette is
    made from (default: the first, the middle and the last: what ended before the last
    day has its colours too)."""
    options.check()
    total = options.frames
    progress(0, total)
    chosen = (samples or (0, total // 2, total - 1)) if options.format == "gif" else ()
    with atomic_path(path) as temporary:
        try:
            encoder = FilmEncoder(temporary, options, [frame(n) for n in chosen])
        except (av.FFmpegError, ValueError) as error:
            raise DataFileError(CANNOT_WRITE, str(path), detail=str(error)) from error
        with encoder:
            _encode_beside(encoder, frame, total, progress)
    return encoder.busy


def _encode_beside(
    encoder: FilmEncoder, frame: Callable[[int], Frame], total: int, progress: Progress
) -> None:
    """Draw the frames on this thread while ``encoder`` encodes those drawn before on
    another; an error on either side (a cancel, a full disk) stops both and is raised."""
    frames: queue.Queue[Frame | None] = queue.Queue(maxsize=QUEUED)
    failed: list[BaseException] = []

    def encode() -> None:
        try:
            while (pixels := frames.get()) is not None:
                encoder.add(pixels)
        except BaseException as error:  # raised on the drawing thread below
            failed.append(error)
            while frames.get() is not None:  # so that the drawing side never waits
                pass

    worker = threading.Thread(target=encode, name="aspdesk: film encoder")
    worker.start()
    try:
        for number in range(total):
            if failed:
                break
            frames.put(frame(number))
            progress(number + 1, total)
    finally:
        frames.put(None)
        worker.join()
    if failed:
        raise failed[0]
