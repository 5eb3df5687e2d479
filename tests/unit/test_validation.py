"""Tests of aspdesk.domain.validation: format checks, entity checks and message marking."""

from __future__ import annotations

import ast
import inspect
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aspdesk.domain import validation as v
from aspdesk.domain.countries import COUNTRY_CODES, EU_MEMBER_STATES
from aspdesk.domain.entities import (
    Actor,
    Cluster,
    Contact,
    Membership,
    Project,
    ProjectPartner,
    Relationship,
)
from aspdesk.domain.text import VALIDATION_CONTEXT
from aspdesk.domain.vocabulary import Vocabulary, builtin_codes

KINDS = builtin_codes(Vocabulary.ACTOR_KIND)
SIZES = builtin_codes(Vocabulary.SIZE_CLASS)
ROLES = builtin_codes(Vocabulary.CLUSTER_ROLE)
TYPES = builtin_codes(Vocabulary.RELATION_TYPE)
VOCAB = {vocabulary: builtin_codes(vocabulary) for vocabulary in Vocabulary}
WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def names(errors: list[v.FieldError]) -> list[str]:
    return [error.field for error in errors]


# --- countries -------------------------------------------------------------------------


def test_country_codes() -> None:
    assert len(COUNTRY_CODES) == 249
    assert all(len(code) == 2 and code.isascii() and code.isupper() for code in COUNTRY_CODES)
    assert {"FI", "SE", "NO", "AX", "SS", "GB", "US"} <= COUNTRY_CODES
    assert not {"XK", "UK", "EU", "EL", "AN", "YU"} & COUNTRY_CODES
    assert len(EU_MEMBER_STATES) == 27
    assert EU_MEMBER_STATES <= COUNTRY_CODES
    assert "GB" not in EU_MEMBER_STATES and "NO" not in EU_MEMBER_STATES


# --- business IDs ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["0245437-2", "1572860-0", "2331972-7", " 0245437-2\n"])
def test_valid_business_ids(text: str) -> None:
    assert v.business_id_is_valid(text)


@pytest.mark.parametrize(
    "text",
    [
        "0245437-3",  # wrong check digit
        "1572860-1",
        "2331972-0",
        "12345678",  # no hyphen
        "1234567-",  # no check digit
        "123456-7",  # six digits
        "01234567-8",  # eight digits
        "024543A-2",
        "0245437-X",
        "0245437 2",
        "0245437-22",
        "FI02454372",
        "",
        "٠٢٤٥٤٣٧-٢",  # Arabic-Indic digits are digits, but not ASCII ones
    ],
)
def test_invalid_business_ids(text: str) -> None:
    assert not v.business_id_is_valid(text)


def test_normalize_business_id() -> None:
    assert v.normalize_business_id("  0245437-2\t") == "0245437-2"


@pytest.mark.parametrize("check", range(10))
def test_remainder_one_has_no_valid_check_digit(check: int) -> None:
    # 7*1 + 2*8 = 23, 23 % 11 == 1
    assert v.business_id_check_digit("1000008") is None
    assert not v.business_id_is_valid(f"1000008-{check}")


def test_check_digit_examples() -> None:
    assert v.business_id_check_digit("0245437") == 2
    assert v.business_id_check_digit("1572860") == 0  # remainder 0
    assert v.business_id_check_digit("2331972") == 7


def test_the_last_check_digit_remembered_is_that_of_the_digits_asked() -> None:
    """The check digit of the last ID is remembered (an import asks it twice a row): asking
    in turns, again, and for digits that are no ID gives what each has."""
    asked = ["0245437", "0245437", "1572860", "1000008", "1000008", "2331972", "0245437"]
    assert [v.business_id_check_digit(d) for d in asked] == [2, 2, 0, None, None, 7, 2]
    for wrong in ("", "024543", "024543"):
        with pytest.raises(ValueError, match="seven digits"):
            v.business_id_check_digit(wrong)
    assert v.business_id_is_valid("0245437-2") and not v.business_id_is_valid("0245437-3")


