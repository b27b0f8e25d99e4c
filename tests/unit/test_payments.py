"""Online payment: payables checked field by field, orders through the (sandbox) gateway,
signed notifications applied exactly once, gapless receipts, dossier fees, and reconciliation
with the gateway's settlement file. Runs on SQLite and, when configured, on PostgreSQL."""
from __future__ import annotations

import csv
import io
import itertools
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlsplit

import pytest
from sqlalchemy import func, select, update

from core import db
from core.clock import now_utc, to_local, today_local
from core.errors import Conflict, InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from core.gateway import signed
from core.security import fields_signed, sign_fields
from core.settings import get_settings
from domain import dossiers as rules
from domain import payments
from domain.payments import (
    BANKS, MAX_AMOUNT, apply_gateway_result, create_payable, create_payable_by_officer, expire_orders, find_payable,
    my_payables, payment_history, payments_by_day, receipt_for, reconcile_settlement, start_payment)
from domain.stats import counter_total
from models.agencies import Agency
from models.audit import AuditEvent
from models.dossiers import ACCEPTED, FEE_REQUESTED, PROCESSING, Dossier, DossierEvent
from models.payments import GatewayMessage, Payable, PayableCreate, PaymentOrder, Receipt
from sandbox import bank
from tests.factories import load_test_procedures, make_citizen, make_staff, pdf_bytes, run_together

_numbers = itertools.count(1001)

# one valid payable of each kind (what the kind needs beyond the common fields)
VALID = {
    'dossier_fee': dict(reference='UBND-01-260105-0001/1'),
    'traffic_fine': dict(reference='1234/QĐ-XPVPHC', plate='30A-123.45'),
    'registration_fee': dict(reference='LPTB-01-2601-0042', plate='51G-888.88'),
    'tax_personal_income': dict(reference='8012345678-2026-Q3', period='2026-Q3'),
    'tax_licence': dict(reference='0101234567-2026', period='2026'),
    'tax_corporate': dict(reference='0101234567-2026-10', period='2026-10'),
    'electricity_bill': dict(reference='PD01000123456', period='2026-10'),
}


def payable_data(kind: str = 'traffic_fine', **overrides) -> PayableCreate:
    data = dict(kind=kind, payer_id_number='001090012345', payer_name='Trần Văn Bình',
                description='Phạt vi phạm hành chính về giao thông đường bộ', amount=2_500_000)
    data.update(VALID.get(kind, {'reference': 'ABC-1'}))
    if kind == 'traffic_fine':
        data['reference'] = f'{next(_numbers)}/QĐ-XPVPHC'
    data.update(overrides)
    return PayableCreate(**data)


@pytest.fixture
def world(session):
    agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
    citizen = make_citizen(session, full_name='Trần Văn Bình')
    other = make_citizen(session, full_name='Lê Thị Khác')
    officer = make_staff(session, 'officer', agency_code='UBND-01')
    stranger = make_staff(session, 'officer', agency_code='UBND-79')
    return SimpleNamespace(session=session, agency_id=agencies['UBND-01'], other_agency_id=agencies['UBND-79'],
                           citizen=citizen, other=other, officer=officer, stranger=stranger)


def new_payable(world, kind: str = 'traffic_fine', agency_id: int | None = None, **overrides) -> Payable:
    overrides.setdefault('payer_id_number', world.citizen.id_number)
    return create_payable(world.session, agency_id=agency_id or world.agency_id, data=payable_data(kind, **overrides),
                          created_by='test')


def start(world, payable: Payable, *, actor=None, bank_code: str = 'VCB'):
    return start_payment(world.session, actor=actor if actor is not None else world.citizen, payable_id=payable.id,
                         bank_code=bank_code)


def request_of(checkout) -> dict:
    """The parameters the browser carries to the gateway."""
    return dict(parse_qsl(urlsplit(checkout.url).query, keep_blank_values=True))


def bank_says(session, checkout, outcome: str = 'paid') -> dict:
    """The sandbox bank checks the signed request, decides, and signs its result (as sent to the
    browser return and to the IPN)."""
    return bank.settle(session, request=bank.check_payment_request(request_of(checkout)), outcome=outcome)


def gateway_result(order_code: str, amount: int, *, status: str = '00', currency: str = 'VND',
                   secret: str | None = None, **extra) -> dict:
    """A result message signed by hand (to say things the sandbox bank never says)."""
    fields = {'merchant': get_settings().payment_merchant, 'order': order_code, 'amount': str(amount),
              'currency': currency, 'bank': 'VCB', 'status': status, 'txn': f'SBX{order_code[-8:]}',
              'paid_at': to_local(now_utc()).strftime('%Y%m%d%H%M%S')} | extra
    return fields | {'signature': sign_fields(fields, secret or get_settings().merchant_secret)}


def fresh(session, model, ident):
    session.expire_all()
    return session.get(model, ident)


def order_of(session, code: str) -> PaymentOrder:
    session.expire_all()
    return session.execute(select(PaymentOrder).where(PaymentOrder.code == code)).scalar_one()


def count(session, model, *where) -> int:
    return session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def audits(session, action: str) -> list[AuditEvent]:
    return list(session.execute(select(AuditEvent).where(AuditEvent.action == action)
                                .order_by(AuditEvent.id)).scalars())


def messages(session) -> list[tuple]:
    return [tuple(row) for row in session.execute(
        select(GatewayMessage.kind, GatewayMessage.order_code, GatewayMessage.signature_ok, GatewayMessage.outcome)
        .order_by(GatewayMessage.id)).all()]


def receipt_numbers(session) -> list[str]:
    return list(session.execute(select(Receipt.number).order_by(Receipt.id)).scalars())


def state(session) -> dict:
    """Everything a payment message may move (the gateway message log aside)."""
    session.expire_all()
    return {
        'orders': sorted(tuple(r) for r in session.execute(select(
            PaymentOrder.code, PaymentOrder.status, PaymentOrder.version, PaymentOrder.late, PaymentOrder.refund_due,
            PaymentOrder.gateway_txn)).all()),
        'payables': sorted(tuple(r) for r in session.execute(select(Payable.id, Payable.status, Payable.version)).all()),
        'receipts': receipt_numbers(session),
        'payments': counter_total(session, 'payments'),
        'payment_amount': counter_total(session, 'payment_amount'),
        'paid_audits': len(audits(session, 'payment.paid')),
    }


def receipt_number(n: int) -> str:
    return f'BL{to_local(now_utc()).year}-{n:07d}'


# ---------------------------------------------------------------- payables, field by field

@pytest.mark.parametrize('kind', sorted(VALID))
def test_each_kind_of_payable_is_recorded_when_complete(world, kind):
    data = payable_data(kind, payer_id_number=world.citizen.id_number)
    payable = create_payable(world.session, agency_id=world.agency_id, data=data, created_by='test')
    stored = fresh(world.session, Payable, payable.id)
    assert (stored.kind, stored.status, stored.agency_id, stored.created_by) == (kind, 'open', world.agency_id, 'test')
    assert (stored.reference, stored.period, stored.amount) == (data.reference, data.period, 2_500_000)
    created = audits(world.session, 'payable.created')
    assert len(created) == 1 and created[0].entity_id == str(payable.id)
    assert created[0].detail == {'kind': kind, 'amount': 2_500_000, 'by': 'test'}
    assert world.citizen.id_number not in str(created[0].detail)  # no ID numbers in the audit trail


