"""Which exporter writes which file, chosen by the file's extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from aspdesk.domain.text import QT_TRANSLATE_NOOP
from aspdesk.io.errors import DataFileError, Progress, no_progress
from aspdesk.io.snapshot import MapSnapshot

Translate = Callable[[str, str], str]

# Extension -> format name, in the order a file dialog offers them.
EXPORT_SUFFIXES = {
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".zip": "csv",
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".json": "json",
}

UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "io",
    "aspdesk cannot write {suffix} files. Choose a name ending in .xlsx, .csv, .zip, "
    ".graphml, .gexf or .json.",
)


def export_format(path: Path) -> str:
    """The format for ``path``; a path without an extension is a folder of CSV files."""
    if not path.suffix:
        return "csv"
    try:
        return EXPORT_SUFFIXES[path.suffix.lower()]
    except KeyError:
        raise DataFileError(UNKNOWN_TYPE, str(path), suffix=path.suffix) from None


def csv_target(path: Path) -> Path:
    """Where CSV tables go: ``x.zip`` is one zip; ``x.csv`` or ``x`` is a folder ``x``."""
    return path.with_suffix("") if path.suffix.lower() == ".csv" else path


def export_snapshot(
    snapshot: MapSnapshot,
    path: Path,
    *,
    language: str = "en",
    translate: Translate | None = None,
    progress: Progress = no_progress,
) -> str:
    """Write ``snapshot`` to ``path`` in the format its extension names; return the format.

    Spreadsheets report ``progress`` row by row; the graph formats and JSON, which write a
    10,000-actor map in about a second, only before they begin.
    """
    kind = export_format(path)
    progress(0, 0)
    if kind == "json":
        from aspdesk.io.json_backup import write_json

        write_json(snapshot, path)
    elif kind == "xlsx":
        from aspdesk.io.exporting.spreadsheet_export import write_xlsx

        write_xlsx(snapshot, path, language=language, translate=translate, progress=progress)
    elif kind == "csv":
        from aspdesk.io.exporting.spreadsheet_export import write_csv

        write_csv(
            snapshot, csv_target(path), language=language, translate=translate, progress=progress
        )
    elif kind == "graphml":
        from aspdesk.io.exporting.graph_formats import write_graphml

        write_graphml(snapshot, path, language=language)
    else:
        from aspdesk.io.exporting.graph_formats import write_gexf

        write_gexf(snapshot, path, language=language)
    return kind
