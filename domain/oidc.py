"""The portal as an OpenID Connect provider: one account for every ministerial and provincial
portal, and client-credentials tokens for agency systems.

Errors follow RFC 6749 (`error` codes); whether one may be sent back to the client's
redirect URI is decided here, because sending it to an unverified URI would make the portal
an open redirector.
"""
from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode, urlsplit

from sqlalchemy import select, update
from sqlmodel import Session

from core import tokens
from core.clock import as_utc, now_utc
from core.ratelimit import token_client_limiter
from core.security import new_token, token_digest
from core.settings import get_settings
from domain.audit import record_event
from models.accounts import Account
from models.agencies import Agency, ClientApp
from models.oidc import AuthorizationCode, IssuedToken, SigningKey, SsoConsent

PORTAL_SCOPES = ('openid', 'profile', 'id_number', 'phone', 'email')
SYSTEM_SCOPES = ('records:write', 'records:read', 'payables:write')
CODE_TTL = timedelta(seconds=60)
TOKEN_TTL = timedelta(hours=1)
# A new key is published this long before it signs, so clients that cache the key set
# (we allow 5 minutes) already know it when the first token it signed arrives.
KEY_LEAD = timedelta(minutes=10)
JWKS_MAX_AGE = 300
_MAX_STATE = 512


class OAuthError(Exception):
    """A refused OAuth/OIDC request; `error` is the RFC 6749 code clients understand."""

    def __init__(self, error: str, description: str = '', *, status: int = 400, redirectable: bool = True) -> None:
        super().__init__(error)
        self.error = error
        self.description = description
        self.status = status
        self.redirectable = redirectable


@dataclass(frozen=True)
class AuthRequest:
    client_id: str
    client_name: str
    agency_name: str
    redirect_uri: str
    scopes: tuple[str, ...]
    state: str | None
    nonce: str | None
    code_challenge: str
    prompt: str | None
    max_age: int | None = None

    def redirect(self, **params: str | None) -> str:
        query = {k: v for k, v in params.items() if v is not None}
        if self.state is not None:
            query['state'] = self.state
        separator = '&' if urlsplit(self.redirect_uri).query else '?'
        return self.redirect_uri + separator + urlencode(query)


def issuer() -> str:
    return get_settings().issuer


# ---------------------------------------------------------------- signing keys

def _published_keys(session: Session, now: datetime) -> list[SigningKey]:
    # a replaced key keeps signing for KEY_LEAD, then stays published while its tokens live
    horizon = now - KEY_LEAD - TOKEN_TTL - timedelta(minutes=5)
    rows = session.execute(select(SigningKey).order_by(SigningKey.id.desc())).scalars()
    return [k for k in rows if k.rotated_at is None or as_utc(k.rotated_at) > horizon]


def rotate_signing_key(session: Session) -> SigningKey:
    """Make a new signing key; the old one is kept published until its tokens expire."""
    now = now_utc()
    session.execute(update(SigningKey).where(SigningKey.rotated_at.is_(None)).values(rotated_at=now))
    kid, pem, public_jwk = tokens.new_signing_key()
    key = SigningKey(kid=kid, private_sealed=tokens.seal(pem, get_settings().secret), public_jwk=public_jwk,
                     created_at=now)
    session.add(key)
    record_event(session, action='sso.key_rotated', entity='signing_key', entity_id=kid)
    session.commit()
    return key


def ensure_signing_key(session: Session) -> None:
    """Have a key before the first token is asked for (start-up), so the key set is never empty."""
    if session.execute(select(SigningKey.id).limit(1)).first() is None:
        rotate_signing_key(session)


def _signing_key(session: Session) -> tuple[str, str]:
    now = now_utc()
    keys = _published_keys(session, now)  # newest first
    max_age = timedelta(days=get_settings().signing_key_days)
    if not keys or as_utc(keys[0].created_at) + max_age <= now:
        rotate_signing_key(session)
        keys = _published_keys(session, now)
    # the newest key that has been published for KEY_LEAD signs; a brand-new portal has only one
    ready = [k for k in keys if as_utc(k.created_at) + KEY_LEAD <= now]
    signer = ready[0] if ready else keys[-1]
    return signer.kid, tokens.unseal(signer.private_sealed, get_settings().secret)


def jwks(session: Session) -> dict:
    return {'keys': [k.public_jwk for k in _published_keys(session, now_utc())]}


