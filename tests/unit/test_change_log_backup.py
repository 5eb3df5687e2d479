"""The change log survives: backup copies carry it, a JSON backup carries it when asked
("changes", optional) and a restore keeps it; without it a restored map's history starts
at the restore (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aspdesk.cli.main import main
from aspdesk.domain.changes import HISTORY_STARTS, KEY, summary_parts
from aspdesk.domain.entities import Actor, Cluster, EntityType
from aspdesk.io.errors import DataFileError
from aspdesk.io.json_backup import read_json
from aspdesk.store.opening import Purpose, create_map, open_map
from aspdesk.store.repository import MapStore


def _edited_map(path: Path) -> tuple[int, int]:
    """A map whose actor was made, renamed and moved, and a cluster coloured, as steps."""
    store = create_map(path)
    try:
        with store.changes.step("Add actor “Kemi Oy”"):
            actor = store.insert(Actor(name="Kemi Oy", tags=("wood",)))
        with store.changes.step("Edit “Kemi Oy”: Name"):
            store.update(EntityType.ACTOR, actor.id or 0, {"name": "Kemi Ab"})
        with store.changes.step("Move"):
            store.set_positions(EntityType.ACTOR, {actor.id or 0: (1.5, -2.0)})
        with store.changes.step("Add cluster"):
            cluster = store.insert(Cluster(name="Wood"))
        with store.changes.step("Edit colour"):
            store.update(EntityType.CLUSTER, cluster.id or 0, {"colour": "#009E73"})
        return actor.id or 0, cluster.id or 0
    finally:
        store.close()


def _steps(store: MapStore, actor_id: int) -> list[str]:
    return [s.summary for s, _c in store.changes.history("actor", actor_id)]


def test_a_json_backup_with_history_round_trips(tmp_path: Path) -> None:
    original = tmp_path / "kartta.aspmap"
    actor_id, _cluster_id = _edited_map(original)
    backup = tmp_path / "backup.json"
    assert main(["export", str(original), "-o", str(backup), "--with-history"]) == 0
    document = json.loads(backup.read_text(encoding="utf-8"))
    assert [s["summary"] for s in document["changes"]][-2:] == ["Add cluster", "Edit colour"]
    kept = open_map(original, tmp_path / "backups", purpose=Purpose.READ)
    try:
        whole = kept.changes.whole()
    finally:
        kept.close()
    assert read_json(backup).history == whole, "the values read back are the map's"

    restored = tmp_path / "restored.aspmap"
    assert main(["import", str(restored), str(backup)]) == 0
    store = open_map(restored, tmp_path / "backups")
    try:
        steps = _steps(store, actor_id)
        # The backup's steps, under their own times and authors, then the restore.
        assert steps == [
            "Import backup.json",
            "Move",
            "Edit “Kemi Oy”: Name",
            "Add actor “Kemi Oy”",
        ]
        history = store.changes.history("actor", actor_id)
        (moved,) = history[1][1]
        assert (moved.field, moved.old, moved.new) == ("position", (None, None), (1.5, -2.0))
        assert history[2][0].at == whole[2][0].at
        assert history[2][0].author == whole[2][0].author
    finally:
        store.close()


def test_without_the_section_history_starts_at_the_restore(tmp_path: Path) -> None:
    original = tmp_path / "kartta.aspmap"
    actor_id, _cluster_id = _edited_map(original)
    backup = tmp_path / "backup.json"
    assert main(["export", str(original), "-o", str(backup)]) == 0
    assert "changes" not in json.loads(backup.read_text(encoding="utf-8"))
    assert read_json(backup).history == ()
    restored = tmp_path / "restored.aspmap"
    assert main(["import", str(restored), str(backup)]) == 0
    store = open_map(restored, tmp_path / "backups")
    try:
        ((change_set, (made,)),) = store.changes.history("actor", actor_id)
        assert change_set.summary == "Import backup.json" and made.made
        assert made.entity is not None and made.entity.name == "Kemi Ab"
        first = store.changes.first_set()
        assert first is not None and summary_parts(first.summary) == (KEY, HISTORY_STARTS)
    finally:
        store.close()


def test_history_is_only_for_a_json_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = tmp_path / "kartta.aspmap"
    _edited_map(original)
    picture = tmp_path / "kartta.png"
    assert main(["export", str(original), "-o", str(picture), "--with-history"]) == 2
    assert "--with-history" in capsys.readouterr().err
    assert not picture.exists()


@pytest.mark.parametrize(
    ("damage", "where"),
    [
        (lambda s: s[0]["changes"][0].update(subject="planet"), "changes[0].changes[0].subject"),
        (lambda s: s[0].update(at="yesterday"), "changes[0].at"),
        (lambda s: s[0]["changes"][0].update(entity_id="one"), "changes[0].changes[0].entity_id"),
        (lambda s: s.append({"id": 9}), "changes[-1]"),
    ],
    ids=["subject", "time", "id", "missing"],
)
def test_a_damaged_history_is_explained(tmp_path: Path, damage: object, where: str) -> None:
    original = tmp_path / "kartta.aspmap"
    _edited_map(original)
    backup = tmp_path / "backup.json"
    assert main(["export", str(original), "-o", str(backup), "--with-history"]) == 0
    document = json.loads(backup.read_text(encoding="utf-8"))
    sets = [s for s in document["changes"] if s["changes"]]
    document["changes"] = sets
    damage(sets)  # type: ignore[operator]
    backup.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_json(backup)
    expected = where.replace("[-1]", f"[{len(sets) - 1}]")
    assert caught.value.where.startswith(f"backup.json, {expected}")


def test_a_backup_copy_carries_the_log(tmp_path: Path) -> None:
    original = tmp_path / "kartta.aspmap"
    actor_id, _cluster_id = _edited_map(original)
    store = open_map(original, tmp_path / "backups")
    try:
        copy = store.save_copy(tmp_path / "copy.aspmap")
        steps = _steps(store, actor_id)
    finally:
        store.close()
    again = open_map(copy, tmp_path / "backups", purpose=Purpose.READ)
    try:
        assert _steps(again, actor_id) == steps
    finally:
        again.close()
    backups = sorted((tmp_path / "backups").rglob("*.aspmap"))
    assert backups, "opening made a backup copy"
    kept = open_map(backups[-1], tmp_path / "backups", purpose=Purpose.READ)
    try:
        assert _steps(kept, actor_id) == steps
    finally:
        kept.close()


def test_a_restore_undone_and_redone_keeps_the_history_once(tmp_path: Path, qapp: object) -> None:
    """The window's import of a backup with its history: undo and redo add no second copy."""
    from aspdesk.app.document import Document
    from aspdesk.app.exchange import snapshot_of
    from aspdesk.app.importing import ImportData, plan_for, prepare
    from aspdesk.io.importing.batch import from_snapshot

    original = tmp_path / "kartta.aspmap"
    actor_id, _cluster_id = _edited_map(original)
    backup = tmp_path / "backup.json"
    assert main(["export", str(original), "-o", str(backup), "--with-history"]) == 0
    store = create_map(tmp_path / "new.aspmap")
    document = Document(store)
    try:
        batch = from_snapshot(backup.name, read_json(backup))
        prepared = prepare(plan_for(store, batch), snapshot_of(store))
        assert prepared.history
        assert document.push(ImportData(document, prepared, "Import backup.json"))
        steps = _steps(store, actor_id)
        assert steps[0] == "Import backup.json" and "Move" in steps
        document.undo_stack.undo()
        document.undo_stack.redo()
        again = [summary_parts(s)[1] for s in _steps(store, actor_id)]
        assert again.count("Move") == 1, "the backup's history kept once"
        assert again[:3] == ["Import backup.json"] * 3  # redo, undo, the first run
    finally:
        document.undo_stack.clear()
        store.close()
