"""Working days skip weekends and the holidays in the holiday table (Tết included)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from domain.calendar import add_working_days, holidays_for_year, working_days_between
from models.calendar import PublicHoliday


def test_holiday_table_has_tet_and_national_days(session):
    days = {row.day: row for row in session.execute(select(PublicHoliday).where(PublicHoliday.year == 2020)).scalars()}
    assert date(2020, 1, 25) in days and 'Tết Nguyên đán' in days[date(2020, 1, 25)].name  # mùng 1 Tết Canh Tý
    assert date(2020, 4, 2) in days  # Giỗ Tổ Hùng Vương, 10/3 âm lịch
    for fixed in (date(2020, 1, 1), date(2020, 4, 30), date(2020, 5, 1), date(2020, 9, 2)):
        assert fixed in days




def test_friday_plus_one_working_day_is_monday(session):
    assert add_working_days(session, date(2019, 12, 13), 1) == date(2019, 12, 16)


def test_tet_2020_break_is_skipped(session):
    # Wednesday 22 January 2020 + 1 working day: the break runs 23-29 January
    assert add_working_days(session, date(2020, 1, 22), 1) == date(2020, 1, 30)
    assert working_days_between(session, date(2020, 1, 22), date(2020, 1, 30)) == 1


def test_reunification_and_labour_days_are_skipped(session):
    # Wednesday 29 April 2020: 30/4 and 1/5 are holidays, then the weekend
    assert add_working_days(session, date(2020, 4, 29), 1) == date(2020, 5, 4)


def test_a_holiday_on_a_weekend_gives_a_compensatory_day():
    rows = {row.day: row for row in holidays_for_year(2027)}
    assert date(2027, 5, 1).weekday() == 5  # Saturday
    assert rows[date(2027, 5, 3)].kind == 'compensatory'


def test_national_day_has_two_days_since_2021():
    assert date(2021, 9, 1) in {row.day for row in holidays_for_year(2021)}
    assert date(2020, 9, 1) not in {row.day for row in holidays_for_year(2020)}


def test_fifteen_working_days_across_tet_2021(session):
    # Monday 1 February 2021 + 15 working days; the Tết break 10-16 February removes 5 weekdays
    assert add_working_days(session, date(2021, 2, 1), 15) == date(2021, 3, 1)
