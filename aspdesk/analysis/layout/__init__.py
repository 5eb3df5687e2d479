"""Where nodes go, as plain numbers: layouts, the force simulation, room for labels. No Qt."""