def test_references_and_plates_are_normalised(world):
    fine = new_payable(world, reference='  1234/qđ-xpvphc ', plate='30a-123.45')
    assert (fine.reference, fine.plate) == ('1234/QĐ-XPVPHC', '30A12345')
    motorbike = new_payable(world, plate='29-B1 123.45')
    assert motorbike.plate == '29B112345'
    bill = new_payable(world, 'electricity_bill', reference='pd01000123456')
    assert bill.reference == 'PD01000123456' and bill.plate is None
    assert payments.normalize_plate(' 51g.888-88 ') == '51G88888' and payments.normalize_plate('') is None


@pytest.mark.parametrize('kind, field, value, code', [
    ('parking_fee', 'kind', 'parking_fee', 'payable_kind_invalid'),
    ('traffic_fine', 'reference', '1234-XPVPHC', 'reference_invalid_traffic_fine'),
    ('traffic_fine', 'reference', 'QĐ-XPVPHC', 'reference_invalid_traffic_fine'),
    ('traffic_fine', 'reference', '12345678/QĐ-XPVPHC', 'reference_invalid_traffic_fine'),
    ('traffic_fine', 'reference', '1234/QĐ-X', 'reference_invalid_traffic_fine'),
    ('traffic_fine', 'reference', '1234/QĐ-XP VPHC', 'reference_invalid_traffic_fine'),
    ('electricity_bill', 'reference', 'PD0100012345', 'reference_invalid_electricity_bill'),  # P + 11
    ('electricity_bill', 'reference', 'PD010001234567', 'reference_invalid_electricity_bill'),  # P + 13
    ('electricity_bill', 'reference', 'XD01000123456', 'reference_invalid_electricity_bill'),
    ('electricity_bill', 'reference', 'PD01000-23456', 'reference_invalid_electricity_bill'),
    ('tax_licence', 'reference', '   ', 'reference_invalid'),
    ('dossier_fee', 'reference', 'X' * 65, 'reference_invalid'),
    ('tax_licence', 'payer_id_number', '12345678', 'payer_id_invalid'),  # 8 digits
    ('tax_licence', 'payer_id_number', '00109001234', 'payer_id_invalid'),  # 11 digits
    ('tax_licence', 'payer_id_number', '00109001234567', 'payer_id_invalid'),  # 14 digits
    ('tax_licence', 'payer_id_number', '00109001234A', 'payer_id_invalid'),
    ('tax_licence', 'payer_id_number', '００１０９００１２３４５', 'payer_id_invalid'),  # full-width digits
    ('tax_licence', 'payer_id_number', '', 'payer_id_invalid'),
    ('tax_licence', 'payer_name', 'A', 'payer_name_invalid'),
    ('tax_licence', 'payer_name', '    ', 'payer_name_invalid'),
    ('tax_licence', 'payer_name', 'Ă' * 201, 'payer_name_invalid'),
    ('traffic_fine', 'plate', None, 'plate_invalid'),
    ('traffic_fine', 'plate', 'ABC-123', 'plate_invalid'),
    ('traffic_fine', 'plate', '30A-12', 'plate_invalid'),
    ('registration_fee', 'plate', '', 'plate_invalid'),
    ('tax_personal_income', 'period', None, 'payable_period_invalid'),
    ('tax_corporate', 'period', '2026-13', 'payable_period_invalid'),
    ('tax_corporate', 'period', '2026-00', 'payable_period_invalid'),
    ('tax_corporate', 'period', '2026-Q5', 'payable_period_invalid'),
    ('tax_licence', 'period', '26', 'payable_period_invalid'),
    ('electricity_bill', 'period', '2026/10', 'payable_period_invalid'),
    ('electricity_bill', 'period', '', 'payable_period_invalid'),
    ('tax_licence', 'description', 'ab', 'description_invalid'),
    ('tax_licence', 'description', 'x' * 301, 'description_invalid'),
    ('tax_licence', 'amount', 999, 'amount_invalid'),
    ('tax_licence', 'amount', 0, 'amount_invalid'),
    ('tax_licence', 'amount', -5_000, 'amount_invalid'),
    ('tax_licence', 'amount', MAX_AMOUNT + 1, 'amount_invalid'),
])
def test_a_wrong_field_is_refused_with_its_own_code(world, kind, field, value, code):
    with pytest.raises(ValidationFailed) as caught:
        new_payable(world, kind, **({} if field == 'kind' else {field: value}))
    assert caught.value.code == 'form_invalid'
    assert caught.value.fields == {field: code}
    assert count(world.session, Payable) == 0 and not audits(world.session, 'payable.created')


@pytest.mark.parametrize('kind, field, value', [
    ('tax_licence', 'payer_id_number', '001090012'),  # 9 digits (old ID card)
    ('tax_licence', 'payer_id_number', '0101234567'),  # tax code
    ('tax_licence', 'payer_id_number', '0101234567001'),  # branch tax code
    ('tax_licence', 'payer_name', 'Lê'),
    ('traffic_fine', 'plate', '29LD-123.45'),
    ('traffic_fine', 'plate', '30A-1234'),
    ('traffic_fine', 'reference', '1/QĐ-XPHC'),
    ('traffic_fine', 'reference', '1234567/QĐ-CSGT-PC08'),
    ('tax_corporate', 'period', '2026-12'),
    ('tax_corporate', 'period', '2026-Q4'),
    ('tax_licence', 'amount', 1_000),
    ('tax_licence', 'amount', MAX_AMOUNT),
    ('tax_licence', 'description', 'Thuế'),
])
def test_the_edges_of_each_rule_are_accepted(world, kind, field, value):
    assert new_payable(world, kind, **{field: value}).status == 'open'


def test_every_wrong_field_is_reported_at_once(world):
    with pytest.raises(ValidationFailed) as caught:
        create_payable(world.session, agency_id=world.agency_id, created_by='test', data=PayableCreate(
            kind='traffic_fine', reference='1234', payer_id_number='12', payer_name='', plate='X',
            description='', amount=10))
    assert caught.value.fields == {'reference': 'reference_invalid_traffic_fine', 'payer_id_number': 'payer_id_invalid',
                                   'payer_name': 'payer_name_invalid', 'plate': 'plate_invalid',
                                   'description': 'description_invalid', 'amount': 'amount_invalid'}


@pytest.mark.parametrize('kind, field, value, code', [
    ('tax_licence', 'plate', 'X' * 17, 'plate_invalid'),  # payable.plate is VARCHAR(16)
    ('traffic_fine', 'period', '2026-10-2026-10-2026', 'payable_period_invalid'),  # payable.period is VARCHAR(16)
])
def test_a_field_the_kind_does_not_use_is_still_checked(world, kind, field, value, code):
    """Whatever an agency system sends is refused as bad input, never left to the database."""
    with pytest.raises(ValidationFailed) as caught:
        new_payable(world, kind, **{field: value})
    assert caught.value.fields == {field: code}


