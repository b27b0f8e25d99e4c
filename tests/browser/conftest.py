"""Whole journeys in real headless Chromium: the portal and the example provincial portal run as
separate processes, as they would in production, on a fresh copy of the demo database."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import copy_sqlite

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = '/usr/bin/chromium'
EXAMPLE_PORT = 8090  # the demo client's registered redirect URI is http://127.0.0.1:8090/callback
START_TIMEOUT = 90.0


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors='replace')[-4000:] if self.log.exists() else ''


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(('127.0.0.1', port))
        except OSError:
            return False
    return True


def _child_env(**extra: str) -> dict[str, str]:
    """The test run's environment (PORTAL_SECRET_KEY included), minus what would make NiceGUI in
    the child believe it runs inside pytest (it then ignores the port it is given)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('PYTEST_') and k not in ('NICEGUI_USER_SIMULATION', 'NICEGUI_SCREEN_TEST_PORT')}
    return env | {'PYTHONUNBUFFERED': '1'} | extra


def _start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open('wb') as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)


def _wait_until_up(server: Server, probe: str, what: str) -> None:
    """Poll `probe` until it answers 200, the process dies, or the deadline passes."""
    deadline = time.monotonic() + START_TIMEOUT
    last = 'no answer yet'
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                pytest.fail(f'{what} exited with code {server.process.returncode} while starting:\n{server.output()}')
            try:
                response = client.get(probe)
                if response.status_code == 200:
                    return
                last = f'HTTP {response.status_code}'
            except httpx.TransportError as error:
                last = type(error).__name__
            try:  # the poll interval: returns at once if the process exits meanwhile
                server.process.wait(timeout=0.25)
            except subprocess.TimeoutExpired:
                pass
    pytest.fail(f'{what} did not answer {probe} within {START_TIMEOUT:.0f} s ({last}):\n{server.output()}')


def _stop(server: Server) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=5)


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
