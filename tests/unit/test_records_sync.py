"""Records sync: national field names, Vietnam time, per-record errors, idempotent batches,
out-of-order updates, rollups that move by the transition only, and nothing half-applied."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select

from core import db
from core.errors import NotFound, TooLarge, ValidationFailed
from domain import records as sync
from domain.records import (
    MAX_BATCH, agency_record, agency_records, batch_log, citizen_records, clean_record, parse_record_time,
    request_digest, sync_records)
from domain.stats import counter_total
from models.agencies import Agency
from models.audit import AuditEvent
from models.records import HandlingRecord, SyncBatch
from models.stats import DailyCounter
from tests.factories import load_test_procedures

CLIENT = 'system-ubnd-01-test'
ID_A = '001090012345'
ID_B = '079192034567'


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


def national(code: str, *, received: str = '20200110083000', channel=2, status=4, **extra) -> dict:
    """A record as a one-stop-shop system sends it, with the national contract's field names."""
    record = {'MaHoSo': code, 'MaTTHC': '1.000001', 'ChuHoSo': 'Nguyễn Văn An', 'SoGiayToChuHoSo': ID_A,
              'KenhThucHien': channel, 'NgayTiepNhan': received, 'NgayHenTra': '20200115170000',
              'TrangThaiHoSo': status, 'DonViXuLy': 'Bộ phận Một cửa'}
    record.update(extra)
    return {k: v for k, v in record.items() if v is not None}


def agency_id(session, code: str = 'UBND-01') -> int:
    return session.execute(select(Agency.id).where(Agency.code == code)).scalar_one()


def push(session, records: list, key: str, *, agency: str = 'UBND-01', client: str = CLIENT, digest: str | None = None):
    body = json.dumps({'records': records}, ensure_ascii=False).encode()
    return sync_records(session, client_id=client, agency_id=agency_id(session, agency), records=records,
                        idempotency_key=key, digest=digest or request_digest(body))


def stored(session, code: str, agency: str = 'UBND-01') -> HandlingRecord:
    session.expire_all()
    return agency_record(session, agency_id=agency_id(session, agency), record_code=code)


def count(session, model) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def counters(session) -> dict[tuple, int]:
    """Every record rollup row (day and month grain), zeros left out."""
    rows = session.execute(select(DailyCounter.metric, DailyCounter.day, DailyCounter.dim1, DailyCounter.dim2,
                                  DailyCounter.value).where(DailyCounter.metric.like('records%'))).all()
    return {tuple(row[:4]): row[4] for row in rows if row[4]}


def finished(session, dim2: str, agency: str = 'UBND-01') -> int:
    return session.execute(select(func.coalesce(func.sum(DailyCounter.value), 0))
                           .where(DailyCounter.metric == 'records_finished', DailyCounter.dim1 == agency,
                                  DailyCounter.dim2 == dim2)).scalar_one()


# ---------------------------------------------------------------- field names and times

def test_national_field_names_and_our_own_names_are_both_accepted(session):
    load_test_procedures(session)
    ours = {'record_code': 'HS-OURS', 'procedure_code': '1.000001', 'applicant_name': 'Nguyễn Văn An',
            'applicant_id_number': ID_A, 'channel': 2, 'received_at': '20200110083000',
            'appointment_at': '20200115170000', 'status': 9, 'finished_at': '20200114100000',
            'handling_unit': 'Bộ phận Một cửa', 'agency': 'UBND-01', 'updated_at': '20200114100000'}
    theirs = national('HS-NATIONAL', status=9, NgayKetThucXuLy='20200114100000', MaCoQuan='UBND-01',
                      NgayCapNhat='20200114100000')
    other_aliases = {'MaHoSo': 'HS-ALIASES', 'MaTTHC': '1.000001', 'TenNguoiNop': 'Nguyễn Văn An', 'SoCCCD': ID_A,
                     'KenhThucHien': '2', 'NgayTiepNhan': '20200110083000', 'NgayHenTra': '20200115170000',
                     'TrangThaiHoSo': '9', 'NgayKetThucXuLy': '20200114100000', 'MaDonVi': 'UBND-01',
                     'DonViXuLy': 'Bộ phận Một cửa'}
    result = push(session, [ours, theirs, other_aliases], 'names-1')
    assert result.body['accepted'] == 3 and result.body['created'] == 3 and result.body['errors'] == []
    columns = ('procedure_code', 'applicant_name', 'applicant_id_number', 'channel', 'received_at', 'appointment_at',
               'status', 'finished_at', 'returned_at', 'handling_unit')
    rows = {code: stored(session, code) for code in ('HS-OURS', 'HS-NATIONAL', 'HS-ALIASES')}
    expected = {'procedure_code': '1.000001', 'applicant_name': 'Nguyễn Văn An', 'applicant_id_number': ID_A,
                'channel': 2, 'received_at': utc(2020, 1, 10, 1, 30), 'appointment_at': utc(2020, 1, 15, 10, 0),
                'status': 9, 'finished_at': utc(2020, 1, 14, 3, 0), 'returned_at': None,
                'handling_unit': 'Bộ phận Một cửa'}
    for code, row in rows.items():
        assert {c: getattr(row, c) for c in columns} == expected, code
    assert rows['HS-OURS'].source_updated_at == utc(2020, 1, 14, 3, 0)


