"""The machine API holds against schemathesis (issue 9): every operation of `/openapi.json` gets
thousands of generated requests, most of them negative (values that break the documented
schema), sent to the real portal (main.py in its own process, on a copy of the demo database)
with valid credentials where an operation needs them. Each answer must be documented (status
code, content type, body schema, headers), never a 5xx, never a stack trace.

Each operation first gets schemathesis' coverage cases (boundary values, missing and wrong-typed
parameters, unexpected methods: deterministic), then Hypothesis-generated ones. Dates and times
are drawn with the ends of the calendar (years 1 and 9999, zones up to ±14 h) much more often than
by default, since that is where date arithmetic breaks. Requests that once broke the API
(REGRESSIONS) are replayed every run. Generation is derandomized: a failure reported here
reproduces on the next run (its curl command is printed with it).

On SQLite always; on PostgreSQL too when PORTAL_TEST_DATABASE_URL is set (`.ci/run` selects it
with `-k postgresql`), since PostgreSQL refuses values SQLite stores (NUL characters, ids past
32 bits).
"""
from __future__ import annotations

import base64
import hashlib
import itertools
import re
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure, FailureGroup, ServerError
from schemathesis.generation.case import adjust_urlencoded_payload
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.specs.openapi.formats import unregister_string_format
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from core import db
from core.clock import now_utc
from core.security import sign_fields
from core.settings import get_settings
from domain.demo import DEMO_ACCOUNTS, DEMO_CLIENTS
from models.accounts import Account
from models.agencies import ClientAppCreate
from tests.browser.conftest import Server, _child_env, _start, _stop, _wait_until_up, free_port
from tests.conftest import BACKENDS, PG_URL, copy_sqlite
from tests.conftest import _build as build_database

SYSTEM = next(c for c in DEMO_CLIENTS if c.kind == 'system')  # records:write records:read payables:write
PORTAL = next(c for c in DEMO_CLIENTS if c.kind == 'portal')
CITIZEN = next(a for a in DEMO_ACCOUNTS if a.role == 'citizen')
ADMIN = next(a for a in DEMO_ACCOUNTS if a.role == 'admin')

# generated requests per operation and mode (an operation without inputs has one positive request
# and no negative ones); the total is asserted below
BUDGET = {GenerationMode.NEGATIVE: 170, GenerationMode.POSITIVE: 90}
MIN_REQUESTS = 5_000
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          response_headers_conformance]
# what a Python stack trace looks like in a body, however it is escaped
STACK_TRACE = re.compile(r'Traceback \(most recent call last\)|File \\?"[^"\\]+\\?", line \d+|'
                         r'\bline \d+, in [A-Za-z_<]')
SENDERS = 2  # requests in flight while the next cases are generated (the portal has the other core)
# The HTTP server (uvicorn's h11) refuses a request head over 16 KB before any route runs, with this
# plain-text 400, whatever the URL (unknown ones too): a limit of the server, not an answer of an
# operation, so /openapi.json does not describe it and the schema checks skip it. Such answers are
# counted and must still be 400 without a stack trace.
SERVER_REFUSAL = 'Invalid HTTP request received.'


@contextmanager
def calendar_edges() -> Iterator[None]:
    """`date` and `date-time` values at the ends of the calendar about half of the time: the first
    and last moments Python can represent, in the zones that push them over the edge."""
    edge_days = st.sampled_from(['9999-12-31', '0001-01-01', '9999-12-30', '0001-01-02', '1899-12-31',
                                 '2199-12-31', '1970-01-01'])
    edge_moments = st.sampled_from(['9999-12-31T23:59:59-12:00', '0001-01-01T00:00:00+14:00', '9999-12-31T23:59:59Z',
                                    '0001-01-01T00:00:00', '9999-12-31T23:59:59', '0001-01-01T00:00:00Z',
                                    '1899-12-31T23:59:59Z', '2200-01-01T00:00:00+07:00'])
    day = st.one_of(edge_days, st.dates().map(str))
    two = st.integers(0, 59).map('{:02d}'.format)
    zone = st.one_of(st.sampled_from(['Z', '+14:00', '-12:00', '+07:00', '']),
                     st.builds('{}{:02d}:{}'.format, st.sampled_from('+-'), st.integers(0, 23), two))
    moment = st.one_of(edge_moments, st.builds('{}T{:02d}:{}:{}{}'.format, day, st.integers(0, 23), two, two, zone))
    schemathesis.openapi.format('date', day)
    schemathesis.openapi.format('date-time', moment)
    try:
        yield
    finally:
        unregister_string_format('date')
        unregister_string_format('date-time')


