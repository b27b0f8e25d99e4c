"""Handling records from agency systems: batch sync with idempotency, and the rollups they move.

One write path (`sync_records`): a batch is one transaction that takes the agency's lock,
stores the batch (its idempotency key is unique), upserts the valid records, moves the
dashboard counters by what changed, and commits once. Nothing is half-applied.
"""
from __future__ import annotations

import hashlib

import orjson
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from core import events
from core.clock import VN_TZ, as_utc, now_utc, to_local
from core.errors import NotFound, TooLarge, ValidationFailed
from domain.audit import record_event
from domain.stats import bump_counters
from models.agencies import Agency
from models.catalog import Procedure
from models.records import HandlingRecord, SyncBatch

MAX_BATCH = 5000
RECORD_STATUSES = range(1, 11)  # the national dossier status codes
_TABLE = HandlingRecord.__table__
_VN_OFFSET = timedelta(hours=7)  # Vietnam keeps no daylight saving time
_LOCK_NAMESPACE = 7_300_000_000  # PostgreSQL advisory lock keys for record sync: namespace + agency id


# ---------------------------------------------------------------- counters

_TIME_FIELDS = ('received_at', 'appointment_at', 'finished_at', 'returned_at', 'source_updated_at')


def _as_datetime(value: datetime | str | None) -> datetime | None:
    """Record times travel as UTC text between the checking worker and the writer (text crosses
    a process boundary several times cheaper than datetimes); this turns them back."""
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    return value


def _local_day(value: datetime | str) -> date:
    if isinstance(value, str):
        value = _as_datetime(value)
    if value.tzinfo is timezone.utc:  # Vietnam keeps one offset all year: no zone lookup per record
        return (value + _VN_OFFSET).date()
    return to_local(value).date()


def record_counters(agency_code: str, rows: Iterable[dict]) -> Counter:
    """The rollup a set of records amounts to: received per channel, finished on time or late,
    results returned online."""
    counts: Counter = Counter()
    for row in rows:
        received = _local_day(row['received_at'])
        counts[('records_synced', received, agency_code, str(row['channel']))] += 1
        counts[('records_all', received, '', '')] += 1  # the national daily series, without agency rows
        finished: datetime | None = row.get('finished_at')
        if finished is not None:
            due = row.get('appointment_at')
            on_time = due is None or as_utc(_as_datetime(finished)) <= as_utc(_as_datetime(due))
            counts[('records_finished', _local_day(finished), agency_code, 'on_time' if on_time else 'late')] += 1
        if row.get('returned_at') is not None and row['channel'] == 2:
            counts[('records_returned_online', _local_day(row['returned_at']), agency_code, '')] += 1
    return counts


def apply_counters(session: Session, counts: Counter) -> None:
    bump_counters(session, counts)


_COLUMNS = ('agency_id', 'record_code', 'procedure_code', 'applicant_name', 'applicant_id_number', 'channel',
            'received_at', 'appointment_at', 'status', 'finished_at', 'returned_at', 'handling_unit',
            'source_updated_at', 'batch_id', 'synced_at')
_SQLITE_INSERT = (f'INSERT INTO handling_record ({", ".join(_COLUMNS)}) '
                  f'VALUES ({", ".join("?" * len(_COLUMNS))})')


def _utc_text(value: datetime | None) -> str | None:
    """UTC as SQLAlchemy stores it in SQLite (UtcDateTime), formatted once instead of per bind."""
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is not timezone.utc:
        value = value.astimezone(timezone.utc)
    return value.isoformat(' ', 'microseconds')[:26]  # without the '+00:00'


def _sqlite_row(row: dict, agency_id: int, batch_id: int | None, synced: str) -> tuple:
    time, get = _utc_text, row.get
    return (agency_id, row['record_code'], get('procedure_code'), get('applicant_name'), get('applicant_id_number'),
            row['channel'], time(row['received_at']), time(get('appointment_at')), row['status'],
            time(get('finished_at')), time(get('returned_at')), get('handling_unit'), time(get('source_updated_at')),
            batch_id, synced)


