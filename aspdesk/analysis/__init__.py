"""Network metrics and layouts as plain numbers (no Qt)."""
