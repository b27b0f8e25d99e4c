"""Online payment (service level 4): what people owe, the orders that pay it through the
gateway, every message the gateway sent, and the numbered receipts. Money is integer VND."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.base import created_at_field, utc_column

PAYABLE_KINDS = ('dossier_fee', 'traffic_fine', 'registration_fee', 'tax_personal_income', 'tax_licence',
                 'tax_corporate', 'electricity_bill')
# payable: open -> paid | cancelled;  order: created -> pending -> paid | failed | expired
ORDER_STATUSES = ('created', 'pending', 'paid', 'failed', 'expired')


class Payable(SQLModel, table=True):
    """Something a citizen or enterprise owes: a fee, a fine, a tax, a bill."""
    __tablename__ = 'payable'
    __table_args__ = (UniqueConstraint('kind', 'reference', name='uq_payable_reference'),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=24, index=True)
    # decision number (fines), tax code + period (taxes), customer code + period (bills), dossier code (fees)
    reference: str = Field(max_length=64)
    payer_id_number: str = Field(max_length=16, index=True)  # CCCD or tax code
    payer_name: str = Field(max_length=200)
    plate: str | None = Field(default=None, max_length=16, index=True)  # traffic fines, registration fees
    period: str | None = Field(default=None, max_length=16)  # taxes and bills: '2026-10', '2026-Q3', '2026'
    description: str = Field(max_length=300)
    amount: int = Field(sa_type=BigInteger)  # VND: taxes run past two billion đồng
    agency_id: int = Field(foreign_key='agency.id', index=True)
    dossier_id: int | None = Field(default=None, foreign_key='dossier.id', index=True)
    due_date: date | None = None
    status: str = Field(default='open', max_length=12, index=True)
    created_by: str = Field(max_length=64)  # an account id or a client id
    created_at: datetime = created_at_field()
    paid_at: datetime | None = utc_column(default=None)
    version: int = 1


class PaymentOrder(SQLModel, table=True):
    """One attempt to pay a payable through the gateway."""
    __tablename__ = 'payment_order'

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)  # the merchant order reference sent to the gateway
    payable_id: int = Field(foreign_key='payable.id', index=True)
    account_id: int | None = Field(default=None, foreign_key='account.id', index=True)
    amount: int = Field(sa_type=BigInteger)  # VND: taxes run past two billion đồng
    currency: str = Field(default='VND', max_length=3)
    bank_code: str = Field(max_length=16)
    status: str = Field(default='created', max_length=12, index=True)
    created_at: datetime = created_at_field()
    expires_at: datetime = utc_column()
    paid_at: datetime | None = utc_column(default=None)
    gateway_txn: str | None = Field(default=None, max_length=64)
    late: bool = False  # paid at the gateway after the order had expired
    refund_due: bool = False  # paid twice (the payable was already paid): to be refunded
    version: int = 1


class GatewayMessage(SQLModel, table=True):
    """Every message from the gateway, kept as received, forged or not."""
    __tablename__ = 'gateway_message'

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=12)  # ipn | return | query
    order_code: str | None = Field(default=None, max_length=32, index=True)
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    signature_ok: bool = False
    outcome: str = Field(max_length=32)
    ip: str | None = Field(default=None, max_length=64)
    received_at: datetime = created_at_field()


class Receipt(SQLModel, table=True):
    """A numbered receipt: numbers run without gaps within a year."""
    __tablename__ = 'receipt'

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=24, unique=True)
    order_id: int = Field(foreign_key='payment_order.id', unique=True)
    payable_id: int = Field(foreign_key='payable.id', index=True)
    agency_id: int = Field(foreign_key='agency.id', index=True)
    payer_name: str = Field(max_length=200)
    amount: int = Field(sa_type=BigInteger)  # VND: taxes run past two billion đồng
    issued_at: datetime = created_at_field()


class PayableCreate(SQLModel):
    """What an agency submits (console or `POST /api/v1/payables`)."""
    kind: str = ''
    reference: str = ''
    payer_id_number: str = ''
    payer_name: str = ''
    plate: str | None = None
    period: str | None = None
    description: str = ''
    amount: int = 0
    due_date: date | None = None


class PayablePublic(SQLModel):
    id: int
    kind: str
    reference: str
    payer_name: str
    plate: str | None
    period: str | None
    description: str
    amount: int = Field(sa_type=BigInteger)  # VND: taxes run past two billion đồng
    due_date: date | None
    status: str
    created_at: datetime
    paid_at: datetime | None


class SandboxTransaction(SQLModel, table=True):
    """The sandbox gateway's own ledger: it plays the bank, so it keeps what the bank would
    (answers queries and writes the settlement file from it)."""
    __tablename__ = 'sandbox_transaction'

    id: int | None = Field(default=None, primary_key=True)
    order_code: str = Field(max_length=32, unique=True)
    merchant: str = Field(max_length=32)
    amount: int = Field(sa_type=BigInteger)  # VND: taxes run past two billion đồng
    bank_code: str = Field(max_length=16)
    status: str = Field(max_length=2)  # the gateway's result code: 00 paid, 11 timeout, 24 cancelled, 51 ...
    txn: str = Field(max_length=32, unique=True)
    at: datetime = created_at_field()
    notify_attempts: int = 0
    notified_at: datetime | None = utc_column(default=None)