def test_the_same_reference_twice_is_a_conflict(world):
    first = new_payable(world, reference='1234/QĐ-XPVPHC')
    with pytest.raises(Conflict) as caught:
        new_payable(world, reference=' 1234/qđ-xpvphc', plate='30A-123.45')
    assert caught.value.code == 'payable_exists' and caught.value.fields == {'reference': 'payable_exists'}
    world.session.rollback()
    # the same reference under another kind is another thing owed
    new_payable(world, 'dossier_fee', reference='1234/QĐ-XPVPHC')
    assert count(world.session, Payable) == 2
    assert fresh(world.session, Payable, first.id).status == 'open'


def test_an_officer_records_payables_for_their_own_agency_only(world):
    payable = create_payable_by_officer(world.session, actor=world.officer, data=payable_data(), ip='10.0.0.1')
    assert payable.agency_id == world.officer.agency_id and payable.created_by == f'account:{world.officer.id}'
    with pytest.raises(PermissionDenied):
        create_payable_by_officer(world.session, actor=world.citizen, data=payable_data())
    assert count(world.session, Payable) == 1


# ---------------------------------------------------------------- finding what one owes

def test_a_fine_is_found_by_its_decision_and_plate_and_a_wrong_plate_answers_like_unknown(world):
    fine = new_payable(world, reference='2731/QĐ-XPVPHC', plate='30A-123.45')
    for plate in ('30A-123.45', '30a12345', ' 30A 123.45 '):
        assert find_payable(world.session, kind='traffic_fine', reference='2731/qđ-xpvphc', plate=plate).id == fine.id
    answers = []
    for reference, plate in (('2731/QĐ-XPVPHC', '30A-999.99'), ('2731/QĐ-XPVPHC', None),
                             ('9999/QĐ-XPVPHC', '30A-123.45')):
        with pytest.raises(NotFound) as caught:
            find_payable(world.session, kind='traffic_fine', reference=reference, plate=plate)
        answers.append((type(caught.value), caught.value.code, caught.value.fields, caught.value.params))
    assert answers == [(NotFound, 'payable_not_found', {}, {})] * 3
    with pytest.raises(NotFound):  # the kind is part of the key
        find_payable(world.session, kind='registration_fee', reference='2731/QĐ-XPVPHC', plate='30A-123.45')


def test_a_bill_is_found_by_its_customer_code_alone(world):
    bill = new_payable(world, 'electricity_bill')
    assert find_payable(world.session, kind='electricity_bill', reference=' pd01000123456 ').id == bill.id


def test_my_payables_are_mine_and_open(world):
    mine = new_payable(world)
    tax = new_payable(world, 'tax_licence')
    new_payable(world, 'electricity_bill', payer_id_number=world.other.id_number)
    assert {p.id for p in my_payables(world.session, actor=world.citizen)} == {mine.id, tax.id}
    apply_gateway_result(world.session, fields=bank_says(world.session, start(world, mine)), kind='return')
    assert [p.id for p in my_payables(world.session, actor=world.citizen)] == [tax.id]
    assert {p.id for p in my_payables(world.session, actor=world.citizen, include_paid=True)} == {mine.id, tax.id}
    assert [p.payer_id_number for p in my_payables(world.session, actor=world.other)] == [world.other.id_number]


# ---------------------------------------------------------------- starting a payment

def test_starting_a_payment_gives_a_signed_order_for_the_whole_amount(world):
    payable = new_payable(world, amount=1_250_000)
    checkout = start(world, payable, bank_code='MOMO')
    assert not checkout.reused
    order = order_of(world.session, checkout.order_code)
    assert checkout.order_code.startswith(f'TT{to_local(now_utc()):%y%m%d}') and len(checkout.order_code) == 14
    assert (order.status, order.amount, order.currency, order.bank_code, order.account_id, order.payable_id) == \
        ('pending', 1_250_000, 'VND', 'MOMO', world.citizen.id, payable.id)
    minutes = (order.expires_at - order.created_at).total_seconds() / 60
    assert minutes == get_settings().payment_order_minutes
    settings = get_settings()
    assert checkout.url.startswith(settings.gateway_url + '/pay?')
    fields = request_of(checkout)
    assert fields_signed(fields, settings.merchant_secret)
    assert (fields['order'], fields['amount'], fields['currency'], fields['bank'], fields['merchant']) == \
        (order.code, '1250000', 'VND', 'MOMO', settings.payment_merchant)
    assert bank.check_payment_request(fields)['amount'] == '1250000'  # the bank accepts it
    assert not fields_signed(fields | {'amount': '1000'}, settings.merchant_secret)  # nor a lowered amount
    assert not fields_signed(fields, 'another merchant secret')
    with pytest.raises(bank.BadRequest):
        bank.check_payment_request(fields | {'amount': '1000'})
    assert [a.entity_id for a in audits(world.session, 'payment.started')] == [order.code]


@pytest.mark.parametrize('bank_code', ['', 'vcb', 'PAYPAL', 'VCB '])
def test_the_bank_must_be_one_the_gateway_offers(world, bank_code):
    payable = new_payable(world)
    with pytest.raises(ValidationFailed) as caught:
        start(world, payable, bank_code=bank_code)
    assert caught.value.code == 'bank_invalid' and caught.value.fields == {'bank': 'bank_invalid'}
    assert count(world.session, PaymentOrder) == 0 and 'VCB' in BANKS


def test_a_double_click_reuses_the_waiting_order(world):
    payable = new_payable(world)
    first = start(world, payable)
    second = start(world, payable)
    assert (second.order_code, second.reused, first.reused) == (first.order_code, True, False)
    assert second.url == first.url
    assert count(world.session, PaymentOrder) == 1 and len(audits(world.session, 'payment.started')) == 1


def test_someone_else_pays_a_fine_only_by_knowing_its_decision_and_plate(world):
    fine = new_payable(world, reference='2731/QĐ-XPVPHC', plate='30A-123.45')
    own = start(world, fine)
    # a relative who has the decision in hand
    relative = start_payment(world.session, actor=world.other, payable_id=fine.id, bank_code='VCB',
                             reference='2731/qđ-xpvphc', plate='30A12345')
    assert (relative.order_code, relative.reused) == (own.order_code, True)
    refused = []
    for actor, reference, plate in ((world.other, None, None), (world.other, '2731/QĐ-XPVPHC', '30A-999.99'),
                                    (world.other, '2732/QĐ-XPVPHC', '30A-123.45'), (world.stranger, None, None),
                                    (None, '2731/QĐ-XPVPHC', '30A-123.45')):
        with pytest.raises(NotFound) as caught:
            start_payment(world.session, actor=actor, payable_id=fine.id, bank_code='VCB', reference=reference,
                          plate=plate)
        refused.append(caught.value.code)
    assert refused == ['payable_not_found'] * 5  # not yours answers like not there
    admin = make_staff(world.session, 'admin')
    for staff in (world.officer, admin):  # the agency's officer and an administrator may start it for the payer
        assert start(world, fine, actor=staff).order_code == own.order_code
    assert count(world.session, PaymentOrder) == 1


