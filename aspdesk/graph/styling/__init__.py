"""How the graph looks: colours, node shapes, line styles, themes, sizes and colours by a metric."""
