"""Accounts: registration with consent, login with throttling, sessions, staff and roles."""
from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlmodel import Session

from core import events
from core.clock import as_utc, now_utc
from core.errors import NotFound, PermissionDenied, RateLimited, ValidationFailed
from core.privacy import mask_id_number, mask_phone
from core.security import (check_password_policy, hash_password, keyed_digest, new_token,
                           token_digest, verify_password)
from core.settings import get_settings
from core.text import normalize_spaces
from domain.audit import record_event
from domain.permissions import can_manage_accounts
from domain.stats import bump_counter
from models.accounts import (STAFF_ROLES, Account, AuthSession, CitizenRegister, Consent, LoginAttempt,
                             StaffCreate)
from models.agencies import Agency
from models.places import AdministrativeUnit

CONSENT_PURPOSE = 'personal_data_processing'
CONSENT_VERSION = '2023-07-01'  # version of the notice under Decree 13/2023 shown at registration

# Throttling: after FREE_FAILURES failed logins for one identifier the wait doubles from
# BASE_DELAY up to MAX_DELAY; the owner is slowed, never locked out for good.
FREE_FAILURES = 5
BASE_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)
FAILURE_WINDOW = timedelta(hours=1)
IP_WINDOW = timedelta(minutes=15)
IP_MAX_FAILURES = 30

log = logging.getLogger('portal.auth')

_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)*$")
_DIGITS = re.compile(r'^\d+$')
_EMAIL = re.compile(r'^[^@\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})+$')
_MOBILE = re.compile(r'^0(3|5|7|8|9)\d{8}$')


# ---------------------------------------------------------------- validation helpers

def normalize_phone(raw: str) -> str:
    phone = re.sub(r'[\s.\-()]', '', raw or '')
    if phone.startswith('+84'):
        phone = '0' + phone[3:]
    elif phone.startswith('84') and len(phone) == 11:
        phone = '0' + phone[2:]
    return phone


def normalize_tax_code(raw: str) -> str:
    code = re.sub(r'\s', '', raw or '')
    if len(code) == 13 and _DIGITS.match(code):
        code = f'{code[:10]}-{code[10:]}'
    return code


def _validate_full_name(raw: str, errors: dict[str, str]) -> str:
    name = normalize_spaces(raw or '')
    if len(name) < 2 or len(name) > 120 or not _NAME.match(name):
        errors['full_name'] = 'full_name_invalid'
    return name


def _validate_citizen_id(session: Session, raw: str, errors: dict[str, str]) -> str:
    value = re.sub(r'\s', '', raw or '')
    if len(value) != 12 or not _DIGITS.match(value):
        errors['id_number'] = 'citizen_id_invalid'
    # The first three digits are the code of the province where the birth was registered.
    elif session.execute(select(AdministrativeUnit.id).where(AdministrativeUnit.code == value[1:3])).first() is None \
            or value[0] != '0':
        errors['id_number'] = 'citizen_id_province_invalid'
    return value


def _validate_tax_code(raw: str, errors: dict[str, str]) -> str:
    value = normalize_tax_code(raw)
    if not (re.fullmatch(r'\d{10}', value) or re.fullmatch(r'\d{10}-\d{3}', value)):
        errors['id_number'] = 'tax_code_invalid'
    return value


def _validate_phone(raw: str, errors: dict[str, str], *, required: bool = True) -> str | None:
    phone = normalize_phone(raw)
    if not phone:
        if required:
            errors['phone'] = 'phone_required'
        return None
    if not _MOBILE.match(phone):
        errors['phone'] = 'phone_invalid'
    return phone


def _validate_email(raw: str | None, errors: dict[str, str]) -> str | None:
    email = (raw or '').strip()
    if not email:
        return None
    if len(email) > 254 or not _EMAIL.match(email):
        errors['email'] = 'email_invalid'
    return email.lower()


def _check_unique(session: Session, id_number: str, phone: str | None, errors: dict[str, str]) -> None:
    if 'id_number' not in errors and session.execute(
            select(Account.id).where(Account.id_number == id_number)).first():
        errors['id_number'] = 'id_number_taken'
    if phone and 'phone' not in errors and session.execute(select(Account.id).where(Account.phone == phone)).first():
        errors['phone'] = 'phone_taken'


def _password_errors(password: str, personal: tuple[str, ...], errors: dict[str, str], params: dict) -> None:
    try:
        check_password_policy(password, personal=personal)
    except ValidationFailed as error:
        errors['password'] = error.code
        params.update(error.params)


def _raise_if(errors: dict[str, str], params: dict | None = None) -> None:
    if errors:
        raise ValidationFailed('form_invalid', fields=errors, **(params or {}))


