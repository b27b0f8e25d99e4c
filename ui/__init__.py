"""Shared NiceGUI pieces: session helpers, page frame and access rules, forms, tables."""
