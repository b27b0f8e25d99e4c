"""API errors as JSON with a stable `code`, in the caller's language; never a stack trace.

Pages keep NiceGUI's own error pages: only machine paths get JSON.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from nicegui.nicegui import _exception_handler_404, _exception_handler_500
from pydantic import BaseModel, Field
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.errors import DomainError, RateLimited
from core.i18n import error_text
from domain.oidc import OAuthError

log = logging.getLogger('portal.api')

MACHINE_PREFIXES = ('/api/', '/healthz', '/oidc', '/.well-known', '/open311')

_HTTP_CODES = {400: 'bad_request', 401: 'not_authenticated', 403: 'permission_denied', 404: 'not_found',
               405: 'method_not_allowed', 409: 'conflict', 413: 'payload_too_large', 415: 'unsupported_media_type',
               422: 'validation_failed', 429: 'rate_limited'}


# ---------------------------------------------------------------- the documented error shapes

class FieldProblem(BaseModel):
    code: str = Field(description='Stable machine code of what is wrong with this field')
    message: str = Field(description="What is wrong, in the caller's language")


class RequestProblem(BaseModel):
    field: str = Field(description='Where: `query.year`, `path.code`, `header.idempotency-key`, a body field…')
    code: str = Field(description='Stable machine code (`missing`, `int_parsing`, `string_too_long`…)')
    message: str


class ApiError(BaseModel):
    """Every refused API request: a stable machine `code` and a message in the caller's language
    (Vietnamese unless `Accept-Language` asks for English). Never a stack trace."""
    code: str = Field(description='Stable machine code, e.g. `validation_failed`, `not_found`, `rate_limited`')
    message: str = Field(description="Human-readable, in the caller's language")
    fields: dict[str, FieldProblem] | None = Field(default=None, description='Problems by field (domain checks)')
    errors: list[RequestProblem] | None = Field(default=None, description='Problems of the request itself (422)')


class OAuthErrorBody(BaseModel):
    """RFC 6749 / 6750 error (`error`, `error_description`), plus the portal's usual `code` and `message`."""
    error: str = Field(description='RFC 6749 error code, e.g. `invalid_client`, `invalid_token`')
    error_description: str
    code: str = Field(description='The same as `error`')
    message: str = Field(description="Human-readable, in the caller's language")


_STATUS_TEXT = {400: 'Malformed request', 401: 'Missing or invalid credentials', 403: 'Not allowed',
                404: 'Not found', 409: 'Conflicts with the current state', 413: 'Request body too large',
                422: 'Invalid data', 429: 'Too many requests: wait `Retry-After` seconds',
                503: 'Temporarily unavailable'}
_RETRY_AFTER = {'Retry-After': {'description': 'Seconds to wait before trying again', 'schema': {'type': 'integer'}}}
_WWW_AUTHENTICATE = {'WWW-Authenticate': {'description': 'The authentication scheme to use (RFC 6750)',
                                          'schema': {'type': 'string'}}}


def error_responses(*statuses: int, model: type[BaseModel] = ApiError) -> dict[int | str, dict]:
    """OpenAPI declarations of the error answers a route really gives (`responses=` of a route or
    router), so clients and the API fuzz test hold the routes to them."""
    declared: dict[int | str, dict] = {}
    for status in statuses:
        entry: dict = {'model': model, 'description': _STATUS_TEXT[status]}
        if status == 429:
            entry['headers'] = _RETRY_AFTER
        elif status == 401 and model is OAuthErrorBody:
            entry['headers'] = _WWW_AUTHENTICATE
        declared[status] = entry
    return declared


def oauth_responses(*statuses: int) -> dict[int | str, dict]:
    """Errors of the OAuth/OpenID endpoints and of bearer-token checks (`OAuthErrorBody`)."""
    return error_responses(*statuses, model=OAuthErrorBody)


def is_machine_path(path: str) -> bool:
    return path.startswith(MACHINE_PREFIXES)


