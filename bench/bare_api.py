"""The JSON API baseline: a plain FastAPI app on uvicorn (no NiceGUI, no middleware, no access
rules or rate limits) doing the same database reads as the portal's procedure search and dossier
tracking, on the same database through the same engine settings.
Run by bench.api; PORTAL_PORT and PORTAL_DATABASE_URL from the environment."""
from __future__ import annotations

import os

import uvicorn
from fastapi import FastAPI, Query

from core.db import init_engine, session_scope
from domain.catalog import search_procedures
from domain.dossiers import track_dossier
from models.catalog import SearchPage

app = FastAPI()


@app.get('/bare/procedures', response_model=SearchPage)
def procedures(q: str = Query(default='')):
    with session_scope() as session:
        return search_procedures(session, q=q)


@app.get('/bare/dossiers/{code}')
def dossier(code: str, id_number: str = Query()) -> dict:
    with session_scope() as session:
        found = track_dossier(session, code=code, id_number=id_number)
        return {'code': found['dossier'].code, 'status': found['dossier'].status,
                'timeline': [{'at': e.at, 'action': e.action, 'status': e.to_status} for e in found['events']]}


@app.get('/bare/page')
def ready() -> dict:
    return {'status': 'ok'}


if __name__ == '__main__':
    init_engine(os.environ['PORTAL_DATABASE_URL'])
    uvicorn.run(app, host='127.0.0.1', port=int(os.environ['PORTAL_PORT']), log_level='warning')
