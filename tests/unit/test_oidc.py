"""The OpenID Connect provider's rules: what a client portal may get, and everything refused."""
from __future__ import annotations

import base64
import json
import time
from datetime import timedelta

import pytest
from jose import jwt as jose_jwt
from sqlalchemy import select, update

from core import tokens
from core.clock import now_utc
from core.security import token_digest
from domain import oidc
from domain.oidc import OAuthError
from models.agencies import Agency, ClientApp
from models.oidc import AuthorizationCode, SigningKey
from tests.factories import make_citizen

REDIRECT = 'https://dichvucong.hanoi.gov.vn/oidc/callback'
VERIFIER = 'a' * 20 + '-._~' + 'B9' * 12  # 48 characters of the allowed alphabet
SECRET = 'portal-secret-for-tests-0123456789'


@pytest.fixture
def client(session) -> ClientApp:
    agency_id = session.execute(select(Agency.id).where(Agency.code == 'UBND-01')).scalar_one()
    app = ClientApp(client_id='portal-test', name='Cổng DVC Hà Nội', agency_id=agency_id, kind='portal',
                    redirect_uris=[REDIRECT], post_logout_redirect_uris=['https://dichvucong.hanoi.gov.vn/'],
                    scopes=['openid', 'profile', 'id_number'], secret_hash=token_digest(SECRET))
    system = ClientApp(client_id='system-test', name='Một cửa Hà Nội', agency_id=agency_id, kind='system',
                       scopes=['records:write'], secret_hash=token_digest(SECRET))
    session.add_all([app, system])
    session.commit()
    return app


def _params(**overrides) -> dict:
    params = {'client_id': 'portal-test', 'redirect_uri': REDIRECT, 'response_type': 'code',
              'scope': 'openid profile id_number', 'state': 'xyz', 'nonce': 'n-0S6_WzA2Mj',
              'code_challenge': tokens.pkce_challenge(VERIFIER), 'code_challenge_method': 'S256'}
    params.update(overrides)
    return {k: v for k, v in params.items() if v is not None}


def _code(session, account, **overrides) -> str:
    request = oidc.parse_authorization_request(session, _params(**overrides))
    url = oidc.issue_code(session, account=account, request=request, auth_time=now_utc())
    assert url.startswith(REDIRECT + '?') and 'state=xyz' in url
    return url.split('code=')[1].split('&')[0]


def _exchange(session, client, code, verifier=VERIFIER, redirect=REDIRECT) -> dict:
    return oidc.exchange_code(session, client=client, code=code, redirect_uri=redirect, code_verifier=verifier)


def _claims(session, token, audience) -> dict:
    return tokens.verify(token, oidc._verification_keys(session), audience=audience, issuer=oidc.issuer())


def test_code_flow_gives_a_signed_id_token_with_the_nonce_and_the_scoped_claims(session, client):
    citizen = make_citizen(session, full_name='Trần Thị Lan')
    result = _exchange(session, client, _code(session, citizen))
    header = jose_jwt.get_unverified_header(result['id_token'])
    assert header['alg'] == 'RS256' and header['kid'] in {k['kid'] for k in oidc.jwks(session)['keys']}
    claims = _claims(session, result['id_token'], 'portal-test')
    assert claims['nonce'] == 'n-0S6_WzA2Mj' and claims['name'] == 'Trần Thị Lan'
    assert claims['id_number'] == citizen.id_number and claims['sub'] == str(citizen.id)
    assert claims['at_hash'] == tokens.at_hash(result['access_token'])
    info = oidc.userinfo(session, token=result['access_token'])
    assert info == {'sub': str(citizen.id), 'name': 'Trần Thị Lan', 'locale': 'vi', 'id_number': citizen.id_number}


def test_phone_is_only_shared_when_asked_and_allowed(session, client):
    citizen = make_citizen(session)
    with pytest.raises(OAuthError) as refused:
        oidc.parse_authorization_request(session, _params(scope='openid phone'))
    assert refused.value.error == 'invalid_scope' and refused.value.redirectable
    result = _exchange(session, client, _code(session, citizen, scope='openid'))
    assert 'phone_number' not in oidc.userinfo(session, token=result['access_token'])
    assert 'name' not in _claims(session, result['id_token'], 'portal-test')


