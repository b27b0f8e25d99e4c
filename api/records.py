"""Agency systems push handling records (`POST /api/v1/records`) and read their own back."""
from __future__ import annotations

import asyncio
import atexit
import multiprocessing
import uuid
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime, timezone
from functools import partial

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from api.access import client_token
from api.deps import db_session
from api.errors import error_responses, oauth_responses, request_language
from core.db import session_scope
from core.clock import VN_TZ
from core.errors import TooLarge, ValidationFailed
from core.i18n import error_text
from core.workers import exit_with_parent
from domain import records
from domain.oidc import TokenHolder
from models.records import RecordPage, RecordPublic

write_router = APIRouter(tags=['records sync'], responses=oauth_responses(401, 403))
read_router = APIRouter(tags=['records sync'], responses=oauth_responses(401, 403))
MAX_BODY_BYTES = 32 * 1024 * 1024

may_write = client_token('records:write')
may_read = client_token('records:read')


class RecordProblem(BaseModel):
    index: int
    field: str
    code: str
    message: str


class SyncReport(BaseModel):
    """What became of a batch (the same answer again for a retry with the same Idempotency-Key)."""
    batch_id: int
    received: int
    accepted: int
    rejected: int
    created: int
    updated: int
    stale: int
    errors: list[RecordProblem]


_TIME = {'anyOf': [{'type': 'string', 'pattern': '^[0-9]{14}$'}, {'type': 'string', 'format': 'date-time'}],
         'description': '`yyyyMMddHHmmss` in Vietnam time (the national format) or ISO 8601'}
_RECORD = {'type': 'object', 'required': ['MaHoSo', 'KenhThucHien', 'NgayTiepNhan', 'TrangThaiHoSo'], 'properties': {
    'MaHoSo': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'MaTTHC': {'type': 'string', 'maxLength': 32},
    'MaCoQuan': {'type': 'string', 'maxLength': 32, 'description': "the sender's own agency code, if given"},
    'ChuHoSo': {'type': 'string', 'maxLength': 200},
    'SoGiayToChuHoSo': {'type': 'string', 'pattern': '^([0-9]{9}|[0-9]{12})$'},
    'KenhThucHien': {'type': 'integer', 'minimum': 1, 'maximum': 3}, 'NgayTiepNhan': _TIME, 'NgayHenTra': _TIME,
    'TrangThaiHoSo': {'type': 'integer', 'minimum': 1, 'maximum': 10}, 'NgayKetThucXuLy': _TIME, 'NgayTra': _TIME,
    'DonViXuLy': {'type': 'string', 'maxLength': 200}, 'NgayCapNhat': _TIME}}
_BATCH_BODY = {'required': True, 'content': {'application/json': {'schema': {
    'type': 'object', 'required': ['records'],
    'description': 'Also accepted: the list under `data`, or the list itself; our own field names '
                   '(`record_code`, `channel`, …) as well as the national ones.',
    'properties': {'records': {'type': 'array', 'maxItems': records.MAX_BATCH, 'items': _RECORD}}}}}}


# Checking a large batch is CPU work: it runs in a worker process (the second core) while
# this process writes the previous batch. Small batches are checked in place.
OFFLOAD_BYTES = 256 * 1024
_pool: ProcessPoolExecutor | None = None


def _worker_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context('spawn'),
                                    initializer=exit_with_parent)  # a killed portal leaves no worker behind
        atexit.register(_pool.shutdown, wait=False, cancel_futures=True)
    return _pool


def warm_worker() -> None:
    """Start the checking process now rather than on the first large batch (it takes seconds)."""
    _worker_pool().submit(records.prepare_batch, [], agency_code='')


