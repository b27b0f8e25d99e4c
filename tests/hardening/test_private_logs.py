"""Private logs (Decree 13/2023): every login, successful or not, and every refusal (a page's login
redirect or 403, an API's 401/403/429, a throttled login, a refused action) writes a log line that
names the event, without ID numbers, passwords or tokens. Records are cleaned when they are made,
whoever logs them. The whole run's logs are scanned at its end (tests/private_logs.py)."""
from __future__ import annotations

import logging

import pytest
from nicegui.testing import User
from sqlalchemy import select

from core.db import session_scope
from core.errors import PermissionDenied, RateLimited, ValidationFailed
from core.privacy import mask_id_number
from domain import accounts
from domain.demo import DEMO_ACCOUNTS, DEMO_CLIENTS, DEMO_PASSWORD
from models.accounts import Account
from tests import private_logs
from tests.factories import PASSWORD, make_citizen, make_staff
from tests.hardening.portal import answered_login, portal  # noqa: F401  (portal: requested by the end-to-end tests)
from tests.ui.test_accounts_ui import log_in

CITIZEN = DEMO_ACCOUNTS[0]
OFFICER = next(a for a in DEMO_ACCOUNTS if a.role == 'officer')
SYSTEM = next(c for c in DEMO_CLIENTS if c.kind == 'system')


def lines(caplog, logger: str = 'portal') -> list[str]:
    return [f'{r.levelname} {r.name}: {r.getMessage()}' for r in caplog.records if r.name.startswith(logger)]


def assert_private(caplog, *secrets: str) -> None:
    """Nothing personal in what was logged: the given secrets, and nothing the final scan would flag."""
    text = '\n'.join(lines(caplog, '')) + '\n' + '\n'.join(r.exc_text or '' for r in caplog.records)
    for secret in secrets:
        assert secret not in text
    for line in text.splitlines():
        assert not private_logs._CCCD.search(line), line
        assert not private_logs._JWT.search(line) and not private_logs._BEARER.search(line), line
        assert not private_logs._ASSIGNED.search(line), line


def one(caplog, needle: str, level: str = 'WARNING') -> str:
    found = [line for line in lines(caplog) if needle in line]
    assert found, f'no log line with {needle!r} in {lines(caplog)}'
    assert found[-1].startswith(level), found[-1]
    return found[-1]


# ---------------------------------------------------------------- logins, in the domain

def test_every_login_outcome_is_logged_without_personal_data(session, caplog, figure):
    caplog.set_level(logging.DEBUG, logger='portal')
    citizen = make_citizen(session)
    masked = mask_id_number(citizen.id_number)
    _account, token = accounts.authenticate(session, identifier=citizen.id_number, password=PASSWORD, ip='10.0.0.7')
    assert f'login succeeded: account {citizen.id} (citizen) from 10.0.0.7' in one(caplog, 'login succeeded', 'INFO')

    with pytest.raises(ValidationFailed):
        accounts.authenticate(session, identifier=citizen.id_number, password='not my password', ip='10.0.0.7')
    assert f'identifier {masked} account {citizen.id}' in one(caplog, 'login failed (bad_password)')
    with pytest.raises(ValidationFailed):
        accounts.authenticate(session, identifier='001099999999', password=PASSWORD, ip='10.0.0.8')
    assert 'identifier 0010******99 account -' in one(caplog, 'login failed (unknown_account)')
    with pytest.raises(ValidationFailed):  # a password typed in the identifier box is not logged
        accounts.authenticate(session, identifier='hunter2 my secret', password=PASSWORD, ip='10.0.0.8')
    assert 'identifier [17 characters]' in one(caplog, 'login failed (unknown_account)')

    staff = make_staff(session, 'agent')
    staff.active = False
    session.commit()
    with pytest.raises(ValidationFailed):
        accounts.authenticate(session, identifier=staff.id_number, password=PASSWORD, ip='10.0.0.9')
    assert f'account {staff.id}' in one(caplog, 'login failed (inactive)')

    for _ in range(accounts.FREE_FAILURES):
        with pytest.raises(ValidationFailed):
            accounts.authenticate(session, identifier=citizen.phone, password='still not it', ip='10.0.0.7')
    with pytest.raises(RateLimited) as throttled:
        accounts.authenticate(session, identifier=citizen.phone, password=PASSWORD, ip='10.0.0.7')
    line = one(caplog, 'login throttled')
    assert f'retry after {throttled.value.retry_after} s' in line and citizen.phone[:3] + '****' in line

    accounts.end_session(session, token, ip='10.0.0.7')
    one(caplog, f'logout: account {citizen.id} from 10.0.0.7', 'INFO')
    assert_private(caplog, citizen.id_number, citizen.phone, staff.id_number, PASSWORD, 'not my password',
                   'still not it', 'hunter2', token)
    figure('login outcomes logged', 6, 'of 6 (success, wrong password, unknown account, password as identifier, '
           'inactive, throttled) and logout, each without ID number, password or token')


