"""Building aspdesk's bundles: the icons in every platform's format and the PyInstaller
one-folder build (``python -m aspdesk.packaging build``). Used by developers and CI, never
by the app itself, so nothing here is in the bundles."""
