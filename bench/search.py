"""Search over 10,000 procedures: the portal's search function beside a raw FTS5 query on the
same data, in the same run.   Run: ./py -m bench.search [--count 10000]"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

QUERIES = ('doi giay phep lai xe', 'dang ky khai sinh', 'GPLX', 'ly lich tu phap', 'bhyt', 'cap lai the bao hiem',
           'dang ky kinh doanh', 'Đăng ký kết hôn', 'nop thue thu nhap ca nhan', 'xuat xu hang hoa', 'khuyen mai',
           'chung chi hanh nghe', 'ho kinh doanh', 'to khai hai quan', 'tien dien', 'vi pham giao thong',
           'le phi truoc ba', 'xac nhan tinh trang hon nhan', 'trich luc', 'giay phep hoat dong')


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--count', type=int, default=10_000)
    parser.add_argument('--rounds', type=int, default=20)
    args = parser.parse_args()

    from core import db
    from core.migrate import upgrade_database
    from domain.catalog import load_life_events, load_procedures, search_procedures
    from domain.reference import load_reference_data, read_data
    from domain.search_text import fts5_query, query_terms
    from bench.catalog_generator import generate_procedures

    folder = Path(tempfile.mkdtemp(prefix='bench-search-'))
    path = folder / 'bench.db'
    engine = db.init_engine(f'sqlite:///{path}')
    upgrade_database(engine)
    started = time.perf_counter()
    with db.session_scope() as session:
        load_reference_data(session)
        load_life_events(session, read_data('life_events.json'))
        loaded = load_procedures(session, generate_procedures(args.count))
    print(f'loaded {loaded:,} procedures in {time.perf_counter() - started:.1f} s')

    portal, raw = [], []
    connection = sqlite3.connect(path)
    with db.session_scope() as session:
        for query in QUERIES:  # warm-up
            search_procedures(session, q=query)
        for _ in range(args.rounds):
            for query in QUERIES:
                t0 = time.perf_counter()
                page = search_procedures(session, q=query)
                portal.append((time.perf_counter() - t0) * 1000)
                match = fts5_query(query_terms(query))
                t0 = time.perf_counter()
                connection.execute('SELECT rowid FROM procedure_fts WHERE procedure_fts MATCH ? '
                                   'ORDER BY bm25(procedure_fts, 10.0, 2.0) LIMIT 20', (match,)).fetchall()
                raw.append((time.perf_counter() - t0) * 1000)
                assert page.total > 0, query
    print(f'{len(portal)} searches over {args.count:,} procedures')
    print(f'portal search_procedures: p50 {statistics.median(portal):6.2f} ms   p95 {_percentile(portal, 95):6.2f} ms')
    print(f'raw FTS5 query (baseline): p50 {statistics.median(raw):6.2f} ms   p95 {_percentile(raw, 95):6.2f} ms')
    met = _percentile(portal, 95) <= 5.0
    print(f'ratio p95 portal/raw: {_percentile(portal, 95) / _percentile(raw, 95):.1f}x   (goal: portal p95 <= 5 ms) '
          f'[{"ok" if met else "MISSED"}]')
    raise SystemExit(0 if met else 1)


if __name__ == '__main__':
    main()
