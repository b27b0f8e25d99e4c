"""The sandbox gateway's machine side: status query, settlement file, and the server-to-server
notification, retried like a real gateway until the merchant acknowledges it."""
from __future__ import annotations

import asyncio
import logging

import httpx
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from core.db import session_scope
from core.settings import get_settings
from sandbox import bank

log = logging.getLogger('portal.sandbox')
router = APIRouter(prefix='/sandbox/gateway', tags=['sandbox payment gateway'])
RETRY_SECONDS = (0, 1, 3, 10, 30, 60, 300)  # the waits between attempts
_app = None
_tasks: set[asyncio.Task] = set()


def gateway_only() -> None:
    """The sandbox gateway's endpoints check the merchant's signature themselves."""


_SIGNED_FORM = {'required': True, 'content': {'application/x-www-form-urlencoded': {'schema': {
    'type': 'object', 'additionalProperties': {'type': 'string'},
    'properties': {'merchant': {'type': 'string'}, 'order': {'type': 'string'}, 'signature': {'type': 'string'}}}}}}
_REFUSED = {'type': 'object', 'required': ['code'], 'properties': {'code': {'type': 'string'}, 'reason': {'type': 'string'}}}


@router.post('/query', summary="The gateway's record of an order (signed)", openapi_extra={'requestBody': _SIGNED_FORM},
             responses={200: {'content': {'application/json': {'schema': {'type': 'object'}}}},
                        400: {'description': 'Bad signature', 'content': {'application/json': {'schema': _REFUSED}}},
                        404: {'description': 'Unknown order', 'content': {'application/json': {'schema': _REFUSED}}}})
async def query(request: Request) -> JSONResponse:
    fields = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    if any('\x00' in f'{k}{v}' for k, v in fields.items()):  # in no order code, and no database text takes it
        return JSONResponse({'code': 'bad_request', 'reason': 'nul'}, status_code=400)
    try:
        with session_scope() as session:
            found = bank.lookup(session, fields=fields)
    except bank.BadRequest as error:
        return JSONResponse({'code': 'bad_signature', 'reason': error.reason}, status_code=400)
    if found is None:
        return JSONResponse({'code': 'not_found'}, status_code=404)
    return JSONResponse(found)


@router.get('/settlement', summary="A day's settlement file (CSV)",
            responses={200: {'content': {'text/csv': {'schema': {'type': 'string'}}}},
                       400: {'description': 'Bad or missing signature',
                             'content': {'text/plain': {'schema': {'type': 'string'}}}}})
def settlement(request: Request) -> PlainTextResponse:
    try:
        with session_scope() as session:
            text = bank.settlement_csv(session, fields=dict(request.query_params))
    except bank.BadRequest as error:
        return PlainTextResponse(f'bad request: {error.reason}', status_code=400)
    return PlainTextResponse(text, media_type='text/csv; charset=utf-8')


async def _deliver(fields: dict) -> None:
    url = get_settings().issuer + '/api/v1/payments/ipn'
    transport = httpx.ASGITransport(app=_app) if _app is not None else None
    for wait in RETRY_SECONDS:
        await asyncio.sleep(wait)
        acknowledged = False
        try:
            async with httpx.AsyncClient(transport=transport, timeout=10) as http:
                response = await http.post(url, data=fields)
            acknowledged = response.status_code == 200 and response.json().get('RspCode') in ('00', '02')
        except (httpx.HTTPError, ValueError):
            log.warning('sandbox notification for %s not delivered; will retry', fields.get('order'))
        with session_scope() as session:
            bank.record_notification(session, order_code=fields['order'], acknowledged=acknowledged)
        if acknowledged:
            return


def notify(fields: dict) -> asyncio.Task:
    """Send the signed result to the merchant in the background, retrying until acknowledged."""
    task = asyncio.get_running_loop().create_task(_deliver(fields))
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
    return task


def mount(app) -> None:
    global _app
    _app = app
    lifespan = app.router.lifespan_context
    app.include_router(router, dependencies=[Depends(gateway_only)])
    app.router.lifespan_context = lifespan  # see api/__init__.py: no lifespan of its own
    from api import API_RULES

    for route in router.routes:
        for method in sorted(getattr(route, 'methods', ()) or ()):
            API_RULES[f'{method} {route.path}'] = 'merchant signature (sandbox gateway)'
