"""The leadership dashboards' figures, read from the rollups (DailyCounter, VisitDay), so
their cost does not grow with the raw tables: one grouped query for the period's counters,
one for the daily series, one for visits. The agency service index (Decision 766/2022) is
computed from the same rows, with the formula shown on the page."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlmodel import Session

from domain.agencies import MINISTRY_KINDS
from domain.catalog import catalogue_counts, integrated_counts
from domain.stats import MONTHLY, month_start
from models.agencies import Agency, ClientApp
from models.stats import DailyCounter, VisitDay

C = DailyCounter.__table__.c
INDEX_GROUPS = ('transparency', 'progress', 'digitisation', 'online', 'satisfaction')
PERIOD_METRICS = ('records_synced', 'records_finished', 'records_returned_online', 'records_incomplete',
                  'dossiers_received', 'dossiers_finished', 'rating_sum', 'rating_count', 'payments', 'payment_amount',
                  'calls', 'tickets_opened', 'tickets_resolved', 'csat_sum', 'csat_count', 'feedback_received',
                  'feedback_answered', 'accounts')
# Figures that belong to an agency (dim1 is its code); the others are the portal's own.
AGENCY_METRICS = frozenset({'records_synced', 'records_finished', 'records_returned_online', 'records_incomplete',
                            'dossiers_received', 'dossiers_finished', 'rating_sum', 'rating_count', 'payments',
                            'payment_amount', 'feedback_received', 'feedback_answered'})
SERIES_METRICS = ('accounts', 'records_all', 'records_synced')

Rows = list[tuple[str, str, str, int]]


def split_period(since: date, until: date) -> tuple[list[tuple[date, date]], tuple[date, date] | None]:
    """Day-grain spans at the edges and the span of whole months between them."""
    first_full = since if since.day == 1 else month_start(month_start(since) + timedelta(days=32))
    after_last = month_start(until + timedelta(days=1))  # the 1st of the month after the last whole month
    if first_full >= after_last:
        return [(since, until)], None
    edges = [(since, first_full - timedelta(days=1))] if since < first_full else []
    if after_last <= until:
        edges.append((after_last, until))
    return edges, (first_full, month_start(after_last - timedelta(days=1)))


def period_rows(session: Session, since: date, until: date) -> Rows:
    """Every counter of the period, summed per (metric, dim1, dim2): whole months from the
    monthly rows, the edges from the daily rows, so the read stays small at any volume."""
    edges, months = split_period(since, until)
    spans = [and_(C.metric.in_(PERIOD_METRICS), C.day >= start, C.day <= end) for start, end in edges]
    if months:
        spans.append(and_(C.metric.in_([m + MONTHLY for m in PERIOD_METRICS]), C.day >= months[0],
                          C.day <= months[1]))
    statement = (select(C.metric, C.dim1, C.dim2, func.sum(C.value)).where(or_(*spans))
                 .group_by(C.metric, C.dim1, C.dim2))
    totals: dict[tuple[str, str, str], int] = defaultdict(int)
    for metric, dim1, dim2, value in session.execute(statement).all():
        totals[(metric.removesuffix(MONTHLY), dim1, dim2)] += int(value)
    return [(m, d1, d2, v) for (m, d1, d2), v in totals.items()]


class Figures:
    """Sums over period rows, optionally limited to one agency."""

    def __init__(self, rows: Rows, agency_code: str | None) -> None:
        self.by_dim1: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.by_dim2: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for metric, dim1, dim2, value in rows:
            if agency_code and metric in AGENCY_METRICS and dim1 != agency_code:
                continue
            self.by_dim1[metric][dim1] += value
            self.by_dim2[metric][dim2] += value

    def total(self, metric: str) -> int:
        return sum(self.by_dim1[metric].values())


def _rate(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _filled(values: dict[date, int], since: date, until: date) -> list[tuple[date, int]]:
    return [(since + timedelta(days=i), int(values.get(since + timedelta(days=i), 0)))
            for i in range((until - since).days + 1)]


def overview(session: Session, *, since: date, until: date, agency_code: str | None = None,
             rows: Rows | None = None) -> dict[str, Any]:
    """Every headline figure of the dashboard for a period, nationally or for one agency."""
    figures = Figures(period_rows(session, since, until) if rows is None else rows, agency_code)
    agencies = {a.code: a for a in session.execute(select(Agency)).scalars()}
    ministries = [c for c, a in agencies.items() if a.kind in MINISTRY_KINDS]
    provinces = [c for c, a in agencies.items() if a.kind == 'province_committee']
    accounts = dict(session.execute(select(C.dim1, func.sum(C.value)).where(C.metric == 'accounts', C.day <= until)
                                    .group_by(C.dim1)).all())
    series: dict[str, dict[date, int]] = {m: {} for m in SERIES_METRICS}
    # nationally the records series comes from one row a day; for one agency, from its own rows
    wanted = ('accounts', 'records_synced') if agency_code else ('accounts', 'records_all')
    statement = select(C.metric, C.day, func.sum(C.value)).where(C.metric.in_(wanted), C.day >= since, C.day <= until)
    if agency_code:
        statement = statement.where((C.metric != 'records_synced') | (C.dim1 == agency_code))
    for metric, day, value in session.execute(statement.group_by(C.metric, C.day)).all():
        series[metric][day] = int(value)
    visits = dict(session.execute(select(VisitDay.day, func.sum(VisitDay.visits))
                                  .where(VisitDay.day >= since, VisitDay.day <= until).group_by(VisitDay.day)).all())
    integrated = set(session.execute(select(Agency.code).join(ClientApp, ClientApp.agency_id == Agency.id)
                                     .where(ClientApp.kind == 'portal', ClientApp.active.is_(True))).scalars())
    records = figures.by_dim1['records_synced']
    finished_records, finished_dossiers = figures.by_dim2['records_finished'], figures.by_dim2['dossiers_finished']
    on_time = finished_records['on_time'] + finished_dossiers['on_time']
    finished = on_time + finished_records['late'] + finished_dossiers['late']
    calls, resolved = figures.by_dim2['calls'], figures.by_dim2['tickets_resolved']
    csat_count = figures.total('csat_count')
    levels = catalogue_counts(session)
    integrated_levels = integrated_counts(session)
    citizen, enterprise = int(accounts.get('citizen', 0)), int(accounts.get('enterprise', 0))
    return {
        'period': (since, until), 'agency_code': agency_code,
        'accounts': {'citizen': citizen, 'enterprise': enterprise, 'total': citizen + enterprise,
                     'new_in_period': figures.total('accounts')},
        'accounts_series': _filled(series['accounts'], since, until),
        'visits_series': _filled(visits, since, until),
        'records': {'total': sum(records.values()),
                    'by_ministry': sorted(((c, records[c]) for c in ministries if records.get(c)), key=lambda r: -r[1]),
                    'by_province': sorted(((c, records[c]) for c in provinces if records.get(c)), key=lambda r: -r[1]),
                    'ministries_syncing': sum(1 for c in ministries if records.get(c)),
                    'provinces_syncing': sum(1 for c in provinces if records.get(c)),
                    'ministries': len(ministries), 'provinces': len(provinces)},
        'records_series': _filled(series['records_synced' if agency_code else 'records_all'], since, until),
        'sso': {'ministries': sum(1 for c in ministries if c in integrated),
                'provinces': sum(1 for c in provinces if c in integrated)},
        'services': {'by_level': levels, 'online': sum(integrated_levels.values()),
                     'online_by_level': integrated_levels},
        'dossiers': {'received': figures.total('dossiers_received'), 'finished': sum(finished_dossiers.values()),
                     'records_finished': sum(finished_records.values()), 'on_time': on_time,
                     'finished_all': finished, 'on_time_rate': _rate(on_time, finished)},
        'payments': {'count': figures.total('payments'), 'amount': figures.total('payment_amount')},
        'callcentre': {'calls': sum(calls.values()), 'first_contact': _rate(calls['resolved'], sum(calls.values())),
                       'tickets': figures.total('tickets_opened'),
                       'sla_met': _rate(resolved['within_sla'], sum(resolved.values())),
                       'csat': round(figures.total('csat_sum') / csat_count, 2) if csat_count else None},
        'feedback': {'received': figures.total('feedback_received'), 'answered': figures.total('feedback_answered')},
        'names': {c: (a.name, a.name_en) for c, a in agencies.items()},
    }


def service_index(session: Session, *, since: date, until: date, rows: Rows | None = None) -> list[dict[str, Any]]:
    """Agencies scored 0-100 on the five groups of Decision 766/2022, from the portal's own data:

    - transparency: share of received items that came with their appointment date;
    - progress: share finished by the appointment date (on time ÷ finished);
    - digitisation: share of finished items whose result was returned electronically;
    - online provision: share of items received online (channel 2, and dossiers sent through the portal);
    - satisfaction: average rating on a 1-5 scale mapped to 0-100 ((average − 1) × 25).
    An agency is ranked once it has received and finished items; satisfaction counts when rated;
    the index is the average of the groups with data.
    """
    data: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for metric, agency, dim2, value in (period_rows(session, since, until) if rows is None else rows):
        if metric not in AGENCY_METRICS:
            continue
        data[agency][metric] += value
        data[agency][f'{metric}:{dim2}'] += value
    names = {a.code: (a.name, a.name_en, a.kind) for a in session.execute(select(Agency)).scalars()}
    result = []
    for code, d in data.items():
        received = d['records_synced'] + d['dossiers_received']
        finished = d['records_finished'] + d['dossiers_finished']
        on_time = d['records_finished:on_time'] + d['dossiers_finished:on_time']
        scores = {
            'transparency': _rate(received - d['records_incomplete'], received),
            'progress': _rate(on_time, finished),
            'digitisation': _rate(d['records_returned_online'] + d['dossiers_finished'], finished),
            'online': _rate(d['records_synced:2'] + d['dossiers_received'], received),
            'satisfaction': round((d['rating_sum'] / d['rating_count'] - 1) * 25, 1) if d['rating_count'] else None,
        }
        if not received or not finished or code not in names:
            continue  # an agency is ranked once it both receives and finishes work
        present = [v for v in scores.values() if v is not None]
        result.append({'code': code, 'name': names[code][0], 'name_en': names[code][1], 'kind': names[code][2],
                       **scores, 'index': round(sum(present) / len(present), 1)})
    result.sort(key=lambda r: -r['index'])
    for rank, row in enumerate(result, start=1):
        row['rank'] = rank
    return result