def test_national_times_are_vietnam_time():
    # yyyyMMddHHmmss is local time in Hà Nội (UTC+7, no daylight saving)
    assert parse_record_time('20200110083000') == utc(2020, 1, 10, 1, 30)
    assert parse_record_time('20200101050000') == utc(2019, 12, 31, 22, 0)  # the day before, in UTC
    assert parse_record_time('2020-01-10T08:30:00') == utc(2020, 1, 10, 1, 30)  # ISO without zone: local too
    assert parse_record_time('2020-01-10T01:30:00Z') == utc(2020, 1, 10, 1, 30)
    assert parse_record_time('2020-01-10T10:30:00+09:00') == utc(2020, 1, 10, 1, 30)
    for bad in ('20201310083000', '20200230083000', '2020011008300', 'yesterday', '', 20200110083000, None):
        with pytest.raises((ValueError, TypeError)):
            parse_record_time(bad)


def test_a_record_is_counted_on_its_vietnamese_day(session):
    # 06:30 on 10 January in Hà Nội is still 9 January in UTC: the dashboards count it on the 10th
    push(session, [national('HS-EARLY', received='20200110063000')], 'day-1')
    assert stored(session, 'HS-EARLY').received_at == utc(2020, 1, 9, 23, 30)
    assert counter_total(session, 'records_all', since=date(2020, 1, 10), until=date(2020, 1, 10)) == 1
    assert counter_total(session, 'records_all', since=date(2020, 1, 9), until=date(2020, 1, 9)) == 0
    assert counters(session)[('records_synced', date(2020, 1, 10), 'UBND-01', '2')] == 1


def test_clean_record_names_the_field_as_the_sender_did():
    latest = utc(2030, 1, 1)
    row, errors = clean_record({'record_code': 'X', 'channel': 9, 'received_at': '20200110083000', 'status': 1},
                               agency_code='UBND-01', latest=latest)
    assert row is None and errors == [('channel', 'invalid_channel')]
    row, errors = clean_record({'MaHoSo': 'X', 'KenhThucHien': 9, 'NgayTiepNhan': '20200110083000',
                                'TrangThaiHoSo': 1}, agency_code='UBND-01', latest=latest)
    assert row is None and errors == [('KenhThucHien', 'invalid_channel')]
    row, errors = clean_record(national('X'), agency_code='UBND-01', latest=latest)
    assert errors == [] and row['record_code'] == 'X' and row['received_at'] == utc(2020, 1, 10, 1, 30)


# ---------------------------------------------------------------- invalid records

def test_a_blank_record_code_counts_as_missing(session):
    result = push(session, [national('   '), national('HS-1')], 'blank-1')
    assert [(e['index'], e['field'], e['code']) for e in result.body['errors']] == [(0, 'MaHoSo', 'required')]
    assert [r.record_code for r in agency_records(session, agency_id=agency_id(session))] == ['HS-1']


def test_channel_and_status_take_ascii_digits_only():
    latest = utc(2030, 1, 1)
    _row, errors = clean_record(national('X', channel='\u00b2'), agency_code='UBND-01', latest=latest)  # superscript two
    assert errors == [('KenhThucHien', 'invalid_channel')]
    _row, errors = clean_record(national('X', status='\u00b3'), agency_code='UBND-01', latest=latest)
    assert errors == [('TrangThaiHoSo', 'invalid_status')]


def test_an_id_number_in_full_width_digits_is_refused():
    latest = utc(2030, 1, 1)
    # full-width digits would be stored as they are, and the citizen's lookup by ID number would never find them
    full_width = ''.join(chr(0xFF10 + int(d)) for d in ID_A)
    _row, errors = clean_record(national('X', SoGiayToChuHoSo=full_width), agency_code='UBND-01', latest=latest)
    assert errors == [('SoGiayToChuHoSo', 'invalid_id_number')]



