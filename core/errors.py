"""Typed errors raised by domain functions.

Each carries a stable machine `code` (API clients rely on it) and parameters; pages and the
API translate the code through the i18n catalog, so the message reads in the user's language.
"""
from __future__ import annotations

from typing import Any


class DomainError(Exception):
    status = 400
    code = 'error'

    def __init__(self, code: str | None = None, /, *, field: str | None = None,
                 fields: dict[str, str] | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.field = field
        # field name -> error code, for forms that show several errors at once
        self.fields = fields or ({field: self.code} if field else {})
        self.params = params
        super().__init__(self.code)


class ValidationFailed(DomainError):
    status = 422
    code = 'validation_failed'


class TooLarge(DomainError):
    status = 413
    code = 'payload_too_large'


class NotFound(DomainError):
    status = 404
    code = 'not_found'


class PermissionDenied(DomainError):
    status = 403
    code = 'permission_denied'


class NotAuthenticated(DomainError):
    status = 401
    code = 'not_authenticated'


class InvalidTransition(DomainError):
    status = 409
    code = 'invalid_transition'


class Conflict(DomainError):
    status = 409
    code = 'conflict'


class RateLimited(DomainError):
    status = 429
    code = 'rate_limited'

    def __init__(self, code: str | None = None, /, *, retry_after: int, **params: Any) -> None:
        self.retry_after = max(1, int(retry_after))
        super().__init__(code, retry_after=self.retry_after, **params)
