"""Rate limits answer 429 with `Retry-After` (whole seconds) and a stable error code, and every
refusal is logged: public tracking and search, the OpenID token endpoint (per address, per client,
and failed client authentications: the machine login), the records sync API per client, Open311
reads and posts; the citizen's login page shows the wait. Another key is still served."""
from __future__ import annotations

import logging

import pytest
from nicegui.testing import User
from sqlalchemy import select

from core import ratelimit
from core.db import session_scope
from domain.demo import DEMO_ACCOUNTS, DEMO_CLIENTS
from models.accounts import Account
from models.agencies import ClientAppCreate
from tests.hardening.portal import answered_login, portal  # noqa: F401  (portal: requested before `user`)

pytestmark = pytest.mark.usefixtures('portal')

CITIZEN = DEMO_ACCOUNTS[0]
ADMIN_ID = next(a.id_number for a in DEMO_ACCOUNTS if a.role == 'admin')
SYSTEM = next(c for c in DEMO_CLIENTS if c.kind == 'system')


def register(kind: str, scopes: list[str]) -> tuple[str, str]:
    from domain.clients import register_client

    with session_scope() as session:
        admin = session.execute(select(Account).where(Account.id_number == ADMIN_ID)).scalar_one()
        client, secret = register_client(session, actor=admin, data=ClientAppCreate(
            name='Hệ thống thử giới hạn', agency_code='UBND-01', kind=kind, scopes=scopes))
        return client.client_id, secret


async def token_response(user: User, client_id: str = SYSTEM.client_id, secret: str = SYSTEM.secret):
    return await user.http_client.post('/oidc/token', data={'grant_type': 'client_credentials'},
                                       auth=(client_id, secret))


async def token(user: User, client_id: str = SYSTEM.client_id, secret: str = SYSTEM.secret) -> str:
    response = await token_response(user, client_id, secret)
    assert response.status_code == 200, response.text
    return response.json()['access_token']


def assert_429(response, code: str, window: float, caplog, path: str, limiter: ratelimit.RateLimiter) -> None:
    assert response.status_code == 429, response.text
    retry_after = response.headers.get('Retry-After', '')
    assert retry_after.isdigit() and 1 <= int(retry_after) <= window + 1, retry_after
    body = response.json()
    found = body['code'] if isinstance(body, dict) else body[0]['error']
    assert found == code, body
    message = body['message'] if isinstance(body, dict) else body[0]['description']
    assert f'{retry_after} giây' in message, message  # the wait, in the caller's language
    logged = [r.getMessage() for r in caplog.records if r.name.startswith('portal')]
    assert any(line.startswith(f'refused {path}: 429 {code}') for line in logged), logged
    assert any(line.startswith(f'{limiter.name}: ') and f'refused ({code})' in line for line in logged), logged


CHECKED: list[str] = []


@pytest.fixture
def checked(figure):
    """Each test names the endpoints it saw answer 429 with Retry-After; the figure counts them."""
    seen: list[str] = []
    yield seen
    CHECKED.extend(seen)
    figure('rate-limited endpoints answering 429 with Retry-After', len(seen), '; '.join(seen))


async def test_public_tracking_and_search(user: User, caplog, monkeypatch, checked):
    caplog.set_level(logging.DEBUG, logger='portal')
    client = user.http_client
    tracking = '/api/v1/dossiers/UBND-01-000000-0001'
    answers = [await client.get(tracking, params={'id_number': CITIZEN.id_number})
               for _ in range(ratelimit.tracking_limiter.limit + 1)]  # the real limit: 20 a minute
    assert {r.status_code for r in answers[:-1]} == {404}
    assert_429(answers[-1], 'rate_limited', 60, caplog, f'GET {tracking}', ratelimit.tracking_limiter)
    checked.append('GET /api/v1/dossiers/{code} (20/min per address)')

    monkeypatch.setattr(ratelimit.search_limiter, 'limit', 3)
    for _ in range(3):
        assert (await client.get('/api/v1/procedures', params={'q': 'khai sinh'})).status_code == 200
    assert_429(await client.get('/api/v1/procedures', params={'q': 'khai sinh'}), 'rate_limited', 60, caplog,
               'GET /api/v1/procedures', ratelimit.search_limiter)
    assert_429(await client.get('/api/v1/procedures/1.003354'), 'rate_limited', 60, caplog,
               'GET /api/v1/procedures/1.003354', ratelimit.search_limiter)
    checked.append('GET /api/v1/procedures[/...] (per address)')

    for _ in range(3):
        assert (await client.get('/open311/v2/requests.json')).status_code == 200  # its own budget
    answer = await client.get('/open311/v2/requests.xml')  # the GeoReport error, in XML
    assert answer.status_code == 429 and answer.headers['Retry-After'].isdigit()
    assert '<error>' in answer.text and answer.headers['content-type'].startswith('text/xml')
    assert_429(await client.get('/open311/v2/requests.json'), 'rate_limited', 60, caplog,
               'GET /open311/v2/requests.json', ratelimit.search_limiter)
    checked.append('GET /open311/v2/* (per address, GeoReport shape in JSON and XML)')