def test_valid_records_are_stored_and_each_invalid_one_is_reported(session):
    batch = [
        national('HS-OK-1'),                                                        # 0
        {k: v for k, v in national('HS-NO-CODE').items() if k != 'MaHoSo'},         # 1
        {'MaTTHC': '1.000001'},                                                     # 2: every required field missing
        national('HS-BAD-STATUS', status=11),                                       # 3
        national('HS-BAD-STATUS-2', status='xong'),                                 # 4
        national('HS-BAD-CHANNEL', channel=4),                                      # 5
        national('HS-BAD-DATE', received='20201310083000'),                         # 6
        national('HS-BAD-DUE', NgayHenTra='mai'),                                   # 7
        national('HS-EARLY-END', status=9, NgayKetThucXuLy='20200109083000'),       # 8
        national('HS-NO-RETURN', status=10, NgayKetThucXuLy='20200114083000'),      # 9
        national('HS-OTHER', MaCoQuan='UBND-79'),                                   # 10
        national('HS-OK-1', status=9, NgayKetThucXuLy='20200114083000'),            # 11: code repeated
        'HS-JUST-A-STRING',                                                         # 12
        42,                                                                         # 13
        None,                                                                       # 14
        [national('HS-IN-A-LIST')],                                                 # 15
        national('HS-FUTURE', received='20990101000000'),                           # 16
        national('HS-BAD-ID', SoGiayToChuHoSo='12345'),                             # 17
        national('HS-OK-2', channel=1, status=10, NgayKetThucXuLy='20200114083000',
                 NgayTra='20200114090000'),                                          # 18
        {'record_code': 'HS-OURS-BAD', 'channel': 0, 'received_at': '20200110083000', 'status': 1},  # 19
        national('HS-OTHER-2', MaDonVi='BTP'),                                      # 20
        national('HS-BOOL', status=True),                                           # 21
    ]
    result = push(session, batch, 'mixed-1')
    body = result.body
    assert not result.replayed
    assert sorted((e['index'], e['field'], e['code']) for e in body['errors']) == sorted([
        (1, 'MaHoSo', 'required'),
        (2, 'MaHoSo', 'required'), (2, 'KenhThucHien', 'required'), (2, 'NgayTiepNhan', 'required'),
        (2, 'TrangThaiHoSo', 'required'),
        (3, 'TrangThaiHoSo', 'invalid_status'),
        (4, 'TrangThaiHoSo', 'invalid_status'),
        (5, 'KenhThucHien', 'invalid_channel'),
        (6, 'NgayTiepNhan', 'invalid_datetime'),
        (7, 'NgayHenTra', 'invalid_datetime'),
        (8, 'NgayKetThucXuLy', 'before_received'),
        (9, 'NgayTra', 'required_for_status'),
        (10, 'MaCoQuan', 'not_your_agency'),
        (11, 'MaHoSo', 'duplicate_in_batch'),
        (12, '', 'not_an_object'), (13, '', 'not_an_object'), (14, '', 'not_an_object'), (15, '', 'not_an_object'),
        (16, 'NgayTiepNhan', 'in_future'),
        (17, 'SoGiayToChuHoSo', 'invalid_id_number'),
        (19, 'channel', 'invalid_channel'),
        (20, 'MaDonVi', 'not_your_agency'),
        (21, 'TrangThaiHoSo', 'invalid_status'),
    ])
    assert (body['received'], body['accepted'], body['rejected'], body['created'], body['updated'],
            body['stale']) == (22, 2, 20, 2, 0, 0)
    codes = {r.record_code for r in agency_records(session, agency_id=agency_id(session))}
    assert codes == {'HS-OK-1', 'HS-OK-2'}
    assert count(session, HandlingRecord) == 2
    assert stored(session, 'HS-OK-1').status == 4  # the first of the repeated code is the one kept
    assert counter_total(session, 'records_all') == 2
    assert finished(session, 'on_time') == 1


def test_a_batch_of_only_invalid_records_is_still_logged(session):
    result = push(session, [{'MaHoSo': 'X'}, 7], 'all-bad')
    assert (result.body['accepted'], result.body['rejected'], result.body['created']) == (0, 2, 0)
    assert count(session, HandlingRecord) == 0 and counters(session) == {}
    batch = session.get(SyncBatch, result.batch_id)
    assert (batch.received, batch.accepted, batch.rejected) == (2, 0, 2)


