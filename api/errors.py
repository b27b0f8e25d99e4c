"""API errors as JSON with a stable `code`, in the caller's language; never a stack trace.

Pages keep NiceGUI's own error pages: only machine paths get JSON.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from nicegui.nicegui import _exception_handler_404, _exception_handler_500
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.errors import DomainError, RateLimited
from core.i18n import error_text
from domain.oidc import OAuthError

log = logging.getLogger('portal.api')

MACHINE_PREFIXES = ('/api/', '/healthz', '/oidc', '/.well-known', '/open311')

_HTTP_CODES = {400: 'bad_request', 401: 'not_authenticated', 403: 'permission_denied', 404: 'not_found',
               405: 'method_not_allowed', 409: 'conflict', 413: 'payload_too_large', 415: 'unsupported_media_type',
               422: 'validation_failed', 429: 'rate_limited'}


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
    app.add_exception_handler(404, _http_error)
    app.add_exception_handler(Exception, _unexpected)
