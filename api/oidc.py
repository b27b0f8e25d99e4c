"""The OpenID Connect provider's machine endpoints: discovery, keys, token and userinfo.

The authorization and logout endpoints need the browser's portal login, so they live with
the pages (`pages/sso.py`).
"""
from __future__ import annotations

import base64
import binascii
from urllib.parse import unquote_plus

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlmodel import Session

from api.access import bearer_token
from api.deps import db_session
from api.errors import oauth_responses
from domain import oidc
from domain.oidc import OAuthError

discovery_router = APIRouter(tags=['single sign-on'])
token_router = APIRouter(tags=['single sign-on'])
userinfo_router = APIRouter(tags=['single sign-on'], responses=oauth_responses(401, 403))

_NO_STORE = {'Cache-Control': 'no-store', 'Pragma': 'no-cache'}


class TokenResponse(BaseModel):
    access_token: str
    token_type: str
    expires_in: int
    scope: str
    id_token: str | None = None  # authorization code grant only


class UserInfo(BaseModel, extra='allow'):
    """`sub` and the claims the granted scopes allow (name, locale, id_number, phone_number, email)."""
    sub: str


class KeySet(BaseModel):
    keys: list[dict]


_TOKEN_FORM = {'required': True, 'content': {'application/x-www-form-urlencoded': {'schema': {
    'type': 'object', 'required': ['grant_type'],
    'description': 'The client authenticates with HTTP Basic (client_secret_basic) or with client_id and '
                   'client_secret in the form (client_secret_post), never both.',
    'properties': {'grant_type': {'type': 'string', 'enum': ['authorization_code', 'client_credentials']},
                   'code': {'type': 'string'}, 'redirect_uri': {'type': 'string'},
                   'code_verifier': {'type': 'string'}, 'scope': {'type': 'string'},
                   'client_id': {'type': 'string'}, 'client_secret': {'type': 'string'}}}}}}


@discovery_router.get('/.well-known/openid-configuration', summary='OpenID Connect discovery document')
def configuration() -> dict:
    return oidc.discovery()


@discovery_router.get('/oidc/jwks', summary='Public keys that verify ID and access tokens',
                      responses={200: {'model': KeySet}})
def keys(session: Session = Depends(db_session)) -> JSONResponse:
    return JSONResponse(oidc.jwks(session), headers={'Cache-Control': f'public, max-age={oidc.JWKS_MAX_AGE}'})


def _client_credentials(request: Request, form) -> tuple[str | None, str | None]:
    """client_secret_basic or client_secret_post, never both (RFC 6749 2.3.1)."""
    header = request.headers.get('authorization', '')
    in_body = form.get('client_secret') is not None
    if header[:6].lower() == 'basic ':
        if in_body:
            raise OAuthError('invalid_request', 'use one client authentication method', redirectable=False)
        try:
            client_id, _, secret = base64.b64decode(header[6:].strip(), validate=True).decode().partition(':')
        except (binascii.Error, UnicodeDecodeError):
            raise OAuthError('invalid_client', 'malformed Basic credentials', status=401, redirectable=False) from None
        return unquote_plus(client_id), unquote_plus(secret)
    return form.get('client_id'), form.get('client_secret')


@token_router.post('/oidc/token', summary='Token endpoint (authorization code with PKCE; client credentials)',
                   responses={200: {'model': TokenResponse}} | oauth_responses(400, 401),
                   openapi_extra={'requestBody': _TOKEN_FORM})
async def token(request: Request, session: Session = Depends(db_session)) -> JSONResponse:
    if not request.headers.get('content-type', '').startswith('application/x-www-form-urlencoded'):
        raise OAuthError('invalid_request', 'send application/x-www-form-urlencoded', redirectable=False)
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    client_id, secret = _client_credentials(request, fields)
    if any('\x00' in value for value in (*fields.values(), client_id or '', secret or '')):
        raise OAuthError('invalid_request', 'NUL characters are not allowed', redirectable=False)
    client = oidc.authenticate_client(session, client_id=client_id, client_secret=secret)
    grant = fields.get('grant_type')
    if grant == 'authorization_code':
        body = oidc.exchange_code(session, client=client, code=fields.get('code'),
                                  redirect_uri=fields.get('redirect_uri'), code_verifier=fields.get('code_verifier'))
    elif grant == 'client_credentials':
        body = oidc.client_credentials(session, client=client, scope=fields.get('scope'))
    else:
        raise OAuthError('unsupported_grant_type', 'use authorization_code or client_credentials')
    return JSONResponse(body, headers=_NO_STORE)


@userinfo_router.get('/oidc/userinfo', summary='Claims about the logged-in citizen',
                     responses={200: {'model': UserInfo}})
def user_info(token: str = Depends(bearer_token), session: Session = Depends(db_session)) -> JSONResponse:
    return JSONResponse(oidc.userinfo(session, token=token), headers=_NO_STORE)


@userinfo_router.post('/oidc/userinfo', summary='Claims about the logged-in citizen (POST form)',
                      responses={200: {'model': UserInfo}})
def user_info_post(token: str = Depends(bearer_token), session: Session = Depends(db_session)) -> JSONResponse:
    return user_info(token, session)
