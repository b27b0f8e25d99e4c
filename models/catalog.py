"""The national procedure database: procedures with their channels, documents, form fields,
FAQs and life events, as the national database publishes them."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.base import created_at_field

IMPLEMENTING_LEVELS = ('central', 'province', 'district', 'commune')
CHANNEL_KINDS = ('direct', 'online', 'post')
FIELD_TYPES = ('text', 'textarea', 'date', 'number', 'select', 'email', 'phone')
PREFILL_SOURCES = ('full_name', 'id_number', 'phone', 'email', 'address')


class LifeEvent(SQLModel, table=True):
    __tablename__ = 'life_event'

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True, index=True)
    name: str = Field(max_length=120)
    name_en: str = Field(max_length=120)
    icon: str = Field(default='event', max_length=40)


class Procedure(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True, index=True)
    decision: str = Field(max_length=300)
    name: str = Field(max_length=400)
    name_en: str = Field(max_length=400)
    implementing_level: str = Field(max_length=16, index=True)
    sector_id: int = Field(foreign_key='sector.id', index=True)
    agency_id: int = Field(foreign_key='agency.id', index=True)  # the managing ministry
    service_level: int = Field(index=True)
    launch_service: bool = False
    # provided online through the national portal (counted by the dashboards' "services online")
    portal_integrated: bool = Field(default=False, index=True)
    applicants: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    steps: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    implementing_agency: str = Field(max_length=300)
    competent_agency: str = Field(max_length=300)
    receiving_address: str = Field(sa_column=Column(Text, nullable=False))
    result: str = Field(sa_column=Column(Text, nullable=False))
    legal_basis: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    conditions: str = Field(sa_column=Column(Text, nullable=False))
    keywords: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # lower-case, diacritics stripped, đ -> d, abbreviations spelled out: what search matches
    search_name: str = Field(sa_column=Column(Text, nullable=False))
    search_text: str = Field(sa_column=Column(Text, nullable=False))
    active: bool = True
    created_at: datetime = created_at_field()


class ProcedureChannel(SQLModel, table=True):
    __tablename__ = 'procedure_channel'

    id: int | None = Field(default=None, primary_key=True)
    procedure_id: int = Field(foreign_key='procedure.id', index=True)
    kind: str = Field(max_length=16)
    processing_days: int  # working days
    fee_vnd: int = 0
    fee_description: str = Field(max_length=400)
    description: str = Field(sa_column=Column(Text, nullable=False))


class ProcedureDocument(SQLModel, table=True):
    __tablename__ = 'procedure_document'

    id: int | None = Field(default=None, primary_key=True)
    procedure_id: int = Field(foreign_key='procedure.id', index=True)
    position: int
    name: str = Field(max_length=400)
    template: str | None = Field(default=None, max_length=200)
    originals: int = 1
    copies: int = 0
    # False for a document the applicant supplies only when it applies ("(nếu có)", "if any")
    required: bool = True


class ProcedureField(SQLModel, table=True):
    __tablename__ = 'procedure_field'
    __table_args__ = (UniqueConstraint('procedure_id', 'name', name='uq_procedure_field_name'),)

    id: int | None = Field(default=None, primary_key=True)
    procedure_id: int = Field(foreign_key='procedure.id', index=True)
    position: int
    name: str = Field(max_length=64)
    label: str = Field(max_length=200)
    label_en: str = Field(max_length=200)
    type: str = Field(max_length=16)
    required: bool = True
    options: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    prefill: str | None = Field(default=None, max_length=16)


class ProcedureLifeEvent(SQLModel, table=True):
    __tablename__ = 'procedure_life_event'

    procedure_id: int = Field(foreign_key='procedure.id', primary_key=True)
    life_event_id: int = Field(foreign_key='life_event.id', primary_key=True, index=True)


class Faq(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    procedure_id: int | None = Field(default=None, foreign_key='procedure.id', index=True)
    position: int = 0
    question: str = Field(sa_column=Column(Text, nullable=False))
    answer: str = Field(sa_column=Column(Text, nullable=False))


# ---------------------------------------------------------------- public schemas (API)

class ChannelPublic(SQLModel):
    kind: str
    processing_days: int
    fee_vnd: int
    fee_description: str
    description: str


class DocumentPublic(SQLModel):
    name: str
    template: str | None
    template_url: str | None = None
    originals: int
    copies: int
    required: bool = True


class FieldPublic(SQLModel):
    name: str
    label: str
    label_en: str
    type: str
    required: bool
    options: list[str]
    prefill: str | None


class FaqPublic(SQLModel):
    question: str
    answer: str


class ProcedureSummary(SQLModel):
    code: str
    name: str
    name_en: str
    service_level: int
    implementing_level: str
    sector_code: str
    sector_name: str
    agency_code: str
    processing_days: int | None
    fee_vnd: int | None
    highlighted_name: str | None = None
    score: float | None = None


class ProcedurePublic(SQLModel):
    code: str
    decision: str
    name: str
    name_en: str
    implementing_level: str
    sector_code: str
    sector_name: str
    agency_code: str
    agency_name: str
    service_level: int
    launch_service: bool
    applicants: list[str]
    steps: list[str]
    channels: list[ChannelPublic]
    documents: list[DocumentPublic]
    implementing_agency: str
    competent_agency: str
    receiving_address: str
    result: str
    legal_basis: list[str]
    conditions: str
    keywords: list[str]
    life_events: list[str]
    fields: list[FieldPublic]
    faqs: list[FaqPublic]


class SearchPage(SQLModel):
    total: int
    page: int
    page_size: int
    items: list[ProcedureSummary]
