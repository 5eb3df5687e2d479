"""Marking user-visible text for translation, in Qt-free code and in tables of texts.

The domain layer may not import Qt, yet its validation messages are shown to users in
Finnish or English. Messages are written in English and wrapped in ``QT_TRANSLATE_NOOP``,
which returns the text unchanged; ``pyside6-lupdate`` recognises the name and collects the
text into the .ts files, and the UI translates it with ``QCoreApplication.translate``
in the context given here.
"""

from __future__ import annotations

VALIDATION_CONTEXT = "validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Return ``text`` unchanged; the call marks it for translation in ``context``."""
    del context
    return text
