"""Logging that never writes ID numbers, phone numbers, passwords or tokens.

Redaction happens when a record is made (a log record factory), so every handler sees the clean
record: the portal's console, uvicorn's, a test's capture. A record's text, its arguments and its
traceback are all cleaned; the portal's formatter cleans the final line once more.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Mapping

_SECRET_WORDS = r'password|passwd|passphrase|secret|token|authorization|api[_-]?key|cookie|session[_-]?id'
_PATTERNS = (
    (re.compile(r'eyJ[\w-]+\.[\w-]+\.[\w-]*'), '[jwt]'),
    (re.compile(r'(?i)\b(bearer|basic)(\s+)[\w.~+/=-]{4,}'), r'\1\2[redacted]'),
    (re.compile(rf'(?i)(?<![/.])({_SECRET_WORDS})(["\']?\s*[:=]\s*)(?!\[)("[^"]*"|\'[^\']*\'|[^\s,;&]+)'), r'\1\2[redacted]'),
    # values in URLs and forms that are credentials or personal numbers whatever they look like
    (re.compile(r'(?i)([?&](?:code|state|nonce|code_verifier|id_token_hint|client_secret|access_token|id_token|'
                r'refresh_token|api_key|id_number|so_giay_to|password)=)[^&\s"\']+'), r'\1[redacted]'),
    (re.compile(r'(?<![\d.])\d{10}-\d{3}(?![\d.])'), '[id]'),  # tax codes of branches (0101234567-001)
    (re.compile(r'(?<![\d.])\d{12}(?![\d.])'), '[id]'),  # citizen ID numbers (CCCD)
    (re.compile(r'(?<![\d.])0\d{9}(?![\d.])'), '[phone]'),  # phone numbers and tax codes starting with 0
    (re.compile(r'(?<![\d.])\d{10}(?![\d.])'), '[id]'),  # tax codes
    (re.compile(r'(?<![\d.])\d{9}(?![\d.])'), '[id]'),  # old 9-digit identity cards (CMND)
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def _clean(value):
    return redact(value) if isinstance(value, str) else value


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Clean a record in place: its arguments (kept as arguments, so formatters that read them still
    work), then the final text, and its traceback. The template itself is only replaced as a whole
    (cleaning it alone could eat its placeholders)."""
    if isinstance(record.args, tuple):
        record.args = tuple(_clean(arg) for arg in record.args)
    elif isinstance(record.args, Mapping):
        record.args = {key: _clean(value) for key, value in record.args.items()}
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: logging reports it later, with the message and arguments cleaned
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return record
    cleaned = redact(message)
    if cleaned != message:  # numbers passed as ints, or a secret made of template and argument
        record.msg, record.args = cleaned, None
    if record.exc_info and not record.exc_text:
        # tracebacks carry SQL parameters and request values: format and clean them now
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


_base_factory = None


def install_redaction() -> None:
    """Clean every log record when it is made, whoever logs it and whichever handler writes it."""
    global _base_factory
    if _base_factory is not None:
        return
    _base_factory = logging.getLogRecordFactory()

    def factory(*args, **kwargs) -> logging.LogRecord:
        return redact_record(_base_factory(*args, **kwargs))
    logging.setLogRecordFactory(factory)


class PortalHandler(logging.StreamHandler):
    """The portal's console handler: every record passes the redacting filter."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(RedactingFormatter('%(asctime)s %(levelname)s %(name)s: %(message)s'))
        self.addFilter(RedactingFilter())


def configure_logging(level: str = 'INFO') -> None:
    install_redaction()
    root = logging.getLogger()
    if not any(isinstance(handler, PortalHandler) for handler in root.handlers):
        root.addHandler(PortalHandler())
    root.setLevel(level.upper())
