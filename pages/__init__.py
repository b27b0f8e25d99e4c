"""Citizen portal pages."""
from __future__ import annotations


def mount_pages() -> None:
    from pages import account, auth, catalog, dossiers, feedback, home, payments, sso, support, tracking

    home.mount()
    auth.mount()
    account.mount()
    catalog.mount()
    dossiers.mount()
    tracking.mount()
    support.mount()
    sso.mount()
    payments.mount()
    feedback.mount()
