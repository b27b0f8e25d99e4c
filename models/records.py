"""Handling records synchronised from agencies' one-stop-shop systems, and the batches that
carried them. A record is identified by (agency, record code)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.base import created_at_field, utc_column

RECORD_CHANNELS = (1, 2, 3)  # 1 in person, 2 online, 3 post (national codes)


class HandlingRecord(SQLModel, table=True):
    __tablename__ = 'handling_record'
    __table_args__ = (UniqueConstraint('agency_id', 'record_code', name='uq_handling_record'),)

    id: int | None = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key='agency.id')  # uq_handling_record leads with it: no index of its own
    record_code: str = Field(max_length=64)
    procedure_code: str | None = Field(default=None, max_length=32)
    applicant_name: str | None = Field(default=None, max_length=200)
    applicant_id_number: str | None = Field(default=None, max_length=16, index=True)
    channel: int = 1
    received_at: datetime = utc_column(index=True)
    appointment_at: datetime | None = utc_column(default=None)
    status: int = 1
    finished_at: datetime | None = utc_column(default=None)
    returned_at: datetime | None = utc_column(default=None)
    handling_unit: str | None = Field(default=None, max_length=200)
    # the sender's time of this version: an older update never overwrites a newer one
    source_updated_at: datetime | None = utc_column(default=None)
    batch_id: int | None = Field(default=None, foreign_key='sync_batch.id')
    synced_at: datetime = created_at_field()


class SyncBatch(SQLModel, table=True):
    __tablename__ = 'sync_batch'
    __table_args__ = (UniqueConstraint('client_id', 'idempotency_key', name='uq_sync_batch_key'),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: str = Field(max_length=64)
    agency_id: int = Field(foreign_key='agency.id', index=True)
    idempotency_key: str = Field(max_length=128)
    request_hash: str = Field(max_length=64)
    received: int = 0
    accepted: int = 0
    rejected: int = 0
    result: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = created_at_field()


class RecordPublic(SQLModel):
    """A handling record as its agency reads it back."""
    record_code: str
    procedure_code: str | None
    applicant_name: str | None
    applicant_id_number: str | None
    channel: int
    received_at: datetime
    appointment_at: datetime | None
    status: int
    finished_at: datetime | None
    returned_at: datetime | None
    handling_unit: str | None
    source_updated_at: datetime | None
    synced_at: datetime
    id: int


class RecordPage(SQLModel):
    records: list[RecordPublic]
    next_after_id: int | None
