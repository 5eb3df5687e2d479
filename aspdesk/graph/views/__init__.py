"""Saved views on the graph: between the panel's settings and a view's plain state."""
