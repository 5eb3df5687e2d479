"""The window, one package per feature: the main window, tables, forms, import, and the rest."""
