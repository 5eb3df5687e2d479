"""The README's architecture picture is the one the code's imports draw today."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import architecture_picture
from tests.architecture_picture import README, kept_picture, picture


def test_the_readme_pictures_the_imports_as_they_are() -> None:
    assert kept_picture(README.read_text(encoding="utf-8")) == picture(), (
        "the architecture picture in README.md is stale: run python -m tests.architecture_picture"
    )


def _module(root: Path, name: str, text: str = "") -> None:
    path = root.joinpath(*name.split(".")).with_suffix(".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_new_import_or_room_changes_the_picture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("aspdesk.__init__", "aspdesk.domain.__init__", "aspdesk.domain.text"):
        _module(tmp_path, name)
    for name in ("aspdesk.ui.__init__", "aspdesk.ui.forms.__init__", "aspdesk.ui.tables.__init__"):
        _module(tmp_path, name)
    _module(tmp_path, "aspdesk.ui.forms.fields", "from aspdesk.domain.text import tr\n")
    _module(tmp_path, "aspdesk.ui.tables.models", "from aspdesk.ui.forms import fields\n")
    monkeypatch.setattr(architecture_picture, "ROOT", tmp_path)
    monkeypatch.setattr(architecture_picture, "PACKAGE", tmp_path / "aspdesk")
    before = picture()
    assert "ui_tables --> ui_forms" in before
    assert "ui_layer --> domain_layer" in before
    assert "domain_layer --> ui_layer" not in before

    _module(tmp_path, "aspdesk.domain.text", "def f() -> None:\n    import aspdesk.ui.forms\n")
    assert "domain_layer --> ui_layer" in picture()
    _module(tmp_path, "aspdesk.ui.help.__init__")
    assert 'ui_help["help/"]' in picture()
