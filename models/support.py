"""The call centre: calls, tickets with their timeline, knowledge base and canned replies."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from models.base import created_at_field, utc_column

CALL_DIRECTIONS = ('inbound', 'outbound')
CALL_CHANNELS = ('phone', 'email', 'chat')
CATEGORIES = ('account', 'dossier', 'payment', 'procedure', 'technical', 'complaint', 'other')
CALL_OUTCOMES = ('resolved', 'ticket', 'transferred', 'callback', 'dropped')
PRIORITIES = ('low', 'normal', 'high', 'urgent')
TICKET_STATUSES = ('new', 'open', 'pending_citizen', 'pending_agency', 'resolved', 'closed')
QUEUES = ('general', 'account', 'dossier', 'payment', 'technical', 'complaint')


class Call(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    agent_id: int = Field(foreign_key='account.id', index=True)
    direction: str = Field(default='inbound', max_length=16)
    channel: str = Field(default='phone', max_length=16)
    caller_phone: str | None = Field(default=None, max_length=16, index=True)
    caller_name: str | None = Field(default=None, max_length=120)
    caller_id_number: str | None = Field(default=None, max_length=16, index=True)
    account_id: int | None = Field(default=None, foreign_key='account.id', index=True)
    category: str | None = Field(default=None, max_length=16, index=True)
    notes: str | None = Field(default=None, sa_column=Column(Text))
    outcome: str | None = Field(default=None, max_length=16)
    started_at: datetime = created_at_field()
    ended_at: datetime | None = utc_column(default=None, index=True)
    duration_seconds: int | None = None
    ticket_id: int | None = Field(default=None, foreign_key='ticket.id')


class Ticket(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=24, unique=True, index=True)
    subject: str = Field(max_length=200)
    description: str = Field(sa_column=Column(Text, nullable=False))
    category: str = Field(max_length=16, index=True)
    priority: str = Field(default='normal', max_length=8)
    status: str = Field(default='new', max_length=16, index=True)
    queue: str = Field(default='general', max_length=16, index=True)
    source: str = Field(default='phone', max_length=16)  # phone | email | chat | portal
    assignee_id: int | None = Field(default=None, foreign_key='account.id', index=True)
    requester_account_id: int | None = Field(default=None, foreign_key='account.id', index=True)
    requester_name: str | None = Field(default=None, max_length=120)
    requester_phone: str | None = Field(default=None, max_length=16)
    call_id: int | None = Field(default=None)
    dossier_id: int | None = Field(default=None, foreign_key='dossier.id')
    payment_ref: str | None = Field(default=None, max_length=48)
    escalated_agency_id: int | None = Field(default=None, foreign_key='agency.id', index=True)
    merged_into_id: int | None = Field(default=None, foreign_key='ticket.id')
    sla_due_at: datetime = utc_column(index=True)
    first_response_at: datetime | None = utc_column(default=None)
    resolved_at: datetime | None = utc_column(default=None)
    closed_at: datetime | None = utc_column(default=None)
    csat: int | None = None
    csat_comment: str | None = Field(default=None, sa_column=Column(Text))
    version: int = 1
    created_at: datetime = created_at_field()
    updated_at: datetime = created_at_field()


class TicketEvent(SQLModel, table=True):
    __tablename__ = 'ticket_event'

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key='ticket.id', index=True)
    at: datetime = created_at_field()
    actor_id: int | None = Field(default=None, foreign_key='account.id')
    kind: str = Field(max_length=24)  # created | status | reply | note | assign | escalate | agency_answer | merge | rating
    public: bool = False  # replies the citizen sees; internal notes are never shown to them
    body: str | None = Field(default=None, sa_column=Column(Text))
    from_status: str | None = Field(default=None, max_length=16)
    to_status: str | None = Field(default=None, max_length=16)
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class KbArticle(SQLModel, table=True):
    __tablename__ = 'kb_article'

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=300)
    body: str = Field(sa_column=Column(Text, nullable=False))
    category: str = Field(max_length=16)
    keywords: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    procedure_code: str | None = Field(default=None, max_length=32)
    search_name: str = Field(sa_column=Column(Text, nullable=False))
    search_text: str = Field(sa_column=Column(Text, nullable=False))
    active: bool = True
    updated_at: datetime = created_at_field()


class Macro(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=120)
    body: str = Field(sa_column=Column(Text, nullable=False))
    category: str | None = Field(default=None, max_length=16)


class CallLog(SQLModel):
    """What an agent records when a call ends."""
    caller_phone: str | None = None
    caller_name: str | None = None
    caller_id_number: str | None = None
    direction: str = 'inbound'
    channel: str = 'phone'
    category: str = 'other'
    notes: str = ''
    outcome: str = 'resolved'


class TicketCreate(SQLModel):
    subject: str
    description: str
    category: str = 'other'
    priority: str = 'normal'
    queue: str | None = None
    assignee_id: int | None = None
    requester_account_id: int | None = None
    requester_name: str | None = None
    requester_phone: str | None = None
    call_id: int | None = None
    dossier_code: str | None = None
    payment_ref: str | None = None
