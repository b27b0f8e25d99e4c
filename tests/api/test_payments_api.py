"""The payment machine endpoints on a demo database: agency systems record payables with a
client-credentials token (`POST /api/v1/payables`), and the gateway's signed server-to-server
notification (`POST /api/v1/payments/ipn`) is answered with the codes gateways retry on."""
from __future__ import annotations

import itertools
import json
from urllib.parse import parse_qsl, urlsplit

import pytest
from nicegui.testing import User
from sqlalchemy import func, select

from core.db import session_scope
from core.errors import Conflict
from core.i18n import error_text
from core.security import sign_fields
from core.settings import get_settings
from domain import payments
from domain.demo import DEMO_ACCOUNTS, DEMO_CLIENTS
from domain.payments import start_payment
from models.accounts import Account
from models.agencies import Agency
from models.audit import AuditEvent
from models.payments import GatewayMessage, Payable, PaymentOrder, Receipt, SandboxTransaction
from sandbox import bank
from tests.api.test_records_api import access_token, bearer, register_system

SYSTEM = next(c for c in DEMO_CLIENTS if c.kind == 'system')
CITIZEN = DEMO_ACCOUNTS[0]
_decisions = itertools.count(5001)


def fine(**overrides) -> dict:
    body = {'kind': 'traffic_fine', 'reference': f'{next(_decisions)}/qđ-xpvphc', 'payer_id_number': CITIZEN.id_number,
            'payer_name': CITIZEN.full_name, 'plate': '30a-123.45', 'amount': 750_000,
            'description': 'Phạt vi phạm: dừng xe nơi có biển cấm dừng'}
    body.update(overrides)
    return body


async def post_payable(user: User, body, *, token: str | None, lang: str | None = None):
    headers = {'Content-Type': 'application/json'} | (bearer(token) if token else {})
    if lang:
        headers['Accept-Language'] = lang
    content = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    return await user.http_client.post('/api/v1/payables', content=content, headers=headers)


async def ipn(user: User, fields: dict, *, as_json: bool = False):
    if as_json:
        return await user.http_client.post('/api/v1/payments/ipn', json=fields)
    return await user.http_client.post('/api/v1/payments/ipn', data=fields)


def payables_count() -> int:
    with session_scope() as session:
        return session.execute(select(func.count()).select_from(Payable)).scalar_one()


def citizen_checkout(payable_id: int):
    with session_scope() as session:
        citizen = session.execute(select(Account).where(Account.id_number == CITIZEN.id_number)).scalar_one()
        return start_payment(session, actor=citizen, payable_id=payable_id, bank_code='VCB')


def bank_pays(checkout, outcome: str = 'paid') -> dict:
    """The sandbox bank settles the order and signs the result it notifies."""
    request = bank.check_payment_request(dict(parse_qsl(urlsplit(checkout.url).query, keep_blank_values=True)))
    with session_scope() as session:
        return bank.settle(session, request=request, outcome=outcome)


def hand_signed(order: str, amount: int, *, status: str = '00', secret: str | None = None) -> dict:
    fields = {'merchant': get_settings().payment_merchant, 'order': order, 'amount': str(amount), 'currency': 'VND',
              'bank': 'VCB', 'status': status, 'txn': 'SBXHAND' + order[-6:], 'paid_at': '20261123100000'}
    return fields | {'signature': sign_fields(fields, secret or get_settings().merchant_secret)}


def payment_state(order_code: str) -> dict:
    with session_scope() as session:
        order = session.execute(select(PaymentOrder).where(PaymentOrder.code == order_code)).scalar_one()
        payable = session.get(Payable, order.payable_id)
        receipts = session.execute(select(Receipt.number).where(Receipt.payable_id == payable.id)).scalars().all()
        return {'order': (order.status, order.version, order.refund_due), 'payable': (payable.status, payable.version),
                'receipts': list(receipts)}


def logged_outcomes(order_code: str) -> list[tuple[bool, str]]:
    with session_scope() as session:
        return [tuple(r) for r in session.execute(
            select(GatewayMessage.signature_ok, GatewayMessage.outcome).where(GatewayMessage.order_code == order_code)
            .order_by(GatewayMessage.id)).all()]