@given(st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_exactly_one_check_digit_unless_remainder_one(digits: str) -> None:
    remainder = sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 11
    valid = [c for c in "0123456789" if v.business_id_is_valid(f"{digits}-{c}")]
    if remainder == 1:
        assert valid == []
    else:
        assert valid == [str((11 - remainder) % 11)]


# --- single values ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("info@lapinliitto.fi", True),
        ("etu.suku@sub.example.co.uk", True),
        ("x@ä.fi", True),
        ("x+tag@xn--mnchen-3ya.de", True),
        ("a b@c.fi", False),
        ("ab@c .fi", False),
        ("ab@c.fi ", False),
        ("abc.fi", False),
        ("a@@c.fi", False),
        ("a@b@c.fi", False),
        ("@c.fi", False),
        ("a@", False),
        ("a@localhost", False),
        ("a@c..fi", False),
        ("a@.c.fi", False),
        ("a@c.fi.", False),
        ("a@-c.fi", False),
        ("a@c.f", False),
        ("a@c.fi;", False),
        ("a\x00@c.fi", False),
        ("", False),
    ],
)
def test_email(text: str, ok: bool) -> None:
    assert v.is_valid_email(text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("+358 40 123 4567", True),
        ("040-123 4567", True),
        ("(09) 123 456", True),
        ("12345", True),
        ("1234", False),
        ("+ 1 2 3 4", False),
        ("358+40123456", False),
        ("++358401234567", False),
        ("040 123 4567 ext 5", False),
        ("040/1234567", False),
        ("040\t1234567", False),
        ("", False),
    ],
)
def test_phone(text: str, ok: bool) -> None:
    assert v.is_valid_phone(text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("www.lapinliitto.fi", True),
        ("lapinliitto.fi/en/page?x=1", True),
        ("https://www.lapinliitto.fi", True),
        ("http://example.com:8080/path", True),
        ("HTTPS://Example.COM/", True),
        ("https://kemi.fi#yhteystiedot", True),
        ("https://www.lapinliitto.fi/a b", False),
        ("www lapinliitto fi", False),
        ("localhost", False),
        ("https://localhost", False),
        ("ftp://example.com", False),
        ("mailto:info@example.com", False),
        ("http//example.com", False),
        ("https://", False),
        ("https://example.com:port", False),
        ("", False),
    ],
)
def test_website(text: str, ok: bool) -> None:
    assert v.is_valid_website(text) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("#1F77B4", True),
        ("#abcdef", True),
        ("1F77B4", False),
        ("#1F77B", False),
        ("#1F77B40", False),
        ("#GGGGGG", False),
        ("#1F77B4\n", False),
        ("", False),
    ],
)
def test_colour(text: str, ok: bool) -> None:
    assert v.is_valid_colour(text) is ok


# --- entities --------------------------------------------------------------------------

GOOD_ACTOR = Actor(
    name="Lapin liitto",
    short_name="LL",
    kind="authority",
    description="Regional council.\n\tSecond line.",
    business_id="0245437-2",
    country="FI",
    website="www.lapinliitto.fi",
    email="info@lapinliitto.fi",
    phone="+358 16 33 01",
    size_class="medium",
    tags=("arctic", "smart specialisation"),
    notes="Line one\nLine two",
)


def test_good_actor() -> None:
    assert v.validate_actor(GOOD_ACTOR, KINDS, SIZES) == []
    assert v.validate_actor(Actor(name="X"), KINDS, SIZES) == []


def test_bad_actor_fields_in_order() -> None:
    bad = Actor(
        name="   ",
        short_name="S" * 61,
        kind="alien",
        business_id="0245437-3",
        country="fi",
        website="not a site",
        email="a b@c.fi",
        phone="12",
        size_class="huge",
        tags=("ok", "t" * 61),
    )
    errors = v.validate_actor(bad, KINDS, SIZES)
    assert names(errors) == [
        "name",
        "short_name",
        "kind",
        "business_id",
        "country",
        "website",
        "email",
        "phone",
        "size_class",
        "tags",
    ]
    by_field = {error.field: error for error in errors}
    assert by_field["name"].message == v.NAME_REQUIRED
    assert by_field["short_name"].text() == "Use at most 60 characters."
    assert by_field["country"].text() == "Use a two-letter country code such as FI, SE or NO."
    assert by_field["tags"].params == (("tag", "t" * 61), ("max", "60"))


