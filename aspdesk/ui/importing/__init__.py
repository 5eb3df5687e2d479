"""File > Import…: reading off the window's thread, the dialog, preview and mending."""
