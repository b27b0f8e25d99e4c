"""Records sync under real concurrency: two agency-system workers push at the same moment, each
in its own thread with its own Session on the same engine."""
from __future__ import annotations

import json
from collections import Counter

from sqlalchemy import func, select
from sqlmodel import Session

from domain.records import record_counters, request_digest, sync_records
from domain.stats import counter_total
from models.agencies import Agency
from models.audit import AuditEvent
from models.records import HandlingRecord, SyncBatch
from models.stats import DailyCounter
from tests.factories import run_together

CLIENT = 'system-ubnd-01-test'


def national(code: str, *, day: int, status: int = 4, updated: str = '20200120000000', **extra) -> dict:
    record = {'MaHoSo': code, 'MaTTHC': '1.000001', 'SoGiayToChuHoSo': '001090012345', 'KenhThucHien': 1 + day % 3,
              'NgayTiepNhan': f'202001{day:02d}083000', 'NgayHenTra': '20200115170000', 'TrangThaiHoSo': status,
              'NgayCapNhat': updated}
    record.update(extra)
    return record


def together(engine, *jobs):
    """Each job(session) in its own thread, released at once; the first error is raised."""
    results = run_together(engine, jobs)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results


def pusher(agency_id: int, records: list, key: str):
    digest = request_digest(json.dumps({'records': records}).encode())

    def job(session):
        return sync_records(session, client_id=CLIENT, agency_id=agency_id, records=records, idempotency_key=key,
                            digest=digest)
    return job


def ubnd01(engine) -> int:
    with Session(engine) as session:
        return session.execute(select(Agency.id).where(Agency.code == 'UBND-01')).scalar_one()


def record_rollups(session) -> dict:
    rows = session.execute(select(DailyCounter.metric, DailyCounter.day, DailyCounter.dim1, DailyCounter.dim2,
                                  DailyCounter.value).where(DailyCounter.metric.like('records%'))).all()
    return {tuple(r[:4]): r[4] for r in rows if r[4] and not r[0].endswith('/m')}


def test_the_same_batch_sent_twice_at_once_applies_once(engine):
    agency_id = ubnd01(engine)
    batch = [national(f'HS-{i:03d}', day=10 + i % 5, status=9 if i % 2 else 4,
                      **({'NgayKetThucXuLy': '20200114083000'} if i % 2 else {})) for i in range(200)]
    for round_ in range(3):
        key = f'same-{round_}'
        first, second = together(engine, pusher(agency_id, batch, key), pusher(agency_id, batch, key))
        assert sorted([first.replayed, second.replayed]) == [False, True]
        assert first.body == second.body and first.batch_id == second.batch_id
        applied = first if not first.replayed else second
        assert applied.body['created' if round_ == 0 else 'updated'] == 200
    with Session(engine) as session:
        assert session.execute(select(func.count()).select_from(HandlingRecord)).scalar_one() == 200
        assert session.execute(select(func.count()).select_from(SyncBatch)).scalar_one() == 3
        assert session.execute(select(func.count()).select_from(AuditEvent)
                               .where(AuditEvent.action == 'records.synced')).scalar_one() == 3
        assert counter_total(session, 'records_all') == 200 and counter_total(session, 'records_synced') == 200
        assert counter_total(session, 'records_finished') == 100


def test_overlapping_batches_under_different_keys_leave_one_row_per_record(engine):
    agency_id = ubnd01(engine)
    for round_ in range(3):
        # A: HS-000..149 still processing; B: HS-100..249 finished, a newer version of the overlap
        a = [national(f'R{round_}-{i:03d}', day=10 + i % 5) for i in range(150)]
        b = [national(f'R{round_}-{i:03d}', day=10 + i % 5, status=10, updated='20200121000000',
                      NgayKetThucXuLy=f'202001{14 + i % 3:02d}083000', NgayTra=f'202001{14 + i % 3:02d}090000')
             for i in range(100, 250)]
        first, second = together(engine, pusher(agency_id, a, f'a-{round_}'), pusher(agency_id, b, f'b-{round_}'))
        assert not first.replayed and not second.replayed
        assert first.body['rejected'] == second.body['rejected'] == 0
        # whichever went first, the overlap ends as B's newer version, created once
        assert first.body['created'] + second.body['created'] == 250
        # either A went first and B updated the 50 shared records, or B went first and A's were stale
        assert first.body['updated'] == 0 and second.body['stale'] == 0
        assert first.body['stale'] + second.body['updated'] == 50
    with Session(engine) as session:
        rows = session.execute(select(HandlingRecord)).scalars().all()
        assert len(rows) == len({r.record_code for r in rows}) == 750
        assert session.execute(select(func.count(func.distinct(HandlingRecord.record_code)))).scalar_one() == 750
        by_code = {r.record_code: r for r in rows}
        for round_ in range(3):
            assert all(by_code[f'R{round_}-{i:03d}'].status == (10 if i >= 100 else 4) for i in range(250))
        assert counter_total(session, 'records_all') == 750 and counter_total(session, 'records_synced') == 750
        assert counter_total(session, 'records_all/m') == 750
        assert counter_total(session, 'records_finished') == sum(r.finished_at is not None for r in rows) == 450
        implied = Counter()
        implied.update(record_counters('UBND-01', [{c: getattr(r, c) for c in (
            'received_at', 'channel', 'finished_at', 'appointment_at', 'returned_at')} for r in rows]))
        assert record_rollups(session) == {k: v for k, v in implied.items() if v}