def _verification_keys(session: Session) -> dict[str, dict]:
    return {k.kid: k.public_jwk for k in _published_keys(session, now_utc())}


def _sign(session: Session, claims: dict) -> str:
    kid, pem = _signing_key(session)
    return tokens.sign(claims, private_pem=pem, kid=kid)


def discovery() -> dict:
    base = issuer()
    return {
        'issuer': base,
        'authorization_endpoint': base + '/oidc/authorize',
        'token_endpoint': base + '/oidc/token',
        'userinfo_endpoint': base + '/oidc/userinfo',
        'jwks_uri': base + '/oidc/jwks',
        'end_session_endpoint': base + '/oidc/logout',
        'response_types_supported': ['code'],
        'response_modes_supported': ['query'],
        'grant_types_supported': ['authorization_code', 'client_credentials'],
        'subject_types_supported': ['public'],
        'id_token_signing_alg_values_supported': [tokens.ALGORITHM],
        'scopes_supported': list(PORTAL_SCOPES + SYSTEM_SCOPES),
        'token_endpoint_auth_methods_supported': ['client_secret_basic', 'client_secret_post'],
        'code_challenge_methods_supported': ['S256'],
        'claims_supported': ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'name', 'id_number',
                             'phone_number', 'email'],
        'ui_locales_supported': ['vi', 'en'],
    }


# ---------------------------------------------------------------- clients

def authenticate_client(session: Session, *, client_id: str | None, client_secret: str | None) -> ClientApp:
    """A confidential client by its secret (sent Basic or in the form body)."""
    client = session.execute(select(ClientApp).where(ClientApp.client_id == (client_id or ''))).scalar_one_or_none() \
        if client_id else None
    # secrets are 256-bit random values, so a plain SHA-256 digest is as strong as a slow hash
    presented = token_digest(client_secret or '')
    if client is None or not client.active or not client.secret_hash or not client_secret \
            or not hmac.compare_digest(presented, client.secret_hash):
        raise OAuthError('invalid_client', 'client authentication failed', status=401, redirectable=False)
    token_client_limiter.check(client.client_id)  # 429 with Retry-After past the client's rate
    return client


def _portal_client(session: Session, client_id: str | None) -> tuple[ClientApp, Agency]:
    row = session.execute(select(ClientApp, Agency).join(Agency, Agency.id == ClientApp.agency_id)
                          .where(ClientApp.client_id == (client_id or ''))).first() if client_id else None
    if row is None or not row[0].active:
        raise OAuthError('invalid_client', 'unknown client', redirectable=False)
    if row[0].kind != 'portal':
        raise OAuthError('unauthorized_client', 'this client may not log citizens in', redirectable=False)
    return row[0], row[1]


def portal_name(session: Session, client_id: str | None) -> str | None:
    """The registered name of an active sign-in portal, to tell citizens where they are going."""
    if not client_id:
        return None
    return session.execute(select(ClientApp.name).where(ClientApp.client_id == client_id, ClientApp.kind == 'portal',
                                                        ClientApp.active.is_(True))).scalar_one_or_none()


# ---------------------------------------------------------------- authorization

def parse_authorization_request(session: Session, params: Mapping[str, str]) -> AuthRequest:
    """Check an authorization request; OAuthError.redirectable says where the error may go."""
    client, agency = _portal_client(session, params.get('client_id'))
    redirect_uri = params.get('redirect_uri') or ''
    if redirect_uri not in client.redirect_uris:  # exact match, no prefixes or patterns
        raise OAuthError('invalid_request', 'redirect_uri is not registered for this client', redirectable=False)
    state = params.get('state')
    if state is not None and len(state) > _MAX_STATE:
        raise OAuthError('invalid_request', 'state is too long', redirectable=False)
    request = AuthRequest(client_id=client.client_id, client_name=client.name, agency_name=agency.name,
                          redirect_uri=redirect_uri, scopes=(), state=state, nonce=params.get('nonce'),
                          code_challenge=params.get('code_challenge') or '', prompt=params.get('prompt'))
    if params.get('response_type') != 'code':
        raise OAuthError('unsupported_response_type', 'only the authorization code flow is offered')
    scopes = tuple(dict.fromkeys((params.get('scope') or '').split()))
    if 'openid' not in scopes:
        raise OAuthError('invalid_scope', 'the openid scope is required')
    unknown = [s for s in scopes if s not in PORTAL_SCOPES or s not in client.scopes]
    if unknown:
        raise OAuthError('invalid_scope', 'scope not allowed for this client: ' + ' '.join(unknown))
    if params.get('code_challenge_method') != 'S256' or not 43 <= len(request.code_challenge) <= 128:
        raise OAuthError('invalid_request', 'PKCE with code_challenge_method=S256 is required')
    if request.nonce is not None and len(request.nonce) > 255:
        raise OAuthError('invalid_request', 'nonce is too long')
    if request.prompt not in (None, '', 'login', 'consent', 'none'):
        raise OAuthError('invalid_request', 'unsupported prompt')
    max_age = params.get('max_age')
    if max_age is not None and not (max_age.isascii() and max_age.isdigit() and len(max_age) <= 9):
        raise OAuthError('invalid_request', 'max_age must be a number of seconds')
    return AuthRequest(**{**request.__dict__, 'scopes': scopes,
                          'max_age': int(max_age) if max_age is not None else None})


