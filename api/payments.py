"""The gateway's server-to-server notification, and agency systems creating payables."""
from __future__ import annotations

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlmodel import Session

from api.access import client_token
from api.deps import db_session, strict_json
from api.errors import error_responses, oauth_responses
from core.db import session_scope
from core.errors import Conflict
from domain import payments
from domain.oidc import TokenHolder
from models.payments import PayableCreate, PayablePublic

ipn_router = APIRouter(tags=['payments'])
payables_router = APIRouter(tags=['payments'], responses=oauth_responses(401, 403))
may_create_payables = client_token('payables:write')


class IpnAnswer(BaseModel):
    """The acknowledgement the gateway expects: `00` confirmed, `02` already confirmed, `97` bad signature,
    `01` unknown order, `04` wrong amount, `99` retry later."""
    RspCode: str
    Message: str


_GATEWAY_FIELDS = {'type': 'object', 'additionalProperties': {'type': 'string'},
                   'description': 'The parameters the gateway signed (merchant, order, amount, currency, status, '
                                  'txn, …) and their HMAC-SHA256 `signature`',
                   'properties': {name: {'type': 'string'} for name in (
                       'merchant', 'order', 'amount', 'currency', 'status', 'txn', 'bank', 'signature')}}
_IPN_BODY = {'required': True, 'content': {'application/x-www-form-urlencoded': {'schema': _GATEWAY_FIELDS},
                                           'application/json': {'schema': _GATEWAY_FIELDS}}}


async def gateway_signature() -> None:
    """The notification is authenticated by the gateway's HMAC signature, checked by the domain."""


@ipn_router.post('/payments/ipn', summary="The gateway's signed payment notification (IPN)",
                  responses={200: {'model': IpnAnswer}} | error_responses(400), openapi_extra={'requestBody': _IPN_BODY})
async def instant_payment_notification(request: Request) -> JSONResponse:
    if request.headers.get('content-type', '').startswith('application/json'):
        try:  # orjson: lone surrogates or NaN cannot be signed, so they make no notification
            body = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            body = None
        fields = body if isinstance(body, dict) else {}
    else:
        fields = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    # a NUL is in no gateway parameter (and no database text takes it): without it the message is unsigned
    fields = {k: v for k, v in fields.items() if '\x00' not in f'{k}{v}'}
    ip = request.client.host if request.client else None
    try:
        with session_scope() as session:
            outcome = payments.apply_gateway_result(session, fields=fields, kind='ipn', ip=ip)
    except Conflict:  # a concurrent notification for the same order won: the gateway will retry
        return JSONResponse({'RspCode': '99', 'Message': 'Retry later'})
    return JSONResponse(outcome.answer)


async def reconcile_pending_orders(older_than_minutes: int = 5) -> int:
    """Ask the gateway about orders it has been silent on, and apply what it says (signed)."""
    from datetime import timedelta

    from core.gateway import query_order

    with session_scope() as session:
        codes = payments.orders_to_query(session, older_than=timedelta(minutes=older_than_minutes))
    applied = 0
    for code in codes:
        answer = await query_order(code)
        if answer is None:
            continue
        with session_scope() as session:
            try:
                outcome = payments.apply_gateway_result(session, fields=answer, kind='query')
            except Conflict:
                continue
        applied += outcome.outcome == 'confirmed'
    return applied


@payables_router.post('/payables', response_model=PayablePublic, status_code=201,
                      summary='An agency system records a fee, fine, tax or bill to be paid online',
                      responses=error_responses(400, 409, 422), dependencies=[Depends(strict_json)])
def create_payable(data: PayableCreate, request: Request, holder: TokenHolder = Depends(may_create_payables),
                   session: Session = Depends(db_session)) -> PayablePublic:
    payable = payments.create_payable(session, agency_id=holder.agency_id, data=data,
                                      created_by=f'client:{holder.client_id}',
                                      ip=request.client.host if request.client else None)
    return PayablePublic.model_validate(payable, from_attributes=True)
