"""Registered client portals and agency systems, managed by administrators.

A client's secret is shown once, when it is made, and only its digest is stored.
"""
from __future__ import annotations

import re
import secrets
from urllib.parse import urlsplit

from sqlalchemy import select, update
from sqlmodel import Session

from core.clock import now_utc
from core.errors import NotFound, PermissionDenied, ValidationFailed
from core.security import new_token, token_digest
from core.text import normalize_spaces
from domain.audit import record_event
from domain.oidc import PORTAL_SCOPES, SYSTEM_SCOPES
from domain.permissions import can_manage_accounts
from models.accounts import Account
from models.agencies import Agency, ClientApp, ClientAppCreate
from models.oidc import IssuedToken

KIND_SCOPES = {'portal': PORTAL_SCOPES, 'system': SYSTEM_SCOPES, 'open311': ('feedback:write',)}
_LOCAL_HOSTS = ('127.0.0.1', 'localhost', '[::1]')


def _require_admin(actor: Account | None) -> Account:
    if not can_manage_accounts(actor):
        raise PermissionDenied('admin_only')
    return actor


def _valid_uri(uri: str) -> bool:
    """Absolute https URLs without fragments; plain http only on this machine (development)."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return False
    if parts.fragment or not parts.netloc or len(uri) > 500 or any(c.isspace() for c in uri):
        return False
    return parts.scheme == 'https' or (parts.scheme == 'http' and parts.hostname in ('127.0.0.1', 'localhost', '::1'))


def _uris(raw: list[str], field: str, errors: dict[str, str]) -> list[str]:
    uris = list(dict.fromkeys(u.strip() for u in raw if u and u.strip()))
    if len(uris) > 10 or not all(_valid_uri(u) for u in uris):
        errors[field] = 'redirect_uri_invalid'
    return uris


def register_client(session: Session, *, actor: Account | None, data: ClientAppCreate,
                    ip: str | None = None) -> tuple[ClientApp, str]:
    """Register a portal or system; returns it with its secret (shown once, never stored)."""
    _require_admin(actor)
    errors: dict[str, str] = {}
    name = normalize_spaces(data.name or '')
    if not 3 <= len(name) <= 200:
        errors['name'] = 'client_name_invalid'
    agency = session.execute(select(Agency).where(Agency.code == (data.agency_code or ''))).scalar_one_or_none()
    if agency is None:
        errors['agency_code'] = 'agency_required'
    if data.kind not in KIND_SCOPES:
        errors['kind'] = 'client_kind_invalid'
    redirect_uris = _uris(data.redirect_uris, 'redirect_uris', errors)
    logout_uris = _uris(data.post_logout_redirect_uris, 'post_logout_redirect_uris', errors)
    scopes = list(dict.fromkeys(data.scopes))
    if data.kind in KIND_SCOPES:
        if data.kind == 'portal':
            if not redirect_uris and 'redirect_uris' not in errors:
                errors['redirect_uris'] = 'redirect_uri_required'
            if 'openid' not in scopes:
                scopes.insert(0, 'openid')
        elif redirect_uris or logout_uris:
            errors['redirect_uris'] = 'system_has_no_redirects'
        if not scopes or any(s not in KIND_SCOPES[data.kind] for s in scopes):
            errors['scopes'] = 'scope_invalid'
    if errors:
        raise ValidationFailed('form_invalid', fields=errors)
    slug = re.sub(r'[^a-z0-9]+', '-', agency.code.lower()).strip('-')
    client_id = f'{data.kind}-{slug}-{secrets.token_hex(3)}'
    secret = new_token(32)
    client = ClientApp(client_id=client_id, name=name, agency_id=agency.id, kind=data.kind,
                       redirect_uris=redirect_uris, post_logout_redirect_uris=logout_uris, scopes=scopes,
                       secret_hash=token_digest(secret), active=True, integrated_at=now_utc())
    session.add(client)
    record_event(session, action='client.registered', entity='client_app', entity_id=client_id, actor_id=actor.id,
                 ip=ip, detail={'kind': data.kind, 'agency': agency.code, 'scopes': scopes})
    session.commit()
    return client, secret


def _client(session: Session, client_id: str) -> ClientApp:
    client = session.execute(select(ClientApp).where(ClientApp.client_id == client_id)).scalar_one_or_none()
    if client is None:
        raise NotFound('client_not_found')
    return client


def rotate_client_secret(session: Session, *, actor: Account | None, client_id: str, ip: str | None = None) -> str:
    """A new secret (shown once); the old one stops working at once."""
    _require_admin(actor)
    client = _client(session, client_id)
    secret = new_token(32)
    client.secret_hash = token_digest(secret)
    record_event(session, action='client.secret_rotated', entity='client_app', entity_id=client_id,
                 actor_id=actor.id, ip=ip)
    session.commit()
    return secret


def set_client_active(session: Session, *, actor: Account | None, client_id: str, active: bool,
                      ip: str | None = None) -> ClientApp:
    """Disable or enable a client; disabling also revokes every token it holds."""
    _require_admin(actor)
    client = _client(session, client_id)
    client.active = active
    if not active:
        session.execute(update(IssuedToken).where(IssuedToken.client_id == client_id, IssuedToken.revoked_at.is_(None))
                        .values(revoked_at=now_utc()))
    record_event(session, action='client.enabled' if active else 'client.disabled', entity='client_app',
                 entity_id=client_id, actor_id=actor.id, ip=ip)
    session.commit()
    return client


def list_clients(session: Session, *, actor: Account | None, kind: str | None = None, query: str = '') -> list[dict]:
    _require_admin(actor)
    statement = select(ClientApp, Agency.code, Agency.name).join(Agency, Agency.id == ClientApp.agency_id)
    if kind:
        statement = statement.where(ClientApp.kind == kind)
    rows = session.execute(statement.order_by(ClientApp.kind, Agency.code, ClientApp.client_id)).all()
    needle = query.strip().lower()
    return [{'client': c, 'agency_code': code, 'agency_name': name} for c, code, name in rows
            if not needle or needle in c.client_id.lower() or needle in c.name.lower() or needle in code.lower()]