# ---------------------------------------------------------------- idempotency

def test_a_retry_with_the_same_key_returns_the_stored_result_and_changes_nothing(session):
    batch = [national('HS-1'), national('HS-2', status=9, NgayKetThucXuLy='20200114083000'), {'MaHoSo': 'HS-BAD'}]
    first = push(session, batch, 'retry-1')
    assert not first.replayed and first.body['created'] == 2 and first.body['rejected'] == 1
    before = (count(session, HandlingRecord), count(session, SyncBatch), count(session, AuditEvent), counters(session))
    again = push(session, batch, 'retry-1')
    assert again.replayed and again.batch_id == first.batch_id and again.body == first.body
    session.expire_all()
    after = (count(session, HandlingRecord), count(session, SyncBatch), count(session, AuditEvent), counters(session))
    assert after == before
    assert counter_total(session, 'records_all') == 2


def test_the_same_key_with_another_body_is_refused(session):
    push(session, [national('HS-1')], 'reused-1')
    before = (count(session, HandlingRecord), count(session, SyncBatch), counters(session))
    with pytest.raises(ValidationFailed) as refused:
        push(session, [national('HS-1', status=9, NgayKetThucXuLy='20200114083000'), national('HS-9')], 'reused-1')
    assert refused.value.code == 'idempotency_key_reused'
    session.rollback()
    assert (count(session, HandlingRecord), count(session, SyncBatch), counters(session)) == before
    assert stored(session, 'HS-1').status == 4


def test_idempotency_keys_belong_to_one_client(session):
    first = push(session, [national('HS-1')], 'shared-key')
    other = push(session, [national('HS-2')], 'shared-key', client='system-ubnd-01-second')
    assert not other.replayed and other.batch_id != first.batch_id and count(session, HandlingRecord) == 2


def test_an_empty_or_overlong_idempotency_key_is_refused(session):
    for key in ('', 'k' * 129):
        with pytest.raises(ValidationFailed) as refused:
            push(session, [national('HS-1')], key)
        assert refused.value.code == 'idempotency_key_invalid'
    session.rollback()
    assert count(session, HandlingRecord) == 0 and count(session, SyncBatch) == 0


# ---------------------------------------------------------------- updates and rollups

def test_an_older_version_arriving_late_never_overwrites_a_newer_one(session):
    newer = national('HS-1', status=9, NgayKetThucXuLy='20200114083000', NgayCapNhat='20200114083000')
    older = national('HS-1', status=4, DonViXuLy='Phòng Tư pháp', NgayCapNhat='20200111083000')
    first = push(session, [newer], 'v2')
    assert first.body['created'] == 1
    snapshot = counters(session)
    late = push(session, [older], 'v1')
    assert (late.body['accepted'], late.body['created'], late.body['updated'], late.body['stale']) == (1, 0, 0, 1)
    row = stored(session, 'HS-1')
    assert (row.status, row.finished_at, row.handling_unit) == (9, utc(2020, 1, 14, 1, 30), 'Bộ phận Một cửa')
    assert row.source_updated_at == utc(2020, 1, 14, 1, 30) and row.batch_id == first.batch_id
    assert counters(session) == snapshot
    # a version at least as new is applied
    newest = national('HS-1', status=10, NgayKetThucXuLy='20200114083000', NgayTra='20200115083000',
                      NgayCapNhat='20200115083000')
    assert push(session, [newest], 'v3').body['updated'] == 1
    assert stored(session, 'HS-1').status == 10


