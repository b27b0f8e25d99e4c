"""The append-only audit trail: who did what to which record, when, from where.

Database triggers (see the migration) refuse UPDATE and DELETE on this table.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from models.base import created_at_field


class AuditEvent(SQLModel, table=True):
    __tablename__ = 'audit_event'

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = created_at_field()
    actor_id: int | None = Field(default=None, foreign_key='account.id', index=True)
    action: str = Field(max_length=64, index=True)
    entity: str = Field(max_length=32)
    entity_id: str | None = Field(default=None, max_length=64)
    ip: str | None = Field(default=None, max_length=64)
    # never ID numbers, passwords or tokens
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
