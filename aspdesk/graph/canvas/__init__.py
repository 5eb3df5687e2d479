"""The canvas: the graph drawn in a theme, its labels and symbols, the mouse, where it looks."""
