"""Open reference data: provinces, agencies, sectors, public holidays."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlmodel import Session

from api.deps import db_session
from api.errors import error_responses
from domain.agencies import list_agencies, list_sectors
from domain.places import list_provinces
from models.agencies import AGENCY_KINDS, AgencyPublic, SectorPublic
from models.calendar import PublicHoliday, PublicHolidayPublic
from models.places import AdministrativeUnitPublic

router = APIRouter(tags=['reference data'])


@router.get('/provinces', response_model=list[AdministrativeUnitPublic], summary='Provinces and centrally-run cities')
def get_provinces(session: Session = Depends(db_session)):
    return list_provinces(session)


@router.get('/agencies', response_model=list[AgencyPublic], summary='Ministries, agencies and People\'s Committees',
            responses=error_responses(422))
def get_agencies(kind: str | None = Query(default=None, pattern='^(' + '|'.join(AGENCY_KINDS) + ')$'),
                 session: Session = Depends(db_session)):
    return list_agencies(session, kinds=(kind,) if kind else None)


@router.get('/sectors', response_model=list[SectorPublic], summary='Sectors of the procedure catalogue')
def get_sectors(session: Session = Depends(db_session)):
    return list_sectors(session)


@router.get('/holidays', response_model=list[PublicHolidayPublic], summary='Public holidays of a year',
            responses=error_responses(422))
def get_holidays(year: int = Query(default_factory=lambda: date.today().year, ge=2000, le=2100),
                 session: Session = Depends(db_session)):
    return list(session.execute(select(PublicHoliday).where(PublicHoliday.year == year)
                                .order_by(PublicHoliday.day)).scalars())