async def open_fine(user: User, **overrides) -> dict:
    token = await access_token(user)
    response = await post_payable(user, fine(**overrides), token=token)
    assert response.status_code == 201, response.text
    return response.json()


# ---------------------------------------------------------------- POST /api/v1/payables

async def test_an_agency_system_records_a_payable_with_its_token(user: User):
    token = await access_token(user)
    body = fine(reference='4321/qđ-xpvphc', due_date='2026-12-31')
    response = await post_payable(user, body, token=token)
    assert response.status_code == 201, response.text
    created = response.json()
    assert (created['kind'], created['reference'], created['plate'], created['amount'], created['status']) == \
        ('traffic_fine', '4321/QĐ-XPVPHC', '30A12345', 750_000, 'open')
    assert created['due_date'] == '2026-12-31' and created['paid_at'] is None
    assert 'payer_id_number' not in created and CITIZEN.id_number not in response.text
    with session_scope() as session:
        payable = session.get(Payable, created['id'])
        agency = session.get(Agency, payable.agency_id)
        assert (agency.code, payable.created_by) == ('UBND-01', f'client:{SYSTEM.client_id}')
        audit = session.execute(select(AuditEvent).where(AuditEvent.action == 'payable.created',
                                                         AuditEvent.entity_id == str(payable.id))).scalar_one()
        assert audit.detail['by'] == f'client:{SYSTEM.client_id}' and audit.ip
    # the citizen can then pay it: it is among what they owe
    with session_scope() as session:
        citizen = session.execute(select(Account).where(Account.id_number == CITIZEN.id_number)).scalar_one()
        assert created['id'] in {p.id for p in payments.my_payables(session, actor=citizen)}


async def test_recording_a_payable_needs_a_token(user: User):
    before = payables_count()
    for headers in ({}, {'Authorization': 'Bearer not-a-token'}, {'Authorization': 'Bearer '}):
        response = await user.http_client.post('/api/v1/payables', json=fine(), headers=headers)
        assert response.status_code == 401, response.text
        assert response.json()['code'] == 'invalid_token'
        assert response.headers['www-authenticate'].startswith('Bearer')
    basic = await user.http_client.post('/api/v1/payables', json=fine(), auth=(SYSTEM.client_id, SYSTEM.secret))
    assert basic.status_code == 401 and basic.json()['code'] == 'invalid_token'  # the secret is not a token
    assert payables_count() == before


async def test_a_token_without_the_payables_scope_is_refused(user: User):
    before = payables_count()
    narrow = await access_token(user, scope='records:write')  # the demo system, asking for less
    response = await post_payable(user, fine(), token=narrow)
    assert response.status_code == 403, response.text
    assert response.json()['code'] == 'insufficient_scope'
    assert 'insufficient_scope' in response.headers['www-authenticate']
    client_id, secret = register_system('UBND-01', ['records:write', 'records:read'])
    other = await access_token(user, client_id=client_id, secret=secret)
    assert (await post_payable(user, fine(), token=other)).status_code == 403
    assert payables_count() == before


async def test_wrong_fields_are_answered_one_by_one_in_vietnamese(user: User):
    token = await access_token(user)
    before = payables_count()
    wrong = fine(reference='1234-XPVPHC', payer_id_number='12345', payer_name='A', plate='XYZ', description='ab',
                 amount=500)
    response = await post_payable(user, wrong, token=token)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body['code'] == 'form_invalid' and body['message'] == error_text('form_invalid', 'vi')
    expected = {'reference': 'reference_invalid_traffic_fine', 'payer_id_number': 'payer_id_invalid',
                'payer_name': 'payer_name_invalid', 'plate': 'plate_invalid', 'description': 'description_invalid',
                'amount': 'amount_invalid'}
    assert {name: item['code'] for name, item in body['fields'].items()} == expected
    for name, item in body['fields'].items():
        assert item['message'] == error_text(expected[name], 'vi', max='100.000.000.000'), name
        assert item['message'] != error_text('generic', 'vi')
    assert body['fields']['reference']['message'].startswith('Số quyết định xử phạt có dạng 1234/QĐ-XPVPHC')
    assert body['fields']['plate']['message'].startswith('Biển số xe không hợp lệ')
    english = (await post_payable(user, wrong, token=token, lang='en')).json()
    assert english['fields']['plate']['message'].startswith('Invalid number plate')
    for kind, fields in (('electricity_bill', {'reference': 'PD0100012345', 'period': '2026-13', 'plate': None}),
                         ('tax_corporate', {'reference': '0101234567-2026', 'period': None, 'plate': None}),
                         ('parking', {'plate': None})):
        response = await post_payable(user, fine(kind=kind, **fields), token=token)
        assert response.status_code == 422, response.text
        codes = {name: item['code'] for name, item in response.json()['fields'].items()}
        assert codes == {'electricity_bill': {'reference': 'reference_invalid_electricity_bill',
                                              'period': 'payable_period_invalid'},
                         'tax_corporate': {'period': 'payable_period_invalid'},
                         'parking': {'kind': 'payable_kind_invalid'}}[kind]
    assert payables_count() == before


