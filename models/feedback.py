"""Citizens' feedback (phản ánh, kiến nghị) on procedures, regulations, dossiers and conduct,
routed to the responsible agency, answered, rated and, with the sender's consent, published."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from models.base import created_at_field, utc_column

FEEDBACK_TOPICS = ('procedure', 'regulation', 'dossier', 'conduct')
FEEDBACK_CATEGORIES = ('complex_procedure', 'fees', 'delay', 'attitude', 'regulation_content', 'online_service',
                       'other')
FEEDBACK_CHANNELS = ('web', 'phone', 'email')
# received -> answered -> closed (rated, or closed by time); any open one may be re-routed
FEEDBACK_STATUSES = ('received', 'answered', 'closed')


class Feedback(SQLModel, table=True):
    __tablename__ = 'feedback'

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=24, unique=True)
    topic: str = Field(max_length=16, index=True)
    category: str = Field(max_length=24, index=True)
    title: str = Field(max_length=200)
    content: str = Field(sa_column=Column(Text, nullable=False))
    province_code: str | None = Field(default=None, max_length=8, foreign_key='administrative_unit.code')
    procedure_id: int | None = Field(default=None, foreign_key='procedure.id', index=True)
    dossier_id: int | None = Field(default=None, foreign_key='dossier.id', index=True)
    agency_id: int = Field(foreign_key='agency.id', index=True)
    sender_id: int | None = Field(default=None, foreign_key='account.id', index=True)
    sender_name: str = Field(max_length=120)
    sender_phone: str | None = Field(default=None, max_length=16)
    sender_email: str | None = Field(default=None, max_length=254)
    channel: str = Field(default='web', max_length=8)
    ticket_id: int | None = Field(default=None, foreign_key='ticket.id', index=True)
    publish_consent: bool = False
    status: str = Field(default='received', max_length=12, index=True)
    due_date: date
    answered_at: datetime | None = utc_column(default=None)
    rating: int | None = None
    published: bool = Field(default=False, index=True)
    created_at: datetime = created_at_field()
    updated_at: datetime = created_at_field()
    version: int = 1


class FeedbackAnswer(SQLModel, table=True):
    __tablename__ = 'feedback_answer'

    id: int | None = Field(default=None, primary_key=True)
    feedback_id: int = Field(foreign_key='feedback.id', index=True)
    agency_id: int = Field(foreign_key='agency.id')
    officer_id: int = Field(foreign_key='account.id')
    content: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = created_at_field()


class FeedbackEvent(SQLModel, table=True):
    """The feedback's history: received, routed, re-routed, answered, rated, published."""
    __tablename__ = 'feedback_event'

    id: int | None = Field(default=None, primary_key=True)
    feedback_id: int = Field(foreign_key='feedback.id', index=True)
    action: str = Field(max_length=24)
    agency_id: int | None = Field(default=None, foreign_key='agency.id')
    actor_id: int | None = Field(default=None, foreign_key='account.id')
    note: str | None = Field(default=None, max_length=1000)
    at: datetime = created_at_field()


class FeedbackCreate(SQLModel):
    topic: str = ''
    category: str = ''
    title: str = ''
    content: str = ''
    province_code: str | None = None
    procedure_code: str | None = None
    dossier_code: str | None = None
    publish_consent: bool = False
    # taken by the call centre for someone without an account
    sender_name: str | None = None
    sender_phone: str | None = None
    sender_email: str | None = None
    channel: str = 'web'
    ticket_code: str | None = None  # the call-centre ticket the call or e-mail was logged under


class FeedbackAttachment(SQLModel, table=True):
    """A file the sender attached (checked by content, stored under a server-made name)."""
    __tablename__ = 'feedback_attachment'

    id: int | None = Field(default=None, primary_key=True)
    feedback_id: int = Field(foreign_key='feedback.id', index=True)
    filename: str = Field(max_length=200)
    stored_name: str = Field(max_length=64)
    content_type: str = Field(max_length=64)
    size: int
    created_at: datetime = created_at_field()