def test_actor_limits() -> None:
    assert v.validate_actor(Actor(name="N" * 300, short_name="S" * 60), KINDS, SIZES) == []
    assert names(v.validate_actor(Actor(name="N" * 301), KINDS, SIZES)) == ["name"]
    assert v.validate_actor(Actor(name="X", tags=("t" * 60,)), KINDS, SIZES) == []


@pytest.mark.parametrize("country", ["", "XK", "FIN", "F1", "fi", " FI"])
def test_actor_country(country: str) -> None:
    errors = v.validate_actor(Actor(name="X", country=country), KINDS, SIZES)
    assert [(e.field, e.message) for e in errors] == [("country", v.COUNTRY)]


@pytest.mark.parametrize(
    ("business_id", "message"),
    [
        ("0245437-3", v.BUSINESS_ID_CHECK_DIGIT),
        ("1000008-0", v.BUSINESS_ID_CHECK_DIGIT),
        ("12345678", v.BUSINESS_ID_FORMAT),
        ("1234567-", v.BUSINESS_ID_FORMAT),
        ("abcdefg-h", v.BUSINESS_ID_FORMAT),
    ],
)
def test_actor_business_id_messages(business_id: str, message: str) -> None:
    errors = v.validate_actor(Actor(name="X", business_id=business_id), KINDS, SIZES)
    assert [(e.field, e.message) for e in errors] == [("business_id", message)]
    assert v.BUSINESS_ID_CHECK_DIGIT != v.BUSINESS_ID_FORMAT
    assert "1234567-8" in v.BUSINESS_ID_FORMAT


def test_control_characters() -> None:
    actor = Actor(
        name="Bad\x07name",
        short_name="two\nlines",
        email="a\t@b.fi",
        description="fine\n\tindented",
        notes="bell\x07here",
        tags=("a", "b\x00"),
    )
    errors = v.validate_actor(actor, KINDS, SIZES)
    assert names(errors) == ["name", "short_name", "email", "tags", "notes"]
    assert all(e.message == v.CONTROL_CHARACTER for e in errors)
    by_field = {error.field: error for error in errors}
    assert by_field["name"].text() == "Remove the control character at position 4."
    assert by_field["notes"].params == (("position", "5"),)
    assert by_field["tags"].params == (("position", "5"),)  # in "a, b\x00"
    assert names(v.validate_actor(Actor(name="X", notes="a\rb"), KINDS, SIZES)) == ["notes"]
    assert names(v.validate_contact(Contact(name="A", title="x\x1b"))) == ["title"]
    assert names(v.validate_cluster(Cluster(name="C", theme="\x85"))) == ["theme"]


def test_contact() -> None:
    good = Contact(actor_id=1, name="Maija Meikäläinen", email="maija@ä.fi", phone="040 1234567")
    assert v.validate_contact(good) == []
    assert v.validate_contact(Contact(name="Only name")) == []
    bad = Contact(actor_id=1, name="", email="maija", phone="abc")
    assert names(v.validate_contact(bad)) == ["name", "email", "phone"]


def test_cluster() -> None:
    good = Cluster(
        name="Arctic Smartness",
        short_name="AS",
        colour="#1F77B4",
        start_date=date(2015, 1, 1),
        end_date=date(2015, 1, 1),
    )
    assert v.validate_cluster(good) == []
    bad = Cluster(
        name="",
        short_name="S" * 61,
        colour="blue",
        start_date=date(2016, 1, 1),
        end_date=date(2015, 12, 31),
    )
    assert names(v.validate_cluster(bad)) == ["name", "short_name", "colour", "end_date"]
    assert names(v.validate_cluster(Cluster(name="N" * 301))) == ["name"]
    assert v.validate_cluster(Cluster(name="Open", end_date=date(2015, 1, 1))) == []


def test_membership() -> None:
    good = Membership(
        actor_id=1, cluster_id=2, role="coordinator", since=date(2020, 1, 1), until=None
    )
    assert v.validate_membership(good, ROLES) == []
    bad = Membership(
        actor_id=0, cluster_id=-1, role="boss", since=date(2020, 1, 2), until=date(2020, 1, 1)
    )
    assert names(v.validate_membership(bad, ROLES)) == ["actor_id", "cluster_id", "role", "until"]


