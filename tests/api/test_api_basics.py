"""Health, OpenAPI and stable JSON errors for machines."""
from __future__ import annotations

from nicegui.testing import User


async def test_health_checks_the_database(user: User):
    response = await user.http_client.get('/healthz')
    assert response.status_code == 200 and response.json() == {'status': 'ok'}


async def test_openapi_documents_every_api_route(user: User):
    schema = (await user.http_client.get('/openapi.json')).json()
    paths = set(schema['paths'])
    assert {'/api/v1/provinces', '/api/v1/agencies', '/api/v1/sectors', '/api/v1/holidays', '/healthz'} <= paths
    assert not any(p in paths for p in ('/', '/login', '/dashboards'))  # pages are not API


async def test_reference_data_is_open(user: User):
    provinces = (await user.http_client.get('/api/v1/provinces')).json()
    assert len(provinces) == 63 and provinces[0] == {
        'code': '01', 'name': 'Thành phố Hà Nội', 'name_en': 'Hanoi City', 'kind': 'city', 'region': 'north'}
    ministries = (await user.http_client.get('/api/v1/agencies', params={'kind': 'ministry'})).json()
    assert len(ministries) == 18
    holidays = (await user.http_client.get('/api/v1/holidays', params={'year': 2020})).json()
    assert {'day': '2020-01-25', 'kind': 'lunar'}.items() <= next(h for h in holidays if h['day'] == '2020-01-25').items()


async def test_bad_input_gets_a_stable_code_in_the_callers_language(user: User):
    response = await user.http_client.get('/api/v1/holidays', params={'year': 'abc'})
    assert response.status_code == 422
    body = response.json()
    assert body['code'] == 'validation_failed' and body['errors'][0]['field'] == 'query.year'
    assert body['message'] == 'Dữ liệu không hợp lệ.'
    english = await user.http_client.get('/api/v1/agencies', params={'kind': 'bogus'},
                                         headers={'Accept-Language': 'en-GB'})
    assert english.status_code == 422 and english.json()['message'] == 'The data is not valid.'


async def test_unknown_api_path_is_json_but_unknown_page_is_html(user: User):
    api = await user.http_client.get('/api/v1/no-such-thing')
    assert api.status_code == 404 and api.json()['code'] == 'not_found'
    page = await user.http_client.get('/no-such-page')
    assert page.status_code == 404 and 'text/html' in page.headers['content-type']
    wrong_method = await user.http_client.delete('/api/v1/provinces')
    assert wrong_method.status_code == 405 and wrong_method.json()['code'] == 'method_not_allowed'


async def test_page_visits_are_counted_into_the_daily_rollup(user: User):
    from api.visits import VisitCounter, flush_visits
    from core.clock import today_local
    from core.db import session_scope
    from domain.stats import visits_on

    VisitCounter.pending.clear()
    for _ in range(3):
        await user.http_client.get('/')
    await user.http_client.get('/healthz')  # health checks are not visits
    flush_visits()
    with session_scope() as session:
        assert visits_on(session, today_local()) == 3
