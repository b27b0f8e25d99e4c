"""kill -9 during records sync (issue 9): the portal runs as a real server on a fresh SQLite
database while an agency system pushes batches of handling records to `POST /api/v1/records`,
each with its Idempotency-Key. The whole server (with its checking worker) is killed with
SIGKILL at a random moment of the sync, 20 times, and restarted; the agency system retries what
it got no answer for, and at the end every batch ever sent, with its same key.

After every kill and at the end, read straight from the database file: no record lost, none
duplicated, no batch half-applied (a batch is in the batch log with every one of its records,
or it is absent and so are they), the batch log and its audit rows agree, the rollup counters
agree with the record table, and `PRAGMA integrity_check` says ok. A key whose batch died with
the server must not be stuck: its retry is applied, or replays the stored result.

The batches, the kill moments and the order of retries come from one seeded random generator."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import sys
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import text
from sqlmodel import Session

from core.db import make_engine
from domain.bootstrap import load_static_data
from domain.clients import register_client
from domain.records import record_counters
from models.agencies import ClientAppCreate
from tests.conftest import copy_sqlite
from tests.factories import make_staff
from tests.servers import Server, child_env, free_port, kill_group, start, stop, wait_until_up

SEED = 20191209  # the portal's launch day
KILLS = 20
PUSHERS = 2  # the agency system sends two batches at a time
AGENCY = 'UBND-01'
KEY_PREFIX = 'hn-motcua-'


# ---------------------------------------------------------------- the batches an agency system sends

def _stamp(value: datetime) -> str:
    return value.strftime('%Y%m%d%H%M%S')  # yyyyMMddHHmmss, Vietnam time (the national format)


def _original(origin: int, index: int) -> dict:
    """Record `index` as first sent by batch `origin`: in progress."""
    received = datetime(2024, 1 + (origin + index) % 12, 1 + (origin * 7 + index) % 28, 8, index % 60)
    return {'MaHoSo': f'000.00.12.H26-{origin:04d}-{index:04d}', 'MaTTHC': '1.003354', 'ChuHoSo': 'Nguyễn Văn An',
            'SoGiayToChuHoSo': '001090012345', 'KenhThucHien': 1 + (origin + index) % 3,
            'NgayTiepNhan': _stamp(received), 'NgayHenTra': _stamp(received + timedelta(days=7)),
            'TrangThaiHoSo': 4, 'DonViXuLy': 'Bộ phận Một cửa', 'NgayCapNhat': _stamp(_version(origin))}


def _version(number: int) -> datetime:
    """The sender's update time of everything in batch `number`: later batches are newer."""
    return datetime(2025, 1, 1, 8) + timedelta(minutes=number)


@dataclass
class Batch:
    number: int
    key: str
    body: bytes
    total: int  # records sent, valid or not
    codes: list[str]  # the valid records' codes


def make_batch(number: int, sizes: list[int]) -> Batch:
    """Batch `number`: new records (20 to 600 of them, or one time in four 900 to 1,100: a body
    over 256 KB, checked in the worker process), often newer versions of records from earlier
    batches (finished or returned), and a few invalid records the portal reports one by one."""
    rng = random.Random(f'{SEED}-{number}')
    size = rng.randint(900, 1100) if rng.random() < 0.25 else rng.randint(20, 600)
    sizes.append(size)
    records = [_original(number, i) for i in range(size)]
    if number and rng.random() < 0.6:
        earlier = rng.sample(range(number), min(number, 8))
        for origin in earlier:
            for index in rng.sample(range(sizes[origin]), min(sizes[origin], rng.randint(1, 40))):
                record = _original(origin, index)
                finished = datetime.strptime(record['NgayTiepNhan'], '%Y%m%d%H%M%S') + timedelta(
                    days=rng.randint(1, 10))
                record.update(TrangThaiHoSo=9, NgayKetThucXuLy=_stamp(finished), NgayCapNhat=_stamp(_version(number)))
                if rng.random() < 0.5:
                    record.update(TrangThaiHoSo=10, NgayTra=_stamp(finished + timedelta(hours=2)))
                records.append(record)
    codes = [r['MaHoSo'] for r in records]
    for bad in range(rng.randint(0, 2)):
        records.insert(rng.randint(0, len(records)), {**_original(number, 9000 + bad), 'TrangThaiHoSo': 42})
    rng.shuffle(records)
    body = json.dumps({'records': records}, ensure_ascii=False).encode()
    return Batch(number, f'{KEY_PREFIX}{number:04d}', body, len(records), codes)