async def test_a_body_of_the_wrong_shape_is_a_422_not_a_500(user: User):
    token = await access_token(user)
    before = payables_count()
    for content in (json.dumps(fine(amount='bảy trăm nghìn')).encode(), b'{"kind": ', b'[]',
                    json.dumps(fine(due_date='31/12/2026')).encode()):
        response = await post_payable(user, content, token=token)
        assert response.status_code == 422, (content, response.text)
        body = response.json()
        assert body['code'] == 'validation_failed' and body['message'] and body['errors']
    assert payables_count() == before


async def test_the_same_reference_twice_is_a_409(user: User):
    token = await access_token(user)
    first = await post_payable(user, fine(reference='6789/QĐ-XPVPHC'), token=token)
    assert first.status_code == 201
    again = await post_payable(user, fine(reference=' 6789/qđ-xpvphc ', amount=900_000), token=token)
    assert again.status_code == 409, again.text
    body = again.json()
    assert body['code'] == 'payable_exists' and body['message'] == error_text('payable_exists', 'vi')
    assert body['fields'] == {'reference': {'code': 'payable_exists', 'message': body['message']}}
    with session_scope() as session:
        stored = session.execute(select(Payable).where(Payable.reference == '6789/QĐ-XPVPHC')).scalars().all()
        assert [p.amount for p in stored] == [750_000]


# ---------------------------------------------------------------- POST /api/v1/payments/ipn

async def test_the_notification_is_answered_with_the_gateway_codes(user: User):
    created = await open_fine(user, amount=820_000)
    checkout = citizen_checkout(created['id'])
    result = bank_pays(checkout)

    confirmed = await ipn(user, result)
    assert confirmed.status_code == 200
    assert confirmed.json() == {'RspCode': '00', 'Message': 'Confirm Success'}
    paid = payment_state(checkout.order_code)
    assert paid['order'][0] == 'paid' and paid['payable'][0] == 'paid' and len(paid['receipts']) == 1

    repeated = await ipn(user, result)
    assert repeated.json() == {'RspCode': '02', 'Message': 'Order already confirmed'}
    assert (await ipn(user, result, as_json=True)).json()['RspCode'] == '02'
    assert payment_state(checkout.order_code) == paid

    forged = await ipn(user, hand_signed(checkout.order_code, 820_000, secret='guessed-secret'))
    assert forged.json() == {'RspCode': '97', 'Message': 'Invalid signature'}
    unsigned = await ipn(user, {k: v for k, v in result.items() if k != 'signature'})
    assert unsigned.json()['RspCode'] == '97'
    assert payment_state(checkout.order_code) == paid
    assert logged_outcomes(checkout.order_code) == [(True, 'confirmed'), (True, 'already_confirmed'),
                                                    (True, 'already_confirmed'), (False, 'bad_signature'),
                                                    (False, 'bad_signature')]
    with session_scope() as session:
        forged_audits = session.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == 'payment.forged_message', AuditEvent.entity_id == checkout.order_code)).scalar_one()
        assert forged_audits == 2


