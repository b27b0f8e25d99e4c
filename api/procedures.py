"""The national procedure database, open to everyone."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlmodel import Session

from api.deps import db_session
from api.errors import error_responses
from domain.catalog import find_template, procedure_public, search_procedures
from domain.templates import DOCX_TYPE, build_template, template_filename
from models.catalog import ProcedureField, ProcedurePublic, SearchPage

router = APIRouter(tags=['procedures'])


@router.get('/procedures', response_model=SearchPage, summary='Search procedures (Vietnamese, with or without diacritics)',
            responses=error_responses(422))
def get_procedures(q: str = Query(default='', max_length=200), sector: str | None = Query(default=None, max_length=32),
                   level: int | None = Query(default=None, ge=1, le=4), agency: str | None = Query(default=None, max_length=32),
                   life_event: str | None = Query(default=None, max_length=32),
                   page: int = Query(default=1, ge=1, le=10_000), page_size: int = Query(default=20, ge=1, le=50),
                   session: Session = Depends(db_session)):
    return search_procedures(session, q=q, sector=sector, level=level, agency=agency, life_event=life_event,
                             page=page, page_size=page_size)


@router.get('/procedures/{code}', response_model=ProcedurePublic, summary='One procedure with every published field',
            responses=error_responses(404, 422))
def get_procedure(code: str, request: Request, session: Session = Depends(db_session)):
    return procedure_public(session, code,
                            template_url=lambda name: f'/api/v1/procedures/{code}/templates/{name}')


@router.get('/procedures/{code}/templates/{filename}', summary='Download a form template (levels 2-4)',
            response_class=Response,
            responses={200: {'content': {DOCX_TYPE: {'schema': {'type': 'string', 'format': 'binary'}}}}}
            | error_responses(404, 422))
def get_template(code: str, filename: str, session: Session = Depends(db_session)) -> Response:
    procedure, document = find_template(session, code, filename)
    fields = session.execute(select(ProcedureField).where(ProcedureField.procedure_id == procedure.id)
                             .order_by(ProcedureField.position)).scalars().all()
    body = build_template(procedure, document, list(fields))
    return Response(body, media_type=DOCX_TYPE,
                    headers={'Content-Disposition': f'attachment; filename="{template_filename(document)}"'})
