"""Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) under /open311/v2, in JSON and XML.

Errors follow the specification (a list of `{code, description}`; XML `<errors><error>`), with
our stable error code added as `error` (and the argument as `field`) in JSON; descriptions are
in the caller's language (Vietnamese unless Accept-Language asks for English).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlmodel import Session
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException

from api.deps import db_session
from api.errors import error_responses, log_refusal, request_language
from core.errors import DomainError, RateLimited
from core.i18n import error_text
from core.ratelimit import RateLimiter
from domain import open311
from models.agencies import ClientApp

public_router = APIRouter(tags=['open311'])
write_router = APIRouter(tags=['open311'])
PREFIX = '/open311/v2'
MAX_FORM_BYTES = 256 * 1024
post_limiter = RateLimiter(limit=120, window_seconds=60, name='open311 posts per application')

# XML: the element of each item in a list, by the list's element
_ITEMS = {'services': 'service', 'service_requests': 'request', 'endpoints': 'endpoint', 'formats': 'format',
          'attributes': 'attribute', 'values': 'value', 'errors': 'error'}
_NOT_XML = re.compile('[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')
_QUERY = {'max_length': 4000}

# ---------------------------------------------------------------- what the OpenAPI document declares

_XML = {'type': 'string', 'description': 'The same content as XML (GeoReport v2)'}
_ERRORS = {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'description'], 'properties': {
    'code': {'type': 'integer', 'description': 'The HTTP status'}, 'description': {'type': 'string'},
    'error': {'type': 'string', 'description': 'Our stable error code (JSON only)'},
    'field': {'type': 'string', 'description': 'The argument at fault (JSON only)'}}}}
_ERROR_TEXT = {400: 'Invalid argument', 403: 'Invalid api_key', 404: 'Unknown format, service or request',
               413: 'Request body too large', 429: 'Too many requests from this application'}
_ITEM = {'type': 'object'}


def _documented(ok: dict, *statuses: int) -> dict:
    """The answers of one endpoint: JSON or XML by the `.format`, errors in the GeoReport shape, and
    422 (our usual error) for a query argument over its documented length."""
    declared: dict = {200: {'content': {'application/json': {'schema': ok}, 'text/xml': {'schema': _XML}}}}
    for status in statuses:
        declared[status] = {'description': _ERROR_TEXT[status],
                            'content': {'application/json': {'schema': _ERRORS}, 'text/xml': {'schema': _XML}}}
        if status == 429:
            declared[status]['headers'] = {'Retry-After': {'schema': {'type': 'integer'}}}
    return declared | error_responses(422)


def _format_path() -> Any:
    return Path(description='`json` or `xml`; anything else is 404', json_schema_extra={'enum': list(open311.FORMATS)})


_REQUEST_FORM = {'required': True, 'content': {ctype: {'schema': {
    'type': 'object', 'required': ['api_key', 'service_code'],
    'properties': {'api_key': {'type': 'string'}, 'jurisdiction_id': {'type': 'string'},
                   'service_code': {'type': 'string'}, 'description': {'type': 'string'},
                   'first_name': {'type': 'string'}, 'last_name': {'type': 'string'},
                   'email': {'type': 'string'}, 'phone': {'type': 'string'},
                   **{f'attribute[{name}]': {'type': 'string'} for name in open311.ATTRIBUTES}}}}
    for ctype in ('application/x-www-form-urlencoded', 'multipart/form-data')}}


class Open311Error(Exception):
    """An error answered in the Open311 shape; `errors` holds (our code, argument or None)."""

    def __init__(self, status: int, errors: list[tuple[str, str | None]], *, fmt: str = 'json',
                 params: Mapping[str, Any] | None = None, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.errors = errors
        self.fmt = fmt if fmt in open311.FORMATS else 'json'
        self.params = dict(params or {})
        self.headers = headers
        super().__init__(errors[0][0] if errors else 'error')

    @classmethod
    def from_domain(cls, error: DomainError, fmt: str) -> Open311Error:
        status = 400 if error.status == 422 else error.status
        errors = [(code, field) for field, code in error.fields.items()] or [(error.code, None)]
        headers = {'Retry-After': str(error.retry_after)} if isinstance(error, RateLimited) else None
        return cls(status, errors, fmt=fmt, params=error.params, headers=headers)


# ---------------------------------------------------------------- rendering

def _xml_element(parent: ET.Element, name: str, value: Any) -> None:
    element = ET.SubElement(parent, name)
    if isinstance(value, list):
        for item in value:
            _xml_element(element, _ITEMS.get(name, 'item'), item)
    elif isinstance(value, dict):
        for key, item in value.items():
            _xml_element(element, key, item)
    elif isinstance(value, bool):
        element.text = 'true' if value else 'false'
    elif value is not None:
        element.text = _NOT_XML.sub('', str(value))  # ElementTree escapes markup, not forbidden characters


def render(fmt: str, root: str, body: list | dict, status: int = 200,
           headers: dict[str, str] | None = None) -> Response:
    if fmt == 'xml':
        document = ET.Element(root)
        for key, value in body.items() if isinstance(body, dict) else ((_ITEMS[root], item) for item in body):
            _xml_element(document, key, value)
        content = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(document, encoding='unicode')
        return Response(content.encode('utf-8'), status_code=status, media_type='text/xml; charset=utf-8',
                        headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


async def open311_error(request: Request, error: Open311Error) -> Response:
    log_refusal(request, error.status, error.errors[0][0] if error.errors else 'error')
    lang = request_language(request)
    items = []
    for code, field in error.errors:
        text = error_text(code, lang, **error.params)
        item: dict[str, Any] = {'code': error.status, 'description': f'{field}: {text}' if field else text}
        if error.fmt == 'json':
            item['error'] = code
            if field:
                item['field'] = field
        items.append(item)
    return render(error.fmt, 'errors', items, status=error.status, headers=error.headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(Open311Error, open311_error)


def _format(fmt: str) -> str:
    if fmt not in open311.FORMATS:
        raise Open311Error(404, [('open311_format_unknown', None)])
    return fmt


def _call(fmt: str, function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except DomainError as error:
        raise Open311Error.from_domain(error, fmt) from None


# ---------------------------------------------------------------- access rule for posting

async def request_form(request: Request) -> Mapping[str, Any]:
    """The posted form (application/x-www-form-urlencoded or multipart), read once per request."""
    fmt = request.path_params.get('format', 'json')
    declared = request.headers.get('content-length', '')
    if declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise Open311Error(413, [('payload_too_large', None)], fmt=fmt)
    try:
        return await request.form(max_files=0, max_fields=64)
    except (HTTPException, MultiPartException, ValueError):  # malformed bodies, files: the client's mistake
        raise Open311Error(400, [('bad_request', None)], fmt=fmt) from None


def api_key_required(request: Request, form: Mapping[str, Any] = Depends(request_form),
                     session: Session = Depends(db_session)) -> ClientApp:
    """A registered Open311 application's API key (its client secret) in the `api_key` field."""
    fmt = _format(request.path_params.get('format', 'json'))
    api_key = form.get('api_key')
    client = _call(fmt, open311.authenticate_api_key, session, api_key if isinstance(api_key, str) else None)
    _call(fmt, post_limiter.check, client.client_id)
    return client


