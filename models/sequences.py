"""Gap-free counters for human-readable codes (dossier codes, receipt numbers)."""
from __future__ import annotations

from sqlmodel import Field, SQLModel


class CodeSequence(SQLModel, table=True):
    __tablename__ = 'code_sequence'

    name: str = Field(primary_key=True, max_length=48)  # e.g. 'dossier:UBND-01'
    period: str = Field(primary_key=True, max_length=16)  # e.g. '191209' or '2020'
    value: int = 0
