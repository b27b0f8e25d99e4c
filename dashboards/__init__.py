"""Leadership dashboards and the public statistics page."""
from __future__ import annotations


def mount_pages() -> None:
    from dashboards import overview, public

    overview.mount()
    public.mount()
