"""The graph panel in the window's centre: toolbar, search, filters, the hint of hidden finds."""
