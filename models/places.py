"""Administrative units (provinces and centrally-run cities) as data.

Units carry validity dates and a successor, so a later reorganisation loads as data.
"""
from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel


class AdministrativeUnit(SQLModel, table=True):
    __tablename__ = 'administrative_unit'

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=8, unique=True, index=True)
    name: str = Field(max_length=120)
    name_en: str = Field(max_length=120)
    kind: str = Field(max_length=16)  # city | province
    region: str = Field(max_length=16)  # north | central | south
    valid_from: date
    valid_to: date | None = None
    successor_code: str | None = Field(default=None, max_length=8)


class AdministrativeUnitPublic(SQLModel):
    code: str
    name: str
    name_en: str
    kind: str
    region: str
