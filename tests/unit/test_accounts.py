"""Registration, login, throttling, sessions, staff and roles."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from core.errors import NotFound, PermissionDenied, RateLimited, ValidationFailed
from domain import accounts as accounts_domain
from domain.accounts import (authenticate, change_role, create_staff, end_session, register_account,
                             resolve_session, set_active)
from domain.stats import account_figures
from models.accounts import AuthSession, CitizenRegister, Consent, LoginAttempt, StaffCreate
from models.audit import AuditEvent
from tests.factories import PASSWORD, citizen_id, make_citizen, make_staff, phone


def _actions(session, entity_id) -> list[str]:
    return list(session.execute(select(AuditEvent.action).where(AuditEvent.entity_id == str(entity_id))
                                .order_by(AuditEvent.id)).scalars())


def test_citizen_registers_with_recorded_consent_and_counts_on_dashboard(session):
    account = make_citizen(session, full_name='  Trần   Thị  Hoa ', phone='+84 912 000 111')
    assert account.full_name == 'Trần Thị Hoa'
    assert account.phone == '0912000111'
    assert account.role == 'citizen'
    consent = session.execute(select(Consent).where(Consent.account_id == account.id)).scalar_one()
    assert consent.text_version == accounts_domain.CONSENT_VERSION and consent.given_at is not None
    assert _actions(session, account.id) == ['account.registered']
    assert account_figures(session)['citizen'] == 1
    assert account.password_hash.startswith('$argon2')


def test_enterprise_registers_with_tax_code(session):
    account = make_citizen(session, kind='enterprise', full_name='Công ty TNHH Ánh Dương', id_number='0312345678001')
    assert account.id_number == '0312345678-001'
    assert account.role == 'enterprise'


@pytest.mark.parametrize('field, value, code', [
    ('full_name', 'A', 'full_name_invalid'),
    ('full_name', 'Nguyễn 123', 'full_name_invalid'),
    ('id_number', '12345', 'citizen_id_invalid'),
    ('id_number', '099123456789', 'citizen_id_province_invalid'),
    ('phone', '0123', 'phone_invalid'),
    ('phone', '', 'phone_required'),
    ('email', 'not-an-email', 'email_invalid'),
    ('password', 'short', 'password_too_short'),
    ('password', 'x' * 40 + 'y' * 25, 'password_too_long'),
    ('password', 'password123', 'password_too_common'),
    ('password', 'matkhau123', 'password_too_common'),
    ('consent', False, 'consent_required'),
])
def test_each_bad_field_is_named_with_its_reason_and_nothing_is_written(session, field, value, code):
    with pytest.raises(ValidationFailed) as caught:
        make_citizen(session, **{field: value})
    assert caught.value.fields[field if field != 'consent' else 'consent'] == code
    assert session.execute(select(func.count(AuditEvent.id))).scalar_one() == 0
    assert account_figures(session)['total'] == 0


def test_password_with_own_id_number_is_refused(session):
    number = citizen_id()
    with pytest.raises(ValidationFailed) as caught:
        make_citizen(session, id_number=number, password=f'my id {number}')
    assert caught.value.fields['password'] == 'password_contains_personal'


def test_all_errors_are_reported_at_once(session):
    with pytest.raises(ValidationFailed) as caught:
        register_account(session, data=CitizenRegister(full_name='', id_number='1', phone='1', password='1'))
    assert set(caught.value.fields) >= {'full_name', 'id_number', 'phone', 'password', 'consent'}


def test_duplicate_id_number_and_phone_are_refused(session):
    first = make_citizen(session)
    with pytest.raises(ValidationFailed) as caught:
        make_citizen(session, id_number=first.id_number, phone=first.phone)
    assert caught.value.fields == {'id_number': 'id_number_taken', 'phone': 'phone_taken'}


def test_login_by_id_number_and_by_phone(session):
    account = make_citizen(session)
    by_id, token = authenticate(session, identifier=account.id_number, password=PASSWORD, ip='10.0.0.1')
    assert by_id.id == account.id and token
    by_phone, _ = authenticate(session, identifier=account.phone, password=PASSWORD)
    assert by_phone.id == account.id
    assert _actions(session, account.id).count('account.login') == 2
    assert by_id.last_login_at is not None


def test_wrong_password_and_unknown_account_get_the_same_answer(session):
    account = make_citizen(session)
    with pytest.raises(ValidationFailed) as wrong_password:
        authenticate(session, identifier=account.id_number, password='not the password')
    with pytest.raises(ValidationFailed) as unknown:
        authenticate(session, identifier='001099999999', password='not the password')
    assert wrong_password.value.code == unknown.value.code == 'invalid_credentials'
    failures = session.execute(select(AuditEvent).where(AuditEvent.action == 'account.login_failed')).scalars().all()
    assert len(failures) == 2
    # the identifier typed is never stored in clear
    digests = session.execute(select(LoginAttempt.identifier_digest)).scalars().all()
    assert all(account.id_number not in digest for digest in digests)


def test_repeated_failures_slow_down_the_account_but_never_lock_it_for_good(session, monkeypatch):
    account = make_citizen(session)
    for _ in range(accounts_domain.FREE_FAILURES):
        with pytest.raises(ValidationFailed):
            authenticate(session, identifier=account.id_number, password='wrong password!')
    with pytest.raises(RateLimited) as throttled:
        authenticate(session, identifier=account.id_number, password=PASSWORD)
    assert 0 < throttled.value.retry_after <= accounts_domain.BASE_DELAY.total_seconds()
    assert 'account.login_throttled' in _actions(session, account.id)

    # once the wait has passed, the real owner logs in, and the slate is clean
    later = accounts_domain.now_utc() + accounts_domain.BASE_DELAY + timedelta(seconds=1)
    monkeypatch.setattr(accounts_domain, 'now_utc', lambda: later)
    authenticate(session, identifier=account.id_number, password=PASSWORD)
    with pytest.raises(ValidationFailed):
        authenticate(session, identifier=account.id_number, password='wrong password!')


def test_the_wait_doubles_but_is_capped(session, monkeypatch):
    account = make_citizen(session)
    now = accounts_domain.now_utc()
    for i in range(accounts_domain.FREE_FAILURES + 10):
        session.add(LoginAttempt(identifier_digest=accounts_domain._identifier_key(account.id_number),
                                 success=False, at=now - timedelta(seconds=1)))
    session.commit()
    with pytest.raises(RateLimited) as throttled:
        authenticate(session, identifier=account.id_number, password=PASSWORD)
    assert throttled.value.retry_after <= accounts_domain.MAX_DELAY.total_seconds()
    assert throttled.value.retry_after > accounts_domain.MAX_DELAY.total_seconds() - 5


def test_many_failures_from_one_address_slow_that_address(session):
    make_citizen(session)
    for i in range(accounts_domain.IP_MAX_FAILURES):
        with pytest.raises(ValidationFailed):
            authenticate(session, identifier=f'00109{i:07d}', password='guess guess', ip='203.0.113.9')
    with pytest.raises(RateLimited):
        authenticate(session, identifier='001090000999', password='guess guess', ip='203.0.113.9')
    # another address is not affected
    with pytest.raises(ValidationFailed):
        authenticate(session, identifier='001090000999', password='guess guess', ip='198.51.100.1')


def test_session_ends_after_logout_idle_and_absolute_timeouts(session, monkeypatch):
    account = make_citizen(session)
    _, token = authenticate(session, identifier=account.id_number, password=PASSWORD)
    assert resolve_session(session, token).id == account.id
    assert resolve_session(session, 'forged-token') is None

    start = accounts_domain.now_utc()
    monkeypatch.setattr(accounts_domain, 'now_utc', lambda: start + timedelta(minutes=31))
    assert resolve_session(session, token) is None  # idle for more than 30 minutes

    monkeypatch.setattr(accounts_domain, 'now_utc', lambda: start)
    _, token = authenticate(session, identifier=account.id_number, password=PASSWORD)
    row = session.execute(select(AuthSession).order_by(AuthSession.id.desc())).scalars().first()
    row.last_seen_at = start + timedelta(hours=12, minutes=1)
    session.commit()
    monkeypatch.setattr(accounts_domain, 'now_utc', lambda: start + timedelta(hours=12, minutes=2))
    assert resolve_session(session, token) is None  # absolute limit reached though active

    monkeypatch.setattr(accounts_domain, 'now_utc', lambda: start)
    _, token = authenticate(session, identifier=account.id_number, password=PASSWORD)
    end_session(session, token)
    assert resolve_session(session, token) is None


def test_each_login_opens_a_new_session(session):
    account = make_citizen(session)
    _, first = authenticate(session, identifier=account.id_number, password=PASSWORD)
    _, second = authenticate(session, identifier=account.id_number, password=PASSWORD)
    assert first != second
    stored = session.execute(select(AuthSession.token_digest)).scalars().all()
    assert first not in stored and second not in stored  # only digests are stored


def test_only_an_admin_creates_staff(session):
    admin = make_staff(session, 'admin')
    agent = make_staff(session, 'agent')
    data = StaffCreate(full_name='Lê Văn Tổng Đài', id_number=citizen_id(), phone=phone(), role='agent',
                       password=PASSWORD)
    with pytest.raises(PermissionDenied):
        create_staff(session, actor=agent, data=data)
    created = create_staff(session, actor=admin, data=data, ip='127.0.0.1')
    assert created.role == 'agent' and created.kind == 'staff'
    event = session.execute(select(AuditEvent).where(AuditEvent.action == 'account.created',
                                                     AuditEvent.entity_id == str(created.id))).scalar_one()
    assert event.actor_id == admin.id


def test_an_officer_must_be_bound_to_an_agency(session):
    with pytest.raises(ValidationFailed) as caught:
        make_staff(session, 'officer')
    assert caught.value.fields == {'agency_code': 'agency_required'}
    officer = make_staff(session, 'officer', agency_code='BTP')
    assert officer.agency_id is not None


def test_role_change_is_audited_and_ends_open_sessions(session):
    admin = make_staff(session, 'admin')
    agent = make_staff(session, 'agent')
    _, token = authenticate(session, identifier=agent.id_number, password=PASSWORD)
    changed = change_role(session, actor=admin, account_id=agent.id, role='supervisor')
    assert changed.role == 'supervisor'
    assert resolve_session(session, token) is None
    event = session.execute(select(AuditEvent).where(AuditEvent.action == 'account.role_changed')).scalar_one()
    assert event.detail['from']['role'] == 'agent' and event.detail['to']['role'] == 'supervisor'
    assert event.actor_id == admin.id


def test_role_change_rules(session):
    admin = make_staff(session, 'admin')
    citizen = make_citizen(session)
    with pytest.raises(ValidationFailed):
        change_role(session, actor=admin, account_id=citizen.id, role='admin')
    with pytest.raises(ValidationFailed):
        change_role(session, actor=admin, account_id=admin.id, role='agent')
    with pytest.raises(NotFound):
        change_role(session, actor=admin, account_id=999999, role='agent')
    with pytest.raises(PermissionDenied):
        change_role(session, actor=citizen, account_id=admin.id, role='agent')


def test_a_deactivated_account_cannot_log_in(session):
    admin = make_staff(session, 'admin')
    citizen = make_citizen(session)
    set_active(session, actor=admin, account_id=citizen.id, active=False)
    with pytest.raises(ValidationFailed) as caught:
        authenticate(session, identifier=citizen.id_number, password=PASSWORD)
    assert caught.value.code == 'invalid_credentials'
