"""The portal (or another app) as a real server process under pytest: a free port, an
environment NiceGUI does not take for a test run, a log file, a wait for the first answer, a stop.

Used by the browser journeys (tests/browser) and the hardening checks that need a real server
(several instances, API fuzzing, kill -9 during a sync)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
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


def child_env(**extra: str) -> dict[str, str]:
    """The test run's environment (PORTAL_SECRET_KEY included), minus what would make NiceGUI in
    the child believe it runs inside pytest (it then ignores the port it is given)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('PYTEST_') and k not in ('NICEGUI_USER_SIMULATION', 'NICEGUI_SCREEN_TEST_PORT')}
    return env | {'PYTHONUNBUFFERED': '1'} | extra


def start(command: list[str], env: dict[str, str], log: Path, *, own_group: bool = False) -> subprocess.Popen:
    """Start `command` in the project folder, its output appended to `log`. With `own_group` the
    server and every process it starts (the records-checking worker) form a process group that
    `kill_group` ends at once."""
    with log.open('ab') as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=own_group)


def wait_until_up(server: Server, probe: str, what: str) -> None:
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


def stop(server: Server) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=5)


def kill_group(server: Server) -> None:
    """kill -9 the server and every process of its group (started with `own_group`), and reap it."""
    try:
        os.killpg(server.process.pid, signal.SIGKILL)
    except ProcessLookupError:  # already gone
        pass
    server.process.wait(timeout=30)
