"""Writing a map to data files (JSON, XLSX, CSV, GraphML, GEXF) and to images."""
