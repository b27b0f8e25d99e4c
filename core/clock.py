"""Time and money as people in Vietnam read them: stored in UTC, shown in Asia/Ho_Chi_Minh."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo('Asia/Ho_Chi_Minh')


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(value: datetime) -> datetime:
    """Databases without time zones hand back naive UTC values; make them aware."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def to_local(value: datetime) -> datetime:
    return as_utc(value).astimezone(VN_TZ)


def today_local() -> date:
    return now_utc().astimezone(VN_TZ).date()


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ''
    if isinstance(value, datetime):
        value = to_local(value).date()
    return value.strftime('%d/%m/%Y')


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ''
    return to_local(value).strftime('%H:%M %d/%m/%Y')


def format_money(amount: int | None) -> str:
    """1250000 -> '1.250.000 ₫' (Vietnamese groups thousands with dots)."""
    if amount is None:
        return ''
    sign = '-' if amount < 0 else ''
    return f'{sign}{abs(int(amount)):,} ₫'.replace(',', '.')


def format_number(value: int | float) -> str:
    if isinstance(value, float) and not value.is_integer():
        whole, _, frac = f'{value:,.1f}'.partition('.')
        return f'{whole.replace(",", ".")},{frac}'
    return f'{int(value):,}'.replace(',', '.')


def parse_day(text: str) -> date:
    """dd/mm/yyyy as people type it, or ISO yyyy-mm-dd from links; ValueError otherwise."""
    text = text.strip()
    if '/' in text:
        day, month, year = (int(part) for part in text.split('/'))
        return date(year, month, day)
    return date.fromisoformat(text)