# ---------------------------------------------------------------- what the database says

@dataclass
class Findings:
    applied: set[int]
    lost: int = 0  # records of applied batches that are not there
    duplicated: int = 0  # extra rows for one (agency, record code)
    half: set[int] = field(default_factory=set)  # batches partly there
    wrong: int = 0  # rows not at the newest version among the applied batches
    log_disagrees: int = 0  # batch log rows whose counts or audit row disagree
    rollup_mismatches: int = 0  # (metric, day, agency, kind) whose counter differs from the table
    integrity: str = ''
    foreign_keys: int = 0
    records: int = 0


def inspect(path, batches: dict[int, Batch], client_id: str) -> Findings:
    """Open the database file the server left (after a kill: as recovery finds it) and check it."""
    connection = sqlite3.connect(path, timeout=30)
    try:
        agency_id, agency_code = connection.execute('SELECT id, code FROM agency WHERE code = ?', (AGENCY,)).fetchone()
        log = {key: (batch_id, received, accepted, result) for batch_id, key, received, accepted, result in
               connection.execute('SELECT id, idempotency_key, received, accepted, result FROM sync_batch '
                                  'WHERE client_id = ?', (client_id,))}
        audited = Counter(int(row[0]) for row in connection.execute(
            "SELECT entity_id FROM audit_event WHERE action = 'records.synced'"))
        number_of = {batch_id: int(key.removeprefix(KEY_PREFIX)) for key, (batch_id, *_) in log.items()}
        found = Findings(applied=set(number_of.values()))
        for key, (batch_id, received, accepted, result) in log.items():
            batch = batches[number_of[batch_id]]
            body = json.loads(result)
            if (received, accepted, body.get('accepted'), body.get('batch_id'), audited[batch_id]) != \
                    (batch.total, len(batch.codes), len(batch.codes), batch_id, 1):
                found.log_disagrees += 1
        found.log_disagrees += sum(n for batch_id, n in audited.items() if batch_id not in number_of)
        rows = connection.execute('SELECT record_code, batch_id, received_at, channel, finished_at, appointment_at, '
                                  'returned_at FROM handling_record WHERE agency_id = ?', (agency_id,)).fetchall()
        found.records = len(rows)
        owner_of_row: dict[str, int | None] = {}
        for code, batch_id, *_ in rows:
            if code in owner_of_row:
                found.duplicated += 1
            owner_of_row[code] = number_of.get(batch_id)
        expected: dict[str, int] = {}  # code -> the newest applied batch that carries it
        for number in sorted(found.applied):
            for code in batches[number].codes:
                expected[code] = number
        for number in found.applied:
            for code in batches[number].codes:
                if code not in owner_of_row:
                    found.lost += 1
                    found.half.add(number)
                elif owner_of_row[code] is None or owner_of_row[code] < number:
                    found.half.add(number)  # this batch's version of the record never landed
        for code, owner in owner_of_row.items():
            if owner is None or code not in expected:
                found.half.add(-1 if owner is None else owner)  # a record of no applied batch
            elif owner != expected[code]:
                found.wrong += 1
        implied = record_counters(agency_code, [
            dict(received_at=r[2], channel=r[3], finished_at=r[4], appointment_at=r[5], returned_at=r[6])
            for r in rows])
        implied = {k: v for k, v in implied.items() if v}
        stored: dict = {}
        monthly: Counter = Counter()
        for metric, day, dim1, dim2, value in connection.execute(
                "SELECT metric, day, dim1, dim2, value FROM daily_counter WHERE metric LIKE 'records%'"):
            if metric.endswith('/m'):
                monthly[metric.removesuffix('/m')] += value
            elif value:
                stored[(metric, date.fromisoformat(day), dim1, dim2)] = value
        found.rollup_mismatches = sum(stored.get(k) != implied.get(k) for k in set(stored) | set(implied))
        daily = Counter()
        for (metric, *_), value in stored.items():
            daily[metric] += value
        found.rollup_mismatches += sum(monthly[m] != daily[m] for m in set(monthly) | set(daily))
        found.integrity = '; '.join(row[0] for row in connection.execute('PRAGMA integrity_check'))
        found.foreign_keys = len(connection.execute('PRAGMA foreign_key_check').fetchall())
        return found
    finally:
        connection.close()