def login_too_old(request: AuthRequest, *, auth_age: timedelta, fresh: timedelta) -> bool:
    """Whether the client wants a newer login than the citizen's current one (prompt=login, max_age)."""
    if request.prompt == 'login' and auth_age > fresh:
        return True
    return request.max_age is not None and auth_age.total_seconds() > request.max_age


def error_redirect(params: Mapping[str, str], error: OAuthError) -> str:
    """The client's redirect URI carrying `error`; only for errors raised after that URI was
    checked against the client's registration (`error.redirectable`)."""
    request = AuthRequest(client_id='', client_name='', agency_name='', redirect_uri=params['redirect_uri'],
                          scopes=(), state=params.get('state'), nonce=None, code_challenge='', prompt=None)
    return request.redirect(error=error.error, error_description=error.description or None)


def needs_consent(session: Session, *, account_id: int, request: AuthRequest) -> bool:
    consent = session.execute(select(SsoConsent).where(SsoConsent.account_id == account_id,
                                                       SsoConsent.client_id == request.client_id)).scalar_one_or_none()
    return consent is None or not set(request.scopes) <= set(consent.scopes) or request.prompt == 'consent'


def grant_consent(session: Session, *, account: Account, request: AuthRequest, ip: str | None = None) -> None:
    consent = session.execute(select(SsoConsent).where(SsoConsent.account_id == account.id,
                                                       SsoConsent.client_id == request.client_id)).scalar_one_or_none()
    if consent is None:
        session.add(SsoConsent(account_id=account.id, client_id=request.client_id, scopes=list(request.scopes)))
    else:
        consent.scopes = sorted(set(consent.scopes) | set(request.scopes))
        consent.granted_at = now_utc()
    record_event(session, action='sso.consent_granted', entity='client_app', entity_id=request.client_id,
                 actor_id=account.id, ip=ip, detail={'scopes': list(request.scopes)})
    session.commit()


def withdraw_consent(session: Session, *, account: Account, client_id: str, ip: str | None = None) -> None:
    """The citizen withdraws a portal's access: consent and live tokens go."""
    consent = session.execute(select(SsoConsent).where(SsoConsent.account_id == account.id,
                                                       SsoConsent.client_id == client_id)).scalar_one_or_none()
    if consent is not None:
        session.delete(consent)
    _revoke(session, IssuedToken.account_id == account.id, IssuedToken.client_id == client_id)
    record_event(session, action='sso.consent_withdrawn', entity='client_app', entity_id=client_id,
                 actor_id=account.id, ip=ip)
    session.commit()


def connected_portals(session: Session, *, account_id: int) -> list[dict]:
    rows = session.execute(select(SsoConsent, ClientApp).join(ClientApp, ClientApp.client_id == SsoConsent.client_id)
                           .where(SsoConsent.account_id == account_id).order_by(SsoConsent.granted_at.desc()))
    return [{'client_id': c.client_id, 'name': app.name, 'scopes': c.scopes, 'granted_at': c.granted_at}
            for c, app in rows]


def issue_code(session: Session, *, account: Account, request: AuthRequest, auth_time: datetime,
               ip: str | None = None) -> str:
    """A single-use code for the client; returns the URL to send the browser to."""
    code = new_token(32)
    now = now_utc()
    session.add(AuthorizationCode(code_hash=token_digest(code), client_id=request.client_id, account_id=account.id,
                                  redirect_uri=request.redirect_uri, scope=' '.join(request.scopes),
                                  nonce=request.nonce, code_challenge=request.code_challenge,
                                  auth_time=auth_time, expires_at=now + CODE_TTL))
    record_event(session, action='sso.login', entity='client_app', entity_id=request.client_id,
                 actor_id=account.id, ip=ip)
    session.commit()
    return request.redirect(code=code)


