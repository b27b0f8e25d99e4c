"""Gap-free sequence numbers, taken inside the caller's transaction.

An atomic upsert with RETURNING: two writers never get the same number, and a rolled-back
transaction gives its number back, so codes have no gaps.
"""
from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from models.sequences import CodeSequence

_TABLE = CodeSequence.__table__


def next_value(session: Session, name: str, period: str) -> int:
    insert = pg_insert if session.get_bind().dialect.name == 'postgresql' else sqlite_insert
    statement = insert(_TABLE).values(name=name, period=period, value=1)
    statement = statement.on_conflict_do_update(index_elements=['name', 'period'],
                                                set_={'value': _TABLE.c.value + 1}).returning(_TABLE.c.value)
    return int(session.execute(statement).scalar_one())
