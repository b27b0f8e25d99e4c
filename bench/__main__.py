"""Every benchmark, one after the other, each printing its figures beside a baseline measured in
the same run; a summary at the end. Exit status 0 only when every goal was met.

Run: ./py -m bench [--quick] [--only pages,api,...]

Full run (about 25 minutes on 2 cores): search over 10,000 procedures, the dashboard at 1 % and
full launch scale, 2.9 million records synced, page serving, JSON API, memory, start-up.
`--quick` (about 6 minutes) runs the same code on smaller sizes, to check a change."""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import ROOT, machine

# name -> (arguments of a full run, arguments of a quick run); {folder}: one demo portal shared
BENCHES: dict[str, tuple[list[str], list[str]]] = {
    'search': ([], ['--rounds', '5']),
    'dashboard': ([], ['--scales', '0.01', '--rounds', '5']),
    'sync': ([], ['--records', '290000']),
    'pages': (['--folder', '{folder}'], ['--folder', '{folder}', '--seconds', '4', '--rounds', '1']),
    'api': (['--folder', '{folder}'], ['--folder', '{folder}', '--seconds', '4', '--rounds', '1']),
    'memory': (['--folder', '{folder}'], ['--folder', '{folder}', '--loads', '1000']),
    'startup': ([], ['--restarts', '1']),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--quick', action='store_true', help='smaller sizes, same code (a few minutes)')
    parser.add_argument('--only', default=','.join(BENCHES), help='comma-separated: ' + ', '.join(BENCHES))
    args = parser.parse_args()
    chosen = [name.strip() for name in args.only.split(',') if name.strip()]
    unknown = [name for name in chosen if name not in BENCHES]
    if unknown:
        parser.error(f'unknown benchmark(s): {", ".join(unknown)}')

    print(f'Benchmarks on {machine()}, {time.strftime("%d/%m/%Y %H:%M")}{" (quick)" if args.quick else ""}', flush=True)
    folder = Path(tempfile.mkdtemp(prefix='bench-portal-'))
    outcomes: dict[str, tuple[int, float]] = {}
    try:
        for name in chosen:
            extra = [a.replace('{folder}', str(folder)) for a in BENCHES[name][1 if args.quick else 0]]
            print(f'\n=== {name} ({" ".join(["./py -m", f"bench.{name}", *extra])})', flush=True)
            started = time.perf_counter()
            code = subprocess.call([sys.executable, '-m', f'bench.{name}', *extra], cwd=ROOT)
            outcomes[name] = (code, time.perf_counter() - started)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print('\n=== summary')
    for name, (code, seconds) in outcomes.items():
        print(f'  {name:<10} {"ok" if code == 0 else f"GOAL MISSED or failed (exit {code})":<40} {seconds:7.0f} s')
    sys.exit(0 if all(code == 0 for code, _ in outcomes.values()) else 1)


if __name__ == '__main__':
    main()