# ---------------------------------------------------------------- tokens

def _revoke(session: Session, *conditions) -> int:
    result = session.execute(update(IssuedToken).where(IssuedToken.revoked_at.is_(None), *conditions)
                             .values(revoked_at=now_utc()))
    return result.rowcount or 0


def _access_token(session: Session, *, client: ClientApp, subject: str, scope: str, account_id: int | None,
                  code_id: int | None, extra: dict | None = None) -> tuple[str, datetime]:
    now = now_utc()
    jti = new_token(18)
    expires = now + TOKEN_TTL
    session.add(IssuedToken(jti=jti, client_id=client.client_id, account_id=account_id, code_id=code_id,
                            scope=scope, expires_at=expires))
    claims = {'iss': issuer(), 'aud': issuer(), 'sub': subject, 'client_id': client.client_id, 'scope': scope,
              'jti': jti, 'iat': int(now.timestamp()), 'exp': int(expires.timestamp())} | (extra or {})
    return _sign(session, claims), expires


def exchange_code(session: Session, *, client: ClientApp, code: str | None, redirect_uri: str | None,
                  code_verifier: str | None) -> dict:
    if client.kind != 'portal':
        raise OAuthError('unauthorized_client', 'this client may not use the authorization code grant')
    row = session.execute(select(AuthorizationCode).where(
        AuthorizationCode.code_hash == token_digest(code or ''))).scalar_one_or_none() if code else None
    if row is None or row.client_id != client.client_id:
        raise OAuthError('invalid_grant', 'unknown authorization code')
    now = now_utc()
    # claiming the code is one conditional UPDATE, so two racing requests cannot both win
    claimed = session.execute(update(AuthorizationCode).where(AuthorizationCode.id == row.id,
                                                              AuthorizationCode.used_at.is_(None))
                              .values(used_at=now)).rowcount
    if not claimed:
        session.rollback()
        revoked = _revoke(session, IssuedToken.code_id == row.id)
        record_event(session, action='sso.code_replayed', entity='client_app', entity_id=client.client_id,
                     actor_id=row.account_id, detail={'revoked_tokens': revoked})
        session.commit()
        raise OAuthError('invalid_grant', 'authorization code already used; its tokens are revoked')
    problem = None
    if as_utc(row.expires_at) <= now:
        problem = 'authorization code expired'
    elif redirect_uri != row.redirect_uri:
        problem = 'redirect_uri does not match the authorization request'
    elif not tokens.pkce_matches(code_verifier, row.code_challenge):
        problem = 'code_verifier does not match the code challenge'
    if problem:
        session.commit()  # the code stays spent: a guessed verifier gets one try
        raise OAuthError('invalid_grant', problem)
    account = session.get(Account, row.account_id)
    if account is None or not account.active:
        session.commit()
        raise OAuthError('invalid_grant', 'the account is no longer active')
    access, expires = _access_token(session, client=client, subject=str(account.id), scope=row.scope,
                                    account_id=account.id, code_id=row.id)
    id_claims = {'iss': issuer(), 'aud': client.client_id, 'sub': str(account.id), 'azp': client.client_id,
                 'iat': int(now.timestamp()), 'exp': int(expires.timestamp()),
                 'auth_time': int(as_utc(row.auth_time).timestamp()), 'at_hash': tokens.at_hash(access)}
    if row.nonce:
        id_claims['nonce'] = row.nonce
    id_claims |= _claims_for(account, row.scope.split())
    id_token = _sign(session, id_claims)
    session.commit()
    return {'access_token': access, 'token_type': 'Bearer', 'expires_in': int(TOKEN_TTL.total_seconds()),
            'id_token': id_token, 'scope': row.scope}


def client_credentials(session: Session, *, client: ClientApp, scope: str | None) -> dict:
    if client.kind != 'system':
        raise OAuthError('unauthorized_client', 'only agency systems may use client credentials')
    allowed = [s for s in client.scopes if s in SYSTEM_SCOPES]
    requested = (scope or '').split() or allowed
    if not requested or any(s not in allowed for s in requested):
        raise OAuthError('invalid_scope', 'scope not allowed for this client')
    agency_code = session.execute(select(Agency.code).where(Agency.id == client.agency_id)).scalar_one()
    access, _expires = _access_token(session, client=client, subject=client.client_id, scope=' '.join(requested),
                                     account_id=None, code_id=None, extra={'agency': agency_code})
    record_event(session, action='sso.client_token', entity='client_app', entity_id=client.client_id)
    session.commit()
    return {'access_token': access, 'token_type': 'Bearer', 'expires_in': int(TOKEN_TTL.total_seconds()),
            'scope': ' '.join(requested)}


