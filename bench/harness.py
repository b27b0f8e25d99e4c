"""What every server benchmark needs: a free port, a server process started from the repository
root with its output in a log file, a wait for its first answer, its CPU and memory read from
/proc, and a stop. The benchmarks start the portal exactly as `./run.sh` does (`main.py`), on a
data folder of their own."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PORTAL_COMMAND = [sys.executable, 'main.py']
START_TIMEOUT = 180.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int | str = 'self') -> float:
    """User + system CPU time of a process so far (robust to other jobs on the machine)."""
    fields = Path(f'/proc/{pid}/stat').read_text().rpartition(')')[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def _status_mb(pid: int | str, key: str) -> float:
    for line in Path(f'/proc/{pid}/status').read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return float('nan')


def peak_rss_mb(pid: int | str = 'self') -> float:
    return _status_mb(pid, 'VmHWM:')


def rss_mb(pid: int | str = 'self') -> float:
    return _status_mb(pid, 'VmRSS:')


def portal_env(folder: Path, port: int, **extra: str) -> dict[str, str]:
    """The portal on `folder` (SQLite `folder/portal.db`, demo data on an empty database unless
    PORTAL_DEMO_DATA=0 is passed), quiet logs, a fixed secret so restarts keep sessions."""
    base = f'http://127.0.0.1:{port}'
    env = {k: v for k, v in os.environ.items() if not k.startswith('PORTAL_')}
    return env | {'PORTAL_DATABASE_URL': f'sqlite:///{folder / "portal.db"}', 'PORTAL_DATA_DIR': str(folder / 'data'),
                  'PORTAL_PORT': str(port), 'PORTAL_PUBLIC_URL': base, 'PORTAL_LOG_LEVEL': 'WARNING',
                  'PORTAL_SECRET_KEY': 'bench-secret-key-not-for-production-0123456789', 'PYTHONUNBUFFERED': '1'} | extra


@dataclass
class Server:
    name: str
    process: subprocess.Popen
    base: str
    log: Path
    started: float = field(default_factory=time.perf_counter)

    @property
    def pid(self) -> int:
        return self.process.pid

    def cpu(self) -> float:
        return cpu_seconds(self.pid)

    def rss(self) -> float:
        return rss_mb(self.pid)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start(name: str, command: list[str], env: dict[str, str], port: int, log: Path) -> Server:
    """Start `command` from the repository root; return at once (see `wait_until_serving`)."""
    with log.open('ab') as out:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    return Server(name, process, f'http://127.0.0.1:{port}', log)


def wait_until_serving(server: Server, path: str = '/', timeout: float = START_TIMEOUT) -> float:
    """Poll `path` every 20 ms until it answers 200; the seconds since the process started."""
    deadline = time.perf_counter() + timeout
    with httpx.Client(base_url=server.base, timeout=5) as client:
        while True:
            if server.process.poll() is not None:
                raise RuntimeError(f'{server.name} exited ({server.process.returncode}); see {server.log}')
            try:
                if client.get(path).status_code == 200:
                    return time.perf_counter() - server.started
            except httpx.TransportError:
                pass
            if time.perf_counter() > deadline:
                server.stop()
                raise RuntimeError(f'{server.name} did not serve {path} in {timeout:.0f} s; see {server.log}')
            time.sleep(0.02)


def start_portal(folder: Path, *, name: str = 'portal', **extra: str) -> Server:
    """The portal on `folder`, serving (the first start on an empty folder makes the demo data)."""
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = start(name, PORTAL_COMMAND, portal_env(folder, port, **extra), port, folder / f'{name}.log')
    wait_until_serving(server, '/healthz')
    return server


def start_baseline(folder: Path, module: str) -> Server:
    """A baseline server (`bench.bare_page` or `bench.bare_api`) on the portal's database and
    settings, serving `/bare/page` once it is up."""
    port = free_port()
    name = module.rpartition('.')[2]
    server = start(name, [sys.executable, '-m', module], portal_env(folder, port), port, folder / f'{name}.log')
    wait_until_serving(server, '/bare/page')
    return server


@contextmanager
def serving_pair(folder: Path, baseline_module: str) -> Iterator[tuple[Server, Server]]:
    """The portal and a baseline server on the same folder, both stopped when done."""
    portal = start_portal(folder)
    try:
        bare = start_baseline(folder, baseline_module)
        try:
            yield portal, bare
        finally:
            bare.stop()
    finally:
        portal.stop()


def measure(targets: dict[str, tuple[Server, str | Callable]], *, seconds: float, rounds: int) -> dict:
    """Each target (a path, or a function making the requests: see bench.load) for `seconds` per
    round, taking turns so a slow spell on the machine falls on all of them; the results of all
    rounds pooled per target, with the CPU its server spent."""
    from bench import load

    pooled: dict[str, load.Result] = {}
    for number in range(rounds):
        for label, (server, spec) in targets.items():
            cpu = server.cpu()
            result = load.run(server.base, spec if callable(spec) else load.same(spec), label=label, seconds=seconds)
            result.server_cpu = server.cpu() - cpu
            print(f'  round {number + 1}: {result.line()}', flush=True)
            pooled.setdefault(label, load.Result(label, 0.0)).add(result)
    return pooled


def report(pooled: dict, baseline: str, *, goal_ratio: float, goal_p95_ms: float | None = None) -> bool:
    """Print the pooled figures, each target's rate as a share of the baseline's, and whether each
    meets the goals (only 200s, too)."""
    base = pooled[baseline]
    print(f'\n  {base.line()}')
    passed = True
    for label, result in pooled.items():
        if label == baseline:
            continue
        ratio = result.rate / base.rate
        ok = ratio >= goal_ratio and not result.failures and not base.failures and \
            (goal_p95_ms is None or result.p95_ms < goal_p95_ms)
        passed &= ok
        print(f'  {result.line()}   ratio {ratio:4.2f}  [{"ok" if ok else "MISSED"}]')
    p95 = f', p95 < {goal_p95_ms:.0f} ms' if goal_p95_ms else ''
    print(f'  goals: rate >= {goal_ratio} x the baseline{p95}, only 200s\n')
    return passed


def machine() -> str:
    """One line on where the figures were measured."""
    import platform
    model = next((line.split(':', 1)[1].strip() for line in Path('/proc/cpuinfo').read_text().splitlines()
                  if line.startswith('model name')), platform.machine())
    return (f'{os.cpu_count()} cores ({model}), Python {platform.python_version()}, '
            f'load average {os.getloadavg()[0]:.2f}')


def run_in_folder(title: str, run: Callable[[Path], bool], folder: Path | None, prefix: str) -> None:
    """Print the title with the machine, run `run` on `folder` (a temporary one, removed after,
    when None) and exit 0 when it returns True."""
    print(f'{title} — {machine()}', flush=True)
    own = folder is None
    folder = folder or Path(tempfile.mkdtemp(prefix=prefix))
    try:
        passed = run(folder)
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)
    raise SystemExit(0 if passed else 1)