@pytest.mark.parametrize('overrides, error, redirectable', [
    ({'redirect_uri': REDIRECT + '/'}, 'invalid_request', False),
    ({'redirect_uri': 'https://evil.example/cb'}, 'invalid_request', False),
    ({'client_id': 'nobody'}, 'invalid_client', False),
    ({'client_id': 'system-test'}, 'unauthorized_client', False),
    ({'response_type': 'token'}, 'unsupported_response_type', True),
    ({'scope': 'profile'}, 'invalid_scope', True),
    ({'code_challenge': None}, 'invalid_request', True),
    ({'code_challenge_method': 'plain'}, 'invalid_request', True),
])
def test_bad_authorization_requests_are_refused(session, client, overrides, error, redirectable):
    with pytest.raises(OAuthError) as refused:
        oidc.parse_authorization_request(session, _params(**overrides))
    assert (refused.value.error, refused.value.redirectable) == (error, redirectable)
    if redirectable:
        target = oidc.error_redirect(_params(**overrides), refused.value)
        assert target.startswith(REDIRECT + '?error=' + error) and target.endswith('state=xyz')


@pytest.mark.parametrize('verifier', [None, 'short', 'b' * 48, VERIFIER + '!'])
def test_a_missing_or_wrong_pkce_verifier_spends_the_code(session, client, verifier):
    citizen = make_citizen(session)
    code = _code(session, citizen)
    with pytest.raises(OAuthError) as refused:
        _exchange(session, client, code, verifier=verifier)
    assert refused.value.error == 'invalid_grant'
    with pytest.raises(OAuthError):  # no second guess
        _exchange(session, client, code)


def test_wrong_redirect_uri_at_the_token_endpoint_is_refused(session, client):
    code = _code(session, make_citizen(session))
    with pytest.raises(OAuthError) as refused:
        _exchange(session, client, code, redirect='https://dichvucong.hanoi.gov.vn/other')
    assert refused.value.error == 'invalid_grant'


def test_a_replayed_code_revokes_the_tokens_it_issued(session, client):
    code = _code(session, make_citizen(session))
    first = _exchange(session, client, code)
    assert oidc.userinfo(session, token=first['access_token'])['sub']
    with pytest.raises(OAuthError) as replay:
        _exchange(session, client, code)
    assert replay.value.error == 'invalid_grant'
    with pytest.raises(OAuthError) as revoked:
        oidc.userinfo(session, token=first['access_token'])
    assert (revoked.value.error, revoked.value.status) == ('invalid_token', 401)


def test_an_expired_code_is_refused(session, client):
    code = _code(session, make_citizen(session))
    session.execute(update(AuthorizationCode).values(expires_at=now_utc() - timedelta(seconds=1)))
    session.commit()
    with pytest.raises(OAuthError) as refused:
        _exchange(session, client, code)
    assert refused.value.error == 'invalid_grant' and 'expired' in refused.value.description


def test_a_code_is_only_good_for_the_client_it_was_issued_to(session, client):
    code = _code(session, make_citizen(session))
    other = ClientApp(client_id='portal-other', name='Khác', agency_id=client.agency_id, kind='portal',
                      redirect_uris=[REDIRECT], scopes=['openid'], secret_hash=token_digest(SECRET))
    session.add(other)
    session.commit()
    with pytest.raises(OAuthError) as refused:
        _exchange(session, other, code)
    assert refused.value.error == 'invalid_grant'


@pytest.mark.parametrize('client_id, secret', [('portal-test', 'wrong'), ('portal-test', ''), ('portal-test', None),
                                               ('nobody', SECRET), (None, SECRET)])
def test_wrong_client_credentials_are_refused(session, client, client_id, secret):
    with pytest.raises(OAuthError) as refused:
        oidc.authenticate_client(session, client_id=client_id, client_secret=secret)
    assert (refused.value.error, refused.value.status) == ('invalid_client', 401)