def insert_new_records(session: Session, *, agency_id: int, agency_code: str, rows: list[dict],
                       batch_id: int | None = None, rollups: bool = True) -> int:
    """Insert records known to be new (bulk) and, unless the caller moves them itself, their
    rollups, in the caller's transaction."""
    if not rows:
        return 0
    connection = session.connection()
    if connection.dialect.name == 'sqlite':  # the driver directly: SQLAlchemy's per-value binding dominates
        synced_at = _utc_text(now_utc())
        connection.exec_driver_sql(_SQLITE_INSERT, [_sqlite_row(row, agency_id, batch_id, synced_at) for row in rows])
    else:
        synced = {'agency_id': agency_id, 'batch_id': batch_id, 'synced_at': now_utc()}
        connection.execute(insert(_TABLE), [synced | row | {f: _as_datetime(row.get(f)) for f in _TIME_FIELDS}
                                            for row in rows])
    if rollups:
        apply_counters(session, record_counters(agency_code, rows))
    return len(rows)


# ---------------------------------------------------------------- one record, as sent

# our field name -> the national one-stop-shop contract's names for it
ALIASES: dict[str, tuple[str, ...]] = {
    'record_code': ('MaHoSo',),
    'procedure_code': ('MaTTHC',),
    'agency': ('MaCoQuan', 'MaDonVi'),
    'applicant_name': ('ChuHoSo', 'TenNguoiNop'),
    'applicant_id_number': ('SoGiayToChuHoSo', 'SoCCCD', 'SoCMND'),
    'channel': ('KenhThucHien',),
    'received_at': ('NgayTiepNhan',),
    'appointment_at': ('NgayHenTra',),
    'status': ('TrangThaiHoSo',),
    'finished_at': ('NgayKetThucXuLy',),
    'returned_at': ('NgayTra',),
    'handling_unit': ('DonViXuLy',),
    'updated_at': ('NgayCapNhat',),
}
_TEXT_LIMITS = {'record_code': 64, 'procedure_code': 32, 'agency': 32, 'applicant_name': 200, 'handling_unit': 200}
_DATES = ('received_at', 'appointment_at', 'finished_at', 'returned_at', 'updated_at')
_REQUIRED = ('record_code', 'channel', 'received_at', 'status')
# record times a handling system can mean: the dashboards count them by their Vietnamese day,
# which the ends of Python's calendar (years 1 and 9999) cannot always give
EARLIEST_TIME = datetime(1900, 1, 1, tzinfo=timezone.utc)
LATEST_TIME = datetime(2200, 1, 1, tzinfo=timezone.utc)


def parse_record_time(value) -> datetime:
    """`yyyyMMddHHmmss` in Vietnam time (the national format), or ISO 8601 (local unless zoned);
    ValueError outside 1900-2199."""
    if not isinstance(value, str):
        raise ValueError
    if len(value) == 14 and value.isascii() and value.isdigit():
        local = datetime(int(value[:4]), int(value[4:6]), int(value[6:8]), int(value[8:10]), int(value[10:12]),
                         int(value[12:14]), tzinfo=timezone.utc)
        parsed = local - _VN_OFFSET
    else:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=VN_TZ)
        parsed = parsed.astimezone(timezone.utc)
    if not EARLIEST_TIME <= parsed < LATEST_TIME:
        raise ValueError('record time out of range')
    return parsed


def _pick(raw: dict, field: str):
    """The value and the name the sender used for it (errors name the sender's field)."""
    for name in _PLAN_NAMES[field]:
        if name in raw:
            return raw[name], name
    return None, _DEFAULT_NAME[field]


# each field with the names it may come under (ours first), checked in one pass per record
_PLAN_NAMES = {field: (field, *aliases) for field, aliases in ALIASES.items()}
_DEFAULT_NAME = {field: (aliases[0] if field != 'agency' else field) for field, aliases in ALIASES.items()}
_KINDS = {field: ('date' if field in _DATES else 'number' if field in ('channel', 'status')
                  else 'id' if field == 'applicant_id_number' else 'text') for field in ALIASES}
_RANGES = {'channel': range(1, 4), 'status': RECORD_STATUSES}
_PLAN = [(field, _PLAN_NAMES[field], _DEFAULT_NAME[field], _KINDS[field], field in _REQUIRED) for field in ALIASES]


