"""Page serving: the portal's home, a procedure page and the public statistics dashboard under a
bounded local load (10 connections on 127.0.0.1, each a visitor keeping its cookies), beside a
bare NiceGUI page (bench/bare_page.py) served the same way in the same run. The targets take
turns in rounds, so a slow spell on the machine falls on all of them.

Run: ./py -m bench.pages [--seconds 5] [--rounds 4] [--folder DIR]"""
from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from bench.harness import measure, report, run_in_folder, serving_pair

GOAL_RATIO, GOAL_P95_MS = 0.9, 500.0


def procedure_path(folder: Path) -> str:
    """The page of the procedure citizens open most at launch: renewing a driving licence."""
    with sqlite3.connect(folder / 'portal.db') as db:
        code, = db.execute("SELECT code FROM procedure WHERE name LIKE 'Đổi giấy phép lái xe%' ORDER BY code").fetchone()
    return f'/procedures/{code}'


def run(folder: Path, *, seconds: float, rounds: int) -> bool:
    with serving_pair(folder, 'bench.bare_page') as (portal, bare):
        targets = {'bare NiceGUI page (baseline)': (bare, '/bare/page'), 'home /': (portal, '/'),
                   f'procedure {procedure_path(folder)}': (portal, procedure_path(folder)),
                   'dashboard /thong-ke': (portal, '/thong-ke')}
        return report(measure(targets, seconds=seconds, rounds=rounds), 'bare NiceGUI page (baseline)',
                      goal_ratio=GOAL_RATIO, goal_p95_ms=GOAL_P95_MS)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--seconds', type=float, default=5.0)
    parser.add_argument('--rounds', type=int, default=4)
    parser.add_argument('--folder', type=Path, help='a portal data folder to reuse (made with demo data if empty)')
    args = parser.parse_args()
    run_in_folder('Page serving, 10 concurrent visitors on 127.0.0.1', lambda folder: run(folder, seconds=args.seconds, rounds=args.rounds), args.folder, 'bench-pages-')


if __name__ == '__main__':
    main()