# ---------------------------------------------------------------- registration

def register_account(session: Session, *, data: CitizenRegister, ip: str | None = None) -> Account:
    """A citizen or enterprise registers with recorded consent; every field is checked at once."""
    errors: dict[str, str] = {}
    if data.kind not in ('citizen', 'enterprise'):
        errors['kind'] = 'account_kind_invalid'
    full_name = _validate_full_name(data.full_name, errors)
    id_number = (_validate_tax_code(data.id_number, errors) if data.kind == 'enterprise'
                 else _validate_citizen_id(session, data.id_number, errors))
    phone = _validate_phone(data.phone, errors)
    email = _validate_email(data.email, errors)
    params: dict = {}
    _password_errors(data.password, (id_number, phone or '', full_name.replace(' ', '')), errors, params)
    if data.province_code and session.execute(
            select(AdministrativeUnit.id).where(AdministrativeUnit.code == data.province_code)).first() is None:
        errors['province_code'] = 'province_invalid'
    if not data.consent:
        errors['consent'] = 'consent_required'
    _check_unique(session, id_number, phone, errors)
    _raise_if(errors, params)

    account = Account(kind=data.kind, role=data.kind, full_name=full_name, id_number=id_number, phone=phone,
                      email=email, password_hash=hash_password(data.password), province_code=data.province_code)
    session.add(account)
    session.flush()
    session.add(Consent(account_id=account.id, purpose=CONSENT_PURPOSE, text_version=CONSENT_VERSION, ip=ip))
    record_event(session, action='account.registered', entity='account', entity_id=account.id,
                 actor_id=account.id, ip=ip, detail={'kind': data.kind})
    bump_counter(session, 'accounts', dim1=data.kind, dim2=data.province_code or '')
    session.commit()
    events.publish('accounts')
    return account


# ---------------------------------------------------------------- login and throttling

def _find_by_identifier(session: Session, identifier: str) -> Account | None:
    value = identifier.strip()
    phone = normalize_phone(value)
    if _MOBILE.match(phone):
        account = session.execute(select(Account).where(Account.phone == phone)).scalar_one_or_none()
        if account:
            return account
    return session.execute(
        select(Account).where(Account.id_number.in_({value, normalize_tax_code(value)}))).scalar_one_or_none()


def _identifier_key(identifier: str) -> str:
    value = identifier.strip()
    phone = normalize_phone(value)
    return keyed_digest(get_settings().secret, phone if _MOBILE.match(phone) else value)


def _wait_seconds(session: Session, digest: str, ip: str | None, now: datetime) -> int:
    """Seconds the caller must wait before trying again (0 when free to try)."""
    recent = session.execute(
        select(LoginAttempt.at, LoginAttempt.success)
        .where(LoginAttempt.identifier_digest == digest, LoginAttempt.at >= now - FAILURE_WINDOW)
        .order_by(LoginAttempt.at.desc()).limit(64)).all()
    failures = []
    for at, success in recent:
        if success:
            break
        failures.append(as_utc(at))
    wait = timedelta(0)
    if len(failures) >= FREE_FAILURES:
        delay = min(BASE_DELAY * 2 ** (len(failures) - FREE_FAILURES), MAX_DELAY)
        wait = max(wait, failures[0] + delay - now)
    if ip:
        ip_failures = session.execute(
            select(LoginAttempt.at).where(LoginAttempt.ip == ip, LoginAttempt.success.is_(False),
                                          LoginAttempt.at >= now - IP_WINDOW)
            .order_by(LoginAttempt.at.desc()).limit(IP_MAX_FAILURES)).scalars().all()
        if len(ip_failures) >= IP_MAX_FAILURES:
            wait = max(wait, as_utc(ip_failures[-1]) + IP_WINDOW - now)
    return max(0, int(wait.total_seconds() + 0.999))


def masked_identifier(identifier: str) -> str:
    """What a log may say about the login name typed: an ID number, tax code or phone masked
    (`0010******45`), anything else only its length (it may be a password typed in the wrong box)."""
    value = (identifier or '').strip()
    phone = normalize_phone(value)
    if _MOBILE.match(phone):
        return mask_phone(phone)
    digits = re.sub(r'[\s.-]', '', value)
    if _DIGITS.match(digits) and len(digits) in (9, 10, 12, 13):
        return mask_id_number(digits)
    return f'[{len(value)} characters]'


