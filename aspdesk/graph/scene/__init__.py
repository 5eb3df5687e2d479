"""What the graph shows, as arrays: nodes, their looks, edges by style, projects as hubs."""
