"""Whole journeys in real headless Chromium: the portal and the example provincial portal run as
separate processes, as they would in production, on a fresh copy of the demo database."""
from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from tests.browser.journeys import journey_fixture  # noqa: F401 (the fixture `journey`)
from tests.conftest import copy_sqlite
from tests.servers import ROOT, START_TIMEOUT, Server, free_port, port_is_free  # noqa: F401 (shared)
from tests.servers import child_env as _child_env
from tests.servers import start as _start
from tests.servers import stop as _stop
from tests.servers import wait_until_up as _wait_until_up

CHROMIUM = '/usr/bin/chromium'
EXAMPLE_PORT = 8090  # the demo client's registered redirect URI is http://127.0.0.1:8090/callback


@pytest.fixture(scope='module')
def portal_server(sqlite_demo_template, tmp_path_factory) -> Iterator[Server]:
    """The national portal (main.py) on a free port, on its own copy of the demo database."""
    work = tmp_path_factory.mktemp('portal-server')
    port = free_port()
    url = f'http://127.0.0.1:{port}'
    env = _child_env(PORTAL_DATABASE_URL=copy_sqlite(sqlite_demo_template, work / 'portal.db'),
                     PORTAL_DATA_DIR=str(work / 'data'), PORTAL_HOST='127.0.0.1', PORTAL_PORT=str(port),
                     PORTAL_PUBLIC_URL=url, PORTAL_DEMO_DATA='0', PORTAL_LOG_LEVEL='WARNING')
    server = Server(url, _start([sys.executable, 'main.py'], env, work / 'portal.log'), work / 'portal.log')
    try:
        _wait_until_up(server, url + '/healthz', 'The portal')
        yield server
    finally:
        _stop(server)


@pytest.fixture(scope='module')
def example_server(portal_server, tmp_path_factory) -> Iterator[Server]:
    """The example provincial portal on port 8090 (fixed by the demo client's registration)."""
    if not port_is_free(EXAMPLE_PORT):
        pytest.fail(f'Port {EXAMPLE_PORT} on 127.0.0.1 is in use. The example provincial portal must run there, '
                    f'because the demo client demo-dvc-hanoi is registered with the redirect URI '
                    f'http://127.0.0.1:{EXAMPLE_PORT}/callback. Stop whatever listens on it and run the tests again.')
    work = tmp_path_factory.mktemp('example-server')
    env = _child_env(EXAMPLE_ISSUER=portal_server.url, EXAMPLE_PORT=str(EXAMPLE_PORT))
    for name in ('EXAMPLE_CLIENT_ID', 'EXAMPLE_CLIENT_SECRET', 'EXAMPLE_PUBLIC_URL'):
        env.pop(name, None)
    log = work / 'example.log'
    server = Server(f'http://127.0.0.1:{EXAMPLE_PORT}',
                    _start([sys.executable, '-m', 'examples.provincial_portal.app'], env, log), log)
    try:
        _wait_until_up(server, server.url + '/', 'The example provincial portal')
        yield server
    finally:
        _stop(server)


@pytest.fixture(scope='module')
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=['--no-sandbox'], headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale='vi-VN', viewport={'width': 1280, 'height': 900})
    context.set_default_timeout(20_000)
    context.set_default_navigation_timeout(30_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()