def _clean_value(kind: str, field: str, value):
    """The stored value, or an error code."""
    if kind == 'date':
        try:
            return parse_record_time(value), None
        except (ValueError, TypeError, OverflowError):
            return None, 'invalid_datetime'
    if kind == 'number':
        number = value if type(value) is int else (
            int(value) if isinstance(value, str) and value.isascii() and value.isdigit() else -1)
        return (number, None) if number in _RANGES[field] else (None, f'invalid_{field}')
    if kind == 'id':
        digits = str(value).strip()
        ok = digits.isascii() and digits.isdigit() and len(digits) in (9, 12)
        return (digits, None) if ok else (None, 'invalid_id_number')
    if not isinstance(value, str | int) or isinstance(value, bool) or (isinstance(value, str) and '\x00' in value):
        return None, 'invalid_text'
    value = str(value).strip()
    return (value, None) if len(value) <= _TEXT_LIMITS[field] else (None, 'too_long')


def clean_record(raw, *, agency_code: str, latest: datetime) -> tuple[dict | None, list[tuple[str, str]]]:
    """A record ready to store, or the list of (field, reason) that is wrong with it."""
    if not isinstance(raw, dict):
        return None, [('', 'not_an_object')]
    row: dict = {}
    errors: list[tuple[str, str]] = []
    names: dict[str, str] = {}
    for field, candidates, default, kind, required in _PLAN:
        value, name = None, default
        for candidate in candidates:
            if candidate in raw:
                value, name = raw[candidate], candidate
                break
        names[field] = name
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                errors.append((name, 'required'))
            row[field] = None
            continue
        row[field], problem = _clean_value(kind, field, value)
        if problem:
            errors.append((name, problem))
    if errors:
        return None, errors
    if row['agency'] not in (None, agency_code):
        return None, [(names['agency'], 'not_your_agency')]
    received = row['received_at']
    for field in ('received_at', 'updated_at'):  # a sender's clock ahead would freeze the record
        if row[field] is not None and row[field] > latest:
            return None, [(names[field], 'in_future')]
    for field in ('appointment_at', 'finished_at', 'returned_at'):
        if row[field] is not None and row[field] < received:
            return None, [(names[field], 'before_received')]
    if row['status'] == 10 and row['returned_at'] is None:
        return None, [(names['returned_at'], 'required_for_status')]
    del row['agency']
    updated = row.pop('updated_at')
    row['source_updated_at'] = updated or max(d for d in (received, row['finished_at'], row['returned_at']) if d)
    return row, []


@dataclass(frozen=True)
class PreparedBatch:
    """A batch checked record by record, before any database work (picklable: it may be
    prepared in a worker process while another batch is being written)."""
    received: int
    rows: list[dict]  # valid records, one per code; times as UTC text 'YYYY-MM-DD HH:MM:SS.ffffff'
    errors: list[dict]  # {index, field, code}
    counts: Counter  # the rollup of all valid rows, as if every one were new


@dataclass(frozen=True)
class BatchRefused:
    """Why a whole request was refused (returned, not raised: it crosses process boundaries)."""
    code: str
    too_large: bool = False

    def error(self) -> ValidationFailed | TooLarge:
        return TooLarge(self.code, max=MAX_BATCH) if self.too_large else ValidationFailed(self.code)


def prepare_body(body: bytes, *, agency_code: str) -> PreparedBatch | BatchRefused:
    """A request body (JSON: {"records": [...]}, {"data": [...]} or the array itself), checked."""
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError:
        return BatchRefused('invalid_json')
    items = payload.get('records', payload.get('data')) if isinstance(payload, dict) else payload
    if not isinstance(items, list):
        return BatchRefused('batch_invalid')
    if len(items) > MAX_BATCH:
        return BatchRefused('batch_too_large', too_large=True)
    return prepare_batch(items, agency_code=agency_code)


def prepare_batch(records: list, *, agency_code: str, now: datetime | None = None) -> PreparedBatch:
    if len(records) > MAX_BATCH:
        raise TooLarge('batch_too_large', max=MAX_BATCH)
    latest = (now or now_utc()) + timedelta(days=1)
    valid: dict[str, dict] = {}
    errors: list[dict] = []
    for index, raw in enumerate(records):
        row, problems = clean_record(raw, agency_code=agency_code, latest=latest)
        if row is not None and row['record_code'] in valid:
            problems = [(_pick(raw, 'record_code')[1], 'duplicate_in_batch')]
        if problems:
            errors.extend({'index': index, 'field': field, 'code': code} for field, code in problems)
        else:
            for field in _TIME_FIELDS:
                row[field] = _utc_text(row[field])
            valid[row['record_code']] = row
    rows = list(valid.values())
    return PreparedBatch(received=len(records), rows=rows, errors=errors, counts=record_counters(agency_code, rows))


