"""Reading what a page shows under a `data-testid`, whether it is an element's own text or part of a
markup block (ui.markup), as the browser would."""
from __future__ import annotations

import asyncio
import html
import re

from nicegui import ui
from nicegui.testing import User


def shown(user: User, mark: str) -> str:
    """The text shown under `mark` (an element's marker or a `data-testid` inside markup)."""
    with user:
        element = next(iter(user.find(marker=mark).elements))
    if isinstance(element, ui.html):
        found = re.search(rf'data-testid="{re.escape(mark)}"[^>]*>([^<]*)<', element.content)
        assert found, f'{mark} is not in the markup'
        return html.unescape(found.group(1))
    return element.text


def number(user: User, mark: str) -> int:
    """A figure shown as Vietnamese digits (dots between thousands)."""
    return int(shown(user, mark).replace('.', ''))


async def shows(user: User, mark: str, expected: str, *, retries: int = 40) -> None:
    """Wait (0.1 s a try) until `mark` shows `expected`: a live page redraws by itself (and is
    briefly without the figure while it does)."""
    for _ in range(retries):
        try:
            if shown(user, mark) == expected:
                return
        except AssertionError:  # between clearing and redrawing
            pass
        await asyncio.sleep(0.1)
    assert shown(user, mark) == expected
