"""The open map as the UI sees it: Document, undo commands, selection, settings."""