# ---------------------------------------------------------------- the portal under fuzz

@dataclass
class Credentials:
    system_token: str
    user_token: str
    open311_key: str


def _prepare_database(url: str) -> str:
    """Register an Open311 application (its API key is returned) before the portal starts."""
    from domain.clients import register_client

    engine = db.make_engine(url)
    try:
        with Session(engine) as session:
            admin = session.execute(select(Account).where(Account.id_number == ADMIN.id_number)).scalar_one()
            _client, key = register_client(session, actor=admin, data=ClientAppCreate(
                name='Ứng dụng kiểm thử API', agency_code='UBND-01', kind='open311', scopes=['feedback:write']))
    finally:
        engine.dispose()
    return key


def _user_token(url: str, base: str) -> str:
    """A citizen's openid access token through the real token endpoint: the authorization code is
    issued as the consent page would issue it (the browser part is tested in tests/browser)."""
    from domain.oidc import issue_code, parse_authorization_request

    verifier = 'fuzz-' + 'v' * 60
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b'=').decode()
    engine = db.make_engine(url)
    try:
        with Session(engine) as session:
            citizen = session.execute(select(Account).where(Account.id_number == CITIZEN.id_number)).scalar_one()
            request = parse_authorization_request(session, {
                'client_id': PORTAL.client_id, 'redirect_uri': PORTAL.redirect_uris[0], 'response_type': 'code',
                'scope': ' '.join(PORTAL.scopes), 'code_challenge': challenge, 'code_challenge_method': 'S256'})
            redirect = issue_code(session, account=citizen, request=request, auth_time=now_utc())
    finally:
        engine.dispose()
    code = parse_qs(urlsplit(redirect).query)['code'][0]
    response = requests.post(base + '/oidc/token', auth=(PORTAL.client_id, PORTAL.secret), timeout=30, data={
        'grant_type': 'authorization_code', 'code': code, 'redirect_uri': PORTAL.redirect_uris[0],
        'code_verifier': verifier})
    assert response.status_code == 200, response.text
    return response.json()['access_token']


@contextmanager
def _postgresql_demo() -> Iterator[str]:
    """A schema of this run's own on the test PostgreSQL server, with the demo data; dropped after."""
    schema = f'portal_fuzz_{uuid.uuid4().hex[:10]}'
    server = make_url(PG_URL).set(drivername='postgresql+psycopg')
    admin = db.make_engine(server.render_as_string(hide_password=False))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA {schema}'))
    try:
        url = server.update_query_dict({'options': f'-csearch_path={schema}'}).render_as_string(hide_password=False)
        build_database(url, demo=True)
        yield url
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA {schema} CASCADE'))
        admin.dispose()


@pytest.fixture(scope='module', params=BACKENDS)
def fuzzed_portal(request, tmp_path_factory) -> Iterator[tuple[Server, Credentials]]:
    """The portal on a copy of the demo database (SQLite; and PostgreSQL when the run has one, where
    the database itself refuses values SQLite takes, such as NUL characters)."""
    with ExitStack() as stack:
        work = tmp_path_factory.mktemp('fuzz-portal')
        if request.param == 'sqlite':
            url = copy_sqlite(request.getfixturevalue('sqlite_demo_template'), work / 'portal.db')
        else:
            url = stack.enter_context(_postgresql_demo())
        yield from _serve(url, work)


