"""Masking of personal data (Decree 13/2023): show only what the viewer needs."""
from __future__ import annotations


def mask_id_number(value: str | None) -> str:
    """'001234567889' -> '0012******89'."""
    if not value:
        return ''
    if len(value) <= 6:
        return '*' * len(value)
    return value[:4] + '*' * (len(value) - 6) + value[-2:]


def mask_phone(value: str | None) -> str:
    """'0912345678' -> '091****678'."""
    if not value:
        return ''
    if len(value) <= 6:
        return '*' * len(value)
    return value[:3] + '*' * (len(value) - 6) + value[-3:]


def mask_email(value: str | None) -> str:
    if not value or '@' not in value:
        return value or ''
    local, _, domain = value.partition('@')
    return (local[:1] + '***@' + domain) if local else value