# ---------------------------------------------------------------- the batch

@dataclass(frozen=True)
class SyncResult:
    batch_id: int
    body: dict
    replayed: bool


def request_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _lock_agency(session: Session, agency_id: int) -> None:
    """Batches of one agency apply one at a time (PostgreSQL; SQLite has one writer anyway)."""
    if session.get_bind().dialect.name == 'postgresql':
        session.execute(text('SELECT pg_advisory_xact_lock(:key)'), {'key': _LOCK_NAMESPACE + agency_id})


def _stored(session: Session, *, client_id: str, idempotency_key: str, digest: str) -> SyncResult:
    batch = session.execute(select(SyncBatch).where(SyncBatch.client_id == client_id,
                                                    SyncBatch.idempotency_key == idempotency_key)).scalar_one()
    if batch.request_hash != digest:
        raise ValidationFailed('idempotency_key_reused', field='Idempotency-Key')
    return SyncResult(batch_id=batch.id, body=batch.result, replayed=True)


def sync_records(session: Session, *, client_id: str, agency_id: int, idempotency_key: str, digest: str,
                 records: list | None = None, prepared: PreparedBatch | None = None) -> SyncResult:
    """Store one batch from an agency system; a retry with the same key returns the stored result.

    Give the raw `records`, or a `prepared` batch (checked beforehand, e.g. in a worker process).
    `session` must not be inside a transaction yet: on SQLite the batch row is the first write,
    so it waits for the write lock instead of failing on a stale read snapshot.
    """
    if not idempotency_key or len(idempotency_key) > 128:
        raise ValidationFailed('idempotency_key_invalid', field='Idempotency-Key')
    now = now_utc()
    if prepared is None:
        agency_code = session.execute(select(Agency.code).where(Agency.id == agency_id)).scalar_one_or_none()
        session.rollback()  # end the read: the batch row below must be the transaction's first statement
        if agency_code is None:
            raise NotFound('agency_not_found')
        prepared = prepare_batch(records or [], agency_code=agency_code, now=now)
    _lock_agency(session, agency_id)
    batch = SyncBatch(client_id=client_id, agency_id=agency_id, idempotency_key=idempotency_key,
                      request_hash=digest, received=prepared.received, created_at=now)
    session.add(batch)
    try:
        session.flush()  # a concurrent duplicate waits here for the first to commit, then finds it
    except IntegrityError:
        session.rollback()
        return _stored(session, client_id=client_id, idempotency_key=idempotency_key, digest=digest)
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise NotFound('agency_not_found')
    created, updated, stale = _upsert(session, agency=agency, batch_id=batch.id, prepared=prepared)
    rejected = len({e['index'] for e in prepared.errors})
    accepted = len(prepared.rows)
    body = {'batch_id': batch.id, 'received': prepared.received, 'accepted': accepted, 'rejected': rejected,
            'created': created, 'updated': updated, 'stale': stale, 'errors': prepared.errors}
    batch.accepted, batch.rejected, batch.result = accepted, rejected, body
    record_event(session, action='records.synced', entity='sync_batch', entity_id=batch.id,
                 detail={'client_id': client_id, 'agency': agency.code, 'received': prepared.received,
                         'accepted': accepted, 'rejected': rejected, 'created': created, 'updated': updated})
    session.commit()
    if created or updated:
        events.publish('records')
    return SyncResult(batch_id=batch.id, body=body, replayed=False)


_COMPARED = ('channel', 'received_at', 'appointment_at', 'finished_at', 'returned_at')
_UPDATED = ('procedure_code', 'applicant_name', 'applicant_id_number', 'channel', 'received_at', 'appointment_at',
            'status', 'finished_at', 'returned_at', 'handling_unit', 'source_updated_at')