def test_an_update_moves_the_counters_by_the_transition_only(session):
    push(session, [national('HS-1', NgayCapNhat='20200110083000')], 'step-1')
    assert counter_total(session, 'records_synced') == 1 and counter_total(session, 'records_all') == 1
    assert counter_total(session, 'records_finished') == 0

    done = national('HS-1', status=10, NgayKetThucXuLy='20200114083000', NgayTra='20200114090000',
                    NgayCapNhat='20200114090000')
    result = push(session, [done], 'step-2')
    assert (result.body['created'], result.body['updated']) == (0, 1)
    assert counter_total(session, 'records_synced') == 1 and counter_total(session, 'records_all') == 1
    assert counter_total(session, 'records_synced/m') == 1 and counter_total(session, 'records_all/m') == 1
    assert finished(session, 'on_time') == 1 and finished(session, 'late') == 0
    assert counter_total(session, 'records_returned_online') == 1  # channel 2, result returned
    snapshot = counters(session)

    push(session, [done], 'step-3')  # the same version again, under a new key: nothing moves
    assert counters(session) == snapshot
    assert count(session, HandlingRecord) == 1

    # the agency corrects the finish date past the appointment: on time -> late, same totals
    late = national('HS-1', status=10, NgayKetThucXuLy='20200116083000', NgayTra='20200116090000',
                    NgayCapNhat='20200116090000')
    push(session, [late], 'step-4')
    assert finished(session, 'on_time') == 0 and finished(session, 'late') == 1
    assert counter_total(session, 'records_finished') == 1 and counter_total(session, 'records_all') == 1
    # and corrects the channel: the per-channel rows move, the totals do not
    push(session, [dict(late, KenhThucHien=1, NgayCapNhat='20200117090000')], 'step-5')
    rows = counters(session)
    assert rows.get(('records_synced', date(2020, 1, 10), 'UBND-01', '2')) is None
    assert rows[('records_synced', date(2020, 1, 10), 'UBND-01', '1')] == 1
    assert counter_total(session, 'records_returned_online') == 0
    assert counter_total(session, 'records_all') == 1 and counter_total(session, 'records_synced') == 1


def test_counters_equal_what_the_stored_records_imply(session):
    batches = [
        [national(f'HS-{i}', received=f'202001{10 + i % 5:02d}083000', channel=1 + i % 3, status=4,
                  NgayCapNhat='20200120000000') for i in range(12)],
        [national(f'HS-{i}', received=f'202001{10 + i % 5:02d}083000', channel=1 + i % 3, status=10,
                  NgayKetThucXuLy=f'202001{14 + i % 4:02d}083000', NgayTra=f'202001{14 + i % 4:02d}093000',
                  NgayCapNhat='20200121000000') for i in range(6, 18)],
    ]
    for n, batch in enumerate(batches):
        push(session, batch, f'imply-{n}')
    rows = [{c: getattr(r, c) for c in ('received_at', 'channel', 'finished_at', 'appointment_at', 'returned_at')}
            for r in agency_records(session, agency_id=agency_id(session))]
    assert len(rows) == 18
    day_rows = {k: v for k, v in counters(session).items() if not k[0].endswith('/m')}
    assert day_rows == {k: v for k, v in sync.record_counters('UBND-01', rows).items() if v}
    assert counter_total(session, 'records_all') == 18
    assert finished(session, 'on_time') + finished(session, 'late') == 12


# ---------------------------------------------------------------- limits and atomicity

def test_a_batch_over_the_limit_is_refused_whole(session):
    too_many = [national(f'HS-{i}') for i in range(MAX_BATCH + 1)]
    with pytest.raises(TooLarge) as refused:
        push(session, too_many, 'big-1')
    assert refused.value.code == 'batch_too_large'
    session.rollback()
    assert count(session, HandlingRecord) == 0 and count(session, SyncBatch) == 0 and counters(session) == {}
    result = push(session, too_many[:MAX_BATCH], 'big-2')  # exactly the limit is fine
    assert result.body['created'] == MAX_BATCH and counter_total(session, 'records_all') == MAX_BATCH


def test_a_failure_mid_batch_leaves_nothing(engine, monkeypatch):
    calls = []

    def broken(session, counts):
        calls.append(len(counts))
        raise RuntimeError('disk full')
    with db.session_scope() as session:
        push(session, [national('HS-OLD')], 'before')
        before = (count(session, HandlingRecord), count(session, SyncBatch), count(session, AuditEvent),
                  counters(session))
    monkeypatch.setattr(sync, 'apply_counters', broken)
    with pytest.raises(RuntimeError):
        with db.session_scope() as session:  # as the API does: the session is rolled back on the way out
            push(session, [national('HS-NEW-1'), national('HS-NEW-2')], 'broken-new')
    with pytest.raises(RuntimeError):
        with db.session_scope() as session:  # an update of an existing record
            push(session, [national('HS-OLD', status=9, NgayKetThucXuLy='20200114083000',
                                    NgayCapNhat='20200114083000')], 'broken-update')
    assert len(calls) == 2  # the records had been written when the counters failed
    with db.session_scope() as session:
        after = (count(session, HandlingRecord), count(session, SyncBatch), count(session, AuditEvent),
                 counters(session))
        assert after == before
        assert session.execute(select(HandlingRecord.record_code)).scalars().all() == ['HS-OLD']
        assert stored(session, 'HS-OLD').status == 4
    monkeypatch.undo()
    with db.session_scope() as session:  # the failed key was not used up: the retry applies
        retry = push(session, [national('HS-NEW-1'), national('HS-NEW-2')], 'broken-new')
        assert not retry.replayed and retry.body['created'] == 2
        assert counter_total(session, 'records_all') == 3