def _claims_for(account: Account, scopes: list[str]) -> dict:
    claims: dict = {}
    if 'profile' in scopes:
        claims['name'] = account.full_name
        claims['locale'] = account.language
    if 'id_number' in scopes:
        claims['id_number'] = account.id_number
    if 'phone' in scopes and account.phone:
        claims['phone_number'] = account.phone
    if 'email' in scopes and account.email:
        claims['email'] = account.email
    return claims


@dataclass(frozen=True)
class TokenHolder:
    """Who presented a valid access token."""
    client_id: str
    scopes: tuple[str, ...]
    account_id: int | None
    agency_id: int | None
    agency_code: str | None = None


def verify_access_token(session: Session, token: str | None, *, scope: str) -> TokenHolder:
    """A live access token carrying `scope`, or OAuthError (401 invalid_token, 403 insufficient_scope)."""
    try:
        claims = tokens.verify(token or '', _verification_keys(session), audience=issuer(), issuer=issuer())
    except tokens.TokenInvalid as error:
        raise OAuthError('invalid_token', error.reason, status=401, redirectable=False) from error
    issued = session.execute(select(IssuedToken).where(IssuedToken.jti == str(claims.get('jti')))).scalar_one_or_none()
    if issued is None or issued.revoked_at is not None:
        raise OAuthError('invalid_token', 'revoked', status=401, redirectable=False)
    client = session.execute(select(ClientApp).where(ClientApp.client_id == issued.client_id)).scalar_one_or_none()
    if client is None or not client.active:
        raise OAuthError('invalid_token', 'client disabled', status=401, redirectable=False)
    scopes = tuple(issued.scope.split())
    if scope not in scopes:
        raise OAuthError('insufficient_scope', f'the {scope} scope is required', status=403, redirectable=False)
    agency_code = session.execute(select(Agency.code).where(Agency.id == client.agency_id)).scalar_one_or_none()
    return TokenHolder(client_id=client.client_id, scopes=scopes, account_id=issued.account_id,
                       agency_id=client.agency_id, agency_code=agency_code)


def userinfo(session: Session, *, token: str | None) -> dict:
    holder = verify_access_token(session, token, scope='openid')
    account = session.get(Account, holder.account_id) if holder.account_id else None
    if account is None or not account.active:
        raise OAuthError('invalid_token', 'account not active', status=401, redirectable=False)
    return {'sub': str(account.id)} | _claims_for(account, list(holder.scopes))


# ---------------------------------------------------------------- logout

def logout_target(session: Session, *, id_token_hint: str | None, post_logout_redirect_uri: str | None,
                  state: str | None, client_id: str | None = None) -> tuple[str | None, int | None]:
    """Where to send the browser after RP-initiated logout, and whose portal tokens to revoke.

    A redirect is honoured only if it is registered for the client the hint was issued to.
    """
    account_id = None
    if id_token_hint:
        try:
            claims = tokens.verify(id_token_hint, _verification_keys(session), audience=client_id or tokens.unverified_audience(id_token_hint),
                                   issuer=issuer(), allow_expired=True)
        except tokens.TokenInvalid as error:
            raise OAuthError('invalid_request', 'id_token_hint is not valid', redirectable=False) from error
        client_id = claims['aud'] if isinstance(claims['aud'], str) else claims['aud'][0]
        account_id = int(claims['sub']) if str(claims['sub']).isdigit() else None
    if not post_logout_redirect_uri:
        return None, account_id
    client = session.execute(select(ClientApp).where(ClientApp.client_id == (client_id or ''))).scalar_one_or_none()
    if client is None or post_logout_redirect_uri not in client.post_logout_redirect_uris:
        raise OAuthError('invalid_request', 'post_logout_redirect_uri is not registered', redirectable=False)
    if account_id is not None:
        _revoke(session, IssuedToken.account_id == account_id, IssuedToken.client_id == client.client_id)
        session.commit()
    target = post_logout_redirect_uri
    if state:
        target += ('&' if urlsplit(target).query else '?') + urlencode({'state': state})
    return target, account_id

