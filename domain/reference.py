"""Reference data (roles, provinces, agencies, sectors, holidays) loaded as data.

Idempotent: running it on a loaded database adds only what is missing, so a later
reorganisation or a new year's holidays load by running it again.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from domain.calendar import holidays_for_year
from models.accounts import Role
from models.agencies import Agency, Sector
from models.calendar import PublicHoliday
from models.places import AdministrativeUnit

DATA_DIR = Path(__file__).parent / 'data'
HOLIDAY_YEARS = range(2016, 2031)

ROLE_NAMES = {
    'citizen': ('Công dân', 'Citizen'),
    'enterprise': ('Doanh nghiệp', 'Enterprise'),
    'agent': ('Điện thoại viên tổng đài', 'Call-centre agent'),
    'supervisor': ('Giám sát tổng đài', 'Call-centre supervisor'),
    'officer': ('Cán bộ cơ quan', 'Agency officer'),
    'leader': ('Lãnh đạo', 'Leader'),
    'admin': ('Quản trị hệ thống', 'Administrator'),
}


@lru_cache
def read_data(name: str) -> Any:
    return json.loads((DATA_DIR / name).read_text(encoding='utf-8'))


def province_committee_code(province_code: str) -> str:
    return f'UBND-{province_code}'


def load_reference_data(session: Session) -> dict[str, int]:
    """Insert whatever reference rows are missing; commit once. Returns rows added per kind."""
    added = {'roles': 0, 'provinces': 0, 'agencies': 0, 'sectors': 0, 'holidays': 0}

    existing_roles = set(session.execute(select(Role.code)).scalars())
    for code, (name, name_en) in ROLE_NAMES.items():
        if code not in existing_roles:
            session.add(Role(code=code, name=name, name_en=name_en))
            added['roles'] += 1

    existing_units = set(session.execute(select(AdministrativeUnit.code)).scalars())
    for row in read_data('provinces.json'):
        if row['code'] not in existing_units:
            session.add(AdministrativeUnit(code=row['code'], name=row['name'], name_en=row['name_en'],
                                           kind=row['kind'], region=row['region'],
                                           valid_from=date.fromisoformat(row['valid_from'])))
            added['provinces'] += 1
    session.flush()

    agencies = {a.code: a for a in session.execute(select(Agency)).scalars()}
    for row in read_data('ministries.json'):
        if row['code'] not in agencies:
            agencies[row['code']] = Agency(code=row['code'], name=row['name'], name_en=row['name_en'], kind=row['kind'])
            session.add(agencies[row['code']])
            added['agencies'] += 1
    for row in read_data('provinces.json'):
        code = province_committee_code(row['code'])
        if code not in agencies:
            short = row['name'].removeprefix('Tỉnh ').removeprefix('Thành phố ')
            agencies[code] = Agency(code=code, name=f'Ủy ban nhân dân {row["name"].replace("Tỉnh", "tỉnh").replace("Thành phố", "thành phố")}',
                                    name_en=f'People\'s Committee of {row["name_en"]}', kind='province_committee',
                                    province_code=row['code'], address=f'Trụ sở UBND, {short}')
            session.add(agencies[code])
            added['agencies'] += 1
    session.flush()

    existing_sectors = set(session.execute(select(Sector.code)).scalars())
    for row in read_data('sectors.json'):
        if row['code'] not in existing_sectors:
            session.add(Sector(code=row['code'], name=row['name'], name_en=row['name_en'],
                               agency_id=agencies[row['ministry_code']].id))
            added['sectors'] += 1

    existing_days = set(session.execute(select(PublicHoliday.day)).scalars())
    for year in HOLIDAY_YEARS:
        for holiday in holidays_for_year(year):
            if holiday.day not in existing_days:
                existing_days.add(holiday.day)
                session.add(holiday)
                added['holidays'] += 1
    session.commit()
    return added
