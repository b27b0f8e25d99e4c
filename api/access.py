"""Access rules for API routers, declared where each router is mounted (api/__init__.py).

`public` is an explicit rule (open data), so an unguarded router is a visible choice;
`client_token(scope)` admits an agency system holding a live token with that scope.
"""
from __future__ import annotations

from collections.abc import Callable

from fastapi import Depends, Request
from sqlmodel import Session

from api.deps import db_session
from domain.oidc import OAuthError, TokenHolder, verify_access_token


async def public() -> None:  # async: no thread hop for a rule that does nothing
    """Open to anyone: reference and open data only."""


async def client_authenticated() -> None:
    """The handler authenticates the client itself (OAuth token endpoint: RFC 6749 errors)."""


def bearer_token(request: Request) -> str:
    header = request.headers.get('authorization', '')
    if header[:7].lower() != 'bearer ' or not header[7:].strip():
        raise OAuthError('invalid_token', 'a Bearer token is required', status=401, redirectable=False)
    return header[7:].strip()


_rules: dict[str, Callable] = {}


def client_token(scope: str) -> Callable[..., TokenHolder]:
    """One dependency per scope (the same object each time, so FastAPI runs it once per request)."""
    if scope not in _rules:
        def rule(token: str = Depends(bearer_token), session: Session = Depends(db_session)) -> TokenHolder:
            return verify_access_token(session, token, scope=scope)
        rule.__doc__ = f'An agency system token with the {scope} scope.'
        _rules[scope] = rule
    return _rules[scope]
