"""Between an open map and a :class:`~aspdesk.io.snapshot.MapSnapshot`."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from aspdesk.domain.changes import COPY_WRITTEN, KEY, marked
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Entity,
    EntityType,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.domain.views import SavedView
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.errors import DataFileError
from aspdesk.io.json_backup import CODE_FIELDS
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.store.errors import StoreError
from aspdesk.store.opening import create_map
from aspdesk.store.repository import MapStore

E = TypeVar("E", bound=Entity)


def snapshot_of(store: MapStore, *, history: bool = False) -> MapSnapshot:
    """Everything in ``store``, read once; with ``history``, its change log too."""
    snapshot = snapshot_from(
        store.map_name(),
        {v: tuple(store.terms(v)) for v in Vocabulary},
        store.all,
        store.views.all(),
    )
    log = store.changes.whole() if history else ()
    return replace(snapshot, surveys=tuple(store.surveys.all()), history=log)


def snapshot_from(
    name: str,
    terms: Mapping[Vocabulary, tuple[Term, ...]],
    every: Callable[[EntityType], Iterable[Entity]],
    views: Iterable[SavedView],
) -> MapSnapshot:
    """A snapshot of a map whose entities of each type ``every`` gives (a store's, or the
    document's in-memory index when the file is gone)."""

    def typed(entity_type: EntityType, kind: type[E]) -> tuple[E, ...]:
        return tuple(e for e in every(entity_type) if isinstance(e, kind))

    return MapSnapshot(
        name=name,
        terms=dict(terms),
        actors=typed(EntityType.ACTOR, Actor),
        clusters=typed(EntityType.CLUSTER, Cluster),
        contacts=typed(EntityType.CONTACT, Contact),
        memberships=typed(EntityType.MEMBERSHIP, Membership),
        relationships=typed(EntityType.RELATIONSHIP, Relationship),
        projects=typed(EntityType.PROJECT, Project),
        project_partners=typed(EntityType.PROJECT_PARTNER, ProjectPartner),
        views=tuple(views),
    )


_UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "io",
    "This map has no term with the code “{code}” that the backup uses, "
    "so the backup cannot be restored into it.",
)


def restore_snapshot(store: MapStore, snapshot: MapSnapshot) -> None:
    """Put ``snapshot`` into ``store``, an empty map, keeping every id, time and position.

    Terms of the snapshot that the map lacks (codes a user added) are added first; terms the
    map has keep its labels. Raises ValueError when the map holds an actor, a cluster or a
    project, and DataFileError (before changing anything) when an entity uses a code that
    neither the map nor the snapshot knows. The snapshot's views and survey rounds are added
    when the map has none.
    """
    counts = store.counts()
    if counts[EntityType.ACTOR] or counts[EntityType.CLUSTER] or counts[EntityType.PROJECT]:
        raise ValueError("a map can be restored only into an empty map")
    known = {
        v: {t.code for t in store.terms(v)} | {t.code for t in snapshot.terms.get(v, ())}
        for v in Vocabulary
    }
    sections: tuple[tuple[str, tuple[Entity, ...]], ...] = (
        ("actors", snapshot.actors),
        ("clusters", snapshot.clusters),
        ("contacts", snapshot.contacts),
        ("memberships", snapshot.memberships),
        ("relationships", snapshot.relationships),
        ("projects", snapshot.projects),
        ("project_partners", snapshot.project_partners),
    )
    for key, entities in sections:
        for index, entity in enumerate(entities):
            for field, vocabulary in CODE_FIELDS.get(entity.entity_type, ()):
                code = getattr(entity, field)
                if code and code not in known[vocabulary]:
                    raise DataFileError(_UNKNOWN_CODE, f"{key}[{index}].{field}", code=code)
    for vocabulary, terms in snapshot.terms.items():
        store.add_terms(vocabulary, terms)
    # Referenced entities go first (actors before the clusters they coordinate), all in
    # one transaction; the name is set only once everything is in.
    store.bulk_insert([entity for _key, entities in sections for entity in entities])
    if snapshot.views and not store.views.count():
        store.views.restore(snapshot.views)
    if snapshot.surveys and not store.surveys.all():
        store.apply(rounds=snapshot.surveys)
    store.set_map_name(snapshot.name)


def write_snapshot_map(snapshot: MapSnapshot, path: Path) -> None:
    """Write ``snapshot`` as a new map at ``path``, replacing a file there only when whole.

    For saving a map whose own file is gone: everything the window holds goes into a new
    map file, ids, times, positions and views kept. Raises StoreError or DataFileError.
    """
    with tempfile.TemporaryDirectory(prefix=".aspdesk-", dir=path.parent) as folder:
        made = Path(folder) / path.name
        store = create_map(made)
        try:
            with store.changes.step(marked(KEY, COPY_WRITTEN)):
                restore_snapshot(store, snapshot)
        finally:
            store.close()
        try:
            os.replace(made, path)
        except OSError as error:
            raise StoreError(error.strerror or str(error), path=str(path)) from error
