"""Turning returned questionnaires into an import: candidates, decisions, and what to record.

Each answer is matched to its round (by the token it carries) and actor. What it says
becomes candidates of an :class:`ImportBatch`, so that the import planner and preview show
and store it like any file: the answering actor's corrected details, memberships it ends
or whose role it changes, ties it confirms, ends or changes (each the map's own, named in
``same_as``), and the partners it adds. Every candidate's place names the answer's file,
sheet and row and the answering actor, and a tie's ``source_info`` says who answered and
when; confirmed and changed ties get that date as ``last_verified``.

Never guessed: when the two ends of a tie both answer and say different things, or one
adds a partner who answered too and did not name it back, the tie is listed as an error
for the coordinator to decide. Answers to an unknown round, from an actor the round did
not ask, a second answer of an actor, or cells that do not read are explained in the
batch's problems and left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from aspdesk.domain.entities import Actor, Cluster, EntityType, Membership, Relationship
from aspdesk.domain.survey import Action, Answer, SurveyRound
from aspdesk.domain.text import VALIDATION_CONTEXT
from aspdesk.domain.validation import validate
from aspdesk.domain.vocabulary import Term, Vocabulary
from aspdesk.io.importing.batch import Candidate, ImportBatch
from aspdesk.io.importing.business_ids import read_business_id
from aspdesk.io.importing.problems import Problem, Problems
from aspdesk.io.merging.matching import name_key
from aspdesk.io.merging.plan import Decisions
from aspdesk.io.snapshot import MapSnapshot
from aspdesk.io.survey.answers import Cell, FilledQuestionnaire
from aspdesk.io.survey.messages import (
    ALREADY_ANSWERED,
    NAMED,
    NOT_A_STRENGTH,
    NOT_ASKED,
    NOT_THEIRS,
    NOTHING_ANSWERED,
    SELF_PARTNER,
    SOURCE,
    UNKNOWN_CODE,
    UNKNOWN_ROUND,
    UNKNOWN_WORD,
)
from aspdesk.io.survey.questionnaire import DETAIL_FIELDS, words
from aspdesk.io.survey.workbook import ANSWERS, HEADERS

Translate = Callable[[str, str], str]


@dataclass
class Collected:
    """Everything a set of answers offers: the batch, the decisions to start the preview
    with, and what to record in the rounds once it is stored."""

    batch: ImportBatch
    decisions: Decisions
    answers: dict[int, tuple[Answer, ...]] = field(default_factory=dict)  # round id -> new
    # (entity type, candidate key) -> what the answer does and whose answers say it
    actions: dict[tuple[EntityType, str], tuple[Action, tuple[int, ...]]] = field(
        default_factory=dict
    )


@dataclass
class _Report:
    """One side's word on one tie."""

    actor_id: int
    action: str  # confirm, end, change, add
    type: str
    strength: int | None
    cell: Cell
    file: str


def collect(
    filled: Iterable[FilledQuestionnaire],
    current: MapSnapshot,
    rounds: Iterable[SurveyRound],
    today: date,
    *,
    translations: Mapping[str, Translate] | None = None,
    translate: Translate | None = None,
    language: str = "en",
    name: str = "",
) -> Collected:
    """The import of ``filled`` answers into ``current`` on ``today``.

    ``translations`` are the languages' translate functions (to read the answer words of a
    workbook made in Finnish); ``translate`` is the user's, for the source notes written
    into the map.
    """
    collector = _Collector(current, list(rounds), today, translations or {}, translate, name)
    collector.language = language
    return collector.run(filled)