def test_an_expired_order_is_not_reused(world):
    payable = new_payable(world)
    first = start(world, payable)
    world.session.execute(update(PaymentOrder).values(expires_at=now_utc() - timedelta(seconds=1)))
    world.session.commit()
    second = start(world, payable)
    assert not second.reused and second.order_code != first.order_code
    assert order_of(world.session, first.order_code).status == 'expired'
    assert order_of(world.session, second.order_code).status == 'pending'


def test_a_paid_cancelled_or_unknown_payable_cannot_be_paid(world):
    paid = new_payable(world)
    apply_gateway_result(world.session, fields=bank_says(world.session, start(world, paid)), kind='ipn')
    cancelled = new_payable(world)
    world.session.execute(update(Payable).where(Payable.id == cancelled.id).values(status='cancelled'))
    world.session.commit()
    for payable in (paid, cancelled):
        with pytest.raises(InvalidTransition) as caught:
            start(world, payable)
        assert caught.value.code == 'payable_not_open'
    with pytest.raises(NotFound):
        start_payment(world.session, actor=world.citizen, payable_id=999_999, bank_code='VCB')
    assert count(world.session, PaymentOrder) == 1


# ---------------------------------------------------------------- the gateway's answer

def test_a_success_issues_one_receipt_and_marks_everything_paid(world):
    payable = new_payable(world, amount=2_500_000)
    checkout = start(world, payable)
    result = bank_says(world.session, checkout)
    outcome = apply_gateway_result(world.session, fields=result, kind='return', ip='203.0.113.9')
    assert (outcome.outcome, outcome.order_code, outcome.status) == ('confirmed', checkout.order_code, 'paid')
    assert outcome.answer == {'RspCode': '00', 'Message': 'Confirm Success'}
    order = order_of(world.session, checkout.order_code)
    assert (order.status, order.gateway_txn, order.late, order.refund_due) == ('paid', result['txn'], False, False)
    assert order.paid_at is not None
    payable = fresh(world.session, Payable, payable.id)
    assert payable.status == 'paid' and payable.paid_at is not None
    receipt = world.session.execute(select(Receipt)).scalar_one()
    assert (receipt.number, receipt.order_id, receipt.payable_id, receipt.agency_id, receipt.amount,
            receipt.payer_name) == (receipt_number(1), order.id, payable.id, world.agency_id, 2_500_000,
                                    'Trần Văn Bình')
    assert counter_total(world.session, 'payments', dim1='UBND-01') == 1
    assert counter_total(world.session, 'payment_amount', dim1='UBND-01') == 2_500_000
    assert counter_total(world.session, 'payments/m') == 1
    paid = audits(world.session, 'payment.paid')
    assert len(paid) == 1 and paid[0].detail == {'receipt': receipt.number, 'amount': 2_500_000, 'late': False}
    assert messages(world.session) == [('return', checkout.order_code, True, 'confirmed')]
    message = world.session.execute(select(GatewayMessage)).scalar_one()
    assert message.ip == '203.0.113.9' and message.payload['txn'] == result['txn']


def test_a_repeated_notification_changes_nothing(world):
    payable = new_payable(world)
    checkout = start(world, payable)
    result = bank_says(world.session, checkout)
    assert apply_gateway_result(world.session, fields=result, kind='return').outcome == 'confirmed'
    before = state(world.session)
    for kind in ('ipn', 'ipn', 'query'):
        outcome = apply_gateway_result(world.session, fields=result, kind=kind)
        assert (outcome.outcome, outcome.status) == ('already_confirmed', 'paid')
        assert outcome.answer['RspCode'] == '02'
    assert state(world.session) == before
    assert before['receipts'] == [receipt_number(1)] and before['payments'] == 1
    assert [m[3] for m in messages(world.session)] == ['confirmed'] + ['already_confirmed'] * 3
    # a failure reported after the success does not un-pay the order either
    late_failure = gateway_result(checkout.order_code, payable.amount, status='51')
    assert apply_gateway_result(world.session, fields=late_failure, kind='ipn').outcome == 'already_confirmed'
    assert state(world.session) == before


def _forgeries(order_code: str, amount: int) -> dict[str, dict]:
    genuine = gateway_result(order_code, amount)
    failure = gateway_result(order_code, amount, status='51')
    return {
        'another key': gateway_result(order_code, amount, secret='not-the-merchant-secret'),
        'changed after signing': failure | {'status': '00'},
        'field added after signing': gateway_result(order_code, amount) | {'note': 'x'},
        'no signature': {k: v for k, v in genuine.items() if k != 'signature'},
        'empty signature': genuine | {'signature': ''},
        'truncated signature': genuine | {'signature': genuine['signature'][:-2]},
        'nothing at all': {},
    }


def test_a_forged_message_is_refused_logged_and_changes_nothing(world):
    payable = new_payable(world)
    checkout = start(world, payable)
    before = state(world.session)
    forgeries = _forgeries(checkout.order_code, payable.amount)
    for name, fields in forgeries.items():
        outcome = apply_gateway_result(world.session, fields=fields, kind='ipn', ip='198.51.100.7')
        assert outcome.outcome == 'bad_signature', name
        assert outcome.answer['RspCode'] == '97'
    assert state(world.session) == before
    logged = messages(world.session)
    assert len(logged) == len(forgeries) and all(not ok and result == 'bad_signature' for _k, _o, ok, result in logged)
    forged = audits(world.session, 'payment.forged_message')
    assert len(forged) == len(forgeries) and forged[0].entity_id == checkout.order_code
    assert forged[0].ip == '198.51.100.7' and forged[0].detail == {'kind': 'ipn'}
    assert order_of(world.session, checkout.order_code).status == 'pending'
    # the genuine message still lands afterwards
    genuine = gateway_result(checkout.order_code, payable.amount)
    assert apply_gateway_result(world.session, fields=genuine, kind='ipn').outcome == 'confirmed'


@pytest.mark.parametrize('signature', ['é' * 64, 'chữ ký giả'], ids=['accented-hex', 'vietnamese-words'])
def test_a_signature_with_non_ascii_characters_is_a_forgery_not_a_crash(world, signature):
    payable = new_payable(world)
    checkout = start(world, payable)
    fields = gateway_result(checkout.order_code, payable.amount) | {'signature': signature}
    outcome = apply_gateway_result(world.session, fields=fields, kind='ipn')
    assert outcome.outcome == 'bad_signature'
    assert messages(world.session) == [('ipn', checkout.order_code, False, 'bad_signature')]


def test_a_forged_message_with_an_oversized_order_is_still_logged(world):
    """Forgers choose the field lengths: the log and the audit trail must take any of them."""
    fields = {'order': 'TT' + '9' * 200, 'amount': '1000', 'status': '00', 'signature': '0' * 64}
    outcome = apply_gateway_result(world.session, fields=fields, kind='ipn')
    assert outcome.outcome == 'bad_signature'
    assert [m[3] for m in messages(world.session)] == ['bad_signature']
    assert len(audits(world.session, 'payment.forged_message')) == 1


