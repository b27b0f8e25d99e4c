"""The dashboard's rollups equal the same figures computed by GROUP BY over the raw tables."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from core.clock import as_utc, to_local, today_local
from domain.dashboard import overview, service_index
from domain.demo_national import create_national_demo
from models.accounts import Account
from models.agencies import Agency
from models.records import HandlingRecord
from models.stats import VisitDay
from tests.factories import make_citizen

SINCE, UNTIL = date(2019, 12, 9), date(2020, 3, 13)


@pytest.fixture
def national(session):
    make_citizen(session)  # someone registered, so the shared demo hash exists
    made = create_national_demo(session, scale=0.002)
    return session, made


def test_launch_figures_scale_exactly(national):
    session, made = national
    assert made['records'] == 5800 and made['visits'] == 41800
    assert session.execute(select(func.count(HandlingRecord.id))).scalar_one() == 5800
    assert session.execute(select(func.sum(VisitDay.visits))).scalar_one() == 41800
    assert session.execute(select(func.count(Account.id)).where(Account.kind != 'staff')).scalar_one() == 154


def test_rollups_equal_group_by_over_raw_tables(national):
    session, _ = national
    figures = overview(session, since=SINCE, until=UNTIL)
    raw_by_agency = dict(session.execute(select(Agency.code, func.count(HandlingRecord.id))
                                         .join(Agency, Agency.id == HandlingRecord.agency_id)
                                         .group_by(Agency.code)).all())
    rollup_by_agency = dict(figures['records']['by_ministry'] + figures['records']['by_province'])
    assert rollup_by_agency == raw_by_agency
    assert figures['records']['ministries_syncing'] == 14 and figures['records']['provinces_syncing'] == 63
    assert (figures['sso']['ministries'], figures['sso']['provinces']) == (11, 62)
    kinds = dict(session.execute(select(Account.kind, func.count()).where(Account.kind != 'staff')
                                 .group_by(Account.kind)).all())
    figures['accounts'] = overview(session, since=SINCE, until=today_local())['accounts']  # today's sign-up too
    assert figures['accounts']['citizen'] == kinds['citizen'] and figures['accounts']['enterprise'] == kinds['enterprise']
    finished = [(done, due) for done, due in session.execute(
        select(HandlingRecord.finished_at, HandlingRecord.appointment_at).where(HandlingRecord.finished_at.is_not(None)))
        if SINCE <= to_local(done).date() <= UNTIL]
    on_time = sum(1 for done, due in finished if as_utc(done) <= as_utc(due))
    assert figures['dossiers']['finished_all'] == len(finished) and figures['dossiers']['on_time'] == on_time
    assert sum(v for _d, v in figures['visits_series']) == session.execute(select(func.sum(VisitDay.visits))).scalar_one()


def test_one_agency_scope_and_the_service_index(national):
    session, _ = national
    hanoi = overview(session, since=SINCE, until=UNTIL, agency_code='UBND-01')
    raw = session.execute(select(func.count(HandlingRecord.id)).join(Agency, Agency.id == HandlingRecord.agency_id)
                          .where(Agency.code == 'UBND-01')).scalar_one()
    assert hanoi['records']['total'] == raw
    assert hanoi['dossiers']['on_time_rate'] >= 97  # Hà Nội: 99 % on time at the launch
    index = service_index(session, since=SINCE, until=UNTIL)
    assert len(index) == 77 and [row['rank'] for row in index] == list(range(1, 78))
    assert all(0 <= row['index'] <= 100 for row in index)
    assert index == sorted(index, key=lambda row: -row['index'])


def test_161_services_online_at_levels_3_and_4(session):
    from domain.catalog import load_catalog_data
    load_catalog_data(session)
    make_citizen(session)
    create_national_demo(session, scale=0.0005)
    services = overview(session, since=SINCE, until=UNTIL)['services']
    assert services['online'] == 161 and set(services['online_by_level']) == {3, 4}
