"""Regression test for PySide6 6.12.0 on Python 3.11, which aborts after a few thousand emits.

That release drops a reference to ``True`` on every ``Signal.emit()``; the process then
dies with ``Fatal Python error: bool_dealloc``. The test emits 10,000 signals carrying
booleans in a child process, so an upgrade that brings the bug back fails here instead of
crashing a user's session.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Emitter(QObject):
        flagged = Signal(bool)
        moved = Signal(int, bool)

    app = QCoreApplication([])
    emitter = Emitter()
    received = []
    emitter.flagged.connect(received.append)
    emitter.moved.connect(lambda n, flag: received.append(flag))
    before = sys.getrefcount(True)
    for i in range(10_000):
        emitter.flagged.emit(True)
        emitter.moved.emit(i, True)
    after = sys.getrefcount(True)
    assert len(received) == 20_000, len(received)
    # True is immortal on 3.12+; on 3.11 its count must not fall with each emit.
    assert after >= before - 100, (before, after)
    print("healthy", len(received))
    """
)


def test_ten_thousand_emits_leave_the_process_healthy() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "healthy 20000" in result.stdout