# ---------------------------------------------------------------- logging and reading back

def test_every_batch_is_logged_with_its_counts_and_audited(session):
    first = push(session, [national('HS-1'), national('HS-2'), {'MaHoSo': 'HS-BAD'}], 'log-1')
    second = push(session, [national('HS-1', status=9, NgayKetThucXuLy='20200114083000',
                                     NgayCapNhat='20200114083000')], 'log-2')
    digest = request_digest(json.dumps({'records': [national('HS-1'), national('HS-2'), {'MaHoSo': 'HS-BAD'}]},
                                       ensure_ascii=False).encode())
    batch = session.get(SyncBatch, first.batch_id)
    assert (batch.client_id, batch.agency_id, batch.idempotency_key, batch.request_hash) == (
        CLIENT, agency_id(session), 'log-1', digest)
    assert (batch.received, batch.accepted, batch.rejected) == (3, 2, 1) and batch.result == first.body
    assert [b.id for b in batch_log(session, agency_id=agency_id(session))] == [second.batch_id, first.batch_id]
    assert batch_log(session, agency_id=agency_id(session, 'UBND-79')) == []
    events = session.execute(select(AuditEvent).where(AuditEvent.action == 'records.synced')
                             .order_by(AuditEvent.id)).scalars().all()
    assert [(e.entity, e.entity_id) for e in events] == [('sync_batch', str(first.batch_id)),
                                                         ('sync_batch', str(second.batch_id))]
    assert {k: events[0].detail[k] for k in ('client_id', 'agency', 'received', 'accepted', 'rejected', 'created')} \
        == {'client_id': CLIENT, 'agency': 'UBND-01', 'received': 3, 'accepted': 2, 'rejected': 1, 'created': 2}
    assert events[1].detail['updated'] == 1
    assert ID_A not in json.dumps(events[0].detail)  # no ID numbers in the audit trail
    rows = agency_records(session, agency_id=agency_id(session))
    assert {r.record_code: r.batch_id for r in rows} == {'HS-1': second.batch_id, 'HS-2': first.batch_id}


def test_citizen_records_are_only_that_id_numbers(session):
    load_test_procedures(session)
    push(session, [national('HS-A1', received='20200110083000'), national('HS-B1', SoGiayToChuHoSo=ID_B),
                   national('HS-NONE', SoGiayToChuHoSo=None)], 'cit-1')
    push(session, [national('HS-A2', received='20200111083000', MaTTHC='9.999999')], 'cit-2', agency='UBND-79',
         client='system-ubnd-79-test')
    mine = citizen_records(session, id_number=ID_A)
    assert [r['record'].record_code for r in mine] == ['HS-A2', 'HS-A1']  # newest first, across agencies
    assert all(r['record'].applicant_id_number == ID_A for r in mine)
    assert mine[1]['agency'] == session.execute(select(Agency.name).where(Agency.code == 'UBND-01')).scalar_one()
    assert mine[1]['procedure'] == 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp'
    assert mine[0]['procedure'] is None  # a code the catalogue does not know
    assert [r['record'].record_code for r in citizen_records(session, id_number=ID_B)] == ['HS-B1']
    assert citizen_records(session, id_number='001099999999') == []
    assert citizen_records(session, id_number=ID_A[:-1]) == []


def test_an_agency_reads_back_only_its_own_records_by_keyset_pages(session):
    push(session, [national(f'HS-{i:02d}') for i in range(7)], 'own-1')
    push(session, [national('HS-00'), national('HS-X')], 'own-2', agency='UBND-79', client='system-ubnd-79-test')
    mine = agency_id(session)
    seen, after = [], 0
    while page := agency_records(session, agency_id=mine, after_id=after, limit=3):
        assert len(page) <= 3
        seen += page
        after = page[-1].id
    assert [r.record_code for r in seen] == [f'HS-{i:02d}' for i in range(7)]
    assert all(r.agency_id == mine for r in seen)
    assert agency_record(session, agency_id=agency_id(session, 'UBND-79'), record_code='HS-X').record_code == 'HS-X'
    with pytest.raises(NotFound) as missing:
        agency_record(session, agency_id=mine, record_code='HS-X')
    assert missing.value.code == 'record_not_found'
