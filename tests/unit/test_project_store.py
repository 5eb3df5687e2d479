"""Projects and project partners in the map file (issue 8): stored, read back, migrated."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from aspdesk.domain.entities import Actor, Cluster, EntityType, Project, ProjectPartner
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary
from aspdesk.store.errors import ConflictError
from aspdesk.store.mapfile import check_map_file, head_revision
from aspdesk.store.opening import create_map, open_map
from aspdesk.store.repository import MapStore
from aspdesk.store.sample import write_sample

from ..maps import COMPANY_KIND, OLD_ACTOR, map_at

# Each test using the store fixture runs on a map file and on a team map (PostgreSQL).
pytestmark = pytest.mark.both_backends


def _project_map(store: MapStore) -> tuple[Project, list[ProjectPartner], list[Actor]]:
    actors = [
        store.insert(Actor(name="Lapin yliopisto", kind="research", pic="999644559")),
        store.insert(Actor(name="Universidad de Oviedo", kind="research", country="ES")),
    ]
    cluster = store.insert(Cluster(name="Arctic design"))
    project = store.insert(
        Project(
            name="Arctic Design Futures",
            acronym="ADF",
            programme="horizon_europe",
            call_id="HORIZON-CL2-2027-01",
            status="preparation",
            budget=2_500_000.0,
            grant=2_000_000.5,
            start_date=date(2027, 9, 1),
            end_date=date(2030, 8, 31),
            cluster_ids=(cluster.id or 0,),
            notes="Ä ö 😀",
        )
    )
    partners = [
        store.insert(
            ProjectPartner(
                project_id=project.id or 0, actor_id=a.id or 0, role=role, budget_share=share
            )
        )
        for a, role, share in zip(actors, ("coordinator", "partner"), (60.0, 40.0), strict=True)
    ]
    return project, partners, actors


def test_a_project_and_its_partners_read_back_as_stored(tmp_path: Path) -> None:
    path = tmp_path / "p.aspmap"
    store = create_map(path)
    project, partners, actors = _project_map(store)
    store.close()
    again = open_map(path, tmp_path / "b")
    try:
        assert again.all(EntityType.PROJECT) == [project]
        assert again.all(EntityType.PROJECT_PARTNER) == partners
        assert again.actors()[0].pic == "999644559"
    finally:
        again.close()


def test_deleting_an_actor_takes_its_partnerships_and_undo_puts_them_back(
    store: MapStore,
) -> None:
    project, partners, actors = _project_map(store)
    removal = store.delete(EntityType.ACTOR, actors[1].id or 0)
    assert partners[1] in removal.entities
    assert store.all(EntityType.PROJECT_PARTNER) == [partners[0]]
    store.restore(removal)
    assert store.all(EntityType.PROJECT_PARTNER) == partners


def test_deleting_a_project_takes_its_partners(store: MapStore) -> None:
    project, partners, _actors = _project_map(store)
    removal = store.delete(EntityType.PROJECT, project.id or 0)
    assert removal.entities == (project, *partners)
    assert store.all(EntityType.PROJECT_PARTNER) == []
    store.restore(removal)
    assert store.all(EntityType.PROJECT) == [project]
    assert store.all(EntityType.PROJECT_PARTNER) == partners


def test_the_map_refuses_an_actor_twice_in_a_project_and_a_share_over_100(
    store: MapStore,
) -> None:
    project, partners, actors = _project_map(store)
    with pytest.raises(ConflictError) as twice:
        store.insert(ProjectPartner(project_id=project.id or 0, actor_id=actors[0].id or 0))
    assert "already a partner" in twice.value.text()
    with pytest.raises(ConflictError):
        store.update(EntityType.PROJECT_PARTNER, partners[0].id or 0, {"budget_share": 101.0})
    assert store.all(EntityType.PROJECT_PARTNER) == partners


def test_the_sample_map_holds_the_asp_project(tmp_path: Path) -> None:
    path = tmp_path / "sample.aspmap"
    write_sample(path)
    store = open_map(path, tmp_path / "b")
    try:
        (project,) = store.all(EntityType.PROJECT)
        actors = {a.id: a for a in store.actors()}
        assert (project.name, project.acronym, project.programme) == (
            "Arctic Smartness Portfolio",
            "ASP",
            "erdf",
        )
        assert len(project.cluster_ids) == 5
        roles = {
            actors[p.actor_id].name: p.role
            for p in store.all(EntityType.PROJECT_PARTNER)
            if isinstance(p, ProjectPartner)
        }
        assert roles.pop("Lapin liitto") == "coordinator"
        assert set(roles) == {
            "Digipolis",
            "Geologian tutkimuskeskus",
            "Lapin ammattikorkeakoulu",
            "Lapin yliopisto",
            "Luonnonvarakeskus",
            "ProAgria Lappi",
            "Rovaniemen Kehitys",
        }
        assert set(roles.values()) == {"partner"}
    finally:
        store.close()


@pytest.mark.parametrize("revision", ["0001", "0003"])
def test_an_older_map_gains_projects_pic_and_the_funding_vocabularies(
    tmp_path: Path, revision: str
) -> None:
    path = map_at(
        tmp_path / f"at-{revision}.aspmap",
        revision,
        COMPANY_KIND,
        OLD_ACTOR.format(name="Old actor"),
    )
    store = open_map(path, tmp_path / "backups")
    try:
        assert check_map_file(path) == head_revision()
        (old,) = store.actors()
        assert old.pic == ""
        for vocabulary in (
            Vocabulary.PROGRAMME,
            Vocabulary.PROJECT_STATUS,
            Vocabulary.PARTNER_ROLE,
        ):
            assert [t.code for t in store.terms(vocabulary)] == [
                t.code for t in BUILTIN_TERMS[vocabulary]
            ]
        project = store.insert(Project(name="Uusi hanke", status="idea"))
        store.insert(ProjectPartner(project_id=project.id or 0, actor_id=old.id or 0))
        store.delete(EntityType.PROJECT, project.id or 0)
        again = store.insert(Project(name="Toinen"))
        assert again.id == (project.id or 0) + 1, "a deleted project's id is never reused"
    finally:
        store.close()
    with sqlite3.connect(path) as connection:
        for table in ("projects", "project_partners"):
            (sql,) = connection.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()
            assert "AUTOINCREMENT" in sql
