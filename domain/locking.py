"""Optimistic locking: a write names the version it read; a stale write changes nothing."""
from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlmodel import Session

from core.errors import Conflict


def versioned_update(session: Session, model, *, row_id: int, version: int, values: dict[str, Any],
                     conflict_code: str) -> None:
    """UPDATE … WHERE id = :id AND version = :version, bumping the version; raise Conflict if
    another writer got there first (the conditional update itself is the lock, on SQLite too)."""
    result = session.execute(update(model).where(model.id == row_id, model.version == version)
                             .values(version=version + 1, **values))
    if result.rowcount != 1:
        session.rollback()
        raise Conflict(conflict_code)
