"""Handling records from agency systems: batch sync with idempotency, and the rollups they move.

One write path (`sync_records`): a batch is one transaction that takes the agency's lock,
stores the batch (its idempotency key is unique), upserts the valid records, moves the
dashboard counters by what changed, and commits once. Nothing is half-applied.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from core import events
from core.clock import VN_TZ, as_utc, now_utc, to_local
from core.errors import NotFound, TooLarge, ValidationFailed
from domain.audit import record_event
from domain.stats import bump_counter
from models.agencies import Agency
from models.catalog import Procedure
from models.records import HandlingRecord, SyncBatch

MAX_BATCH = 5000
RECORD_STATUSES = range(1, 11)  # the national dossier status codes
_TABLE = HandlingRecord.__table__
_VN_OFFSET = timedelta(hours=7)  # Vietnam keeps no daylight saving time
_LOCK_NAMESPACE = 7_300_000_000  # PostgreSQL advisory lock keys for record sync: namespace + agency id


# ---------------------------------------------------------------- counters

def record_counters(agency_code: str, rows: Iterable[dict]) -> Counter:
    """The rollup a set of records amounts to: received per channel, finished on time or late,
    results returned online."""
    counts: Counter = Counter()
    for row in rows:
        received = to_local(row['received_at']).date()
        counts[('records_synced', received, agency_code, str(row['channel']))] += 1
        counts[('records_all', received, '', '')] += 1  # the national daily series, without agency rows
        finished: datetime | None = row.get('finished_at')
        if finished is not None:
            due = row.get('appointment_at')
            on_time = due is None or as_utc(finished) <= as_utc(due)
            counts[('records_finished', to_local(finished).date(), agency_code, 'on_time' if on_time else 'late')] += 1
        if row.get('returned_at') is not None and row['channel'] == 2:
            counts[('records_returned_online', to_local(row['returned_at']).date(), agency_code, '')] += 1
    return counts


def apply_counters(session: Session, counts: Counter) -> None:
    # a fixed order, so two batches bumping the same rows cannot deadlock each other
    for (metric, day, dim1, dim2), value in sorted(counts.items(), key=lambda item: (item[0][0], item[0][1],
                                                                                     item[0][2], item[0][3])):
        if value:
            bump_counter(session, metric, day=day, dim1=dim1, dim2=dim2, by=value)


def insert_new_records(session: Session, *, agency_id: int, agency_code: str, rows: list[dict],
                       batch_id: int | None = None) -> int:
    """Insert records known to be new (bulk, Core) and their rollups, in the caller's transaction."""
    if not rows:
        return 0
    synced = {'agency_id': agency_id, 'batch_id': batch_id, 'synced_at': now_utc()}
    session.connection().execute(insert(_TABLE), [synced | row for row in rows])
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


class _Invalid(Exception):
    def __init__(self, field: str, code: str) -> None:
        self.field, self.code = field, code


def parse_record_time(value) -> datetime:
    """`yyyyMMddHHmmss` in Vietnam time (the national format), or ISO 8601 (local unless zoned)."""
    if not isinstance(value, str):
        raise ValueError
    if len(value) == 14 and value.isdigit():
        local = datetime(int(value[:4]), int(value[4:6]), int(value[6:8]), int(value[8:10]), int(value[10:12]),
                         int(value[12:14]), tzinfo=timezone.utc)
        return local - _VN_OFFSET
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=VN_TZ)
    return parsed.astimezone(timezone.utc)


def _pick(raw: dict, field: str):
    """The value and the name the sender used for it (errors name the sender's field)."""
    if field in raw:
        return raw[field], field
    for alias in ALIASES[field]:
        if alias in raw:
            return raw[alias], alias
    return None, ALIASES[field][0] if field != 'agency' else field


def clean_record(raw, *, agency_code: str, latest: datetime) -> tuple[dict | None, list[tuple[str, str]]]:
    """A record ready to store, or the list of (field, reason) that is wrong with it."""
    if not isinstance(raw, dict):
        return None, [('', 'not_an_object')]
    row: dict = {}
    errors: list[tuple[str, str]] = []
    names: dict[str, str] = {}
    for field in ALIASES:
        value, name = _pick(raw, field)
        names[field] = name
        if value is None or (isinstance(value, str) and not value.strip()):
            if field in _REQUIRED:
                errors.append((name, 'required'))
            row[field] = None
            continue
        try:
            if field in _DATES:
                row[field] = parse_record_time(value)
            elif field == 'channel' or field == 'status':
                number = int(value) if isinstance(value, int) or (
                    isinstance(value, str) and value.isascii() and value.isdigit()) else -1
                if isinstance(value, bool) or number not in (range(1, 4) if field == 'channel' else RECORD_STATUSES):
                    raise _Invalid(name, f'invalid_{field}')
                row[field] = number
            elif field == 'applicant_id_number':
                digits = str(value).strip()
                if not (digits.isascii() and digits.isdigit()) or len(digits) not in (9, 12):
                    raise _Invalid(name, 'invalid_id_number')
                row[field] = digits
            else:
                if not isinstance(value, str | int) or isinstance(value, bool):
                    raise _Invalid(name, 'invalid_text')
                value = str(value).strip()
                if len(value) > _TEXT_LIMITS[field]:
                    raise _Invalid(name, 'too_long')
                row[field] = value
        except _Invalid as invalid:
            errors.append((invalid.field, invalid.code))
        except (ValueError, TypeError, OverflowError):
            errors.append((name, 'invalid_datetime'))
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