def authenticate(session: Session, *, identifier: str, password: str, ip: str | None = None) -> tuple[Account, str]:
    """Check the credentials and open a new session; returns the account and its session token.

    A wrong ID number and a wrong password get the same answer. Every attempt and refusal is
    recorded (login attempts and the audit trail) in one commit.
    """
    now = now_utc()
    digest = _identifier_key(identifier)
    wait = _wait_seconds(session, digest, ip, now)
    account = _find_by_identifier(session, identifier) if identifier.strip() else None
    if wait:
        record_event(session, action='account.login_throttled', entity='account',
                     entity_id=account.id if account else None, ip=ip, detail={'retry_after': wait})
        session.commit()
        log.warning('login throttled: identifier %s account %s from %s, retry after %d s',
                    masked_identifier(identifier), account.id if account else '-', ip or '-', wait)
        raise RateLimited('login_throttled', retry_after=wait)

    ok = verify_password(password, account.password_hash if account else None)
    if not ok or not account.active:
        session.add(LoginAttempt(identifier_digest=digest, ip=ip, account_id=account.id if account else None,
                                 success=False, at=now))
        reason = 'inactive' if ok else ('bad_password' if account else 'unknown_account')
        record_event(session, action='account.login_failed', entity='account',
                     entity_id=account.id if account else None, ip=ip, detail={'reason': reason})
        session.commit()
        log.warning('login failed (%s): identifier %s account %s from %s', reason, masked_identifier(identifier),
                    account.id if account else '-', ip or '-')
        raise ValidationFailed('invalid_credentials')

    session.add(LoginAttempt(identifier_digest=digest, ip=ip, account_id=account.id, success=True, at=now))
    account.last_login_at = now
    token = _open_session(session, account, ip, now)
    record_event(session, action='account.login', entity='account', entity_id=account.id,
                 actor_id=account.id, ip=ip)
    bump_counter(session, 'logins', dim1=account.role)
    session.commit()
    log.info('login succeeded: account %d (%s) from %s', account.id, account.role, ip or '-')
    return account, token


# ---------------------------------------------------------------- sessions

def _open_session(session: Session, account: Account, ip: str | None, now: datetime) -> str:
    token = new_token()
    settings = get_settings()
    session.add(AuthSession(token_digest=token_digest(token), account_id=account.id, created_at=now,
                            last_seen_at=now, expires_at=now + timedelta(hours=settings.session_absolute_hours),
                            ip=ip))
    return token


def resolve_session(session: Session, token: str | None) -> Account | None:
    """The account behind a session token, or None when it is unknown, ended, idle or expired."""
    if not token:
        return None
    row = session.execute(select(AuthSession).where(AuthSession.token_digest == token_digest(token))).scalar_one_or_none()
    if row is None or row.revoked_at is not None:
        return None
    now = now_utc()
    idle_limit = timedelta(minutes=get_settings().session_idle_minutes)
    if as_utc(row.expires_at) <= now or as_utc(row.last_seen_at) + idle_limit <= now:
        return None
    account = session.get(Account, row.account_id)
    if account is None or not account.active:
        return None
    if now - as_utc(row.last_seen_at) > timedelta(seconds=60):  # one write a minute at most
        row.last_seen_at = now
        session.commit()
    return account


def session_started_at(session: Session, token: str | None) -> datetime | None:
    """When the login behind a session token happened (the OpenID `auth_time`)."""
    if not token:
        return None
    started = session.execute(select(AuthSession.created_at).where(
        AuthSession.token_digest == token_digest(token))).scalar_one_or_none()
    return as_utc(started) if started else None


def end_session(session: Session, token: str | None, *, ip: str | None = None) -> None:
    if not token:
        return
    row = session.execute(select(AuthSession).where(AuthSession.token_digest == token_digest(token))).scalar_one_or_none()
    if row is None or row.revoked_at is not None:
        return
    row.revoked_at = now_utc()
    record_event(session, action='account.logout', entity='account', entity_id=row.account_id,
                 actor_id=row.account_id, ip=ip)
    session.commit()
    log.info('logout: account %d from %s', row.account_id, ip or '-')


def _revoke_sessions(session: Session, account_id: int) -> None:
    session.execute(update(AuthSession).where(AuthSession.account_id == account_id, AuthSession.revoked_at.is_(None))
                    .values(revoked_at=now_utc()))


# ---------------------------------------------------------------- staff and roles

def _agency_for_role(session: Session, role: str, agency_code: str | None, errors: dict[str, str]) -> int | None:
    if role not in STAFF_ROLES:
        errors['role'] = 'role_invalid'
        return None
    if not agency_code:
        if role == 'officer':
            errors['agency_code'] = 'agency_required'
        return None
    agency_id = session.execute(select(Agency.id).where(Agency.code == agency_code)).scalar_one_or_none()
    if agency_id is None:
        errors['agency_code'] = 'agency_invalid'
    if role not in ('officer', 'leader'):
        return None  # only officers and leaders are bound to an agency
    return agency_id