@pytest.mark.parametrize('amount_delta, currency', [(-1, 'VND'), (1_000, 'VND'), (0, 'USD'), (0, 'vnd')])
def test_a_signed_message_with_the_wrong_amount_or_currency_is_refused(world, amount_delta, currency):
    payable = new_payable(world, amount=500_000)
    checkout = start(world, payable)
    before = state(world.session)
    fields = gateway_result(checkout.order_code, 500_000 + amount_delta, currency=currency)
    outcome = apply_gateway_result(world.session, fields=fields, kind='ipn')
    assert (outcome.outcome, outcome.answer['RspCode'], outcome.status) == ('amount_mismatch', '04', 'pending')
    assert state(world.session) == before
    assert messages(world.session) == [('ipn', checkout.order_code, True, 'amount_mismatch')]
    mismatch = audits(world.session, 'payment.amount_mismatch')
    assert len(mismatch) == 1 and mismatch[0].detail == {'expected': 500_000, 'got': str(500_000 + amount_delta)}


def test_a_signed_message_about_an_unknown_order_is_refused(world):
    payable = new_payable(world)
    start(world, payable)
    before = state(world.session)
    outcome = apply_gateway_result(world.session, fields=gateway_result('TT000000999999', payable.amount), kind='ipn')
    assert (outcome.outcome, outcome.answer['RspCode'], outcome.order_code) == ('order_not_found', '01', 'TT000000999999')
    assert state(world.session) == before
    assert messages(world.session) == [('ipn', 'TT000000999999', True, 'order_not_found')]


def test_a_signed_message_with_an_unknown_result_code_changes_nothing(world):
    payable = new_payable(world)
    checkout = start(world, payable)
    before = state(world.session)
    for status in ('42', ''):
        fields = gateway_result(checkout.order_code, payable.amount, status=status)
        outcome = apply_gateway_result(world.session, fields=fields, kind='ipn')
        assert (outcome.outcome, outcome.answer['RspCode']) == ('bad_request', '99')
    assert state(world.session) == before


@pytest.mark.parametrize('outcome_name, code', [('insufficient_funds', '51'), ('cancelled', '24'), ('timeout', '11')])
def test_a_failed_attempt_leaves_the_payable_open_for_a_new_order(world, outcome_name, code):
    payable = new_payable(world)
    checkout = start(world, payable)
    result = bank_says(world.session, checkout, outcome_name)
    assert result['status'] == code
    outcome = apply_gateway_result(world.session, fields=result, kind='ipn')
    assert (outcome.outcome, outcome.status) == ('confirmed', 'failed')
    assert order_of(world.session, checkout.order_code).status == 'failed'
    assert fresh(world.session, Payable, payable.id).status == 'open'
    assert receipt_numbers(world.session) == [] and counter_total(world.session, 'payments') == 0
    assert audits(world.session, 'payment.failed')[0].detail == {'reason': payments.FAILURE_CODES[code]}
    # told twice: nothing new
    assert apply_gateway_result(world.session, fields=result, kind='return').outcome == 'already_confirmed'
    # the citizen tries again: a new order, and it pays
    again = start(world, payable)
    assert not again.reused and again.order_code != checkout.order_code
    assert apply_gateway_result(world.session, fields=bank_says(world.session, again), kind='ipn').outcome == 'confirmed'
    assert fresh(world.session, Payable, payable.id).status == 'paid'
    assert receipt_numbers(world.session) == [receipt_number(1)]
    assert order_of(world.session, checkout.order_code).status == 'failed'


def test_a_success_after_a_failed_attempt_of_the_same_order_still_pays(world):
    """The bank lets a failed attempt be retried on the same order; its success is final."""
    payable = new_payable(world)
    checkout = start(world, payable)
    apply_gateway_result(world.session, fields=bank_says(world.session, checkout, 'insufficient_funds'), kind='ipn')
    outcome = apply_gateway_result(world.session, fields=bank_says(world.session, checkout, 'paid'), kind='ipn')
    assert (outcome.outcome, outcome.status) == ('confirmed', 'paid')
    assert receipt_numbers(world.session) == [receipt_number(1)]


def test_a_late_payment_on_an_expired_order_is_applied_and_flagged(world):
    payable = new_payable(world, amount=300_000)
    checkout = start(world, payable)
    result = bank_says(world.session, checkout)  # paid at the bank in time, notified late
    world.session.execute(update(PaymentOrder).values(expires_at=now_utc() - timedelta(minutes=1)))
    world.session.commit()
    assert expire_orders(world.session) == 1
    assert expire_orders(world.session) == 0
    assert order_of(world.session, checkout.order_code).status == 'expired'
    assert [p.id for p in my_payables(world.session, actor=world.citizen)] == [payable.id]
    outcome = apply_gateway_result(world.session, fields=result, kind='ipn')
    assert (outcome.outcome, outcome.status) == ('confirmed', 'paid')
    order = order_of(world.session, checkout.order_code)
    assert (order.status, order.late, order.refund_due) == ('paid', True, False)
    assert fresh(world.session, Payable, payable.id).status == 'paid'
    assert receipt_numbers(world.session) == [receipt_number(1)]
    assert audits(world.session, 'payment.paid')[0].detail['late'] is True
    by_day = payments_by_day(world.session, actor=world.officer, since=today_local(), until=today_local())
    assert by_day == [{'day': today_local(), 'count': 1, 'amount': 300_000, 'late': 1, 'refund_due': 0}]


def _two_orders(world, amount: int = 400_000):
    """A payable with an expired order (still payable at the bank) and a fresh one."""
    payable = new_payable(world, amount=amount)
    first = start(world, payable)
    first_result = bank_says(world.session, first)
    world.session.execute(update(PaymentOrder).where(PaymentOrder.code == first.order_code)
                          .values(expires_at=now_utc() - timedelta(minutes=1)))
    world.session.commit()
    second = start(world, payable)
    assert not second.reused
    return payable, (first, first_result), (second, bank_says(world.session, second))


def test_a_second_paid_order_for_a_paid_payable_is_flagged_for_refund(world):
    _payable, (first, first_result), (second, second_result) = _two_orders(world)
    assert apply_gateway_result(world.session, fields=second_result, kind='ipn').outcome == 'confirmed'
    outcome = apply_gateway_result(world.session, fields=first_result, kind='ipn')
    assert (outcome.outcome, outcome.status) == ('confirmed', 'paid')
    winner, loser = order_of(world.session, second.order_code), order_of(world.session, first.order_code)
    assert (winner.status, winner.refund_due) == ('paid', False)
    assert (loser.status, loser.refund_due, loser.late) == ('paid', True, True)
    receipt = world.session.execute(select(Receipt)).scalar_one()
    assert (receipt.order_id, receipt.number) == (winner.id, receipt_number(1))
    assert counter_total(world.session, 'payments') == 1 and counter_total(world.session, 'payment_amount') == 400_000
    assert [a.entity_id for a in audits(world.session, 'payment.refund_due')] == [first.order_code]
    # repeated, the refund case stays as it is
    before = state(world.session)
    assert apply_gateway_result(world.session, fields=first_result, kind='ipn').outcome == 'already_confirmed'
    assert state(world.session) == before
    by_day = payments_by_day(world.session, actor=world.officer, since=today_local(), until=today_local())
    assert by_day == [{'day': today_local(), 'count': 2, 'amount': 800_000, 'late': 1, 'refund_due': 1}]
    csv_text = bank.settlement_csv(world.session, fields=signed({'date': today_local().isoformat()}))
    report = reconcile_settlement(world.session, actor=world.officer, csv_text=csv_text)
    assert [(p['kind'], p['order']) for p in report['problems']] == [('refund_due', first.order_code)]
    assert (report['settled'], report['matched']) == (2, 1)