async def _prepare(body: bytes, agency_code: str) -> records.PreparedBatch:
    if len(body) >= OFFLOAD_BYTES:
        loop = asyncio.get_running_loop()
        try:
            prepared = await loop.run_in_executor(_worker_pool(), partial(records.prepare_body, body,
                                                                          agency_code=agency_code))
        except BrokenProcessPool:  # the worker died (killed, out of memory): check it here instead
            global _pool
            _pool = None
            prepared = await run_in_threadpool(records.prepare_body, body, agency_code=agency_code)
    else:
        prepared = await run_in_threadpool(records.prepare_body, body, agency_code=agency_code)
    if isinstance(prepared, records.BatchRefused):
        raise prepared.error()
    return prepared


def _store(holder: TokenHolder, prepared: records.PreparedBatch, key: str, digest: str) -> records.SyncResult:
    with session_scope() as session:  # a fresh session: the batch row is its first statement
        return records.sync_records(session, client_id=holder.client_id, agency_id=holder.agency_id,
                                    prepared=prepared, idempotency_key=key, digest=digest)


@write_router.post('/records', summary='Push up to 5,000 handling records (national field names accepted)',
                   responses={200: {'model': SyncReport}} | error_responses(413, 422),
                   openapi_extra={'requestBody': _BATCH_BODY})
async def push_records(request: Request, holder: TokenHolder = Depends(may_write),
                       idempotency_key: str | None = Header(default=None, max_length=128)) -> JSONResponse:
    """Valid records are upserted by (agency, record code); invalid ones are reported one by one
    (index, field, code, message) and the rest are still stored. Send an `Idempotency-Key` so a
    retry returns the stored result instead of applying the batch twice."""
    declared = request.headers.get('content-length', '')
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:  # refused before reading it
        raise TooLarge('batch_too_large', max=records.MAX_BATCH)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise TooLarge('batch_too_large', max=records.MAX_BATCH)
    body = bytes(body)
    prepared = await _prepare(body, holder.agency_code or '')
    key = idempotency_key if idempotency_key is not None else 'auto-' + uuid.uuid4().hex
    result = await run_in_threadpool(_store, holder, prepared, key, records.request_digest(body))
    lang = request_language(request)
    out = dict(result.body)
    out['errors'] = [e | {'message': error_text('record_' + e['code'], lang)} for e in result.body['errors']]
    return JSONResponse(out, headers={'Idempotent-Replayed': 'true' if result.replayed else 'false'})


def _public(record) -> RecordPublic:
    return RecordPublic.model_validate(record, from_attributes=True)


# record ids are 32-bit integers in PostgreSQL (SQLite's are wider): a larger `after_id` is refused as such
@read_router.get('/records', response_model=RecordPage, summary="Read back the agency's own records",
                 responses=error_responses(422))
def list_records(holder: TokenHolder = Depends(may_read), after_id: int = Query(default=0, ge=0, le=2**31 - 1),
                 limit: int = Query(default=500, ge=1, le=1000), status: int | None = Query(default=None, ge=1, le=10),
                 synced_since: datetime | None = None, session=Depends(db_session)) -> RecordPage:
    if synced_since is not None:
        if synced_since.tzinfo is None:  # a time without a zone is Vietnam time
            synced_since = synced_since.replace(tzinfo=VN_TZ)
        try:
            synced_since = synced_since.astimezone(timezone.utc)
        except OverflowError:  # its zone moves it past year 1 or 9999
            raise ValidationFailed('validation_failed', field='synced_since') from None
    rows = records.agency_records(session, agency_id=holder.agency_id, after_id=after_id, limit=limit,
                                  status=status, updated_since=synced_since)
    return RecordPage(records=[_public(r) for r in rows],
                      next_after_id=rows[-1].id if len(rows) == limit else None)


@read_router.get('/records/{record_code}', response_model=RecordPublic, summary='One record by its code',
                 responses=error_responses(404, 422))
def get_record(record_code: str, holder: TokenHolder = Depends(may_read), session=Depends(db_session)) -> RecordPublic:
    return _public(records.agency_record(session, agency_id=holder.agency_id, record_code=record_code))
