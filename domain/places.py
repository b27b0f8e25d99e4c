"""Administrative units."""
from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from core.errors import NotFound
from models.places import AdministrativeUnit


def list_provinces(session: Session, *, include_past: bool = False) -> list[AdministrativeUnit]:
    statement = select(AdministrativeUnit).order_by(AdministrativeUnit.code)
    if not include_past:
        statement = statement.where(AdministrativeUnit.valid_to.is_(None))
    return list(session.execute(statement).scalars())


def get_province(session: Session, code: str) -> AdministrativeUnit:
    unit = session.execute(select(AdministrativeUnit).where(AdministrativeUnit.code == code)).scalar_one_or_none()
    if unit is None:
        raise NotFound('province_not_found')
    return unit