# ---------------------------------------------------------------- receipt numbers

def test_receipt_numbers_run_without_gaps_even_when_a_payment_rolls_back(world, monkeypatch):
    fines = [new_payable(world, amount=100_000 * (i + 1)) for i in range(4)]
    results = [bank_says(world.session, start(world, fine)) for fine in fines]
    assert apply_gateway_result(world.session, fields=results[0], kind='ipn').outcome == 'confirmed'

    real_bump = payments.bump_counter

    def broken(*args, **kwargs):  # fails after the receipt number was taken
        raise RuntimeError('database went away')
    monkeypatch.setattr(payments, 'bump_counter', broken)
    before = state(world.session)
    with pytest.raises(RuntimeError):
        apply_gateway_result(world.session, fields=results[1], kind='ipn')
    world.session.rollback()  # what session_scope does when the request fails
    assert state(world.session) == before  # nothing half-applied
    monkeypatch.setattr(payments, 'bump_counter', real_bump)

    for result in (results[2], results[1], results[3]):  # the failed one arrives again (the gateway retries)
        assert apply_gateway_result(world.session, fields=result, kind='ipn').outcome == 'confirmed'
    assert receipt_numbers(world.session) == [receipt_number(n) for n in (1, 2, 3, 4)]
    paid_orders = dict(world.session.execute(select(Receipt.number, PaymentOrder.code)
                                             .join(PaymentOrder, PaymentOrder.id == Receipt.order_id)).all())
    assert paid_orders[receipt_number(3)] == results[1]['order']
    assert counter_total(world.session, 'payments') == 4
    assert counter_total(world.session, 'payment_amount') == 1_000_000


# ---------------------------------------------------------------- at the same moment

def together(*jobs):
    """Each job(session) in its own thread, released at once; a Conflict comes back as its code
    (the API answers 99 and the gateway retries), any other error as itself."""
    return [r.code if isinstance(r, Conflict) else r for r in run_together(db.get_engine(), jobs, timeout=60)]


def applying(fields: dict, kind: str = 'ipn'):
    return lambda session: apply_gateway_result(session, fields=fields, kind=kind).outcome


def test_the_same_success_notified_twice_at_once_is_applied_once(world):
    rounds = 4
    fines = [new_payable(world, amount=150_000) for _ in range(rounds)]
    results = [bank_says(world.session, start(world, fine)) for fine in fines]
    world.session.commit()
    for result in results:  # the IPN and the browser return race each other
        answers = together(applying(result, 'ipn'), applying(result, 'return'))
        assert all(isinstance(a, str) for a in answers), answers
        assert sorted(answers) in (['already_confirmed', 'confirmed'], ['confirmed', 'payment_changed']), answers
    session = world.session
    session.expire_all()
    assert receipt_numbers(session) == [receipt_number(n) for n in range(1, rounds + 1)]
    assert count(session, PaymentOrder, PaymentOrder.status == 'paid') == rounds
    assert count(session, PaymentOrder, PaymentOrder.refund_due.is_(True)) == 0
    assert count(session, Payable, Payable.status == 'paid') == rounds
    assert counter_total(session, 'payments') == rounds
    assert counter_total(session, 'payment_amount') == rounds * 150_000
    assert len(audits(session, 'payment.paid')) == rounds
    assert count(session, GatewayMessage, GatewayMessage.outcome == 'confirmed') == rounds
    # whoever lost, a retry of its message is answered 02 and changes nothing
    before = state(session)
    assert {apply_gateway_result(session, fields=r, kind='ipn').outcome for r in results} == {'already_confirmed'}
    assert state(session) == before


def test_two_orders_of_one_payable_paid_at_once_give_one_receipt(world):
    """An expired order paid late and its replacement paid, both notified at the same moment."""
    rounds = 4
    pairs = []
    for _ in range(rounds):
        payable, (_first, first_result), (_second, second_result) = _two_orders(world, amount=200_000)
        pairs.append((payable, first_result, second_result))
    world.session.commit()
    for payable, first_result, second_result in pairs:
        answers = together(applying(first_result), applying(second_result))
        assert all(a in ('confirmed', 'already_confirmed', 'payment_changed') for a in answers), answers
    session = world.session
    session.expire_all()
    for payable, first_result, second_result in pairs:
        orders = [order_of(session, r['order']) for r in (first_result, second_result)]
        receipts = session.execute(select(Receipt).where(Receipt.payable_id == payable.id)).scalars().all()
        assert len(receipts) == 1, f'{len(receipts)} receipts for one payable'
        assert all(o.status == 'paid' for o in orders)
        assert sorted(o.refund_due for o in orders) == [False, True]
        assert receipts[0].order_id == next(o.id for o in orders if not o.refund_due)
    assert counter_total(session, 'payments') == rounds
    assert counter_total(session, 'payment_amount') == rounds * 200_000
    assert receipt_numbers(session) == [receipt_number(n) for n in range(1, rounds + 1)]


def test_the_same_payable_sent_twice_at_once_is_recorded_once(world):
    """An agency system retries a slow request: the second copy is a conflict, never a crash."""
    rounds = 8
    for round_ in range(rounds):
        data = payable_data(reference=f'{8000 + round_}/QĐ-XPVPHC')

        def creating(session, data=data):
            return create_payable(session, agency_id=world.agency_id, data=data, created_by='client:test').id
        answers = together(creating, creating)
        assert all(isinstance(a, (int, str)) for a in answers), answers  # an id, or a Conflict's code
        assert sorted(map(type, answers), key=str) == [int, str] and 'payable_exists' in answers, answers
    world.session.expire_all()
    assert count(world.session, Payable) == rounds
    assert len(audits(world.session, 'payable.created')) == rounds


def test_two_clicks_at_once_start_one_order(world):
    rounds = 4
    fines = [new_payable(world) for _ in range(rounds)]
    world.session.commit()
    citizen = world.citizen
    for fine in fines:
        def starting(session, fine=fine):
            checkout = start_payment(session, actor=citizen, payable_id=fine.id, bank_code='VCB')
            return checkout.order_code
        answers = together(starting, starting)
        assert all(isinstance(a, str) for a in answers), answers
        codes = [a for a in answers if a.startswith('TT')]
        assert codes and len(set(codes)) == 1 and set(answers) - set(codes) <= {'payment_in_progress'}, answers
    world.session.expire_all()
    assert count(world.session, PaymentOrder) == rounds
    assert len(audits(world.session, 'payment.started')) == rounds


# ---------------------------------------------------------------- large amounts

