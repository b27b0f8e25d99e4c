"""Writing the append-only audit trail (inside the caller's transaction)."""
from __future__ import annotations

from typing import Any

from sqlmodel import Session

from models.audit import AuditEvent


def record_event(session: Session, *, action: str, entity: str, entity_id: Any = None,
                 actor_id: int | None = None, ip: str | None = None,
                 detail: dict[str, Any] | None = None) -> AuditEvent:
    """Add an audit row; the caller's single commit makes it durable with the change."""
    event = AuditEvent(action=action, entity=entity, entity_id=None if entity_id is None else str(entity_id),
                       actor_id=actor_id, ip=ip, detail=detail or {})
    session.add(event)
    return event


def list_events(session: Session, *, actor: Any, limit: int = 50) -> list[AuditEvent]:
    """Latest audit rows, for administrators."""
    from sqlalchemy import select

    from core.errors import PermissionDenied
    from domain.permissions import can_manage_accounts

    if not can_manage_accounts(actor):
        raise PermissionDenied('admin_only')
    return list(session.execute(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)).scalars())