def _serve(url: str, work) -> Iterator[tuple[Server, Credentials]]:
    open311_key = _prepare_database(url)
    port = free_port()
    base = f'http://127.0.0.1:{port}'
    env = _child_env(PORTAL_DATABASE_URL=url, PORTAL_DATA_DIR=str(work / 'data'), PORTAL_HOST='127.0.0.1',
                     PORTAL_PORT=str(port), PORTAL_PUBLIC_URL=base, PORTAL_DEMO_DATA='0', PORTAL_LOG_LEVEL='WARNING')
    server = Server(base, _start([sys.executable, 'main.py'], env, work / 'portal.log'), work / 'portal.log')
    try:
        _wait_until_up(server, base + '/healthz', 'The portal')
        token = requests.post(base + '/oidc/token', data={'grant_type': 'client_credentials'},
                              auth=(SYSTEM.client_id, SYSTEM.secret), timeout=30)
        assert token.status_code == 200, token.text
        yield server, Credentials(token.json()['access_token'], _user_token(url, base), open311_key)
    finally:
        _stop(server)


# ---------------------------------------------------------------- what each generated case carries

def _prepare(case, mode: GenerationMode, credentials: Credentials, number: int) -> dict[str, str]:
    """The headers to send: valid credentials where the operation needs them, so the generated data
    reaches the checks behind them, and one of 250 client addresses as the local reverse proxy
    would pass it on, so the per-address rate limits (tested on their own) still let most cases
    through; a 429 must be documented all the same."""
    headers = {'X-Forwarded-For': f'198.51.100.{number % 250 + 1}'}
    path, body = case.operation.path, case.body
    if path.startswith(('/api/v1/records', '/api/v1/payables')):
        headers['Authorization'] = f'Bearer {credentials.system_token}'
    elif path == '/oidc/userinfo':
        headers['Authorization'] = f'Bearer {credentials.user_token}'
    elif path == '/oidc/token' and isinstance(body, dict) and 'client_secret' not in body:
        basic = base64.b64encode(f'{SYSTEM.client_id}:{SYSTEM.secret}'.encode()).decode()
        headers['Authorization'] = f'Basic {basic}'
    elif mode.is_positive and isinstance(body, dict):
        if path == '/open311/v2/requests.{format}':
            body['api_key'] = credentials.open311_key
        elif path in ('/api/v1/payments/ipn', '/sandbox/gateway/query'):  # signed as the gateway/merchant would
            body.pop('signature', None)
            body['signature'] = sign_fields(body, get_settings().merchant_secret)
    return headers


_RECORD = {'MaHoSo': 'FUZZ-0001', 'MaTTHC': '1.000001', 'KenhThucHien': 2, 'NgayTiepNhan': '20200110083000',
           'TrangThaiHoSo': 9}