async def test_an_unknown_order_or_a_wrong_amount_is_refused(user: User):
    created = await open_fine(user, amount=820_000)
    checkout = citizen_checkout(created['id'])
    before = payment_state(checkout.order_code)

    unknown = await ipn(user, hand_signed('TT000000999999', 820_000))
    assert unknown.json() == {'RspCode': '01', 'Message': 'Order not found'}
    wrong_amount = await ipn(user, hand_signed(checkout.order_code, 82_000))
    assert wrong_amount.json() == {'RspCode': '04', 'Message': 'Invalid amount'}
    assert payment_state(checkout.order_code) == before
    assert logged_outcomes(checkout.order_code) == [(True, 'amount_mismatch')]
    assert logged_outcomes('TT000000999999') == [(True, 'order_not_found')]
    # the genuine notification still lands afterwards, as JSON too
    assert (await ipn(user, bank_pays(checkout), as_json=True)).json()['RspCode'] == '00'


async def test_an_empty_or_malformed_notification_is_a_forgery_not_a_crash(user: User):
    for response in (await user.http_client.post('/api/v1/payments/ipn'),
                     await user.http_client.post('/api/v1/payments/ipn', content=b'{not json',
                                                 headers={'Content-Type': 'application/json'}),
                     await user.http_client.post('/api/v1/payments/ipn', json=['order', 'TT1'])):
        assert response.status_code == 200, response.text
        assert response.json()['RspCode'] == '97'


async def test_a_signature_with_vietnamese_letters_is_answered_97(user: User):
    created = await open_fine(user)
    checkout = citizen_checkout(created['id'])
    fields = hand_signed(checkout.order_code, 750_000) | {'signature': 'chữ-ký-giả'}
    response = await ipn(user, fields)
    assert response.status_code == 200, response.text
    assert response.json()['RspCode'] == '97'


async def test_a_failed_payment_is_confirmed_and_the_fine_stays_payable(user: User):
    created = await open_fine(user, amount=820_000)
    checkout = citizen_checkout(created['id'])
    response = await ipn(user, bank_pays(checkout, 'insufficient_funds'))
    assert response.json()['RspCode'] == '00'
    state = payment_state(checkout.order_code)
    assert state['order'][0] == 'failed' and state['payable'][0] == 'open' and state['receipts'] == []
    again = citizen_checkout(created['id'])
    assert not again.reused
    assert (await ipn(user, bank_pays(again))).json()['RspCode'] == '00'
    assert len(payment_state(again.order_code)['receipts']) == 1


async def test_a_notification_that_loses_a_race_is_answered_99_and_lands_on_retry(user: User, monkeypatch):
    created = await open_fine(user, amount=820_000)
    checkout = citizen_checkout(created['id'])
    result = bank_pays(checkout)
    before = payment_state(checkout.order_code)
    real = payments._mark_paid

    def lost_the_race(*args, **kwargs):
        raise Conflict('payment_changed')  # another worker moved the order between our read and our write
    monkeypatch.setattr(payments, '_mark_paid', lost_the_race)
    response = await ipn(user, result)
    assert response.status_code == 200 and response.json()['RspCode'] == '99'
    assert payment_state(checkout.order_code) == before
    monkeypatch.setattr(payments, '_mark_paid', real)
    assert (await ipn(user, result)).json()['RspCode'] == '00'  # the gateway retries
    assert len(payment_state(checkout.order_code)['receipts']) == 1


async def test_the_sandbox_gateway_notification_is_acknowledged_at_the_first_attempt(user: User):
    from sandbox import gateway

    created = await open_fine(user, amount=820_000)
    checkout = citizen_checkout(created['id'])
    await gateway._deliver(bank_pays(checkout))
    with session_scope() as session:
        row = session.execute(select(SandboxTransaction).where(SandboxTransaction.order_code == checkout.order_code)) \
            .scalar_one()
        assert row.notify_attempts == 1 and row.notified_at is not None
    state = payment_state(checkout.order_code)
    assert state['order'][0] == 'paid' and len(state['receipts']) == 1


@pytest.mark.parametrize('path', ['/api/v1/payments/ipn', '/api/v1/payables'])
async def test_the_payment_endpoints_are_declared_with_their_access_rule(user: User, path):
    from api import API_RULES

    assert API_RULES[f'POST {path}'] == {'/api/v1/payments/ipn': 'gateway signature',
                                         '/api/v1/payables': 'client token (payables:write)'}[path]
