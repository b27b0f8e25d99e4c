"""Public dossier tracking: the code plus the applicant's ID number, rate-limited."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from sqlmodel import Session

from api.deps import db_session
from api.errors import error_responses
from core.ratelimit import tracking_limiter
from domain.dossiers import status_key, track_dossier
from core.i18n import t
from models.dossiers import DossierEventPublic, DossierTracking

router = APIRouter(tags=['dossiers'])


def _name_masked(name: str) -> str:
    parts = name.split()
    return ' '.join(p[0] + '*' * (len(p) - 1) for p in parts[:-1]) + (' ' + parts[-1] if parts else '')


@router.get('/dossiers/{code}', response_model=DossierTracking, summary='Track a dossier by its code and ID number',
            responses=error_responses(404, 422, 429))
def get_dossier(code: str, request: Request, id_number: str = Query(min_length=6, max_length=16),
                session: Session = Depends(db_session)):
    tracking_limiter.check(request.client.host if request.client else 'unknown')
    found = track_dossier(session, code=code, id_number=id_number)
    lang = 'en' if request.headers.get('accept-language', '')[:2].lower() == 'en' else 'vi'
    dossier = found['dossier']
    return DossierTracking(
        code=dossier.code, procedure_code=found['procedure'].code, procedure_name=found['procedure'].name,
        agency_name=found['agency'].name, status=dossier.status,
        status_name=t(f'dossier.status.{status_key(dossier.status)}', lang), submitted_at=dossier.submitted_at,
        due_date=dossier.due_date, finished_at=dossier.finished_at, returned_at=dossier.returned_at,
        applicant_name_masked=_name_masked(found['applicant_name']),
        timeline=[DossierEventPublic(at=e.at, action=e.action, status=e.to_status,
                                     status_name=t(f'dossier.status.{status_key(e.to_status)}', lang),
                                     note=e.note, due_date=e.due_after) for e in found['events']])



