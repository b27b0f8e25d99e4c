"""JSON API: the portal's procedure search (`GET /api/v1/procedures?q=`) and dossier tracking
(`GET /api/v1/dossiers/{code}?id_number=`) under a bounded local load (10 connections on
127.0.0.1), beside bare endpoints doing the same database reads (bench/bare_api.py: plain FastAPI,
no middleware, no access rule or rate limit) on the same database, in the same run.

The load arrives from many addresses (`X-Forwarded-For`, which the portal trusts from 127.0.0.1),
as real traffic does, so the per-address limits (300 searches and 20 trackings a minute) are
exercised without refusing the load; every answer must be 200.

Run: ./py -m bench.api [--seconds 5] [--rounds 4] [--folder DIR]"""
from __future__ import annotations

import argparse
import itertools
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

from bench import load
from bench.harness import measure, report, run_in_folder, serving_pair

GOAL_RATIO = 0.8
QUERIES = ('doi giay phep lai xe', 'khai sinh', 'GPLX', 'ly lich tu phap', 'bhyt', 'dang ky kinh doanh',
           'Đăng ký kết hôn', 'thue thu nhap ca nhan', 'xuat xu hang hoa', 'trich luc')


def tracked_dossiers(folder: Path, count: int = 50) -> list[tuple[str, str]]:
    """(code, applicant's ID number) of demo dossiers that have a handling history."""
    with sqlite3.connect(folder / 'portal.db') as db:
        return db.execute('SELECT d.code, a.id_number FROM dossier d JOIN account a ON a.id = d.applicant_id '
                          'WHERE d.code IS NOT NULL AND EXISTS (SELECT 1 FROM dossier_event e WHERE e.dossier_id = d.id) '
                          'ORDER BY d.id LIMIT ?', (count,)).fetchall()


def addresses() -> Iterator[str]:
    """A new client address for every request: 65,024 of them, then round again."""
    return (f'10.{a}.{b}.{c}' for _ in itertools.count() for a in (1, 2, 3, 4) for b in range(64) for c in range(1, 255))


def rotating(paths: list[str]) -> Callable[[], Iterator[tuple[str, dict[str, str]]]]:
    """Each connection's requests go through `paths` in turn, every request from the next address
    of one sequence shared by all connections and rounds: were each connection to start its own,
    ten connections over a few rounds would send the same address past the per-minute limit."""
    shared = addresses()

    def targets() -> Iterator[tuple[str, dict[str, str]]]:
        for path, address in zip(itertools.cycle(paths), shared):
            yield path, load.JSON_HEADERS | {'X-Forwarded-For': address}
    return targets


def run(folder: Path, *, seconds: float, rounds: int) -> bool:
    with serving_pair(folder, 'bench.bare_api') as (portal, bare):
        searches = [f'?q={quote(q)}' for q in QUERIES]
        dossiers = [f'/{code}?id_number={id_number}' for code, id_number in tracked_dossiers(folder)]
        if not dossiers:
            raise RuntimeError('the demo data has no dossier with a history to track')
        pairs = {'procedure search': ('/bare/procedures', '/api/v1/procedures', searches),
                 'dossier tracking': ('/bare/dossiers', '/api/v1/dossiers', dossiers)}
        passed = True
        for name, (bare_path, portal_path, tails) in pairs.items():
            print(f'{name}: {len(tails)} different requests in turn', flush=True)
            baseline = f'{name}, bare endpoint (baseline)'
            targets = {baseline: (bare, rotating([bare_path + t for t in tails])),
                       f'{name}, portal {portal_path}': (portal, rotating([portal_path + t for t in tails]))}
            passed &= report(measure(targets, seconds=seconds, rounds=rounds), baseline, goal_ratio=GOAL_RATIO)
        return passed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--seconds', type=float, default=5.0)
    parser.add_argument('--rounds', type=int, default=4)
    parser.add_argument('--folder', type=Path, help='a portal data folder to reuse (made with demo data if empty)')
    args = parser.parse_args()
    run_in_folder('JSON API, 10 concurrent clients on 127.0.0.1', lambda folder: run(folder, seconds=args.seconds, rounds=args.rounds), args.folder, 'bench-api-')


if __name__ == '__main__':
    main()
