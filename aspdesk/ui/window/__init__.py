"""The main window and what frames it: startup, layout, docks, states, dialogs, crashes."""
