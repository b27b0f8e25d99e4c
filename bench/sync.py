"""Records sync at launch volume: 2.9 million handling records pushed over HTTP to a running
portal (`POST /api/v1/records`, 5,000 a batch, client-credentials token, Idempotency-Key),
beside an in-process SQLAlchemy Core upsert of the same rows into a second fresh database,
in the same run.

Run: ./py -m bench.sync [--records 2900000] [--batch 5000] [--senders 2]"""
from __future__ import annotations

import argparse
import gc
import os
import queue
import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import orjson

from bench.harness import peak_rss_mb, start_portal

CLIENT_ID, CLIENT_SECRET, AGENCY = 'demo-motcua-hanoi', 'dichvucong-demo-sync-secret', 'UBND-01'
FULL = 2_900_000
GOAL_SECONDS, GOAL_RATIO = 120.0, 0.5

# ---------------------------------------------------------------- the records, as a one-stop-shop system sends them

START, END = date(2019, 12, 1), date(2020, 3, 31)  # received between these days (Vietnam time)
_DAYS = (END - START).days + 1
_DAY = [(START + timedelta(days=i)).strftime('%Y%m%d') for i in range(_DAYS + 120)]  # dates run past END
_HOUR_MINUTE = [f'{h:02d}{m:02d}' for h in range(24) for m in range(60)]
_SECOND = [f'{s:02d}' for s in range(60)]
_PROCEDURES = [f'1.00{n:04d}' for n in (1612, 1193, 1022, 4227, 3347, 2086, 4837, 1199, 8783, 5688, 1766, 2648,
                                         4746, 4772, 3003, 9994, 1021, 2193, 4845, 1234)]
_UNITS = ('Bộ phận Một cửa UBND quận Ba Đình', 'Bộ phận Một cửa UBND quận Hoàn Kiếm', 'Sở Tư pháp Hà Nội',
          'Sở Kế hoạch và Đầu tư Hà Nội', 'Sở Giao thông vận tải Hà Nội', 'Sở Tài nguyên và Môi trường Hà Nội',
          'Bộ phận Một cửa UBND quận Cầu Giấy', 'Bộ phận Một cửa UBND huyện Đông Anh', 'Sở Xây dựng Hà Nội',
          'Trung tâm Phục vụ hành chính công Hà Nội')
_ALLOWED_DAYS = (1, 3, 5, 7, 10, 15, 20)
# status -> cumulative share: most records are finished (9) and returned (10), as at launch
_STATUSES = ((10, 0.70), (9, 0.82), (4, 0.90), (2, 0.93), (5, 0.95), (6, 0.96), (1, 0.97), (3, 0.98), (7, 0.99),
             (8, 1.0))


