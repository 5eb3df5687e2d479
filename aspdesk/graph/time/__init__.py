"""Time on the graph: the map on a date, playing its growth, and then and now."""