# Requests that answered 500 before this test existed (found while it was written), replayed every
# run beside the generated ones: (operation, mode, case fields)
REGRESSIONS = [
    ('GET /api/v1/stats', GenerationMode.POSITIVE, {'query': {'since': '9999-12-30', 'until': '9999-12-31'}}),
    ('GET /api/v1/records', GenerationMode.POSITIVE, {'query': {'synced_since': '0001-01-01T00:00:00'}}),
    ('GET /api/v1/records', GenerationMode.POSITIVE, {'query': {'synced_since': '9999-12-31T23:59:59-12:00'}}),
    ('POST /api/v1/records', GenerationMode.POSITIVE, {'media_type': 'application/json', 'body': {'records': [
        _RECORD | {'NgayKetThucXuLy': '9999-12-31T23:59:59Z'}]}}),
    ('POST /api/v1/records', GenerationMode.POSITIVE, {'media_type': 'application/json', 'body': {'records': [
        _RECORD | {'TrangThaiHoSo': 10, 'NgayTra': '9999-12-31T23:59:59+00:00'}]}}),
    ('GET /open311/v2/requests.{format}', GenerationMode.POSITIVE,
     {'path_parameters': {'format': 'json'}, 'query': {'start_date': '0001-01-01T00:00:00+14:00'}}),
    ('GET /open311/v2/requests.{format}', GenerationMode.POSITIVE,
     {'path_parameters': {'format': 'xml'}, 'query': {'end_date': '0001-01-05T00:00:00Z'}}),
    ('GET /open311/v2/requests.{format}', GenerationMode.POSITIVE,
     {'path_parameters': {'format': 'json'}, 'query': {'start_date': '9999-12-01T00:00:00Z'}}),
    # JSON may escape a lone surrogate (Hypothesis never generates one); no database or HMAC takes it
    ('POST /api/v1/payables', GenerationMode.NEGATIVE, {'media_type': 'application/json', 'body': {
        'kind': 'electricity_bill', 'reference': 'PE01000123456', 'payer_id_number': '001090012345',
        'payer_name': 'Nguyễn Văn \ud800', 'description': 'Tiền điện tháng 1', 'amount': 250_000, 'period': '2020-01'}}),
    ('POST /api/v1/payments/ipn', GenerationMode.NEGATIVE,
     {'media_type': 'application/json', 'body': {'order': 'DH-\ud800', 'signature': '\udfff'}}),
    # PostgreSQL takes no NUL character in a text (SQLite does), nor a record id past 32 bits
    ('GET /api/v1/procedures/{code}', GenerationMode.NEGATIVE, {'path_parameters': {'code': '1.00\x003354'}}),
    ('GET /api/v1/procedures', GenerationMode.NEGATIVE, {'query': {'sector': 'tu-phap\x00'}}),
    ('GET /api/v1/dossiers/{code}', GenerationMode.NEGATIVE,
     {'path_parameters': {'code': 'UBND-01\x00'}, 'query': {'id_number': '001090\x0012345'}}),
    ('GET /api/v1/stats', GenerationMode.NEGATIVE, {'query': {'agency': 'BTP\x00'}}),
    ('GET /api/v1/records', GenerationMode.NEGATIVE, {'query': {'after_id': 2**31}}),
    ('GET /api/v1/records/{record_code}', GenerationMode.NEGATIVE, {'path_parameters': {'record_code': 'X\x00'}}),
    ('POST /api/v1/records', GenerationMode.NEGATIVE, {'media_type': 'application/json', 'body': {'records': [
        _RECORD | {'MaHoSo': 'FUZZ-\x00'}]}}),
    ('POST /oidc/token', GenerationMode.NEGATIVE, {'media_type': 'application/x-www-form-urlencoded', 'body': {
        'grant_type': 'client_credentials', 'client_id': f'{SYSTEM.client_id}\x00', 'client_secret': SYSTEM.secret}}),
    ('POST /api/v1/payments/ipn', GenerationMode.NEGATIVE,
     {'media_type': 'application/x-www-form-urlencoded', 'body': {'order': 'DH-\x00', 'signature': '00'}}),
    ('GET /open311/v2/requests/{service_request_id}.{format}', GenerationMode.NEGATIVE,
     {'path_parameters': {'service_request_id': 'PA-\x00', 'format': 'json'}}),
    ('GET /open311/v2/requests.{format}', GenerationMode.NEGATIVE,
     {'path_parameters': {'format': 'xml'}, 'query': {'service_request_id': 'PA-\x00', 'status': 'open\x00'}}),
]


# ---------------------------------------------------------------- the tally

@dataclass
class Tally:
    requests: Counter = field(default_factory=Counter)  # by mode
    statuses: Counter = field(default_factory=Counter)  # (operation, status)
    server_errors: int = 0
    violations: int = 0
    stack_traces: int = 0
    transport_errors: int = 0
    refused_by_server: int = 0  # SERVER_REFUSAL answers
    problems: dict[tuple, str] = field(default_factory=dict)  # one example per kind of problem
    lock: threading.Lock = field(default_factory=threading.Lock)

    def problem(self, key: tuple, text: str) -> None:
        if key not in self.problems and len(self.problems) < 40:
            self.problems[key] = text


_local = threading.local()