def _stamp(seconds: int) -> str:
    """yyyyMMddHHmmss (Vietnam time) of `seconds` after START 00:00."""
    day, rest = divmod(seconds, 86400)
    return _DAY[day] + _HOUR_MINUTE[rest // 60] + _SECOND[rest % 60]


def generate_batches(total: int, size: int, seed: int = 2020) -> Iterator[list[dict]]:
    """`total` records in batches of `size`, made as they are needed (memory stays bounded).
    Received times run forward through Dec 2019 - Mar 2020 (office hours), as a system that
    pushes its records in the order it took them in; record codes are unique."""
    from domain.demo import person_name

    rng = random.Random(seed)
    names = [person_name(rng) for _ in range(4096)]
    random_ = rng.random
    for start in range(0, total, size):
        batch = []
        for seq in range(start, min(start + size, total)):
            position = (seq + random_()) * _DAYS / total
            day = int(position)
            received = day * 86400 + 27000 + int((position - day) * 34200)  # 07:30 - 17:00
            allowed = _ALLOWED_DAYS[int(random_() * 7)]
            appointment = received + int(allowed * 1.4 * 86400)
            pick = random_()
            status = next(code for code, share in _STATUSES if pick < share)
            record = {
                'MaHoSo': f'H26.{_DAY[day][2:]}-{seq:08d}',
                'MaTTHC': _PROCEDURES[int(random_() * 20)],
                'KenhThucHien': 2 if random_() < 0.22 else (3 if random_() < 0.03 else 1),
                'NgayTiepNhan': _stamp(received),
                'NgayHenTra': _stamp(appointment),
                'TrangThaiHoSo': status,
                'ChuHoSo': names[int(random_() * 4096)],
                'SoGiayToChuHoSo': f'{int(random_() * 1e12):012d}',
                'DonViXuLy': _UNITS[int(random_() * 10)],
            }
            if status in (9, 10):
                if random_() < 0.97:  # on time
                    finished = received + int(random_() * (appointment - received))
                else:
                    finished = appointment + int(random_() * 6 * 86400)
                record['NgayKetThucXuLy'] = _stamp(finished)
                if status == 10:
                    record['NgayTra'] = _stamp(finished + int(random_() * 48 * 3600))
            batch.append(record)
        yield batch


# ---------------------------------------------------------------- preparing databases

def prepare_database(path: Path, *, clients: bool) -> None:
    """Migrated, reference data and catalogue loaded, as main.py does, without demo data."""
    from sqlmodel import Session

    from core.db import make_engine
    from core.migrate import upgrade_database
    from domain.bootstrap import load_static_data
    from domain.demo import create_demo_clients

    engine = make_engine(f'sqlite:///{path}')
    upgrade_database(engine)
    with Session(engine) as session:
        load_static_data(session)
        if clients:
            create_demo_clients(session)
            session.commit()
    engine.dispose()


class Progress:
    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.started, self.last = label, total, time.perf_counter(), 0.0

    def show(self, done: int) -> None:
        now = time.perf_counter()
        if now - self.last < 0.5 and done < self.total:
            return
        self.last = now
        rate = done / max(now - self.started, 1e-9)
        sys.stderr.write(f'\r  {self.label:<8} {done:>10,}/{self.total:,}  {rate:>8,.0f} records/s')
        if done >= self.total:
            sys.stderr.write('\n')
        sys.stderr.flush()


# ---------------------------------------------------------------- the portal over HTTP

class Token:
    """A client-credentials token, fetched again when it nears expiry (tokens live 1 h)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client, self.lock, self.value, self.expires = client, threading.Lock(), '', 0.0

    def header(self) -> str:
        with self.lock:
            if time.monotonic() > self.expires - 300:
                response = self.client.post('/oidc/token', data={'grant_type': 'client_credentials',
                                                                  'scope': 'records:write records:read'},
                                            auth=(CLIENT_ID, CLIENT_SECRET))
                response.raise_for_status()
                body = response.json()
                self.value, self.expires = body['access_token'], time.monotonic() + body['expires_in']
            return 'Bearer ' + self.value


def push_over_http(base: str, total: int, size: int, senders: int) -> tuple[float, float]:
    """Generate and serialise batches in one thread, POST them from `senders` threads.
    Returns (seconds, client-side generation+serialisation seconds)."""
    work: queue.Queue = queue.Queue(maxsize=2 * senders)  # bounded: at most a few batches in memory
    run = f'bench-{os.getpid()}-{int(time.time())}'
    generating = [0.0]

    def produce() -> None:
        try:
            batches, number = generate_batches(total, size), 0
            while True:
                t0 = time.perf_counter()
                batch = next(batches, None)
                if batch is None:
                    break
                body = orjson.dumps({'records': batch})
                generating[0] += time.perf_counter() - t0
                work.put((number, len(batch), body))
                number += 1
        finally:  # the senders stop even if generating failed
            for _ in range(senders):
                work.put(None)

    done, failures, lock = [0], [], threading.Lock()
    progress = Progress('http', total)
    limits = httpx.Limits(max_connections=senders, max_keepalive_connections=senders)
    with httpx.Client(base_url=base, timeout=300, limits=limits) as client:
        token = Token(client)
        token.header()

        def post(number: int, body: bytes) -> tuple[int, dict]:
            for attempt in range(4):  # a retry with the same key returns the stored result
                try:
                    response = client.post('/api/v1/records', content=body, headers={
                        'Authorization': token.header(), 'Content-Type': 'application/json',
                        'Idempotency-Key': f'{run}-{number}'})
                except httpx.TransportError:
                    if attempt == 3:
                        raise
                    continue
                if response.status_code < 500 or attempt == 3:
                    break
            json_answer = response.headers.get('content-type', '').startswith('application/json')
            return response.status_code, response.json() if json_answer else {'text': response.text[:200]}

        def send() -> None:
            while (item := work.get()) is not None:
                number, count, body = item
                try:
                    status, result = post(number, body)
                except Exception as error:  # noqa: BLE001  (reported below; keep draining the queue)
                    status, result = 0, {'error': repr(error)}
                if status != 200 or result.get('accepted') != count or result.get('rejected') \
                        or result.get('created') != count:
                    failures.append((number, status, str(result)[:500]))
                # httpx's request and response refer to each other: without a young-generation collection
                # the 1.6 MB bodies they hold pile up (over 600 MB at 2.9 million records)
                del body, item
                gc.collect(1)
                with lock:
                    done[0] += count
                    progress.show(done[0])

        started = time.perf_counter()
        threads = [threading.Thread(target=produce, daemon=True)] + \
                  [threading.Thread(target=send, daemon=True) for _ in range(senders)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
    if failures:
        raise SystemExit(f'{len(failures)} batches not fully accepted; first: {failures[0]}')
    return seconds, generating[0]


# ---------------------------------------------------------------- baseline: Core upsert in-process

_COLUMNS = {'MaHoSo': 'record_code', 'MaTTHC': 'procedure_code', 'ChuHoSo': 'applicant_name',
            'SoGiayToChuHoSo': 'applicant_id_number', 'KenhThucHien': 'channel', 'TrangThaiHoSo': 'status',
            'DonViXuLy': 'handling_unit'}
_TIMES = {'NgayTiepNhan': 'received_at', 'NgayHenTra': 'appointment_at', 'NgayKetThucXuLy': 'finished_at',
          'NgayTra': 'returned_at'}


def core_upsert(database: Path, total: int, size: int) -> tuple[float, dict[str, float]]:
    """Seconds, and how they split: generating, converting to columns, the upsert itself."""
    from sqlalchemy import select
    from sqlalchemy.dialects.sqlite import insert

    from core.clock import now_utc
    from core.db import make_engine
    from domain.records import parse_record_time
    from models.agencies import Agency
    from models.records import HandlingRecord

    table = HandlingRecord.__table__
    engine = make_engine(f'sqlite:///{database}')
    with engine.connect() as connection:
        agency_id = connection.execute(select(Agency.id).where(Agency.code == AGENCY)).scalar_one()
    statement = insert(table)
    updated = ('procedure_code', 'applicant_name', 'applicant_id_number', 'channel', 'received_at', 'appointment_at',
               'status', 'finished_at', 'returned_at', 'handling_unit', 'source_updated_at', 'synced_at')
    statement = statement.on_conflict_do_update(index_elements=['agency_id', 'record_code'],
                                                set_={c: statement.excluded[c] for c in updated})
    progress = Progress('baseline', total)
    done, parts = 0, {'generate': 0.0, 'convert': 0.0, 'upsert': 0.0}
    batches = generate_batches(total, size)
    started = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        batch = next(batches, None)
        t1 = time.perf_counter()
        parts['generate'] += t1 - t0
        if batch is None:
            break
        synced = now_utc()
        rows = []
        for record in batch:
            row = {column: record[name] for name, column in _COLUMNS.items()}
            for name, column in _TIMES.items():
                value = record.get(name)
                row[column] = parse_record_time(value) if value else None
            row['source_updated_at'] = row['returned_at'] or row['finished_at'] or row['received_at']
            row['agency_id'], row['batch_id'], row['synced_at'] = agency_id, None, synced
            rows.append(row)
        t2 = time.perf_counter()
        with engine.begin() as connection:
            connection.execute(statement, rows)
        parts['convert'] += t2 - t1
        parts['upsert'] += time.perf_counter() - t2
        done += len(rows)
        progress.show(done)
    seconds = time.perf_counter() - started
    engine.dispose()
    return seconds, parts


# ---------------------------------------------------------------- checks

def stored_figures(database: Path) -> tuple[int, int]:
    """(handling_record rows, records_all counter total at day grain: the '/m' rows are copies)."""
    import sqlite3

    connection = sqlite3.connect(database)
    try:
        rows = connection.execute('SELECT count(*) FROM handling_record').fetchone()[0]
        counted = connection.execute("SELECT coalesce(sum(value), 0) FROM daily_counter "
                                     "WHERE metric = 'records_all'").fetchone()[0]
    finally:
        connection.close()
    return rows, counted


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--records', type=int, default=FULL)
    parser.add_argument('--batch', type=int, default=5000)
    parser.add_argument('--senders', type=int, default=2, choices=(1, 2))
    parser.add_argument('--keep', action='store_true', help='keep the temporary databases')
    args = parser.parse_args()
    import domain.records  # noqa: F401  (the baseline's code, loaded before the long HTTP phase)

    folder = Path(tempfile.mkdtemp(prefix='bench-sync-'))
    passed = False
    try:
        passed = run(args, folder)
    finally:  # the databases take about 1 GB at full scale; portal.log stays when something failed
        if not args.keep:
            for path in folder.glob('*.db*'):
                path.unlink()
            if passed:
                shutil.rmtree(folder, ignore_errors=True)
    sys.exit(0 if passed else 1)


def run(args: argparse.Namespace, folder: Path) -> bool:
    portal_db, baseline_db = folder / 'portal.db', folder / 'baseline.db'
    t0 = time.perf_counter()
    prepare_database(portal_db, clients=True)
    prepare_database(baseline_db, clients=False)
    print(f'prepared two fresh databases in {time.perf_counter() - t0:.1f} s ({folder})')
    print(f'{args.records:,} records in batches of {args.batch:,}, {args.senders} sender(s); '
          f'load average before: {os.getloadavg()[0]:.1f} (2 cores: other jobs stretch the seconds, not the CPU)')

    server = start_portal(folder, PORTAL_DEMO_DATA='0')  # on folder/portal.db, prepared above
    try:
        server_cpu, bench_cpu = server.cpu(), time.process_time()
        http_seconds, generating = push_over_http(server.base, args.records, args.batch, args.senders)
        server_cpu, bench_cpu = server.cpu() - server_cpu, time.process_time() - bench_cpu
        server_peak = peak_rss_mb(server.pid)
    finally:
        server.stop()
    bench_peak_http = peak_rss_mb()
    http_rate = args.records / http_seconds
    print(f'  portal over HTTP:          {http_seconds:8.1f} s   {http_rate:9,.0f} records/s   '
          f'server CPU {server_cpu:6.1f} s ({server_cpu / args.records * 1e6:.1f} us/record); '
          f'bench CPU {bench_cpu:.1f} s (generating + JSON {generating:.1f} s in its thread)')

    baseline_cpu = time.process_time()
    baseline_seconds, parts = core_upsert(baseline_db, args.records, args.batch)
    baseline_cpu = time.process_time() - baseline_cpu
    baseline_rate = args.records / baseline_seconds
    print(f'  Core upsert (baseline):    {baseline_seconds:8.1f} s   {baseline_rate:9,.0f} records/s   '
          f'CPU {baseline_cpu:6.1f} s ({baseline_cpu / args.records * 1e6:.1f} us/record); of the seconds: '
          + ', '.join(f'{name} {value:.1f}' for name, value in parts.items()))
    print(f'  ratio HTTP/baseline:       {http_rate / baseline_rate:8.2f}   (goal: >= {GOAL_RATIO})')
    projected = FULL / http_rate
    note = '' if args.records == FULL else ', extrapolated at this rate'
    print(f'  2,900,000 over HTTP:       {projected:8.1f} s   (goal: < {GOAL_SECONDS:.0f} s{note})')
    print(f'  peak RSS: server {server_peak:,.0f} MB; bench {bench_peak_http:,.0f} MB after HTTP, '
          f'{peak_rss_mb():,.0f} MB after the baseline; load average after: {os.getloadavg()[0]:.1f}')

    rows, counted = stored_figures(portal_db)
    baseline_rows, _ = stored_figures(baseline_db)
    print(f'  stored: {rows:,} handling records, records_all counter {counted:,}; baseline {baseline_rows:,} rows')
    checks = {'portal holds exactly N records': rows == args.records,
              'records_all counter total == N': counted == args.records,
              'baseline holds exactly N records': baseline_rows == args.records,
              f'HTTP rate >= {GOAL_RATIO} x baseline rate': http_rate >= GOAL_RATIO * baseline_rate,
              f'2.9 million over HTTP in < {GOAL_SECONDS:.0f} s': projected < GOAL_SECONDS}
    for name, ok in checks.items():
        print(f'  [{"ok" if ok else "FAIL"}] {name}')
    return all(list(checks.values())[:3])  # the goals are reported, correctness decides the exit status


if __name__ == '__main__':
    main()
