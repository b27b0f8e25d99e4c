"""Procedure search, procedure records, templates and dossier tracking over the API."""
from __future__ import annotations

from nicegui.testing import User
from sqlalchemy import select

from core.db import session_scope
from core.ratelimit import tracking_limiter
from models.accounts import Account
from models.dossiers import Dossier


async def test_search_api_with_and_without_diacritics(user: User):
    plain = (await user.http_client.get('/api/v1/procedures', params={'q': 'dang ky khai sinh'})).json()
    marked = (await user.http_client.get('/api/v1/procedures', params={'q': 'Đăng ký khai sinh'})).json()
    assert plain['total'] > 0 and [i['code'] for i in plain['items']] == [i['code'] for i in marked['items']]
    assert 'khai' in plain['items'][0]['name'].lower()
    levels = (await user.http_client.get('/api/v1/procedures', params={'level': 4, 'page_size': 50})).json()
    assert levels['items'] and all(i['service_level'] == 4 for i in levels['items'])


async def test_search_api_validates_input(user: User):
    response = await user.http_client.get('/api/v1/procedures', params={'level': 9})
    assert response.status_code == 422 and response.json()['code'] == 'validation_failed'
    response = await user.http_client.get('/api/v1/procedures', params={'page_size': 500})
    assert response.status_code == 422


async def test_procedure_record_and_its_templates(user: User):
    first = (await user.http_client.get('/api/v1/procedures', params={'level': 3})).json()['items'][0]
    record = (await user.http_client.get(f'/api/v1/procedures/{first["code"]}')).json()
    for key in ('decision', 'steps', 'channels', 'documents', 'legal_basis', 'conditions', 'implementing_agency',
                'competent_agency', 'receiving_address', 'result', 'applicants', 'keywords', 'fields'):
        assert record[key], key
    url = next(d['template_url'] for d in record['documents'] if d['template_url'])
    template = await user.http_client.get(url)
    assert template.status_code == 200 and template.content[:2] == b'PK'  # a .docx is a zip
    missing = await user.http_client.get('/api/v1/procedures/0.000000')
    assert missing.status_code == 404 and missing.json()['code'] == 'procedure_not_found'


async def test_tracking_api_answers_a_wrong_id_like_an_unknown_code(user: User):
    tracking_limiter.reset()
    with session_scope() as session:
        code, id_number = session.execute(select(Dossier.code, Account.id_number).join(
            Account, Account.id == Dossier.applicant_id).where(Dossier.code.is_not(None))).first()
    found = await user.http_client.get(f'/api/v1/dossiers/{code}', params={'id_number': id_number})
    assert found.status_code == 200 and found.json()['code'] == code and found.json()['timeline']
    assert id_number not in found.text  # the applicant's ID number is not echoed
    wrong = await user.http_client.get(f'/api/v1/dossiers/{code}', params={'id_number': '001099999999'})
    unknown = await user.http_client.get('/api/v1/dossiers/NOPE-000000-0000', params={'id_number': id_number})
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.json() == unknown.json()


async def test_tracking_is_rate_limited(user: User):
    tracking_limiter.reset()
    statuses = [(await user.http_client.get('/api/v1/dossiers/X-1', params={'id_number': '001090000000'})).status_code
                for _ in range(tracking_limiter.limit + 1)]
    assert statuses[-1] == 429 and set(statuses[:-1]) == {404}
    last = await user.http_client.get('/api/v1/dossiers/X-1', params={'id_number': '001090000000'})
    assert int(last.headers['Retry-After']) > 0 and last.json()['code'] == 'rate_limited'
    tracking_limiter.reset()
