"""The sample map "Arctic Smartness Portfolio 2015", built from readable data in resources/.

The data file names actors and clusters by keys; this module turns it into entities and
writes them into a new map, which appears at its path only once it is complete.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from aspdesk.domain.changes import KEY, SAMPLE_WRITTEN, marked
from aspdesk.domain.data_files import resource
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.store.errors import MapExistsError, StoreError, cause
from aspdesk.store.opening import create_map
from aspdesk.store.repository import MapStore

SAMPLE_FILE = ("sample", "arctic-smartness-portfolio-2015.json")
SAMPLE_STEM = "Arctic Smartness Portfolio 2015"  # a new copy's file name, without suffix


def load_sample_data() -> dict[str, Any]:
    """The sample map's data as parsed from its JSON file."""
    data: dict[str, Any] = json.loads(resource(*SAMPLE_FILE).read_text(encoding="utf-8"))
    return data


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _plain(cls: type, record: dict[str, Any], **extra: Any) -> dict[str, Any]:
    names = {f.name for f in fields(cls)} - {"id", "created_at", "updated_at"}
    values = {k: v for k, v in record.items() if k in names}
    values.update(extra)
    return values


def fill_sample(store: MapStore, data: dict[str, Any] | None = None) -> None:
    """Add the sample map's actors, clusters, memberships, ties and projects to an empty
    ``store``."""
    data = data or load_sample_data()
    store.set_map_name(data["map"]["name"])
    actors = store.bulk_insert(
        Actor(**_plain(Actor, record, tags=tuple(record["tags"]))) for record in data["actors"]
    )
    actor_ids: dict[str, int] = {
        record["key"]: actor.id  # type: ignore[misc]
        for record, actor in zip(data["actors"], actors, strict=True)
    }
    contacts = [
        Contact(**_plain(Contact, person, actor_id=actor_ids[record["key"]]))
        for record in data["actors"]
        for person in record["contacts"]
    ]
    clusters = [
        Cluster(
            **_plain(
                Cluster,
                record,
                coordinator_id=actor_ids[record["coordinator"]] if record["coordinator"] else None,
                start_date=_date(record["start_date"]),
                end_date=_date(record["end_date"]),
            )
        )
        for record in data["clusters"]
    ]
    stored_clusters = store.bulk_insert(clusters)
    cluster_ids = {
        record["key"]: cluster.id
        for record, cluster in zip(data["clusters"], stored_clusters, strict=True)
    }
    memberships = [
        Membership(
            actor_id=actor_ids[m["actor"]],
            cluster_id=cluster_ids[m["cluster"]],  # type: ignore[arg-type]
            role=m["role"],
            since=_date(m["since"]),
            until=_date(m["until"]),
            notes=m["notes"],
        )
        for m in data["memberships"]
    ]
    relationships = [
        Relationship(
            **_plain(
                Relationship,
                r,
                source_id=actor_ids[r["source"]],
                target_id=actor_ids[r["target"]],
                start_date=_date(r["start_date"]),
                end_date=_date(r["end_date"]),
                last_verified=_date(r["last_verified"]),
            )
        )
        for r in data["relationships"]
    ]
    store.bulk_insert([*contacts, *memberships, *relationships])
    for record in data.get("projects", []):
        project = store.insert(
            Project(
                **_plain(
                    Project,
                    record,
                    start_date=_date(record["start_date"]),
                    end_date=_date(record["end_date"]),
                    cluster_ids=tuple(cluster_ids[key] for key in record["clusters"]),
                )
            )
        )
        assert project.id is not None
        store.bulk_insert(
            ProjectPartner(
                project_id=project.id,
                actor_id=actor_ids[p["actor"]],
                role=p["role"],
                budget_share=p.get("budget_share"),
            )
            for p in record["partners"]
        )


class SampleNotWritten(StoreError):
    """The sample map could not be written; nothing was left where it was to go."""

    message = QT_TRANSLATE_NOOP(
        "store", "{path} was not written: {detail}. Nothing was left there."
    )


def write_sample(path: Path) -> None:
    """Write a new copy of the sample map to ``path`` (which must not exist), whole or not
    at all.

    The map is built in a scratch file beside ``path`` and moved there only when complete:
    a full disk half-way would otherwise leave a map that opens with part of the sample in
    it. Raises :class:`MapExistsError` when ``path`` exists and :class:`SampleNotWritten`
    (with the reason, a full disk in so many words) when the map cannot be written.
    """
    if path.exists():
        raise MapExistsError(path=str(path))
    scratch = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        store = create_map(scratch)
        try:
            with store.changes.step(marked(KEY, SAMPLE_WRITTEN)):
                fill_sample(store)
        finally:
            store.close()
        if path.exists():
            raise MapExistsError(path=str(path))
        os.replace(scratch, path)
    except (OSError, SQLAlchemyError, sqlite3.Error) as error:
        raise SampleNotWritten(cause(error), path=str(path)) from error
    except StoreError as error:
        if isinstance(error, MapExistsError):
            raise
        raise SampleNotWritten(error.detail, path=str(path)) from error
    finally:
        for leftover in (scratch, scratch.with_name(scratch.name + "-journal")):
            leftover.unlink(missing_ok=True)
