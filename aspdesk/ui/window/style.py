"""The app's few style rules: marked fields, error lines and titles."""

from __future__ import annotations

ERROR_COLOUR = "#B3261E"

STYLE_SHEET = f"""
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QListWidget[invalid="true"] {{
    border: 2px solid {ERROR_COLOUR};
    border-radius: 3px;
    padding: 1px;
}}
QLabel#fieldError {{ color: {ERROR_COLOUR}; }}
QLabel#formMessage[invalid="true"] {{ color: {ERROR_COLOUR}; }}
QLabel#formTitle {{ font-size: 15pt; font-weight: 600; padding: 4px 2px; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: 600; }}
"""