# ---------------------------------------------------------------- the agency system

@dataclass
class Sync:
    """What the agency system knows: acknowledged results, and batches it got no answer for."""
    client_id: str
    secret: str
    batches: dict[int, Batch] = field(default_factory=dict)
    sizes: list[int] = field(default_factory=list)
    acknowledged: dict[int, dict] = field(default_factory=dict)
    unanswered: deque = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)
    cut: int = 0  # requests that died with the server
    retried_after_kill: Counter = field(default_factory=Counter)  # 'replayed' | 'applied'
    replays: int = 0  # acknowledged batches sent again that answered their first result, replayed
    problems: list[str] = field(default_factory=list)
    durations: deque = field(default_factory=lambda: deque(maxlen=20))

    def next_batch(self) -> tuple[Batch, bool]:
        with self.lock:
            if self.unanswered:
                return self.batches[self.unanswered.popleft()], True
            number = len(self.batches)
            self.batches[number] = make_batch(number, self.sizes)
            return self.batches[number], False

    def token(self, base: str) -> str:
        response = httpx.post(base + '/oidc/token', data={'grant_type': 'client_credentials',
                                                          'scope': 'records:write records:read'},
                              auth=(self.client_id, self.secret), timeout=30)
        assert response.status_code == 200, response.text
        return response.json()['access_token']

    def send(self, client: httpx.Client, token: str, batch: Batch, *, retry: bool) -> bool:
        """One request; False when the server is gone (no answer)."""
        started = time.monotonic()
        try:
            response = client.post('/api/v1/records', content=batch.body, headers={
                'Authorization': f'Bearer {token}', 'Content-Type': 'application/json',
                'Idempotency-Key': batch.key})
        except httpx.TransportError:
            with self.lock:
                self.cut += 1
                self.unanswered.append(batch.number)
            return False
        with self.lock:
            self.durations.append(time.monotonic() - started)
            if response.status_code != 200:
                self.problems.append(f'batch {batch.number}: HTTP {response.status_code} {response.text[:300]}')
                self.unanswered.append(batch.number)
                return True
            body, replayed = response.json(), response.headers.get('Idempotent-Replayed') == 'true'
            first = self.acknowledged.get(batch.number)
            if first is None:
                self.acknowledged[batch.number] = body
            elif body != first or not replayed:  # an acknowledged batch is only ever replayed
                self.problems.append(f'batch {batch.number}: a retry answered {body} (replayed: {replayed}) '
                                     f'after {first}')
            else:
                self.replays += 1
            if retry:
                self.retried_after_kill['replayed' if replayed else 'applied'] += 1
        return True


def writer_busy(probe: sqlite3.Connection) -> bool:
    """Whether another connection (the server) is inside a write transaction right now: it holds
    SQLite's write lock, so ours cannot be had without waiting. When it can, it is let go at once."""
    try:
        probe.execute('BEGIN IMMEDIATE')
    except sqlite3.OperationalError:  # database is locked
        return True
    probe.execute('ROLLBACK')
    return False


