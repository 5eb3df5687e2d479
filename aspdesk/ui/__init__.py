"""The main window, its tables, forms and dialogs."""
