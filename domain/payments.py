"""Online payment (service level 4): payables, orders through the gateway, notifications,
receipts and reconciliation.

One write path per order (`apply_gateway_result`): it checks the signature, the order, the
amount and the currency, locks the order by its version, marks it paid or failed exactly
once, issues the receipt, moves the payable, the dossier and the rollups, logs the message,
and commits once. A repeated notification changes nothing.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlencode

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from core import events
from core.clock import VN_TZ, as_utc, now_utc, to_local
from core.db import lock_for_write
from core.errors import Conflict, InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from core.security import fields_signed, sign_fields
from core.settings import get_settings
from core.text import normalize_spaces, without_marks
from domain.audit import record_event
from domain.permissions import require_area
from domain.sequences import next_value
from domain.stats import bump_counter
from models.accounts import Account
from models.agencies import Agency
from models.payments import PAYABLE_KINDS, GatewayMessage, Payable, PayableCreate, PaymentOrder, Receipt

MAX_AMOUNT = 100_000_000_000  # 100 billion đồng: above any fee, fine, tax or bill paid online
BANKS = {  # the gateway's list of banks and e-wallets (code -> name)
    'VCB': 'Vietcombank', 'BIDV': 'BIDV', 'CTG': 'VietinBank', 'AGRIBANK': 'Agribank', 'TCB': 'Techcombank',
    'MB': 'MB Bank', 'ACB': 'ACB', 'VPB': 'VPBank', 'VIETTELMONEY': 'Viettel Money', 'VNPTMONEY': 'VNPT Money',
    'MOMO': 'Ví MoMo', 'ZALOPAY': 'ZaloPay',
}
SUCCESS = '00'
# gateway result codes that are a final failure of the attempt
FAILURE_CODES = {'11': 'timeout', '24': 'cancelled', '51': 'insufficient_funds', '65': 'limit_exceeded',
                 '79': 'wrong_password', '99': 'other'}
# answers to the gateway's notification (it retries until it gets 00 or 02)
ANSWERS = {'confirmed': ('00', 'Confirm Success'), 'already_confirmed': ('02', 'Order already confirmed'),
           'order_not_found': ('01', 'Order not found'), 'amount_mismatch': ('04', 'Invalid amount'),
           'bad_signature': ('97', 'Invalid signature'), 'bad_request': ('99', 'Invalid request')}

_PLATE = re.compile(r'^[0-9]{2}[A-Z]{1,2}[0-9]?[0-9]{4,5}$')
_PERIOD = re.compile(r'^[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$')
_REFERENCE_RULES = {  # kind -> (pattern of the reference, what the reference is)
    'traffic_fine': re.compile(r'^[0-9]{1,7}/QĐ-[A-ZĐ0-9-]{2,20}$'),
    'electricity_bill': re.compile(r'^P[A-Z0-9]{12}$'),
}


# ---------------------------------------------------------------- payables

def normalize_plate(raw: str | None) -> str | None:
    """'30a-123.45' -> '30A12345': plates are compared without separators."""
    if raw is None:
        return None
    return re.sub(r'[\s.\-]', '', raw).upper() or None


def _valid_payer(number: str) -> bool:
    return number.isascii() and number.isdigit() and len(number) in (9, 10, 12, 13)


def create_payable(session: Session, *, agency_id: int, data: PayableCreate, created_by: str,
                   dossier_id: int | None = None, ip: str | None = None, commit: bool = True) -> Payable:
    """Record something owed to an agency; refused field by field when wrong."""
    errors: dict[str, str] = {}
    kind = data.kind
    if kind not in PAYABLE_KINDS:
        errors['kind'] = 'payable_kind_invalid'
    reference = normalize_spaces(data.reference or '').upper()
    rule = _REFERENCE_RULES.get(kind)
    if not reference or len(reference) > 64 or (rule is not None and not rule.match(reference)):
        errors['reference'] = f'reference_invalid_{kind}' if rule is not None else 'reference_invalid'
    payer = (data.payer_id_number or '').strip()
    if not _valid_payer(payer):
        errors['payer_id_number'] = 'payer_id_invalid'
    name = normalize_spaces(data.payer_name or '')
    if not 2 <= len(name) <= 200:
        errors['payer_name'] = 'payer_name_invalid'
    plate = normalize_plate(data.plate)
    needs_plate = kind in ('traffic_fine', 'registration_fee')
    if (plate is None and needs_plate) or (plate is not None and not _PLATE.match(plate)):
        errors['plate'] = 'plate_invalid'
    period = (data.period or '').strip() or None
    needs_period = kind.startswith('tax_') or kind == 'electricity_bill'
    if (period is None and needs_period) or (period is not None and not _PERIOD.match(period)):
        errors['period'] = 'payable_period_invalid'
    description = normalize_spaces(data.description or '')
    if not 3 <= len(description) <= 300:
        errors['description'] = 'description_invalid'
    if isinstance(data.amount, bool) or not isinstance(data.amount, int) or not 1_000 <= data.amount <= MAX_AMOUNT:
        errors['amount'] = 'amount_invalid'
    if errors:
        raise ValidationFailed('form_invalid', fields=errors, max=f'{MAX_AMOUNT:,}'.replace(',', '.'))
    taken = session.execute(select(Payable.id).where(Payable.kind == kind, Payable.reference == reference)).first()
    if taken is not None:
        raise Conflict('payable_exists', field='reference')
    payable = Payable(kind=kind, reference=reference, payer_id_number=payer, payer_name=name, plate=plate,
                      period=period, description=description, amount=data.amount, agency_id=agency_id,
                      dossier_id=dossier_id, due_date=data.due_date, created_by=created_by)
    try:
        with session.begin_nested():  # the same reference sent twice at once: the second is told
            session.add(payable)
            session.flush()
    except IntegrityError:
        raise Conflict('payable_exists', field='reference') from None
    record_event(session, action='payable.created', entity='payable', entity_id=payable.id, ip=ip,
                 detail={'kind': kind, 'amount': data.amount, 'by': created_by})
    if commit:
        session.commit()
    return payable


def create_payable_by_officer(session: Session, *, actor: Account, data: PayableCreate,
                              ip: str | None = None) -> Payable:
    require_area(actor, 'agency')
    if actor.agency_id is None:
        raise PermissionDenied('agency_required')
    return create_payable(session, agency_id=actor.agency_id, data=data, created_by=f'account:{actor.id}', ip=ip)


def fee_payable_for_dossier(session: Session, *, dossier, amount: int) -> Payable:
    """The payable behind a fee an officer asks for (in the officer's transaction)."""
    open_fee = session.execute(select(Payable).where(Payable.dossier_id == dossier.id, Payable.status == 'open')) \
        .scalar_one_or_none()
    if open_fee is not None:  # asked again: the new amount replaces the old one
        open_fee.amount, open_fee.version = amount, open_fee.version + 1
        return open_fee
    applicant = session.get(Account, dossier.applicant_id)
    earlier = session.execute(select(func.count()).select_from(Payable).where(Payable.dossier_id == dossier.id)) \
        .scalar_one()
    from models.catalog import Procedure
    procedure = session.get(Procedure, dossier.procedure_id)
    data = PayableCreate(kind='dossier_fee', reference=f'{dossier.code}/{earlier + 1}',
                         payer_id_number=applicant.id_number, payer_name=applicant.full_name,
                         description=f'Phí, lệ phí hồ sơ {dossier.code}: {procedure.name}'[:300], amount=amount)
    return create_payable(session, agency_id=dossier.agency_id, data=data, created_by='dossier',
                          dossier_id=dossier.id, commit=False)


def my_payables(session: Session, *, actor: Account, include_paid: bool = False) -> list[Payable]:
    """What the logged-in citizen or enterprise owes (by their ID number or tax code)."""
    query = select(Payable).where(Payable.payer_id_number == actor.id_number)
    if not include_paid:
        query = query.where(Payable.status == 'open')
    return list(session.execute(query.order_by(Payable.due_date.is_(None), Payable.due_date, Payable.id)).scalars())


def find_payable(session: Session, *, kind: str, reference: str, plate: str | None = None) -> Payable:
    """Look up a fine by decision number and plate, a bill by customer code... (open ones only)."""
    payable = session.execute(select(Payable).where(Payable.kind == kind,
                                                    Payable.reference == normalize_spaces(reference).upper())) \
        .scalar_one_or_none()
    if payable is None or (payable.plate is not None and payable.plate != normalize_plate(plate)):
        raise NotFound('payable_not_found')  # a wrong plate answers exactly like an unknown decision
    return payable


def payable_view(session: Session, *, payable_id: int, actor: Account | None, reference: str | None = None,
                 plate: str | None = None) -> dict:
    """A payable for its payer, for whoever knows its reference (and plate), or for its agency."""
    payable = session.get(Payable, payable_id)
    if payable is None or not _may_see(session, payable, actor, reference, plate):
        raise NotFound('payable_not_found')  # not yours answers like not there
    agency = session.get(Agency, payable.agency_id)
    orders = list(session.execute(select(PaymentOrder).where(PaymentOrder.payable_id == payable.id)
                                  .order_by(PaymentOrder.id.desc())).scalars())
    receipt = session.execute(select(Receipt).where(Receipt.payable_id == payable.id)).scalars().first()
    return {'payable': payable, 'agency': agency, 'orders': orders, 'receipt': receipt}


def _may_see(session: Session, payable: Payable, actor: Account | None, reference: str | None,
             plate: str | None) -> bool:
    if actor is None:
        return False
    if payable.payer_id_number == actor.id_number or actor.role == 'admin':
        return True
    if actor.role == 'officer' and actor.agency_id == payable.agency_id:
        return True
    if reference:
        try:
            return find_payable(session, kind=payable.kind, reference=reference, plate=plate).id == payable.id
        except NotFound:
            return False
    return False


# ---------------------------------------------------------------- orders

@dataclass(frozen=True)
class Checkout:
    order_code: str
    url: str
    reused: bool


def _gateway_fields(order: PaymentOrder, payable: Payable) -> dict:
    settings = get_settings()
    return {'merchant': settings.payment_merchant, 'order': order.code, 'amount': str(order.amount),
            'currency': order.currency, 'bank': order.bank_code,
            'info': normalize_spaces(without_marks(payable.description))[:100],  # shown by the bank
            'return_url': settings.issuer + '/thanh-toan/ket-qua',
            'expires': to_local(order.expires_at).strftime('%Y%m%d%H%M%S')}


def checkout_url(order: PaymentOrder, payable: Payable) -> str:
    settings = get_settings()
    fields = _gateway_fields(order, payable)
    fields['signature'] = sign_fields(fields, settings.merchant_secret)
    return settings.gateway_url + '/pay?' + urlencode(fields)


def start_payment(session: Session, *, actor: Account | None, payable_id: int, bank_code: str,
                  reference: str | None = None, plate: str | None = None, ip: str | None = None) -> Checkout:
    """An order for the whole amount, or the one already waiting (a double click pays once)."""
    if bank_code not in BANKS:
        raise ValidationFailed('bank_invalid', field='bank')
    lock_for_write(session)  # two clicks at once: the second waits, then finds the first's order
    now = now_utc()
    _expire_orders(session, now)
    payable = session.get(Payable, payable_id)
    if payable is None or not _may_see(session, payable, actor, reference, plate):
        raise NotFound('payable_not_found')
    if payable.status != 'open':
        raise InvalidTransition('payable_not_open')
    waiting = session.execute(select(PaymentOrder).where(
        PaymentOrder.payable_id == payable.id, PaymentOrder.status.in_(('created', 'pending')),
        PaymentOrder.expires_at > now)).scalars().first()
    if waiting is not None:
        session.commit()
        return Checkout(order_code=waiting.code, url=checkout_url(waiting, payable), reused=True)
    # claim the payable (version check): two racing clicks cannot both create an order
    claimed = session.execute(update(Payable).where(Payable.id == payable.id, Payable.version == payable.version,
                                                    Payable.status == 'open')
                              .values(version=payable.version + 1)).rowcount
    if not claimed:
        session.rollback()
        raise Conflict('payment_in_progress')
    day = to_local(now).date()
    sequence = next_value(session, 'payment_order', day.strftime('%y%m%d'))
    order = PaymentOrder(code=f'TT{day:%y%m%d}{sequence:06d}', payable_id=payable.id,
                         account_id=actor.id if actor else None, amount=payable.amount, bank_code=bank_code,
                         status='pending', created_at=now,
                         expires_at=now + timedelta(minutes=get_settings().payment_order_minutes))
    session.add(order)
    session.flush()
    record_event(session, action='payment.started', entity='payment_order', entity_id=order.code,
                 actor_id=actor.id if actor else None, ip=ip, detail={'amount': order.amount, 'bank': bank_code})
    session.commit()
    return Checkout(order_code=order.code, url=checkout_url(order, payable), reused=False)


def _expire_orders(session: Session, now: datetime) -> int:
    return session.execute(update(PaymentOrder).where(PaymentOrder.status.in_(('created', 'pending')),
                                                      PaymentOrder.expires_at <= now)
                           .values(status='expired', version=PaymentOrder.version + 1)).rowcount or 0


def orders_to_query(session: Session, *, older_than: timedelta = timedelta(minutes=5), limit: int = 50) -> list[str]:
    """Orders the gateway has not told us about for a while (a lost notification, a closed
    browser): their status is asked for, so nothing paid stays unrecorded."""
    now = now_utc()
    return list(session.execute(select(PaymentOrder.code).where(
        PaymentOrder.status.in_(('pending', 'expired')), PaymentOrder.created_at <= now - older_than,
        PaymentOrder.created_at >= now - timedelta(days=2)).order_by(PaymentOrder.id).limit(limit)).scalars())


def expire_orders(session: Session) -> int:
    """Orders nobody paid in time (a late payment still lands: see apply_gateway_result)."""
    count = _expire_orders(session, now_utc())
    session.commit()
    return count


# ---------------------------------------------------------------- the gateway's answers

@dataclass(frozen=True)
class GatewayOutcome:
    outcome: str  # a key of ANSWERS
    order_code: str | None = None
    status: str | None = None  # the order's status after this message

    @property
    def answer(self) -> dict:
        code, message = ANSWERS[self.outcome]
        return {'RspCode': code, 'Message': message}


def _log(session: Session, *, kind: str, fields: dict, signature_ok: bool, outcome: str, ip: str | None) -> None:
    session.add(GatewayMessage(kind=kind, order_code=str(fields.get('order') or '')[:32] or None,
                               payload={k: str(v)[:200] for k, v in list(fields.items())[:30]},
                               signature_ok=signature_ok, outcome=outcome, ip=ip))


def apply_gateway_result(session: Session, *, fields: dict, kind: str, ip: str | None = None) -> GatewayOutcome:
    """The gateway's word on an order (server notification or browser return), applied once."""
    fields = {str(k): str(v) for k, v in fields.items()}
    lock_for_write(session)
    if not fields_signed(fields, get_settings().merchant_secret):
        _log(session, kind=kind, fields=fields, signature_ok=False, outcome='bad_signature', ip=ip)
        record_event(session, action='payment.forged_message', entity='payment_order',
                     entity_id=(fields.get('order') or '')[:64] or None, ip=ip, detail={'kind': kind})
        session.commit()
        return GatewayOutcome('bad_signature', fields.get('order'))
    order = session.execute(select(PaymentOrder).where(PaymentOrder.code == fields.get('order', ''))) \
        .scalar_one_or_none()
    if order is None:
        _log(session, kind=kind, fields=fields, signature_ok=True, outcome='order_not_found', ip=ip)
        session.commit()
        return GatewayOutcome('order_not_found', fields.get('order'))
    if fields.get('amount') != str(order.amount) or fields.get('currency', 'VND') != order.currency:
        _log(session, kind=kind, fields=fields, signature_ok=True, outcome='amount_mismatch', ip=ip)
        record_event(session, action='payment.amount_mismatch', entity='payment_order', entity_id=order.code, ip=ip,
                     detail={'expected': order.amount, 'got': fields.get('amount')})
        session.commit()
        return GatewayOutcome('amount_mismatch', order.code, order.status)
    result = fields.get('status')
    if order.status == 'paid' or (order.status == 'failed' and result != SUCCESS):
        _log(session, kind=kind, fields=fields, signature_ok=True, outcome='already_confirmed', ip=ip)
        session.commit()
        return GatewayOutcome('already_confirmed', order.code, order.status)
    now = now_utc()
    if result == SUCCESS:
        _mark_paid(session, order=order, txn=fields.get('txn'), now=now, ip=ip)
    elif result in FAILURE_CODES:
        values = {'status': 'failed', 'version': order.version + 1}
        if not session.execute(update(PaymentOrder).where(PaymentOrder.id == order.id,
                                                          PaymentOrder.version == order.version).values(**values)).rowcount:
            session.rollback()
            return apply_gateway_result(session, fields=fields, kind=kind, ip=ip)  # someone else moved it: re-read
        record_event(session, action='payment.failed', entity='payment_order', entity_id=order.code, ip=ip,
                     detail={'reason': FAILURE_CODES[result]})
    else:
        _log(session, kind=kind, fields=fields, signature_ok=True, outcome='bad_request', ip=ip)
        session.commit()
        return GatewayOutcome('bad_request', order.code, order.status)
    _log(session, kind=kind, fields=fields, signature_ok=True, outcome='confirmed', ip=ip)
    session.commit()
    events.publish('payments', 'dossiers')
    session.refresh(order)
    return GatewayOutcome('confirmed', order.code, order.status)


def _mark_paid(session: Session, *, order: PaymentOrder, txn: str | None, now: datetime, ip: str | None) -> None:
    late = order.status == 'expired' or as_utc(order.expires_at) < now
    claimed = session.execute(update(PaymentOrder).where(PaymentOrder.id == order.id,
                                                         PaymentOrder.version == order.version)
                              .values(status='paid', paid_at=now, gateway_txn=(txn or '')[:64] or None, late=late,
                                      version=order.version + 1)).rowcount
    if not claimed:
        raise Conflict('payment_changed')  # the caller's transaction rolls back; the gateway retries
    payable = session.get(Payable, order.payable_id)
    # closing the payable is itself conditional: of two orders paid at once, one gets the receipt
    closed = session.execute(update(Payable).where(Payable.id == payable.id, Payable.status == 'open')
                             .values(status='paid', paid_at=now, version=Payable.version + 1)).rowcount
    if not closed:
        # paid twice (another order won, or the payable was cancelled): kept and flagged for refund
        session.execute(update(PaymentOrder).where(PaymentOrder.id == order.id).values(refund_due=True))
        record_event(session, action='payment.refund_due', entity='payment_order', entity_id=order.code, ip=ip)
        return
    year = to_local(now).year
    number = f'BL{year}-{next_value(session, "receipt", str(year)):07d}'
    session.add(Receipt(number=number, order_id=order.id, payable_id=payable.id, agency_id=payable.agency_id,
                        payer_name=payable.payer_name, amount=order.amount, issued_at=now))
    agency_code = session.execute(select(Agency.code).where(Agency.id == payable.agency_id)).scalar_one()
    day = to_local(now).date()
    bump_counter(session, 'payments', day=day, dim1=agency_code, dim2=payable.kind)
    bump_counter(session, 'payment_amount', day=day, dim1=agency_code, dim2=payable.kind, by=order.amount)
    record_event(session, action='payment.paid', entity='payment_order', entity_id=order.code, ip=ip,
                 detail={'receipt': number, 'amount': order.amount, 'late': late})
    if payable.dossier_id is not None:
        from domain.dossiers import record_fee_paid
        record_fee_paid(session, dossier_id=payable.dossier_id, at=now)


# ---------------------------------------------------------------- reading

def order_result(session: Session, *, order_code: str) -> dict:
    order = session.execute(select(PaymentOrder).where(PaymentOrder.code == order_code)).scalar_one_or_none()
    if order is None:
        raise NotFound('order_not_found')
    payable = session.get(Payable, order.payable_id)
    receipt = session.execute(select(Receipt).where(Receipt.order_id == order.id)).scalar_one_or_none()
    return {'order': order, 'payable': payable, 'receipt': receipt}


def payment_history(session: Session, *, actor: Account, limit: int = 100) -> list[dict]:
    rows = session.execute(
        select(PaymentOrder, Payable, Receipt.number).join(Payable, Payable.id == PaymentOrder.payable_id)
        .outerjoin(Receipt, Receipt.order_id == PaymentOrder.id)
        .where((PaymentOrder.account_id == actor.id) | (Payable.payer_id_number == actor.id_number))
        .order_by(PaymentOrder.id.desc()).limit(limit)).all()
    return [{'order': o, 'payable': p, 'receipt': number} for o, p, number in rows]


def receipt_for(session: Session, *, number: str, actor: Account) -> dict:
    """A receipt, for its payer, the agency paid, or an administrator."""
    receipt = session.execute(select(Receipt).where(Receipt.number == number)).scalar_one_or_none()
    if receipt is None:
        raise NotFound('receipt_not_found')
    payable = session.get(Payable, receipt.payable_id)
    order = session.get(PaymentOrder, receipt.order_id)
    allowed = (payable.payer_id_number == actor.id_number or order.account_id == actor.id or actor.role == 'admin'
               or (actor.role == 'officer' and actor.agency_id == receipt.agency_id))
    if not allowed:
        raise NotFound('receipt_not_found')  # not yours answers like not there
    return {'receipt': receipt, 'payable': payable, 'order': order, 'agency': session.get(Agency, receipt.agency_id)}


def agency_payables(session: Session, *, actor: Account, status: str | None = None, limit: int = 100) -> list[Payable]:
    """The officer's agency's payables, newest first (all agencies for an administrator)."""
    require_area(actor, 'agency')
    query = select(Payable).order_by(Payable.id.desc()).limit(limit)
    if actor.role == 'officer':
        query = query.where(Payable.agency_id == actor.agency_id)
    if status:
        query = query.where(Payable.status == status)
    return list(session.execute(query).scalars())


# ---------------------------------------------------------------- reconciliation

def payments_by_day(session: Session, *, actor: Account, since: date, until: date) -> list[dict]:
    """Paid orders per local day for the officer's agency (all agencies for an administrator)."""
    require_area(actor, 'agency')
    query = select(PaymentOrder, Payable.agency_id).join(Payable, Payable.id == PaymentOrder.payable_id).where(
        PaymentOrder.status == 'paid',
        PaymentOrder.paid_at >= datetime.combine(since, datetime.min.time(), VN_TZ),
        PaymentOrder.paid_at < datetime.combine(until + timedelta(days=1), datetime.min.time(), VN_TZ))
    if actor.role == 'officer':
        query = query.where(Payable.agency_id == actor.agency_id)
    days: dict[date, Counter] = {}
    for order, _agency in session.execute(query):
        day = to_local(order.paid_at).date()
        days.setdefault(day, Counter()).update({'count': 1, 'amount': order.amount, 'late': int(order.late),
                                                'refund_due': int(order.refund_due)})
    return [{'day': d, **{k: c[k] for k in ('count', 'amount', 'late', 'refund_due')}} for d, c in sorted(days.items())]


SETTLEMENT_COLUMNS = ('date', 'order', 'txn', 'amount', 'status')


def _iso_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def reconcile_settlement(session: Session, *, actor: Account, csv_text: str) -> dict:
    """Compare the gateway's settlement file with our orders; every difference is listed.

    The gateway settles the portal's orders of every agency in one file: an officer reconciles
    their agency's own and what the portal does not know at all; another agency's orders are
    left out, neither counted nor shown (administrators reconcile every agency)."""
    require_area(actor, 'agency')
    reader = csv.DictReader(io.StringIO(csv_text.lstrip('\ufeff')))
    if reader.fieldnames is None or set(SETTLEMENT_COLUMNS) - set(reader.fieldnames):
        raise ValidationFailed('settlement_columns', field='file', columns=', '.join(SETTLEMENT_COLUMNS))
    settled: dict[str, dict] = {}
    problems: list[dict] = []
    for line, row in enumerate(reader, start=2):
        amount, day = row.get('amount') or '', row.get('date') or ''
        if not (amount.isascii() and amount.isdigit()) or not row.get('order') or not _iso_day(day):
            problems.append({'line': line, 'order': row.get('order') or '', 'kind': 'unreadable_line'})
            continue
        settled[row['order']] = row | {'line': line}
    days = {r['date'] for r in settled.values()}
    query = select(PaymentOrder, Payable.agency_id).join(Payable, Payable.id == PaymentOrder.payable_id)
    if actor.role == 'officer':
        query = query.where(Payable.agency_id == actor.agency_id)
        others = set(session.execute(select(PaymentOrder.code).join(Payable, Payable.id == PaymentOrder.payable_id)
                                     .where(PaymentOrder.code.in_(list(settled)),
                                            Payable.agency_id != actor.agency_id)).scalars()) if settled else set()
        settled = {code: row for code, row in settled.items() if code not in others}
    ours = {o.code: o for o, _a in session.execute(query.where(PaymentOrder.code.in_(list(settled)))).all()} \
        if settled else {}
    if days:  # paid orders of those days that the gateway did not settle
        first, last = date.fromisoformat(min(days)), date.fromisoformat(max(days))
        for order, _a in session.execute(query.where(
                PaymentOrder.status == 'paid',
                PaymentOrder.paid_at >= datetime.combine(first, datetime.min.time(), VN_TZ),
                PaymentOrder.paid_at < datetime.combine(last + timedelta(days=1), datetime.min.time(), VN_TZ))):
            ours.setdefault(order.code, order)
    for code, row in settled.items():
        order = ours.get(code)
        if order is None:
            problems.append({'line': row['line'], 'order': code, 'kind': 'unknown_to_portal',
                             'gateway_amount': int(row['amount'])})
            continue
        if int(row['amount']) != order.amount:
            problems.append({'line': row['line'], 'order': code, 'kind': 'amount_differs',
                             'gateway_amount': int(row['amount']), 'portal_amount': order.amount})
        gateway_paid = row['status'] == SUCCESS
        if gateway_paid != (order.status == 'paid'):
            problems.append({'line': row['line'], 'order': code, 'kind': 'status_differs',
                             'gateway_status': row['status'], 'portal_status': order.status})
        if order.refund_due:
            problems.append({'line': row['line'], 'order': code, 'kind': 'refund_due', 'portal_amount': order.amount})
    for code, order in ours.items():
        if code not in settled and order.status == 'paid':
            problems.append({'line': None, 'order': code, 'kind': 'missing_from_settlement',
                             'portal_amount': order.amount})
    return {'settled': len(settled), 'matched': len(settled) - len({p['order'] for p in problems if p['order'] in settled}),
            'problems': problems}
