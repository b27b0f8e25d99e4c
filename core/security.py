"""Password hashing and policy, opaque session tokens, keyed digests.

Hashing uses the passlib API from the maintained `libpass` distribution with argon2.
Policy follows NIST SP 800-63B: length 8-64, no composition rules, common passwords
refused, never truncated.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from functools import lru_cache

from passlib.context import CryptContext

from core.errors import ValidationFailed
from core.text import fold

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 64

_context = CryptContext(schemes=['argon2'], deprecated='auto')

# Frequent Vietnamese choices that international lists miss.
_VIETNAMESE_COMMON = {
    'matkhau', 'matkhau1', 'matkhau123', 'matkhau@123', 'anhyeuem', 'anhyeuem1', 'emyeuanh',
    'yeuemnhieu', 'vietnam', 'vietnam1', 'vietnam123', 'hanoi123', 'saigon123', 'dichvucong',
    'dichvucong1', 'dichvucong123', 'congdichvucong', 'abc@1234', 'abcd1234', 'a123456789',
    '123456aa', 'qwerty123', '1qaz2wsx', 'zxcvbnm1', 'iloveyou1', 'nguyenvan', 'nguyen123',
}


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS  # a large module: load on first use

    return frozenset(FREQUENCY_LISTS['passwords']) | _VIETNAMESE_COMMON


def check_password_policy(password: str, *, personal: tuple[str, ...] = ()) -> None:
    """Raise ValidationFailed(field='password') with a code the user can act on."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed('password_too_short', field='password', min=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationFailed('password_too_long', field='password', max=MAX_PASSWORD_LENGTH)
    lowered = password.lower()
    if lowered in _common_passwords() or fold(password) in _common_passwords() or len(set(password)) <= 2:
        raise ValidationFailed('password_too_common', field='password')
    for item in personal:
        if item and len(item) >= 6 and item.lower() in lowered:
            raise ValidationFailed('password_contains_personal', field='password')


def hash_password(password: str) -> str:
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationFailed('password_too_long', field='password', max=MAX_PASSWORD_LENGTH)
    return _context.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    if not password_hash or len(password) > MAX_PASSWORD_LENGTH:
        # Spend comparable time so a missing account cannot be told apart by timing.
        _context.dummy_verify()
        return False
    return _context.verify(password, password_hash)


def new_token(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def token_digest(token: str) -> str:
    """Store only digests of bearer tokens, so a leaked table grants nothing."""
    return hashlib.sha256(token.encode()).hexdigest()


def keyed_digest(secret: str, value: str) -> str:
    """A keyed digest of an identifier (e.g. the login name typed) for throttling records."""
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()


def use_fast_hashing() -> None:
    """Lighter argon2 parameters for the test suite; still argon2, still verified."""
    global _context
    _context = CryptContext(schemes=['argon2'], deprecated='auto',
                            argon2__memory_cost=1024, argon2__time_cost=1, argon2__parallelism=1)


def canonical_fields(fields: dict) -> str:
    """The signed string of gateway parameters: sorted keys, empty values and the signature left out."""
    from urllib.parse import quote

    return '&'.join(f'{key}={quote(str(fields[key]), safe="")}' for key in sorted(fields)
                    if key != 'signature' and fields[key] not in (None, ''))


def sign_fields(fields: dict, secret: str) -> str:
    """HMAC-SHA256 of the canonical parameters under the merchant secret (hex)."""
    return hmac.new(secret.encode(), canonical_fields(fields).encode(), hashlib.sha256).hexdigest()


def fields_signed(fields: dict, secret: str) -> bool:
    signature = fields.get('signature')
    return isinstance(signature, str) and hmac.compare_digest(signature.lower().encode(),
                                                              sign_fields(fields, secret).encode())
