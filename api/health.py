"""Liveness with a real database check."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from core.db import get_engine

router = APIRouter(tags=['health'])
_HEALTH = {'type': 'object', 'required': ['status'],
           'properties': {'status': {'type': 'string', 'enum': ['ok', 'error']}, 'code': {'type': 'string'}}}


@router.get('/healthz', summary='Health check (database included)',
            responses={200: {'content': {'application/json': {'schema': _HEALTH}}},
                       503: {'description': 'The database does not answer',
                             'content': {'application/json': {'schema': _HEALTH}}}})
def healthz() -> JSONResponse:
    try:
        with get_engine().connect() as connection:
            connection.execute(text('SELECT 1'))
    except Exception:  # any database failure means "not healthy", never a stack trace
        return JSONResponse({'status': 'error', 'code': 'database_unavailable'}, status_code=503)
    return JSONResponse({'status': 'ok'})