def test_a_refused_action_is_logged(session, caplog):
    from ui.session import Caller, perform

    caplog.set_level(logging.DEBUG, logger='portal')
    citizen = make_citizen(session)
    _account, token = accounts.authenticate(session, identifier=citizen.id_number, password=PASSWORD, ip='10.0.0.5')
    with pytest.raises(PermissionDenied):
        perform(Caller(token=token, ip='10.0.0.5'), accounts.set_active, account_id=citizen.id, active=False)
    assert f'account {citizen.id} from 10.0.0.5' in one(caplog, 'action set_active refused (403 admin_only)')
    assert_private(caplog, citizen.id_number, token, PASSWORD)


# ---------------------------------------------------------------- records are cleaned when made

def test_records_are_cleaned_whoever_logs_them(caplog):
    caplog.set_level(logging.DEBUG)
    jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'
    other = logging.getLogger('some.library')
    other.warning('citizen %s, tax code %s and %s, phone %s', '001090012345', 1090012345, '0101234567-001',
                  '0912345678')
    other.warning('headers: Authorization: Bearer %s; cookie=%s', 'Zm9vYmFyYmF6cXV4', 'abc123session')
    other.warning('redirect to /cb?code=%s&state=%s with %s', 'Q2xpZW50Q29kZQ', 'xyz', jwt)
    other.warning('form password=%s client_secret: %s', 'hunter2hunter2', 'dichvucong-demo-sync-secret')
    try:
        raise ValueError('duplicate key (id_number)=(001090012345)')
    except ValueError:
        other.exception('insert failed')
    access = logging.getLogger('uvicorn.access')
    access.info('%s - "%s %s HTTP/%s" %d', '127.0.0.1:5000', 'GET', '/api/v1/dossiers/X?id_number=001090012345',
                '1.1', 200)
    record = caplog.records[-1]
    assert isinstance(record.args, tuple) and len(record.args) == 5  # uvicorn's formatter still reads them
    from uvicorn.logging import AccessFormatter
    assert 'id_number=[redacted]' in AccessFormatter('%(request_line)s').format(record)
    assert_private(caplog, '001090012345', '1090012345', '0101234567', '0912345678', 'Zm9vYmFyYmF6cXV4',
                   'abc123session', 'Q2xpZW50Q29kZQ', 'hunter2hunter2', 'dichvucong-demo-sync-secret')
    assert 'duplicate key' in caplog.records[-2].exc_text  # the traceback stays, cleaned


def test_configure_logging_installs_the_cleaning(monkeypatch):
    """Production (main.py) calls configure_logging: records are cleaned there as here."""
    from core import logs

    root = logging.getLogger()
    level, handlers, factory = root.level, list(root.handlers), logging.getLogRecordFactory()
    monkeypatch.setattr(logs, '_base_factory', None)
    logging.setLogRecordFactory(logging.LogRecord)
    try:
        logs.configure_logging('INFO')
        record = logging.getLogger('portal.x').makeRecord('portal.x', logging.INFO, __file__, 1, 'id %s',
                                                          ('001090012345',), None)
        assert record.getMessage() == 'id [id]'
    finally:
        logging.setLogRecordFactory(factory)
        root.setLevel(level)
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)


def test_the_final_scan_finds_every_kind_of_secret(tmp_path):
    """The end-of-run check (tests/private_logs.py) is able to fail."""
    log = tmp_path / 'sample.txt'  # not *.log: the end-of-run scan must not find it
    log.write_text('\n'.join([
        'INFO login 001090012345',
        'INFO enterprise 0101234567 paid',
        'INFO typed a long enough passphrase',
        'INFO session Q2xpZW50Q29kZVExMjM0NTY3OA',
        'INFO token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln',
        'INFO Authorization: Bearer Zm9vYmFyYmF6cXV4',
        'INFO form client_secret=plain-value',
        'INFO clean: identifier 0010******45 account 7, password=[redacted], Bearer [redacted], [jwt], [id]',
    ]) + '\n')
    known = private_logs.Known(numbers={'0101234567'}, passwords={'a long enough passphrase'},
                               tokens={'Q2xpZW50Q29kZVExMjM0NTY3OA'})
    found = private_logs.scan([log], known)
    assert sorted({line for _path, line, _kind in found}) == [1, 2, 3, 4, 5, 6, 7]
    assert {kind for *_where, kind in found} == {
        'a 12-digit ID number', 'an account ID number, tax code or phone', 'a password', 'an issued token or secret',
        'a JWT', 'a bearer/basic credential', 'a password or token value'}