def sync_records(session: Session, *, client_id: str, agency_id: int, records: list, idempotency_key: str,
                 digest: str) -> SyncResult:
    """Store one batch from an agency system; a retry with the same key returns the stored result.

    `session` must not be inside a transaction yet: on SQLite the batch row is the first
    statement, so it waits for the write lock instead of failing on a stale read snapshot.
    """
    if len(records) > MAX_BATCH:
        raise TooLarge('batch_too_large', max=MAX_BATCH)
    if not idempotency_key or len(idempotency_key) > 128:
        raise ValidationFailed('idempotency_key_invalid', field='Idempotency-Key')
    now = now_utc()
    _lock_agency(session, agency_id)
    batch = SyncBatch(client_id=client_id, agency_id=agency_id, idempotency_key=idempotency_key,
                      request_hash=digest, received=len(records), created_at=now)
    session.add(batch)
    try:
        session.flush()  # a concurrent duplicate waits here for the first to commit, then finds it
    except IntegrityError:
        session.rollback()
        return _stored(session, client_id=client_id, idempotency_key=idempotency_key, digest=digest)
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise NotFound('agency_not_found')

    valid: dict[str, tuple[int, dict]] = {}
    errors: list[dict] = []
    latest = now + timedelta(days=1)
    for index, raw in enumerate(records):
        row, problems = clean_record(raw, agency_code=agency.code, latest=latest)
        if row is not None and row['record_code'] in valid:
            problems = [(_pick(raw, 'record_code')[1], 'duplicate_in_batch')]
        if problems:
            errors.extend({'index': index, 'field': field, 'code': code} for field, code in problems)
        else:
            valid[row['record_code']] = (index, row)

    created, updated, stale = _upsert(session, agency=agency, batch_id=batch.id, rows=[r for _i, r in valid.values()])
    rejected = len({e['index'] for e in errors})
    body = {'batch_id': batch.id, 'received': len(records), 'accepted': len(valid), 'rejected': rejected,
            'created': created, 'updated': updated, 'stale': stale, 'errors': errors}
    batch.accepted, batch.rejected, batch.result = len(valid), rejected, body
    record_event(session, action='records.synced', entity='sync_batch', entity_id=batch.id,
                 detail={'client_id': client_id, 'agency': agency.code, 'received': len(records),
                         'accepted': len(valid), 'rejected': rejected, 'created': created, 'updated': updated})
    session.commit()
    if created or updated:
        events.publish('records')
    return SyncResult(batch_id=batch.id, body=body, replayed=False)


_COMPARED = ('channel', 'received_at', 'appointment_at', 'finished_at', 'returned_at')
_UPDATED = ('procedure_code', 'applicant_name', 'applicant_id_number', 'channel', 'received_at', 'appointment_at',
            'status', 'finished_at', 'returned_at', 'handling_unit', 'source_updated_at')


def _upsert(session: Session, *, agency: Agency, batch_id: int, rows: list[dict]) -> tuple[int, int, int]:
    """Insert new records, update older versions, leave newer ones; counters move by the difference."""
    existing: dict[str, dict] = {}
    codes = [r['record_code'] for r in rows]
    columns = [_TABLE.c.id, _TABLE.c.record_code, _TABLE.c.source_updated_at, *(_TABLE.c[c] for c in _COMPARED)]
    connection = session.connection()
    for start in range(0, len(codes), 900):  # SQLite binds at most 999 parameters per statement
        chunk = codes[start:start + 900]
        for found in connection.execute(select(*columns).where(_TABLE.c.agency_id == agency.id,
                                                               _TABLE.c.record_code.in_(chunk))).mappings():
            existing[found['record_code']] = dict(found)
    new_rows, changes, counts, stale = [], [], Counter(), 0
    for row in rows:
        before = existing.get(row['record_code'])
        if before is None:
            new_rows.append(row)
            continue
        if before['source_updated_at'] is not None and as_utc(before['source_updated_at']) > row['source_updated_at']:
            stale += 1  # an older update never overwrites a newer one
            continue
        counts.update(record_counters(agency.code, [row]))
        counts.subtract(record_counters(agency.code, [before]))
        changes.append({'_id': before['id'], 'batch_id': batch_id, 'synced_at': now_utc(),
                        **{c: row[c] for c in _UPDATED}})
    if new_rows:
        insert_new_records(session, agency_id=agency.id, agency_code=agency.code, rows=new_rows, batch_id=batch_id)
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
