"""The user guide: its pages, its window, and the Help menu with F1."""
