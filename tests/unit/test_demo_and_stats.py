"""Demo data gives every role an account; rollups equal what the raw tables say."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from core.clock import to_local, today_local
from domain.accounts import authenticate
from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, ensure_demo_data
from domain.stats import account_figures, bump_counter, counter_total, daily_series
from models.accounts import ROLES, Account


def test_demo_data_has_a_working_account_for_every_role(session):
    assert ensure_demo_data(session, public_accounts=20, dossiers=0, support_launch=False, national_scale=0)
    assert {demo.role for demo in DEMO_ACCOUNTS} == set(ROLES)
    for demo in DEMO_ACCOUNTS:
        account, token = authenticate(session, identifier=demo.id_number, password=DEMO_PASSWORD)
        assert account.role == demo.role and token
    assert not ensure_demo_data(session)  # never twice


def test_account_rollup_equals_group_by_over_accounts(session):
    ensure_demo_data(session, public_accounts=60, days=30, dossiers=0, support_launch=False, national_scale=0.005)
    raw = dict(session.execute(select(Account.kind, func.count()).where(Account.kind != 'staff')
                               .group_by(Account.kind)).all())
    figures = account_figures(session)
    assert figures['citizen'] == raw['citizen'] and figures['enterprise'] == raw['enterprise']
    per_day: dict = {}
    for (created,) in session.execute(select(Account.created_at).where(Account.kind != 'staff')):
        day = to_local(created).date()
        per_day[day] = per_day.get(day, 0) + 1
    series = dict(daily_series(session, 'accounts', since=date(2019, 12, 1), until=today_local()))
    assert {day: value for day, value in series.items() if value} == per_day


def test_counter_upsert_accumulates(session):
    bump_counter(session, 'x', by=2)
    bump_counter(session, 'x', by=3)
    bump_counter(session, 'x', by=1, dim1='a')
    session.commit()
    assert counter_total(session, 'x') == 6
    assert counter_total(session, 'x', dim1='a') == 1


def test_launch_period_of_the_call_centre_is_reproduced(session):
    from datetime import datetime

    from core.clock import VN_TZ
    from domain.demo_support import create_demo_support
    from models.support import Call, Ticket
    create_demo_support(session, password_hash='x')
    start, end = datetime(2019, 12, 9, tzinfo=VN_TZ), datetime(2020, 3, 14, tzinfo=VN_TZ)
    calls = session.execute(select(func.count(Call.id)).where(Call.started_at >= start, Call.started_at < end)).scalar_one()
    tickets = session.execute(select(func.count(Ticket.id)).where(Ticket.created_at >= start,
                                                                  Ticket.created_at < end)).scalar_one()
    assert (calls, tickets) == (5700, 4500)
    assert counter_total(session, 'calls') == 5700 and counter_total(session, 'tickets_opened') == 4500
    resolved = session.execute(select(func.count(Ticket.id)).where(Ticket.resolved_at.is_not(None))).scalar_one()
    assert counter_total(session, 'tickets_resolved') == resolved