def _upsert(session: Session, *, agency: Agency, batch_id: int, prepared: PreparedBatch) -> tuple[int, int, int]:
    """Insert new records, update older versions, leave newer ones; counters move by the difference.

    The prepared rollup counts every row as new; rows already stored take back their share
    (stale ones entirely, updated ones the share of the version they replace)."""
    rows = prepared.rows
    existing: dict[str, dict] = {}
    codes = [r['record_code'] for r in rows]
    columns = [_TABLE.c.id, _TABLE.c.record_code, _TABLE.c.source_updated_at, *(_TABLE.c[c] for c in _COMPARED)]
    connection = session.connection()
    for start in range(0, len(codes), 900):  # SQLite binds at most 999 parameters per statement
        chunk = codes[start:start + 900]
        for found in connection.execute(select(*columns).where(_TABLE.c.agency_id == agency.id,
                                                               _TABLE.c.record_code.in_(chunk))).mappings():
            existing[found['record_code']] = dict(found)
    counts = Counter(prepared.counts)
    new_rows, changes, stale = [], [], 0
    for row in rows:
        before = existing.get(row['record_code'])
        if before is None:
            new_rows.append(row)
            continue
        if before['source_updated_at'] is not None and \
                as_utc(before['source_updated_at']) > _as_datetime(row['source_updated_at']):
            stale += 1  # an older update never overwrites a newer one
            counts.subtract(record_counters(agency.code, [row]))
            continue
        counts.subtract(record_counters(agency.code, [before]))
        changes.append({'_id': before['id'], 'batch_id': batch_id, 'synced_at': now_utc(),
                        **{c: _as_datetime(row[c]) if c in _TIME_FIELDS else row[c] for c in _UPDATED}})
    if new_rows:
        insert_new_records(session, agency_id=agency.id, agency_code=agency.code, rows=new_rows, batch_id=batch_id,
                           rollups=False)
    if changes:
        statement = update(_TABLE).where(_TABLE.c.id == bindparam('_id')).values(
            **{c: bindparam(c) for c in (*_UPDATED, 'batch_id', 'synced_at')})
        connection.execute(statement, changes)
    apply_counters(session, counts)
    return len(new_rows), len(changes), stale


# ---------------------------------------------------------------- reading records back

def agency_records(session: Session, *, agency_id: int, after_id: int = 0, limit: int = 500,
                   status: int | None = None, updated_since: datetime | None = None) -> list[HandlingRecord]:
    """An agency's own records, oldest first, by keyset pages."""
    query = select(HandlingRecord).where(HandlingRecord.agency_id == agency_id, HandlingRecord.id > after_id)
    if status is not None:
        query = query.where(HandlingRecord.status == status)
    if updated_since is not None:
        query = query.where(HandlingRecord.synced_at >= updated_since)
    return list(session.execute(query.order_by(HandlingRecord.id).limit(max(1, min(limit, 1000)))).scalars())


def agency_record(session: Session, *, agency_id: int, record_code: str) -> HandlingRecord:
    record = session.execute(select(HandlingRecord).where(HandlingRecord.agency_id == agency_id,
                                                          HandlingRecord.record_code == record_code)).scalar_one_or_none()
    if record is None:
        raise NotFound('record_not_found')
    return record


def citizen_records(session: Session, *, id_number: str, limit: int = 100) -> list[dict]:
    """Records agencies synced for this ID number, newest first, with agency and procedure names."""
    rows = session.execute(
        select(HandlingRecord, Agency.name, Agency.name_en, Procedure.name)
        .join(Agency, Agency.id == HandlingRecord.agency_id)
        .outerjoin(Procedure, Procedure.code == HandlingRecord.procedure_code)
        .where(HandlingRecord.applicant_id_number == id_number)
        .order_by(HandlingRecord.received_at.desc()).limit(limit)).all()
    return [{'record': r, 'agency': name, 'agency_en': name_en, 'procedure': procedure}
            for r, name, name_en, procedure in rows]


def batch_log(session: Session, *, agency_id: int | None = None, limit: int = 50) -> list[SyncBatch]:
    query = select(SyncBatch).order_by(SyncBatch.id.desc()).limit(limit)
    if agency_id is not None:
        query = query.where(SyncBatch.agency_id == agency_id)
    return list(session.execute(query).scalars())


def sync_log(session: Session, *, actor, limit: int = 50) -> dict:
    """The latest batches with their counts: an officer sees their agency's, an administrator all."""
    from domain.permissions import require_area

    require_area(actor, 'agency')
    agency_id = actor.agency_id if actor.role == 'officer' else None
    batches = batch_log(session, agency_id=agency_id, limit=limit)
    codes = dict(session.execute(select(Agency.id, Agency.code).where(
        Agency.id.in_({b.agency_id for b in batches}))).all()) if batches else {}
    totals = select(func.count()).select_from(HandlingRecord)
    if agency_id is not None:
        totals = totals.where(HandlingRecord.agency_id == agency_id)
    return {'batches': [(b, codes[b.agency_id]) for b in batches], 'records': int(session.execute(totals).scalar_one())}
