"""Page serving: the portal's home, a procedure page and the public statistics dashboard under a
bounded local load (10 connections on 127.0.0.1, each a visitor keeping its cookies), beside a
bare NiceGUI page (bench/bare_page.py) served the same way in the same run. The targets take
turns in rounds, so a slow spell on the machine falls on all of them.

Run: ./py -m bench.pages [--seconds 10] [--rounds 2] [--folder DIR]"""
from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from pathlib import Path

from bench import load
from bench.harness import run_in_folder, Server, start_baseline, start_portal

GOAL_RATIO, GOAL_P95_MS = 0.9, 500.0


def procedure_path(folder: Path) -> str:
    """The page of the procedure citizens open most at launch: renewing a driving licence."""
    with sqlite3.connect(folder / 'portal.db') as db:
        code, = db.execute("SELECT code FROM procedure WHERE name LIKE 'Đổi giấy phép lái xe%' ORDER BY code").fetchone()
    return f'/procedures/{code}'


def measure(targets: dict[str, tuple[Server, str | Callable]], *, seconds: float, rounds: int) -> dict[str, load.Result]:
    """Each target (a path, or a function making the requests) for `seconds` per round, taking
    turns; the results of all rounds pooled per target."""
    pooled: dict[str, load.Result] = {}
    for number in range(rounds):
        for label, (server, spec) in targets.items():
            result = load.run(server.base, spec if callable(spec) else load.same(spec), label=label, seconds=seconds)
            print(f'  round {number + 1}: {result.line()}', flush=True)
            total = pooled.setdefault(label, load.Result(label, 0.0))
            total.seconds += result.seconds
            total.latencies += result.latencies
            total.statuses += result.statuses
    return pooled


def report(pooled: dict[str, load.Result], baseline: str) -> bool:
    base = pooled[baseline]
    print(f'\n  {base.line()}')
    passed = True
    for label, result in pooled.items():
        if label == baseline:
            continue
        ratio = result.rate / base.rate
        ok = ratio >= GOAL_RATIO and result.p95_ms < GOAL_P95_MS and not result.failures
        passed &= ok
        print(f'  {result.line()}   ratio {ratio:4.2f}  [{"ok" if ok else "MISSED"}]')
    print(f'  goals: rate >= {GOAL_RATIO} x the bare page, p95 < {GOAL_P95_MS:.0f} ms, only 200s')
    return passed


def run(folder: Path, *, seconds: float, rounds: int) -> bool:
    portal = start_portal(folder)
    bare = start_baseline(folder, 'bench.bare_page')
    try:
        targets = {'bare NiceGUI page (baseline)': (bare, '/bare/page'), 'home /': (portal, '/'),
                   f'procedure {procedure_path(folder)}': (portal, procedure_path(folder)),
                   'dashboard /thong-ke': (portal, '/thong-ke')}
        cpu_before = {server.name: server.cpu() for server in (portal, bare)}
        pooled = measure(targets, seconds=seconds, rounds=rounds)
        per_request = {name: (server.cpu() - cpu_before[name]) for name, server in
                       (('portal', portal), ('bare_page', bare))}
        passed = report(pooled, 'bare NiceGUI page (baseline)')
        portal_requests = sum(r.requests for label, r in pooled.items() if 'baseline' not in label)
        bare_requests = pooled['bare NiceGUI page (baseline)'].requests
        print(f'  server CPU per page: portal {per_request["portal"] / portal_requests * 1000:.2f} ms, '
              f'bare {per_request["bare_page"] / bare_requests * 1000:.2f} ms')
        return passed
    finally:
        portal.stop()
        bare.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--seconds', type=float, default=10.0)
    parser.add_argument('--rounds', type=int, default=2)
    parser.add_argument('--folder', type=Path, help='a portal data folder to reuse (made with demo data if empty)')
    args = parser.parse_args()
    run_in_folder('Page serving, 10 concurrent visitors on 127.0.0.1', lambda folder: run(folder, seconds=args.seconds, rounds=args.rounds), args.folder, 'bench-pages-')


if __name__ == '__main__':
    main()