def _http() -> requests.Session:
    if not hasattr(_local, 'session'):
        _local.session = requests.Session()
    return _local.session


def _send(case, mode: GenerationMode, headers: dict[str, str], tally: Tally) -> None:
    label = case.operation.label
    try:
        response = case.call(session=_http(), headers=headers, timeout=60)
    except requests.RequestException as error:  # the portal died or hung: the worst answer of all
        with tally.lock:
            tally.transport_errors += 1
            tally.problem((label, 'no answer'), f'{label} ({mode.value}): no answer: {error!r}\n'
                                                f'  {case.as_curl_command(headers=headers)[:600]}')
        return
    failures: list[Failure] = []
    refused = response.status_code == 400 and response.text == SERVER_REFUSAL
    try:
        case.validate_response(response, checks=[not_a_server_error] if refused else CHECKS, headers=headers)
    except FailureGroup as group:
        failures = list(group.exceptions)
    except Failure as failure:
        failures = [failure]
    traced = bool(STACK_TRACE.search(response.text))
    with tally.lock:
        tally.requests[mode] += 1
        tally.statuses[(label, response.status_code)] += 1
        tally.server_errors += response.status_code >= 500
        tally.refused_by_server += refused
        violations = [f for f in failures if not isinstance(f, ServerError)]
        tally.violations += bool(violations)
        tally.stack_traces += traced
        if failures or traced or response.status_code >= 500:
            titles = '; '.join(f.title for f in failures) or ('stack trace' if traced else 'server error')
            details = '; '.join(f.message.strip()[:300] for f in failures)
            curl = case.as_curl_command(headers=dict(response.request.headers))
            tally.problem((label, response.status_code, titles),
                          f'{label} ({mode.value}) -> {response.status_code}: {titles}: {details}\n'
                          f'  body: {response.text[:300]!r}\n  {curl[:600]}')


def _generator(operation, mode: GenerationMode, submit):
    @settings(max_examples=BUDGET[mode], derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate])
    @given(case=operation.as_strategy(generation_mode=mode))
    def generate(case) -> None:
        submit(case, mode)
    return generate


def _fuzz(schema, credentials: Credentials, tally: Tally) -> None:
    schemathesis.generation.RANDOM.seed(9)  # the X-Schemathesis-TestCaseId header too
    numbers = itertools.count()
    with ThreadPoolExecutor(max_workers=SENDERS) as pool, calendar_edges():
        for result in schema.get_all_operations():
            operation = result.ok()
            pending: list[Future] = []

            def submit(case, mode: GenerationMode) -> None:
                headers = _prepare(case, mode, credentials, next(numbers))
                pending.append(pool.submit(_send, case, mode, headers, tally))

            for label, mode, fields in REGRESSIONS:
                if label == operation.label:
                    submit(operation.Case(**fields), mode)
            for case in schema.iter_coverage_cases(operation, generation_modes=list(GenerationMode),
                                                   generation_config=schema.config.generation_for(operation=operation)):
                adjust_urlencoded_payload(case)
                submit(case, case.meta.generation.mode)
            for mode in BUDGET:
                try:
                    _generator(operation, mode, submit)()
                except Unsatisfiable:  # nothing to negate: the operation takes no input
                    pass
            for future in pending:
                future.result()