async def test_the_token_endpoint_per_address_per_client_and_after_failed_authentications(
        user: User, caplog, monkeypatch, checked):
    caplog.set_level(logging.DEBUG, logger='portal')
    other_id, other_secret = register('system', ['records:read'])

    monkeypatch.setattr(ratelimit.token_client_limiter, 'limit', 2)
    for _ in range(2):
        await token(user)
    assert_429(await token_response(user), 'rate_limited', 60, caplog, 'POST /oidc/token',
               ratelimit.token_client_limiter)
    await token(user, other_id, other_secret)  # another client is still served
    checked.append('POST /oidc/token (per client)')

    ratelimit.reset_all()
    monkeypatch.setattr(ratelimit.token_address_limiter, 'limit', 2)
    for _ in range(2):
        await token(user, other_id, other_secret)
    assert_429(await token_response(user, other_id, other_secret), 'rate_limited', 60, caplog, 'POST /oidc/token',
               ratelimit.token_address_limiter)
    checked.append('POST /oidc/token (per address)')

    # the machine login: 20 wrong secrets from one address in 5 minutes, then even the right one waits
    monkeypatch.undo()  # the real limits again
    ratelimit.reset_all()
    limit = ratelimit.client_auth_failures.limit
    assert limit == 20 and ratelimit.client_auth_failures.window == 300
    for attempt in range(limit):
        wrong = await token_response(user, SYSTEM.client_id, f'guess-{attempt}')
        assert wrong.status_code == 401 and wrong.json()['error'] == 'invalid_client'
    refused = await token_response(user)
    assert_429(refused, 'client_auth_throttled', 300, caplog, 'POST /oidc/token', ratelimit.client_auth_failures)
    checked.append('POST /oidc/token (20 failed client authentications per address in 5 min)')


async def test_the_records_api_per_client(user: User, caplog, monkeypatch, checked):
    caplog.set_level(logging.DEBUG, logger='portal')
    first = {'Authorization': f'Bearer {await token(user)}', 'Content-Type': 'application/json'}
    other_id, other_secret = register('system', ['records:write', 'records:read'])
    second = {'Authorization': f'Bearer {await token(user, other_id, other_secret)}'}
    monkeypatch.setattr(ratelimit.records_limiter, 'limit', 2)
    for _ in range(2):
        assert (await user.http_client.post('/api/v1/records', content=b'{"records": []}', headers=first)) \
            .status_code == 200
    assert_429(await user.http_client.post('/api/v1/records', content=b'{"records": []}', headers=first),
               'rate_limited', 60, caplog, 'POST /api/v1/records', ratelimit.records_limiter)
    checked.append('POST /api/v1/records (per client)')
    for _ in range(2):
        assert (await user.http_client.get('/api/v1/records', headers=first)).status_code == 200
    assert_429(await user.http_client.get('/api/v1/records', headers=first), 'rate_limited', 60, caplog,
               'GET /api/v1/records', ratelimit.records_limiter)
    assert_429(await user.http_client.get('/api/v1/records/X-1', headers=first), 'rate_limited', 60, caplog,
               'GET /api/v1/records/X-1', ratelimit.records_limiter)
    checked.append('GET /api/v1/records[/{code}] (per client)')
    assert (await user.http_client.get('/api/v1/records', headers=second)).status_code == 200  # another client


async def test_open311_posts_per_application(user: User, caplog, monkeypatch, checked):
    from api.open311 import post_limiter

    caplog.set_level(logging.DEBUG, logger='portal')
    _client_id, key = register('open311', ['feedback:write'])
    monkeypatch.setattr(post_limiter, 'limit', 1)
    form = {'api_key': key, 'service_code': 'no-such-service'}
    assert (await user.http_client.post('/open311/v2/requests.json', data=form)).status_code == 400
    assert_429(await user.http_client.post('/open311/v2/requests.json', data=form), 'rate_limited', 60, caplog,
               'POST /open311/v2/requests.json', post_limiter)
    checked.append('POST /open311/v2/requests (per application)')


async def test_the_login_page_shows_the_wait(user: User, caplog, checked):
    caplog.set_level(logging.DEBUG, logger='portal')
    for _ in range(6):
        await answered_login(user, caplog, CITIZEN.id_number, 'not the password')
    # the wait counts down from 30 s after the fifth failure: how much is left depends on the machine
    await user.should_see('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau')
    assert any(r.getMessage().startswith('login throttled') for r in caplog.records)
    checked.append('/login page (throttled login: the wait in seconds on the page)')


async def test_every_limited_route_is_documented_and_checked(user: User):
    """The OpenAPI document declares 429 with Retry-After for every limited route, and every
    limited route (api.API_LIMITS) belongs to a group this module exercises."""
    from api import API_LIMITS

    schema = (await user.http_client.get('/openapi.json')).json()
    assert API_LIMITS, 'no limited routes'
    for route in API_LIMITS:
        method, path = route.split(' ', 1)
        answer = schema['paths'][path][method.lower()]['responses'].get('429')
        assert answer and 'Retry-After' in answer.get('headers', {}), route
    tracking = schema['paths']['/api/v1/dossiers/{code}']['get']['responses']
    assert '429' in tracking
    groups = {'/api/v1/procedures': 'public_search', '/open311/v2/': 'open311_public', '/oidc/token': 'token_endpoint',
              '/api/v1/records': 'records_'}
    for route, limits in API_LIMITS.items():
        assert any(prefix in route and any(name.startswith(expected) for name in limits)
                   for prefix, expected in groups.items()), (route, limits)
