"""Agency systems push handling records (`POST /api/v1/records`) and read their own back."""
from __future__ import annotations

import json
import uuid
from datetime import datetime

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from api.access import client_token
from api.deps import db_session
from api.errors import request_language
from core.db import session_scope
from core.clock import VN_TZ
from core.errors import TooLarge, ValidationFailed
from core.i18n import error_text
from domain import records
from domain.oidc import TokenHolder
from models.records import RecordPage, RecordPublic

write_router = APIRouter(tags=['records sync'])
read_router = APIRouter(tags=['records sync'])
MAX_BODY_BYTES = 32 * 1024 * 1024

may_write = client_token('records:write')
may_read = client_token('records:read')


def _parse(body: bytes) -> list:
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ValidationFailed('invalid_json') from None
    items = payload.get('records', payload.get('data')) if isinstance(payload, dict) else payload
    if not isinstance(items, list):
        raise ValidationFailed('batch_invalid')
    return items


def _store(holder: TokenHolder, items: list, key: str, digest: str) -> records.SyncResult:
    with session_scope() as session:  # a fresh session: the batch row is its first statement
        return records.sync_records(session, client_id=holder.client_id, agency_id=holder.agency_id, records=items,
                                    idempotency_key=key, digest=digest)


@write_router.post('/records', summary='Push up to 5,000 handling records (national field names accepted)')
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
    items = await run_in_threadpool(_parse, body)
    key = idempotency_key if idempotency_key is not None else 'auto-' + uuid.uuid4().hex
    result = await run_in_threadpool(_store, holder, items, key, records.request_digest(body))
    lang = request_language(request)
    out = dict(result.body)
    out['errors'] = [e | {'message': error_text('record_' + e['code'], lang)} for e in result.body['errors']]
    return JSONResponse(out, headers={'Idempotent-Replayed': 'true' if result.replayed else 'false'})


def _public(record) -> RecordPublic:
    return RecordPublic.model_validate(record, from_attributes=True)


@read_router.get('/records', response_model=RecordPage, summary="Read back the agency's own records")
def list_records(holder: TokenHolder = Depends(may_read), after_id: int = Query(default=0, ge=0, le=2**63 - 1),
                 limit: int = Query(default=500, ge=1, le=1000), status: int | None = Query(default=None, ge=1, le=10),
                 synced_since: datetime | None = None, session=Depends(db_session)) -> RecordPage:
    if synced_since is not None and synced_since.tzinfo is None:  # a time without a zone is Vietnam time
        synced_since = synced_since.replace(tzinfo=VN_TZ)
    rows = records.agency_records(session, agency_id=holder.agency_id, after_id=after_id, limit=limit,
                                  status=status, updated_since=synced_since)
    return RecordPage(records=[_public(r) for r in rows],
                      next_after_id=rows[-1].id if len(rows) == limit else None)


@read_router.get('/records/{record_code}', response_model=RecordPublic, summary='One record by its code')
def get_record(record_code: str, holder: TokenHolder = Depends(may_read), session=Depends(db_session)) -> RecordPublic:
    return _public(records.agency_record(session, agency_id=holder.agency_id, record_code=record_code))