def test_the_api_answers_every_generated_request_as_documented(fuzzed_portal, figure):
    server, credentials = fuzzed_portal
    started = time.monotonic()
    document = requests.get(server.url + '/openapi.json', timeout=30)
    assert 'HTTPValidationError' not in document.text  # 422 is documented as the portal answers it
    schema = schemathesis.openapi.from_dict(document.json())
    schema.config.update(base_url=server.url)
    operations = sum(1 for _ in schema.get_all_operations())
    tally = Tally()
    _fuzz(schema, credentials, tally)
    elapsed = time.monotonic() - started
    total = sum(tally.requests.values())
    negative = tally.requests[GenerationMode.NEGATIVE]
    log = server.log.read_text(errors='replace') if server.log.exists() else ''
    server_traces = log.count('Traceback (most recent call last)')
    refused_values = log.count('the database refused a value')

    figure('fuzz requests', total, f'{negative:,} negative, {operations} operations, {elapsed:.0f} s')
    figure('server errors', tally.server_errors, '5xx answers')
    figure('schema violations', tally.violations, 'answers not as /openapi.json documents them')
    figure('stack traces', tally.stack_traces, 'in answers')
    figure('server log tracebacks', server_traces)
    figure('request heads over 16 KB', tally.refused_by_server, 'refused by the HTTP server with 400 before any route')
    figure('values the database refused', refused_values, 'answered 422 validation_failed (api/errors.py)')

    report = '\n'.join(tally.problems.values())
    assert tally.transport_errors == 0, report
    assert tally.server_errors == 0, report
    assert tally.stack_traces == 0, report
    assert tally.violations == 0, report
    assert server_traces == 0, server.output()
    assert total >= MIN_REQUESTS and negative >= MIN_REQUESTS // 2, dict(tally.statuses)


def test_what_broke_the_api_is_refused_with_a_stable_code(fuzzed_portal):
    """The requests that once answered 500 (REGRESSIONS) now get the answer a client can act on."""
    server, credentials = fuzzed_portal
    http = requests.Session()
    http.headers['X-Forwarded-For'] = '198.51.100.251'
    system = {'Authorization': f'Bearer {credentials.system_token}'}

    def get(path: str, **kwargs) -> requests.Response:
        return http.get(server.url + path, timeout=30, **kwargs)

    stats = get('/api/v1/stats', params={'since': '9999-12-30', 'until': '9999-12-31'})
    assert stats.status_code == 422 and stats.json()['code'] == 'period_invalid'
    for moment in ('0001-01-01T00:00:00', '9999-12-31T23:59:59-12:00'):
        listed = get('/api/v1/records', params={'synced_since': moment}, headers=system)
        assert listed.status_code == 422 and 'synced_since' in listed.json()['fields']
    pushed = http.post(server.url + '/api/v1/records', headers=system, timeout=30, json={'records': [
        _RECORD | {'MaHoSo': 'FUZZ-0002', 'NgayKetThucXuLy': '9999-12-31T23:59:59Z'}]})
    assert pushed.status_code == 200 and pushed.json()['errors'][0] | {'message': ''} == {
        'index': 0, 'field': 'NgayKetThucXuLy', 'code': 'invalid_datetime', 'message': ''}
    for query in ({'start_date': '0001-01-01T00:00:00+14:00'}, {'start_date': '9999-12-01T00:00:00Z'}):
        feedback = get('/open311/v2/requests.json', params=query)
        assert feedback.status_code == 400 and feedback.json()[0]['error'] == 'open311_date_invalid'
    payable = http.post(server.url + '/api/v1/payables', headers=system | {'Content-Type': 'application/json'},
                        data=b'{"kind": "electricity_bill", "payer_name": "Nguy\\ud800n"}', timeout=30)
    assert payable.status_code == 422 and payable.json()['code'] == 'invalid_json'
    notification = http.post(server.url + '/api/v1/payments/ipn', headers={'Content-Type': 'application/json'},
                             data=b'{"order": "DH-\\ud800", "signature": "\\udfff"}', timeout=30)
    assert notification.status_code == 200 and notification.json()['RspCode'] == '97'  # not signed: refused
    nul = http.post(server.url + '/api/v1/records', headers=system, timeout=30,
                    json={'records': [_RECORD | {'MaHoSo': 'FUZZ-\x00'}]})
    assert nul.status_code == 200 and nul.json()['errors'][0]['code'] == 'invalid_text'
    token = http.post(server.url + '/oidc/token', timeout=30, data={
        'grant_type': 'client_credentials', 'client_id': f'{SYSTEM.client_id}\x00', 'client_secret': SYSTEM.secret})
    assert token.status_code == 400 and token.json()['error'] == 'invalid_request'
    assert get('/api/v1/records', params={'after_id': 2**31}, headers=system).status_code == 422
