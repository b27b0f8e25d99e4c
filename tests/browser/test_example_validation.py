"""The example provincial portal trusts a login only if Authlib accepts its ID token: here the
national portal is replaced by a stub (its metadata, keys and token response), so each refusal
is shown without a browser or a network."""
from __future__ import annotations

import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey
from starlette.testclient import TestClient

from examples.provincial_portal.app import Config, create_app

ISSUER = 'https://dichvucong.example.test'
CLIENT_ID = 'demo-dvc-hanoi'
LOGIN_BUTTON = 'Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia'


@pytest.fixture(scope='module')
def signing_key() -> RSAKey:
    return RSAKey.generate_key(2048, parameters={'kid': 'portal-key-1', 'use': 'sig', 'alg': 'RS256'}, private=True)


class StubPortal:
    """Stands in for the national portal's discovery document, JWKS and token endpoint."""

    def __init__(self, key: RSAKey) -> None:
        self.key = key
        self.claims: dict = {}
        self.token_requests: list[dict] = []

    def id_token(self, **overrides) -> str:
        now = int(time.time())
        claims = {'iss': ISSUER, 'aud': CLIENT_ID, 'azp': CLIENT_ID, 'sub': '17', 'iat': now, 'exp': now + 3600,
                  'auth_time': now, 'name': 'Nguyễn Văn An', 'id_number': '001090012345'} | overrides
        return jwt.encode({'alg': 'RS256', 'kid': self.key.kid}, {k: v for k, v in claims.items() if v is not None},
                          self.key)

    async def fetch_access_token(self, **params) -> dict:
        self.token_requests.append(params)
        return {'access_token': 'access-token-value', 'token_type': 'Bearer', 'expires_in': 3600,
                'scope': 'openid profile id_number', 'id_token': self.id_token(**self.claims)}


@pytest.fixture
def stub(signing_key):
    return StubPortal(signing_key)


@pytest.fixture
def client(stub, monkeypatch):
    app = create_app(Config(issuer=ISSUER, client_id=CLIENT_ID, client_secret='s3cret', port=8090,
                            session_secret='test-session-secret-' + 'x' * 20))
    portal = app.state.portal
    # what Authlib would have read from /.well-known/openid-configuration and /oidc/jwks
    portal.server_metadata.update({
        'issuer': ISSUER, 'authorization_endpoint': ISSUER + '/oidc/authorize',
        'token_endpoint': ISSUER + '/oidc/token', 'jwks_uri': ISSUER + '/oidc/jwks',
        'end_session_endpoint': ISSUER + '/oidc/logout', 'id_token_signing_alg_values_supported': ['RS256'],
        'jwks': {'keys': [stub.key.as_dict(private=False)]}, '_loaded_at': time.time()})
    monkeypatch.setattr(portal, 'fetch_access_token', stub.fetch_access_token)
    with TestClient(app, base_url='http://127.0.0.1:8090', follow_redirects=False) as test_client:
        yield test_client


def _start_login(client: TestClient) -> dict[str, str]:
    response = client.get('/login')
    assert response.status_code == 302
    location = urlsplit(response.headers['location'])
    assert f'{location.scheme}://{location.netloc}{location.path}' == ISSUER + '/oidc/authorize'
    query = {k: v[0] for k, v in parse_qs(location.query).items()}
    assert query['client_id'] == CLIENT_ID and query['response_type'] == 'code'
    assert query['redirect_uri'] == 'http://127.0.0.1:8090/callback'
    assert query['scope'] == 'openid profile id_number' and query['code_challenge_method'] == 'S256'
    assert query['nonce'] and query['state'] and query['code_challenge']
    return query


def _not_logged_in(client: TestClient) -> None:
    home = client.get('/')
    assert LOGIN_BUTTON in home.text
    assert 'Xin chào' not in home.text


