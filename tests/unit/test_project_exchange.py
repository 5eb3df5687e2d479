"""Projects, their partners and the actors' PIC through every data file: JSON backups,
workbooks, CSV, graph files, merging into a map, restoring a backup copy."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from aspdesk.app.document import Document
from aspdesk.app.exchange import restore_snapshot, snapshot_of
from aspdesk.app.import_report import Names, count_lines, reason_text
from aspdesk.app.importing import ImportData, commit, plan_for, prepare
from aspdesk.app.restore import RestoreBackup, read_backup
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    EntityType,
    Project,
    ProjectPartner,
)
from aspdesk.domain.validation import PARTNER_TWICE, SHARES_OVER_100
from aspdesk.domain.vocabulary import BUILTIN_TERMS, Vocabulary
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.graph_formats import write_graphml
from aspdesk.io.exporting.spreadsheet_export import write_csv, write_xlsx
from aspdesk.io.importing.batch import Candidate, ImportBatch, filled_fields, from_snapshot
from aspdesk.io.importing.formats import read_import
from aspdesk.io.importing.graph_import import read_graph_file
from aspdesk.io.importing.spreadsheet_import import guess_columns, read_actor_rows
from aspdesk.io.importing.template import write_template
from aspdesk.io.importing.workbook_cells import NOT_IDS
from aspdesk.io.importing.workbook_cells import UNKNOWN_PROGRAMME as NOT_A_PROGRAMME
from aspdesk.io.json_backup import read_json, write_json
from aspdesk.io.json_backup_messages import NO_SUCH_CLUSTER
from aspdesk.io.merging.planner import (
    END_NOT_IMPORTED,
    HAS_ERRORS,
    SAME_AS_EARLIER,
    Decisions,
    MatchedBy,
    Outcome,
    plan_import,
)
from aspdesk.io.merging.planner import SHARES_OVER_100 as IMPORT_SHARES_OVER_100
from aspdesk.io.snapshot import MapSnapshot, without_personal_data
from aspdesk.store.opening import create_map
from aspdesk.store.repository import MapStore

NEXT = {t: 100 for t in EntityType}
CODES = {v: {t.code for t in terms} for v, terms in BUILTIN_TERMS.items()}

MAP = MapSnapshot(
    name="Lappi",
    terms=dict(BUILTIN_TERMS),
    actors=(
        Actor(id=1, name="Lapin liitto", kind="authority", pic="999999999"),
        Actor(id=2, name="Arctic Design Oy"),
        Actor(id=3, name="Lapin yliopisto", kind="research"),
    ),
    clusters=(
        Cluster(id=1, name="Arctic Design"),
        Cluster(id=2, name="Arctic Security"),
        Cluster(id=3, name="Smart Rural"),
    ),
    projects=(
        Project(
            id=1,
            name="Arctic Smartness Portfolio",
            acronym="ASP",
            programme="erdf",
            status="closed",
            budget=500_000.0,
            grant=350_000.0,
            start_date=date(2015, 6, 1),
            end_date=date(2015, 12, 31),
            cluster_ids=(1, 2),
            notes="Puolen vuoden hanke",
        ),
    ),
    project_partners=(
        ProjectPartner(id=1, project_id=1, actor_id=1, role="coordinator", budget_share=60.0),
        ProjectPartner(id=2, project_id=1, actor_id=3, budget_share=25.5),
    ),
)


def _fresh(tmp_path: Path, name: str = "map.aspmap") -> MapStore:
    return create_map(tmp_path / name)


def _stored(tmp_path: Path, snapshot: MapSnapshot = MAP, name: str = "map.aspmap") -> MapStore:
    store = _fresh(tmp_path, name)
    restore_snapshot(store, snapshot)
    return store


@pytest.fixture
def lappi(tmp_path: Path) -> Iterator[MapStore]:
    """MAP in a map file."""
    store = _stored(tmp_path)
    yield store
    store.close()


def _import(store: MapStore, path: Path) -> None:
    """Import the file at ``path`` into ``store`` as the command line does."""
    batch = read_import(
        path,
        known_codes={v: {t.code for t in store.terms(v)} for v in Vocabulary},
        terms={v: store.terms(v) for v in Vocabulary},
    )
    plan = plan_for(store, batch)
    assert plan.ready, [(i.candidate.key, i.reason) for i in plan.items if i.reason]
    commit(store, prepare(plan, snapshot_of(store)))


# -- JSON backups ---------------------------------------------------------------------------


def test_a_backup_keeps_projects_partners_and_pic_exactly(lappi: MapStore, tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    write_json(snapshot_of(lappi), first)
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["projects"][0]["cluster_ids"] == [1, 2]
    assert document["projects"][0]["programme"] == "erdf"
    assert [p["budget_share"] for p in document["project_partners"]] == [60.0, 25.5]
    assert document["actors"][0]["pic"] == "999999999"

    restored = _fresh(tmp_path, "restored.aspmap")
    try:
        _import(restored, first)  # the import path, as File > Import takes a backup
        again = snapshot_of(restored)
        write_json(again, second)
    finally:
        restored.close()
    assert second.read_bytes() == first.read_bytes()
    assert again.projects == MAP.projects and again.project_partners == MAP.project_partners


def test_the_writer_leaves_out_clusters_the_map_no_longer_holds(tmp_path: Path) -> None:
    # A deleted cluster stays listed in its project (so undoing the delete links it again).
    gone = replace(MAP, clusters=MAP.clusters[1:])
    path = tmp_path / "backup.json"
    write_json(gone, path)
    assert json.loads(path.read_text(encoding="utf-8"))["projects"][0]["cluster_ids"] == [2]
    assert read_json(path).projects[0].cluster_ids == (2,)


def test_a_version_1_backup_without_projects_or_pic_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    write_json(MAP, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["version"] = 1
    for key in ("projects", "project_partners"):
        del document[key]
    for vocabulary in ("programme", "project_status", "partner_role"):
        del document["vocabularies"][vocabulary]
    for actor in document["actors"]:
        del actor["pic"]
    path.write_text(json.dumps(document), encoding="utf-8")

    old = read_json(path)

    assert old.projects == () and old.project_partners == ()
    assert [a.pic for a in old.actors] == ["", "", ""]
    assert Vocabulary.PROGRAMME not in old.terms
    store = _fresh(tmp_path)
    try:
        restore_snapshot(store, old)
        assert {t.code for t in store.terms(Vocabulary.PROGRAMME)} == CODES[Vocabulary.PROGRAMME]
    finally:
        store.close()


def _changed(change: Callable[[dict[str, Any]], object]) -> Callable[[Path], Path]:
    def write(path: Path) -> Path:
        write_json(MAP, path)
        document = json.loads(path.read_text(encoding="utf-8"))
        change(document)
        path.write_text(json.dumps(document), encoding="utf-8")
        return path

    return write


def _set(section: str, index: int, field: str, value: object) -> Callable[[Path], Path]:
    def change(document: dict[str, Any]) -> None:
        document[section][index][field] = value

    return _changed(change)


def _second_partner(**values: object) -> Callable[[Path], Path]:
    def change(document: dict[str, Any]) -> None:
        document["project_partners"].append({**document["project_partners"][0], **values})

    return _changed(change)


BAD_BACKUPS = [
    (
        "unknown cluster",
        _set("projects", 0, "cluster_ids", [1, 9]),
        "projects[0].cluster_ids[1]",
        "There is no cluster with the id 9 in the file.",
    ),
    (
        "cluster twice",
        _set("projects", 0, "cluster_ids", [2, 2]),
        "projects[0].cluster_ids[1]",
        "The id 2 is used twice in this list.",
    ),
    (
        "clusters as text",
        _set("projects", 0, "cluster_ids", "1, 2"),
        "projects[0].cluster_ids",
        "list of ids",
    ),
    (
        "cluster id as text",
        _set("projects", 0, "cluster_ids", [1, "2"]),
        "projects[0].cluster_ids[1]",
        "whole number from 1 up",
    ),
    (
        "unknown actor",
        _set("project_partners", 1, "actor_id", 77),
        "project_partners[1].actor_id",
        "There is no actor with the id 77 in the file.",
    ),
    (
        "unknown project",
        _set("project_partners", 0, "project_id", 5),
        "project_partners[0].project_id",
        "There is no project with the id 5 in the file.",
    ),
    (
        "unknown programme",
        _set("projects", 0, "programme", "marshall"),
        "projects[0].programme",
        "“marshall”",
    ),
    (
        "unknown role",
        _set("project_partners", 0, "role", "boss"),
        "project_partners[0].role",
        "“boss”",
    ),
    ("budget as text", _set("projects", 0, "budget", "1 000"), "projects[0].budget", "number"),
    ("grant over budget", _set("projects", 0, "grant", 600_000), "projects[0].grant", "budget"),
    (
        "shares over 100",
        _set("project_partners", 1, "budget_share", 40.5),
        "project_partners[1].budget_share",
        "100.5 %",
    ),
    (
        "actor twice",
        _second_partner(id=3, budget_share=None),
        "project_partners[2].actor_id",
        "already a partner",
    ),
    ("bad pic", _set("actors", 1, "pic", "12345"), "actors[1].pic", "nine digits"),
]


@pytest.mark.parametrize(
    ("write", "where", "words"),
    [case[1:] for case in BAD_BACKUPS],
    ids=[case[0] for case in BAD_BACKUPS],
)
def test_a_bad_project_in_a_backup_says_what_and_where(
    tmp_path: Path, write: Callable[[Path], Path], where: str, words: str
) -> None:
    with pytest.raises(DataFileError) as raised:
        read_json(write(tmp_path / "backup.json"))
    assert raised.value.where == f"backup.json, {where}"
    assert words in str(raised.value)


def test_importing_a_backup_twice_changes_nothing_the_second_time(
    lappi: MapStore, tmp_path: Path
) -> None:
    path = tmp_path / "backup.json"
    write_json(snapshot_of(lappi), path)
    target = _fresh(tmp_path, "target.aspmap")
    try:
        _import(target, path)
        batch = from_snapshot(path.name, read_json(path))
        plan = plan_for(target, batch)
        assert plan.counts(EntityType.PROJECT) == {Outcome.UNCHANGED: 1}
        assert plan.counts(EntityType.PROJECT_PARTNER) == {Outcome.UNCHANGED: 2}
        assert {item.outcome for item in plan.items} == {Outcome.UNCHANGED}
        assert plan.writes == 0
        assert "Projects: new 0, updated 0, unchanged 1, conflicts 0, errors 0" in count_lines(plan)
    finally:
        target.close()


# -- merging ------------------------------------------------------------------------------


def _project(key: str, project: Project, *clusters: str) -> Candidate:
    provided = filled_fields(project) | {"name"} | ({"cluster_ids"} if clusters else set())
    return Candidate(key, project, provided, cluster_keys=clusters)


def _partner(key: str, partner: ProjectPartner, project: str, actor: str) -> Candidate:
    return Candidate(key, partner, filled_fields(partner) | {"role"}, (project, actor))


def _cluster(key: str, name: str, blocked: bool = False) -> Candidate:
    return Candidate(key, Cluster(name=name), frozenset({"name"}), ("",), blocked)


def _actor(key: str, name: str) -> Candidate:
    return Candidate(key, Actor(name=name), frozenset({"name"}))


def test_a_project_with_the_map_projects_name_is_that_project() -> None:
    batch = ImportBatch(
        "hankkeet.xlsx",
        actors=[_actor("a1", "LAPIN LIITTO"), _actor("a2", "Uusi Oy")],
        clusters=[_cluster("c1", "Arctic design"), _cluster("c2", "Arctic Mining")],
        projects=[
            _project(
                "p1",
                Project(name="arctic smartness portfolio", programme="erdf", budget=500_000.0),
                "c1",
                "c2",
                "c9",  # not in the file: dropped, not an error
            )
        ],
        project_partners=[
            _partner("pp1", ProjectPartner(role="coordinator", budget_share=60.0), "p1", "a1"),
            _partner("pp2", ProjectPartner(role="partner", budget_share=10.0), "p1", "a2"),
        ],
    )

    plan = plan_import(batch, MAP, NEXT)

    project, lead, new = plan.items[-3:]
    assert (project.outcome, project.matched_by) == (Outcome.UPDATED, MatchedBy.NAME)
    assert project.existing == MAP.projects[0]
    # The map's clusters stay and the file's are joined to them: Arctic Mining is new (100).
    assert project.changes == {"cluster_ids": (1, 2, 100)}
    assert (lead.outcome, lead.matched_by, lead.existing) == (
        Outcome.UNCHANGED,
        MatchedBy.ENDS,
        MAP.project_partners[0],
    )
    assert new.outcome is Outcome.NEW
    assert new.entity == ProjectPartner(id=100, project_id=1, actor_id=100, budget_share=10.0)
    names = Names(plan, MAP)
    assert names.of(new) == "Uusi Oy — ASP"


def test_projects_match_by_acronym_and_by_id_only_with_a_close_name() -> None:
    finnish = Project(name="Älykäs arktinen salkku", acronym="ASP", programme="erdf")
    by_acronym = ImportBatch("x.xlsx", projects=[_project("p7", finnish)])
    item = plan_import(by_acronym, MAP, NEXT).items[0]
    assert (item.outcome, item.matched_by) == (Outcome.CONFLICT, MatchedBy.ACRONYM)
    assert item.existing == MAP.projects[0] and set(item.conflicts) == {"name"}

    renamed = Project(id=1, name="Arctic Smartness Portfolio 2015", programme="erdf")
    other = Project(id=1, name="Lumen hanke", programme="erdf")
    for project, matched_by in ((renamed, MatchedBy.ID), (other, MatchedBy.NONE)):
        batch = ImportBatch("x.json", keeps_ids=True, projects=[_project("p1", project)])
        item = plan_import(batch, MAP, NEXT).items[0]
        assert item.matched_by is matched_by, project.name
    # Without ids in the file, a close name is not enough.
    batch = ImportBatch("x.xlsx", projects=[_project("p1", renamed)])
    assert plan_import(batch, MAP, NEXT).items[0].outcome is Outcome.NEW


def test_a_partner_of_a_project_with_an_error_is_an_error() -> None:
    batch = ImportBatch(
        "x.xlsx",
        projects=[
            Candidate(
                "p5",
                Project(name="Rikki"),
                frozenset({"name"}),
                blocked=True,
                sheet="Projects",
                row=2,
            )
        ],
        project_partners=[
            _partner("pp1", ProjectPartner(), "p5", "a1"),
            _partner("pp2", ProjectPartner(), "p6", "a1"),
        ],
        actors=[_actor("a1", "Lapin liitto")],
    )

    plan = plan_import(batch, MAP, NEXT)

    project, partner, unknown = plan.items[1:]
    assert (project.outcome, project.reason) == (Outcome.ERROR, HAS_ERRORS)
    assert (partner.outcome, partner.reason) == (Outcome.ERROR, END_NOT_IMPORTED)
    assert (
        reason_text(partner)
        == "It refers to Projects, row 2, which has errors and is not imported."
    )
    assert unknown.outcome is Outcome.ERROR and unknown.reason_values == {"key": "p6"}
    assert not plan.ready
    assert plan_import(batch, MAP, NEXT, Decisions(skip_errors=True)).inserts == []


def test_a_cluster_that_is_not_imported_is_dropped_from_the_project() -> None:
    batch = ImportBatch(
        "x.xlsx",
        clusters=[_cluster("c1", "Arctic Design", blocked=True), _cluster("c2", "Arctic Mining")],
        projects=[_project("p1", Project(name="Uusi hanke"), "c1", "c2", "c2")],
    )
    plan = plan_import(batch, MAP, NEXT)
    project = plan.items[-1]
    assert project.outcome is Outcome.NEW
    assert isinstance(project.entity, Project) and project.entity.cluster_ids == (100,)


def test_linked_clusters_compare_as_a_set() -> None:
    batch = ImportBatch(
        "x.json",
        keeps_ids=True,
        clusters=[_cluster("c2", "Arctic Security"), _cluster("c1", "Arctic Design")],
        projects=[_project("p1", replace(MAP.projects[0], cluster_ids=(2, 1)), "c2", "c1")],
    )
    item = plan_import(batch, MAP, NEXT).items[-1]
    assert (item.outcome, item.changes) == (Outcome.UNCHANGED, {})


def test_partners_are_taken_once_and_shares_stay_within_100() -> None:
    batch = ImportBatch(
        "x.xlsx",
        actors=[_actor("a2", "Arctic Design"), _actor("a3", "Lapin yliopisto")],
        projects=[_project("p1", Project(name="Arctic Smartness Portfolio"))],
        project_partners=[
            _partner("pp1", ProjectPartner(budget_share=20.0), "p1", "a2"),
            _partner("pp2", ProjectPartner(budget_share=5.0), "p1", "a2"),
            _partner("pp3", ProjectPartner(budget_share=14.5), "p1", "a3"),  # fills in 25.5 -> no
        ],
    )
    plan = plan_import(batch, MAP, NEXT, Decisions(take_file_always=True))
    first, twice, taken = plan.items[-3:]
    # The map has 60 + 25.5 %; 20 % more would make 105.5 %.
    assert (first.outcome, first.reason) == (Outcome.ERROR, IMPORT_SHARES_OVER_100)
    assert first.reason_values == {"total": "105.5"}
    assert (twice.outcome, twice.reason) == (Outcome.ERROR, SAME_AS_EARLIER)
    # Taking the file's smaller share for Lapin yliopisto is fine.
    assert taken.outcome is Outcome.CONFLICT and taken.changes == {"budget_share": 14.5}


# -- workbooks and CSV -----------------------------------------------------------------------


def test_the_workbook_has_project_sheets_with_numbers_and_named_clusters(tmp_path: Path) -> None:
    path = tmp_path / "map.xlsx"
    write_xlsx(MAP, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[-2:] == ["Projects", "Project partners"]

    def rows(title: str) -> list[dict[str, Any]]:
        headers, *cells = workbook[title].iter_rows(values_only=True)
        return [dict(zip(headers, row, strict=True)) for row in cells]

    project = rows("Projects")[0]
    assert project["Acronym"] == "ASP" and project["Programme"] == "erdf"
    assert project["Programme (label)"] == "European Regional Development Fund"
    assert project["Total budget (€)"] == 500_000 and project["Grant (€)"] == 350_000
    assert project["Linked clusters (cluster IDs)"] == "1; 2"
    assert project["Linked cluster names"] == "Arctic Design; Arctic Security"
    partners = rows("Project partners")
    assert [(p["Project name"], p["Actor name"], p["Role"]) for p in partners] == [
        ("Arctic Smartness Portfolio", "Lapin liitto", "coordinator"),
        ("Arctic Smartness Portfolio", "Lapin yliopisto", "partner"),
    ]
    assert [p["Budget share (%)"] for p in partners] == [60, 25.5]
    assert all(workbook["Project partners"].cell(row=r, column=8).data_type == "n" for r in (2, 3))
    assert rows("Actors")[0]["PIC"] == "999999999"

    write_csv(MAP, tmp_path / "tables")
    text = (tmp_path / "tables" / "projects.csv").read_text(encoding="utf-8-sig")
    assert "1; 2" in text and "500000.0" in text
    assert (tmp_path / "tables" / "project_partners.csv").exists()


def test_a_workbook_export_imports_into_an_empty_map_as_the_same_map(
    lappi: MapStore, tmp_path: Path
) -> None:
    path = tmp_path / "map.xlsx"
    write_xlsx(snapshot_of(lappi), path)
    target = _fresh(tmp_path, "target.aspmap")
    try:
        _import(target, path)
        imported = snapshot_of(target)
    finally:
        target.close()
    assert imported.projects == MAP.projects
    assert imported.project_partners == MAP.project_partners
    assert [a.pic for a in imported.actors] == [a.pic for a in MAP.actors]
    assert imported.clusters == MAP.clusters


def _edited(path: Path, edit: Callable[[Any], object]) -> Path:
    write_xlsx(MAP, path)
    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    workbook.save(path)
    return path


def _cell(sheet: Any, header: str, row: int, value: object) -> None:
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=row, column=headers.index(header) + 1, value=value)


def test_an_edited_project_sheet_reports_each_problem_and_blocks_its_partners(
    tmp_path: Path,
) -> None:
    def edit(workbook: Any) -> None:
        _cell(workbook["Projects"], "Programme", 2, "Marshall")
        _cell(workbook["Projects"], "Linked clusters (cluster IDs)", 2, "1; x")
        projects = workbook["Projects"]
        projects.append(
            [5, "Toinen hanke", "", "erdf", "", "", "idea", "", "", "", "", "", "2, 3; 9"]
        )
        _cell(workbook["Project partners"], "Budget share (%)", 3, 40.5)

    path = _edited(tmp_path / "edited.xlsx", edit)
    batch = read_import(path, known_codes=CODES, terms=BUILTIN_TERMS)

    found = [(p.sheet, p.row, p.column, p.message, dict(p.values)) for p in batch.problems]
    assert found == [
        ("Projects", 2, "Programme", NOT_A_PROGRAMME, {"value": "Marshall"}),
        ("Projects", 2, "Linked clusters (cluster IDs)", NOT_IDS, {"value": "1; x"}),
        (
            "Projects",
            3,
            "Linked clusters (cluster IDs)",
            NO_SUCH_CLUSTER,
            {"id": "9"},
        ),
        (
            "Project partners",
            3,
            "Budget share (%)",
            SHARES_OVER_100,
            {"total": "100.5", "others": "60", "left": "40"},
        ),
    ]
    assert [c.blocked for c in batch.projects] == [True, True]
    store = _fresh(tmp_path)
    try:
        plan = plan_for(store, batch)
    finally:
        store.close()
    partners = [i for i in plan.items if i.entity_type is EntityType.PROJECT_PARTNER]
    assert [(i.outcome, i.reason) for i in partners] == [
        (Outcome.ERROR, END_NOT_IMPORTED),
        (Outcome.ERROR, HAS_ERRORS),  # its own share is wrong too
    ]


def test_a_workbook_partner_listed_twice_is_a_problem(tmp_path: Path) -> None:
    def edit(workbook: Any) -> None:
        workbook["Project partners"].append([None, 1, "", 1, "", "associated"])

    batch = read_import(
        _edited(tmp_path / "twice.xlsx", edit), known_codes=CODES, terms=BUILTIN_TERMS
    )
    assert [(p.row, p.field, p.message) for p in batch.problems] == [(4, "actor_id", PARTNER_TWICE)]


def test_the_template_and_a_plain_table_know_the_pic(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_template(template, kinds=BUILTIN_TERMS[Vocabulary.ACTOR_KIND], size_classes=())
    headers = [c.value for c in openpyxl.load_workbook(template)["Actors"][1]]
    assert headers[3:5] == ["Business ID", "PIC"]
    for header in ("PIC", "PIC-koodi", "Participant Identification Code", "Osallistujatunnus"):
        assert guess_columns(["Nimi", header]) == {0: "name", 1: "pic"}, header

    table = tmp_path / "toimijat.csv"
    table.write_text(
        "Nimi;PIC-koodi\nLapin liitto;999 999 999\nArctic Oy;12345\n", encoding="utf-8"
    )
    read = read_actor_rows(table, known_codes=CODES, terms=BUILTIN_TERMS)
    assert [a.pic for _row, a in read.actors] == ["999999999", "12345"]
    assert [(p.row, p.field) for p in read.problems] == [(3, "pic")]
    assert read.rows_with_problems == {3}


# -- graph files, privacy, restoring a backup copy ---------------------------------------------


def test_graph_files_carry_the_pic(tmp_path: Path) -> None:
    path = tmp_path / "map.graphml"
    write_graphml(MAP, path)
    read = read_graph_file(path, known_codes=CODES)
    assert [a.pic for _key, a in read.actors] == ["999999999", "", ""]


def test_an_export_without_personal_data_has_no_project_notes() -> None:
    hidden = without_personal_data(MAP)
    assert [p.notes for p in hidden.projects] == [""]
    assert hidden.projects[0].budget == MAP.projects[0].budget
    assert hidden.project_partners == MAP.project_partners


@pytest.fixture
def document(lappi: MapStore, qapp: object) -> Iterator[Document]:
    doc = Document(lappi, "en")
    yield doc
    doc.undo_stack.clear()


def test_restoring_a_backup_copy_brings_projects_back_and_undo_removes_them(
    document: Document, tmp_path: Path
) -> None:
    store = document.store
    copy = store.save_copy(tmp_path / "copy.aspmap")
    assert store.delete(EntityType.PROJECT, 1).entities  # the partners go with it
    store.insert(Project(name="Lumen hanke", cluster_ids=(3,)))
    changed = snapshot_of(store)

    assert document.push(RestoreBackup(document, read_backup(copy), None, "Restore"))
    restored = snapshot_of(store)
    assert restored.projects == MAP.projects
    assert restored.project_partners == MAP.project_partners

    document.undo_stack.undo()
    assert snapshot_of(store).projects == changed.projects
    assert snapshot_of(store).project_partners == ()


def test_an_undone_import_takes_projects_and_partners_away(
    document: Document, tmp_path: Path
) -> None:
    store = document.store
    path = tmp_path / "more.json"
    more = replace(
        MAP,
        projects=(
            Project(id=4, name="Lumen hanke", programme="interreg_aurora", cluster_ids=(3, 1)),
        ),
        project_partners=(ProjectPartner(id=9, project_id=4, actor_id=2, budget_share=100.0),),
    )
    write_json(more, path)
    plan = plan_for(store, from_snapshot(path.name, read_json(path)))
    assert plan.counts(EntityType.PROJECT) == {Outcome.NEW: 1}
    assert plan.counts(EntityType.PROJECT_PARTNER) == {Outcome.NEW: 1}
    assert document.push(ImportData(document, prepare(plan, snapshot_of(store)), "Import"))
    after = snapshot_of(store)
    assert [p.name for p in after.projects] == ["Arctic Smartness Portfolio", "Lumen hanke"]
    assert after.projects[1].cluster_ids == (3, 1)
    assert len(after.project_partners) == 3

    document.undo_stack.undo()
    assert snapshot_of(store).projects == MAP.projects
    assert snapshot_of(store).project_partners == MAP.project_partners
