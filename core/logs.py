"""Logging that never writes ID numbers, phone numbers, passwords or tokens."""
from __future__ import annotations

import logging
import re

_PATTERNS = (
    (re.compile(r'(?<!\d)\d{12}(?!\d)'), '[id]'),  # citizen ID numbers
    (re.compile(r'(?<!\d)0\d{9}(?!\d)'), '[phone]'),  # phone numbers and 10-digit tax codes
    (re.compile(r'(?i)(password|passwd|secret|token|authorization)(["\']?\s*[:=]\s*)("[^"]*"|\'[^\']*\'|\S+)'),
     r'\1\2[redacted]'),
    (re.compile(r'eyJ[\w-]+\.[\w-]+\.[\w-]+'), '[jwt]'),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class PortalHandler(logging.StreamHandler):
    """The portal's console handler: every record passes the redacting filter."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter('%(asctime)s %(levelname)s %(name)s: %(message)s'))
        self.addFilter(RedactingFilter())


def configure_logging(level: str = 'INFO') -> None:
    root = logging.getLogger()
    if not any(isinstance(handler, PortalHandler) for handler in root.handlers):
        root.addHandler(PortalHandler())
    root.setLevel(level.upper())
