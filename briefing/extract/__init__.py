"""Extraction: one module per answer (who, when, where, what, quotes), each returning plain records."""
