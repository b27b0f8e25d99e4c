"""Administration console (accounts and roles, client portals and systems, audit trail)."""
from __future__ import annotations


def mount_pages() -> None:
    from admin import accounts, clients

    accounts.mount()
    clients.mount()
