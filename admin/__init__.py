"""Administration console (accounts and roles, audit trail)."""
from __future__ import annotations


def mount_pages() -> None:
    from admin import accounts

    accounts.mount()
