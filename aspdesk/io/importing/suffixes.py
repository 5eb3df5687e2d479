"""The file name endings aspdesk imports, apart from the readers that read them.

The window asks whether a file it is handed is one to import before anything is imported;
the readers (openpyxl's and calamine's, the graph formats', the planner's) come with
:mod:`aspdesk.io.importing.formats` when a file is read.
"""

from __future__ import annotations

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
GRAPH_SUFFIXES = (".graphml", ".gexf", ".xml")
IMPORT_SUFFIXES = (*XLSX_SUFFIXES, *CSV_SUFFIXES, *GRAPH_SUFFIXES, ".json")