def create_staff(session: Session, *, actor: Account, data: StaffCreate, ip: str | None = None) -> Account:
    """An administrator creates a staff account."""
    if not can_manage_accounts(actor):
        raise PermissionDenied('admin_only')
    return _create_staff(session, data=data, actor_id=actor.id, ip=ip, via='admin_page')


def create_staff_by_command(session: Session, *, data: StaffCreate) -> Account:
    """The operator's command on the server (shell access is the authority); audited as such."""
    return _create_staff(session, data=data, actor_id=None, ip=None, via='command')


def _create_staff(session: Session, *, data: StaffCreate, actor_id: int | None, ip: str | None, via: str) -> Account:
    errors: dict[str, str] = {}
    full_name = _validate_full_name(data.full_name, errors)
    id_number = _validate_citizen_id(session, data.id_number, errors)
    phone = _validate_phone(data.phone or '', errors, required=False)
    email = _validate_email(data.email, errors)
    agency_id = _agency_for_role(session, data.role, data.agency_code, errors)
    params: dict = {}
    _password_errors(data.password, (id_number, phone or ''), errors, params)
    _check_unique(session, id_number, phone, errors)
    _raise_if(errors, params)
    account = Account(kind='staff', role=data.role, full_name=full_name, id_number=id_number, phone=phone,
                      email=email, password_hash=hash_password(data.password), agency_id=agency_id)
    session.add(account)
    session.flush()
    record_event(session, action='account.created', entity='account', entity_id=account.id, actor_id=actor_id,
                 ip=ip, detail={'role': data.role, 'agency': data.agency_code, 'via': via})
    session.commit()
    return account


def change_role(session: Session, *, actor: Account, account_id: int, role: str, agency_code: str | None = None,
                ip: str | None = None) -> Account:
    """Give a staff account another role; its open sessions end so the change applies at once."""
    if not can_manage_accounts(actor):
        raise PermissionDenied('admin_only')
    account = session.get(Account, account_id, with_for_update=True)
    if account is None:
        raise NotFound('account_not_found')
    if account.kind != 'staff':
        raise ValidationFailed('role_change_staff_only', field='role')
    if account.id == actor.id and role != 'admin':
        raise ValidationFailed('cannot_demote_self', field='role')
    errors: dict[str, str] = {}
    agency_id = _agency_for_role(session, role, agency_code, errors)
    _raise_if(errors)
    before = {'role': account.role, 'agency_id': account.agency_id}
    account.role, account.agency_id = role, agency_id
    _revoke_sessions(session, account.id)
    record_event(session, action='account.role_changed', entity='account', entity_id=account.id, actor_id=actor.id,
                 ip=ip, detail={'from': before, 'to': {'role': role, 'agency_id': agency_id}})
    session.commit()
    return account


def set_active(session: Session, *, actor: Account, account_id: int, active: bool, ip: str | None = None) -> Account:
    if not can_manage_accounts(actor):
        raise PermissionDenied('admin_only')
    account = session.get(Account, account_id, with_for_update=True)
    if account is None:
        raise NotFound('account_not_found')
    if account.id == actor.id:
        raise ValidationFailed('cannot_deactivate_self')
    account.active = active
    if not active:
        _revoke_sessions(session, account.id)
    record_event(session, action='account.activated' if active else 'account.deactivated', entity='account',
                 entity_id=account.id, actor_id=actor.id, ip=ip)
    session.commit()
    return account


def set_language(session: Session, *, account_id: int, language: str) -> None:
    if language not in ('vi', 'en'):
        raise ValidationFailed('language_invalid', field='language')
    account = session.get(Account, account_id)
    if account is not None and account.language != language:
        account.language = language
        session.commit()


def list_accounts(session: Session, *, actor: Account, query: str = '', role: str | None = None,
                  limit: int = 50, offset: int = 0) -> tuple[list[Account], int]:
    if not can_manage_accounts(actor):
        raise PermissionDenied('admin_only')
    statement = select(Account)
    if role:
        statement = statement.where(Account.role == role)
    text = query.strip()
    if text:
        like = f'%{text}%'
        statement = statement.where(Account.full_name.ilike(like) | Account.id_number.like(like)
                                    | Account.phone.like(like))
    total = session.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
    rows = session.execute(statement.order_by(Account.id.desc()).limit(limit).offset(offset)).scalars().all()
    return list(rows), int(total)


def get_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFound('account_not_found')
    return account
