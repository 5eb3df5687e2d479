"""One coordinator editing a team map at random, in a process of its own (the stress and
kill tests of several editors at once: tests/integration/test_team_stress.py).

    python -m tests.team_client edit URL CLIENT SEED COUNT FOLDER
    python -m tests.team_client editors URL CLIENTS SEED COUNT FOLDER
    python -m tests.team_client import URL CLIENT SEED COUNT FOLDER
    python -m tests.team_client serve URL FOLDER

``edit`` makes COUNT random edits through the Document's own commands, as a window does:
field edits of a few shared actors (so that clients meet each other's changes), adds,
deletes, undo and redo, and now and then a pause. Between edits the event loop turns, as a
window's does, and others' changes come in by the live updates (:mod:`aspdesk.app.live`),
in place: the index is never read whole again (a full reload fails the client). A
conflict is answered at random: keep theirs, or use mine. Every attempt is written to
``FOLDER/CLIENT.jsonl`` as it ends, flushed: what was tried, and whether it committed or
was refused, and how the refusal reached the Document's signals. Then the client writes
``CLIENT.done``, waits for ``FOLDER/read``, turns its event loop until the live updates
have applied the server's last change set, and writes its index as it is then to
``CLIENT.live.json``. ``editors`` runs CLIENTS such clients, c0, c1, …, as forks of itself.

``import`` imports COUNT batches of 300 actors tied in a chain, one import command each,
writing ``committed`` after each commits (the kill test kills it at random moments);
``serve`` starts such importers, one per line read, as forks of itself.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from pathlib import Path
from typing import Any, TextIO

SHARED = 5  # the actors every client edits: ids 1..SHARED
FIELDS = ("municipality", "email", "notes")


class Client:
    """One Document and what it was told."""

    def __init__(self, url: str, client: str, seed: int, log: TextIO) -> None:
        from aspdesk.app.live import live_updates
        from aspdesk.app.team import open_team_document
        from aspdesk.store.team.address import TeamAddress

        self.document = open_team_document(TeamAddress.parse(url)[0], "", "en")
        live = live_updates(self.document)
        assert live is not None, "a team map's Document follows the server"
        self.live = live
        # Others' changes must come in place; reading everything again would hide a
        # live update lost or applied wrong.
        setattr(self.document.index, "reload", _no_reload)  # noqa: B010
        self.name = client
        self.random = random.Random(seed)
        self.log = log
        self.told: list[str] = []  # what the signals said during the current attempt
        self.document.edit_failed.connect(self._on_failed)
        self.document.edit_conflict.connect(self._on_conflict)
        self.document.undo_stack.step_refused.connect(self._on_refused)

    def _on_failed(self, message: str) -> None:
        self.told.append("failed")

    def _on_refused(self, message: str) -> None:
        self.told.append("refused")

    def _on_conflict(self, conflict: Any) -> None:
        self.told.append("conflict")
        use_mine = self.random.random() < 0.5
        retry = conflict.retry
        text = retry.text() if retry is not None else ""
        committed = self.document.resolve(conflict, use_mine=use_mine)
        if use_mine:
            error = conflict.error
            mine = {f.field: f.mine for f in error.fields}
            op = "delete" if error.deleting else "edit"
            self.write(
                {
                    "op": op,
                    "retry": True,
                    "summary": text,
                    "committed": committed,
                    "id": error.entity_id,
                }
                | ({} if error.deleting else {"values": mine})
            )

    def write(self, record: dict[str, Any]) -> None:
        self.log.write(json.dumps(record) + "\n")
        self.log.flush()

    def attempt(self, number: int) -> None:
        from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity
        from aspdesk.app.selection import Ref
        from aspdesk.domain.changes import REDO, UNDO, marked
        from aspdesk.domain.entities import Actor, EntityType

        a = EntityType.ACTOR
        stack = self.document.undo_stack
        roll = self.random.random()
        self.told = []
        text = f"{self.name} {number}"
        record: dict[str, Any] = {"n": number, "summary": text}
        if roll < 0.05:  # a pause, the window idle while others edit
            _turn(0.05)
            return
        if roll < 0.6:
            ids = [e.id for e in self.document.index.all(a) if e.id is not None]
            shared = [i for i in ids if i <= SHARED]
            actor_id = self.random.choice(shared if self.random.random() < 0.8 else ids)
            field = self.random.choice(FIELDS)
            seen = self.document.index.get(a, actor_id)
            value = f"{self.name}-{number}"
            old = {field: getattr(seen, field)}
            command: Any = EditEntity(self.document, a, actor_id, old, {field: value}, text)
            record.update(op="edit", id=actor_id, values={field: value})
        elif roll < 0.72:
            command = AddEntity(self.document, Actor(name=f"{self.name} actor {number}"), text)
            record.update(op="add")
        elif roll < 0.8:
            mine = [e.id for e in self.document.index.all(a) if e.id and e.id > SHARED]
            if not mine:
                return
            actor_id = self.random.choice(mine)
            command = DeleteEntity(self.document, Ref(a, actor_id), text)
            record.update(op="delete", id=actor_id)
        else:
            undoing = roll < 0.9
            if not (stack.canUndo() if undoing else stack.canRedo()):
                return
            step = stack.undoText() if undoing else stack.redoText()
            at = stack.index()
            stack.undo() if undoing else stack.redo()
            moved = stack.index() != at and "refused" not in self.told
            summary = marked(UNDO if undoing else REDO, step)
            record.update(op="undo" if undoing else "redo", summary=summary)
            record.update(committed=moved, told=self.told)
            self.write(record)
            return
        committed = self.document.push(command)
        record.update(committed=committed, told=self.told)
        self.write(record)

    def settle(self, within: float = 30.0) -> dict[str, Any]:
        """Turn the event loop until the live updates have applied the server's last
        change set (read fresh), then say how it went: the set numbers, and how many sets
        a last catch-up still found (a set whose number was drawn early and committed
        late)."""
        latest = self.document.store.changes.latest_set_id()
        deadline = time.monotonic() + within
        while self.live.last < latest and time.monotonic() < deadline:
            _turn(0.01)
        heard = self.live.last
        late = self.live.catch_up() if heard >= latest else -1
        return {"latest": latest, "heard": heard, "late": late}

    def live_index(self) -> dict[str, Any]:
        """The actors in this client's index as they are, by id: their fields."""
        from aspdesk.domain.entities import EntityType, values_of

        return {
            str(e.id): _comparable(values_of(e)) for e in self.document.index.all(EntityType.ACTOR)
        }


