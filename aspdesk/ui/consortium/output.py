"""What the consortium builder makes: a project in preparation, a partner table, and back.

"Save as project…" stores the consortium as a new project in preparation with its
partners and roles, as one undo step (:class:`aspdesk.app.project_commands.SaveConsortium`),
and selects it in the map. Once the consortium belongs to a project (loaded from it or
saved as it), saving asks whether to update that project's partners instead, again as one
undo step (:class:`aspdesk.app.project_commands.UpdateConsortium`). "Export partner
table…" writes the table as XLSX or PDF, as the chosen file name's suffix says. "Load
project…" starts the consortium from the partners of a project already in the map.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication

from aspdesk.analysis.consortium.builder import CHECK_THE_CALL
from aspdesk.analysis.consortium.rules import project_programme, rules_for_project
from aspdesk.app.collation import name_key
from aspdesk.app.partner_export import write_partner_table
from aspdesk.app.project_commands import SaveConsortium, UpdateConsortium, project_partners
from aspdesk.app.selection import Ref
from aspdesk.domain.entities import Contact, EntityType, Project, ProjectPartner
from aspdesk.domain.validation import validate
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.io.errors import DataFileError
from aspdesk.io.exporting.partner_table import partner_rows, partner_table
from aspdesk.ui.consortium.dialogs import UPDATE, ProjectNames
from aspdesk.ui.exports.image_actions import file_stem

if TYPE_CHECKING:
    from aspdesk.ui.consortium.window import ConsortiumWindow


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ConsortiumOutput(QObject):
    """Saving, exporting and loading the consortium of one builder window."""

    def __init__(self, builder: ConsortiumWindow) -> None:
        super().__init__(builder)
        self.builder = builder
        # The project the consortium was loaded from or last saved as (None and "" for
        # none): it names the partner table, and saving offers to update it.
        self.project_id: int | None = None
        self.project_name = ""
        self.acronym = ""
        self.call_id = ""

    def forget_project(self) -> None:
        """The consortium no longer stands for a project (another map is open)."""
        self.project_id = None
        self.project_name = self.acronym = self.call_id = ""

    def link(self, project: Project) -> None:
        """The consortium now stands for ``project`` (loaded from it or saved as it)."""
        self.project_id = project.id
        self.project_name, self.acronym, self.call_id = (
            project.name,
            project.acronym,
            project.call_id,
        )

    def title(self) -> str:
        """What the partner table is called: the project, or the programme's consortium."""
        if self.project_name:
            return f"{self.project_name} ({self.acronym})" if self.acronym else self.project_name
        programme = self.builder.programme()
        name = programme.name.get(self.builder.document.language) if programme else ""
        return self.tr("Consortium for {programme}").format(programme=name)

    # -- saving -------------------------------------------------------------------------

    def save_as_project(self) -> None:
        """Update the consortium's project, or store it as a new project in preparation.

        When the consortium belongs to a project still in the map, the user chooses; when
        that project was deleted meanwhile, a new one is saved, and the user is told.
        """
        builder, document = self.builder, self.builder.document
        members = builder.model.members
        programme = builder.programme()
        if not members or programme is None:
            builder.say(self.tr("Add partners to the consortium first."))
            return
        gone = ""
        if self.project_id is not None:
            project = document.index.get(EntityType.PROJECT, self.project_id)
            if isinstance(project, Project):
                choice = builder.dialogs.save_choice(project.name)
                if choice is None:
                    return
                if choice == UPDATE:
                    self.update_project(project, members)
                    return
            else:
                gone = self.tr(
                    "The project “{name}” is no longer in the map, so the consortium is "
                    "saved as a new project."
                ).format(name=self.project_name)
                builder.say(gone)
        self.save_new_project(programme.id, members, gone)

    def save_new_project(
        self, programme_id: str, members: list[tuple[int, str]], note: str
    ) -> None:
        """Ask for a name, then store the consortium as a new project in preparation."""
        builder, document = self.builder, self.builder.document
        names = builder.dialogs.project_names(
            ProjectNames(self.project_name, self.acronym, self.call_id)
        )
        if names is None:
            return
        project = Project(
            name=names.name,
            acronym=names.acronym,
            call_id=names.call_id,
            programme=project_programme(programme_id),
            status="preparation",
        )
        errors = validate(project, document.codes())
        if errors:
            builder.dialogs.error(
                self.tr("The project was not saved"),
                "\n".join(e.text(QCoreApplication.translate) for e in errors),
            )
            return
        partners = [ProjectPartner(actor_id=a, role=r) for a, r in members]
        command = SaveConsortium(
            document,
            project,
            partners,
            self.tr("Save the consortium as the project “{name}”").format(name=names.name),
        )
        if not document.push(command):
            return  # the main window has told the user why
        self.link(command.project)
        builder.keep_draft()
        document.selection.select([command.ref])
        saved = self.tr(
            "Saved as the project “{name}” (in preparation) with %n partner(s). "
            "Undo takes it back.",
            "",
            len(partners),
        ).format(name=names.name)
        builder.say(f"{note} {saved}" if note else saved)

    def update_project(self, project: Project, members: list[tuple[int, str]]) -> None:
        """Make ``project``'s partners those of the consortium, as one undo step."""
        builder, document = self.builder, self.builder.document
        assert project.id is not None
        command = UpdateConsortium(
            document,
            project.id,
            members,
            self.tr("Update the partners of the project “{name}”").format(name=project.name),
        )
        if command.changes_nothing:
            builder.say(
                self.tr("The project “{name}” already has these partners in these roles.").format(
                    name=project.name
                )
            )
            return
        if not document.push(command):
            return  # the main window has told the user why
        self.link(project)
        document.selection.select([Ref(EntityType.PROJECT, project.id)])
        builder.say(
            self.tr(
                "Updated the partners of the project “{name}”: {added} added, {removed} "
                "taken out, {changed} in another role. Undo takes it back."
            ).format(
                name=project.name,
                added=len(command.added),
                removed=len(command.removed),
                changed=len(command.roles),
            )
        )

    # -- the partner table --------------------------------------------------------------

    def export_partner_table(self) -> None:
        """Ask where, then write the partner table as XLSX or PDF."""
        builder = self.builder
        document = builder.document
        programme = builder.programme()
        if programme is None or not builder.model.members:
            builder.say(self.tr("Add partners to the consortium first."))
            return
        settings = builder.settings
        folder = settings.last_folder or Path.home()
        path = builder.dialogs.partner_table_path(folder / (file_stem(self.title()) + ".xlsx"))
        if path is None:
            return
        language = document.language
        contacts = [c for c in document.index.all(EntityType.CONTACT) if isinstance(c, Contact)]
        rows = partner_rows(
            builder.model.actors_with_roles(),
            contacts,
            language=language,
            kind_labels=_labels(builder, Vocabulary.ACTOR_KIND),
            role_labels=_labels(builder, Vocabulary.PARTNER_ROLE),
            hide_personal=document.hide_personal,
        )
        table = partner_table(
            self.title(),
            programme.name.get(language),
            rows,
            reminder=_translate("consortium", CHECK_THE_CALL),
            hide_personal=document.hide_personal,
            language=language,
            today=builder.today(),
            translate=_translate,
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_partner_table(table, path)
        except DataFileError as error:
            QGuiApplication.restoreOverrideCursor()
            builder.dialogs.error(
                self.tr("The partner table was not written"), error.text(_translate)
            )
            return
        QGuiApplication.restoreOverrideCursor()
        settings.last_folder = path.parent
        builder.say(self.tr("Partner table saved to {path}").format(path=path))

    # -- starting from a project --------------------------------------------------------

    def load_project(self) -> None:
        """Replace the consortium with the partners of a project the user picks."""
        builder = self.builder
        document = builder.document
        projects = sorted(
            (p for p in document.index.all(EntityType.PROJECT) if isinstance(p, Project)),
            key=lambda p: name_key(p.name),
        )
        if not projects:
            builder.say(self.tr("The map has no projects yet."))
            return
        items = [
            f"{p.name}{f' ({p.acronym})' if p.acronym else ''} · "
            f"{document.label(Vocabulary.PROGRAMME, p.programme)} · "
            f"{document.label(Vocabulary.PROJECT_STATUS, p.status)}"
            for p in projects
        ]
        chosen = builder.dialogs.choice(
            self.tr("Load a project"), self.tr("Start the consortium from the partners of:"), items
        )
        if chosen is None:
            return
        count = builder.model.rowCount()
        if count and not builder.dialogs.confirm(
            self.tr("Load a project"),
            self.tr(
                "The consortium in the builder has %n partner(s). Put the partners of "
                "“{name}” in their place?",
                "",
                count,
            ).format(name=projects[chosen].name),
            self.tr("Save it as a project first if you want to keep it."),
            self.tr("Load"),
        ):
            return
        self.load(projects[chosen])

    def load(self, project: Project) -> None:
        """Fill the consortium with ``project``'s partners and pick its programme's rules."""
        builder = self.builder
        partners = project_partners(builder.document, project.id or 0)
        # The coordinator first, then in the order the partners were added.
        partners.sort(key=lambda p: (p.role != "coordinator", p.id or 0))
        rules = rules_for_project(project.programme, builder.programmes)
        self.link(project)  # before the consortium changes, so that its draft names it
        if rules is not None:
            builder.choose_programme(rules)
        builder.model.replace_all([(p.actor_id, p.role) for p in partners])
        builder.say(
            self.tr("Loaded %n partner(s) of the project “{name}”.", "", len(partners)).format(
                name=project.name
            )
        )


def _labels(builder: ConsortiumWindow, vocabulary: Vocabulary) -> dict[str, str]:
    language = builder.document.language
    return {t.code: t.label(language) for t in builder.document.terms(vocabulary)}
