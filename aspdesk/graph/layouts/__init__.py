"""Layouts run as undo steps, the room they make for labels, and the placing of new nodes."""