def wait_for_writer(probe: sqlite3.Connection, *, timeout: float) -> bool:
    """Poll until the server is inside a write transaction (True), or give up after `timeout` (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if writer_busy(probe):
            return True
        time.sleep(0.002)  # the poll interval
    return False


def live_members(group: int) -> int:
    """Processes of a process group still alive (zombies waiting to be reaped do not count)."""
    alive = 0
    for stat in Path('/proc').glob('[0-9]*/stat'):
        try:
            fields = stat.read_text().rpartition(')')[2].split()
        except OSError:  # it ended while we looked
            continue
        alive += int(fields[2]) == group and fields[0] != 'Z'
    return alive


def wait_for_group_to_end(group: int, *, timeout: float) -> int:
    """Poll until no process of `group` is alive; the number still alive at the deadline."""
    deadline = time.monotonic() + timeout
    while (alive := live_members(group)) and time.monotonic() < deadline:
        time.sleep(0.1)  # the poll interval
    return alive


def _prepare_database(template, path) -> tuple[str, str]:
    """A fresh database as main.py would leave it, plus a records-sync system registered for
    Hà Nội by an administrator (through the domain, as /admin/clients does)."""
    url = copy_sqlite(template, path)
    engine = make_engine(url)
    try:
        with Session(engine, expire_on_commit=False) as session:
            load_static_data(session)
            admin = make_staff(session, 'admin')
            client, secret = register_client(session, actor=admin, data=ClientAppCreate(
                name='Hệ thống một cửa điện tử Hà Nội (thử)', agency_code=AGENCY, kind='system',
                scopes=['records:write', 'records:read']))
            return client.client_id, secret
    finally:
        engine.dispose()


def test_kill_9_during_records_sync_loses_duplicates_and_half_applies_nothing(sqlite_template, tmp_path, figure):
    database = tmp_path / 'portal.db'
    client_id, secret = _prepare_database(sqlite_template, database)
    log = tmp_path / 'portal.log'
    sync = Sync(client_id, secret)
    rng = random.Random(SEED)
    server: Server | None = None

    def start_portal() -> tuple[Server, str]:
        port = free_port()
        base = f'http://127.0.0.1:{port}'
        env = child_env(PORTAL_DATABASE_URL=f'sqlite:///{database}', PORTAL_DATA_DIR=str(tmp_path / 'data'),
                        PORTAL_HOST='127.0.0.1', PORTAL_PORT=str(port), PORTAL_PUBLIC_URL=base,
                        PORTAL_DEMO_DATA='0', PORTAL_LOG_LEVEL='WARNING')
        portal = Server(base, start([sys.executable, 'main.py'], env, log, own_group=True), log)
        wait_until_up(portal, base + '/healthz', 'The portal')
        return portal, base

    crash_points: list[Findings] = []
    kills_writing = 0  # kills that found the server inside a write transaction
    killed_alone: list[int] = []  # process groups whose leader (the portal) alone was killed
    started_at = time.monotonic()
    probe = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        for _ in range(KILLS):
            server, base = start_portal()
            token = sync.token(base)
            trigger = rng.randint(1, 4)  # the kill comes during (or just after) the trigger-th request
            # ... either while the server is inside a write transaction, or this far into the request
            # (in typical request times): wherever it falls (reading the body, checking, writing, answering)
            mid_write = rng.random() < 0.5
            fraction = rng.random() * 1.5
            # kill -9 the whole process group (as a container stop would), or only the portal's own
            # process (as an operator or the out-of-memory killer would): its worker must then go by itself
            alone = rng.random() < 0.5
            requests = Counter()
            triggered = threading.Event()

            def push() -> None:
                with httpx.Client(base_url=base, timeout=60) as client:
                    while True:
                        batch, retry = sync.next_batch()
                        with sync.lock:
                            requests['started'] += 1
                            if requests['started'] == trigger:
                                triggered.set()
                        if not sync.send(client, token, batch, retry=retry):
                            return

            pushers = [threading.Thread(target=push) for _ in range(PUSHERS)]
            for pusher in pushers:
                pusher.start()
            assert triggered.wait(timeout=120), f'the sync never reached request {trigger}:\n{server.output()}'
            if mid_write:
                writing = wait_for_writer(probe, timeout=60)
            else:
                with sync.lock:
                    typical = sorted(sync.durations)[len(sync.durations) // 2] if sync.durations else 0.1
                time.sleep(fraction * typical)  # the moment of the fault, not a wait for anything
                writing = writer_busy(probe)
            if alone:
                server.process.kill()
                server.process.wait(timeout=30)
                killed_alone.append(server.process.pid)  # its process group, looked at after the final pass
            else:
                kill_group(server)
            kills_writing += writing
            for pusher in pushers:
                pusher.join(timeout=120)
            assert not any(p.is_alive() for p in pushers), 'a pusher hung after the kill'
            crash_points.append(inspect(database, sync.batches, client_id))

        # after the last kill: the agency system sends every batch again, with its same key
        server, base = start_portal()
        token = sync.token(base)
        unanswered = set(sync.unanswered)
        sync.unanswered.clear()
        order = sorted(sync.batches)
        rng.shuffle(order)
        with httpx.Client(base_url=base, timeout=60) as client:
            for number in order:
                assert sync.send(client, token, sync.batches[number], retry=number in unanswered), server.output()
        stop(server)
        kill_group(server)  # what is left of its group (the checking worker), if anything
        server = None
        left_behind = {group: wait_for_group_to_end(group, timeout=60) for group in killed_alone}
    finally:
        probe.close()
        if server is not None:
            kill_group(server)
        for group in killed_alone:  # whatever is left, it goes now
            try:
                os.killpg(group, signal.SIGKILL)
            except ProcessLookupError:
                pass
    final = inspect(database, sync.batches, client_id)
    elapsed = time.monotonic() - started_at

    every = [*crash_points, final]
    lost = sum(f.lost for f in every)
    duplicated = sum(f.duplicated for f in every)
    half = sum(len(f.half) for f in every)
    integrity = {f.integrity for f in every}
    records = sum(len(b.codes) for b in sync.batches.values())
    distinct = len({code for b in sync.batches.values() for code in b.codes})
    figure('kills', len(crash_points), f'SIGKILL to the server and its worker during the sync; {sync.cut} '
                                       f'requests cut, {len(sync.batches)} batches, {records:,} records '
                                       f'({distinct:,} distinct), {elapsed:.0f} s')
    figure('kills inside a write transaction', kills_writing, f'of {len(crash_points)}: the server held the '
                                                                  f'write lock when it was killed')
    figure('processes left behind', sum(left_behind.values()), f'by the {len(killed_alone)} kills of the portal '
                                                             f'alone (its checking worker, resource tracker)')
    figure('records lost', lost, 'summed over the 20 crash points and the end')
    figure('records duplicated', duplicated)
    figure('half-applied batches', half)
    figure('integrity_check', ' / '.join(sorted(integrity)), f'foreign_key_check rows: '
                                                            f'{sum(f.foreign_keys for f in every)}')
    figure('retries of unanswered batches', sum(sync.retried_after_kill.values()),
           ', '.join(f'{n} {k}' for k, n in sorted(sync.retried_after_kill.items())) +
           f'; {sync.replays} acknowledged batches sent again answered their first result')
    figure('batch log or audit rows disagreeing', sum(f.log_disagrees for f in every))
    figure('rollup counters differing from the record table', sum(f.rollup_mismatches for f in every))

    assert not sync.problems, '\n'.join(sync.problems[:20])
    assert lost == duplicated == half == 0, [(i, f) for i, f in enumerate(every) if f.lost or f.duplicated or f.half]
    assert all(f.wrong == f.log_disagrees == f.rollup_mismatches == f.foreign_keys == 0 for f in every), every
    assert integrity == {'ok'}
    assert final.applied == set(sync.batches) and final.records == distinct
    assert len(sync.acknowledged) == len(sync.batches)
    assert sync.cut >= KILLS and sync.retried_after_kill['applied']  # keys of batches that died were not stuck
    assert killed_alone and not any(left_behind.values()), left_behind
    assert kills_writing >= KILLS // 4  # a good share of the kills cut a batch while it was being written


def test_the_inspection_sees_a_lost_record_a_half_batch_and_a_counter_off(sqlite_template, tmp_path):
    """The checker above is worth its zeros: on a database with three batches stored through the
    domain, it finds nothing; after one record of a batch is removed and a counter moved, it finds both."""
    from domain.records import request_digest, sync_records

    database = tmp_path / 'portal.db'
    client_id, _ = _prepare_database(sqlite_template, database)
    sizes: list[int] = []
    batches = {n: make_batch(n, sizes) for n in range(3)}
    engine = make_engine(f'sqlite:///{database}')
    try:
        with Session(engine) as session:
            agency_id = session.execute(text('SELECT id FROM agency WHERE code = :c'), {'c': AGENCY}).scalar_one()
            session.rollback()
            for batch in batches.values():
                sync_records(session, client_id=client_id, agency_id=agency_id, idempotency_key=batch.key,
                             digest=request_digest(batch.body), records=json.loads(batch.body)['records'])
    finally:
        engine.dispose()
    clean = inspect(database, batches, client_id)
    assert (clean.applied, clean.lost, clean.duplicated, clean.half, clean.wrong, clean.log_disagrees,
            clean.rollup_mismatches, clean.integrity) == ({0, 1, 2}, 0, 0, set(), 0, 0, 0, 'ok')
    connection = sqlite3.connect(database)
    with connection:
        connection.execute('DELETE FROM handling_record WHERE record_code = ?', (batches[1].codes[0],))
        connection.execute("UPDATE daily_counter SET value = value + 1 WHERE metric = 'records_all' "
                           "AND id = (SELECT min(id) FROM daily_counter WHERE metric = 'records_all')")
    connection.close()
    broken = inspect(database, batches, client_id)
    assert broken.lost == 1 and 1 in broken.half and broken.rollup_mismatches >= 1
