"""Dossiers (hồ sơ) with their timeline, attachments, ratings and the applicant's notifications."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from models.base import created_at_field, utc_column

# The national status codes exchanged by one-stop-shop systems; 0 is a draft kept here only.
DRAFT = 0
NEW, ACCEPTED, NOT_ACCEPTED, PROCESSING, MORE_DOCUMENTS, FEE_REQUESTED, WITHDRAWN, STOPPED, PROCESSED, RETURNED = \
    range(1, 11)
STATUSES = range(0, 11)
FINAL_STATUSES = (NOT_ACCEPTED, WITHDRAWN, STOPPED, RETURNED)


class Dossier(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str | None = Field(default=None, max_length=48, unique=True, index=True)
    procedure_id: int = Field(foreign_key='procedure.id', index=True)
    applicant_id: int = Field(foreign_key='account.id', index=True)
    agency_id: int = Field(foreign_key='agency.id', index=True)
    status: int = Field(default=DRAFT, index=True)
    channel: int = 2  # 1 in person, 2 online, 3 post (national codes)
    form_data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    processing_days: int = 0
    fee_vnd: int = 0
    fee_paid: bool = False
    submitted_at: datetime | None = utc_column(default=None)
    accepted_at: datetime | None = utc_column(default=None)
    due_date: date | None = Field(default=None, index=True)
    # working days left when the clock was paused (more documents requested)
    paused_days_left: int | None = None
    finished_at: datetime | None = utc_column(default=None)
    returned_at: datetime | None = utc_column(default=None)
    result_note: str | None = Field(default=None, sa_column=Column(Text))
    version: int = 1
    created_at: datetime = created_at_field()
    updated_at: datetime = created_at_field()


class DossierEvent(SQLModel, table=True):
    __tablename__ = 'dossier_event'

    id: int | None = Field(default=None, primary_key=True)
    dossier_id: int = Field(foreign_key='dossier.id', index=True)
    at: datetime = created_at_field()
    actor_id: int | None = Field(default=None, foreign_key='account.id')
    action: str = Field(max_length=32)
    from_status: int | None = None
    to_status: int
    note: str | None = Field(default=None, sa_column=Column(Text))
    due_before: date | None = None
    due_after: date | None = None


class Attachment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    dossier_id: int = Field(foreign_key='dossier.id', index=True)
    kind: str = Field(max_length=16)  # document | supplement | result
    document_name: str = Field(max_length=400)  # which required document this is
    filename: str = Field(max_length=160)  # the uploader's file name, cleaned, for display only
    stored_name: str = Field(max_length=80, unique=True)  # server-made name under the upload folder
    content_type: str = Field(max_length=48)
    size: int
    sha256: str = Field(max_length=64)
    uploaded_by: int = Field(foreign_key='account.id')
    uploaded_at: datetime = created_at_field()


class Rating(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    dossier_id: int = Field(foreign_key='dossier.id', unique=True)
    agency_id: int = Field(foreign_key='agency.id', index=True)
    account_id: int = Field(foreign_key='account.id')
    score: int
    comment: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = created_at_field()


class Notification(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key='account.id', index=True)
    dossier_id: int | None = Field(default=None, foreign_key='dossier.id')
    kind: str = Field(max_length=48)  # a catalog key: notify.<kind>
    params: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = created_at_field()
    read_at: datetime | None = utc_column(default=None)


class EmailMessage(SQLModel, table=True):
    __tablename__ = 'email_outbox'

    id: int | None = Field(default=None, primary_key=True)
    to_address: str = Field(max_length=254)
    subject: str = Field(max_length=300)
    body: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = created_at_field()
    sent_at: datetime | None = utc_column(default=None, index=True)
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=300)


# ---------------------------------------------------------------- public schemas

class DossierEventPublic(SQLModel):
    at: datetime
    action: str
    status: int
    status_name: str
    note: str | None
    due_date: date | None


class DossierTracking(SQLModel):
    code: str
    procedure_code: str
    procedure_name: str
    agency_name: str
    status: int
    status_name: str
    submitted_at: datetime | None
    due_date: date | None
    finished_at: datetime | None
    returned_at: datetime | None
    applicant_name_masked: str
    timeline: list[DossierEventPublic]
