"""The web map: one self-contained HTML page that shows a map's network in any browser.

The page holds everything it needs, so it works offline and from an e-mail attachment:
the style and the script (``resources/webmap/``, built from ``resources/webmap/src/`` with
sigma.js and graphology by ``npm run build``; installing aspdesk needs no Node.js) are
inlined, and the map's data (the JSON of issue 17's contract, built
by the caller) sits in a ``<script type="application/json">`` element. Its ``<``, ``>`` and
``&`` are written as JSON escapes, so no text of the map can end that element or start
markup; the page reads it with ``JSON.parse``. A Content-Security-Policy forbids every
network request.

The built bundle must not contain ``</script`` (nor the style ``</style``), which would end
its element early: the build script refuses to write such a bundle and
``tests/unit/test_web_page.py`` checks the shipped one, so an export never meets it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from aspdesk.domain.data_files import resource
from aspdesk.io.atomic import write_bytes_atomically

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:"
)

# Inside a script element a JSON text may not hold "<" (no "</script>", no "<!--"); ">"
# and "&" are escaped as the contract says; U+2028/U+2029 for older JavaScript parsers.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


@cache
def asset(name: str) -> str:
    """The built asset ``name`` of the web map (``webmap.js`` or ``webmap.css``)."""
    return resource("webmap", name).read_text(encoding="utf-8")


def embedded_json(data: Mapping[str, object]) -> str:
    """``data`` as JSON text that can stand inside a ``<script>`` element as it is."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda match: _JSON_ESCAPES[match.group()], text)


def _language(data: Mapping[str, object]) -> str:
    language = data.get("language")
    return language if isinstance(language, str) and _LANGUAGE.fullmatch(language) else "en"


def web_page(data: Mapping[str, object]) -> str:
    """The whole HTML page of the web map showing ``data`` (the contract's JSON, version 1)."""
    title = data.get("title")
    return "".join(
        [
            "<!doctype html>\n",
            f'<html lang="{_language(data)}">\n<head>\n',
            '<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n',
            '<meta name="generator" content="aspdesk">\n',
            f"<title>{html.escape(title if isinstance(title, str) else '')}</title>\n",
            f"<style>{asset('webmap.css')}</style>\n",
            "</head>\n<body>\n",
            f'<script type="application/json" id="aspdesk-data">{embedded_json(data)}</script>\n',
            f"<script>{asset('webmap.js')}</script>\n",
            "</body>\n</html>\n",
        ]
    )


def write_web_page(path: Path, data: Mapping[str, object]) -> None:
    """Write the web map of ``data`` to ``path``, whole or not at all."""
    write_bytes_atomically(path, web_page(data).encode("utf-8"))