def test_a_disabled_client_cannot_authenticate(session, client):
    client.active = False
    session.commit()
    with pytest.raises(OAuthError):
        oidc.authenticate_client(session, client_id='portal-test', client_secret=SECRET)


def test_client_credentials_are_for_agency_systems_only(session, client):
    system = oidc.authenticate_client(session, client_id='system-test', client_secret=SECRET)
    token = oidc.client_credentials(session, client=system, scope=None)
    holder = oidc.verify_access_token(session, token['access_token'], scope='records:write')
    assert holder.client_id == 'system-test' and holder.agency_id == client.agency_id
    with pytest.raises(OAuthError) as scope:
        oidc.verify_access_token(session, token['access_token'], scope='records:read')
    assert (scope.value.error, scope.value.status) == ('insufficient_scope', 403)
    with pytest.raises(OAuthError) as portal:
        oidc.client_credentials(session, client=client, scope='records:write')
    assert portal.value.error == 'unauthorized_client'
    with pytest.raises(OAuthError) as extra:
        oidc.client_credentials(session, client=system, scope='records:write openid')
    assert extra.value.error == 'invalid_scope'


def test_consent_is_asked_once_per_client_and_again_for_more(session, client):
    citizen = make_citizen(session)
    basic = oidc.parse_authorization_request(session, _params(scope='openid profile'))
    assert oidc.needs_consent(session, account_id=citizen.id, request=basic)
    oidc.grant_consent(session, account=citizen, request=basic)
    assert not oidc.needs_consent(session, account_id=citizen.id, request=basic)
    more = oidc.parse_authorization_request(session, _params(scope='openid profile id_number'))
    assert oidc.needs_consent(session, account_id=citizen.id, request=more)
    assert [p['client_id'] for p in oidc.connected_portals(session, account_id=citizen.id)] == ['portal-test']
    oidc.withdraw_consent(session, account=citizen, client_id='portal-test')
    assert oidc.needs_consent(session, account_id=citizen.id, request=basic)


def _forge(header: dict, claims: dict, signature: bytes = b'') -> str:
    part = lambda data: base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b'=').decode()  # noqa: E731
    return f'{part(header)}.{part(claims)}.' + base64.urlsafe_b64encode(signature).rstrip(b'=').decode()


def test_forged_and_foreign_tokens_are_refused(session, client):
    system = oidc.authenticate_client(session, client_id='system-test', client_secret=SECRET)
    good = oidc.client_credentials(session, client=system, scope='records:write')['access_token']
    claims = jose_jwt.get_unverified_claims(good)
    kid, pem = oidc._signing_key(session)
    public = oidc.jwks(session)['keys'][0]
    now = int(time.time())
    forged = {
        'alg none': _forge({'alg': 'none', 'kid': kid}, claims),
        'HS256 with the public key': jose_jwt.encode(claims, json.dumps(public), algorithm='HS256',
                                                     headers={'kid': kid}),
        'unknown kid': tokens.sign(claims, private_pem=tokens.new_signing_key()[1], kid='not-ours'),
        'our key, unknown kid': tokens.sign(claims, private_pem=pem, kid='other'),
        'expired': tokens.sign(claims | {'iat': now - 7200, 'exp': now - 3600}, private_pem=pem, kid=kid),
        'wrong audience': tokens.sign(claims | {'aud': 'https://elsewhere'}, private_pem=pem, kid=kid),
        'wrong issuer': tokens.sign(claims | {'iss': 'https://elsewhere'}, private_pem=pem, kid=kid),
        'crit header': jose_jwt.encode(claims, pem, algorithm='RS256', headers={'kid': kid, 'crit': ['exp']}),
        'tampered claims': good.split('.')[0] + '.' + _forge({}, claims | {'scope': 'records:read'}).split('.')[1]
        + '.' + good.split('.')[2],
        'garbage': 'abc.def.ghi',
    }
    for name, token in forged.items():
        with pytest.raises(OAuthError) as refused:
            oidc.verify_access_token(session, token, scope='records:write')
        assert refused.value.error == 'invalid_token', name
    assert oidc.verify_access_token(session, good, scope='records:write').client_id == 'system-test'


