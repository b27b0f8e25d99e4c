"""Rate limits of the API, declared where each router is mounted (api/__init__.py), beside its
access rule. Past a limit the answer is 429 with `Retry-After` (seconds) and a stable code, and
the refusal is logged (core/ratelimit.py, api/errors.py). The limits only count in memory, so they
are `async`: FastAPI runs them on the event loop instead of handing each to a worker thread
(bench/README.md, "JSON API")."""
from __future__ import annotations

from fastapi import Depends, Request

from api import records
from core.errors import RateLimited
from core.ratelimit import (client_auth_failures, records_limiter, search_limiter, token_address_limiter)
from domain.oidc import OAuthError, TokenHolder

# The 429 answer, as the OpenAPI document declares it for every limited route.
_RETRY_AFTER = {'Retry-After': {'description': 'Seconds to wait before trying again', 'schema': {'type': 'integer'}}}
RATE_LIMITED = {429: {'description': 'Too many requests: wait `Retry-After` seconds', 'headers': _RETRY_AFTER,
                      'content': {'application/json': {'schema': {
                          'type': 'object', 'required': ['code', 'message'],
                          'properties': {'code': {'type': 'string', 'description': '`rate_limited`, or '
                                                  '`client_auth_throttled` after failed client authentications'},
                                         'message': {'type': 'string'}}}}}}}
OPEN311_RATE_LIMITED = {429: {'description': 'Too many requests: wait `Retry-After` seconds', 'headers': _RETRY_AFTER,
                              'content': {'application/json': {'schema': {'type': 'array', 'items': {
                                  'type': 'object', 'required': ['code', 'description']}}},
                                          'text/xml': {'schema': {'type': 'string'}}}}}


def address(request: Request) -> str:
    return request.client.host if request.client else 'unknown'


async def public_search(request: Request) -> None:
    """The procedure database: per address."""
    search_limiter.check(f'procedures {address(request)}')


async def open311_public(request: Request) -> None:
    """Open311 reads (published feedback): per address, answered in the GeoReport error shape."""
    from api.open311 import Open311Error

    try:
        search_limiter.check(f'open311 {address(request)}')
    except RateLimited as error:
        raise Open311Error.from_domain(error, request.path_params.get('format', 'json')) from None


async def token_endpoint(request: Request):
    """Every token request per address; an address that failed client authentication 20 times in
    5 minutes waits (429 `client_auth_throttled`). Tokens per client: domain.oidc.authenticate_client."""
    where = address(request)
    if wait := client_auth_failures.blocked_for(where):
        client_auth_failures.refuse(where, wait, 'client_auth_throttled')
    token_address_limiter.check(where)
    try:
        yield
    except OAuthError as error:
        if error.error == 'invalid_client':
            client_auth_failures.count(where)
        raise


def records_write(holder: TokenHolder = Depends(records.may_write)) -> None:
    records_limiter.check(f'write {holder.client_id}')


def records_read(holder: TokenHolder = Depends(records.may_read)) -> None:
    records_limiter.check(f'read {holder.client_id}')
