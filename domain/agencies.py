"""Agencies and sectors."""
from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from core.errors import NotFound
from models.agencies import Agency, Sector

MINISTRY_KINDS = ('ministry', 'ministerial_agency')


def list_agencies(session: Session, *, kinds: tuple[str, ...] | None = None) -> list[Agency]:
    statement = select(Agency).where(Agency.active.is_(True)).order_by(Agency.kind, Agency.code)
    if kinds:
        statement = statement.where(Agency.kind.in_(kinds))
    return list(session.execute(statement).scalars())


def get_agency(session: Session, *, agency_id: int | None = None, code: str | None = None) -> Agency:
    if agency_id is not None:
        agency = session.get(Agency, agency_id)
    else:
        agency = session.execute(select(Agency).where(Agency.code == code)).scalar_one_or_none()
    if agency is None:
        raise NotFound('agency_not_found')
    return agency


def list_sectors(session: Session, *, agency_id: int | None = None) -> list[Sector]:
    statement = select(Sector).order_by(Sector.name)
    if agency_id is not None:
        statement = statement.where(Sector.agency_id == agency_id)
    return list(session.execute(statement).scalars())
