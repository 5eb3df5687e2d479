"""The consortium builder's core: programmes, their rules, checks, suggestions (no Qt)."""