# ---------------------------------------------------------------- endpoints

@public_router.get('/discovery.{format}', summary='Open311 discovery', responses=_documented(_ITEM, 404))
def discovery(request: Request, format: str = _format_path()) -> Response:
    fmt = _format(format)
    base_url = str(request.base_url).rstrip('/') + PREFIX
    return render(fmt, 'discovery', open311.discovery(base_url=base_url, lang=request_language(request)))


@public_router.get('/services.{format}', summary='Open311 services: one per feedback category',
                   responses=_documented({'type': 'array', 'items': _ITEM}, 400, 404))
def services(request: Request, format: str = _format_path(),
             jurisdiction_id: str | None = Query(None, **_QUERY)) -> Response:
    fmt = _format(format)
    _call(fmt, open311.check_jurisdiction, jurisdiction_id)
    return render(fmt, 'services', open311.list_services(lang=request_language(request)))


@public_router.get('/services/{service_code}.{format}', summary='Open311 service definition (attributes)',
                   responses=_documented(_ITEM, 400, 404))
def service_definition(service_code: str, request: Request, format: str = _format_path(),
                       jurisdiction_id: str | None = Query(None, **_QUERY),
                       session: Session = Depends(db_session)) -> Response:
    fmt = _format(format)
    _call(fmt, open311.check_jurisdiction, jurisdiction_id)
    body = _call(fmt, open311.service_definition, session, service_code=service_code, lang=request_language(request))
    return render(fmt, 'service_definition', body)


@public_router.get('/requests.{format}', summary='Open311 requests the senders agreed to publish',
                   responses=_documented({'type': 'array', 'items': _ITEM}, 400, 404))
def list_requests(request: Request, format: str = _format_path(),
                  service_request_id: str | None = Query(None, **_QUERY),
                  service_code: str | None = Query(None, **_QUERY),
                  start_date: str | None = Query(None, json_schema_extra={'format': 'date-time'}, **_QUERY),
                  end_date: str | None = Query(None, json_schema_extra={'format': 'date-time'}, **_QUERY),
                  status: str | None = Query(None, **_QUERY),
                  jurisdiction_id: str | None = Query(None, **_QUERY),
                  session: Session = Depends(db_session)) -> Response:
    fmt = _format(format)
    rows = _call(fmt, open311.list_requests, session, service_request_id=service_request_id,
                 service_code=service_code, start_date=start_date, end_date=end_date, status=status,
                 jurisdiction_id=jurisdiction_id, lang=request_language(request))
    return render(fmt, 'service_requests', rows)


@public_router.get('/requests/{service_request_id}.{format}', summary='One Open311 request',
                   responses=_documented({'type': 'array', 'items': _ITEM}, 400, 404))
def get_request(service_request_id: str, request: Request, format: str = _format_path(),
                jurisdiction_id: str | None = Query(None, **_QUERY),
                session: Session = Depends(db_session)) -> Response:
    fmt = _format(format)
    row = _call(fmt, open311.get_request, session, service_request_id=service_request_id,
                jurisdiction_id=jurisdiction_id, lang=request_language(request))
    return render(fmt, 'service_requests', [row])


@write_router.post('/requests.{format}', summary='Create an Open311 request (feedback); needs an api_key',
                   responses=_documented({'type': 'array', 'items': _ITEM}, 400, 403, 404, 413, 429),
                   openapi_extra={'requestBody': _REQUEST_FORM})
def create_request(request: Request, format: str = _format_path(), client: ClientApp = Depends(api_key_required),
                   form: Mapping[str, Any] = Depends(request_form),
                   session: Session = Depends(db_session)) -> Response:
    fmt = _format(format)
    created = _call(fmt, open311.create_request, session, client=client, form=form,
                    ip=request.client.host if request.client else None, lang=request_language(request))
    return render(fmt, 'service_requests', [created])
