"""Reading data files into an ImportBatch: each format's reader, limits, problems."""