def test_a_large_tax_is_recorded_paid_and_receipted_in_full(world):
    """Corporate income tax runs to billions of đồng: every amount column must hold MAX_AMOUNT."""
    amount = 5_000_000_000
    tax = new_payable(world, 'tax_corporate', amount=amount)
    checkout = start(world, tax)
    assert apply_gateway_result(world.session, fields=bank_says(world.session, checkout), kind='ipn').outcome == \
        'confirmed'
    receipt = world.session.execute(select(Receipt)).scalar_one()
    assert receipt.amount == amount and order_of(world.session, checkout.order_code).amount == amount
    assert counter_total(world.session, 'payment_amount') == amount


# ---------------------------------------------------------------- dossier fees

@pytest.fixture
def desk(world):
    load_test_procedures(world.session)
    return world


def accepted_dossier(world) -> Dossier:
    session, citizen = world.session, world.citizen
    dossier = rules.save_draft(session, actor=citizen, procedure_code='1.000001', agency_code='UBND-01',
                               form_data={'full_name': citizen.full_name, 'birth_date': '02/09/1990'})
    rules.add_attachment(session, actor=citizen, dossier_id=dossier.id, document_name='Giấy tờ số 1',
                         data=pdf_bytes(), filename='giay-to.pdf')
    rules.submit_dossier(session, actor=citizen, dossier_id=dossier.id)
    return rules.accept_dossier(session, actor=world.officer, dossier_id=dossier.id)


def fee_payable(session, dossier_id: int) -> Payable:
    session.expire_all()
    return session.execute(select(Payable).where(Payable.dossier_id == dossier_id).order_by(Payable.id.desc())) \
        .scalars().first()


def events_of(session, dossier_id: int) -> list[tuple]:
    return [tuple(r) for r in session.execute(select(DossierEvent.action, DossierEvent.from_status,
                                                     DossierEvent.to_status, DossierEvent.actor_id)
                                              .where(DossierEvent.dossier_id == dossier_id)
                                              .order_by(DossierEvent.id)).all()]


def test_a_fee_paid_online_moves_the_dossier_to_processing(desk):
    session, citizen = desk.session, desk.citizen
    dossier = accepted_dossier(desk)
    rules.request_fee(session, actor=desk.officer, dossier_id=dossier.id, amount=135_000)
    assert fresh(session, Dossier, dossier.id).status == FEE_REQUESTED
    payable = fee_payable(session, dossier.id)
    assert (payable.kind, payable.reference, payable.amount, payable.payer_id_number, payable.agency_id,
            payable.created_by, payable.status) == \
        ('dossier_fee', f'{dossier.code}/1', 135_000, citizen.id_number, desk.agency_id, 'dossier', 'open')
    assert dossier.code in payable.description
    assert [p.id for p in my_payables(session, actor=citizen)] == [payable.id]
    assert my_payables(session, actor=desk.other) == []

    checkout = start(desk, payable)
    result = bank_says(session, checkout)
    assert apply_gateway_result(session, fields=result, kind='return').outcome == 'confirmed'
    moved = fresh(session, Dossier, dossier.id)
    assert (moved.status, moved.fee_paid, moved.fee_vnd) == (PROCESSING, True, 135_000)
    assert [(a, to, by) for a, _from, to, by in events_of(session, dossier.id)][-2:] == \
        [('request_fee', FEE_REQUESTED, desk.officer.id), ('fee_paid', PROCESSING, None)]
    assert len(audits(session, 'dossier.fee_paid')) == 1
    assert fee_payable(session, dossier.id).status == 'paid' and my_payables(session, actor=citizen) == []
    assert receipt_numbers(session) == [receipt_number(1)]
    receipt = receipt_for(session, number=receipt_number(1), actor=citizen)
    assert receipt['payable'].dossier_id == dossier.id and receipt['agency'].code == 'UBND-01'
    # the gateway's notification arrives after the browser return: nothing moves twice
    assert apply_gateway_result(session, fields=result, kind='ipn').outcome == 'already_confirmed'
    assert [e[0] for e in events_of(session, dossier.id)].count('fee_paid') == 1
    # a second fee on the same dossier is a second payable
    rules.request_fee(session, actor=desk.officer, dossier_id=dossier.id, amount=50_000)
    assert fee_payable(session, dossier.id).reference == f'{dossier.code}/2'
    assert [p.amount for p in my_payables(session, actor=citizen)] == [50_000]


def test_the_fee_events_record_the_status_the_dossier_came_from(desk):
    session = desk.session
    dossier = accepted_dossier(desk)
    rules.request_fee(session, actor=desk.officer, dossier_id=dossier.id, amount=135_000)
    checkout = start(desk, fee_payable(session, dossier.id))
    apply_gateway_result(session, fields=bank_says(session, checkout), kind='ipn')
    assert events_of(session, dossier.id)[-2:] == [('request_fee', ACCEPTED, FEE_REQUESTED, desk.officer.id),
                                                   ('fee_paid', FEE_REQUESTED, PROCESSING, None)]
    assert [a.detail for a in audits(session, 'dossier.fee_paid')] == [{'from': FEE_REQUESTED, 'to': PROCESSING}]


def test_a_fee_below_the_smallest_payable_amount_is_refused_and_the_dossier_stays(desk):
    session = desk.session
    dossier = accepted_dossier(desk)
    with pytest.raises(ValidationFailed) as caught:
        rules.request_fee(session, actor=desk.officer, dossier_id=dossier.id, amount=500)
    assert caught.value.fields == {'amount': 'amount_invalid'}
    session.rollback()  # as session_scope does for a page's failed action
    assert fresh(session, Dossier, dossier.id).status == ACCEPTED
    assert fee_payable(session, dossier.id) is None


def test_a_fee_confirmed_at_the_counter_closes_the_online_payable(desk):
    session = desk.session
    dossier = accepted_dossier(desk)
    rules.request_fee(session, actor=desk.officer, dossier_id=dossier.id, amount=135_000)
    payable = fee_payable(session, dossier.id)
    checkout = start(desk, payable)  # the citizen opened the gateway, then paid at the counter instead
    rules.confirm_fee(session, actor=desk.officer, dossier_id=dossier.id)
    assert fee_payable(session, dossier.id).status == 'cancelled'
    assert fresh(session, Dossier, dossier.id).status == PROCESSING
    assert my_payables(session, actor=desk.citizen) == []
    with pytest.raises(InvalidTransition):
        start(desk, payable)
    # the bank took the money anyway: kept, flagged for refund, no receipt, the dossier does not move again
    outcome = apply_gateway_result(session, fields=bank_says(session, checkout), kind='ipn')
    assert (outcome.outcome, outcome.status) == ('confirmed', 'paid')
    assert order_of(session, checkout.order_code).refund_due is True
    assert receipt_numbers(session) == [] and counter_total(session, 'payments') == 0
    assert fee_payable(session, dossier.id).status == 'cancelled'
    assert [e[0] for e in events_of(session, dossier.id)][-2:] == ['request_fee', 'confirm_fee']


def test_stopping_a_dossier_that_awaits_its_fee_closes_the_payable(desk):
    """Nobody should be able to pay a fee for a dossier whose processing was stopped."""
    session = desk.session
    dossier = accepted_dossier(desk)
    rules.request_fee(session, actor=desk.officer, dossier_id=dossier.id, amount=135_000)
    payable = fee_payable(session, dossier.id)
    rules.stop_dossier(session, actor=desk.officer, dossier_id=dossier.id, note='Người nộp không đủ điều kiện')
    assert my_payables(session, actor=desk.citizen) == []
    assert fee_payable(session, dossier.id).status == 'cancelled'
    with pytest.raises(InvalidTransition):
        start(desk, payable)


