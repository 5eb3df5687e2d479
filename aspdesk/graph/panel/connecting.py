"""A Shift-drag on the graph from one node onto another: a new relationship between two
actors, or an actor joining a project as a partner, each one undo step.

The new relationship's type and the partner's role are asked in a small menu where the
mouse let go (:func:`ask_term`); the panel holds the asking as a replaceable callable, so
a test or a workshop answers in its own way. An actor already in the project is refused
before anything is asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMenu, QWidget

from aspdesk.app.commands import AddEntity
from aspdesk.app.document import Document
from aspdesk.app.on_screen import escape_mnemonic
from aspdesk.domain.entities import EntityType, ProjectPartner, Relationship
from aspdesk.domain.validation import validate
from aspdesk.domain.vocabulary import Vocabulary
from aspdesk.graph.scene.data import GraphData

# Asks which type a new relationship gets; returns its code or None (cancelled).
TypeChooser = Callable[[QPoint], "str | None"]


def ask_term(
    parent: QWidget, document: Document, vocabulary: Vocabulary, where: QPoint, font: QFont | None
) -> str | None:
    """The code of the term of ``vocabulary`` chosen from a menu at ``where`` (in ``font``
    when given: a workshop's is big), or None when the menu was closed."""
    menu = QMenu(parent)
    if font is not None:
        menu.setFont(font)
    for term in document.terms(vocabulary):
        action = menu.addAction(escape_mnemonic(term.label(document.language)))
        action.setData(term.code)
    chosen = menu.exec(where)
    return str(chosen.data()) if chosen is not None else None


def connect_nodes(
    document: Document,
    data: GraphData,
    source: int,
    target: int,
    screen: QPointF,
    choose_type: TypeChooser,
    choose_role: TypeChooser,
) -> None:
    """Join the node dragged from, ``source``, to the one dropped on, ``target``: a partner
    when one is an actor and the other a project, a relationship of the type chosen when
    both are actors, else nothing. The menus ask at ``screen``."""
    a, b = data.refs[source], data.refs[target]
    kinds = {a.type, b.type}
    if kinds == {EntityType.ACTOR, EntityType.PROJECT}:
        actor, project = (a, b) if a.type is EntityType.ACTOR else (b, a)
        _add_partner(document, actor.id, project.id, choose_role, screen.toPoint())
        return
    if a.type is not EntityType.ACTOR or b.type is not EntityType.ACTOR:
        return
    code = choose_type(screen.toPoint())
    if not code:
        return
    tie = Relationship(source_id=a.id, target_id=b.id, type=code)
    # The texts keep the graph panel's translation context, where they were translated.
    text = QCoreApplication.translate("GraphPanel", "Add relationship {a} – {b}").format(
        a=data.labels[source], b=data.labels[target]
    )
    document.push(AddEntity(document, tie, text))


def _add_partner(
    document: Document, actor_id: int, project_id: int, choose_role: TypeChooser, where: QPoint
) -> None:
    """The actor joins the project in the role chosen at ``where`` (nothing when none is),
    unless it is a partner already."""
    partner = ProjectPartner(project_id=project_id, actor_id=actor_id)
    others = document.index.all(EntityType.PROJECT_PARTNER)
    problems = validate(partner, document.codes(), others)
    twice = [p for p in problems if p.field == "actor_id"]  # already a partner
    if twice:
        document.edit_failed.emit(twice[0].text(QCoreApplication.translate))
        return
    role = choose_role(where)
    if not role:
        return
    partner = replace(partner, role=role)
    text = QCoreApplication.translate("GraphPanel", "Add {actor} to the project {project}").format(
        actor=document.index.name(EntityType.ACTOR, actor_id),
        project=document.index.name(EntityType.PROJECT, project_id),
    )
    document.push(AddEntity(document, partner, text))
