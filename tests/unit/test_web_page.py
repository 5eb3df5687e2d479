"""The web map's page as text: what it embeds and how (no browser; tests/web drives one)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from aspdesk.io.exporting.web_page import (
    CONTENT_SECURITY_POLICY,
    asset,
    embedded_json,
    web_page,
    write_web_page,
)
from tests.web.maps import sample_data

HOSTILE = "</script><script>alert(1)</script><!-- & \u2028\u2029 >"


def _data_text(page: str) -> str:
    match = re.search(
        r'<script type="application/json" id="aspdesk-data">(.*?)</script>', page, re.S
    )
    assert match is not None
    return match.group(1)


def test_the_shipped_bundle_and_style_can_stand_inside_their_elements() -> None:
    script = asset("webmap.js")
    style = asset("webmap.css")
    assert len(script) > 10_000 and len(style) > 1_000
    assert "</script" not in script.lower() and "<!--" not in script
    assert "</style" not in style.lower()


def test_the_bundle_comes_with_the_licences_of_what_it_bundles() -> None:
    licences = Path(__file__).resolve().parents[2] / "resources/webmap/THIRD_PARTY_LICENSES.txt"
    text = licences.read_text(encoding="utf-8")
    for package in ("sigma 3.0.3", "graphology 0.26.0"):
        assert package in text


def test_page_has_doctype_language_viewport_policy_and_escaped_title() -> None:
    data = sample_data("fi")
    data["title"] = "<b>Arctic</b> & Smartness"
    page = web_page(data)
    assert page.startswith('<!doctype html>\n<html lang="fi">')
    assert '<meta charset="utf-8">' in page
    assert 'content="width=device-width, initial-scale=1"' in page
    assert (
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">' in page
    )
    assert "<title>&lt;b&gt;Arctic&lt;/b&gt; &amp; Smartness</title>" in page
    assert asset("webmap.js") in page and asset("webmap.css") in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")


def test_a_strange_language_falls_back_to_english() -> None:
    data = sample_data("en")
    data["language"] = '"><script>'
    assert web_page(data).startswith('<!doctype html>\n<html lang="en">')


def test_no_text_of_the_map_can_end_the_data_element() -> None:
    data = sample_data("en")
    data["cards"]["a1"]["name"] = HOSTILE
    page = web_page(data)
    text = _data_text(page)
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text)["cards"]["a1"]["name"] == HOSTILE
    assert page.count("</script>") == 2


def test_embedded_json_escapes_exactly_the_unsafe_characters() -> None:
    assert (
        embedded_json({"a": "<>&\u2028\u2029é"}) == '{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029é"}'
    )


def test_numbers_that_json_cannot_hold_are_refused() -> None:
    with pytest.raises(ValueError):
        embedded_json({"x": float("nan")})


def test_write_web_page_writes_the_whole_page(tmp_path: Path) -> None:
    target = tmp_path / "kartta.html"
    write_web_page(target, sample_data("fi"))
    assert target.read_text(encoding="utf-8") == web_page(sample_data("fi"))
    assert [p.name for p in tmp_path.iterdir()] == ["kartta.html"]


def test_the_built_assets_follow_their_sources() -> None:
    """The sources have not changed since ``npm run build`` last wrote the assets."""
    folder = Path(__file__).resolve().parents[2] / "resources/webmap"
    names = ["build.mjs", "package-lock.json"] + [
        f"src/{p.name}" for p in (folder / "src").iterdir()
    ]
    digest = hashlib.sha256()
    for name in sorted(names):
        digest.update(f"{name}\n".encode())
        digest.update((folder / name).read_bytes())
    recorded = (folder / "built-from.sha256").read_text(encoding="utf-8").strip()
    assert digest.hexdigest() == recorded, "run: cd resources/webmap && npm ci && npm run build"
