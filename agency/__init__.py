"""Agency officer console (dossier handling, feedback answers)."""
from __future__ import annotations


def mount_pages() -> None:
    from agency import console, feedback, payments, sync, tickets

    console.mount()
    tickets.mount()
    sync.mount()
    payments.mount()
    feedback.mount()