def _no_reload() -> None:
    raise AssertionError("the index was read whole again: live updates must come in place")


def _turn(seconds: float) -> None:
    """Let the event loop run for ``seconds`` (at least once), as a window's does."""
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while True:
        QCoreApplication.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.005)


def _comparable(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v if isinstance(v, str | int | float | bool | type(None)) else str(v)
        for k, v in values.items()
        if k not in ("created_at", "updated_at")
    }


def edit(url: str, client: str, seed: int, count: int, folder: Path) -> None:
    """Make ``count`` random edits, others' changes coming in live between them, then
    report the live index once every change set is applied."""
    from PySide6.QtCore import QCoreApplication

    with (folder / f"{client}.jsonl").open("w", encoding="utf-8") as log:
        worker = Client(url, client, seed, log)
        for number in range(count):
            worker.attempt(number)
            QCoreApplication.processEvents()  # what came meanwhile, as a window's loop
    (folder / f"{client}.done").write_text("")
    while not (folder / "read").exists():
        _turn(0.02)
    settled = worker.settle()
    seen = {"live": worker.live_index(), **settled}
    (folder / f"{client}.live.json").write_text(json.dumps(seen))
    worker.document.close()


def import_batches(url: str, client: str, seed: int, count: int, folder: Path) -> None:
    """Import ``count`` batches of 300 tied actors, noting each one that committed."""
    from aspdesk.app.importing import ImportData, PreparedImport
    from aspdesk.app.team import open_team_document
    from aspdesk.domain.entities import Actor, EntityType, Relationship
    from aspdesk.store.team.address import TeamAddress

    document = open_team_document(TeamAddress.parse(url)[0], "", "en")
    a, r = EntityType.ACTOR, EntityType.RELATIONSHIP
    with (folder / f"{client}.jsonl").open("a", encoding="utf-8") as log:
        for batch in range(count):
            tag = f"{client}-{seed}-{batch}"
            ids = document.next_ids()
            actors = tuple(Actor(id=ids[a] + n, name=f"{tag} {n}") for n in range(300))
            ties = tuple(
                Relationship(id=ids[r] + n, source_id=ids[a] + n, target_id=ids[a] + n + 1)
                for n in range(299)
            )
            prepared = PreparedImport(inserts=(*actors, *ties), updates=())
            committed = document.push(ImportData(document, prepared, f"Import {tag}"))
            log.write(json.dumps({"op": "import", "tag": tag, "committed": committed}) + "\n")
            log.flush()
            os.fsync(log.fileno())
    document.close()


def serve(url: str, folder: Path) -> None:
    """Start an importing client (a forked copy of this process, its modules loaded) for
    each seed read from stdin, and say its process id: starting one takes milliseconds,
    so the kill test can kill 50 of them mid-import in seconds."""
    import PySide6.QtGui  # noqa: F401

    import aspdesk.app.importing  # noqa: F401 - loaded once, before the forks
    import aspdesk.app.team  # noqa: F401

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the killed children reap themselves
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                _app = PySide6.QtGui.QGuiApplication(["team_client"])
                import_batches(url, "k", int(line), 1000, folder)
            finally:
                os._exit(0)
        print(pid, flush=True)


def editors(url: str, clients: int, seed: int, count: int, folder: Path) -> int:
    """Run ``clients`` editing clients c0, c1, … (seeds ``seed``, ``seed`` + 1, …), each a
    forked copy of this process with its modules loaded: ten processes importing Qt,
    SQLAlchemy and aspdesk each would cost the run seconds of the machine's two cores.
    Returns 0 once all ended well; at the first that failed, ends the others and returns 1
    (its traceback is on stderr)."""
    import traceback

    import PySide6.QtGui

    import aspdesk.app.commands  # noqa: F401 - loaded once, before the forks
    import aspdesk.app.team  # noqa: F401

    children = []
    for number in range(clients):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _app = PySide6.QtGui.QGuiApplication(["team_client"])
                edit(url, f"c{number}", seed + number, count, folder)
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                sys.stderr.flush()
                os._exit(code)
        children.append(pid)
    while children:
        pid, status = os.wait()
        children.remove(pid)
        if status != 0:
            for other in children:
                os.kill(other, signal.SIGKILL)
            return 1
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from aspdesk.cli.before_qt import load_qt

    load_qt()  # as aspdesk's commands load Qt: the modules after it are not read as text
    if argv[0] == "serve":
        serve(argv[1], Path(argv[2]))
        return 0
    if argv[0] == "editors":
        _kind, url, clients, seed, count, folder = argv
        return editors(url, int(clients), int(seed), int(count), Path(folder))
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(["team_client"])
    kind, url, client, seed, count, folder = argv
    run = edit if kind == "edit" else import_batches
    run(url, client, int(seed), int(count), Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
