"""Import and export of data files (JSON, XLSX, CSV, GraphML, GEXF). No Qt, no database."""
