"""Tests of aspdesk."""
