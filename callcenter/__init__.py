"""Call-centre console, tickets, wallboard and reports."""
from __future__ import annotations


def mount_pages() -> None:
    from callcenter import console, feedback, reports, tickets, wallboard

    console.mount()
    tickets.mount()
    wallboard.mount()
    reports.mount()
    feedback.mount()
