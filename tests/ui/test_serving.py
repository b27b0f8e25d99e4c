"""Pages whose browser never connects (crawlers, link previews) cost nothing while they wait, and
nothing once they are let go (ui/speed.py)."""
from __future__ import annotations

import asyncio
import re

from nicegui import Client, background_tasks
from nicegui.testing import User


def _outbox_task(client_id: str) -> asyncio.Task:
    return next(task for task in background_tasks.running_tasks if task.get_name() == f'outbox loop {client_id}')


def _awaiting(task: asyncio.Task) -> list[str]:
    """The coroutines the task is inside, outermost first."""
    names, coro = [], task.get_coro()
    while coro is not None and hasattr(coro, 'cr_frame') and coro.cr_frame is not None:
        names.append(coro.cr_frame.f_code.co_name)
        coro = coro.cr_await
    return names


async def _page_without_browser(user: User, path: str) -> Client:
    response = await user.http_client.get(path)  # the page is served, its websocket never opened
    assert response.status_code == 200
    return Client.instances[re.search(r"'client_id': '([0-9a-f-]+)'", response.text).group(1)]


async def test_a_page_never_connected_sleeps_and_ends_when_let_go(user: User):
    client = await _page_without_browser(user, '/')
    await asyncio.sleep(0.3)
    task = _outbox_task(client.id)
    assert _awaiting(task)[0] == '_outbox_loop' and 'loop' not in _awaiting(task)  # asleep, not polling
    client.delete()
    await asyncio.sleep(0.1)
    assert task.done()


async def test_a_browser_that_connects_gets_its_page_live(user: User):
    await user.open('/')
    await user.should_see(marker='hero')
    task = _outbox_task(user.client.id)
    await asyncio.sleep(0.2)
    assert 'loop' in _awaiting(task)  # NiceGUI's own loop sends the page's updates now
