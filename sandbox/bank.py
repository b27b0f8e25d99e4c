"""The sandbox bank's ledger and the messages it signs."""
from __future__ import annotations

import csv
import io
import secrets
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlmodel import Session

from core.clock import VN_TZ, now_utc, to_local
from core.security import fields_signed, sign_fields
from core.settings import get_settings
from models.payments import SandboxTransaction

OUTCOMES = {'paid': '00', 'insufficient_funds': '51', 'cancelled': '24', 'timeout': '11'}
REQUEST_FIELDS = ('merchant', 'order', 'amount', 'currency', 'bank', 'return_url', 'expires', 'info')


class BadRequest(Exception):
    pub_code = 'bad_request'

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_payment_request(fields: dict) -> dict:
    """The merchant's signed request, checked as a bank would before showing anything."""
    settings = get_settings()
    if fields.get('merchant') != settings.payment_merchant or not fields_signed(fields, settings.merchant_secret):
        raise BadRequest('signature')
    if not str(fields.get('amount', '')).isdigit() or fields.get('currency') != 'VND':
        raise BadRequest('amount')
    try:
        expires = datetime.strptime(fields.get('expires', ''), '%Y%m%d%H%M%S').replace(tzinfo=VN_TZ)
    except ValueError:
        raise BadRequest('expires') from None
    if expires < now_utc():
        raise BadRequest('expired')
    return {k: fields.get(k, '') for k in REQUEST_FIELDS}


def settle(session: Session, *, request: dict, outcome: str) -> dict:
    """Record the bank's decision; returns the signed result for the return and the notification."""
    code = OUTCOMES[outcome]
    row = session.execute(select(SandboxTransaction).where(SandboxTransaction.order_code == request['order'])) \
        .scalar_one_or_none()
    if row is None:
        row = SandboxTransaction(order_code=request['order'], merchant=request['merchant'],
                                 amount=int(request['amount']), bank_code=request['bank'][:16], status=code,
                                 txn='SBX' + secrets.token_hex(8).upper())
        session.add(row)
    elif row.status != '00':  # a bank never un-pays: only a failed attempt can be retried
        row.status, row.at = code, now_utc()
    session.commit()
    return result_fields(row)


def result_fields(row: SandboxTransaction) -> dict:
    settings = get_settings()
    fields = {'merchant': row.merchant, 'order': row.order_code, 'amount': str(row.amount), 'currency': 'VND',
              'bank': row.bank_code, 'status': row.status, 'txn': row.txn,
              'paid_at': to_local(row.at).strftime('%Y%m%d%H%M%S')}
    return fields | {'signature': sign_fields(fields, settings.merchant_secret)}


def record_notification(session: Session, *, order_code: str, acknowledged: bool) -> None:
    row = session.execute(select(SandboxTransaction).where(SandboxTransaction.order_code == order_code)).scalar_one()
    row.notify_attempts += 1
    if acknowledged:
        row.notified_at = now_utc()
    session.commit()


def lookup(session: Session, *, fields: dict) -> dict | None:
    settings = get_settings()
    if not fields_signed(fields, settings.merchant_secret):
        raise BadRequest('signature')
    row = session.execute(select(SandboxTransaction).where(SandboxTransaction.order_code == fields.get('order'))) \
        .scalar_one_or_none()
    return result_fields(row) if row is not None else None


def settlement_csv(session: Session, *, fields: dict) -> str:
    """The day's transactions (Vietnam time), as the bank settles them with the merchant."""
    settings = get_settings()
    if not fields_signed(fields, settings.merchant_secret):
        raise BadRequest('signature')
    try:
        day = date.fromisoformat(fields.get('date', ''))
    except ValueError:
        raise BadRequest('date') from None
    start = datetime.combine(day, datetime.min.time(), VN_TZ)
    rows = session.execute(select(SandboxTransaction).where(SandboxTransaction.at >= start,
                                                            SandboxTransaction.at < start + timedelta(days=1))
                           .order_by(SandboxTransaction.id)).scalars()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(['date', 'order', 'txn', 'amount', 'status'])
    for row in rows:
        writer.writerow([to_local(row.at).date().isoformat(), row.order_code, row.txn, row.amount, row.status])
    return out.getvalue()
