"""The running portal for hardening checks that go end to end: main.py (NiceGUI's `user` fixture)
on a fresh copy of the demo database, its files under the test's own folder, and `should_see`
waiting up to 5 s as pages load their data in worker threads (as in tests/ui/conftest.py).
Import the fixture into a test module and request it before `user`."""
from __future__ import annotations

import os

import pytest

from tests.conftest import copy_sqlite


@pytest.fixture
def portal(sqlite_demo_template, tmp_path, monkeypatch):
    from nicegui.testing import User

    url = copy_sqlite(sqlite_demo_template, tmp_path / 'portal.db')
    monkeypatch.setenv('PORTAL_DATABASE_URL', url)
    monkeypatch.setenv('PORTAL_DATA_DIR', str(tmp_path))
    original = User.should_see

    async def should_see(self, *args, retries: int = 50, **kwargs):
        return await original(self, *args, retries=retries, **kwargs)
    monkeypatch.setattr(User, 'should_see', should_see)
    yield url
    os.environ.pop('PORTAL_DATABASE_URL', None)


async def answered_login(user, caplog, identifier: str, password: str) -> None:
    """One login attempt on the login page, returning once the portal has answered it (its log
    line is written): the next attempt must not overtake this one on a busy machine."""
    import asyncio

    from tests.ui.test_accounts_ui import log_in

    def answered() -> int:
        return sum(r.getMessage().startswith(('login failed', 'login throttled', 'login succeeded'))
                   for r in caplog.records)
    before = answered()
    await log_in(user, identifier, password)
    for _ in range(200):
        if answered() > before:
            return
        await asyncio.sleep(0.05)
    raise AssertionError('the login attempt was not answered within 10 s')
