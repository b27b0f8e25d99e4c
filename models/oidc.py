"""Single sign-on state: signing keys, authorization codes, issued tokens and consents."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.base import created_at_field, utc_column


class SigningKey(SQLModel, table=True):
    """An RSA key pair; the newest signs, older ones stay published until their tokens expire."""
    __tablename__ = 'signing_key'

    id: int | None = Field(default=None, primary_key=True)
    kid: str = Field(max_length=64, unique=True)
    private_sealed: str = Field(sa_column=Column(Text, nullable=False))  # encrypted under the portal secret
    public_jwk: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = created_at_field()
    rotated_at: datetime | None = utc_column(default=None)  # when a newer key took over signing


class AuthorizationCode(SQLModel, table=True):
    __tablename__ = 'authorization_code'

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True)
    client_id: str = Field(max_length=64, index=True)
    account_id: int = Field(foreign_key='account.id', index=True)
    redirect_uri: str = Field(max_length=500)
    scope: str = Field(max_length=200)
    nonce: str | None = Field(default=None, max_length=255)
    code_challenge: str = Field(max_length=128)
    auth_time: datetime = utc_column()
    expires_at: datetime = utc_column()
    used_at: datetime | None = utc_column(default=None)
    created_at: datetime = created_at_field()


class IssuedToken(SQLModel, table=True):
    """An access token we issued (by its `jti`), so it can be revoked before it expires."""
    __tablename__ = 'issued_token'

    id: int | None = Field(default=None, primary_key=True)
    jti: str = Field(max_length=64, unique=True)
    client_id: str = Field(max_length=64, index=True)
    account_id: int | None = Field(default=None, foreign_key='account.id', index=True)
    code_id: int | None = Field(default=None, foreign_key='authorization_code.id', index=True)
    scope: str = Field(max_length=200)
    expires_at: datetime = utc_column()
    revoked_at: datetime | None = utc_column(default=None)
    created_at: datetime = created_at_field()


class SsoConsent(SQLModel, table=True):
    """A citizen allowed a portal to receive these scopes; asked once per client."""
    __tablename__ = 'sso_consent'
    __table_args__ = (UniqueConstraint('account_id', 'client_id', name='uq_sso_consent'),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key='account.id', index=True)
    client_id: str = Field(max_length=64)
    scopes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    granted_at: datetime = created_at_field()