# ---------------------------------------------------------------- reading

def test_receipts_are_shown_to_their_payer_and_agency_only(world):
    payable = new_payable(world)
    checkout = start(world, payable)
    apply_gateway_result(world.session, fields=bank_says(world.session, checkout), kind='ipn')
    number = receipt_number(1)
    admin = make_staff(world.session, 'admin')
    for reader in (world.citizen, world.officer, admin):
        assert receipt_for(world.session, number=number, actor=reader)['receipt'].number == number
    for reader in (world.other, world.stranger):
        with pytest.raises(NotFound) as caught:
            receipt_for(world.session, number=number, actor=reader)
        assert caught.value.code == 'receipt_not_found'
    history = payment_history(world.session, actor=world.citizen)
    assert [(h['order'].code, h['receipt']) for h in history] == [(checkout.order_code, number)]
    assert payment_history(world.session, actor=world.other) == []
    with pytest.raises(PermissionDenied):
        payments_by_day(world.session, actor=world.citizen, since=today_local(), until=today_local())
    assert payments_by_day(world.session, actor=world.stranger, since=today_local(), until=today_local()) == []


# ---------------------------------------------------------------- reconciliation

def _rows(csv_text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(csv_text)))


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=['date', 'order', 'txn', 'amount', 'status'])
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@pytest.fixture
def settled_day(world):
    """Three orders paid and one failed, each through the sandbox bank and its notification."""
    codes = []
    for i, outcome in enumerate(('paid', 'paid', 'paid', 'insufficient_funds')):
        checkout = start(world, new_payable(world, amount=100_000 * (i + 1)))
        apply_gateway_result(world.session, fields=bank_says(world.session, checkout, outcome), kind='ipn')
        codes.append(checkout.order_code)
    return codes


def settlement(world) -> str:
    return bank.settlement_csv(world.session, fields=signed({'date': today_local().isoformat()}))


def test_a_matching_settlement_file_reconciles_cleanly(world, settled_day):
    csv_text = settlement(world)
    assert [(r['order'], r['amount'], r['status']) for r in _rows(csv_text)] == [
        (settled_day[0], '100000', '00'), (settled_day[1], '200000', '00'), (settled_day[2], '300000', '00'),
        (settled_day[3], '400000', '51')]
    report = reconcile_settlement(world.session, actor=world.officer, csv_text='\ufeff' + csv_text)
    assert report == {'settled': 4, 'matched': 4, 'problems': []}
    by_day = payments_by_day(world.session, actor=world.officer, since=today_local() - timedelta(days=1),
                             until=today_local())
    assert by_day == [{'day': today_local(), 'count': 3, 'amount': 600_000, 'late': 0, 'refund_due': 0}]


def test_the_settlement_file_is_only_given_for_a_signed_request(world, settled_day):
    with pytest.raises(bank.BadRequest):
        bank.settlement_csv(world.session, fields={'date': today_local().isoformat(), 'signature': '0' * 64})
    with pytest.raises(bank.BadRequest):
        bank.settlement_csv(world.session, fields=signed({'date': 'hôm nay'}))


def test_every_difference_with_the_settlement_file_is_listed(world, settled_day):
    # paid at the bank, but the notification never reached the portal
    unnotified = start(world, new_payable(world, amount=500_000))
    bank_says(world.session, unnotified)
    rows = _rows(settlement(world))
    assert [r['order'] for r in rows] == settled_day + [unnotified.order_code]
    rows = [r for r in rows if r['order'] != settled_day[0]]  # a row dropped
    rows[0] = rows[0] | {'amount': '250000'}  # settled_day[1]: an amount changed
    rows.append({'date': today_local().isoformat(), 'order': 'TT000000777777', 'txn': 'SBXUNKNOWN',
                 'amount': '90000', 'status': '00'})  # an order the portal never made
    rows.append({'date': today_local().isoformat(), 'order': 'TT000000888888', 'txn': 'SBXBAD',
                 'amount': '1.000', 'status': '00'})  # not a number
    report = reconcile_settlement(world.session, actor=world.officer, csv_text=_csv(rows))
    found = {(p['kind'], p['order']) for p in report['problems']}
    assert found == {('missing_from_settlement', settled_day[0]), ('amount_differs', settled_day[1]),
                     ('status_differs', unnotified.order_code), ('unknown_to_portal', 'TT000000777777'),
                     ('unreadable_line', 'TT000000888888')}
    assert len(report['problems']) == 5
    problems = {p['kind']: p for p in report['problems']}
    assert problems['missing_from_settlement'] == {'line': None, 'order': settled_day[0],
                                                         'kind': 'missing_from_settlement', 'portal_amount': 100_000}
    assert problems['amount_differs'] == {'line': 2, 'order': settled_day[1], 'kind': 'amount_differs',
                                          'gateway_amount': 250_000, 'portal_amount': 200_000}
    assert problems['status_differs'] == {'line': 5, 'order': unnotified.order_code, 'kind': 'status_differs',
                                               'gateway_status': '00', 'portal_status': 'pending'}
    assert problems['unknown_to_portal'] == {'line': 6, 'order': 'TT000000777777', 'kind': 'unknown_to_portal',
                                             'gateway_amount': 90_000}
    assert problems['unreadable_line'] == {'line': 7, 'order': 'TT000000888888', 'kind': 'unreadable_line'}
    # settled: 5 readable rows; matched: the two that agree (the third paid order and the failed one)
    assert (report['settled'], report['matched']) == (5, 2)


def test_another_agency_sees_none_of_these_orders(world, settled_day):
    report = reconcile_settlement(world.session, actor=world.stranger, csv_text=settlement(world))
    # the file settles every agency's orders: another agency's are neither counted nor shown
    assert report == {'settled': 0, 'matched': 0, 'problems': []}
    with pytest.raises(PermissionDenied):
        reconcile_settlement(world.session, actor=world.citizen, csv_text=settlement(world))


def test_a_file_without_the_settlement_columns_is_refused(world, settled_day):
    with pytest.raises(ValidationFailed) as caught:
        reconcile_settlement(world.session, actor=world.officer, csv_text='ngay,ma,so_tien\n2026-01-01,TT1,1000\n')
    assert caught.value.code == 'settlement_columns' and caught.value.fields == {'file': 'settlement_columns'}
    with pytest.raises(ValidationFailed):
        reconcile_settlement(world.session, actor=world.officer, csv_text='')


@pytest.mark.parametrize('field, value', [('amount', '²'), ('date', '2026-02-30')], ids=['superscript-amount', 'impossible-date'])
def test_a_malformed_line_is_reported_not_a_crash(world, settled_day, field, value):
    rows = _rows(settlement(world))
    rows[1] = rows[1] | {field: value}
    report = reconcile_settlement(world.session, actor=world.officer, csv_text=_csv(rows))
    assert {'line': 3, 'order': settled_day[1], 'kind': 'unreadable_line'} in report['problems']
