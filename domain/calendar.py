"""Vietnamese public holidays (as data) and working-day arithmetic.

Holiday rows are generated per year from the Labour Code's rules (solar and lunar dates,
with a compensatory day when a holiday falls on a weekend) and loaded into the
`public_holiday` table; the government's yearly bridge days load there as data too.
"""
from __future__ import annotations

from datetime import date, timedelta

import json
from functools import lru_cache
from pathlib import Path

from lunardate import LunarDate
from sqlalchemy import select
from sqlmodel import Session

from models.calendar import PublicHoliday


def _lunar(year: int, month: int, day: int) -> date:
    return LunarDate(year, month, day).to_solar_date()


@lru_cache(maxsize=1)
def _tet_breaks() -> dict[int, tuple[date, date]]:
    raw = json.loads((Path(__file__).parent / 'data' / 'tet_breaks.json').read_text(encoding='utf-8'))
    return {int(year): (date.fromisoformat(span[0]), date.fromisoformat(span[1]))
            for year, span in raw.items() if not year.startswith('_')}


def _tet_days(year: int) -> list[tuple[date, str, str, str]]:
    tet = _lunar(year, 1, 1)
    statutory = [(tet - timedelta(days=1), 'Tết Nguyên đán (cuối năm âm lịch)', 'Lunar New Year (last day of the year)')]
    statutory += [(tet + timedelta(days=i), f'Tết Nguyên đán (mùng {i + 1})', f'Lunar New Year (day {i + 1})')
                  for i in range(4)]
    days = [(d, n, e, 'lunar') for d, n, e in statutory]
    if year in _tet_breaks():
        # The announced break replaces statutory compensation: add its other weekdays.
        first, last = _tet_breaks()[year]
        taken = {d for d, *_ in days}
        current = first
        while current <= last:
            if current not in taken and current.weekday() < 5:
                days.append((current, 'Nghỉ Tết Nguyên đán (theo thông báo của Chính phủ)',
                             'Lunar New Year break (government announcement)', 'compensatory'))
            current += timedelta(days=1)
    return days


def holidays_for_year(year: int) -> list[PublicHoliday]:
    """The statutory days off of one solar year (Labour Code 2019, art. 112)."""
    days: list[tuple[date, str, str, str]] = [(date(year, 1, 1), 'Tết Dương lịch', "New Year's Day", 'fixed')]
    days += _tet_days(year)
    days += [
        (_lunar(year, 3, 10), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings Commemoration Day', 'lunar'),
        (date(year, 4, 30), 'Ngày Chiến thắng', 'Reunification Day', 'fixed'),
        (date(year, 5, 1), 'Ngày Quốc tế Lao động', 'International Workers\' Day', 'fixed'),
        (date(year, 9, 2), 'Quốc khánh', 'National Day', 'fixed'),
    ]
    if year >= 2021:  # the 2019 Labour Code added a second National Day holiday
        days.append((date(year, 9, 1), 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', 'fixed'))
    taken = {d for d, *_ in days}
    rows = [PublicHoliday(day=d, name=n, name_en=e, kind=k, year=year) for d, n, e, k in days]
    # A holiday on a weekend gives a compensatory day on the next working day.
    announced_tet = year in _tet_breaks()
    for d, name, name_en, kind in sorted(days):
        if kind != 'fixed' and announced_tet:
            continue
        if d.weekday() >= 5:
            substitute = d + timedelta(days=1)
            while substitute.weekday() >= 5 or substitute in taken:
                substitute += timedelta(days=1)
            taken.add(substitute)
            rows.append(PublicHoliday(day=substitute, name=f'Nghỉ bù {name}', name_en=f'In lieu of {name_en}',
                                      kind='compensatory', year=substitute.year))
    return sorted(rows, key=lambda row: row.day)


def holiday_set(session: Session, start: date, end: date) -> set[date]:
    rows = session.execute(select(PublicHoliday.day).where(PublicHoliday.day >= start, PublicHoliday.day <= end))
    return {row[0] for row in rows}


def is_working_day(day: date, holidays: set[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(session: Session, start: date, days: int) -> date:
    """The date `days` working days after `start` (weekends and holidays skipped)."""
    if days < 0:
        raise ValueError('days must not be negative')
    # Generous window: even Tết never removes more than ~10 working days in a month.
    holidays = holiday_set(session, start, start + timedelta(days=days * 2 + 40))
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current, holidays):
            remaining -= 1
    return current


def working_days_between(session: Session, start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative if end is earlier)."""
    if end < start:
        return -working_days_between(session, end, start)
    holidays = holiday_set(session, start, end)
    count, current = 0, start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current, holidays):
            count += 1
    return count
