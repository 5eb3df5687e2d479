"""The icons the installers take, and the recipes that cannot run here kept in step.

The ICO and ICNS files are read back entry by entry, every image decoded by Qt at the size
its entry claims. The Windows installer script, the macOS disk image script and the hosted
CI workflow run only on hosted Windows and macOS runners; what is checked here is what can
be without them: the files they name are the ones the build makes, the file type they
register is aspdesk's, and the shell script parses.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from aspdesk.packaging.__main__ import main as packaging_main
from aspdesk.packaging.icons import ICNS_TYPES, ICO_SIZES, PNG_SIZES, icns, ico, write_icons

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.width(), image.height()


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("icons")
    assert packaging_main(["icons", str(folder)]) == 0
    return folder


def test_the_ico_holds_every_size_as_png(icons: Path) -> None:
    for name in ("aspdesk", "aspmap"):
        data = (icons / f"{name}.ico").read_bytes()
        reserved, kind, count = struct.unpack_from("<HHH", data)
        assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
        found = []
        for index in range(count):
            width, height, _c, _r, planes, bits, length, offset = struct.unpack_from(
                "<BBBBHHII", data, 6 + 16 * index
            )
            size = width or 256
            assert (width, planes, bits) == (height, 1, 32)
            assert _png_size(data[offset : offset + length]) == (size, size)
            found.append(size)
        assert found == sorted(ICO_SIZES)
        assert offset + length == len(data)


def test_the_icns_holds_each_type_at_its_size(icons: Path) -> None:
    data = (icons / "aspdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    position, kinds = 8, {}
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack_from(">I", data, position + 4)[0],
        )
        kinds[kind] = _png_size(data[position + 8 : position + length])
        position += length
    assert position == len(data)
    assert kinds == {kind: (size, size) for kind, size in ICNS_TYPES}


def test_pngs_are_written_at_every_size_and_the_map_icon_differs(icons: Path) -> None:
    for size in PNG_SIZES:
        app, page = (QImage(str(icons / f"{n}-{size}.png")) for n in ("aspdesk", "aspmap"))
        assert (app.width(), page.height()) == (size, size)
        assert app != page


def test_containers_from_known_images_are_laid_out_as_specified() -> None:
    one = {16: b"\x89PNG-sixteen", 256: b"\x89PNG-big"}
    made = ico(one)
    assert made[:6] == b"\x00\x00\x01\x00\x02\x00"
    assert made[6:8] == b"\x10\x10" and made[22:24] == b"\x00\x00"  # 256 is written as 0
    assert made.endswith(b"\x89PNG-sixteen\x89PNG-big")
    assert (
        icns({16: b"x"}) == b"icns" + struct.pack(">I", 17) + b"icp4" + struct.pack(">I", 9) + b"x"
    )


def test_the_windows_installer_takes_what_the_build_makes(icons: Path) -> None:
    script = (PACKAGING / "windows" / "aspdesk.iss").read_text(encoding="utf-8")
    here = PACKAGING / "windows"
    named = re.findall(r'(?:Source: "|SetupIconFile=)([^"\r\n*]+)', script)
    assert named, "the script names its sources"
    work_icons = ROOT / "build" / "bundle" / "icons"  # the build's default work folder
    for source in named:
        path = (here / source.replace("\\", "/")).resolve()
        if path.is_relative_to(work_icons.resolve()):
            assert (icons / path.name).is_file(), f"the build writes no {path.name}"
        else:
            assert path == (ROOT / "dist" / "aspdesk").resolve(), source
    assert 'Subkey: "Software\\Classes\\.aspmap"' in script
    assert '""{app}\\aspdesk.exe"" ""%1""' in script, "a map opens in a new aspdesk process"
    assert "{group}\\aspdesk" in script, "a Start-menu entry"


def test_the_mac_recipes_register_the_map_type_and_parse() -> None:
    spec = (PACKAGING / "aspdesk.spec").read_text(encoding="utf-8")
    assert '"public.filename-extension": ["aspmap"]' in spec
    assert '"CFBundleDocumentTypes"' in spec and '"aspmap.icns"' in spec
    if shutil.which("bash"):
        script = PACKAGING / "macos" / "make_dmg.sh"
        assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0


def test_the_ci_workflow_runs_scripts_and_extras_that_exist() -> None:
    workflow = (ROOT / ".github" / "workflows" / "bundles.yml").read_text(encoding="utf-8")
    for path in ("packaging/windows/aspdesk.iss", "packaging/macos/make_dmg.sh"):
        assert path.replace("/", "\\") in workflow or path in workflow
        assert (ROOT / path).is_file()
    assert "tests/integration/test_bundle.py" in workflow
    assert (ROOT / "tests" / "integration" / "test_bundle.py").is_file()
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    named = set(re.findall(r'pip install -e "\.\[(\w+)\]"', workflow))
    assert named and named <= set(extras["optional-dependencies"])
    assert "python -m aspdesk.packaging build" in workflow


def test_every_installer_icon_is_written(tmp_path: Path) -> None:
    written = write_icons(tmp_path)
    assert {p.name for p in written} >= {"aspdesk.ico", "aspmap.ico", "aspdesk.icns", "aspmap.icns"}
