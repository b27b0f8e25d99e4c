"""Column helpers shared by the table modules."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field

from core.clock import now_utc


class UtcDateTime(TypeDecorator):
    """Stores UTC whatever zone the value carries, and gives back aware UTC values.

    SQLite keeps no zone: without this an aware local time would be stored as if it were UTC.
    """
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError('naive datetimes are refused: use timezone-aware UTC')
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == 'sqlite' else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def utc_column(**kwargs):
    """A timezone-aware UTC timestamp column (SQLModel refuses naive datetimes)."""
    return Field(sa_type=UtcDateTime, **kwargs)


def created_at_field():
    return Field(default_factory=now_utc, sa_type=UtcDateTime, nullable=False)


__all__ = ['UtcDateTime', 'utc_column', 'created_at_field', 'datetime']