class _Collector:
    def __init__(
        self,
        current: MapSnapshot,
        rounds: list[SurveyRound],
        today: date,
        translations: Mapping[str, Translate],
        translate: Translate | None,
        name: str,
    ) -> None:
        self.current = current
        self.rounds = {r.token: r for r in rounds}
        self.today = today
        self.translations = translations
        self.translate = translate
        # Actors carry the map's ids, and match by them.
        self.batch = ImportBatch(name or "survey", problems=Problems(), keeps_ids=True)
        self.actors = {a.id: a for a in current.actors if a.id is not None}
        self.names = {name_key(a.name): a for a in current.actors}
        self.ties = {t.id: t for t in current.relationships if t.id is not None}
        self.memberships = {m.id: m for m in current.memberships if m.id is not None}
        self.clusters = {c.id: c for c in current.clusters if c.id is not None}
        self.same_as: dict[str, int] = {}
        self.take: set[tuple[EntityType, str]] = set()
        self.details: dict[int, Candidate] = {}
        self.reports: dict[str, list[_Report]] = {}  # tie key -> what each side says
        self.answered: dict[int, FilledQuestionnaire] = {}
        self.collected = Collected(self.batch, Decisions())
        self.language = "en"  # the user's, for the words of a disagreement

    # -- the whole ---------------------------------------------------------------------

    def run(self, filled: Iterable[FilledQuestionnaire]) -> Collected:
        accepted = [f for f in sorted(filled, key=lambda f: f.file) if self._accept(f)]
        for answer in accepted:
            self._details(answer)
        for answer in accepted:
            self._memberships(answer)
            self._ties(answer)
            self._partners(answer)
        self._settle_ties()
        batch = self.batch
        batch.actors[:0] = [self.details[i] for i in sorted(self.details)]
        droppable = {
            (EntityType.ACTOR, c.key)
            for c in batch.actors
            if c.blocked and c.problems and all(p.field for p in c.problems)
        }
        self.collected.decisions = Decisions(
            take_file=frozenset(self.take),
            same_as=dict(self.same_as),
            without_bad=frozenset(droppable),
            translate=self.translate,
        )
        return self.collected

    def _accept(self, answer: FilledQuestionnaire) -> bool:
        survey_round = self.rounds.get(answer.token)
        if survey_round is None or survey_round.id is None:
            self._problem(answer.file, UNKNOWN_ROUND)
            return False
        if answer.actor_id not in survey_round.asked or answer.actor_id not in self.actors:
            self._problem(answer.file, NOT_ASKED, id=str(answer.actor_id))
            return False
        if not any(any(c.values.values()) for c in _answer_cells(answer)):
            self._problem(answer.file, NOTHING_ANSWERED)
            return False
        earlier = [a for a in survey_round.answers if a.actor_id == answer.actor_id]
        first = self.answered.get(answer.actor_id)
        if earlier or first is not None:
            when = earlier[0].file if earlier else first.file if first else ""
            actor = self.actors[answer.actor_id].name
            self._problem(answer.file, ALREADY_ANSWERED, actor=actor, first=when)
            return False
        self.answered[answer.actor_id] = answer
        new = Answer(answer.actor_id, self.today, answer.file)
        answers = self.collected.answers
        answers[survey_round.id] = (*answers.get(survey_round.id, ()), new)
        return True

    def _problem(self, file: str, message: str, cell: Cell | None = None, **values: str) -> None:
        self.batch.problems.append(
            Problem(
                file,
                message,
                values,
                "survey",
                sheet=cell.sheet if cell else "",
                row=cell.row if cell else 0,
            )
        )

    def _source(self, actor_ids: Iterable[int]) -> str:
        names = " & ".join(self.actors[i].name for i in actor_ids)
        template = self.translate("survey", SOURCE) if self.translate else SOURCE
        return template.format(actors=names, date=self.today.isoformat())

    def _place(self, answer: FilledQuestionnaire, cell: Cell) -> dict[str, object]:
        actor = self.actors[answer.actor_id].name
        return {"sheet": f"{answer.file} / {cell.sheet}", "row": cell.row, "item": actor}

    # -- actors --------------------------------------------------------------------------

    def _actor_key(self, actor_id: int) -> str:
        """The key of a map's actor, added to the batch (as no news, matched by its id)
        when first used."""
        key = f"a{actor_id}"
        if actor_id not in self.details:
            item = self._tr("survey", NAMED)
            self.details[actor_id] = Candidate(key, self.actors[actor_id], item=item)
        return key

    def _details(self, answer: FilledQuestionnaire) -> None:
        actor = self.actors[answer.actor_id]
        key = self._actor_key(answer.actor_id)
        values: dict[str, object] = {}
        problems: list[Problem] = []
        notes: list[Problem] = []
        place: Cell | None = None
        for cell in answer.sheets["details"]:
            text = cell.values.get("answer", "")
            if cell.code not in DETAIL_FIELDS or not text:
                continue
            place = place or cell
            value: object = text
            if cell.code == "business_id":
                read = read_business_id(text)
                value = read.value
                if read.note is not None:
                    notes.append(self._cell_problem(answer, cell, "io", *read.note))
                if read.problem is not None:
                    problems.append(self._cell_problem(answer, cell, "io", *read.problem))
            elif cell.code == "country":
                value = text.upper()
            if value != getattr(actor, cell.code):
                values[cell.code] = value
        if not values:
            return
        corrected = replace(actor, **values)  # type: ignore[arg-type]
        known = {problem.field for problem in problems}
        for error in validate(corrected, self._codes()):
            if error.field in values and error.field not in known:
                cell = next(c for c in answer.sheets["details"] if c.code == error.field)
                problems.append(
                    self._cell_problem(
                        answer, cell, VALIDATION_CONTEXT, error.message, dict(error.params)
                    )
                )
        self.batch.problems.extend(problems)
        assert place is not None
        self.details[answer.actor_id] = Candidate(
            key,
            corrected,
            frozenset(values),
            blocked=bool(problems),
            problems=tuple(problems),
            notes=tuple(notes),
            **self._place(answer, place),  # type: ignore[arg-type]
        )
        self.take.add((EntityType.ACTOR, key))
        if "name" in values:  # a new name may be too far from the old to match by id
            self.same_as[key] = answer.actor_id
        self.collected.actions[(EntityType.ACTOR, key)] = (Action.CHANGED, (answer.actor_id,))

    def _cell_problem(
        self,
        answer: FilledQuestionnaire,
        cell: Cell,
        context: str,
        message: str,
        values: Mapping[str, str],
    ) -> Problem:
        column = self._tr("survey", HEADERS["answer"])
        return Problem(
            answer.file,
            message,
            dict(values),
            context,
            sheet=cell.sheet,
            row=cell.row,
            column=column,
            field=cell.code,
        )

    def _tr(self, context: str, text: str) -> str:
        return self.translate(context, text) if self.translate else text

    def _codes(self) -> dict[Vocabulary, set[str]]:
        return {v: {t.code for t in self.current.terms.get(v, ())} for v in Vocabulary}

    # -- memberships ---------------------------------------------------------------------

    def _memberships(self, answer: FilledQuestionnaire) -> None:
        said = self._words(answer)
        roles = self.current.terms.get(Vocabulary.CLUSTER_ROLE, ())
        for cell in answer.sheets["memberships"]:
            member, new_role = cell.values.get("member", ""), cell.values.get("new_role", "")
            if not (member or new_role):
                continue
            membership = self._listed_membership(self.memberships, cell.code, answer.actor_id)
            if membership is None:
                self._problem(answer.file, NOT_THEIRS, cell)
                continue
            word = said.get(member.casefold()) if member else None
            if member and word not in ("yes", "no"):
                self._problem(answer.file, UNKNOWN_WORD, cell, value=member)
                continue
            role = _code(roles, new_role) if new_role else membership.role
            if role is None:
                self._problem(answer.file, UNKNOWN_CODE, cell, value=new_role)
                continue
            changes: dict[str, object] = {}
            if role != membership.role:
                changes["role"] = role
            if word == "no" and membership.until is None:
                changes["until"] = self.today
            if not changes:
                continue
            action = Action.ENDED if "until" in changes else Action.CHANGED
            key = f"m{membership.id}"
            assert membership.id is not None
            self.same_as[key] = membership.id
            cluster_key = self._cluster_key(membership.cluster_id)
            self.batch.memberships.append(
                Candidate(
                    key,
                    replace(membership, id=None, **changes),  # type: ignore[arg-type]
                    frozenset(changes),
                    (self._actor_key(answer.actor_id), cluster_key),
                    **self._place(answer, cell),  # type: ignore[arg-type]
                )
            )
            self.take.add((EntityType.MEMBERSHIP, key))
            self.collected.actions[(EntityType.MEMBERSHIP, key)] = (action, (answer.actor_id,))

    def _cluster_key(self, cluster_id: int) -> str:
        key = f"c{cluster_id}"
        if all(c.key != key for c in self.batch.clusters):
            cluster: Cluster = self.clusters[cluster_id]
            self.batch.clusters.append(Candidate(key, cluster, item=cluster.name))
        return key

    @staticmethod
    def _listed_membership(
        found: Mapping[int, Membership], code: str, actor_id: int
    ) -> Membership | None:
        """The membership a row's code names, if it is the answering actor's."""
        membership = found.get(int(code[1:])) if code[:1] == "m" and code[1:].isdigit() else None
        return membership if membership is not None and membership.actor_id == actor_id else None

    @staticmethod
    def _listed_tie(
        found: Mapping[int, Relationship], code: str, actor_id: int
    ) -> Relationship | None:
        """The tie a row's code names, if the answering actor is one of its ends."""
        tie = found.get(int(code[1:])) if code[:1] == "r" and code[1:].isdigit() else None
        if tie is not None and actor_id in (tie.source_id, tie.target_id):
            return tie
        return None

    def _words(self, answer: FilledQuestionnaire) -> dict[str, str]:
        """Answer word (casefolded, in the workbook's language or English) -> meaning."""
        found = {text.casefold(): meaning for meaning, text in words(None).items()}
        translate = self.translations.get(answer.language)
        if translate is not None:
            found.update({text.casefold(): meaning for meaning, text in words(translate).items()})
        return found

    # -- ties ----------------------------------------------------------------------------

    def _ties(self, answer: FilledQuestionnaire) -> None:
        said = self._words(answer)
        for cell in answer.sheets["ties"]:
            word = cell.values.get("reply", "")
            if not word:
                continue  # left out: this side says nothing about the tie
            tie = self._listed_tie(self.ties, cell.code, answer.actor_id)
            if tie is None:
                self._problem(answer.file, NOT_THEIRS, cell)
                continue
            action = said.get(word.casefold())
            if action not in ("confirm", "change", "end"):
                self._problem(answer.file, UNKNOWN_WORD, cell, value=word)
                continue
            kind, strength = tie.type, tie.strength
            if action == "change":
                read = self._type_and_strength(answer, cell, "new_type", "new_strength")
                if read is None:
                    continue
                kind, strength = read[0] or kind, read[1] or strength
            report = _Report(answer.actor_id, action, kind, strength, cell, answer.file)
            self.reports.setdefault(f"r{tie.id}", []).append(report)

    def _type_and_strength(
        self, answer: FilledQuestionnaire, cell: Cell, type_column: str, strength_column: str
    ) -> tuple[str, int | None] | None:
        """The kind of tie and strength a row gives ("" and None when empty); None after
        listing a problem when one does not read."""
        types = self.current.terms.get(Vocabulary.RELATION_TYPE, ())
        label = cell.values.get(type_column, "")
        kind = _code(types, label) if label else ""
        if kind is None:
            self._problem(answer.file, UNKNOWN_CODE, cell, value=label)
            return None
        text = cell.values.get(strength_column, "")
        strength = int(text) if text.isdigit() and 1 <= int(text) <= 5 else None
        if text and strength is None:
            self._problem(answer.file, NOT_A_STRENGTH, cell, value=text)
            return None
        return kind, strength

    def _partners(self, answer: FilledQuestionnaire) -> None:
        for cell in answer.sheets["partners"]:
            text = cell.values.get("partner", "")
            if not text or cell.code != "new":
                continue
            read = self._type_and_strength(answer, cell, "type", "strength")
            if read is None:
                continue
            known = self.names.get(name_key(text))
            if known is not None and known.id == answer.actor_id:
                self._problem(answer.file, SELF_PARTNER, cell)
                continue
            partner_key = (
                self._actor_key(known.id)
                if known is not None and known.id is not None
                else self._new_actor(answer, cell, text)
            )
            ends = sorted([self._actor_key(answer.actor_id), partner_key])
            kind = read[0] or Relationship().type
            report = _Report(answer.actor_id, "add", kind, read[1], cell, answer.file)
            self.reports.setdefault(f"add|{ends[0]}|{ends[1]}|{kind}", []).append(report)

    def _new_actor(self, answer: FilledQuestionnaire, cell: Cell, name: str) -> str:
        key = f"new:{name_key(name)}"
        if any(c.key == key for c in self.batch.actors):
            return key
        values: dict[str, object] = {"name": name}
        kinds = {t.code for t in self.current.terms.get(Vocabulary.ACTOR_KIND, ())}
        if "other" in kinds:
            values["kind"] = "other"
        problems: list[Problem] = []
        business_id = cell.values.get("business_id", "")
        if business_id:
            read = read_business_id(business_id)
            values["business_id"] = read.value
            if read.problem is not None:
                problems.append(self._partner_problem(answer, cell, "io", *read.problem))
        actor = Actor(**values)  # type: ignore[arg-type]
        for error in validate(actor, self._codes()):
            if error.field in values and all(p.field != error.field for p in problems):
                problems.append(
                    self._partner_problem(
                        answer, cell, VALIDATION_CONTEXT, error.message, dict(error.params)
                    )
                )
        self.batch.problems.extend(problems)
        self.batch.actors.append(
            Candidate(
                key,
                actor,
                frozenset(values),
                blocked=bool(problems),
                problems=tuple(problems),
                **self._place(answer, cell),  # type: ignore[arg-type]
            )
        )
        self.collected.actions[(EntityType.ACTOR, key)] = (Action.ADDED, (answer.actor_id,))
        return key

    def _partner_problem(
        self,
        answer: FilledQuestionnaire,
        cell: Cell,
        context: str,
        message: str,
        values: Mapping[str, str],
    ) -> Problem:
        column = self._tr("survey", HEADERS["business_id"])
        return replace(
            self._cell_problem(answer, cell, context, message, values),
            column=column,
            field="business_id",
        )

    def _settle_ties(self) -> None:
        from aspdesk.io.survey.settling import settle

        settle(self)


def _answer_cells(answer: FilledQuestionnaire) -> Iterable[Cell]:
    """The answer cells of every row (the map's own values left out)."""
    for kind, cells in answer.sheets.items():
        for cell in cells:
            yield replace(cell, values={k: v for k, v in cell.values.items() if k in ANSWERS[kind]})


def _code(terms: Iterable[Term], text: str) -> str | None:
    """The code of the term ``text`` names (its label in any language, or its code)."""
    wanted = text.casefold().strip()
    for term in terms:
        if wanted in (term.code.casefold(), term.label_en.casefold(), term.label_fi.casefold()):
            return term.code
    return None
