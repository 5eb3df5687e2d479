"""The File menu's work on map files: new, open, copy, export, rename, restore."""