def test_relationship() -> None:
    good = Relationship(
        source_id=1,
        target_id=2,
        type="funding",
        strength=5,
        start_date=date(2020, 1, 1),
        end_date=date(2021, 1, 1),
        notes="Multi\nline",
    )
    assert v.validate_relationship(good, TYPES) == []
    bad = Relationship(
        source_id=0,
        target_id=0,
        type="love",
        strength=0,
        start_date=date(2021, 1, 1),
        end_date=date(2020, 1, 1),
    )
    errors = v.validate_relationship(bad, TYPES)
    assert names(errors) == ["source_id", "target_id", "type", "strength", "end_date"]
    assert errors[3].text() == "Choose a strength from 1 to 5."
    assert names(v.validate_relationship(Relationship(source_id=1, strength=6), TYPES)) == [
        "target_id",
        "strength",
    ]


def test_relationship_with_itself() -> None:
    errors = v.validate_relationship(Relationship(source_id=3, target_id=3), TYPES)
    assert [(e.field, e.text()) for e in errors] == [
        ("target_id", "An actor cannot have a relationship with itself.")
    ]


def test_validate_dispatches() -> None:
    assert v.validate(GOOD_ACTOR, VOCAB) == []
    assert names(v.validate(Actor(name="X", kind="company", size_class="x"), VOCAB)) == [
        "size_class"
    ]
    assert names(v.validate(Actor(name="X"), {})) == ["kind"]
    assert names(v.validate(Contact(name=""), VOCAB)) == ["name"]
    assert names(v.validate(Cluster(name="C", colour="#12345"), VOCAB)) == ["colour"]
    membership = Membership(actor_id=1, cluster_id=1, role="funder")
    assert v.validate(membership, VOCAB) == []
    assert names(v.validate(membership, {Vocabulary.ACTOR_KIND: KINDS})) == ["role"]
    relationship = Relationship(source_id=1, target_id=2, type="funding")
    assert v.validate(relationship, VOCAB) == []
    assert names(v.validate(relationship, {Vocabulary.CLUSTER_ROLE: {"funding"}})) == ["type"]
    with pytest.raises(TypeError):
        v.validate("actor", VOCAB)  # type: ignore[arg-type]


# --- messages --------------------------------------------------------------------------


def test_field_error_text() -> None:
    error = v.FieldError("name", v.TOO_LONG, (("max", "300"),))
    assert error.text() == "Use at most 300 characters."
    calls: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        calls.append((context, text))
        return {v.TOO_LONG: "Enintään {max} merkkiä."}[text]

    assert error.text(translate) == "Enintään 300 merkkiä."
    assert calls == [(VALIDATION_CONTEXT, v.TOO_LONG)]
    plain = v.FieldError("name", v.NAME_REQUIRED)
    assert plain.text(lambda _context, _text: "Anna nimi.") == "Anna nimi."
    # A translation with a placeholder the error has no value for falls back to English.
    assert error.text(lambda _context, _text: "{maximum} merkkiä") == "Use at most 300 characters."
    assert plain.text(lambda _context, _text: "{") == "Enter a name."


SOURCE = Path(inspect.getfile(v)).read_text(encoding="utf-8")
TREE = ast.parse(SOURCE)


def _is_noop_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    )


def _noop_calls() -> list[ast.Call]:
    return [node for node in ast.walk(TREE) if isinstance(node, ast.Call) and _is_noop_call(node)]


def _marked_texts() -> set[str]:
    texts: set[str] = set()
    for call in _noop_calls():
        text = call.args[1]
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)
        texts.add(text.value)
    return texts


def _marked_names() -> set[str]:
    """Module-level names bound to a QT_TRANSLATE_NOOP call."""
    bound: set[str] = set()
    for statement in TREE.body:
        if isinstance(statement, ast.Assign) and _is_noop_call(statement.value):
            bound.update(t.id for t in statement.targets if isinstance(t, ast.Name))
    return bound


def _enclosing_function(target: ast.AST) -> ast.FunctionDef | None:
    """The innermost function whose body holds ``target``."""
    containing = [
        function
        for function in ast.walk(TREE)
        if isinstance(function, ast.FunctionDef)
        and any(node is target for node in ast.walk(function))
    ]
    return max(containing, key=lambda function: function.lineno, default=None)


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _calls_to(name: str) -> list[ast.Call]:
    calls: list[ast.Call] = []
    for node in ast.walk(TREE):
        if isinstance(node, ast.Call):
            func = node.func
            if (isinstance(func, ast.Name) and func.id == name) or (
                isinstance(func, ast.Attribute) and func.attr == name
            ):
                calls.append(node)
    return calls


