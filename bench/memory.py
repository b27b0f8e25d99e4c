"""Memory under page loads that never open the websocket (crawlers, health checks, link previews):
5,000 loads of the home page by strangers (no cookie, a new connection each), the server's
resident memory after them and again after their clients are pruned (the portal lets go of a page
whose browser never connected after 15 s, ui/speed.py; NiceGUI itself after 60 s), then a second wave of 5,000 to show the growth
is bounded, beside the bare NiceGUI page (bench/bare_page.py) given the same treatment in the same run.

Run: ./py -m bench.memory [--loads 5000] [--folder DIR]"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench import load
from bench.harness import run_in_folder, serving_pair

EXPIRY_WAIT = 80.0  # NiceGUI's own pruning of clients without a websocket: after 60 s, checked every 10 s


def storage_files(folder: Path) -> int:
    return sum(1 for _ in (folder / 'data' / 'browser-storage').glob('*')) \
        if (folder / 'data' / 'browser-storage').exists() else 0


def run(folder: Path, loads: int) -> bool:
    with serving_pair(folder, 'bench.bare_page') as (portal, bare):
        targets = (('portal /', portal, '/'), ('bare page', bare, '/bare/page'))
        rows = [('at start', portal.rss(), bare.rss())]
        files_before = storage_files(folder)
        for wave in (1, 2):  # both servers take a wave in turn, then expire together
            for label, server, path in targets:
                result = load.strangers(server.base, path, loads)
                print(f'  wave {wave}: {result.line()}   [{label}]', flush=True)
                if result.failures:
                    raise RuntimeError(f'{label}: loads did not all answer 200: {dict(result.statuses)}')
            rows.append((f'after {loads * wave:,} loads', portal.rss(), bare.rss()))
            time.sleep(EXPIRY_WAIT)
            rows.append((f'{EXPIRY_WAIT:.0f} s later', portal.rss(), bare.rss()))
        files_after = storage_files(folder)
    print(f'\n  {"resident memory (MB)":<24} {"portal /":>10} {"bare page":>10}')
    for when, mine, theirs in rows:
        print(f'  {when:<24} {mine:10.1f} {theirs:10.1f}')
    growth_first, growth_second = rows[2][1] - rows[0][1], rows[4][1] - rows[2][1]
    bounded = growth_second <= max(0.25 * growth_first, 10.0)
    print(f'  portal: kept {growth_first:+.1f} MB after the first wave had expired, {growth_second:+.1f} MB more after '
          f'the second [{"ok: bounded" if bounded else "GROWS"}]')
    print(f'  browser-storage files written for {2 * loads:,} strangers: {files_after - files_before} '
          f'[{"ok" if files_after == files_before else "GROWS"}]')
    return bounded and files_after == files_before


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--loads', type=int, default=5000)
    parser.add_argument('--folder', type=Path, help='a portal data folder to reuse (made with demo data if empty)')
    args = parser.parse_args()
    run_in_folder('Memory under page loads without a websocket', lambda folder: run(folder, args.loads), args.folder, 'bench-memory-')


if __name__ == '__main__':
    main()
