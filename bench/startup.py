"""Start-up: seconds from the run command (`./run.sh`, as the README gives it) to the first served
home page, on first start (empty folder: migrations, reference data, demo data) and on an existing
database, beside a bare NiceGUI app (bench/bare_page.py) started the same way in the same run.
Installing the dependencies is done once before timing (`scripts/setup.sh run`), as on any machine
after its first run.

Run: ./py -m bench.startup [--restarts 3]"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import ROOT, free_port, machine, portal_env, start, wait_until_serving

GOAL_EXISTING = 5.0


def time_to_first_page(name: str, command: list[str], folder: Path, path: str) -> float:
    port = free_port()
    server = start(name, command, portal_env(folder, port), port, folder / f'{name}.log')
    try:
        return wait_until_serving(server, path)
    finally:
        server.stop()


def run(folder: Path, restarts: int) -> bool:
    setup = subprocess.run(['scripts/setup.sh', 'run'], cwd=ROOT, capture_output=True, text=True)
    if setup.returncode:
        raise RuntimeError(f'scripts/setup.sh run failed:\n{setup.stdout}{setup.stderr}')
    portal, bare = ['./run.sh'], [sys.executable, '-m', 'bench.bare_page']
    first = time_to_first_page('portal-first', portal, folder, '/')
    print(f'  first start (migrations, reference and demo data): {first:6.2f} s', flush=True)
    existing, baseline = [], []
    for number in range(restarts):  # the two take turns, so a slow spell falls on both
        existing.append(time_to_first_page(f'portal-{number}', portal, folder, '/'))
        baseline.append(time_to_first_page(f'bare-{number}', bare, folder, '/bare/page'))
        print(f'  restart {number + 1}: portal {existing[-1]:5.2f} s   bare NiceGUI app {baseline[-1]:5.2f} s', flush=True)
    ours, theirs = statistics.median(existing), statistics.median(baseline)
    ok = ours < GOAL_EXISTING
    print(f'\n  {"first start with demo data":<34} {first:6.2f} s')
    print(f'  {"existing database (median)":<34} {ours:6.2f} s   [{"ok" if ok else "MISSED"}: goal < {GOAL_EXISTING:.0f} s]')
    print(f'  {"bare NiceGUI app (median)":<34} {theirs:6.2f} s   portal/bare {ours / theirs:4.2f}')
    return ok


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--restarts', type=int, default=3)
    args = parser.parse_args()
    print(f'Start-up, run command to first served page — {machine()}')
    folder = Path(tempfile.mkdtemp(prefix='bench-startup-'))
    try:
        passed = run(folder, args.restarts)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    raise SystemExit(0 if passed else 1)


if __name__ == '__main__':
    main()
