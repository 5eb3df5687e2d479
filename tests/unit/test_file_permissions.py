"""Files the app writes get the permissions any new file gets (the umask's), not 0600."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aspdesk.app.exchange import snapshot_of
from aspdesk.app.partner_export import write_partner_table
from aspdesk.io.atomic import write_bytes_atomically
from aspdesk.io.exporting.partner_table import partner_table
from aspdesk.io.exporting.spreadsheet_export import write_csv, write_xlsx
from aspdesk.io.json_backup import write_json
from aspdesk.store.opening import open_map
from tests.unit.test_partner_table import REMINDER, _rows

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_exports_and_partner_tables_are_0644_under_umask_022(
    usual_umask: None, qapp: object, sample_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "map.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    store = open_map(copy, tmp_path / "backups")
    try:
        snapshot = snapshot_of(store)
    finally:
        store.close()
    table = partner_table("T", "P", _rows(), reminder=REMINDER, hide_personal=False)
    write_partner_table(table, tmp_path / "partners.pdf")
    write_partner_table(table, tmp_path / "partners.xlsx")
    write_xlsx(snapshot, tmp_path / "map.xlsx")
    write_json(snapshot, tmp_path / "map.json")
    write_csv(snapshot, tmp_path / "tables")
    for name in ("partners.pdf", "partners.xlsx", "map.xlsx", "map.json"):
        assert _mode(tmp_path / name) == 0o644, name
    assert _mode(tmp_path / "tables") == 0o755
    assert {_mode(f) for f in (tmp_path / "tables").iterdir()} == {0o644}


@pytest.mark.slow
def test_the_report_from_the_command_line_is_0644(
    usual_umask: None, sample_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "map.aspmap"
    copy.write_bytes(sample_file.read_bytes())
    for name in ("report.pdf", "report.html"):
        result = subprocess.run(
            [sys.executable, "-m", "aspdesk", "report", str(copy), "-o", str(tmp_path / name)],
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == 0, result.stderr
        assert _mode(tmp_path / name) == 0o644, name


def test_a_file_written_over_keeps_its_permissions(usual_umask: None, tmp_path: Path) -> None:
    target = tmp_path / "shared.pdf"
    write_bytes_atomically(target, b"first")
    assert _mode(target) == 0o644
    target.chmod(0o664)  # made group-writable for the team
    write_bytes_atomically(target, b"second")
    assert target.read_bytes() == b"second" and _mode(target) == 0o664
