"""Access rules for API routers, declared where each router is mounted.

`public` is an explicit rule (open data), so an unguarded router is a visible choice.
"""
from __future__ import annotations


def public() -> None:
    """Open to anyone: reference and open data only."""
