"""Public holidays as data, so working-day arithmetic never hard-codes a date."""
from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel


class PublicHoliday(SQLModel, table=True):
    __tablename__ = 'public_holiday'

    day: date = Field(primary_key=True)
    name: str = Field(max_length=120)
    name_en: str = Field(max_length=120)
    # fixed (solar date), lunar (from the lunar calendar), or compensatory (a day off decided
    # by the government in a given year, e.g. a Tết bridge day)
    kind: str = Field(max_length=16)
    year: int = Field(index=True)


class PublicHolidayPublic(SQLModel):
    day: date
    name: str
    name_en: str
    kind: str
