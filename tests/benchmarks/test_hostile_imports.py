"""Seconds and megabytes each hostile import file costs before it is refused.

Each file of ``tests/hostile_files.py`` (the issue's at their full sizes: a 3 GB zip bomb,
20 million shared strings, a million rows, a million GraphML nodes, a 1 GB CSV) is read
with ``read_import`` in a fresh process, which reports the seconds from the call to the
refusal and its memory before and at its peak. Prints figures (run with ``-s``); asserts
only that each file is refused, never a time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .. import hostile_files as hostile

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's /proc"),
]

MB = 1024 * 1024
# The zip bomb unpacked to 3 GB; the unit tests build a 1 GB one.
FILES = dict(hostile.ALL) | {"zip bomb of 3 GB": lambda f: hostile.zip_bomb(f, 3 * 1024 * MB)}

# The peak is the process's own high-water mark (VmHWM, KB), which starts afresh when it
# starts; ru_maxrss of a child on Linux also holds what its parent had when it forked.
DRIVER = """
import json, sys, time
from pathlib import Path
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary, builtin_codes
from aspdesk.io.errors import DataFileError
from aspdesk.io.import_formats import read_import

def high_water():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

known = {v: builtin_codes(v) for v in Vocabulary}
before = high_water()
start = time.perf_counter()
try:
    read_import(Path(sys.argv[1]), known_codes=known, terms=BUILTIN_TERMS)
    message = None
except DataFileError as error:
    message = error.text()
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "before": before, "peak": high_water(), "message": message}))
"""


def _refusal(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ,
    )
    figures: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def test_seconds_and_memory_to_refusal(tmp_path: Path) -> None:
    lines = []
    for name, build in FILES.items():
        folder = tmp_path / str(len(lines))
        folder.mkdir()
        start = time.perf_counter()
        path = build(folder)
        built = time.perf_counter() - start
        figures = _refusal(path)
        assert figures["message"], f"{name} was read"
        before, peak = int(str(figures["before"])) / 1024, int(str(figures["peak"])) / 1024
        lines.append(
            f"{name:>32}: {path.stat().st_size / MB:7.1f} MB file, refused in "
            f"{float(str(figures['seconds'])):5.2f} s, peak {peak:4.0f} MB "
            f"({peak - before:+4.0f} MB over the {before:.0f} MB of the process before it; "
            f"built in {built:.1f} s)"
        )
        for each in folder.iterdir():
            each.unlink()
    print("\nhostile import files, read with read_import in a process of their own:")
    print("\n".join(lines))
