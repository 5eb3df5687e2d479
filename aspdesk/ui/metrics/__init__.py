"""The Network metrics dock: its table model and its panel."""
