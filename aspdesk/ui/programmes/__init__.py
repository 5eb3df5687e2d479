"""Programmes of the consortium builder: choosing one, editing the rule files."""
