"""Accounts (citizens, enterprises, staff), roles, consent, login attempts and sessions."""
from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from models.base import created_at_field, utc_column

ROLES = ('citizen', 'enterprise', 'agent', 'supervisor', 'officer', 'leader', 'admin')
STAFF_ROLES = ('agent', 'supervisor', 'officer', 'leader', 'admin')
ACCOUNT_KINDS = ('citizen', 'enterprise', 'staff')


class Role(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=16)
    name: str = Field(max_length=80)
    name_en: str = Field(max_length=80)


class Account(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16, index=True)
    role: str = Field(max_length=16, foreign_key='role.code', index=True)
    full_name: str = Field(max_length=120)
    # 12-digit citizen ID (CCCD) for people, 10- or 13-digit tax code for enterprises
    id_number: str = Field(max_length=16, unique=True, index=True)
    phone: str | None = Field(default=None, max_length=16, unique=True, index=True)
    email: str | None = Field(default=None, max_length=254)
    password_hash: str = Field(max_length=255)
    agency_id: int | None = Field(default=None, foreign_key='agency.id', index=True)
    province_code: str | None = Field(default=None, max_length=8, foreign_key='administrative_unit.code')
    address: str | None = Field(default=None, max_length=300)
    language: str = Field(default='vi', max_length=2)
    active: bool = True
    created_at: datetime = created_at_field()
    last_login_at: datetime | None = utc_column(default=None)


class Consent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key='account.id', index=True)
    purpose: str = Field(max_length=64)
    text_version: str = Field(max_length=32)
    given_at: datetime = created_at_field()
    ip: str | None = Field(default=None, max_length=64)


class LoginAttempt(SQLModel, table=True):
    __tablename__ = 'login_attempt'

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = created_at_field()
    # keyed digest of what was typed: the ID number or phone itself is never stored here
    identifier_digest: str = Field(max_length=64, index=True)
    ip: str | None = Field(default=None, max_length=64, index=True)
    account_id: int | None = Field(default=None, foreign_key='account.id')
    success: bool


class AuthSession(SQLModel, table=True):
    __tablename__ = 'auth_session'

    id: int | None = Field(default=None, primary_key=True)
    token_digest: str = Field(max_length=64, unique=True)
    account_id: int = Field(foreign_key='account.id', index=True)
    created_at: datetime = created_at_field()
    last_seen_at: datetime = created_at_field()
    expires_at: datetime = utc_column()
    revoked_at: datetime | None = utc_column(default=None)
    ip: str | None = Field(default=None, max_length=64)


class CitizenRegister(SQLModel):
    """What a citizen or enterprise types on the registration form."""
    kind: str = 'citizen'
    full_name: str
    id_number: str
    phone: str
    email: str | None = None
    password: str
    consent: bool = False
    province_code: str | None = None


class StaffCreate(SQLModel):
    full_name: str
    id_number: str
    phone: str | None = None
    email: str | None = None
    role: str
    agency_code: str | None = None
    password: str


class AccountPublic(SQLModel):
    id: int
    kind: str
    role: str
    full_name: str
    id_number_masked: str
    phone_masked: str
    email: str | None
    agency_id: int | None
    language: str
    active: bool
