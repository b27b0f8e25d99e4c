"""Signed tokens (JWT, RS256) and PKCE, behind one module so every check is made the same way.

python-jose accepts whatever algorithm a token names unless told otherwise, and ignores
`crit`; so here the algorithm is fixed, `crit` is refused, the key comes only from our own
key set by `kid`, and `exp`, `aud` and `iss` are required.
"""
from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Mapping
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwk, jws, jwt
from jose.exceptions import ExpiredSignatureError, JOSEError, JWTClaimsError

ALGORITHM = 'RS256'
_REQUIRED = ('exp', 'iat', 'iss', 'aud', 'sub')


class TokenInvalid(Exception):
    """A token that must not be trusted; `reason` is a stable word for logs and error codes."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode()


def new_signing_key(bits: int = 2048) -> tuple[str, str, dict]:
    """A fresh RSA key: (kid, private key PEM, public JWK)."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = jwk.construct(private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode(), ALGORITHM).to_dict()
    # kid = RFC 7638 thumbprint: stable, and says nothing about when the key was made
    thumbprint = json.dumps({'e': public['e'], 'kty': 'RSA', 'n': public['n']}, separators=(',', ':'))
    kid = _b64url(hashlib.sha256(thumbprint.encode()).digest())[:16]
    public_jwk = {'kty': 'RSA', 'use': 'sig', 'alg': ALGORITHM, 'kid': kid, 'n': public['n'], 'e': public['e']}
    return kid, pem, public_jwk


def _fernet(secret: str) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(('signing-keys:' + secret).encode()).digest()))


def seal(private_pem: str, secret: str) -> str:
    """Private keys are stored encrypted under the portal secret: a copied database signs nothing."""
    return _fernet(secret).encrypt(private_pem.encode()).decode()


def unseal(sealed: str, secret: str) -> str:
    try:
        return _fernet(secret).decrypt(sealed.encode()).decode()
    except InvalidToken as error:
        raise TokenInvalid('signing_key_unreadable') from error


def sign(claims: Mapping[str, Any], *, private_pem: str, kid: str) -> str:
    return jwt.encode(dict(claims), private_pem, algorithm=ALGORITHM, headers={'kid': kid})


def verify(token: str, keys: Mapping[str, dict], *, audience: str, issuer: str,
           leeway: int = 30, allow_expired: bool = False) -> dict:
    """The claims of a token we signed ourselves, or TokenInvalid.

    `allow_expired` is for logout hints only, which OpenID allows to have expired.
    """
    if not isinstance(token, str) or token.count('.') != 2 or len(token) > 8192:
        raise TokenInvalid('malformed')
    try:
        header = jws.get_unverified_header(token)
    except (JOSEError, ValueError, TypeError) as error:
        raise TokenInvalid('malformed') from error
    if header.get('alg') != ALGORITHM:
        raise TokenInvalid('algorithm')
    if 'crit' in header:
        raise TokenInvalid('crit')
    key = keys.get(header.get('kid') or '')
    if key is None:
        raise TokenInvalid('unknown_kid')
    try:
        claims = jwt.decode(token, key, algorithms=[ALGORITHM], audience=audience, issuer=issuer,
                            options={'leeway': leeway, 'verify_exp': not allow_expired, 'verify_at_hash': False,
                                     **{f'require_{c}': True for c in _REQUIRED}})
    except ExpiredSignatureError as error:
        raise TokenInvalid('expired') from error
    except JWTClaimsError as error:
        raise TokenInvalid('claims') from error
    except (JOSEError, ValueError, TypeError) as error:
        raise TokenInvalid('signature') from error
    return claims


def unverified_audience(token: str) -> str:
    """The audience a token claims, to choose what to verify it against (never to trust it)."""
    try:
        aud = jwt.get_unverified_claims(token).get('aud')
    except (JOSEError, ValueError, TypeError, AttributeError) as error:
        raise TokenInvalid('malformed') from error
    return aud if isinstance(aud, str) else (aud or [''])[0]


def pkce_challenge(verifier: str) -> str:
    """The S256 code challenge of a verifier (RFC 7636)."""
    return _b64url(hashlib.sha256(verifier.encode('ascii')).digest())


def pkce_matches(verifier: str | None, challenge: str) -> bool:
    if not verifier or not 43 <= len(verifier) <= 128:
        return False
    allowed = set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~')
    if not set(verifier) <= allowed:
        return False
    return secrets.compare_digest(pkce_challenge(verifier), challenge)


def at_hash(access_token: str) -> str:
    """The ID token's `at_hash`: left half of SHA-256 of the access token (OIDC core 3.1.3.6)."""
    return _b64url(hashlib.sha256(access_token.encode()).digest()[:16])