def test_a_matching_nonce_logs_the_citizen_in(client, stub):
    request = _start_login(client)
    stub.claims = {'nonce': request['nonce']}
    response = client.get('/callback', params={'code': 'the-code', 'state': request['state']})
    assert response.status_code == 303 and response.headers['location'] == '/'
    # the code went back with the PKCE verifier and the same redirect URI
    assert stub.token_requests[0]['code'] == 'the-code'
    assert stub.token_requests[0]['redirect_uri'] == 'http://127.0.0.1:8090/callback'
    assert len(stub.token_requests[0]['code_verifier']) >= 43
    home = client.get('/')
    assert 'Xin chào, Nguyễn Văn An' in home.text
    assert '0010******45' in home.text and '001090012345' not in home.text


@pytest.mark.parametrize('nonce', ['a-nonce-from-another-login', None], ids=['other nonce', 'no nonce'])
def test_an_id_token_without_the_login_nonce_is_refused(client, stub, nonce, caplog):
    caplog.set_level('WARNING', logger='provincial_portal')
    request = _start_login(client)
    stub.claims = {'nonce': nonce}
    response = client.get('/callback', params={'code': 'the-code', 'state': request['state']})
    assert response.status_code == 400
    assert 'Thông tin đăng nhập nhận được không hợp lệ nên đã bị từ chối' in response.text
    assert 'invalid_id_token' in response.text
    assert "'nonce'" in caplog.text  # refused by Authlib's nonce check, not by accident
    _not_logged_in(client)


def test_an_id_token_signed_by_another_key_is_refused(client, stub, caplog):
    caplog.set_level('WARNING', logger='provincial_portal')
    request = _start_login(client)
    stub.key = RSAKey.generate_key(2048, parameters={'kid': stub.key.kid, 'alg': 'RS256'}, private=True)
    stub.claims = {'nonce': request['nonce']}
    response = client.get('/callback', params={'code': 'the-code', 'state': request['state']})
    assert response.status_code == 400 and 'invalid_id_token' in response.text
    assert 'bad_signature' in caplog.text
    _not_logged_in(client)


@pytest.mark.parametrize(('claims', 'reason'), [
    ({'aud': 'demo-dvc-hcm', 'azp': 'demo-dvc-hcm'}, "'a"),        # issued to another portal
    ({'aud': 'demo-dvc-hcm', 'azp': CLIENT_ID}, "'aud'"),           # Authlib alone would let this pass
    ({'iss': 'https://attacker.example.test'}, "'iss'"),
], ids=['other client', 'other audience', 'other issuer'])
def test_an_id_token_for_another_portal_or_from_another_issuer_is_refused(client, stub, caplog, claims, reason):
    caplog.set_level('WARNING', logger='provincial_portal')
    request = _start_login(client)
    stub.claims = {'nonce': request['nonce']} | claims
    response = client.get('/callback', params={'code': 'the-code', 'state': request['state']})
    assert response.status_code == 400 and 'invalid_id_token' in response.text
    assert reason in caplog.text
    _not_logged_in(client)


def test_a_callback_replayed_or_from_another_browser_is_refused(client, stub):
    request = _start_login(client)
    stub.claims = {'nonce': request['nonce']}
    assert client.get('/callback', params={'code': 'the-code', 'state': request['state']}).status_code == 303
    client.cookies.clear()
    replay = client.get('/callback', params={'code': 'the-code', 'state': request['state']})
    assert replay.status_code == 400 and 'mismatching_state' in replay.text
    assert len(stub.token_requests) == 1  # the code was never sent again
    _not_logged_in(client)


def test_a_refusal_from_the_national_portal_is_explained(client):
    request = _start_login(client)
    response = client.get('/callback', params={'error': 'access_denied', 'state': request['state']})
    assert response.status_code == 403
    assert 'Bạn đã từ chối cho phép Cổng dịch vụ công Hà Nội' in response.text
    _not_logged_in(client)


def test_names_from_the_id_token_are_escaped(client, stub):
    request = _start_login(client)
    stub.claims = {'nonce': request['nonce'], 'name': '<script>alert(1)</script>'}
    client.get('/callback', params={'code': 'the-code', 'state': request['state']})
    home = client.get('/')
    assert '&lt;script&gt;alert(1)&lt;/script&gt;' in home.text
    assert not re.search(r'<script>alert', home.text)
