"""Pictures and reports of the graph: export image, copy image, export report."""
