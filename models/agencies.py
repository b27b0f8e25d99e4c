"""Agencies (ministries, ministerial-level agencies, provincial People's Committees,
departments) and sectors of the procedure catalogue."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from models.base import UtcDateTime

AGENCY_KINDS = ('ministry', 'ministerial_agency', 'province_committee', 'department')


class Agency(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True, index=True)
    name: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    kind: str = Field(max_length=24, index=True)
    parent_id: int | None = Field(default=None, foreign_key='agency.id')
    province_code: str | None = Field(default=None, max_length=8, foreign_key='administrative_unit.code', index=True)
    address: str | None = Field(default=None, max_length=300)
    active: bool = True


class AgencyPublic(SQLModel):
    code: str
    name: str
    name_en: str
    kind: str
    province_code: str | None


class Sector(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True, index=True)
    name: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    agency_id: int = Field(foreign_key='agency.id', index=True)


class SectorPublic(SQLModel):
    code: str
    name: str
    name_en: str


class ClientApp(SQLModel, table=True):
    """A registered portal or agency system (single sign-on client, records-sync client)."""
    __tablename__ = 'client_app'

    id: int | None = Field(default=None, primary_key=True)
    client_id: str = Field(max_length=64, unique=True, index=True)
    name: str = Field(max_length=200)
    agency_id: int = Field(foreign_key='agency.id', index=True)
    kind: str = Field(max_length=16)  # portal (single sign-on) | system (records sync)
    redirect_uris: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    post_logout_redirect_uris: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    scopes: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    secret_hash: str | None = Field(default=None, max_length=255)
    active: bool = True
    integrated_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class ClientAppCreate(SQLModel):
    """What an administrator fills in to register a portal or system."""
    name: str = ''
    agency_code: str = ''
    kind: str = 'portal'
    redirect_uris: list[str] = []
    post_logout_redirect_uris: list[str] = []
    scopes: list[str] = []
