"""The browser's login state and language.

`app.storage.user` holds only the session token, the account id, the role and the language;
every page and action resolves the account again from the database, so a role change or
an ended session applies at once.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from nicegui import app, context
from sqlmodel import Session

from core.db import session_scope
from core.errors import NotAuthenticated, PermissionDenied, RateLimited
from core.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from domain.accounts import end_session, resolve_session
from models.accounts import Account


@dataclass(frozen=True)
class Viewer:
    """A plain snapshot of the logged-in account for rendering (never an ORM object)."""
    id: int
    role: str
    kind: str
    full_name: str
    agency_id: int | None
    language: str

    @classmethod
    def of(cls, account: Account) -> 'Viewer':
        return cls(id=account.id, role=account.role, kind=account.kind, full_name=account.full_name,
                   agency_id=account.agency_id, language=account.language)


def lang() -> str:
    try:
        value = app.storage.user.get('lang', DEFAULT_LANGUAGE)
    except RuntimeError:  # outside a page context (background work)
        return DEFAULT_LANGUAGE
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def _(key: str, **params) -> str:
    """Translate a catalog key into the current user's language."""
    return t(key, lang(), **params)


def client_ip() -> str | None:
    try:
        request = context.client.request
    except (RuntimeError, AttributeError):
        return None
    return request.client.host if request is not None and request.client else None


@dataclass(frozen=True)
class Caller:
    """Who is acting, captured in the UI context so worker threads can use it."""
    token: str | None
    ip: str | None

    @classmethod
    def here(cls) -> 'Caller':
        return cls(token=app.storage.user.get('token'), ip=client_ip())

    def actor(self, session: Session) -> Account | None:
        """The logged-in account, attached to `session` (for a domain call in that session)."""
        return resolve_session(session, self.token)


def current_viewer() -> Viewer | None:
    caller = Caller.here()
    with session_scope() as session:
        account = caller.actor(session)
        if account is None and caller.token:
            forget_login()
        return Viewer.of(account) if account else None


def remember_login(account: Account, token: str) -> None:
    app.storage.user.update(token=token, account_id=account.id, role=account.role, lang=account.language)


def forget_login() -> None:
    for key in ('token', 'account_id', 'role'):
        app.storage.user.pop(key, None)


def log_out() -> None:
    with session_scope() as session:
        end_session(session, app.storage.user.get('token'), ip=client_ip())
    forget_login()


def perform(caller: Caller, action, **kwargs):
    """Run one domain action as the caller, in a short session of its own (call via run.io_bound).
    A refusal (not allowed, not logged in, too fast) is logged, without personal data."""
    import inspect

    with session_scope() as session:
        if 'ip' in inspect.signature(action).parameters:
            kwargs['ip'] = caller.ip
        actor = caller.actor(session)
        try:
            return action(session, actor=actor, **kwargs)
        except (PermissionDenied, NotAuthenticated, RateLimited) as error:
            logging.getLogger('portal.access').warning(
                'action %s refused (%s %s): account %s from %s', getattr(action, '__name__', 'action'),
                error.status, error.code, actor.id if actor else '-', caller.ip or '-')
            raise
