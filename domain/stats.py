"""Rollup counters kept current by the writes that move them."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from core.clock import today_local
from models.stats import DailyCounter

_TABLE = DailyCounter.__table__


MONTHLY = '/m'  # suffix of the month-grain copy of a metric (its day is the 1st of the month)


def month_start(day: date) -> date:
    return day.replace(day=1)


def _upsert(dialect: str):
    insert = pg_insert if dialect == 'postgresql' else sqlite_insert
    statement = insert(_TABLE)
    return statement.on_conflict_do_update(index_elements=['metric', 'day', 'dim1', 'dim2'],
                                           set_={'value': _TABLE.c.value + statement.excluded.value})


_UPSERTS = {name: _upsert(name) for name in ('postgresql', 'sqlite')}


def bump_counters(session: Session, counts: Mapping[tuple[str, date, str, str], int]) -> None:
    """Add many increments `(metric, day, dim1, dim2) -> by` in the caller's transaction, at day
    and month grain, as one statement run over all rows in a fixed order (so two writers bumping
    the same rows cannot deadlock each other)."""
    both: Counter = Counter()
    for (metric, day, dim1, dim2), by in counts.items():
        if by:
            both[(metric, day, dim1, dim2)] += by
            both[(metric + MONTHLY, month_start(day), dim1, dim2)] += by
    rows = [{'metric': m, 'day': d, 'dim1': a, 'dim2': b, 'value': v} for (m, d, a, b), v in sorted(both.items()) if v]
    if rows:
        session.connection().execute(_UPSERTS[session.get_bind().dialect.name], rows)


def bump_counter(session: Session, metric: str, *, by: int = 1, day: date | None = None,
                 dim1: str = '', dim2: str = '') -> None:
    """Add `by` to a counter in the caller's transaction (atomic upserts), at day grain and at
    month grain: dashboards read whole months from the small monthly rows."""
    bump_counters(session, {(metric, day or today_local(), dim1, dim2): by})


def counter_total(session: Session, metric: str, *, since: date | None = None, until: date | None = None,
                  dim1: str | None = None) -> int:
    query = select(func.coalesce(func.sum(_TABLE.c.value), 0)).where(_TABLE.c.metric == metric)
    if since is not None:
        query = query.where(_TABLE.c.day >= since)
    if until is not None:
        query = query.where(_TABLE.c.day <= until)
    if dim1 is not None:
        query = query.where(_TABLE.c.dim1 == dim1)
    return int(session.execute(query).scalar_one())


def visits_on(session: Session, day: date) -> int:
    from models.stats import VisitDay

    value = session.execute(select(func.coalesce(func.sum(VisitDay.visits), 0)).where(VisitDay.day == day)).scalar_one()
    return int(value)


def account_figures(session: Session) -> dict[str, int]:
    """Accounts by kind from the rollup (registrations bump it in the same transaction)."""
    rows = session.execute(select(_TABLE.c.dim1, func.sum(_TABLE.c.value)).where(_TABLE.c.metric == 'accounts')
                           .group_by(_TABLE.c.dim1)).all()
    by_kind = {kind: int(total) for kind, total in rows}
    return {'citizen': by_kind.get('citizen', 0), 'enterprise': by_kind.get('enterprise', 0),
            'total': sum(by_kind.values())}


def daily_series(session: Session, metric: str, *, since: date, until: date) -> list[tuple[date, int]]:
    """One value per day (zeros filled in) for a chart."""
    from datetime import timedelta

    rows = session.execute(select(_TABLE.c.day, func.sum(_TABLE.c.value))
                           .where(_TABLE.c.metric == metric, _TABLE.c.day >= since, _TABLE.c.day <= until)
                           .group_by(_TABLE.c.day)).all()
    values = {day: int(total) for day, total in rows}
    days = (until - since).days + 1
    return [(since + timedelta(days=i), values.get(since + timedelta(days=i), 0)) for i in range(days)]


def record_visits(session: Session, counts: dict[tuple[date, str], int]) -> None:
    """Add counted page visits to the per-day rollup in one commit (no row per visit)."""
    from models.stats import VisitDay

    table = VisitDay.__table__
    insert = pg_insert if session.get_bind().dialect.name == 'postgresql' else sqlite_insert
    for (day, area), visits in counts.items():
        statement = insert(table).values(day=day, area=area, visits=visits)
        statement = statement.on_conflict_do_update(index_elements=['day', 'area'],
                                                    set_={'visits': table.c.visits + statement.excluded.visits})
        session.execute(statement)
    session.commit()
