"""Open statistics: the headline figures as JSON or CSV."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from sqlmodel import Session

from api.deps import db_session
from api.errors import error_responses
from core.clock import today_local
from core.errors import ValidationFailed
from core.export import to_csv
from domain.dashboard import overview

router = APIRouter(tags=['open data'])
LAUNCH = date(2019, 12, 9)
EARLIEST, LATEST = date(2000, 1, 1), date(2199, 12, 31)  # the rollups' month arithmetic needs room at the ends


def _flatten(figures: dict, prefix: str = '') -> dict[str, int | float | None]:
    flat: dict = {}
    for key, value in figures.items():
        if isinstance(value, dict) and key != 'by_level':
            flat |= _flatten(value, f'{prefix}{key}.')
        elif isinstance(value, dict):
            flat |= {f'{prefix}{key}.{level}': count for level, count in value.items()}
        elif isinstance(value, (int, float)) or value is None:
            flat[f'{prefix}{key}'] = value
    return flat


@router.get('/stats', summary='Headline statistics of the portal (JSON or CSV)',
            responses={200: {'content': {'application/json': {'schema': {'type': 'object'}},
                                         'text/csv': {'schema': {'type': 'string'}}}}} | error_responses(422))
def get_stats(since: date | None = Query(default=None), until: date | None = Query(default=None),
              agency: str | None = Query(default=None, max_length=32),
              format: str = Query(default='json', pattern='^(json|csv)$'),  # noqa: A002
              session: Session = Depends(db_session)):
    start, end = since or LAUNCH, until or today_local()
    if start > end or (end - start).days > 3660 or start < EARLIEST or end > LATEST:
        raise ValidationFailed('period_invalid', field='until')
    data = overview(session, since=start, until=end, agency_code=agency)
    figures = {k: data[k] for k in ('accounts', 'records', 'sso', 'services', 'dossiers', 'payments', 'callcentre',
                                    'feedback')}
    figures['records'] = {k: v for k, v in figures['records'].items() if not k.startswith('by_')}
    figures['visits'] = {'total': sum(v for _d, v in data['visits_series'])}
    flat = _flatten(figures)
    if format == 'csv':
        return Response(to_csv(['metric', 'value'], sorted(flat.items())), media_type='text/csv; charset=utf-8',
                        headers={'Content-Disposition': f'attachment; filename="thong-ke-{start}-{end}.csv"'})
    return {'since': start, 'until': end, 'agency': agency, 'figures': figures,
            'records_by_agency': dict(data['records']['by_ministry'] + data['records']['by_province'])}
