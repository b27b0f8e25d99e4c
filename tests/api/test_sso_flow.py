"""Single sign-on driven by a standard OAuth/OIDC client library (Authlib), not our own code:
log in on the portal, consent once, exchange the code with PKCE, validate the ID token
against the published JWKS, read userinfo; then replay the code and see it refused."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client
from joserfc import jwt
from joserfc.jwk import KeySet
from nicegui import app, ui
from nicegui.testing import User
from sqlalchemy import select

from core.db import session_scope
from core.security import token_digest
from domain.demo import DEMO_ACCOUNTS
from models.agencies import Agency, ClientApp
from tests.ui.test_accounts_ui import log_in

CITIZEN = next(d for d in DEMO_ACCOUNTS if d.role == 'citizen')
CLIENT_ID, SECRET = 'portal-flow-test', 'flow-test-secret-0123456789abcdef'
CALLBACK = 'http://test/_client/callback'  # the test's own stand-in for the client portal


def _register_client() -> None:
    with session_scope() as session:
        agency_id = session.execute(select(Agency.id).where(Agency.code == 'UBND-79')).scalar_one()
        session.add(ClientApp(client_id=CLIENT_ID, name='Cổng dịch vụ công TP. Hồ Chí Minh', agency_id=agency_id,
                              kind='portal', redirect_uris=[CALLBACK], scopes=['openid', 'profile', 'id_number'],
                              secret_hash=token_digest(SECRET)))
        session.commit()


def _client_page() -> None:
    @ui.page('/_client/callback')
    def callback(code: str = '', state: str = '', error: str = '') -> None:
        ui.label(code).mark('code')
        ui.label(state).mark('state')
        ui.label(error).mark('error')


def _oauth() -> AsyncOAuth2Client:
    return AsyncOAuth2Client(CLIENT_ID, SECRET, scope='openid profile id_number', redirect_uri=CALLBACK,
                             code_challenge_method='S256', token_endpoint_auth_method='client_secret_basic',
                             transport=httpx.ASGITransport(app=app), base_url='http://test')


def _text(user: User, marker: str) -> str:
    with user:
        return user.find(marker=marker).elements.pop().text


async def test_a_client_portal_logs_a_citizen_in_with_a_standard_library(user: User):
    _register_client()
    _client_page()
    discovery = (await user.http_client.get('/.well-known/openid-configuration')).json()
    assert discovery['code_challenge_methods_supported'] == ['S256']
    oauth = _oauth()
    verifier, nonce = generate_token(48), generate_token(20)
    url, state = oauth.create_authorization_url('http://test/oidc/authorize', code_verifier=verifier, nonce=nonce)
    path = url.removeprefix('http://test')

    # not logged in: the portal asks for a login and comes back to the authorization request
    response = await user.http_client.get(path)
    assert response.status_code == 302 and response.headers['location'].startswith('/login?next=%2Foidc%2Fauthorize')
    await user.open(response.headers['location'])
    await user.should_see('Đăng nhập để tiếp tục tới Cổng dịch vụ công TP. Hồ Chí Minh.')
    await log_in(user, CITIZEN.id_number, path=response.headers['location'])
    await user.should_see(marker='consent')
    await user.should_see('Cổng dịch vụ công TP. Hồ Chí Minh')
    await user.should_see('Số định danh cá nhân (CCCD)')
    user.find(marker='consent-allow').click()
    await user.should_see(marker='code')
    code = _text(user, 'code')
    assert _text(user, 'state') == state and code

    token = await oauth.fetch_token(discovery['token_endpoint'].replace(discovery['issuer'], 'http://test'),
                                    code=code, code_verifier=verifier)
    jwks = KeySet.import_key_set((await user.http_client.get('/oidc/jwks')).json())
    claims = jwt.decode(token['id_token'], jwks, algorithms=['RS256']).claims
    jwt.JWTClaimsRegistry(iss={'essential': True, 'value': discovery['issuer']},
                          aud={'essential': True, 'value': CLIENT_ID},
                          nonce={'essential': True, 'value': nonce}).validate(claims)
    assert claims['name'] == CITIZEN.full_name and claims['id_number'] == CITIZEN.id_number

    info = await oauth.get('/oidc/userinfo')
    assert info.status_code == 200 and info.json()['id_number'] == CITIZEN.id_number

    # the same code again: refused, and the tokens it gave are revoked
    replay = await user.http_client.post('/oidc/token', data={
        'grant_type': 'authorization_code', 'code': code, 'redirect_uri': CALLBACK, 'code_verifier': verifier},
        auth=(CLIENT_ID, SECRET))
    assert replay.status_code == 400 and replay.json()['error'] == 'invalid_grant'
    assert (await oauth.get('/oidc/userinfo')).status_code == 401

    # consent is remembered: the next login goes straight back with a fresh code
    url, _state = oauth.create_authorization_url('http://test/oidc/authorize', code_verifier=generate_token(48))
    again = await user.http_client.get(url.removeprefix('http://test'))
    assert again.status_code == 302 and again.headers['location'].startswith(CALLBACK + '?code=')


async def test_a_refusal_goes_back_to_the_client_as_access_denied(user: User):
    _register_client()
    _client_page()
    url, state = _oauth().create_authorization_url('http://test/oidc/authorize', code_verifier=generate_token(48))
    login = (await user.http_client.get(url.removeprefix('http://test'))).headers['location']
    await log_in(user, CITIZEN.id_number, path=login)
    await user.should_see(marker='consent')
    user.find(marker='consent-deny').click()
    await user.should_see(marker='error')
    assert _text(user, 'error') == 'access_denied' and _text(user, 'state') == state


async def test_an_unregistered_redirect_uri_is_never_followed(user: User):
    _register_client()
    url, _state = _oauth().create_authorization_url('http://test/oidc/authorize', code_verifier=generate_token(48),
                                                    redirect_uri='https://evil.example/cb')
    response = await user.http_client.get(url.removeprefix('http://test'))
    location = response.headers['location']
    assert response.status_code == 302 and location.startswith('/oidc/loi?')
    assert parse_qs(urlsplit(location).query)['code'] == ['invalid_request']
    await user.open(location)
    await user.should_see('Không thể đăng nhập vào cổng này')


async def test_token_endpoint_errors_are_oauth_shaped(user: User):
    _register_client()
    wrong = await user.http_client.post('/oidc/token', data={'grant_type': 'authorization_code', 'code': 'x'},
                                        auth=(CLIENT_ID, 'wrong'))
    assert wrong.status_code == 401 and wrong.json()['error'] == 'invalid_client'
    assert wrong.headers['www-authenticate'].startswith('Basic')
    both = await user.http_client.post('/oidc/token', data={'grant_type': 'client_credentials',
                                                            'client_secret': SECRET}, auth=(CLIENT_ID, SECRET))
    assert both.status_code == 400 and both.json()['error'] == 'invalid_request'
    grant = await user.http_client.post('/oidc/token', data={'grant_type': 'password', 'client_id': CLIENT_ID,
                                                             'client_secret': SECRET})
    assert grant.status_code == 400 and grant.json()['error'] == 'unsupported_grant_type'
    json_body = await user.http_client.post('/oidc/token', json={'grant_type': 'client_credentials'})
    assert json_body.status_code == 400 and json_body.json()['error'] == 'invalid_request'
    english = await user.http_client.get('/oidc/userinfo', headers={'Accept-Language': 'en'})
    assert english.status_code == 401 and english.json()['message'] == 'The access token is invalid or expired.'


async def test_logout_without_an_id_token_hint_asks_the_citizen_first(user: User):
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    response = await user.http_client.get('/oidc/logout')
    assert response.status_code == 302 and response.headers['location'].startswith('/oidc/dang-xuat')
    await user.open('/ho-so')  # a link from elsewhere did not log the citizen out
    await user.should_see(marker='my-dossier')
    await user.open(response.headers['location'])
    await user.should_see(marker='confirm-logout')
    user.find(marker='logout-confirm').click()
    await user.should_see(marker='logged-out')