def test_signing_keys_rotate_and_the_old_key_stays_published_until_its_tokens_expire(session, client):
    oidc.ensure_signing_key(session)
    code = _code(session, make_citizen(session))
    before = _exchange(session, client, code)
    old_kid = jose_jwt.get_unverified_header(before['id_token'])['kid']
    new_kid = oidc.rotate_signing_key(session).kid
    assert {k['kid'] for k in oidc.jwks(session)['keys']} == {old_kid, new_kid}

    # the new key is published before it signs, so clients caching the key set know it in time
    during_lead = _exchange(session, client, _code(session, make_citizen(session)))
    assert jose_jwt.get_unverified_header(during_lead['id_token'])['kid'] == old_kid
    session.execute(update(SigningKey).where(SigningKey.kid == new_kid)
                    .values(created_at=now_utc() - oidc.KEY_LEAD))
    session.commit()
    after = _exchange(session, client, _code(session, make_citizen(session)))
    assert jose_jwt.get_unverified_header(after['id_token'])['kid'] == new_kid
    assert _claims(session, before['id_token'], 'portal-test')  # still verifies

    session.execute(update(SigningKey).where(SigningKey.kid == old_kid)
                    .values(rotated_at=now_utc() - oidc.KEY_LEAD - oidc.TOKEN_TTL - timedelta(minutes=10)))
    session.commit()
    assert old_kid not in {k['kid'] for k in oidc.jwks(session)['keys']}
    with pytest.raises(tokens.TokenInvalid):
        _claims(session, before['id_token'], 'portal-test')


def test_a_key_older_than_its_lifetime_is_replaced(session, client):
    oidc.ensure_signing_key(session)
    first = session.execute(select(SigningKey.kid)).scalar_one()
    session.execute(update(SigningKey).values(created_at=now_utc() - timedelta(days=31)))
    session.commit()
    oidc._signing_key(session)
    assert session.execute(select(SigningKey.kid).where(SigningKey.rotated_at.is_(None))).scalar_one() != first


def test_the_key_set_is_never_empty_once_started(session):
    oidc.ensure_signing_key(session)
    oidc.ensure_signing_key(session)
    assert len(oidc.jwks(session)['keys']) == 1


def test_max_age_asks_for_a_fresh_login(session, client):
    request = oidc.parse_authorization_request(session, _params(max_age='300'))
    assert oidc.login_too_old(request, auth_age=timedelta(minutes=6), fresh=timedelta(minutes=2))
    assert not oidc.login_too_old(request, auth_age=timedelta(minutes=4), fresh=timedelta(minutes=2))
    with pytest.raises(OAuthError):
        oidc.parse_authorization_request(session, _params(max_age='-1'))


def test_private_keys_are_stored_sealed(session, client):
    oidc.rotate_signing_key(session)
    stored = session.execute(select(SigningKey.private_sealed)).scalars().first()
    assert 'PRIVATE KEY' not in stored
    with pytest.raises(tokens.TokenInvalid):
        tokens.unseal(stored, 'another secret')


def test_logout_goes_back_only_to_a_registered_address_and_revokes_the_portals_tokens(session, client):
    citizen = make_citizen(session)
    result = _exchange(session, client, _code(session, citizen))
    target, account_id = oidc.logout_target(session, id_token_hint=result['id_token'],
                                            post_logout_redirect_uri='https://dichvucong.hanoi.gov.vn/', state='s1')
    assert target == 'https://dichvucong.hanoi.gov.vn/?state=s1' and account_id == citizen.id
    with pytest.raises(OAuthError):
        oidc.userinfo(session, token=result['access_token'])
    with pytest.raises(OAuthError) as elsewhere:
        oidc.logout_target(session, id_token_hint=result['id_token'], post_logout_redirect_uri='https://evil.example/',
                           state=None)
    assert not elsewhere.value.redirectable
    with pytest.raises(OAuthError):
        oidc.logout_target(session, id_token_hint='abc.def.ghi', post_logout_redirect_uri=None, state=None)
