"""Rollups that dashboards read: kept current by the writes that move them."""
from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class DailyCounter(SQLModel, table=True):
    __tablename__ = 'daily_counter'
    __table_args__ = (UniqueConstraint('metric', 'day', 'dim1', 'dim2', name='uq_daily_counter'),
                      # dashboards read only the index, never the table rows
                      Index('ix_daily_counter_cover', 'metric', 'day', 'dim1', 'dim2', 'value'))

    id: int | None = Field(default=None, primary_key=True)
    metric: str = Field(max_length=48)
    day: date = Field(index=True)
    # dimension keys (agency code, province code, channel ...); '' when not split
    dim1: str = Field(default='', max_length=32)
    dim2: str = Field(default='', max_length=32)
    value: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))


class VisitDay(SQLModel, table=True):
    __tablename__ = 'visit_day'

    day: date = Field(primary_key=True)
    area: str = Field(primary_key=True, max_length=16)  # portal | agency | callcenter | dashboards | api
    visits: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
