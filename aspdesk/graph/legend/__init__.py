"""The legend: measured and painted from the styling in use, and its panel beside the graph."""