def request_language(request: Request) -> str:
    header = request.headers.get('accept-language', '')
    return 'en' if header[:2].lower() == 'en' else 'vi'


def error_body(request: Request, code: str, **params) -> dict:
    return {'code': code, 'message': error_text(code, request_language(request), **params)}


def log_refusal(request: Request, status: int, code: str) -> None:
    """Every 401, 403 and 429 answer is logged: route, status, code and address, nothing personal
    (no query string, no header, no body)."""
    if status in (401, 403, 429):
        log.warning('refused %s %s: %d %s, from %s', request.method, request.url.path, status, code,
                    request.client.host if request.client else '-')


async def _domain_error(request: Request, error: DomainError) -> JSONResponse:
    log_refusal(request, error.status, error.code)
    body = error_body(request, error.code, **error.params)
    if error.fields:
        body['fields'] = {name: {'code': code, 'message': error_text(code, request_language(request), **error.params)}
                          for name, code in error.fields.items()}
    headers = {'Retry-After': str(error.retry_after)} if isinstance(error, RateLimited) else None
    return JSONResponse(body, status_code=error.status, headers=headers)


async def _oauth_error(request: Request, error: OAuthError) -> JSONResponse:
    """RFC 6749/6750 shape (`error`, `error_description`), plus our usual `code`."""
    log_refusal(request, error.status, error.error)
    body = {'error': error.error, 'error_description': error.description, 'code': error.error,
            'message': error_text(error.error, request_language(request))}
    headers = {'Cache-Control': 'no-store'}
    if error.status == 401:
        basic = request.headers.get('authorization', '')[:6].lower() == 'basic '
        headers['WWW-Authenticate'] = 'Basic realm="portal"' if error.error == 'invalid_client' and basic \
            else f'Bearer realm="portal", error="{error.error}"'
    elif error.error == 'insufficient_scope':
        headers['WWW-Authenticate'] = f'Bearer realm="portal", error="{error.error}"'
    return JSONResponse(body, status_code=error.status, headers=headers)


async def _validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
    body = error_body(request, 'validation_failed')
    body['errors'] = [{'field': '.'.join(str(part) for part in item.get('loc', ()) if part != 'body'),
                       'code': item.get('type', 'invalid'), 'message': item.get('msg', '')}
                      for item in error.errors()]
    return JSONResponse(body, status_code=422)


async def _http_error(request: Request, error: StarletteHTTPException):
    log_refusal(request, error.status_code, _HTTP_CODES.get(error.status_code, 'error'))
    if not is_machine_path(request.url.path):
        return await _exception_handler_404(request, error) if error.status_code == 404 else \
            JSONResponse({'code': _HTTP_CODES.get(error.status_code, 'error')}, status_code=error.status_code)
    code = _HTTP_CODES.get(error.status_code, 'error')
    return JSONResponse(error_body(request, code), status_code=error.status_code,
                        headers=getattr(error, 'headers', None))


async def _value_refused(request: Request, error: DataError):
    """The database refused a value the checks let through (PostgreSQL: a NUL character in a text,
    a number out of range): the request's data is at fault, not the portal. Logged without the value."""
    if not is_machine_path(request.url.path):
        return await _exception_handler_500(request, error)
    log.warning('the database refused a value of %s %s (%s)', request.method, request.url.path,
                type(error.orig).__name__)
    return JSONResponse(error_body(request, 'validation_failed'), status_code=422)


async def _unexpected(request: Request, error: Exception):
    if not is_machine_path(request.url.path):
        return await _exception_handler_500(request, error)
    log.exception('unexpected error on %s %s', request.method, request.url.path)
    return JSONResponse(error_body(request, 'internal_error'), status_code=500)


def install(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(OAuthError, _oauth_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DataError, _value_refused)
    app.add_exception_handler(404, _http_error)
    app.add_exception_handler(Exception, _unexpected)
