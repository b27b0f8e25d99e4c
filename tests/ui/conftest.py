"""UI tests run main.py (as the nicegui `user` fixture does) on a fresh copy of a demo database."""
from __future__ import annotations

import logging
import os

import pytest

from tests.conftest import copy_sqlite


@pytest.fixture(autouse=True)
def portal_database(sqlite_demo_template, tmp_path, monkeypatch):
    url = copy_sqlite(sqlite_demo_template, tmp_path / 'portal.db')
    monkeypatch.setenv('PORTAL_DATABASE_URL', url)
    monkeypatch.setenv('PORTAL_DATA_DIR', str(tmp_path))
    yield url
    os.environ.pop('PORTAL_DATABASE_URL', None)


@pytest.fixture(autouse=True)
def patient_user(monkeypatch):
    """Pages load their data in worker threads: wait up to 5 s (not NiceGUI's 0.3 s) before
    deciding that something is not on the page. `should_not_see` keeps its short wait."""
    from nicegui.testing import User

    original = User.should_see

    async def should_see(self, *args, retries: int = 50, **kwargs):
        return await original(self, *args, retries=retries, **kwargs)
    monkeypatch.setattr(User, 'should_see', should_see)


@pytest.fixture(autouse=True)
def errors_fail_only_this_test(request, caplog, portal_database, patient_user):
    """An ERROR the portal logs (a 500) fails this test, and only this one.

    NiceGUI's `user` fixture fails its own teardown on ERROR logs, which leaves NiceGUI started:
    every later `user` test would then error with "NiceGUI has already been started". So the
    check is made here, before that teardown, and the records are handed on empty.
    """
    if 'user' not in request.fixturenames:
        yield
        return
    request.getfixturevalue('user')  # set up first, so this fixture's teardown runs before its
    yield
    records = caplog.get_records('call')
    errors = [r.getMessage() for r in records if r.levelno >= logging.ERROR]
    records.clear()
    if errors:
        pytest.fail(f'the portal logged errors: {errors}', pytrace=False)
