"""Images of the graph (PNG, SVG, PDF, the clipboard), their pages, and the network report."""
