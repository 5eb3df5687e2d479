"""Workshop mode: the graph alone on a projector, and entering and leaving it."""
