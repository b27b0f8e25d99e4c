"""Configuration from PORTAL_* environment variables.

Secrets never have a literal default: when the environment does not give one, a random
secret is generated on first run and kept in the data directory, so restarts keep sessions.
"""
from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix='PORTAL_', extra='ignore')

    host: str = '127.0.0.1'
    port: int = Field(default=8080, ge=1, le=65535)
    data_dir: Path = Path('data')
    database_url: str | None = None
    demo_data: bool = True
    secret_key: str | None = None
    session_idle_minutes: int = Field(default=30, ge=1)
    session_absolute_hours: int = Field(default=12, ge=1)
    upload_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    log_level: str = 'INFO'
    # the address citizens' browsers and client portals use; the OpenID issuer (no trailing slash)
    public_url: str | None = None
    signing_key_days: int = Field(default=30, ge=1)
    # online payment: the sandbox gateway ships with the portal and is on unless turned off
    payment_sandbox: bool = True
    payment_gateway_url: str | None = None  # default: the sandbox inside the portal
    payment_merchant: str = 'DVCQG'
    payment_secret: str | None = None  # default: derived from the portal secret (sandbox only)
    payment_order_minutes: int = Field(default=15, ge=1, le=1440)
    # several instances: shared browser-session storage and change notices through Redis
    # (else change notices through PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL)
    redis_url: str | None = None
    redis_prefix: str = Field(default='dichvucong:', pattern=r'^[A-Za-z0-9_.:-]{1,40}$')
    event_channel: str = Field(default='portal_events', pattern=r'^[a-z_][a-z0-9_]{0,62}$')
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str = 'Cổng Dịch vụ công quốc gia <no-reply@dichvucong.gov.vn>'
    smtp_starttls: bool = True

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f'sqlite:///{(self.data_dir / "portal.db").resolve()}'

    @property
    def issuer(self) -> str:
        return (self.public_url or f'http://{self.host}:{self.port}').rstrip('/')

    @property
    def gateway_url(self) -> str:
        return (self.payment_gateway_url or self.issuer + '/sandbox/gateway').rstrip('/')

    @property
    def merchant_secret(self) -> str:
        if self.payment_secret:
            return self.payment_secret
        import hashlib
        return hashlib.sha256(('payment-sandbox:' + self.secret).encode()).hexdigest()

    @property
    def secret(self) -> str:
        """The signing secret: from the environment, else generated once and stored."""
        if self.secret_key:
            return self.secret_key
        return _stored_secret(self.data_dir.resolve())


@lru_cache
def _stored_secret(data_dir: Path) -> str:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / 'secret_key'
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48))
    return path.read_text().strip()


_settings: Settings | None = None


def get_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings


def reload_settings() -> Settings:
    """Read the environment again (start-up and tests)."""
    global _settings
    _settings = Settings()
    return _settings
