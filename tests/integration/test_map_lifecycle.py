"""Whole paths: create a map, edit it, undo, close, reopen, and find everything there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aspdesk.app.commands import AddEntity, DeleteEntity, EditEntity
from aspdesk.app.document import Document
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    EntityType,
    Membership,
    Relationship,
)
from aspdesk.store.opening import create_map, open_map

NAMED_ORGANISATIONS = [
    "Lapin liitto",
    "Digipolis",
    "Geologian tutkimuskeskus",
    "Lapin ammattikorkeakoulu",
    "Lapin yliopisto",
    "Luonnonvarakeskus",
    "ProAgria Lappi",
    "Rovaniemen Kehitys",
]
CLUSTERS = [
    "Arctic industry and circular economy",
    "Arctic smart rural network",
    "Arctic security",
    "Arctic development environments",
    "Arctic design",
]


def _add(document: Document, entity: object) -> int:
    command = AddEntity(document, entity, "add")  # type: ignore[arg-type]
    assert document.push(command)
    return command.ref.id


def test_create_edit_close_reopen(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "lapland.aspmap"
    document = Document(create_map(path, "Lapland"), "fi")
    a = _add(document, Actor(name="Lapin liitto", kind="authority", municipality="Rovaniemi"))
    b = _add(document, Actor(name="Lapin yliopisto", kind="research", tags=("ASP",)))
    gone = _add(document, Actor(name="Poistuva Oy"))
    c = _add(document, Cluster(name="Arctic design", colour="#CC79A7", coordinator_id=b))
    _add(document, Membership(actor_id=b, cluster_id=c, role="coordinator", since=date(2015, 6, 1)))
    _add(document, Membership(actor_id=a, cluster_id=c, role="authority"))
    _add(
        document, Relationship(source_id=a, target_id=b, type="funding", directed=True, strength=4)
    )
    _add(document, Contact(actor_id=a, name="Kristiina Jokelainen"))
    document.push(
        EditEntity(
            document,
            EntityType.ACTOR,
            a,
            {"website": ""},
            {"website": "https://www.lapinliitto.fi"},
            "edit",
        )
    )
    document.push(DeleteEntity(document, Ref(EntityType.ACTOR, gone), "delete"))
    document.push(
        EditEntity(document, EntityType.CLUSTER, c, {"theme": ""}, {"theme": "Design"}, "edit")
    )
    document.undo_stack.undo()  # the theme edit is taken back
    expected = {t: document.store.all(t) for t in EntityType}
    document.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lapland.aspmap"]

    reopened = open_map(path, tmp_path / "backups")
    try:
        assert {t: reopened.all(t) for t in EntityType} == expected
        assert reopened.map_name() == "Lapland"
        names = [actor.name for actor in reopened.actors()]
        assert names == ["Lapin liitto", "Lapin yliopisto"]
        (cluster,) = reopened.clusters()
        assert cluster.theme == "" and cluster.coordinator_id == b
        (liitto,) = [x for x in reopened.actors() if x.name == "Lapin liitto"]
        assert liitto.website == "https://www.lapinliitto.fi"
        assert len(reopened.memberships()) == 2 and len(reopened.relationships()) == 1
    finally:
        reopened.close()


def test_sample_map_has_the_clusters_and_partners(sample_file: Path, tmp_path: Path) -> None:
    store = open_map(sample_file, tmp_path / "backups")
    try:
        assert store.map_name() == "Arctic Smartness Portfolio 2015"
        assert sorted(c.name for c in store.clusters()) == sorted(CLUSTERS)
        names = {a.name for a in store.actors()}
        assert set(NAMED_ORGANISATIONS) <= names
        by_name = {a.name: a for a in store.actors()}
        assert by_name["Lapin liitto"].kind == "authority"
        assert any(a.country == "GB" for a in store.actors())
        assert any(a.country == "ES" for a in store.actors())
        invented = [a for a in store.actors() if a.kind == "company"]
        assert invented and all("(example)" in a.name and "example" in a.tags for a in invented)
        for cluster in store.clusters():
            roles = {m.role for m in store.memberships(cluster_id=cluster.id)}
            assert "coordinator" in roles and len(roles) >= 5
        assert len(store.relationships()) >= 30
    finally:
        store.close()


@pytest.mark.parametrize("language", ["fi", "en"])
def test_sample_map_labels_in_both_languages(
    sample_file: Path, tmp_path: Path, qapp: object, language: str
) -> None:
    document = Document(open_map(sample_file, tmp_path / "backups"), language)
    try:
        from aspdesk.domain.vocabulary import Vocabulary

        label = document.label(Vocabulary.ACTOR_KIND, "research")
        assert label == (
            "Tutkimus- tai koulutusorganisaatio"
            if language == "fi"
            else "Research or education organisation"
        )
    finally:
        document.close()
