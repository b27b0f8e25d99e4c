"""Private logs (issue 9, Decree 13/2023): every log record of the test run, at every level the
portal emits, is written to one file; at the end of the run that file and the log files of the
servers the tests started are searched for the ID numbers, tax codes and phones of every account
the run made, every password typed, every token and secret issued, JWTs and bearer tokens. The
figure is printed and any find fails the run (tests/conftest.py wires `start` and `finish`).
"""
from __future__ import annotations

import logging
import re
import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

LOG_FORMAT = '%(asctime)s %(levelname)s %(name)s: %(message)s'
MIN_SECRET = 8  # passwords are 8 characters at least; shorter strings would match ordinary words

_JWT = re.compile(r'eyJ[\w-]+\.[\w-]+\.[\w-]+')
_BEARER = re.compile(r'(?i)\b(?:bearer|basic)\s+(?!\[redacted\])[\w.~+/=-]{8,}')
_ASSIGNED = re.compile(r'(?i)\b(?:password|passwd|client_secret|api_key|access_token|id_token|refresh_token)'
                       r'["\']?\s*[:=]\s*(?!\[redacted\])["\']?[^\s"\',;&\]]{3,}')
_CCCD = re.compile(r'(?<![\d.])\d{12}(?![\d.])')
_NUMBERS = re.compile(r'(?<![\d.])\d{9,13}(?![\d.])|(?<![\d.])\d{10}-\d{3}(?![\d.])')
_WORDS = re.compile(r'[A-Za-z0-9_-]{16,}')


@dataclass
class Known:
    """What the run handed out or typed, collected as it happened."""
    numbers: set[str] = field(default_factory=set)  # ID numbers, tax codes, phones
    passwords: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)  # session tokens, codes, client secrets


KNOWN = Known()
_state: dict = {}


class _RecordingContext:
    """Stands in for the password-hashing context: remembers each password it is given."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def _keep(self, password) -> None:
        if isinstance(password, str) and len(password) >= MIN_SECRET:
            KNOWN.passwords.add(password)

    def hash(self, password, *args, **kwargs):
        self._keep(password)
        return self._inner.hash(password, *args, **kwargs)

    def verify(self, password, *args, **kwargs):
        self._keep(password)
        return self._inner.verify(password, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def _record_tokens() -> None:
    original = secrets.token_urlsafe

    def token_urlsafe(nbytes=None):
        value = original(nbytes)
        KNOWN.tokens.add(value)
        return value
    secrets.token_urlsafe = token_urlsafe


def _record_passwords() -> None:
    from core import security

    if not isinstance(security._context, _RecordingContext):
        security._context = _RecordingContext(security._context)


def _record_accounts() -> None:
    from sqlalchemy import event

    from models.accounts import Account

    def remember(_mapper, _connection, account) -> None:
        for value in (account.id_number, account.phone):
            if value:
                KNOWN.numbers.add(value)
    event.listen(Account, 'after_insert', remember)
    event.listen(Account, 'after_update', remember)


def _static_secrets() -> None:
    import os

    from domain.demo import DEMO_ACCOUNTS, DEMO_CLIENTS, DEMO_PASSWORD
    from tests.factories import PASSWORD

    KNOWN.passwords |= {DEMO_PASSWORD, PASSWORD}
    KNOWN.tokens |= {client.secret for client in DEMO_CLIENTS}
    KNOWN.tokens.add(os.environ['PORTAL_SECRET_KEY'])
    for account in DEMO_ACCOUNTS:
        KNOWN.numbers |= {value for value in (account.id_number, getattr(account, 'phone', None)) if value}


def start(work: Path) -> Path:
    """Write every record of the run to `work/logs/run.log` (the portal's loggers at DEBUG),
    with the portal's redaction installed as in production; start collecting what must not leak."""
    from core.logs import install_redaction

    install_redaction()
    path = work / 'logs' / 'run.log'
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding='utf-8')
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))  # plain: what the records carry, as they are
    logging.getLogger().addHandler(handler)
    logging.getLogger('portal').setLevel(logging.DEBUG)
    _record_tokens()
    _record_passwords()
    _record_accounts()
    _static_secrets()
    _state.update(handler=handler, path=path, started=time.time())
    return path


def _numbers_in_databases(folders: list[Path]) -> set[str]:
    """ID numbers, tax codes and phones of the accounts in every SQLite database the run left
    (demo data and server copies included, whatever wrote them)."""
    found: set[str] = set()
    for folder in folders:
        for path in folder.rglob('*.db'):
            try:
                with sqlite3.connect(f'file:{path}?mode=ro', uri=True) as connection:
                    for row in connection.execute('SELECT id_number, phone FROM account'):
                        found |= {value for value in row if value}
            except sqlite3.Error:
                continue
    return found


def log_files(folders: list[Path]) -> list[Path]:
    files = [_state['path']] if _state.get('path') else []
    for folder in folders:
        files += [p for p in folder.rglob('*.log') if p.is_file() and p not in files
                  and p.stat().st_mtime >= _state.get('started', 0) - 1]
    return files


def scan(paths: list[Path], known: Known) -> list[tuple[str, int, str]]:
    """(file, line number, what) for every secret found; the secret itself is never repeated."""
    passwords = sorted(known.passwords, key=len, reverse=True)
    leaks = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding='utf-8', errors='replace').splitlines(), start=1):
            kinds = []
            if _CCCD.search(line):
                kinds.append('a 12-digit ID number')
            if any(match.group() in known.numbers for match in _NUMBERS.finditer(line)):
                kinds.append('an account ID number, tax code or phone')
            if any(password in line for password in passwords):
                kinds.append('a password')
            if any(word in known.tokens for word in _WORDS.findall(line)):
                kinds.append('an issued token or secret')
            if _JWT.search(line):
                kinds.append('a JWT')
            if _BEARER.search(line):
                kinds.append('a bearer/basic credential')
            if _ASSIGNED.search(line):
                kinds.append('a password or token value')
            leaks += [(str(path), number, kind) for kind in kinds]
    return leaks


def finish(folders: list[Path]) -> tuple[int, str, list[str]]:
    """Scan the run's logs; returns (leaks, the figure's detail, report lines)."""
    handler = _state.get('handler')
    if handler is not None:
        handler.flush()
    KNOWN.numbers |= _numbers_in_databases(folders)
    paths = log_files(folders)
    leaks = scan(paths, KNOWN)
    lines = sum(len(p.read_text(encoding='utf-8', errors='replace').splitlines()) for p in paths)
    detail = (f'{lines:,} log lines in {len(paths)} files ({_state.get("path")} and server logs), searched for '
              f'{len(KNOWN.numbers):,} ID numbers/tax codes/phones, {len(KNOWN.passwords):,} passwords, '
              f'{len(KNOWN.tokens):,} issued tokens and secrets, JWTs and bearer tokens')
    report = [f'{path}:{number}: {kind}' for path, number, kind in leaks[:50]]
    return len(leaks), detail, report
