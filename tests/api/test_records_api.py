"""Agency systems push handling records with a client-credentials token and read their own back;
forged, expired and revoked tokens are refused."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import pytest
from jose import jws, jwt
from nicegui.testing import User
from sqlalchemy import select

from core import tokens
from core.db import session_scope
from domain.demo import DEMO_ACCOUNTS, DEMO_CLIENTS
from models.accounts import Account
from models.agencies import Agency, ClientAppCreate
from models.records import HandlingRecord, SyncBatch

SYSTEM = next(c for c in DEMO_CLIENTS if c.kind == 'system')
PORTAL = next(c for c in DEMO_CLIENTS if c.kind == 'portal')
ADMIN_ID = next(a.id_number for a in DEMO_ACCOUNTS if a.role == 'admin')


def national(code: str, **extra) -> dict:
    record = {'MaHoSo': code, 'MaTTHC': '1.000001', 'ChuHoSo': 'Nguyễn Văn An', 'SoGiayToChuHoSo': '001090012345',
              'KenhThucHien': 2, 'NgayTiepNhan': '20200110083000', 'NgayHenTra': '20200115170000',
              'TrangThaiHoSo': 4}
    record.update(extra)
    return record


async def request_token(user: User, *, client_id: str = SYSTEM.client_id, secret: str = SYSTEM.secret,
                        method: str = 'basic', scope: str | None = None):
    form = {'grant_type': 'client_credentials'} | ({'scope': scope} if scope else {})
    if method == 'basic':
        return await user.http_client.post('/oidc/token', data=form, auth=(client_id, secret))
    return await user.http_client.post('/oidc/token', data=form | {'client_id': client_id, 'client_secret': secret})


async def access_token(user: User, **kwargs) -> str:
    response = await request_token(user, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()['access_token']


async def push(user: User, token: str | None, payload=None, *, content: bytes | None = None, key: str | None = None,
               lang: str | None = None):
    headers = {'Content-Type': 'application/json'}
    if token is not None:
        headers['Authorization'] = f'Bearer {token}'
    if key is not None:
        headers['Idempotency-Key'] = key
    if lang is not None:
        headers['Accept-Language'] = lang
    body = content if content is not None else json.dumps(payload, ensure_ascii=False).encode()
    return await user.http_client.post('/api/v1/records', content=body, headers=headers)


def bearer(token: str) -> dict:
    return {'Authorization': f'Bearer {token}'}


def assert_oauth_error(response, status: int, error: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body['error'] == error and body['code'] == error and body['message']


def admin() -> Account:
    with session_scope() as session:
        return session.execute(select(Account).where(Account.id_number == ADMIN_ID)).scalar_one()


def register_system(agency_code: str, scopes: list[str]) -> tuple[str, str]:
    from domain.clients import register_client

    with session_scope() as session:
        client, secret = register_client(session, actor=admin(), data=ClientAppCreate(
            name='Hệ thống thử nghiệm', agency_code=agency_code, kind='system', scopes=scopes))
        return client.client_id, secret


def agency_id(code: str) -> int:
    with session_scope() as session:
        return session.execute(select(Agency.id).where(Agency.code == code)).scalar_one()


# ---------------------------------------------------------------- getting a token

async def test_a_system_gets_a_token_with_basic_auth_or_with_the_secret_in_the_form(user: User):
    for method in ('basic', 'post'):
        response = await request_token(user, method=method)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body['token_type'] == 'Bearer' and body['expires_in'] == 3600
        assert set(body['scope'].split()) == {'records:write', 'records:read', 'payables:write'}
        assert response.headers['cache-control'] == 'no-store'
        listing = await user.http_client.get('/api/v1/records', params={'limit': 1},
                                             headers=bearer(body['access_token']))
        assert listing.status_code == 200
    narrow = await request_token(user, scope='records:read')
    assert narrow.status_code == 200 and narrow.json()['scope'] == 'records:read'


async def test_a_wrong_secret_or_unknown_client_gets_no_token(user: User):
    for method in ('basic', 'post'):
        response = await request_token(user, secret='not-the-secret', method=method)
        assert_oauth_error(response, 401, 'invalid_client')
        assert 'access_token' not in response.json()
    basic = await request_token(user, secret='not-the-secret')
    assert basic.headers['www-authenticate'].startswith('Basic')
    assert_oauth_error(await request_token(user, client_id='no-such-system'), 401, 'invalid_client')
    assert_oauth_error(await request_token(user, secret=''), 401, 'invalid_client')


async def test_a_portal_client_may_not_use_client_credentials(user: User):
    response = await request_token(user, client_id=PORTAL.client_id, secret=PORTAL.secret)
    assert_oauth_error(response, 400, 'unauthorized_client')
    assert 'access_token' not in response.json()


async def test_a_system_cannot_ask_for_scopes_it_was_not_given(user: User):
    assert_oauth_error(await request_token(user, scope='records:write openid'), 400, 'invalid_scope')


# ---------------------------------------------------------------- pushing records

async def test_pushing_without_a_token_is_refused(user: User):
    response = await push(user, None, {'records': [national('TEST-1')]})
    assert_oauth_error(response, 401, 'invalid_token')
    assert response.headers['www-authenticate'].startswith('Bearer')
    basic = await user.http_client.post('/api/v1/records', json={'records': []}, auth=(SYSTEM.client_id, SYSTEM.secret))
    assert_oauth_error(basic, 401, 'invalid_token')  # the client secret itself is not a token
    with session_scope() as session:
        assert session.execute(select(HandlingRecord).where(HandlingRecord.record_code == 'TEST-1')).first() is None


async def test_a_token_without_the_write_scope_may_read_but_not_push(user: User):
    client_id, secret = register_system('UBND-01', ['records:read'])
    token = await access_token(user, client_id=client_id, secret=secret)
    response = await push(user, token, {'records': [national('TEST-1')]})
    assert_oauth_error(response, 403, 'insufficient_scope')
    assert 'insufficient_scope' in response.headers['www-authenticate']
    assert (await user.http_client.get('/api/v1/records', headers=bearer(token))).status_code == 200
    read_only = await access_token(user, scope='records:read')  # the demo system, asking for less
    assert_oauth_error(await push(user, read_only, {'records': []}), 403, 'insufficient_scope')
    with session_scope() as session:
        assert session.execute(select(SyncBatch)).first() is None


async def test_malformed_json_is_refused_with_a_stable_code(user: User):
    token = await access_token(user)
    for content in (b'{"records": [', b'', b'\xff\xfe{}', b'{"records": [1,]}'):
        response = await push(user, token, content=content)
        assert response.status_code in (400, 422), content
        assert response.json()['code'] == 'invalid_json'
        assert response.json()['message'] == 'Nội dung gửi lên không phải JSON hợp lệ.'


async def test_a_body_that_is_not_an_object_with_records_is_refused(user: User):
    token = await access_token(user)
    for payload in ({'items': [national('TEST-1')]}, {'records': national('TEST-1')}, {'records': 'TEST-1'},
                    'records', 42, None, {}):
        response = await push(user, token, payload)
        assert response.status_code in (400, 422), payload
        assert response.json()['code'] == 'batch_invalid', payload
    english = await push(user, token, {'records': None}, lang='en')
    assert english.json()['message'] == 'The body must be a JSON object with a "records" array (or that array itself).'
    with session_scope() as session:
        assert session.execute(select(SyncBatch)).first() is None


async def test_a_partly_invalid_batch_stores_the_valid_records_and_explains_each_error(user: User):
    token = await access_token(user)
    batch = [national('TEST-OK'), {'MaHoSo': 'TEST-BAD', 'KenhThucHien': 7, 'NgayTiepNhan': '20200110083000',
                                   'TrangThaiHoSo': 4}, 'not a record', national('TEST-OTHER', MaCoQuan='UBND-79')]
    response = await push(user, token, {'records': batch}, key='partial-1')
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body['received'], body['accepted'], body['rejected'], body['created']) == (4, 1, 3, 1)
    assert [(e['index'], e['field'], e['code'], e['message']) for e in body['errors']] == [
        (1, 'KenhThucHien', 'invalid_channel', 'Kênh tiếp nhận phải là 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính).'),
        (2, '', 'not_an_object', 'Mỗi hồ sơ phải là một đối tượng JSON.'),
        (3, 'MaCoQuan', 'not_your_agency', 'Hồ sơ không thuộc cơ quan của ứng dụng gửi.'),
    ]
    english = await push(user, token, {'records': batch}, key='partial-en', lang='en')
    assert [e['message'] for e in english.json()['errors']] == [
        'Channel must be 1 (in person), 2 (online) or 3 (post).', 'Each record must be a JSON object.',
        "The record belongs to another agency than the sender's."]
    assert english.json()['updated'] == 1  # the same valid record again
    record = await user.http_client.get('/api/v1/records/TEST-OK', headers=bearer(token))
    assert record.status_code == 200 and record.json()['status'] == 4
    assert record.json()['received_at'].startswith('2020-01-10T01:30:00')  # 08:30 in Hà Nội


async def test_a_retry_with_the_same_idempotency_key_returns_the_stored_result(user: User):
    token = await access_token(user)
    payload = {'records': [national('TEST-1'), national('TEST-2'), {'MaHoSo': 'TEST-BAD'}]}
    first = await push(user, token, payload, key='retry-abc')
    assert first.status_code == 200 and first.headers['idempotent-replayed'] == 'false'
    again = await push(user, token, payload, key='retry-abc')
    assert again.status_code == 200 and again.headers['idempotent-replayed'] == 'true'
    assert again.json() == first.json()
    with session_scope() as session:
        batches = session.execute(select(SyncBatch).where(SyncBatch.idempotency_key == 'retry-abc')).scalars().all()
        assert len(batches) == 1
        codes = session.execute(select(HandlingRecord.record_code)
                                .where(HandlingRecord.record_code.in_(['TEST-1', 'TEST-2']))).scalars().all()
        assert sorted(codes) == ['TEST-1', 'TEST-2']
    changed = await push(user, token, {'records': [national('TEST-3')]}, key='retry-abc')
    assert changed.status_code == 422 and changed.json()['code'] == 'idempotency_key_reused'
    too_long = await push(user, token, payload, key='k' * 129)
    assert too_long.status_code == 422
    with session_scope() as session:
        assert session.execute(select(HandlingRecord).where(HandlingRecord.record_code == 'TEST-3')).first() is None


async def test_more_than_5000_records_are_refused_whole(user: User):
    token = await access_token(user)
    response = await push(user, token, {'records': [national(f'TEST-{i}') for i in range(5001)]})
    assert response.status_code == 413 and response.json()['code'] == 'batch_too_large'
    with session_scope() as session:
        assert session.execute(select(HandlingRecord).where(HandlingRecord.record_code == 'TEST-0')).first() is None


# ---------------------------------------------------------------- reading back

async def test_an_agency_reads_only_its_own_records_in_keyset_pages(user: User):
    token = await access_token(user)
    other_id, other_secret = register_system('UBND-79', ['records:write', 'records:read'])
    other = await access_token(user, client_id=other_id, secret=other_secret)
    assert (await push(user, token, {'records': [national('TEST-MINE')]})).json()['created'] == 1
    assert (await push(user, other, {'records': [national('TEST-THEIRS')]})).json()['created'] == 1
    hanoi = agency_id('UBND-01')
    with session_scope() as session:
        expected = session.execute(select(HandlingRecord.id).where(HandlingRecord.agency_id == hanoi)
                                   .order_by(HandlingRecord.id)).scalars().all()
        theirs = session.execute(select(HandlingRecord.id).where(HandlingRecord.record_code == 'TEST-THEIRS')
                                 ).scalar_one()
    limit = max(1, len(expected) // 3 + 1)  # at least three pages
    seen, codes, after, pages = [], set(), 0, 0
    while True:
        response = await user.http_client.get('/api/v1/records', params={'after_id': after, 'limit': limit},
                                              headers=bearer(token))
        assert response.status_code == 200, response.text
        page = response.json()
        pages += 1
        assert len(page['records']) <= limit
        seen += [r['id'] for r in page['records']]
        codes |= {r['record_code'] for r in page['records']}
        if page['next_after_id'] is None:
            break
        assert page['next_after_id'] == page['records'][-1]['id']
        after = page['next_after_id']
    assert pages >= 3 and seen == expected and theirs not in seen
    assert 'TEST-MINE' in codes and 'TEST-THEIRS' not in codes
    their_view = await user.http_client.get('/api/v1/records', params={'limit': 1000}, headers=bearer(other))
    assert 'TEST-MINE' not in {r['record_code'] for r in their_view.json()['records']}
    filtered = await user.http_client.get('/api/v1/records', params={'status': 4, 'limit': 1000}, headers=bearer(token))
    assert filtered.json()['records'] and all(r['status'] == 4 for r in filtered.json()['records'])


async def test_another_agencys_record_is_not_found(user: User):
    token = await access_token(user)
    other_id, other_secret = register_system('UBND-79', ['records:write', 'records:read'])
    other = await access_token(user, client_id=other_id, secret=other_secret)
    await push(user, other, {'records': [national('TEST-THEIRS')]})
    response = await user.http_client.get('/api/v1/records/TEST-THEIRS', headers=bearer(token))
    assert response.status_code == 404 and response.json()['code'] == 'record_not_found'
    assert response.json()['message'] == 'Không tìm thấy hồ sơ.'
    assert (await user.http_client.get('/api/v1/records/TEST-THEIRS', headers=bearer(other))).status_code == 200
    unknown = await user.http_client.get('/api/v1/records/NO-SUCH-CODE', headers=bearer(token))
    assert unknown.status_code == 404 and unknown.json()['code'] == 'record_not_found'


async def test_records_synced_since_a_time_with_or_without_a_zone(user: User):
    token = await access_token(user)
    with session_scope() as session:
        last_demo_id = session.execute(select(HandlingRecord.id).order_by(HandlingRecord.id.desc()).limit(1)).scalar_one()
    await push(user, token, {'records': [national('TEST-NEW')]})
    for since, found in (('2020-01-01T00:00:00Z', True), ('2020-01-01T07:00:00+07:00', True), ('2999-01-01T00:00:00Z', False),
                         ('2020-01-01T00:00:00', True), ('2999-01-01T00:00:00', False), ('2020-01-01', True)):
        response = await user.http_client.get('/api/v1/records', params={'after_id': last_demo_id, 'synced_since': since},
                                              headers=bearer(token))
        assert response.status_code == 200, since
        assert [r['record_code'] for r in response.json()['records']] == (['TEST-NEW'] if found else []), since


async def test_paging_parameters_out_of_range_are_client_errors(user: User):
    token = await access_token(user)
    for params in ({'after_id': -1}, {'limit': 0}, {'limit': 1001}, {'status': 11}, {'after_id': 2 ** 63},
                   {'after_id': 10 ** 20}):
        response = await user.http_client.get('/api/v1/records', params=params, headers=bearer(token))
        assert response.status_code == 422 or (response.status_code == 200 and response.json()['records'] == []), params


# ---------------------------------------------------------------- forged and revoked tokens

def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode()


def _unsigned(header: dict, claims: dict) -> str:
    return _b64(json.dumps(header).encode()) + '.' + _b64(json.dumps(claims).encode())


def forge(kind: str, real: str, kid: str, pem: str, public_jwk: dict) -> str:
    claims = jwt.get_unverified_claims(real)
    now = int(time.time())
    if kind == 'alg_none':
        return _unsigned({'alg': 'none', 'typ': 'JWT', 'kid': kid}, claims) + '.'
    if kind == 'hs256_with_public_key':
        signing_input = _unsigned({'alg': 'HS256', 'typ': 'JWT', 'kid': kid}, claims)
        secret = json.dumps(public_jwk).encode()
        return signing_input + '.' + _b64(hmac.new(secret, signing_input.encode(), hashlib.sha256).digest())
    if kind == 'unknown_kid':
        return tokens.sign(claims, private_pem=pem, kid='not-our-key-id')
    if kind == 'another_key_with_our_kid':
        _other_kid, other_pem, _jwk = tokens.new_signing_key()
        return tokens.sign(claims, private_pem=other_pem, kid=kid)
    if kind == 'tampered_payload':
        head, _payload, signature = real.split('.')
        return head + '.' + _b64(json.dumps(claims | {'scope': 'records:write records:read openid'}).encode()) \
            + '.' + signature
    if kind == 'expired':
        return tokens.sign(claims | {'iat': now - 7200, 'exp': now - 3600}, private_pem=pem, kid=kid)
    if kind == 'wrong_audience':
        return tokens.sign(claims | {'aud': 'https://cong-khac.example.vn'}, private_pem=pem, kid=kid)
    if kind == 'wrong_issuer':
        return tokens.sign(claims | {'iss': 'https://cong-khac.example.vn'}, private_pem=pem, kid=kid)
    if kind == 'crit_header':
        return jwt.encode(claims, pem, algorithm='RS256', headers={'kid': kid, 'crit': ['exp']})
    if kind == 'never_issued':
        return tokens.sign(claims | {'jti': 'never-issued-by-the-portal'}, private_pem=pem, kid=kid)
    raise AssertionError(kind)


FORGERIES = ('alg_none', 'hs256_with_public_key', 'unknown_kid', 'another_key_with_our_kid', 'tampered_payload',
             'expired', 'wrong_audience', 'wrong_issuer', 'crit_header', 'never_issued')


@pytest.mark.parametrize('kind', FORGERIES)
async def test_forged_tokens_are_refused(user: User, kind: str):
    from domain.oidc import _signing_key

    real = await access_token(user)
    with session_scope() as session:
        kid, pem = _signing_key(session)
    assert jws.get_unverified_header(real)['kid'] == kid
    public_jwk = next(k for k in (await user.http_client.get('/oidc/jwks')).json()['keys'] if k['kid'] == kid)
    # the real key re-signing the real claims is accepted: the forgery below differs only by its defect
    control = tokens.sign(jwt.get_unverified_claims(real), private_pem=pem, kid=kid)
    assert (await user.http_client.get('/api/v1/records', params={'limit': 1}, headers=bearer(control))).status_code == 200
    forged = forge(kind, real, kid, pem, public_jwk)
    for response in (await user.http_client.get('/api/v1/records', params={'limit': 1}, headers=bearer(forged)),
                     await push(user, forged, {'records': [national(f'TEST-{kind}')]})):
        assert_oauth_error(response, 401, 'invalid_token')
        assert response.headers['www-authenticate'] == 'Bearer realm="portal", error="invalid_token"'
    with session_scope() as session:
        assert session.execute(select(HandlingRecord).where(HandlingRecord.record_code == f'TEST-{kind}')).first() \
            is None


async def test_a_disabled_clients_tokens_are_revoked(user: User):
    from domain.clients import set_client_active

    token = await access_token(user)
    assert (await push(user, token, {'records': [national('TEST-BEFORE')]})).status_code == 200
    with session_scope() as session:
        set_client_active(session, actor=admin(), client_id=SYSTEM.client_id, active=False)
    assert_oauth_error(await push(user, token, {'records': [national('TEST-AFTER')]}), 401, 'invalid_token')
    assert_oauth_error(await user.http_client.get('/api/v1/records', headers=bearer(token)), 401, 'invalid_token')
    assert_oauth_error(await request_token(user), 401, 'invalid_client')
    with session_scope() as session:
        set_client_active(session, actor=admin(), client_id=SYSTEM.client_id, active=True)
    assert_oauth_error(await user.http_client.get('/api/v1/records', headers=bearer(token)), 401, 'invalid_token')
    fresh = await access_token(user)  # enabled again: a new token works, the revoked one stays revoked
    assert (await push(user, fresh, {'records': [national('TEST-AFTER')]})).status_code == 200