# ---------------------------------------------------------------- end to end

@pytest.mark.usefixtures('portal')
async def test_logins_on_the_login_page_are_logged(user: User, caplog, figure):
    caplog.set_level(logging.DEBUG, logger='portal')
    await log_in(user, CITIZEN.id_number, 'not the password')
    await user.should_see('Số định danh/số điện thoại hoặc mật khẩu không đúng.')
    one(caplog, 'login failed (bad_password): identifier ' + mask_id_number(CITIZEN.id_number))
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    one(caplog, 'login succeeded', 'INFO')
    await user.open('/dang-xuat')
    for _ in range(accounts.FREE_FAILURES + 1):
        await answered_login(user, caplog, CITIZEN.phone, 'still not the password')
    await user.should_see('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau')  # the wait, on the page
    one(caplog, 'login throttled: identifier ' + CITIZEN.phone[:3] + '****')
    assert_private(caplog, CITIZEN.id_number, CITIZEN.phone, DEMO_PASSWORD, 'not the password')
    figure('login page outcomes logged', 3, 'of 3 (failure, success, throttled with the wait shown)')


@pytest.mark.usefixtures('portal')
async def test_page_refusals_are_logged(user: User, caplog):
    caplog.set_level(logging.DEBUG, logger='portal')
    await user.open('/ho-so')  # anonymous: sent to log in
    await user.should_see(marker='login-required')
    one(caplog, 'page /ho-so needs a login (area applicant)', 'INFO')
    await log_in(user, OFFICER.id_number)
    await user.should_see(marker='agency-name')
    refused = await user.http_client.get('/admin/accounts')  # the refusal page answers 403
    assert refused.status_code == 403
    with session_scope() as session:
        officer_id = session.execute(select(Account.id).where(Account.id_number == OFFICER.id_number)).scalar_one()
    assert f'account {officer_id} (officer)' in one(caplog, 'page /admin/accounts refused (403)')
    assert_private(caplog, OFFICER.id_number, DEMO_PASSWORD)


@pytest.mark.usefixtures('portal')
async def test_api_refusals_are_logged(user: User, caplog, monkeypatch, figure):
    from core.ratelimit import tracking_limiter

    caplog.set_level(logging.DEBUG, logger='portal')
    client = user.http_client
    events = {
        'GET /api/v1/records: 401 invalid_token': await client.get('/api/v1/records'),
        'POST /oidc/token: 401 invalid_client': await client.post(
            '/oidc/token', data={'grant_type': 'client_credentials'}, auth=(SYSTEM.client_id, 'wrong-secret-xyz')),
        'POST /open311/v2/requests.json: 403 open311_api_key_invalid': await client.post(
            '/open311/v2/requests.json', data={'api_key': 'not-a-key', 'service_code': 'x'}),
    }
    token = (await client.post('/oidc/token', data={'grant_type': 'client_credentials', 'scope': 'records:write'},
                               auth=(SYSTEM.client_id, SYSTEM.secret))).json()['access_token']
    events['GET /api/v1/records: 403 insufficient_scope'] = await client.get(
        '/api/v1/records', headers={'Authorization': f'Bearer {token}'})
    monkeypatch.setattr(tracking_limiter, 'limit', 1)
    await client.get('/api/v1/dossiers/UBND-01-000000-0001', params={'id_number': CITIZEN.id_number})
    events['GET /api/v1/dossiers/UBND-01-000000-0001: 429 rate_limited'] = await client.get(
        '/api/v1/dossiers/UBND-01-000000-0001', params={'id_number': CITIZEN.id_number})
    for needle, response in events.items():
        assert response.status_code == int(needle.split(': ')[1][:3]), (needle, response.text)
        one(caplog, 'refused ' + needle)
    one(caplog, 'dossier tracking per address: 127.0.0.1 over 1 per 60 s, refused (rate_limited)')
    assert_private(caplog, CITIZEN.id_number, SYSTEM.secret, token, 'wrong-secret-xyz', 'not-a-key')
    figure('API refusals logged', len(events), f'of {len(events)} (401 no token, 401 bad client secret, '
           '403 bad API key, 403 missing scope, 429 tracking), none with a secret or an ID number')