def _is_marked(node: ast.expr | None, where: ast.Call, depth: int = 0) -> bool:
    """Whether ``node`` (an argument of ``where``) is always a marked message."""
    if node is None or depth > 5:
        return False
    if _is_noop_call(node):
        return True
    if not isinstance(node, ast.Name):
        return False
    if node.id in _marked_names():
        return True
    function = _enclosing_function(where)
    parameters = [a.arg for a in function.args.args] if function else []
    if function is None or node.id not in parameters:
        return False
    # A parameter: every call of the function must pass a marked message for it.
    index = parameters.index(node.id) - (1 if parameters[0] == "self" else 0)
    callers = _calls_to(function.name)
    return bool(callers) and all(
        _is_marked(_argument(call, index, node.id), call, depth + 1) for call in callers
    )


def test_marks_use_literal_validation_context() -> None:
    calls = _noop_calls()
    assert len(calls) >= 20
    for call in calls:
        assert len(call.args) == 2 and not call.keywords
        context, text = call.args
        # lupdate only collects calls whose arguments are string literals.
        assert isinstance(context, ast.Constant) and context.value == VALIDATION_CONTEXT
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)


def test_every_field_error_message_is_marked() -> None:
    constructions = _calls_to("FieldError")
    assert constructions
    for call in constructions:
        assert _is_marked(_argument(call, 1, "message"), call), ast.unparse(call)


def test_no_unmarked_sentences() -> None:
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(TREE)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    marked = {id(call.args[1]) for call in _noop_calls()}
    for node in ast.walk(TREE):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings or id(node) in marked:
                continue
            text = node.value
            assert not (text[:1].isupper() and " " in text), f"unmarked text: {text!r}"


def test_produced_messages_are_marked() -> None:
    bad = [
        *v.validate_actor(
            Actor(
                name="",
                short_name="s" * 99,
                kind="?",
                business_id="1",
                country="",
                website="?",
                email="?",
                phone="?",
                size_class="?",
                tags=("t" * 99,),
            ),
            (),
            (),
        ),
        *v.validate_actor(Actor(name="\x00", business_id="0245437-3"), (), ()),
        *v.validate_cluster(Cluster(colour="?", start_date=date(2, 1, 1), end_date=date.min)),
        *v.validate_membership(Membership(), ()),
        *v.validate_relationship(Relationship(strength=9), ()),
        *v.validate_relationship(Relationship(source_id=1, target_id=1), ()),
        *v.validate_actor(Actor(name="a", pic="12345678"), ("company",), ()),
        *v.validate_project(Project(budget=-1, grant=5), {}),
        *v.validate_project(Project(budget=float("inf")), {}),
        *v.validate_project(
            Project(name="p", budget=10, grant=20, start_date=date(2020, 2, 1), end_date=date.min),
            {},
        ),
        *v.validate_project_partner(ProjectPartner(budget_share=120), ()),
        *v.validate_project_partner(
            ProjectPartner(project_id=1, actor_id=2, budget_share=60),
            (),
            [ProjectPartner(id=9, project_id=1, actor_id=2, budget_share=50)],
        ),
    ]
    produced = {error.message for error in bad}
    assert produced == _marked_texts()


LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
    "pyside6-lupdate"
)


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
def test_lupdate_collects_every_message(tmp_path: Path) -> None:
    ts = tmp_path / "validation.ts"
    command = [str(LUPDATE), inspect.getfile(v), "-ts", str(ts)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    contexts = ET.parse(ts).getroot().findall("context")
    collected = {
        (context.findtext("name"), message.findtext("source"))
        for context in contexts
        for message in context.findall("message")
    }
    assert collected == {(VALIDATION_CONTEXT, text) for text in _marked_texts()}


# --- projects (issue 8) -------------------------------------------------------------------


def _fields(errors: list[v.FieldError]) -> dict[str, str]:
    return {e.field: e.text() for e in errors}


@pytest.mark.parametrize(
    "pic", ["12345678", "1234567890", "12345678a", " 123456789", "999 999 999"]
)
def test_a_pic_must_be_nine_digits(pic: str) -> None:
    errors = _fields(v.validate(Actor(name="A", pic=pic), VOCAB))
    assert "nine digits" in errors["pic"]


def test_a_nine_digit_pic_or_none_is_fine() -> None:
    assert v.validate(Actor(name="A", pic="999999999"), VOCAB) == []
    assert v.validate(Actor(name="A", pic=""), VOCAB) == []


@pytest.mark.parametrize("country", ["XX", "UK", "EL", "fi", ""])
def test_a_country_code_that_does_not_exist_is_refused(country: str) -> None:
    assert "country" in _fields(v.validate(Actor(name="A", country=country), VOCAB))


def test_a_project_ending_before_it_starts_is_refused() -> None:
    project = Project(name="P", start_date=date(2027, 1, 1), end_date=date(2026, 12, 31))
    assert _fields(v.validate(project, VOCAB)) == {
        "end_date": "The end date cannot be before the start date."
    }
    assert v.validate(replace(project, end_date=date(2027, 1, 1)), VOCAB) == []


def test_project_codes_and_amounts_are_checked() -> None:
    project = Project(name="P", programme="nope", status="nope", budget=-5.0, grant=float("nan"))
    errors = _fields(v.validate(project, VOCAB))
    assert set(errors) == {"programme", "status", "budget", "grant"}
    over = _fields(v.validate(Project(name="P", budget=1000.0, grant=1500.0), VOCAB))
    assert over == {"grant": "The grant cannot be more than the total budget (1 000 €)."}


def test_budget_shares_may_not_total_over_100_percent() -> None:
    others = [
        ProjectPartner(id=1, project_id=7, actor_id=1, budget_share=60.0),
        ProjectPartner(id=2, project_id=7, actor_id=2, budget_share=30.0),
        ProjectPartner(id=3, project_id=8, actor_id=3, budget_share=90.0),  # another project
    ]
    fits = ProjectPartner(project_id=7, actor_id=4, budget_share=10.0)
    assert v.validate(fits, VOCAB, others) == []
    too_much = replace(fits, budget_share=12.5)
    assert _fields(v.validate(too_much, VOCAB, others)) == {
        "budget_share": "The budget shares of this project would come to 102.5 %; the other "
        "partners already have 90 %, so this share can be at most 10 %."
    }
    # Editing a partner's own share does not count its old share twice.
    edited = replace(others[0], budget_share=70.0)
    assert v.validate(edited, VOCAB, others) == []
    assert "budget_share" in _fields(
        v.validate(ProjectPartner(project_id=7, actor_id=5, budget_share=101), VOCAB)
    )


def test_an_actor_is_a_partner_of_a_project_once() -> None:
    others = [ProjectPartner(id=1, project_id=7, actor_id=1)]
    errors = _fields(v.validate(ProjectPartner(project_id=7, actor_id=1), VOCAB, others))
    assert errors == {"actor_id": "This actor is already a partner in this project."}
    assert v.validate(ProjectPartner(project_id=8, actor_id=1), VOCAB, others) == []


@pytest.mark.parametrize("amount", [float("inf"), 1e13, float("9" * 400)])
def test_an_amount_past_a_trillion_or_infinite_is_refused(amount: float) -> None:
    errors = _fields(v.validate(Project(name="P", budget=amount, grant=amount), VOCAB))
    assert errors["budget"] == "Enter an amount in euros of at most 1 000 000 000 000 (a trillion)."
    assert set(errors) == {"budget", "grant"}
    assert v.validate(Project(name="P", budget=1e12, grant=1e12), VOCAB) == []


# The fast checks against their definitions, on any text (ASCII, controls, other scripts,
# invisible format characters, unpaired surrogates' neighbours).
_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0xFF),
        st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn")),
        st.characters(),
    ),
    max_size=40,
)


@given(_ANY_TEXT, st.booleans())
def test_control_position_is_the_first_unicode_control_character(
    text: str, multiline: bool
) -> None:
    expected = next(
        (
            n + 1
            for n, c in enumerate(text)
            if unicodedata.category(c) == "Cc" and not (multiline and c in "\n\t")
        ),
        None,
    )
    assert v._control_position(text, multiline) == expected  # noqa: SLF001
